#include "engine_worker.h"

#include <QMetaType>

#include "whyflow/capture.h"
#include "whyflow/dataset.h"

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
        std::vector<dataset::FlowTensor> variants;
        std::vector<int> groups;
        for (int g = 0; g < kGroupCount; ++g) {
            const auto group = static_cast<FieldGroup>(g);
            if (groupKind(group) == GroupKind::NotInput || !info.preset.keeps(group)) continue;
            variants.push_back(base);
            dataset::Tensorizer::zeroGroup(variants.back(), group);
            groups.push_back(g);
        }
        std::vector<const dataset::FlowTensor*> batch = {&base};
        for (const auto& v : variants) batch.push_back(&v);
        const auto p = model->predict(batch);
        const int c = p[0].predicted;
        QVector<double> drop(kGroupCount, -1.0);
        for (size_t i = 0; i < groups.size(); ++i) drop[groups[i]] = p[0].probabilities[c] - p[i + 1].probabilities[c];
        emit flowOccluded(generation, flowId, drop);
    } catch (const std::exception& e) {
        emit failed(tr("Occlusion"), QString::fromStdString(e.what()));
    }
}

}  // namespace whyflow::app
