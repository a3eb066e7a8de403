// Evaluation metrics: overall accuracy (correct / all, as the paper reports it), per-class
// precision, recall and F1, macro-F1 and the confusion matrix.
#pragma once

#include <string>
#include <vector>

namespace whyflow::metrics {

struct ClassScores {
    double precision = 0, recall = 0, f1 = 0;
    int support = 0;  // flows of this class
};

struct Report {
    std::vector<std::string> classes;
    size_t flows = 0;
    double accuracy = 0;
    double macroF1 = 0;
    std::vector<ClassScores> perClass;
    std::vector<std::vector<int>> confusion;  // [true][predicted]

    std::string toJson() const;
    std::string toTable() const;  // readable text for a terminal
};

// Labels are class indices; a prediction of -1 counts as wrong.
Report evaluate(const std::vector<std::string>& classes, const std::vector<int>& truth, const std::vector<int>& predicted);

}  // namespace whyflow::metrics
