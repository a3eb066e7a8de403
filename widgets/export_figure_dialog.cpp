#include "export_figure_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include "ui_export_figure_dialog.h"

namespace whyflow::widgets {
namespace {

// the formats in the order of the format combo
const QStringList kSuffixes = {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};

}  // namespace

ExportFigureDialog::ExportFigureDialog(const FlowFigure& figure, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ExportFigureDialog>()), figure_(figure) {
    ui_->setupUi(this);
    previewTimer_ = new QTimer(this);
    previewTimer_->setSingleShot(true);
    previewTimer_->setInterval(80);
    connect(previewTimer_, &QTimer::timeout, this, &ExportFigureDialog::updatePreview);
    ui_->previewLabel->setBackgroundRole(QPalette::Base);
    ui_->previewLabel->setAutoFillBackground(true);
    ui_->widthSpin->setSuffix(QStringLiteral(" cm"));
    ui_->heightSpin->setSuffix(QStringLiteral(" cm"));

    for (QCheckBox* box : {ui_->packetsCheck, ui_->bytesCheck, ui_->groupsCheck, ui_->whyCheck})
        connect(box, &QCheckBox::toggled, this, &ExportFigureDialog::updateState);
    connect(ui_->widthSpin, &QDoubleSpinBox::valueChanged, this, &ExportFigureDialog::updateState);
    connect(ui_->heightSpin, &QDoubleSpinBox::valueChanged, this, &ExportFigureDialog::updateState);
    connect(ui_->dpiSpin, &QSpinBox::valueChanged, this, &ExportFigureDialog::updateState);
    connect(ui_->unitCombo, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::onUnitChanged);
    connect(ui_->formatCombo, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::onFormatChanged);
    connect(ui_->pathEdit, &QLineEdit::textChanged, this, &ExportFigureDialog::onPathChanged);
    connect(ui_->browseButton, &QPushButton::clicked, this, &ExportFigureDialog::browse);
    updateState();
}

ExportFigureDialog::~ExportFigureDialog() = default;

double ExportFigureDialog::unitFactor() const { return unit_ == ExportOptions::Inches ? kCmPerInch : 1.0; }

ExportOptions ExportFigureDialog::options() const {
    ExportOptions o;
    o.views = {};
    if (ui_->packetsCheck->isChecked()) o.views |= PacketsView;
    if (ui_->bytesCheck->isChecked()) o.views |= BytesView;
    if (ui_->groupsCheck->isChecked()) o.views |= GroupsView;
    if (ui_->whyCheck->isChecked()) o.views |= WhyView;
    o.unit = static_cast<ExportOptions::Unit>(unit_);
    o.size.widthCm = ui_->widthSpin->value() * unitFactor();
    o.size.heightCm = ui_->heightSpin->value() * unitFactor();
    o.size.dpi = ui_->dpiSpin->value();
    return o;
}

void ExportFigureDialog::setOptions(const ExportOptions& o) {
    ui_->packetsCheck->setChecked(o.views.testFlag(PacketsView));
    ui_->bytesCheck->setChecked(o.views.testFlag(BytesView));
    ui_->groupsCheck->setChecked(o.views.testFlag(GroupsView));
    ui_->whyCheck->setChecked(o.views.testFlag(WhyView));
    ui_->unitCombo->setCurrentIndex(o.unit == ExportOptions::Inches ? 1 : 0);  // converts what is shown
    ui_->widthSpin->setValue(o.size.widthCm / unitFactor());
    ui_->heightSpin->setValue(o.size.heightCm / unitFactor());
    ui_->dpiSpin->setValue(o.size.dpi);
    updateState();
}

QString ExportFigureDialog::path() const { return ui_->pathEdit->text().trimmed(); }

void ExportFigureDialog::setPath(const QString& path) { ui_->pathEdit->setText(path); }

QPixmap ExportFigureDialog::preview() const { return ui_->previewLabel->pixmap(); }

void ExportFigureDialog::onUnitChanged(int unit) {
    if (unit == unit_) return;
    const double w = ui_->widthSpin->value() * unitFactor(), h = ui_->heightSpin->value() * unitFactor();
    unit_ = unit;
    const bool inches = unit_ == ExportOptions::Inches;
    for (QDoubleSpinBox* spin : {ui_->widthSpin, ui_->heightSpin}) {
        spin->blockSignals(true);
        spin->setSuffix(inches ? QStringLiteral(" in") : QStringLiteral(" cm"));
        spin->setRange(inches ? 0.4 : 1.0, inches ? 40.0 : 100.0);
        spin->setSingleStep(inches ? 0.25 : 0.5);
        spin->blockSignals(false);
    }
    ui_->widthSpin->setValue(w / unitFactor());
    ui_->heightSpin->setValue(h / unitFactor());
    updateState();
}

void ExportFigureDialog::onFormatChanged(int format) {
    const QString p = path();
    if (format >= 0 && format < kSuffixes.size() && !p.isEmpty()) {
        const QFileInfo info(p);
        if (info.suffix().toLower() != kSuffixes[format]) {
            const QString base = kSuffixes.contains(info.suffix().toLower()) ? p.left(p.size() - info.suffix().size() - 1) : p;
            ui_->pathEdit->blockSignals(true);
            ui_->pathEdit->setText(base + QLatin1Char('.') + kSuffixes[format]);
            ui_->pathEdit->blockSignals(false);
        }
    }
    updateState();
}

void ExportFigureDialog::onPathChanged(const QString& path) {
    const int format = kSuffixes.indexOf(QFileInfo(path.trimmed()).suffix().toLower());
    if (format >= 0 && format != ui_->formatCombo->currentIndex()) {
        ui_->formatCombo->blockSignals(true);
        ui_->formatCombo->setCurrentIndex(format);
        ui_->formatCombo->blockSignals(false);
    }
    updateState();
}

void ExportFigureDialog::browse() {
    const QStringList filters = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")};
    QString filter = filters.value(ui_->formatCombo->currentIndex());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Figure"), path(), filters.join(QStringLiteral(";;")), &filter);
    if (chosen.isEmpty()) return;
    const int format = filters.indexOf(filter);
    QString p = chosen;
    if (!kSuffixes.contains(QFileInfo(p).suffix().toLower()) && format >= 0) p += QLatin1Char('.') + kSuffixes[format];
    setPath(p);
}

void ExportFigureDialog::updateState() {
    const ExportOptions o = options();
    const bool png = ui_->formatCombo->currentIndex() == 0;
    ui_->dpiSpin->setEnabled(png);
    ui_->dpiLabel->setEnabled(png);
    const int wpx = qRound(o.size.widthCm / kCmPerInch * o.size.dpi), hpx = qRound(o.size.heightCm / kCmPerInch * o.size.dpi);
    ui_->pixelsLabel->setText(png ? tr("%1 × %2 pixels").arg(wpx).arg(hpx) : tr("vector: no resolution"));
    const QString suffix = QFileInfo(path()).suffix().toLower();
    QString problem;
    if (!o.views) problem = tr("Choose at least one view.");
    else if (path().isEmpty()) problem = tr("Choose a file.");
    else if (!kSuffixes.contains(suffix)) problem = tr("The file name must end in .png, .svg or .pdf.");
    QPushButton* save = ui_->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(problem.isEmpty());
    save->setToolTip(problem);
    previewTimer_->start();
}

void ExportFigureDialog::updatePreview() {
    const ExportOptions o = options();
    const QSize box = ui_->previewLabel->contentsRect().size() - QSize(8, 8);
    const double widthPt = o.size.widthCm / kCmPerInch * 72, heightPt = o.size.heightCm / kCmPerInch * 72;
    if (box.width() < 16 || box.height() < 16 || widthPt <= 0 || heightPt <= 0) return;
    const double dpr = devicePixelRatioF();
    const double scale = std::min(box.width() / widthPt, box.height() / heightPt) * dpr;
    QImage image(qRound(widthPt * scale), qRound(heightPt * scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);  // the page is white in every format
    // font sizes in points on a 72 dpi page, as the export draws them
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        drawFlowFigure(p, widthPt, heightPt, figure_, o.views);
        p.setPen(QPen(QColor(160, 160, 160), 0));
        p.drawRect(QRectF(0, 0, widthPt, heightPt));
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(dpr);
    ui_->previewLabel->setPixmap(pixmap);
}

ExportOptions ExportFigureDialog::rememberedOptions() {
    QSettings s;
    ExportOptions o;
    QString error;
    const FigureViews views = parseFigureViews(s.value(QStringLiteral("export/views"), figureViewsText(AllViews)).toString(), &error);
    if (views) o.views = views;
    o.size.widthCm = s.value(QStringLiteral("export/widthCm"), o.size.widthCm).toDouble();
    o.size.heightCm = s.value(QStringLiteral("export/heightCm"), o.size.heightCm).toDouble();
    o.size.dpi = s.value(QStringLiteral("export/dpi"), o.size.dpi).toInt();
    o.unit = s.value(QStringLiteral("export/unit")).toString() == QLatin1String("in") ? ExportOptions::Inches : ExportOptions::Centimetres;
    return o;
}

QString ExportFigureDialog::rememberedPath(const QString& fileName) {
    QSettings s;
    const QString dir = s.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString suffix = s.value(QStringLiteral("export/suffix"), QStringLiteral("pdf")).toString();
    return QDir(dir).filePath(fileName + QLatin1Char('.') + suffix);
}

void ExportFigureDialog::accept() {
    const ExportOptions o = options();
    QSettings s;
    s.setValue(QStringLiteral("export/views"), figureViewsText(o.views));
    s.setValue(QStringLiteral("export/widthCm"), o.size.widthCm);
    s.setValue(QStringLiteral("export/heightCm"), o.size.heightCm);
    s.setValue(QStringLiteral("export/dpi"), o.size.dpi);
    s.setValue(QStringLiteral("export/unit"), o.unit == ExportOptions::Inches ? QStringLiteral("in") : QStringLiteral("cm"));
    s.setValue(QStringLiteral("export/folder"), QFileInfo(path()).absolutePath());
    s.setValue(QStringLiteral("export/suffix"), QFileInfo(path()).suffix().toLower());
    QDialog::accept();
}

}  // namespace whyflow::widgets
