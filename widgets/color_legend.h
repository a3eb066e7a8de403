// A horizontal colour bar with its scale, for the attention colouring.
#pragma once

#include <QWidget>

#include "colormap.h"

namespace whyflow::widgets {

class ColorLegend : public QWidget {
    Q_OBJECT
public:
    explicit ColorLegend(QWidget* parent = nullptr);
    void setColormap(const Colormap& map);
    void setScale(const AttentionScale& scale);
    void setTitle(const QString& title);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    Colormap map_;
    AttentionScale scale_;
    QString title_;
};

}  // namespace whyflow::widgets
