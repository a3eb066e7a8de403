// The decoded fields of the selected packet, like Wireshark's packet details, grouped by
// protocol layer, with each field's value, group and share of the decision.
#pragma once

#include <QTreeWidget>

#include "view_data.h"

namespace whyflow::widgets {

class FieldTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit FieldTree(QWidget* parent = nullptr);
    void setPacket(const BytePacket& packet);
    // selects the item of a field (from the byte view); -1 clears
    void selectField(int fieldIndex);
    int selectedField() const;
    // the attention share of a field: the sum over its bytes (< 0 when the model did not look)
    static double fieldShare(const BytePacket& packet, int fieldIndex);

signals:
    void fieldSelected(int fieldIndex);

private:
    QVector<QTreeWidgetItem*> items_;  // by field index
    bool updating_ = false;
};

}  // namespace whyflow::widgets
