#include "engine_worker.h"

#include <QMetaType>
#include <random>

#include "whyflow/capture.h"
#include "whyflow/dataset.h"

Q_DECLARE_METATYPE(whyflow::app::CapturePtr)
Q_DECLARE_METATYPE(whyflow::app::ModelPtr)
Q_DECLARE_METATYPE(whyflow::app::ResultsPtr)
Q_DECLARE_METATYPE(whyflow::app::OcclusionPtr)
Q_DECLARE_METATYPE(whyflow::app::ComparisonPtr)
Q_DECLARE_METATYPE(whyflow::app::CancelToken)
Q_DECLARE_METATYPE(whyflow::app::FlowRowsPtr)

namespace whyflow::app {

void registerEngineTypes() {
    qRegisterMetaType<CapturePtr>("whyflow::app::CapturePtr");
    qRegisterMetaType<ModelPtr>("whyflow::app::ModelPtr");
    qRegisterMetaType<ResultsPtr>("whyflow::app::ResultsPtr");
    qRegisterMetaType<OcclusionPtr>("whyflow::app::OcclusionPtr");
    qRegisterMetaType<ComparisonPtr>("whyflow::app::ComparisonPtr");
    qRegisterMetaType<CancelToken>("whyflow::app::CancelToken");
    qRegisterMetaType<FlowRowsPtr>("whyflow::app::FlowRowsPtr");
    qRegisterMetaType<QVector<ModelPtr>>("QVector<whyflow::app::ModelPtr>");
}

QVector<widgets::FlowRow> flowRows(const std::vector<flow::Flow>& flows) {
    QVector<widgets::FlowRow> rows;
    rows.reserve(static_cast<int>(flows.size()));
    for (const flow::Flow& f : flows) {
        widgets::FlowRow r;
        r.id = static_cast<int>(f.id);
        r.client = QString::fromStdString(f.clientText());
        r.server = QString::fromStdString(f.serverText());
        r.l4 = QString::fromStdString(f.l4Name());
        r.packets = static_cast<qint64>(f.packets);
        r.bytes = static_cast<qint64>(f.bytes);
        r.duration = f.lastTime - f.firstTime;
        rows.push_back(std::move(r));
    }
    return rows;
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
        // the rows' texts for 100,000 flows take a while: here, not on the GUI thread
        emit captureOpened(data, std::make_shared<QVector<widgets::FlowRow>>(flowRows(data->flows)));
    } catch (const std::exception& e) {
        emit failed(tr("Open capture"), QString::fromStdString(e.what()));
    }
}

void EngineWorker::loadModel(const QString& path, bool add) {
    try {
        std::shared_ptr<const models::Model> model = models::Model::load(path.toStdString());
        emit modelLoaded(model, path, add);
    } catch (const std::exception& e) {
        emit failed(tr("Load model"), QString::fromStdString(e.what()));
    }
}

void EngineWorker::classify(CapturePtr capture, ModelPtr model, int slot, quint64 generation, CancelToken token) {
    if (!capture || !model || !token) return;
    if (token->load()) {  // cancelled before it started
        emit classificationFinished(generation, slot, true);
        return;
    }
    const QString task = tr("Classifying with %1").arg(QString::fromStdString(model->info().kind).toUpper());
    try {
        explain::classifyFlows(capture->flows, *model, token.get(),
                               [&](double f, const std::vector<explain::FlowExplanation>& batch) {
                                   emit flowsClassified(generation, slot,
                                                        std::make_shared<const std::vector<explain::FlowExplanation>>(batch));
                                   emit progress(task, f);
                               });
        emit classificationFinished(generation, slot, token->load());
    } catch (const std::exception& e) {
        emit failed(tr("Classify"), QString::fromStdString(e.what()));
        emit classificationFinished(generation, slot, true);
    }
}

