// Hex + ASCII view of one packet, each byte's background coloured by its attention
// share. A custom-painted scroll area that paints only the visible lines.
#pragma once

#include <QAbstractScrollArea>

#include "colormap.h"
#include "view_data.h"

namespace whyflow::widgets {

class ByteView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit ByteView(QWidget* parent = nullptr);

    void setPacket(const BytePacket& packet);
    void clear();
    const BytePacket& packet() const { return packet_; }
    void setColormap(const Colormap& map);
    void setScale(const AttentionScale& scale);
    const AttentionScale& scale() const { return scale_; }
    // selects the bytes of one field (from the field tree); -1 clears
    void selectField(int fieldIndex);
    int selectedField() const { return selectedField_; }
    int fieldAt(int byteOffset) const;
    void zoom(int steps);

    QString hexText() const;    // "45 00 00 3c ..."
    QString asciiText() const;  // printable bytes, '.' for the others

signals:
    void fieldClicked(int fieldIndex);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    bool viewportEvent(QEvent*) override;
    void contextMenuEvent(QContextMenuEvent*) override;
    void changeEvent(QEvent*) override;

private:
    int byteAt(const QPoint& pos) const;
    QRect hexCell(int line, int column) const;
    QRect asciiCell(int line, int column) const;
    void updateLayout();

    BytePacket packet_;
    QVector<int> fieldOfByte_;
    Colormap map_;
    AttentionScale scale_;
    int selectedField_ = -1;
    int charWidth_ = 8;
    int lineHeight_ = 16;
    int offsetWidth_ = 0;
    static constexpr int kBytesPerLine = 16;
};

}  // namespace whyflow::widgets
