// The selected flow as several models see it, one under the other: each model's packet
// attention β (a cell per packet slot) and byte heatmap β·α (a row of cells per packet),
// aligned by packet and byte, on one shared colour scale with its legend. A difference
// mode shows model A - model B on a diverging scale. Custom painted; hover a cell for its
// field and every model's value, click it to show the packet.
#pragma once

#include <QWidget>

#include "colormap.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;

namespace whyflow::widgets {

struct ModelAttention {
    QString name;             // "han.wfm"
    QString verdict;          // "web (0.981)"
    bool hasAttention = false;
    int packets = 0, bytes = 0;  // the model's input shape N x M
    QVector<double> packet;   // β per packet slot (N)
    QVector<double> shares;   // β·α per byte (N*M, row-major by packet)
};

struct CompareFlow {
    QString title;
    int packets = 0, bytes = 0;     // the widest shape of the models
    QVector<QString> fieldOfByte;   // field name per (slot, byte) of that shape; empty for padding
    QVector<ModelAttention> models;
};

class AttentionCompareCanvas;

class AttentionCompareView : public QWidget {
    Q_OBJECT
public:
    explicit AttentionCompareView(QWidget* parent = nullptr);
    void setFlow(const CompareFlow& flow);
    void clear();
    void setColormap(const Colormap& map);
    void setScaleKind(AttentionScale::Kind kind);
    // A - B instead of the models one under the other (needs two models with attention)
    void setDifference(bool on, int a = 0, int b = 1);
    bool difference() const;
    const CompareFlow& flow() const;
    double sharedMaximum() const;       // the byte scale's maximum over every model
    // the value painted at (model block, slot, byte): a share, or A - B in difference mode; NaN where none
    double cellValue(int block, int slot, int byte) const;
    int blockCount() const;

signals:
    void packetClicked(int slot);

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void syncControls();
    AttentionCompareCanvas* canvas_;
    QScrollArea* scroll_;
    QCheckBox* difference_;
    QComboBox* a_;
    QComboBox* b_;
    QLabel* note_;
};

}  // namespace whyflow::widgets
