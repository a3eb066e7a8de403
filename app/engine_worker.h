// The engine thread's worker: reads captures, loads models, classifies and occludes, off the
// GUI thread. Results come back through queued signals. Long loops poll a cancel flag: the
// worker's own for reading, and one token per classification run, so that a run cancelled
// or replaced stops without stopping the next one.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <memory>
#include <vector>

#include "whyflow/compare.h"
#include "whyflow/explain.h"
#include "whyflow/flow.h"
#include "whyflow/importance.h"
#include "whyflow/model.h"
#include "view_data.h"

namespace whyflow::app {

using CapturePtr = std::shared_ptr<const flow::CaptureData>;
using ModelPtr = std::shared_ptr<const models::Model>;
using ResultsPtr = std::shared_ptr<const std::vector<explain::FlowExplanation>>;
using OcclusionPtr = std::shared_ptr<const explain::FlowOcclusion>;
using ComparisonPtr = std::shared_ptr<const explain::Comparison>;
using CancelToken = std::shared_ptr<std::atomic<bool>>;
// the flow list's rows of a capture, built on the engine thread (the receiver may move them)
using FlowRowsPtr = std::shared_ptr<QVector<widgets::FlowRow>>;

class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(std::atomic<bool>* cancel);

public slots:
    void openCapture(const QString& path, int visiblePackets);
    void loadModel(const QString& path, bool add);
    // classifies every flow with the model in slot `slot` of the window, in batches
    void classify(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, int slot, quint64 generation,
                  whyflow::app::CancelToken token);
    // blanks each input group of one flow in turn, by zeros (C4.5, k-NN: training means) and
    // by swaps with other flows of the capture: the drop of the predicted class's probability
    void occludeFlow(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, int slot, int flowId, quint64 generation);
    // compares the models on the capture's labelled TCP/UDP flows (truth by flow id)
    void compare(whyflow::app::CapturePtr capture, QVector<whyflow::app::ModelPtr> models, QStringList names,
                 QStringList truthByFlow, whyflow::app::CancelToken token);

signals:
    void progress(const QString& task, double fraction);
    void captureOpened(whyflow::app::CapturePtr capture, whyflow::app::FlowRowsPtr rows);
    void modelLoaded(whyflow::app::ModelPtr model, const QString& path, bool add);
    void flowsClassified(quint64 generation, int slot, whyflow::app::ResultsPtr batch);
    void classificationFinished(quint64 generation, int slot, bool cancelled);
    void flowOccluded(quint64 generation, int slot, int flowId, whyflow::app::OcclusionPtr occlusion);
    void compared(whyflow::app::ComparisonPtr comparison);
    void failed(const QString& task, const QString& message);

private:
    std::atomic<bool>* cancel_;
};

void registerEngineTypes();

// The flow list's row of each flow (endpoint texts and all), in flow order.
QVector<widgets::FlowRow> flowRows(const std::vector<flow::Flow>& flows);

}  // namespace whyflow::app
