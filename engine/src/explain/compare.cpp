#include "whyflow/compare.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>

namespace whyflow::explain {

namespace {

// A decision "rests on" site-dependent groups when they hold more than this share.
constexpr double kSiteRests = 0.5;
// An accuracy drop of at least this much (against the model's own test split) is large.
constexpr double kLargeDrop = 0.10;

std::string percent(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.1f %%", 100 * v);
    return b;
}

std::string fixed(double v, int digits) {
    char b[32];
    std::snprintf(b, sizeof b, "%.*f", digits, v);
    return b;
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

std::string latexText(std::string_view s) {
    std::string out;
    for (char ch : s) {
        switch (ch) {
        case '_': case '%': case '&': case '#': case '$': case '{': case '}':
            out += '\\';
            out += ch;
            break;
        case '~': out += "\\textasciitilde{}"; break;
        case '^': out += "\\textasciicircum{}"; break;
        case '\\': out += "\\textbackslash{}"; break;
        default: out += ch;
        }
    }
    return out;
}

// a group's share of the positive probability drops
double occlusionShare(const ImportanceReport& r, int g) {
    double all = 0;
    for (const std::string& name : r.groups) {
        FieldGroup fg;
        if (parseGroupName(name, fg)) all += std::max(0.0, r.meanDrop[static_cast<int>(fg)]);
    }
    return all > 0 ? std::max(0.0, r.meanDrop[g]) / all : 0;
}

bool sees(const ComparedModel& m, int g) {
    return std::find(m.byZero.groups.begin(), m.byZero.groups.end(), groupName(static_cast<FieldGroup>(g))) !=
           m.byZero.groups.end();
}

std::string attentionSite(const ComparedModel& m) {
    return m.byZero.hasAttention ? percent(siteDependentShare(m.byZero.meanAttention)) : "n/a";
}

}  // namespace

bool Comparison::disagree(size_t flow) const {
    for (size_t m = 1; m < models.size(); ++m)
        if (models[m].predictedName(flow) != models[0].predictedName(flow)) return true;
    return false;
}

std::vector<FieldGroup> comparedGroups(const Comparison& c) {
    std::vector<FieldGroup> out;
    for (int g = 0; g < kGroupCount; ++g)
        for (const auto& m : c.models)
            if (sees(m, g)) {
                out.push_back(static_cast<FieldGroup>(g));
                break;
            }
    return out;
}

Comparison compareModels(const std::vector<const models::Model*>& models, const std::vector<std::string>& names,
                         const std::vector<const dataset::Dataset*>& data, uint64_t seed,
                         const std::function<void(const std::string&)>& progress) {
    if (models.empty() || models.size() != names.size() || models.size() != data.size())
        throw std::invalid_argument("compare needs one data set per model");
    auto say = [&](const std::string& s) {
        if (progress) progress(s);
    };
    Comparison c;
    c.data = data[0]->description;
    // the flows of the first data set that every other one holds too, matched by capture and flow
    std::vector<std::map<std::pair<std::string, uint32_t>, size_t>> where(data.size());
    for (size_t d = 1; d < data.size(); ++d)
        for (size_t i = 0; i < data[d]->samples.size(); ++i)
            where[d].emplace(std::pair{data[d]->samples[i].source, data[d]->samples[i].flowId}, i);
    std::vector<std::vector<size_t>> idx(data.size());
    for (size_t i = 0; i < data[0]->samples.size(); ++i) {
        const auto& s = data[0]->samples[i];
        if (s.label < 0) continue;
        std::vector<size_t> at = {i};
        for (size_t d = 1; d < data.size(); ++d) {
            auto it = where[d].find({s.source, s.flowId});
            if (it == where[d].end()) break;
            at.push_back(it->second);
        }
        if (at.size() != data.size()) continue;
        for (size_t d = 0; d < data.size(); ++d) idx[d].push_back(at[d]);
        c.flows.push_back({s.source, s.flowId, data[0]->classes[static_cast<size_t>(s.label)]});
    }
    if (c.flows.empty()) throw std::invalid_argument(c.data + ": no labelled flow is common to the data of every model");

    for (size_t m = 0; m < models.size(); ++m) {
        const auto& info = models[m]->info();
        ComparedModel cm;
        cm.name = names[m];
        cm.kind = info.kind;
        cm.preset = info.preset.name();
        cm.classes = info.classes;
        cm.ownTestAccuracy = info.testAccuracy;
        std::vector<int> truth;
        for (const auto& f : c.flows) {
            auto it = std::find(cm.classes.begin(), cm.classes.end(), f.truth);
            if (it == cm.classes.end())
                throw std::invalid_argument(cm.name + " does not know the class '" + f.truth + "' of " + c.data);
            truth.push_back(static_cast<int>(it - cm.classes.begin()));
        }
        say(cm.name + ": " + std::to_string(c.flows.size()) + " flows, occlusion by " +
            (info.kind == "c45" || info.kind == "knn" ? "training means" : "zeros"));
        cm.byZero = occlusion(*models[m], *data[m], Blanking::Zero, seed, idx[m]);
        say(cm.name + ": occlusion by swaps");
        cm.bySwap = occlusion(*models[m], *data[m], Blanking::Swap, seed, idx[m], false);
        for (const auto& f : cm.byZero.flows) {
            cm.predicted.push_back(f.predicted);
            cm.confidence.push_back(static_cast<float>(f.probability));
        }
        cm.report = metrics::evaluate(cm.classes, truth, cm.predicted);
        c.models.push_back(std::move(cm));
    }

    for (size_t i = 0; i < c.flows.size(); ++i) c.allAgree += !c.disagree(i);
    for (size_t a = 0; a < c.models.size(); ++a) {
        for (size_t b = a + 1; b < c.models.size(); ++b) {
            Agreement g;
            g.a = a;
            g.b = b;
            for (size_t i = 0; i < c.flows.size(); ++i) {
                const std::string pa = c.models[a].predictedName(i), pb = c.models[b].predictedName(i);
                const bool ra = pa == c.flows[i].truth, rb = pb == c.flows[i].truth;
                g.agree += pa == pb;
                g.bothRight += ra && rb;
                g.onlyA += ra && !rb;
                g.onlyB += !ra && rb;
                g.bothWrong += !ra && !rb;
            }
            c.pairs.push_back(g);
        }
    }
    return c;
}

std::vector<std::string> Comparison::verdicts() const {
    std::vector<std::string> out;
    for (const auto& m : models) {
        std::string s = m.name + " (" + m.kind + ", " + m.preset + "): accuracy " + percent(m.report.accuracy);
        const bool known = m.ownTestAccuracy >= 0;
        if (known)
            s += " here against " + percent(m.ownTestAccuracy) + " on its own test split (" +
                 (std::abs(m.accuracyDrop()) < 0.0005 ? "±" : m.accuracyDrop() > 0 ? "-" : "+") +
                 fixed(100 * std::abs(m.accuracyDrop()), 1) + " points)";
        s += ". Site-dependent groups hold ";
        const double att = m.byZero.hasAttention ? siteDependentShare(m.byZero.meanAttention) : -1;
        if (att >= 0) s += percent(att) + " of its attention and ";
        s += percent(m.byZero.siteDependentDrop) + " / " + percent(m.bySwap.siteDependentDrop) +
             " of its occlusion drop (" + (m.kind == "c45" || m.kind == "knn" ? "means" : "zeros") + " / swaps). ";
        const bool siteRests = std::max(m.byZero.siteDependentDrop, m.bySwap.siteDependentDrop) > kSiteRests || att > kSiteRests;
        const bool largeDrop = known && m.accuracyDrop() >= kLargeDrop;
        if (!known)
            s += siteRests ? "Its decision rests on site-dependent groups; the model file holds no test accuracy to compare with."
                           : "Its decision rests on well-known groups; the model file holds no test accuracy to compare with.";
        else if (siteRests && largeDrop)
            s += "It rests on site artifacts and lost much accuracy: consistent with shortcut learning.";
        else if (siteRests)
            s += "It rests on site-dependent groups yet kept its accuracy: those header values carry over to this data.";
        else if (largeDrop)
            s += "It rests on well-known groups yet lost much accuracy: the shift lies in those groups, not in site artifacts.";
        else
            s += "It rests on well-known groups and kept its accuracy.";
        if (att >= 0) {
            const double occ = std::max(m.byZero.siteDependentDrop, m.bySwap.siteDependentDrop);
            if (std::abs(att - occ) > 0.3)
                s += " Attention and occlusion disagree (site-dependent share " + percent(att) + " against " + percent(occ) +
                     "): attention alone would mislead here.";
            s += " Spearman(attention, occlusion) over the groups: " + fixed(m.byZero.spearmanDataset, 2) + ".";
        }
        out.push_back(s);
    }
    return out;
}

std::string Comparison::markdown() const {
    std::ostringstream o;
    o << "# Model comparison\n\nData: " << data << ", " << flows.size() << " labelled flows common to every model.\n\n";
    o << "| model | kind | preset | accuracy | macro-F1 | own test accuracy | drop | site-dependent (attention) | "
         "site-dependent (occlusion, zeros/means) | site-dependent (occlusion, swaps) |\n";
    o << "|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto& m : models) {
        o << "| " << m.name << " | " << m.kind << " | " << m.preset << " | " << percent(m.report.accuracy) << " | "
          << fixed(m.report.macroF1, 3) << " | " << (m.ownTestAccuracy >= 0 ? percent(m.ownTestAccuracy) : "n/a") << " | "
          << (m.ownTestAccuracy >= 0 ? fixed(100 * m.accuracyDrop(), 1) + " pt" : "n/a") << " | " << attentionSite(m) << " | "
          << percent(m.byZero.siteDependentDrop) << " | " << percent(m.bySwap.siteDependentDrop) << " |\n";
    }
    o << "\n## What each decision rested on\n\n";
    for (const auto& v : verdicts()) o << "- " << v << "\n";
    o << "\n## Field groups\n\nShare of the decision per group: attention (HAN), and each group's share of the "
         "summed probability drop when it is blanked (zeros or training means / swaps from other flows).\n\n| group | kind |";
    for (const auto& m : models) o << " " << m.name << " attention | " << m.name << " occlusion | " << m.name << " swaps |";
    o << "\n|---|---|";
    for (size_t m = 0; m < models.size(); ++m) o << "---:|---:|---:|";
    o << "\n";
    for (FieldGroup g : comparedGroups(*this)) {
        const int k = static_cast<int>(g);
        o << "| " << groupName(g) << " | " << (groupKind(g) == GroupKind::SiteDependent ? "site-dependent" : "well-known") << " |";
        for (const auto& m : models) {
            if (!sees(m, k)) {
                o << " hidden | hidden | hidden |";
                continue;
            }
            o << " " << (m.byZero.hasAttention ? percent(m.byZero.meanAttention[k]) : "n/a") << " | "
              << percent(occlusionShare(m.byZero, k)) << " | " << percent(occlusionShare(m.bySwap, k)) << " |";
        }
        o << "\n";
    }
    o << "\n## Agreement\n\n";
    if (models.size() > 1)
        o << "All " << models.size() << " models predict the same class for " << allAgree << " of " << flows.size() << " flows ("
          << percent(static_cast<double>(allAgree) / static_cast<double>(flows.size())) << ").\n\n";
    for (const auto& p : pairs) {
        const double n = static_cast<double>(flows.size());
        o << "- " << models[p.a].name << " vs " << models[p.b].name << ": agree on " << percent(p.agree / n) << "; both right "
          << percent(p.bothRight / n) << ", only " << models[p.a].name << " right " << percent(p.onlyA / n) << ", only "
          << models[p.b].name << " right " << percent(p.onlyB / n) << ", both wrong " << percent(p.bothWrong / n) << ".\n";
    }
    if (models.size() > 1) {
        // where they disagree, by true class
        std::map<std::string, std::pair<size_t, size_t>> byClass;  // class -> (disagreements, flows)
        for (size_t i = 0; i < flows.size(); ++i) {
            auto& e = byClass[flows[i].truth];
            e.first += disagree(i);
            ++e.second;
        }
        o << "\nDisagreements by true class:\n\n| class | flows | models disagree |\n|---|---:|---:|\n";
        for (const auto& [cls, e] : byClass) o << "| " << cls << " | " << e.second << " | " << e.first << " |\n";
        o << "\nEvery flow on which the models disagree is listed in disagreements.csv.\n";
    }
    return o.str();
}

std::string Comparison::modelsCsv() const {
    std::ostringstream o;
    o << "model,kind,preset,flows,accuracy,macro_f1,own_test_accuracy,accuracy_drop,site_share_attention,"
         "site_share_occlusion_zero,site_share_occlusion_swap,spearman_attention_occlusion\n";
    for (const auto& m : models) {
        o << csvField(m.name) << "," << m.kind << "," << m.preset << "," << flows.size() << "," << fixed(m.report.accuracy, 4) << ","
          << fixed(m.report.macroF1, 4) << "," << (m.ownTestAccuracy >= 0 ? fixed(m.ownTestAccuracy, 4) : "") << ","
          << (m.ownTestAccuracy >= 0 ? fixed(m.accuracyDrop(), 4) : "") << ","
          << (m.byZero.hasAttention ? fixed(siteDependentShare(m.byZero.meanAttention), 4) : "") << ","
          << fixed(m.byZero.siteDependentDrop, 4) << "," << fixed(m.bySwap.siteDependentDrop, 4) << ","
          << (m.byZero.hasAttention ? fixed(m.byZero.spearmanDataset, 4) : "") << "\n";
    }
    return o.str();
}

std::string Comparison::modelsLatex() const {
    std::ostringstream o;
    o << "% whyflow-cli compare: " << latexText(data) << "\n\\begin{tabular}{lllrrrrrrr}\n\\toprule\n"
      << "Model & Kind & Preset & Acc. & Macro-F1 & Own test acc. & Drop (pt) & Site (att.) & Site (occ., zero) & Site (occ., swap) \\\\\n"
      << "\\midrule\n";
    auto pc = [](double v) { return fixed(100 * v, 1); };
    for (const auto& m : models) {
        o << latexText(m.name) << " & " << latexText(m.kind) << " & " << latexText(m.preset) << " & " << pc(m.report.accuracy)
          << " & " << fixed(m.report.macroF1, 3) << " & " << (m.ownTestAccuracy >= 0 ? pc(m.ownTestAccuracy) : "--") << " & "
          << (m.ownTestAccuracy >= 0 ? pc(m.accuracyDrop()) : "--") << " & "
          << (m.byZero.hasAttention ? pc(siteDependentShare(m.byZero.meanAttention)) : "--") << " & "
          << pc(m.byZero.siteDependentDrop) << " & " << pc(m.bySwap.siteDependentDrop) << " \\\\\n";
    }
    o << "\\bottomrule\n\\end{tabular}\n";
    return o.str();
}

std::string Comparison::groupsCsv() const {
    std::ostringstream o;
    o << "group,kind,model,attention_share,occlusion_share_zero,occlusion_share_swap,mean_drop_zero,mean_drop_swap,"
         "flip_rate_zero,flip_rate_swap,accuracy_change_zero,accuracy_change_swap\n";
    for (FieldGroup g : comparedGroups(*this)) {
        const int k = static_cast<int>(g);
        for (const auto& m : models) {
            if (!sees(m, k)) continue;
            o << groupName(g) << "," << (groupKind(g) == GroupKind::SiteDependent ? "site-dependent" : "well-known") << ","
              << csvField(m.name) << "," << (m.byZero.hasAttention ? fixed(m.byZero.meanAttention[k], 4) : "") << ","
              << fixed(occlusionShare(m.byZero, k), 4) << "," << fixed(occlusionShare(m.bySwap, k), 4) << ","
              << fixed(m.byZero.meanDrop[k], 4) << "," << fixed(m.bySwap.meanDrop[k], 4) << "," << fixed(m.byZero.flipRate[k], 4)
              << "," << fixed(m.bySwap.flipRate[k], 4) << "," << fixed(m.byZero.accuracyChange[k], 4) << ","
              << fixed(m.bySwap.accuracyChange[k], 4) << "\n";
        }
    }
    return o.str();
}

std::string Comparison::groupsLatex() const {
    std::ostringstream o;
    o << "% whyflow-cli compare: share of the decision per field group (attention; occlusion by zeros/means; by swaps)\n"
      << "\\begin{tabular}{l";
    for (size_t m = 0; m < models.size(); ++m) o << "rrr";
    o << "}\n\\toprule\n";
    for (const auto& m : models) o << " & \\multicolumn{3}{c}{" << latexText(m.name) << "}";
    o << " \\\\\n";
    for (size_t m = 0; m < models.size(); ++m)
        o << "\\cmidrule(lr){" << 2 + 3 * m << "-" << 4 + 3 * m << "}";
    o << "\nGroup";
    for (size_t m = 0; m < models.size(); ++m) o << " & Att. & Occ. & Swap";
    o << " \\\\\n\\midrule\n";
    for (FieldGroup g : comparedGroups(*this)) {
        const int k = static_cast<int>(g);
        o << latexText(groupName(g)) << (groupKind(g) == GroupKind::SiteDependent ? "$^\\dagger$" : "");
        for (const auto& m : models) {
            if (!sees(m, k)) {
                o << " & -- & -- & --";
                continue;
            }
            o << " & " << (m.byZero.hasAttention ? fixed(100 * m.byZero.meanAttention[k], 1) : "--") << " & "
              << fixed(100 * occlusionShare(m.byZero, k), 1) << " & " << fixed(100 * occlusionShare(m.bySwap, k), 1);
        }
        o << " \\\\\n";
    }
    o << "\\bottomrule\n\\multicolumn{" << 1 + 3 * models.size() << "}{l}{\\footnotesize $^\\dagger$ site-dependent group; "
      << "values in \\%}\n\\end{tabular}\n";
    return o.str();
}

std::string Comparison::disagreementsCsv() const {
    std::ostringstream o;
    o << "capture,flow,true";
    for (const auto& m : models) o << "," << csvField(m.name + " predicted") << "," << csvField(m.name + " confidence");
    o << "\n";
    for (size_t i = 0; i < flows.size(); ++i) {
        if (!disagree(i)) continue;
        o << csvField(flows[i].source) << "," << flows[i].flowId << "," << csvField(flows[i].truth);
        for (const auto& m : models) o << "," << csvField(m.predictedName(i)) << "," << fixed(m.confidence[i], 4);
        o << "\n";
    }
    return o.str();
}

std::string Comparison::json() const {
    nlohmann::ordered_json j;
    j["data"] = data;
    j["flows"] = flows.size();
    j["all_agree"] = allAgree;
    nlohmann::ordered_json ms = nlohmann::ordered_json::array();
    const auto verdict = verdicts();
    for (size_t i = 0; i < models.size(); ++i) {
        const auto& m = models[i];
        nlohmann::ordered_json e;
        e["name"] = m.name;
        e["kind"] = m.kind;
        e["preset"] = m.preset;
        e["accuracy"] = m.report.accuracy;
        e["macro_f1"] = m.report.macroF1;
        if (m.ownTestAccuracy >= 0) {
            e["own_test_accuracy"] = m.ownTestAccuracy;
            e["accuracy_drop"] = m.accuracyDrop();
        }
        if (m.byZero.hasAttention) {
            e["site_share_attention"] = siteDependentShare(m.byZero.meanAttention);
            e["spearman_attention_occlusion"] = m.byZero.spearmanDataset;
            e["deletion_curve"] = {{"by_attention", m.byZero.deletionByAttention}, {"random", m.byZero.deletionRandom}};
        }
        e["site_share_occlusion_zero"] = m.byZero.siteDependentDrop;
        e["site_share_occlusion_swap"] = m.bySwap.siteDependentDrop;
        nlohmann::ordered_json groups = nlohmann::ordered_json::object();
        for (FieldGroup g : comparedGroups(*this)) {
            const int k = static_cast<int>(g);
            if (!sees(m, k)) continue;
            nlohmann::ordered_json ge = {{"occlusion_share_zero", occlusionShare(m.byZero, k)},
                                         {"occlusion_share_swap", occlusionShare(m.bySwap, k)},
                                         {"flip_rate_zero", m.byZero.flipRate[k]},
                                         {"flip_rate_swap", m.bySwap.flipRate[k]}};
            if (m.byZero.hasAttention) ge["attention"] = m.byZero.meanAttention[k];
            groups[std::string(groupName(g))] = ge;
        }
        e["groups"] = groups;
        e["confusion"] = {{"classes", m.classes}, {"matrix", m.report.confusion}};
        e["verdict"] = verdict[i];
        ms.push_back(e);
    }
    j["models"] = ms;
    nlohmann::ordered_json ps = nlohmann::ordered_json::array();
    for (const auto& p : pairs)
        ps.push_back({{"a", models[p.a].name}, {"b", models[p.b].name}, {"agree", p.agree}, {"both_right", p.bothRight},
                      {"only_a_right", p.onlyA}, {"only_b_right", p.onlyB}, {"both_wrong", p.bothWrong}});
    j["pairs"] = ps;
    return j.dump(2);
}

}  // namespace whyflow::explain
