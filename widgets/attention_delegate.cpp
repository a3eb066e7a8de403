#include "attention_delegate.h"

#include <QPainter>

namespace whyflow::widgets {

AttentionDelegate::AttentionDelegate(int valueRole, QObject* parent) : QStyledItemDelegate(parent), role_(valueRole) {}

void AttentionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QVariant v = index.data(role_);
    const double value = v.isValid() ? v.toDouble() : -1;
    if (value < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    const QColor bg = map_.map(scale_.normalize(value));
    QRect r = option.rect.adjusted(1, 1, -1, -1);
    painter->fillRect(r, bg);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    painter->setPen(contrastingText(bg));
    painter->drawText(r.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, QString::number(value, 'f', 3));
    painter->restore();
}

}  // namespace whyflow::widgets
