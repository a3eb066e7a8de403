#include "attention_compare_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>
#include <functional>
#include <limits>

namespace whyflow::widgets {

namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
}

// The painted part: blocks of N rows (one per packet slot), each a β cell and M byte cells.
class AttentionCompareCanvas : public QWidget {
public:
    explicit AttentionCompareCanvas(QWidget* parent) : QWidget(parent) { setMouseTracking(true); }

    CompareFlow flow_;
    Colormap map_;
    AttentionScale::Kind kind_ = AttentionScale::Linear;
    bool difference_ = false;
    int a_ = 0, b_ = 1;
    std::function<void(int)> onPacket_;

    int availableWidth_ = 600;  // the viewport's width: byte cells shrink to fit it

    int blocks() const { return flow_.models.isEmpty() ? 0 : difference_ ? 1 : flow_.models.size(); }
    QFont smallFont() const {
        QFont f = font();
        f.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.8));
        return f;
    }
    int cellW() const { return std::clamp((availableWidth_ - bytesX() - 12) / std::max(1, flow_.bytes), 3, 12); }
    int cellH() const { return QFontMetrics(smallFont()).height() + 2; }
    int labelW() const { return QFontMetrics(smallFont()).horizontalAdvance(AttentionCompareView::tr("packet 88")) + 8; }
    int betaW() const { return QFontMetrics(smallFont()).horizontalAdvance(QStringLiteral("0.000")) + 6; }
    int bytesX() const { return labelW() + betaW() + 8; }
    int headerH() const { return fontMetrics().height() + 6; }
    int axisH() const { return fontMetrics().height() + 4; }
    int blockH() const { return headerH() + std::max(1, flow_.packets) * cellH() + 8; }
    int legendH() const { return fontMetrics().height() * 3 + 14; }
    int blockTop(int k) const { return axisH() + k * blockH(); }

    QSize sizeHint() const override {
        return {bytesX() + std::max(1, flow_.bytes) * cellW() + 12, axisH() + blocks() * blockH() + legendH()};
    }

    double share(const ModelAttention& m, int slot, int byte) const {
        if (!m.hasAttention || slot >= m.packets || byte >= m.bytes) return kNone;
        return m.shares.value(slot * m.bytes + byte, kNone);
    }
    // a packet slot the flow fills (short flows leave the last slots empty)
    bool slotUsed(int slot) const {
        for (int b = 0; b < flow_.bytes; ++b)
            if (!flow_.fieldOfByte.value(slot * flow_.bytes + b).isEmpty()) return true;
        return false;
    }
    double beta(const ModelAttention& m, int slot) const {
        if (!m.hasAttention || slot >= m.packets || !slotUsed(slot)) return kNone;
        return m.packet.value(slot, kNone);
    }
    bool canDiff() const {
        return a_ >= 0 && b_ >= 0 && a_ < flow_.models.size() && b_ < flow_.models.size() && a_ != b_ &&
               flow_.models[a_].hasAttention && flow_.models[b_].hasAttention;
    }
    double value(int block, int slot, int byte) const {
        if (block < 0 || block >= blocks()) return kNone;
        if (!difference_) return byte < 0 ? beta(flow_.models[block], slot) : share(flow_.models[block], slot, byte);
        if (!canDiff()) return kNone;
        const auto& A = flow_.models[a_];
        const auto& B = flow_.models[b_];
        return byte < 0 ? beta(A, slot) - beta(B, slot) : share(A, slot, byte) - share(B, slot, byte);
    }
    // the scale maxima over every block: bytes and packets
    std::pair<double, double> maxima() const {
        double bytes = 0, packets = 0;
        for (int k = 0; k < blocks(); ++k)
            for (int s = 0; s < flow_.packets; ++s) {
                const double pb = value(k, s, -1);
                if (std::isfinite(pb)) packets = std::max(packets, std::abs(pb));
                for (int b = 0; b < flow_.bytes; ++b) {
                    const double v = value(k, s, b);
                    if (std::isfinite(v)) bytes = std::max(bytes, std::abs(v));
                }
            }
        return {bytes > 0 ? bytes : 1.0, packets > 0 ? packets : 1.0};
    }
    QColor colour(double v, double max) const {
        if (difference_) {
            if (kind_ == AttentionScale::Log) {  // signed log over three decades
                const double t = AttentionScale(AttentionScale::Log, max).normalize(std::abs(v));
                return divergingColor(v < 0 ? -t : t);
            }
            return divergingColor(v / max);
        }
        return map_.map(AttentionScale(kind_, max).normalize(v));
    }

    // block, slot and byte (-1: the β cell) under a point; false outside the cells
    bool cellAt(const QPoint& pos, int& block, int& slot, int& byte) const {
        if (pos.y() < axisH()) return false;
        block = (pos.y() - axisH()) / blockH();
        const int y = pos.y() - blockTop(block) - headerH();
        if (block >= blocks() || y < 0) return false;
        slot = y / cellH();
        if (slot >= flow_.packets) return false;
        if (pos.x() >= labelW() && pos.x() < labelW() + betaW()) {
            byte = -1;
            return true;
        }
        byte = (pos.x() - bytesX()) / cellW();
        return pos.x() >= bytesX() && byte < flow_.bytes;
    }

    void paintEvent(QPaintEvent* e) override {
        QPainter p(this);
        const QPalette pal = palette();
        p.fillRect(rect(), pal.color(QPalette::Base));
        const QColor text = pal.color(QPalette::Text);
        const QColor grey = pal.color(QPalette::Disabled, QPalette::Text);
        const QColor grid = pal.color(QPalette::Midlight);
        if (blocks() == 0) return;
        const auto [byteMax, packetMax] = maxima();
        const int cw = cellW(), ch = cellH();
        // byte offsets along the top
        p.setPen(grey);
        for (int b = 0; b < flow_.bytes; b += 16) {
            const int x = bytesX() + b * cw;
            p.drawLine(x, axisH() - 3, x, axisH());
            if (b % 32 == 0) p.drawText(QRect(x, 0, 60, axisH() - 3), Qt::AlignLeft | Qt::AlignBottom, QString::number(b));
        }
        p.drawText(QRect(labelW(), 0, betaW(), axisH() - 3), Qt::AlignCenter | Qt::AlignBottom, QStringLiteral("β"));
        for (int k = 0; k < blocks(); ++k) {
            const int top = blockTop(k);
            if (!e->rect().intersects(QRect(0, top, width(), blockH()))) continue;  // paint only what is visible
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(text);
            QString header;
            if (difference_) {
                header = canDiff() ? AttentionCompareView::tr("%1 − %2 (red: more attention from %1, blue: from %2)")
                                         .arg(flow_.models[a_].name, flow_.models[b_].name)
                                   : AttentionCompareView::tr("The difference needs two different models with attention");
            } else {
                const auto& m = flow_.models[k];
                header = m.name + QStringLiteral(" — ") + m.verdict;
            }
            p.drawText(QRect(4, top, width() - 8, headerH()), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(bold).elidedText(header, Qt::ElideRight, width() - 8));
            p.setFont(font());
            p.setFont(smallFont());
            for (int s = 0; s < flow_.packets; ++s) {
                const int y = top + headerH() + s * ch;
                p.setPen(grey);
                p.drawText(QRect(0, y, labelW() - 4, ch), Qt::AlignRight | Qt::AlignVCenter, AttentionCompareView::tr("packet %1").arg(s + 1));
                const double pb = value(k, s, -1);
                const QRect betaCell(labelW(), y, betaW(), ch - 1);
                if (std::isfinite(pb)) {
                    const QColor c = colour(pb, packetMax);
                    p.fillRect(betaCell, c);
                    p.setPen(contrastingText(c));
                    p.drawText(betaCell, Qt::AlignCenter, QString::number(pb, 'f', 3));
                } else if (slotUsed(s)) {
                    p.fillRect(betaCell, QBrush(grid, Qt::BDiagPattern));
                }
                for (int b = 0; b < flow_.bytes; ++b) {
                    const QRect cell(bytesX() + b * cw, y, cw - (cw > 5 ? 1 : 0), ch - 1);
                    const bool padding = flow_.fieldOfByte.value(s * flow_.bytes + b).isEmpty();
                    const double v = value(k, s, b);
                    if (padding) continue;  // no byte here
                    if (std::isfinite(v)) p.fillRect(cell, colour(v, byteMax));
                    else p.fillRect(cell, QBrush(grid, Qt::BDiagPattern));
                }
            }
            if (!difference_ && !flow_.models[k].hasAttention) {
                // the hatched rows say why they are empty, in a box over their middle
                p.setFont(font());
                const QString note = AttentionCompareView::tr("no attention: see its occlusion in Field groups");
                const QRect area(bytesX(), top + headerH(), std::max(1, std::min(flow_.bytes * cw, width() - bytesX() - 4)),
                                 flow_.packets * ch);
                const QFontMetrics nfm(font());
                const QString shown = nfm.elidedText(note, Qt::ElideRight, area.width() - 12);
                QRect box(0, 0, nfm.horizontalAdvance(shown) + 12, nfm.height() + 6);
                box.moveCenter(area.center());
                p.fillRect(box, palette().color(QPalette::Base));
                p.setPen(grey);
                p.drawRect(box.adjusted(0, 0, -1, -1));
                p.setPen(text);
                p.drawText(box, Qt::AlignCenter, shown);
            }
            p.setFont(font());
        }
        // the shared scale
        const int ly = axisH() + blocks() * blockH() + 4;
        const QFontMetrics fm = fontMetrics();
        const QString title = difference_ ? AttentionCompareView::tr("Difference of byte shares β·α") : AttentionCompareView::tr("Byte share β·α (shared by all models)");
        p.setPen(text);
        p.drawText(QRect(bytesX(), ly, width() - bytesX(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
        const QRect bar(bytesX(), ly + fm.height() + 2, std::min(300, std::max(80, flow_.bytes * cw)), fm.height());
        for (int x = 0; x < bar.width(); ++x) {
            const double t = static_cast<double>(x) / std::max(1, bar.width() - 1);
            p.setPen(difference_ ? divergingColor(2 * t - 1) : map_.map(t));
            p.drawLine(bar.left() + x, bar.top(), bar.left() + x, bar.bottom());
        }
        p.setPen(grey);
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        p.setPen(text);
        const QString lo = difference_ ? QStringLiteral("−") + QString::number(byteMax, 'g', 2)
                                       : (kind_ == AttentionScale::Log ? QStringLiteral("≤") + QString::number(byteMax / 1000, 'g', 2)
                                                                       : QStringLiteral("0"));
        const QString hi = (difference_ ? QStringLiteral("+") : QString()) + QString::number(byteMax, 'g', 2) +
                           (kind_ == AttentionScale::Log ? AttentionCompareView::tr(" (log)") : QString());
        p.drawText(QRect(bar.left(), bar.bottom() + 2, 120, fm.height()), Qt::AlignLeft, lo);
        p.drawText(QRect(bar.right() - 120, bar.bottom() + 2, 120, fm.height()), Qt::AlignRight, hi);
        if (difference_) p.drawText(QRect(bar.center().x() - 20, bar.bottom() + 2, 40, fm.height()), Qt::AlignHCenter, QStringLiteral("0"));
    }

    bool event(QEvent* e) override {
        if (e->type() == QEvent::ToolTip) {
            auto* he = static_cast<QHelpEvent*>(e);
            int block = 0, slot = 0, byte = 0;
            if (!cellAt(he->pos(), block, slot, byte)) {
                QToolTip::hideText();
                return true;
            }
            QString tip = byte < 0 ? AttentionCompareView::tr("<b>Packet %1</b>: packet attention β").arg(slot + 1)
                                   : AttentionCompareView::tr("<b>Packet %1, byte %2</b> from the IP header: %3")
                                         .arg(slot + 1)
                                         .arg(byte)
                                         .arg(flow_.fieldOfByte.value(slot * flow_.bytes + byte).toHtmlEscaped());
            for (const ModelAttention& m : flow_.models) {
                const double v = byte < 0 ? beta(m, slot) : share(m, slot, byte);
                tip += QStringLiteral("<br>") + m.name.toHtmlEscaped() + QStringLiteral(": ") +
                       (std::isfinite(v) ? QString::number(v, 'g', 3) : AttentionCompareView::tr("no attention"));
            }
            if (difference_ && canDiff()) {
                const double v = value(0, slot, byte);
                tip += QStringLiteral("<br>") + AttentionCompareView::tr("difference: %1").arg(v, 0, 'g', 3);
            }
            QToolTip::showText(he->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(e);
    }

    void mousePressEvent(QMouseEvent* e) override {
        int block = 0, slot = 0, byte = 0;
        if (cellAt(e->pos(), block, slot, byte) && onPacket_) onPacket_(slot);
    }
};

AttentionCompareView::AttentionCompareView(QWidget* parent)
    : QWidget(parent), canvas_(nullptr), scroll_(new QScrollArea), difference_(new QCheckBox(tr("Difference"))),
      a_(new QComboBox), b_(new QComboBox), note_(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(difference_);
    bar->addWidget(a_);
    bar->addWidget(new QLabel(QStringLiteral("−")));
    bar->addWidget(b_);
    bar->addWidget(note_, 1);
    // the flow's title gives way to the model names (its full text is in its tooltip)
    note_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    note_->setWordWrap(true);
    layout->addLayout(bar);
    for (QComboBox* c : {a_, b_}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMinimumContentsLength(10);
    }
    canvas_ = new AttentionCompareCanvas(scroll_);
    scroll_->viewport()->installEventFilter(this);
    canvas_->onPacket_ = [this](int slot) { emit packetClicked(slot); };
    scroll_->setWidget(canvas_);
    scroll_->setWidgetResizable(false);
    scroll_->setBackgroundRole(QPalette::Base);
    layout->addWidget(scroll_, 1);
    auto changed = [this] { setDifference(difference_->isChecked(), a_->currentIndex(), b_->currentIndex()); };
    connect(difference_, &QCheckBox::toggled, this, changed);
    connect(a_, &QComboBox::currentIndexChanged, this, changed);
    connect(b_, &QComboBox::currentIndexChanged, this, changed);
    syncControls();
}

void AttentionCompareView::setFlow(const CompareFlow& flow) {
    const bool sameModels = [&] {
        if (flow.models.size() != canvas_->flow_.models.size()) return false;
        for (int i = 0; i < flow.models.size(); ++i)
            if (flow.models[i].name != canvas_->flow_.models[i].name) return false;
        return true;
    }();
    canvas_->flow_ = flow;
    if (!sameModels) {
        for (QComboBox* c : {a_, b_}) {
            c->blockSignals(true);
            c->clear();
            for (const auto& m : flow.models) c->addItem(m.name);
            c->blockSignals(false);
        }
        a_->setCurrentIndex(flow.models.isEmpty() ? -1 : 0);
        b_->setCurrentIndex(flow.models.size() > 1 ? 1 : -1);
        canvas_->a_ = a_->currentIndex();
        canvas_->b_ = b_->currentIndex();
    }
    syncControls();
    canvas_->resize(canvas_->sizeHint());
    canvas_->update();
}

void AttentionCompareView::clear() { setFlow({}); }

void AttentionCompareView::setColormap(const Colormap& map) {
    canvas_->map_ = map;
    canvas_->update();
}

void AttentionCompareView::setScaleKind(AttentionScale::Kind kind) {
    canvas_->kind_ = kind;
    canvas_->update();
}

void AttentionCompareView::setDifference(bool on, int a, int b) {
    canvas_->difference_ = on;
    canvas_->a_ = a;
    canvas_->b_ = b;
    for (auto [combo, v] : {std::pair{a_, a}, std::pair{b_, b}}) {
        combo->blockSignals(true);
        combo->setCurrentIndex(v);
        combo->blockSignals(false);
    }
    difference_->blockSignals(true);
    difference_->setChecked(on);
    difference_->blockSignals(false);
    syncControls();
    canvas_->resize(canvas_->sizeHint());
    canvas_->update();
}

bool AttentionCompareView::eventFilter(QObject* watched, QEvent* e) {
    if (watched == scroll_->viewport() && e->type() == QEvent::Resize) {
        canvas_->availableWidth_ = scroll_->viewport()->width();
        canvas_->resize(canvas_->sizeHint());
    }
    return QWidget::eventFilter(watched, e);
}

bool AttentionCompareView::difference() const { return canvas_->difference_; }
const CompareFlow& AttentionCompareView::flow() const { return canvas_->flow_; }
double AttentionCompareView::sharedMaximum() const { return canvas_->maxima().first; }
double AttentionCompareView::cellValue(int block, int slot, int byte) const { return canvas_->value(block, slot, byte); }
int AttentionCompareView::blockCount() const { return canvas_->blocks(); }

void AttentionCompareView::syncControls() {
    const int n = canvas_->flow_.models.size();
    difference_->setEnabled(n >= 2);
    a_->setEnabled(n >= 2 && difference_->isChecked());
    b_->setEnabled(n >= 2 && difference_->isChecked());
    if (n == 0) note_->setText(tr("Select a classified flow"));
    else if (n == 1) note_->setText(tr("Add a model (File ▸ Add Model…) to compare"));
    else note_->setText(canvas_->flow_.title);
    note_->setToolTip(note_->text());
}

}  // namespace whyflow::widgets
