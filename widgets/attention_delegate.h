// Paints an attention cell: background in the colormap's colour, the value on top.
#pragma once

#include <QStyledItemDelegate>

#include "colormap.h"

namespace whyflow::widgets {

class AttentionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    AttentionDelegate(int valueRole, QObject* parent = nullptr);
    void setColormap(const Colormap& map) { map_ = map; }
    void setScale(const AttentionScale& scale) { scale_ = scale; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int role_;
    Colormap map_;
    AttentionScale scale_;
};

}  // namespace whyflow::widgets
