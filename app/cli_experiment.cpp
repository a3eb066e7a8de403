// whyflow-cli experiment: the reference experiments of the paper on the user's captures.
// Every kind under every preset is trained on DIR's training split, evaluated on its test
// split and, with --test-data, on all of DIR2 (train on one site, test on another).
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <mutex>
#include <sstream>
#include <thread>

#include "cli_commands.h"
#include "figure_export.h"
#include "whyflow/dataset.h"
#include "whyflow/explain.h"
#include "whyflow/importance.h"
#include "whyflow/training.h"
#include "whyflow/version.h"

namespace whyflow::cli {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

std::string kindTitle(const std::string& k) {
    if (k == "han") return "HAN";
    if (k == "cnn") return "CNN";
    if (k == "lstm") return "LSTM";
    if (k == "sae") return "SAE";
    if (k == "c45") return "C4.5";
    if (k == "knn") return "3-NN";
    return k;
}

struct Run {
    std::string kind, preset;
    std::unique_ptr<models::Model> model;
    training::TrainResult result;
    metrics::Report test, other;
    bool hasOther = false;
    double trainSeconds = 0;
    json occlusion = json::object();
    json attention = json::object();
    std::string error;
};

// Accuracy lost when one field group at a time is blanked in every flow (zeros; for C4.5
// and k-NN the features' training means).
json occlusionDrops(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& idx) {
    const auto rep = explain::occlusion(model, data, explain::Blanking::Zero, 1, idx, false);
    json out = json::object();
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<FieldGroup>(g);
        if (groupKind(group) == GroupKind::NotInput || !model.info().preset.keeps(group)) continue;
        out[std::string(groupName(group))] = -rep.accuracyChange[g];
    }
    return out;
}

json meanAttention(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& idx) {
    std::vector<const dataset::FlowTensor*> x;
    for (size_t i : idx) x.push_back(&data.samples[i].x);
    const auto preds = model.predict(x);
    std::vector<explain::GroupShares> shares;
    for (size_t i = 0; i < preds.size(); ++i)
        if (preds[i].hasAttention) shares.push_back(explain::groupShares(preds[i], *x[i], model.info().shape));
    json out = json::object();
    if (shares.empty()) return out;
    const auto mean = explain::meanShares(shares);
    for (int g = 0; g < kGroupCount; ++g)
        if (groupKind(static_cast<FieldGroup>(g)) != GroupKind::NotInput) out[std::string(groupName(static_cast<FieldGroup>(g)))] = mean[g];
    out["site_dependent"] = explain::siteDependentShare(mean);
    return out;
}

void writeFile(const fs::path& path, const std::string& text) {
    const fs::path tmp = path.string() + ".part";
    {
        std::ofstream out(tmp);
        out << text;
        if (!out) throw std::runtime_error(path.string() + ": cannot write");
    }
    fs::rename(tmp, path);
}

}  // namespace

