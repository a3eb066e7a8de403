// The engine thread's worker: reads captures, loads models and classifies, off the GUI
// thread. Results come back through queued signals; a shared cancel flag stops long loops.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

#include "whyflow/explain.h"
#include "whyflow/flow.h"
#include "whyflow/model.h"

namespace whyflow::app {

using CapturePtr = std::shared_ptr<const flow::CaptureData>;
using ModelPtr = std::shared_ptr<const models::Model>;
using ResultsPtr = std::shared_ptr<const std::vector<explain::FlowExplanation>>;

class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(std::atomic<bool>* cancel);

public slots:
    void openCapture(const QString& path, int visiblePackets);
    void loadModel(const QString& path);
    void classify(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, quint64 generation);
    // zeroes each input group of one flow in turn: the drop of the predicted class's probability
    void occludeFlow(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, int flowId, quint64 generation);

signals:
    void progress(const QString& task, double fraction);
    void captureOpened(whyflow::app::CapturePtr capture);
    void modelLoaded(whyflow::app::ModelPtr model, const QString& path);
    void flowsClassified(quint64 generation, whyflow::app::ResultsPtr batch);
    void classificationFinished(quint64 generation, bool cancelled);
    void flowOccluded(quint64 generation, int flowId, const QVector<double>& dropByGroup);
    void failed(const QString& task, const QString& message);

private:
    std::atomic<bool>* cancel_;
};

void registerEngineTypes();

}  // namespace whyflow::app
