#include "field_tree.h"

#include <QHeaderView>

#include <algorithm>

namespace whyflow::widgets {
namespace {

// the protocol layer a field belongs to, from its display-filter name
QString layerOf(const ByteField& f) {
    const QString prefix = f.name.section(QLatin1Char('.'), 0, 0);
    if (f.name == QLatin1String("payload")) return QObject::tr("Payload");
    if (prefix == QLatin1String("eth")) return QObject::tr("Ethernet II");
    if (prefix == QLatin1String("vlan")) return QObject::tr("802.1Q Virtual LAN");
    if (prefix == QLatin1String("sll")) return QObject::tr("Linux cooked capture");
    if (prefix == QLatin1String("ip")) return QObject::tr("Internet Protocol Version 4");
    if (prefix == QLatin1String("ipv6")) return QObject::tr("Internet Protocol Version 6");
    if (prefix == QLatin1String("tcp")) return QObject::tr("Transmission Control Protocol");
    if (prefix == QLatin1String("udp")) return QObject::tr("User Datagram Protocol");
    if (prefix == QLatin1String("icmp")) return QObject::tr("Internet Control Message Protocol");
    if (prefix == QLatin1String("icmpv6")) return QObject::tr("Internet Control Message Protocol v6");
    if (prefix == QLatin1String("_ws")) return QObject::tr("Malformed");
    return prefix;
}

}  // namespace

FieldTree::FieldTree(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(4);
    setHeaderLabels({tr("Field"), tr("Value"), tr("Group"), tr("Attention")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->resizeSection(1, 130);
    // the group and attention columns as wide as their header in every language, or their values
    const QFontMetrics fm = fontMetrics();
    const int pad = 3 * fm.horizontalAdvance(QLatin1Char(' '));
    header()->resizeSection(2, std::max(fm.horizontalAdvance(QStringLiteral("tcp_options")), fm.horizontalAdvance(tr("Group"))) + 2 * pad);
    header()->resizeSection(3, std::max(fm.horizontalAdvance(QStringLiteral("0.0000")), fm.horizontalAdvance(tr("Attention"))) + 2 * pad);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (updating_ || !item) return;
        const QVariant v = item->data(0, Qt::UserRole);
        emit fieldSelected(v.isValid() ? v.toInt() : -1);
    });
}

double FieldTree::fieldShare(const BytePacket& packet, int fieldIndex) {
    if (fieldIndex < 0 || fieldIndex >= packet.fields.size()) return -1;
    const ByteField& f = packet.fields[fieldIndex];
    double sum = 0;
    bool any = false;
    for (int i = f.offset; i < f.offset + f.length && i < packet.attention.size(); ++i) {
        if (packet.attention[i] >= 0) {
            sum += packet.attention[i];
            any = true;
        }
    }
    return any ? sum : -1;
}

void FieldTree::setPacket(const BytePacket& packet) {
    updating_ = true;
    clear();
    items_.clear();
    QTreeWidgetItem* layer = nullptr;
    QString layerName;
    double layerShare = 0;
    auto closeLayer = [&] {
        if (layer && layerShare > 0) layer->setText(3, QString::number(layerShare, 'f', 4));
    };
    for (int i = 0; i < packet.fields.size(); ++i) {
        const ByteField& f = packet.fields[i];
        const QString name = layerOf(f) + (f.outsideModel && f.group == QLatin1String("tunnel") ? tr(" (tunnel)") : QString());
        if (!layer || name != layerName) {
            closeLayer();
            layer = new QTreeWidgetItem(this, {name});
            layer->setFirstColumnSpanned(false);
            layerName = name;
            layerShare = 0;
            layer->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(layer);
        item->setText(0, QStringLiteral("%1 (%2)").arg(f.label, f.name));
        item->setText(1, f.value);
        item->setText(2, f.group);
        const double share = fieldShare(packet, i);
        if (share >= 0) {
            item->setText(3, QString::number(share, 'f', 4));
            layerShare += share;
        }
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, i);
        if (f.outsideModel) {
            for (int c = 0; c < 4; ++c) item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, tr("Not model input"));
        } else if (f.masked) {
            item->setToolTip(0, tr("Masked: zeroed before the model saw it"));
        }
        items_.push_back(item);
    }
    closeLayer();
    updating_ = false;
}

void FieldTree::selectField(int fieldIndex) {
    updating_ = true;
    if (fieldIndex >= 0 && fieldIndex < items_.size()) {
        setCurrentItem(items_[fieldIndex]);
        scrollToItem(items_[fieldIndex]);
    } else {
        setCurrentItem(nullptr);
    }
    updating_ = false;
}

int FieldTree::selectedField() const {
    const QTreeWidgetItem* item = currentItem();
    if (!item) return -1;
    const QVariant v = item->data(0, Qt::UserRole);
    return v.isValid() ? v.toInt() : -1;
}

}  // namespace whyflow::widgets
