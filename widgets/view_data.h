// Plain data the app hands to the widgets; widgets know no engine internals.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>

namespace whyflow::widgets {

// One model's verdict on a flow.
struct FlowPrediction {
    QString predicted;     // empty until classified
    double confidence = -1;
};

struct FlowRow {
    int id = 0;
    QString client, server, l4;
    qint64 packets = 0, bytes = 0;
    double duration = 0;
    QString truth;                    // the true label, when labels are loaded and name the flow
    QVector<FlowPrediction> models;   // one per loaded model, in the order they were loaded

    // the verdict of model m (an empty one when m has not classified the flow)
    const FlowPrediction& model(int m) const {
        static const FlowPrediction none;
        return m >= 0 && m < models.size() ? models[m] : none;
    }
    const QString& predicted(int m = 0) const { return model(m).predicted; }
    double confidence(int m = 0) const { return model(m).confidence; }
    // every model has classified the flow
    bool allClassified() const {
        for (const FlowPrediction& p : models)
            if (p.predicted.isEmpty()) return false;
        return !models.isEmpty();
    }
    // two models that have classified the flow predict different classes
    bool modelsDisagree() const {
        const QString* first = nullptr;
        for (const FlowPrediction& p : models) {
            if (p.predicted.isEmpty()) continue;
            if (first && p.predicted != *first) return true;
            first = &p.predicted;
        }
        return false;
    }
    // -1: unknown (no label or not classified by m), 0: wrong, 1: right
    int correct(int m = 0) const {
        if (truth.isEmpty() || predicted(m).isEmpty()) return -1;
        return predicted(m) == truth ? 1 : 0;
    }
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
    double flowShare = 0;      // attention share; < 0 for models without attention
    double classShare = -1;    // mean over the flows of the flow's predicted class; < 0: not shown
    double captureShare = 0;   // mean over the capture's classified flows
    double occlusion = -1;     // drop of the predicted class's probability when the group is zeroed; < 0: not known
    double swapOcclusion = -1; // the same when the group is swapped with other flows'; < 0: not known
};

// One bar series per model in the group chart's comparison mode.
struct GroupSeries {
    QString name;
    QColor color;
    QVector<double> values;  // per group, in the order of the bars; < 0: the model does not see the group
};

}  // namespace whyflow::widgets
