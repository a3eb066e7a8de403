#include "engine_worker.h"

#include <QMetaType>

#include "whyflow/capture.h"
#include "whyflow/dataset.h"
#include "whyflow/importance.h"

Q_DECLARE_METATYPE(whyflow::app::CapturePtr)
Q_DECLARE_METATYPE(whyflow::app::ModelPtr)
Q_DECLARE_METATYPE(whyflow::app::ResultsPtr)

namespace whyflow::app {

void registerEngineTypes() {
    qRegisterMetaType<CapturePtr>("whyflow::app::CapturePtr");
    qRegisterMetaType<ModelPtr>("whyflow::app::ModelPtr");
    qRegisterMetaType<ResultsPtr>("whyflow::app::ResultsPtr");
}

EngineWorker::EngineWorker(std::atomic<bool>* cancel) : cancel_(cancel) {}

void EngineWorker::openCapture(const QString& path, int visiblePackets) {
    const QString task = tr("Reading %1").arg(path);
    cancel_->store(false);
    try {
        flow::IngestOptions opt;
        opt.visiblePackets = std::max(1, visiblePackets);
        auto data = std::make_shared<flow::CaptureData>(flow::ingest(
            path.toStdString(), opt, cancel_, [this, &task](double f) { emit progress(task, f); }));
        emit captureOpened(data);
    } catch (const std::exception& e) {
        emit failed(tr("Open capture"), QString::fromStdString(e.what()));
    }
}

void EngineWorker::loadModel(const QString& path) {
    try {
        std::shared_ptr<const models::Model> model = models::Model::load(path.toStdString());
        emit modelLoaded(model, path);
    } catch (const std::exception& e) {
        emit failed(tr("Load model"), QString::fromStdString(e.what()));
    }
}

void EngineWorker::classify(CapturePtr capture, ModelPtr model, quint64 generation) {
    if (!capture || !model) return;
    cancel_->store(false);
    const QString task = tr("Classifying with %1").arg(QString::fromStdString(model->info().kind).toUpper());
    try {
        explain::classifyFlows(capture->flows, *model, cancel_,
                               [&](double f, const std::vector<explain::FlowExplanation>& batch) {
                                   emit flowsClassified(generation, std::make_shared<const std::vector<explain::FlowExplanation>>(batch));
                                   emit progress(task, f);
                               });
        emit classificationFinished(generation, cancel_->load());
    } catch (const std::exception& e) {
        emit failed(tr("Classify"), QString::fromStdString(e.what()));
        emit classificationFinished(generation, true);
    }
}

void EngineWorker::occludeFlow(CapturePtr capture, ModelPtr model, int flowId, quint64 generation) {
    if (!capture || !model || flowId < 0 || flowId >= static_cast<int>(capture->flows.size())) return;
    try {
        const auto& info = model->info();
        dataset::Tensorizer tensorizer(info.shape, info.preset);
        const dataset::FlowTensor base = tensorizer.make(capture->flows[flowId]);
        const explain::FlowOcclusion occ = explain::occludeFlow(*model, base);
        QVector<double> drop(kGroupCount, -1.0);
        for (int g : occ.groups) drop[g] = occ.drop[g];
        emit flowOccluded(generation, flowId, drop);
    } catch (const std::exception& e) {
        emit failed(tr("Occlusion"), QString::fromStdString(e.what()));
    }
}

}  // namespace whyflow::app
