// whyflow-cli compare: several models on the same labelled flows (see whyflow/compare.h).
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli_commands.h"
#include "comparison_report.h"
#include "whyflow/compare.h"

namespace whyflow::cli {

int cmdCompare(const Args& a, std::atomic<bool>& cancel) {
    const std::vector<std::string> paths = a.getAll("model");
    const auto sources = dataSources(a);
    const std::string outDir = a.get("out");
    if (paths.empty() || sources.empty() || outDir.empty())
        throw std::invalid_argument("compare needs --model A.wfm [--model B.wfm ...], --data DIR and --out OUTDIR");
    // the same file twice would compare a model with itself and name two columns alike
    for (size_t i = 0; i < paths.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (std::filesystem::weakly_canonical(paths[i]) == std::filesystem::weakly_canonical(paths[j]))
                throw std::invalid_argument("--model " + paths[i] + " is given twice");
    std::vector<std::unique_ptr<models::Model>> loaded;
    for (const auto& p : paths) loaded.push_back(models::Model::load(p));
    // one sampling for all: the seed and per-class limit of the first model unless given
    Args common = a;
    if (!a.has("seed")) common.options["seed"] = std::to_string(loaded.front()->info().splitSeed);
    if (!a.has("max-per-class")) {
        int most = 0;
        for (const auto& m : loaded) most = std::max(most, m->info().maxPerClass);
        common.options["max-per-class"] = std::to_string(most);
    }
    // models with the same shape and preset share one loaded data set
    std::vector<std::unique_ptr<dataset::Dataset>> datasets;
    std::vector<const dataset::Dataset*> dataFor;
    std::vector<std::string> keys;
    uint64_t seed = 0;
    for (const auto& m : loaded) {
        const auto& info = m->info();
        std::string key = std::to_string(info.shape.packets) + "x" + std::to_string(info.shape.bytes) + "/" + info.preset.name();
        for (const auto& g : info.preset.keptGroups()) key += "," + g;
        auto it = std::find(keys.begin(), keys.end(), key);
        if (it == keys.end()) {
            datasets.push_back(std::make_unique<dataset::Dataset>(loadForModel(common, sources, info, seed, &cancel)));
            keys.push_back(key);
            dataFor.push_back(datasets.back().get());
        } else {
            dataFor.push_back(datasets[static_cast<size_t>(it - keys.begin())].get());
        }
        if (cancel) return 130;
    }
    std::vector<const models::Model*> models;
    std::vector<std::string> names;
    for (size_t i = 0; i < loaded.size(); ++i) {
        models.push_back(loaded[i].get());
        std::string name = QFileInfo(QString::fromStdString(paths[i])).fileName().toStdString();
        // the same file name twice (site-a/han.wfm, site-b/han.wfm): the whole path tells them apart
        for (size_t j = 0; j < paths.size(); ++j)
            if (j != i && QFileInfo(QString::fromStdString(paths[j])).fileName().toStdString() == name) name = paths[i];
        names.push_back(name);
    }
    const bool quiet = a.has("quiet");
    const explain::Comparison c = explain::compareModels(models, names, dataFor, seed, [quiet](const std::string& m) {
        if (!quiet) std::cerr << m << "\n";
    });
    const auto app = figureApplication();
    const QStringList errors = app::writeComparison(c, QString::fromStdString(outDir));
    std::cout << c.markdown();
    for (const QString& e : errors) std::cerr << "whyflow-cli: " << e.toStdString() << "\n";
    if (!quiet) std::cerr << "wrote the report, tables and figure to " << outDir << "\n";
    return errors.isEmpty() ? 0 : 1;
}

}  // namespace whyflow::cli
