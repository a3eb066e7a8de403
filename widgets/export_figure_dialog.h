// File ▸ Export Figure…: which views of a flow's figure, its size (cm or inches), the PNG
// resolution and the file, with a live preview drawn by the figure code itself. The dialog
// only collects options; the caller writes the file (through exportFlowFigure).
#pragma once

#include <QDialog>
#include <memory>

#include "figure_export.h"

class QTimer;

namespace Ui {
class ExportFigureDialog;
}

namespace whyflow::widgets {

class ExportFigureDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportFigureDialog(const FlowFigure& figure, QWidget* parent = nullptr);
    ~ExportFigureDialog() override;

    ExportOptions options() const;  // the size always in centimetres
    void setOptions(const ExportOptions& options);
    QString path() const;
    void setPath(const QString& path);  // the format follows its suffix
    // the preview as last drawn (for tests and screenshots)
    QPixmap preview() const;

    // the options and folder of the last export, kept between sessions
    static ExportOptions rememberedOptions();
    static QString rememberedPath(const QString& fileName);

public slots:
    void accept() override;

private:
    void onUnitChanged(int unit);
    void onFormatChanged(int format);
    void onPathChanged(const QString& path);
    void browse();
    void updateState();
    void updatePreview();
    double unitFactor() const;  // cm per displayed unit

    std::unique_ptr<Ui::ExportFigureDialog> ui_;
    FlowFigure figure_;
    QTimer* previewTimer_ = nullptr;
    int unit_ = ExportOptions::Centimetres;
};

}  // namespace whyflow::widgets
