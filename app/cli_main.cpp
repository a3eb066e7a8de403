// whyflow-cli: train, classify and inspect from the command line.
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli_commands.h"
#include "whyflow/capture.h"
#include "whyflow/dataset.h"
#include "whyflow/explain.h"
#include "whyflow/flow.h"
#include "whyflow/model.h"
#include <nlohmann/json.hpp>

#include "whyflow/export.h"
#include "whyflow/importance.h"
#include "whyflow/labels.h"
#include "whyflow/metrics.h"
#include "whyflow/training.h"
#include "whyflow/decode.h"

using namespace whyflow;
using whyflow::cli::Args;
using whyflow::cli::parse;

namespace {

std::atomic<bool> g_cancel{false};

void onSigint(int) {
    if (g_cancel.exchange(true)) std::_Exit(130);  // a second Ctrl-C quits at once
}

const char* kUsage =
    "usage: whyflow-cli COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  train --kind han|cnn|lstm|sae|c45|knn --data DIR --out MODEL.wfm [options]\n"
    "        DIR holds one capture per class (web.pcap -> class web) or one folder per class;\n"
    "        --data may repeat (merged by class), or --labels CSV --captures DIR [--category-map CSV]\n"
    "        --packets N (8)  --bytes M (128)  --preset full|wellknown|custom  --keep-groups a,b\n"
    "        --max-per-class K (5000)  --seed S (1)  --epochs E (40)  --patience P (6)\n"
    "        --batch B (32)  --lr X (0.003)  --threads T (1)\n"
    "  classify --model MODEL.wfm CAPTURE [--json]\n"
    "        one line per flow: endpoints, packets, bytes, predicted class and confidence;\n"
    "        --json adds every class's probability, the packet attention and group shares\n"
    "  eval --model MODEL.wfm --data DIR [--split test|all] [--json]\n"
    "        [--max-per-class K --seed S: another sample than the model's] [--quiet]\n"
    "        accuracy, per-class precision, recall and F1, macro-F1 and the confusion matrix;\n"
    "        the test split is the one the model was trained with (same data, same seed)\n"
    "  importance --model MODEL.wfm --data DIR [--blank zero|swap] [--split all|test] [--json]\n"
    "        [--max-per-class K --seed S] [--quiet: no loading log]\n"
    "        occlusion importance per field group: probability drop, flips, accuracy change;\n"
    "        for HAN also Spearman(attention, occlusion) and deletion curves\n"
    "  explain --model MODEL.wfm CAPTURE --flow ID [--format text|csv|latex|json] [--out FIG]\n"
    "        the Why table of one flow (top packets by place in the flow, their most attended\n"
    "        bytes, decoded; text and JSON add each packet's number in the capture) and,\n"
    "        with --out fig.png|svg|pdf, a figure of --views packets,bytes,groups,why (all)\n"
    "        at --width 17cm --height 12cm (or in inches: 6.5in), --dpi 300 for PNG; the groups\n"
    "        view adds the flow's occlusion drops unless --no-occlusion; --top 3 packets,\n"
    "        --window 8 bytes per packet\n"
    "  export-dataset --data DIR --out OUTDIR [--packets N --bytes M --preset P --seed S]\n"
    "        [--max-per-class K] [--quiet]\n"
    "        the tensors, labels and split as NumPy .npy files with an index.json\n"
    "  experiment --data DIR --out OUTDIR [--test-data DIR2] [--kinds han,cnn,lstm,sae,c45,knn]\n"
    "        [--presets full,wellknown] [--jobs J] [--no-occlusion] [train options]\n"
    "        trains every kind under every preset, evaluates each on the test split (and on all\n"
    "        of DIR2), writes table.md/.tex/.csv, results.json and confusion-matrix figures\n"
    "  compare --model A.wfm --model B.wfm [...] --data DIR --out OUTDIR [--seed S]\n"
    "        [--max-per-class K] [--quiet]\n"
    "        (--data may repeat, or --labels CSV --captures DIR [--category-map CSV])\n"
    "        several models on the same labelled flows: accuracy, macro-F1, the share of\n"
    "        site-dependent groups by attention and by occlusion, where the models disagree,\n"
    "        confusion matrices side by side; report.md/.json/.pdf/.png, CSV and LaTeX tables\n"
    "  flows CAPTURE... [--labels CSV [--category-map CSV]] [--idle-timeout S] [--json]\n"
    "        list the flows of captures: key, packets, bytes, first and last time, label\n"
    "  label CAPTURE... --out labels.csv   label flows with nDPI, in the corpus label format\n"
    "  inspect CAPTURE --packet K    the field map of packet K (from 1): field, offset, length,\n"
    "        group and value\n"
    "  --version                     print the version\n";

std::string formatSeconds(double s) {
    char buf[32];
    if (s < 60) std::snprintf(buf, sizeof buf, "%.1fs", s);
    else std::snprintf(buf, sizeof buf, "%dm%02ds", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
    return buf;
}

int cmdTrain(const Args& a) {
    const auto sources = cli::dataSources(a);
    std::string out = a.get("out"), kind = a.choice("kind", "han", cli::modelKinds());
    if (sources.empty() || out.empty())
        throw std::invalid_argument("train needs --data DIR (or --labels CSV --captures DIR) and --out MODEL.wfm");
    dataset::LoadOptions lo;
    cli::readShape(a, lo);
    lo.preset = dataset::FeaturePreset::parse(a.get("preset", "full"), a.get("keep-groups"));
    lo.maxPerClass = static_cast<int>(a.number("max-per-class", 5000, 1, 100000000));
    lo.seed = static_cast<uint64_t>(a.number("seed", 1, 0, std::numeric_limits<long>::max()));
    lo.log = [](const std::string& m) { std::cerr << m << "\n"; };
    lo.cancel = &g_cancel;
    // every option checked before the (slow) loading
    training::TrainOptions to;
    to.kind = kind;
    to.seed = lo.seed;
    cli::readFitOptions(a, to);
    std::cerr << "loading (" << lo.shape.packets << " packets x " << lo.shape.bytes << " bytes, preset " << lo.preset.name()
              << ")\n";
    dataset::Dataset data = dataset::loadDataset(sources, lo);

    to.cancel = &g_cancel;
    to.onEpoch = [](const training::EpochReport& r) {
        std::fprintf(stderr, "epoch %3d/%d  loss %.4f  val acc %.4f  val loss %.4f%s  elapsed %s  eta %s\n", r.epoch,
                     r.maxEpochs, r.trainLoss, r.validationAccuracy, r.validationLoss, r.improved ? " *" : "  ", formatSeconds(r.elapsedSeconds).c_str(),
                     formatSeconds(r.etaSeconds).c_str());
    };
    dataset::Split split = dataset::stratifiedSplit(data, to.seed);
    std::cerr << "split seed " << to.seed << ": " << split.train.size() << " train, " << split.validation.size()
              << " validation, " << split.test.size() << " test flows\n";
    training::TrainResult r = training::train(data, to);
    if (r.cancelled) std::cerr << "interrupted: keeping the best model so far\n";
    r.model->save(out);
    std::printf("test accuracy %.4f (%zu flows), validation accuracy %.4f, %d epochs, seed %llu\n", r.testAccuracy,
                r.split.test.size(), r.validationAccuracy, r.epochs, static_cast<unsigned long long>(to.seed));
    std::printf("saved %s\n", out.c_str());
    return 0;
}

// Evaluates a model on a dataset: its test split (the same flows as when it was trained,
// for the same data and seed) or all of it.
int cmdEval(const Args& a) {
    const std::string modelPath = a.single("model"), split = a.choice("split", "test", {"test", "all"});
    const auto sources = cli::dataSources(a);
    if (modelPath.empty() || sources.empty())
        throw std::invalid_argument("eval needs --model MODEL.wfm and --data DIR (or --labels CSV --captures DIR)");
    if (split != "test" && split != "all") throw std::invalid_argument("--split is test or all");
    auto model = models::Model::load(modelPath);
    uint64_t seed = 0;
    dataset::Dataset data = loadForModel(a, sources, model->info(), seed, &g_cancel);
    std::vector<size_t> indices;
    if (split == "test") indices = dataset::stratifiedSplit(data, seed).test;
    else for (size_t i = 0; i < data.samples.size(); ++i) indices.push_back(i);
    const metrics::Report report = training::report(*model, data, indices);
    if (a.has("json")) std::cout << report.toJson() << "\n";
    else std::cout << "model " << modelPath << " on " << data.description << " (" << split << " split, seed " << seed << ")\n" << report.toTable();
    return 0;
}

// Occlusion importance per field group (any model kind), and for HAN how its attention
// compares with it.
int cmdImportance(const Args& a) {
    const std::string modelPath = a.single("model"), split = a.choice("split", "all", {"all", "test"}),
                      blank = a.choice("blank", "zero", {"zero", "swap"});
    const auto sources = cli::dataSources(a);
    if (modelPath.empty() || sources.empty()) throw std::invalid_argument("importance needs --model MODEL.wfm and --data DIR");
    if (blank != "zero" && blank != "swap") throw std::invalid_argument("--blank is zero or swap");
    auto model = models::Model::load(modelPath);
    const auto& info = model->info();
    uint64_t seed = 0;
    dataset::Dataset data = loadForModel(a, sources, info, seed, &g_cancel);
    std::vector<size_t> indices;
    if (split == "test") indices = dataset::stratifiedSplit(data, seed).test;
    const auto rep = explain::occlusion(*model, data, blank == "zero" ? explain::Blanking::Zero : explain::Blanking::Swap, seed,
                                        indices);
    if (a.has("json")) {
        nlohmann::ordered_json j;
        j["model"] = modelPath;
        j["kind"] = info.kind;
        j["data"] = data.description;
        j["blanking"] = blank;
        j["flows"] = rep.flows.size();
        j["accuracy"] = rep.accuracy;
        j["site_dependent_share_of_drop"] = rep.siteDependentDrop;
        nlohmann::ordered_json groups = nlohmann::ordered_json::object();
        for (const std::string& g : rep.groups) {
            FieldGroup fg;
            parseGroupName(g, fg);
            const int k = static_cast<int>(fg);
            nlohmann::ordered_json e = {{"mean_probability_drop", rep.meanDrop[k]}, {"flip_rate", rep.flipRate[k]},
                                        {"accuracy_change", rep.accuracyChange[k]}};
            if (rep.hasAttention) e["mean_attention"] = rep.meanAttention[k];
            groups[g] = e;
        }
        j["groups"] = groups;
        if (rep.hasAttention) {
            j["spearman_attention_vs_occlusion"] = {{"dataset", rep.spearmanDataset}, {"mean_per_flow", rep.meanFlowSpearman}};
            j["deletion_curve"] = {{"fraction_removed", {0, .1, .2, .3, .4, .5, .6, .7, .8, .9, 1}},
                                   {"by_attention", rep.deletionByAttention},
                                   {"random", rep.deletionRandom}};
        }
        nlohmann::ordered_json flows = nlohmann::ordered_json::array();
        for (const auto& f : rep.flows) {
            nlohmann::ordered_json e;
            e["predicted"] = info.classes[f.predicted];
            e["probability"] = f.probability;
            nlohmann::ordered_json d = nlohmann::ordered_json::object(), fl = nlohmann::ordered_json::object();
            for (const std::string& g : rep.groups) {
                FieldGroup fg;
                parseGroupName(g, fg);
                d[g] = f.drop[static_cast<int>(fg)];
                fl[g] = f.flips[static_cast<int>(fg)] != 0;
            }
            e["drop"] = d;
            e["flips"] = fl;
            if (f.hasSpearman) e["spearman"] = f.spearman;
            flows.push_back(e);
        }
        j["per_flow"] = flows;
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::printf("%s (%s) on %s, %zu flows, groups blanked by %s%s\n", modelPath.c_str(), info.kind.c_str(), data.description.c_str(),
                rep.flows.size(), blank == "zero" ? "zeros" : "swaps from other flows",
                rep.accuracy >= 0 ? (", accuracy " + std::to_string(rep.accuracy)).c_str() : "");
    std::printf("\n%-12s %10s %10s %12s%s\n", "group", "prob drop", "flip rate", "accuracy chg", rep.hasAttention ? "   attention" : "");
    for (const std::string& g : rep.groups) {
        FieldGroup fg;
        parseGroupName(g, fg);
        const int k = static_cast<int>(fg);
        std::printf("%-12s %10.4f %10.4f %12.4f", g.c_str(), rep.meanDrop[k], rep.flipRate[k], rep.accuracyChange[k]);
        if (rep.hasAttention) std::printf("   %9.4f", rep.meanAttention[k]);
        std::printf("%s\n", groupKind(fg) == GroupKind::SiteDependent ? "   (site-dependent)" : "");
    }
    std::printf("\nsite-dependent groups hold %.1f %% of the probability drop\n", 100 * rep.siteDependentDrop);
    if (rep.hasAttention) {
        std::printf("Spearman(attention, occlusion): %.3f over the data set, %.3f per flow on average\n", rep.spearmanDataset,
                    rep.meanFlowSpearman);
        std::printf("deletion curve (accuracy after removing 0..100 %% of the visible bytes)\n  by attention:");
        for (double v : rep.deletionByAttention) std::printf(" %.3f", v);
        std::printf("\n  at random:   ");
        for (double v : rep.deletionRandom) std::printf(" %.3f", v);
        std::printf("\n");
    }
    return 0;
}

// The tensorized dataset, with labels and split, as NumPy files and a JSON index.
int cmdExportDataset(const Args& a) {
    const auto sources = cli::dataSources(a);
    const std::string out = a.get("out");
    if (sources.empty() || out.empty()) throw std::invalid_argument("export-dataset needs --data DIR and --out DIR");
    dataset::LoadOptions lo;
    cli::readShape(a, lo);
    lo.preset = dataset::FeaturePreset::parse(a.get("preset", "full"), a.get("keep-groups"));
    lo.maxPerClass = static_cast<int>(a.number("max-per-class", 5000, 1, 100000000));
    lo.seed = static_cast<uint64_t>(a.number("seed", 1, 0, std::numeric_limits<long>::max()));
    lo.cancel = &g_cancel;
    if (!a.has("quiet")) lo.log = [](const std::string& m) { std::cerr << m << "\n"; };
    const dataset::Dataset data = dataset::loadDataset(sources, lo);
    io::exportDataset(data, dataset::stratifiedSplit(data, lo.seed), lo.seed, out);
    std::printf("wrote %zu flows of %zu classes to %s (x.npy, visible.npy, fields.npy, y.npy, split.npy, index.json)\n",
                data.samples.size(), data.classes.size(), out.c_str());
    return 0;
}

// Labels the flows of captures with nDPI, in the corpus label format.
int cmdLabel(const Args& a) {
    const std::string out = a.get("out");
    if (a.positional.empty() || out.empty()) throw std::invalid_argument("label needs CAPTURE... and --out labels.csv");
    if (std::filesystem::is_directory(out)) throw std::invalid_argument("--out " + out + " is a folder; give the CSV file to write");
    size_t read = 0;
    std::string csv = "pcap,l4,endpoint_a,endpoint_b,ndpi_master,ndpi_app\n";
    int status = 0;
    size_t flows = 0;
    for (const std::string& path : a.positional) {
        flow::CaptureData cap;
        try {
            cap = flow::ingest(path, {}, &g_cancel);
        } catch (const capture::CaptureError& e) {
            std::cerr << "whyflow-cli: " << e.what() << "\n";
            status = 1;
            continue;
        }
        ++read;
        const auto labels = dataset::labelWithNdpi(cap);
        const std::string name = std::filesystem::path(path).filename().string();
        for (const flow::Flow& f : cap.flows) {
            if (labels[f.id].master.empty()) continue;
            csv += name + "," + f.l4Name() + "," + f.clientText() + "," + f.serverText() + "," + labels[f.id].master + "," +
                   labels[f.id].app + "\n";
            ++flows;
        }
    }
    if (read == 0) return status;  // no capture could be read: nothing to write
    const std::string tmp = out + ".part";
    {
        std::ofstream file(tmp);
        file << csv;
        if (!file) throw std::runtime_error(out + ": cannot write");
    }
    std::filesystem::rename(tmp, out);
    std::fprintf(stderr, "%zu flows labelled with nDPI %s into %s\n", flows, dataset::ndpiVersion().c_str(), out.c_str());
    return status;
}

int cmdClassify(const Args& a) {
    std::string modelPath = a.single("model");
    if (modelPath.empty() || a.positional.empty()) throw std::invalid_argument("classify needs --model MODEL.wfm CAPTURE");
    auto model = models::Model::load(modelPath);
    const auto& info = model->info();
    int status = 0;
    for (const std::string& path : a.positional) {
        flow::IngestOptions io;
        io.visiblePackets = info.shape.packets;
        flow::CaptureData cap;
        try {
            cap = flow::ingest(path, io, &g_cancel);
        } catch (const capture::CaptureError& e) {
            std::cerr << "whyflow-cli: " << e.what() << "\n";
            status = 1;
            continue;
        }
        if (!cap.problem.empty()) std::cerr << "whyflow-cli: " << path << ": " << cap.problem << " (keeping the packets before it)\n";
        if (cap.flows.empty()) std::cerr << "whyflow-cli: " << path << ": no flows to classify (" << cap.packets.size() << " packets)\n";
        auto results = explain::classifyFlows(cap.flows, *model, &g_cancel);
        // with several captures each flow says which one it is from (flow ids start at 0 in each)
        const bool several = a.positional.size() > 1;
        if (several && !a.has("json") && !results.empty()) std::printf("# %s\n", path.c_str());
        for (size_t i = 0; i < results.size(); ++i) {
            const flow::Flow& f = cap.flows[i];
            const auto& p = results[i].prediction;
            if (a.has("json")) {
                std::string line = explain::flowJson(f, results[i], info);
                if (several && line.size() > 1 && line.front() == '{')
                    line = "{\"capture\":" + nlohmann::json(path).dump() + (line.size() > 2 ? "," : "") + line.substr(1);
                std::cout << line << "\n";
            } else {
                std::printf("%6u %-5s %-45s %-45s %6llu pkts %9llu B  %-12s %.3f\n", f.id, f.l4Name().c_str(),
                            f.clientText().c_str(), f.serverText().c_str(), static_cast<unsigned long long>(f.packets),
                            static_cast<unsigned long long>(f.bytes), info.classes[p.predicted].c_str(),
                            p.probabilities[p.predicted]);
            }
        }
    }
    return status;
}

int cmdFlows(const Args& a) {
    if (a.positional.empty()) throw std::invalid_argument("flows needs at least one CAPTURE");
    std::optional<dataset::LabelSet> labels;
    std::optional<dataset::CategoryMap> categories;
    if (a.has("labels")) labels = dataset::LabelSet::load(a.get("labels"));
    if (a.has("category-map")) categories = dataset::CategoryMap::load(a.get("category-map"));
    flow::IngestOptions io;
    io.idleTimeout = a.positive("idle-timeout", io.idleTimeout);
    int status = 0;
    size_t rows = 0, matched = 0, files = 0, rejected = 0;
    for (const std::string& path : a.positional) {
        flow::CaptureData cap;
        try {
            cap = flow::ingest(path, io, &g_cancel);
        } catch (const capture::CaptureError& e) {
            std::cerr << "whyflow-cli: " << e.what() << "\n";
            status = 1;
            ++rejected;
            continue;
        }
        ++files;
        if (!cap.problem.empty()) std::cerr << "whyflow-cli: " << path << ": " << cap.problem << " (keeping the packets before it)\n";
        dataset::LabelMatch match;
        if (labels) {
            match = dataset::matchLabels(cap, *labels, std::filesystem::path(path).filename().string(),
                                         categories ? &*categories : nullptr);
            rows += match.transportRows;
            matched += match.transportMatched;
        }
        for (const flow::Flow& f : cap.flows) {
            const std::string label = labels ? match.flowLabels[f.id] : std::string();
            if (a.has("json")) {
                nlohmann::ordered_json j = {{"file", path}, {"flow", f.id}, {"l4", f.l4Name()}, {"client", f.clientText()},
                                            {"server", f.serverText()}};
                if (f.vlan) j["vlan"] = f.vlan;
                j["packets"] = f.packets;
                j["bytes"] = f.bytes;
                j["first_time"] = f.firstTime;
                j["last_time"] = f.lastTime;
                if (!label.empty()) j["label"] = label;
                std::cout << j.dump() << "\n";
            } else {
                std::printf("%6u %-6s %-45s %-45s %7llu pkts %10llu B %.6f-%.6f %s\n", f.id, f.l4Name().c_str(),
                            f.clientText().c_str(), f.serverText().c_str(), static_cast<unsigned long long>(f.packets),
                            static_cast<unsigned long long>(f.bytes), f.firstTime, f.lastTime, label.c_str());
            }
        }
        std::fprintf(stderr, "%s: %zu packets, %zu flows, link type %s\n", path.c_str(), cap.packets.size(),
                     cap.flows.size(), cap.linkTypeName.c_str());
    }
    if (a.positional.size() > 1) std::fprintf(stderr, "%zu files decoded, %zu rejected\n", files, rejected);
    if (labels)
        std::fprintf(stderr, "labels: %zu of %zu TCP/UDP label rows matched a flow (%.2f %%)\n", matched, rows,
                     rows ? 100.0 * static_cast<double>(matched) / static_cast<double>(rows) : 0.0);
    return status;
}

// Field map of one packet, like tshark -V, with the field groups.
int cmdInspect(const Args& a) {
    if (a.positional.size() != 1 || !a.has("packet")) throw std::invalid_argument("inspect needs CAPTURE and --packet K");
    const long k = a.number("packet", 1);
    if (k < 1) throw std::invalid_argument("--packet counts from 1");
    capture::Reader reader(a.positional.front());
    if (!decode::Decoder::supportsLinkType(reader.linkType()))
        throw capture::CaptureError(a.positional.front() + ": unsupported link type " + reader.linkTypeName());
    capture::RawPacket raw;
    for (long i = 1; i <= k; ++i) {
        if (!reader.next(raw)) {
            std::cerr << "whyflow-cli: " << a.positional.front() << ": the capture has only " << i - 1 << " packets"
                      << (reader.problem().empty() ? "" : " (" + reader.problem() + ")") << "\n";
            return 2;  // an argument out of range, as --flow beyond the flows
        }
    }
    decode::Decoder decoder(reader.linkType());
    decode::DecodedPacket pkt;
    decoder.decode(raw.data, raw.caplen, pkt);
    std::printf("Frame %ld: %u bytes on wire, %u captured, link type %s\n", k, raw.wireLength, raw.caplen,
                reader.linkTypeName().c_str());
    std::printf("Info: %s\n", decode::infoText(pkt, raw.data, raw.caplen).c_str());
    if (!pkt.problem.empty()) std::printf("Problem: %s\n", pkt.problem.c_str());
    std::printf("%-26s %6s %6s  %-14s %s\n", "field", "offset", "length", "group", "value");
    for (const FieldSpan& s : pkt.spans) {
        const FieldInfo& fi = fieldInfo(s.field);
        const FieldGroup g = s.tunnel ? FieldGroup::Tunnel : fi.group;
        std::printf("%-26s %6u %6u  %-14s %s\n", std::string(fi.name).c_str(), s.offset, s.length,
                    std::string(groupName(g)).c_str(), decode::fieldValueText(s, raw.data, raw.caplen, pkt.ipVersion).c_str());
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::signal(SIGINT, onSigint);
    try {
        Args a = parse(argc, argv);
        if (a.command == "--version" || a.command == "version") {
            std::printf("whyflow-cli %s\n", WHYFLOW_VERSION);
            return 0;
        }
        if (a.command.empty() || a.command == "--help" || a.command == "-h" || a.command == "help" || a.has("help")) {
            std::fputs(kUsage, a.command.empty() ? stderr : stdout);
            return a.command.empty() ? 2 : 0;
        }
        if (a.command == "train") return cmdTrain(a);
        if (a.command == "classify") return cmdClassify(a);
        if (a.command == "eval") return cmdEval(a);
        if (a.command == "importance") return cmdImportance(a);
        if (a.command == "label") return cmdLabel(a);
        if (a.command == "explain") return cli::cmdExplain(a, g_cancel);
        if (a.command == "export-dataset") return cmdExportDataset(a);
        if (a.command == "experiment") return cmdExperiment(a, g_cancel);
        if (a.command == "compare") return cli::cmdCompare(a, g_cancel);
        if (a.command == "flows") return cmdFlows(a);
        if (a.command == "inspect") return cmdInspect(a);
        std::cerr << "whyflow-cli: unknown command '" << a.command << "'\n" << kUsage;
        return 2;
    } catch (const std::invalid_argument& e) {
        std::cerr << "whyflow-cli: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "whyflow-cli: " << e.what() << "\n";
        return 1;
    }
}