void EngineWorker::occludeFlow(CapturePtr capture, ModelPtr model, int slot, int flowId, quint64 generation) {
    if (!capture || !model || flowId < 0 || flowId >= static_cast<int>(capture->flows.size())) return;
    try {
        const auto& info = model->info();
        dataset::Tensorizer tensorizer(info.shape, info.preset);
        const dataset::FlowTensor base = tensorizer.make(capture->flows[static_cast<size_t>(flowId)]);
        // donors for the swaps: up to 8 other TCP/UDP flows of the capture, the same for the same flow
        std::vector<dataset::FlowTensor> donors;
        std::vector<size_t> candidates;
        for (size_t i = 0; i < capture->flows.size(); ++i) {
            const auto& f = capture->flows[i];
            if (static_cast<int>(i) != flowId && (f.l4 == 6 || f.l4 == 17)) candidates.push_back(i);
        }
        std::mt19937_64 rng(static_cast<uint64_t>(flowId) + 1);
        std::shuffle(candidates.begin(), candidates.end(), rng);
        for (size_t i = 0; i < candidates.size() && donors.size() < 8; ++i) donors.push_back(tensorizer.make(capture->flows[candidates[i]]));
        std::vector<const dataset::FlowTensor*> donorPtrs;
        for (const auto& d : donors) donorPtrs.push_back(&d);
        auto occ = std::make_shared<const explain::FlowOcclusion>(explain::occludeFlow(*model, base, donorPtrs, 1));
        emit flowOccluded(generation, slot, flowId, occ);
    } catch (const std::exception& e) {
        emit failed(tr("Occlusion"), QString::fromStdString(e.what()));
    }
}

void EngineWorker::compare(CapturePtr capture, QVector<ModelPtr> models, QStringList names, QStringList truthByFlow,
                           CancelToken token) {
    if (!capture || models.isEmpty()) return;
    const QString task = tr("Comparing %1 models").arg(models.size());
    try {
        // the labelled TCP/UDP flows, tensorized once per model (its shape and preset)
        std::vector<std::string> classes;
        std::vector<int> label(capture->flows.size(), -1);
        for (size_t i = 0; i < capture->flows.size() && static_cast<int>(i) < truthByFlow.size(); ++i) {
            const auto& f = capture->flows[i];
            if (truthByFlow[static_cast<int>(i)].isEmpty() || (f.l4 != 6 && f.l4 != 17)) continue;
            const std::string t = truthByFlow[static_cast<int>(i)].toStdString();
            auto it = std::find(classes.begin(), classes.end(), t);
            if (it == classes.end()) it = classes.insert(classes.end(), t);
            label[i] = static_cast<int>(it - classes.begin());
        }
        std::vector<std::unique_ptr<dataset::Dataset>> data;
        std::vector<const dataset::Dataset*> dataPtrs;
        std::vector<const models::Model*> modelPtrs;
        std::vector<std::string> modelNames;
        for (int m = 0; m < models.size(); ++m) {
            const auto& info = models[m]->info();
            auto d = std::make_unique<dataset::Dataset>();
            d->classes = classes;
            d->description = capture->path;
            d->shape = info.shape;
            d->preset = info.preset;
            const dataset::Tensorizer tensorizer(info.shape, info.preset);
            for (size_t i = 0; i < capture->flows.size(); ++i) {
                if (label[i] < 0) continue;
                d->samples.push_back({tensorizer.make(capture->flows[i]), label[i], capture->path, static_cast<uint32_t>(i)});
            }
            dataPtrs.push_back(d.get());
            data.push_back(std::move(d));
            modelPtrs.push_back(models[m].get());
            modelNames.push_back(names.value(m).toStdString());
        }
        int step = 0;
        const int steps = 2 * static_cast<int>(models.size());
        auto c = std::make_shared<const explain::Comparison>(
            explain::compareModels(modelPtrs, modelNames, dataPtrs, 1, [&](const std::string&) {
                emit progress(task, static_cast<double>(step++) / steps);
            }));
        if (token && token->load()) return;
        emit compared(c);
    } catch (const std::exception& e) {
        emit failed(tr("Compare models"), QString::fromStdString(e.what()));
    }
}

}  // namespace whyflow::app