std::unique_ptr<QGuiApplication> figureApplication() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;  // QGuiApplication keeps references to both
    static char arg0[] = "whyflow-cli";
    static char* argv[] = {arg0, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

int cmdExperiment(const Args& a, std::atomic<bool>& cancel) {
    const std::string outDir = a.get("out"), testDir = a.get("test-data");
    const auto sources = dataSources(a);
    if (sources.empty() || outDir.empty()) throw std::invalid_argument("experiment needs --data DIR and --out OUTDIR");
    const std::string dir = sources.front().path;
    const std::vector<std::string> kinds = splitList(a.get("kinds", "han,cnn,lstm,sae,c45,knn"));
    const std::vector<std::string> presets = splitList(a.get("presets", "full,wellknown"));
    const int jobs = static_cast<int>(a.number("jobs", 2, 1, 64));
    const bool occlusion = !a.has("no-occlusion");
    const uint64_t seed = static_cast<uint64_t>(a.number("seed", 1, 0, std::numeric_limits<long>::max()));
    // checked here, before the (slow) loading
    training::TrainOptions fit;
    readFitOptions(a, fit);
    if (kinds.empty()) throw std::invalid_argument("--kinds names no model kind");
    for (const std::string& k : kinds)
        if (std::find(modelKinds().begin(), modelKinds().end(), k) == modelKinds().end())
            throw std::invalid_argument("--kinds: unknown model kind '" + k + "' (" + Args::joined(modelKinds()) + ")");
    if (!testDir.empty() && !fs::is_directory(testDir)) throw std::invalid_argument("--test-data " + testDir + " is not a folder");
    fs::create_directories(fs::path(outDir) / "models");
    fs::create_directories(fs::path(outDir) / "figures");
    std::mutex logMutex;
    auto log = [&](const std::string& m) {
        std::lock_guard<std::mutex> lock(logMutex);
        std::cerr << m << "\n";
    };
    const auto start = std::chrono::steady_clock::now();

    // the datasets, once per preset
    std::map<std::string, dataset::Dataset> train, other;
    for (const std::string& preset : presets) {
        dataset::LoadOptions lo;
        readShape(a, lo);
        lo.preset = dataset::FeaturePreset::parse(preset, a.get("keep-groups"));
        lo.maxPerClass = static_cast<int>(a.number("max-per-class", 5000, 1, 100000000));
        lo.seed = seed;
        lo.cancel = &cancel;
        lo.log = [&](const std::string& m) { log("[" + preset + "] " + m); };
        train[preset] = dataset::loadDataset(sources, lo);
        if (!testDir.empty()) {
            lo.maxPerClass = 1 << 30;  // all of the other site
            other[preset] = dataset::loadClassDirectory(testDir, lo);
        }
    }

    // the runs, `jobs` at a time, each single-threaded (deterministic for a seed)
    std::vector<Run> runs;
    for (const std::string& preset : presets)
        for (const std::string& kind : kinds) runs.push_back({kind, preset});
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i = next++; i < runs.size() && !cancel.load(); i = next++) {
            Run& r = runs[i];
            const std::string name = r.kind + "-" + r.preset;
            try {
                training::TrainOptions to = fit;
                to.kind = r.kind;
                to.seed = seed;
                to.cancel = &cancel;
                to.onEpoch = [&, name](const training::EpochReport& e) {
                    char buf[160];
                    std::snprintf(buf, sizeof buf, "[%s] epoch %d/%d loss %.4f val acc %.4f elapsed %.0fs", name.c_str(), e.epoch,
                                  e.maxEpochs, e.trainLoss, e.validationAccuracy, e.elapsedSeconds);
                    log(buf);
                };
                const dataset::Dataset& d = train.at(r.preset);
                const auto t0 = std::chrono::steady_clock::now();
                r.result = training::train(d, to);
                r.trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
                r.model = std::move(r.result.model);
                r.model->save((fs::path(outDir) / "models" / (name + ".wfm")).string());
                r.test = training::report(*r.model, d, r.result.split.test);
                const dataset::Dataset* evalData = &d;
                std::vector<size_t> evalIdx = r.result.split.test;
                if (other.count(r.preset)) {
                    r.other = training::report(*r.model, other.at(r.preset));
                    r.hasOther = true;
                    evalData = &other.at(r.preset);
                    evalIdx.clear();
                    for (size_t k = 0; k < evalData->samples.size(); ++k) evalIdx.push_back(k);
                }
                r.attention = meanAttention(*r.model, *evalData, evalIdx);
                if (occlusion) r.occlusion = occlusionDrops(*r.model, *evalData, evalIdx);
                char buf[200];
                std::snprintf(buf, sizeof buf, "[%s] done in %.0fs: test accuracy %.4f%s", name.c_str(), r.trainSeconds,
                              r.test.accuracy, r.hasOther ? (", other data " + std::to_string(r.other.accuracy)).c_str() : "");
                log(buf);
            } catch (const std::exception& e) {
                r.error = e.what();
                log("[" + name + "] failed: " + r.error);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int j = 1; j < jobs; ++j) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    if (cancel.load()) log("interrupted: writing what is done");

    // confusion-matrix figures (QPainter needs a QGuiApplication; no display is needed)
    const auto app = figureApplication();
    auto figure = [&](const Run& r, const metrics::Report& rep, const std::string& which, const std::string& title) {
        QStringList classes;
        for (const auto& c : rep.classes) classes << QString::fromStdString(c);
        QVector<QVector<int>> m;
        for (const auto& row : rep.confusion) m.push_back(QVector<int>(row.begin(), row.end()));
        for (const char* ext : {"png", "pdf"}) {
            const QString path = QString::fromStdString((fs::path(outDir) / "figures" / (r.kind + "-" + r.preset + "-" + which + "." + ext)).string());
            const QString err = widgets::exportFigure(path, {12, 11, 200}, [&](QPainter& p, double w, double h) {
                widgets::drawConfusionMatrix(p, w, h, classes, m, QString::fromStdString(title));
            });
            if (!err.isEmpty()) log(err.toStdString());
        }
    };
    for (const Run& r : runs) {
        if (!r.model) continue;
        figure(r, r.test, "test", kindTitle(r.kind) + ", " + r.preset + ": test split");
        if (r.hasOther) figure(r, r.other, "other", kindTitle(r.kind) + ", " + r.preset + ": " + fs::path(testDir).filename().string());
    }

    // the tables: rows are presets (and the other site), columns the kinds
    auto cell = [&](const std::string& preset, const std::string& kind, bool otherData) -> std::string {
        for (const Run& r : runs)
            if (r.kind == kind && r.preset == preset && r.model) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%.1f", 100 * (otherData ? r.other.accuracy : r.test.accuracy));
                return buf;
            }
        return "n/a";
    };
    const std::string trainName = fs::path(dir).filename().string(), otherName = fs::path(testDir).filename().string();
    std::vector<std::pair<std::string, std::pair<std::string, bool>>> rows;
    for (const std::string& p : presets) {
        rows.push_back({p + " (" + trainName + " test split)", {p, false}});
        if (!testDir.empty()) rows.push_back({p + " (all of " + otherName + ")", {p, true}});
    }
    std::string md = "Accuracy (%) by feature preset and model; trained on " + trainName + ".\n\n| preset |";
    std::string tex = "\\begin{tabular}{l" + std::string(kinds.size(), 'r') + "}\n\\toprule\nPreset";
    std::string csv = "preset,evaluated_on";
    for (const auto& k : kinds) {
        md += " " + kindTitle(k) + " |";
        tex += " & " + kindTitle(k);
        csv += "," + k;
    }
    md += "\n|---|";
    for (size_t i = 0; i < kinds.size(); ++i) md += "---:|";
    md += "\n";
    tex += " \\\\\n\\midrule\n";
    csv += "\n";
    for (const auto& [label, key] : rows) {
        md += "| " + label + " |";
        std::string texLabel = label;
        for (size_t pos = 0; (pos = texLabel.find('_', pos)) != std::string::npos; pos += 2) texLabel.replace(pos, 1, "\\_");
        tex += texLabel;
        csv += key.first + "," + (key.second ? otherName : trainName + "-test");
        for (const auto& k : kinds) {
            const std::string v = cell(key.first, k, key.second);
            md += " " + v + " |";
            tex += " & " + v;
            csv += "," + v;
        }
        md += "\n";
        tex += " \\\\\n";
        csv += "\n";
    }
    tex += "\\bottomrule\n\\end{tabular}\n";
    writeFile(fs::path(outDir) / "table.md", md);
    writeFile(fs::path(outDir) / "table.tex", tex);
    writeFile(fs::path(outDir) / "table.csv", csv);

    json results;
    results["whyflow"] = version();
    results["libtorch"] = libtorchVersion();
    results["libpcap"] = libpcapVersion();
    results["data"] = dir;
    if (!testDir.empty()) results["test_data"] = testDir;
    results["seed"] = seed;
    results["input"] = {{"packets", train.begin()->second.shape.packets}, {"bytes", train.begin()->second.shape.bytes}};
    results["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    json list = json::array();
    for (const Run& r : runs) {
        json j;
        j["kind"] = r.kind;
        j["preset"] = r.preset;
        if (!r.error.empty()) j["error"] = r.error;
        if (r.model) {
            j["train_seconds"] = r.trainSeconds;
            j["epochs"] = r.result.epochs;
            j["validation_accuracy"] = r.result.validationAccuracy;
            j["test"] = json::parse(r.test.toJson());
            if (r.hasOther) j["other"] = json::parse(r.other.toJson());
            if (!r.attention.empty()) j["attention_shares"] = r.attention;
            if (!r.occlusion.empty()) j["occlusion_accuracy_drop"] = r.occlusion;
        }
        list.push_back(j);
    }
    results["runs"] = list;
    writeFile(fs::path(outDir) / "results.json", results.dump(2));
    std::cout << md;
    std::fprintf(stderr, "wrote %s (table.md, table.tex, table.csv, results.json, models/, figures/) in %.0f s\n", outDir.c_str(),
                 results["seconds"].get<double>());
    return 0;
}

}  // namespace whyflow::cli
