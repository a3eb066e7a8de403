#include "byte_view.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace whyflow::widgets {

ByteView::ByteView(QWidget* parent) : QAbstractScrollArea(parent) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    updateLayout();
}

void ByteView::setPacket(const BytePacket& packet) {
    packet_ = packet;
    fieldOfByte_.fill(-1, packet_.bytes.size());
    for (int f = 0; f < packet_.fields.size(); ++f) {
        const ByteField& bf = packet_.fields[f];
        for (int i = bf.offset; i < bf.offset + bf.length && i < fieldOfByte_.size(); ++i)
            if (i >= 0) fieldOfByte_[i] = f;
    }
    selectedField_ = -1;
    updateLayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void ByteView::clear() { setPacket({}); }

void ByteView::setColormap(const Colormap& map) {
    map_ = map;
    viewport()->update();
}

void ByteView::setScale(const AttentionScale& scale) {
    scale_ = scale;
    viewport()->update();
}

void ByteView::selectField(int fieldIndex) {
    selectedField_ = (fieldIndex >= 0 && fieldIndex < packet_.fields.size()) ? fieldIndex : -1;
    if (selectedField_ >= 0) {
        const int line = packet_.fields[selectedField_].offset / kBytesPerLine;
        const int first = verticalScrollBar()->value();
        const int visible = std::max(1, viewport()->height() / lineHeight_);
        if (line < first || line >= first + visible) verticalScrollBar()->setValue(line);
    }
    viewport()->update();
}

int ByteView::fieldAt(int byteOffset) const {
    return byteOffset >= 0 && byteOffset < fieldOfByte_.size() ? fieldOfByte_[byteOffset] : -1;
}

void ByteView::zoom(int steps) {
    QFont f = font();
    f.setPointSizeF(std::clamp(f.pointSizeF() + steps, 6.0, 36.0));
    setFont(f);
    updateLayout();
    viewport()->update();
}

void ByteView::updateLayout() {
    const QFontMetrics fm(font());
    charWidth_ = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    lineHeight_ = fm.height() + 2;
    offsetWidth_ = charWidth_ * 6;
    const int lines = (static_cast<int>(packet_.bytes.size()) + kBytesPerLine - 1) / kBytesPerLine;
    const int visible = std::max(1, viewport()->height() / lineHeight_);
    verticalScrollBar()->setRange(0, std::max(0, lines - visible));
    verticalScrollBar()->setPageStep(visible);
    const int width = offsetWidth_ + charWidth_ * (kBytesPerLine * 3 + 2 + kBytesPerLine) + charWidth_ * 2;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

QRect ByteView::hexCell(int line, int column) const {
    const int x = offsetWidth_ + column * 3 * charWidth_ + (column >= 8 ? charWidth_ : 0) - horizontalScrollBar()->value();
    return QRect(x, (line - verticalScrollBar()->value()) * lineHeight_, charWidth_ * 3, lineHeight_);
}

QRect ByteView::asciiCell(int line, int column) const {
    const int x = offsetWidth_ + (kBytesPerLine * 3 + 2) * charWidth_ + column * charWidth_ - horizontalScrollBar()->value();
    return QRect(x, (line - verticalScrollBar()->value()) * lineHeight_, charWidth_, lineHeight_);
}

int ByteView::byteAt(const QPoint& pos) const {
    const int line = pos.y() / lineHeight_ + verticalScrollBar()->value();
    for (int c = 0; c < kBytesPerLine; ++c) {
        if (hexCell(line, c).contains(pos) || asciiCell(line, c).contains(pos)) {
            const int i = line * kBytesPerLine + c;
            return i < packet_.bytes.size() ? i : -1;
        }
    }
    return -1;
}

void ByteView::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    const QPalette pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    p.setFont(font());
    const int total = static_cast<int>(packet_.bytes.size());
    const int first = verticalScrollBar()->value();
    const int count = viewport()->height() / lineHeight_ + 2;
    const QColor text = pal.color(QPalette::Text);
    const QColor grey = pal.color(QPalette::Disabled, QPalette::Text);
    const QColor boundary = pal.color(QPalette::Mid);
    const QColor highlight = pal.color(QPalette::Highlight);
    for (int line = first; line < first + count && line * kBytesPerLine < total; ++line) {
        const int y = (line - first) * lineHeight_;
        p.setPen(grey);
        p.drawText(QRect(-horizontalScrollBar()->value(), y, offsetWidth_, lineHeight_), Qt::AlignVCenter,
                   QStringLiteral("%1").arg(line * kBytesPerLine, 4, 16, QLatin1Char('0')));
        for (int c = 0; c < kBytesPerLine; ++c) {
            const int i = line * kBytesPerLine + c;
            if (i >= total) break;
            const auto byte = static_cast<unsigned char>(packet_.bytes[i]);
            const int f = fieldOfByte_.value(i, -1);
            const ByteField* field = f >= 0 ? &packet_.fields[f] : nullptr;
            const double att = i < packet_.attention.size() ? packet_.attention[i] : -1.0;
            QColor bg;
            QColor fg = text;
            if (field && field->outsideModel) {
                fg = grey;
            } else if (att >= 0) {
                bg = map_.map(scale_.normalize(att));
                fg = contrastingText(bg);
            }
            for (const QRect& cell : {hexCell(line, c), asciiCell(line, c)}) {
                if (bg.isValid()) p.fillRect(cell, bg);
                if (field && field->masked) p.fillRect(cell, QBrush(grey, Qt::BDiagPattern));
                if (f >= 0 && f == selectedField_) {
                    p.setPen(QPen(highlight, 2));
                    p.drawRect(cell.adjusted(1, 1, -1, -1));
                }
            }
            // outline field boundaries: a bar where a new field starts
            if (field && i == field->offset && c != 0) {
                p.setPen(boundary);
                const QRect cell = hexCell(line, c);
                p.drawLine(cell.left(), cell.top() + 1, cell.left(), cell.bottom() - 1);
            }
            p.setPen(fg);
            p.drawText(hexCell(line, c), Qt::AlignCenter, QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')));
            const QChar ch = (byte >= 0x20 && byte < 0x7f) ? QChar(byte) : QChar('.');
            p.drawText(asciiCell(line, c), Qt::AlignCenter, ch);
        }
    }
}

void ByteView::resizeEvent(QResizeEvent* e) {
    QAbstractScrollArea::resizeEvent(e);
    updateLayout();
}

void ByteView::mousePressEvent(QMouseEvent* e) {
    const int i = byteAt(e->pos());
    const int f = fieldAt(i);
    selectField(f);
    emit fieldClicked(f);
}

void ByteView::wheelEvent(QWheelEvent* e) {
    if (e->modifiers() & Qt::ControlModifier) {
        zoom(e->angleDelta().y() > 0 ? 1 : -1);
        e->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(e);
}

bool ByteView::viewportEvent(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* he = static_cast<QHelpEvent*>(e);
        const int i = byteAt(he->pos());
        const int f = fieldAt(i);
        if (f < 0) {
            QToolTip::hideText();
            return true;
        }
        const ByteField& bf = packet_.fields[f];
        QString tip = QStringLiteral("<b>%1</b> (%2)<br>").arg(bf.label.toHtmlEscaped(), bf.name.toHtmlEscaped());
        if (!bf.value.isEmpty()) tip += tr("Value: %1").arg(bf.value.toHtmlEscaped()) + QStringLiteral("<br>");
        tip += tr("Group: %1").arg(bf.group) + QStringLiteral("<br>");
        tip += tr("Byte %1 of the frame").arg(i);
        const double att = i < packet_.attention.size() ? packet_.attention[i] : -1;
        if (bf.outsideModel) tip += QStringLiteral("<br>") + tr("Not model input");
        else if (bf.masked) tip += QStringLiteral("<br>") + tr("Masked: zeroed before the model saw it");
        else if (att >= 0) tip += QStringLiteral("<br>") + tr("Attention share: %1").arg(att, 0, 'g', 3);
        QToolTip::showText(he->globalPos(), tip, this);
        return true;
    }
    return QAbstractScrollArea::viewportEvent(e);
}

QString ByteView::hexText() const { return QString::fromLatin1(packet_.bytes.toHex(' ')); }

QString ByteView::asciiText() const {
    QString s;
    for (char c : packet_.bytes) s += (c >= 0x20 && c < 0x7f) ? QChar(c) : QChar('.');
    return s;
}

void ByteView::contextMenuEvent(QContextMenuEvent* e) {
    QMenu menu(this);
    menu.addAction(tr("Copy as Hex"), this, [this] { QApplication::clipboard()->setText(hexText()); });
    menu.addAction(tr("Copy as Text"), this, [this] { QApplication::clipboard()->setText(asciiText()); });
    menu.addSeparator();
    menu.addAction(tr("Zoom In"), this, [this] { zoom(1); });
    menu.addAction(tr("Zoom Out"), this, [this] { zoom(-1); });
    menu.exec(e->globalPos());
}

void ByteView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::FontChange) updateLayout();
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange) viewport()->update();
    QAbstractScrollArea::changeEvent(e);
}

}  // namespace whyflow::widgets
