// Plain data the app hands to the widgets; widgets know no engine internals.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>

namespace whyflow::widgets {

struct FlowRow {
    int id = 0;
    QString client, server, l4;
    qint64 packets = 0, bytes = 0;
    double duration = 0;
    QString predicted;     // empty until classified
    double confidence = -1;
};

struct PacketRow {
    int number = 0;        // 1-based frame number in the capture
    double relativeTime = 0;
    bool fromClient = true;
    int length = 0;
    double attention = -1; // packet attention β; < 0 when the model did not see the packet
    bool seenByModel = false;
};

// One field's bytes in the byte view.
struct ByteField {
    int offset = 0, length = 0;
    QString name;          // "ip.ttl"
    QString label;         // "Time to Live"
    QString group;         // "ttl"
    QString value;         // "64"
    bool masked = false;   // zeroed before the model saw it (identity, preset)
    bool outsideModel = false;  // link layer, tunnel: never model input
};

struct BytePacket {
    QByteArray bytes;
    QVector<float> attention;  // per byte, β·α; < 0 where the model did not look
    QVector<ByteField> fields;
};

struct GroupBar {
    QString name;          // "ttl"
    QString label;         // "TTL / hop limit"
    bool siteDependent = false;
    double flowShare = 0;      // attention share (0 for models without attention)
    double captureShare = 0;
    double occlusion = -1;     // drop of the predicted class's probability when the group is zeroed; < 0: not known
};

}  // namespace whyflow::widgets
