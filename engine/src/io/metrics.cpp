#include "whyflow/metrics.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace whyflow::metrics {

Report evaluate(const std::vector<std::string>& classes, const std::vector<int>& truth, const std::vector<int>& predicted) {
    if (truth.size() != predicted.size()) throw std::invalid_argument("truth and predictions differ in length");
    const int C = static_cast<int>(classes.size());
    Report r;
    r.classes = classes;
    r.flows = truth.size();
    r.confusion.assign(C, std::vector<int>(C, 0));
    std::vector<int> predictedCount(C, 0), correctCount(C, 0);
    size_t correct = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        const int t = truth[i], p = predicted[i];
        if (t < 0 || t >= C) throw std::invalid_argument("a true label is outside the classes");
        if (p >= 0 && p < C) {
            r.confusion[t][p]++;
            predictedCount[p]++;
        }
        if (p == t) {
            ++correct;
            correctCount[t]++;
        }
    }
    r.accuracy = r.flows ? static_cast<double>(correct) / static_cast<double>(r.flows) : 0;
    r.perClass.resize(C);
    double f1Sum = 0;
    int present = 0;
    for (int c = 0; c < C; ++c) {
        ClassScores& s = r.perClass[c];
        // flows predicted as nothing (-1) still count against recall
        s.support = static_cast<int>(std::count(truth.begin(), truth.end(), c));
        s.precision = predictedCount[c] ? static_cast<double>(correctCount[c]) / predictedCount[c] : 0;
        s.recall = s.support ? static_cast<double>(correctCount[c]) / s.support : 0;
        s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
        if (s.support > 0) {  // macro-F1 over the classes present in the data
            f1Sum += s.f1;
            ++present;
        }
    }
    r.macroF1 = present ? f1Sum / present : 0;
    return r;
}

std::string Report::toJson() const {
    nlohmann::ordered_json j;
    j["flows"] = flows;
    j["accuracy"] = accuracy;
    j["macro_f1"] = macroF1;
    nlohmann::ordered_json pc = nlohmann::ordered_json::object();
    for (size_t c = 0; c < classes.size(); ++c)
        pc[classes[c]] = {{"precision", perClass[c].precision},
                          {"recall", perClass[c].recall},
                          {"f1", perClass[c].f1},
                          {"support", perClass[c].support}};
    j["per_class"] = pc;
    j["classes"] = classes;
    j["confusion"] = confusion;
    return j.dump(2);
}

std::string Report::toTable() const {
    std::string out;
    char buf[256];
    std::snprintf(buf, sizeof buf, "flows %zu   accuracy %.4f   macro-F1 %.4f\n\n", flows, accuracy, macroF1);
    out += buf;
    size_t w = 5;
    for (const auto& c : classes) w = std::max(w, c.size());
    std::snprintf(buf, sizeof buf, "%-*s %9s %9s %9s %8s\n", static_cast<int>(w), "class", "precision", "recall", "F1", "flows");
    out += buf;
    for (size_t c = 0; c < classes.size(); ++c) {
        std::snprintf(buf, sizeof buf, "%-*s %9.4f %9.4f %9.4f %8d\n", static_cast<int>(w), classes[c].c_str(), perClass[c].precision,
                      perClass[c].recall, perClass[c].f1, perClass[c].support);
        out += buf;
    }
    out += "\nconfusion matrix (rows: true class, columns: predicted)\n";
    std::snprintf(buf, sizeof buf, "%-*s", static_cast<int>(w), "");
    out += buf;
    for (size_t c = 0; c < classes.size(); ++c) {
        std::snprintf(buf, sizeof buf, " %8.8s", classes[c].c_str());
        out += buf;
    }
    out += "\n";
    for (size_t t = 0; t < classes.size(); ++t) {
        std::snprintf(buf, sizeof buf, "%-*s", static_cast<int>(w), classes[t].c_str());
        out += buf;
        for (size_t p = 0; p < classes.size(); ++p) {
            std::snprintf(buf, sizeof buf, " %8d", confusion[t][p]);
            out += buf;
        }
        out += "\n";
    }
    return out;
}

}  // namespace whyflow::metrics
