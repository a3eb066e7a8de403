#include "comparison_report.h"

#include <QDir>
#include <QPainter>
#include <QSaveFile>

#include "figure_export.h"

namespace whyflow::app {

namespace {

QString pct(double v) { return QString::number(100 * v, 'f', 1); }

constexpr double kMargin = 10;  // points

QString writeText(const QString& path, const std::string& text) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !f.commit())
        return QObject::tr("%1: cannot write (%2)").arg(path, f.errorString());
    return {};
}

}  // namespace

widgets::ComparisonFigure comparisonFigure(const explain::Comparison& c) {
    widgets::ComparisonFigure f;
    f.title = QObject::tr("Model comparison on %1 (%2 labelled flows)").arg(QString::fromStdString(c.data)).arg(c.flows.size());
    f.tableHeader = {QObject::tr("model"), QObject::tr("kind"), QObject::tr("preset"), QObject::tr("accuracy %"), QObject::tr("macro-F1"),
                     QObject::tr("own test %"), QObject::tr("drop (pt)"), QObject::tr("site % (attention)"),
                     QObject::tr("site % (occlusion)"), QObject::tr("site % (swaps)")};
    const auto groups = explain::comparedGroups(c);
    for (FieldGroup g : groups) {
        f.groups << QString::fromUtf8(groupLabel(g).data(), static_cast<int>(groupLabel(g).size()));
        f.siteDependent << (groupKind(g) == GroupKind::SiteDependent);
    }
    const auto notes = c.verdicts();
    for (size_t i = 0; i < c.models.size(); ++i) {
        const auto& m = c.models[i];
        const QString name = QString::fromStdString(m.name);
        f.models << name;
        f.notes << QString::fromStdString(notes[i]);
        f.tableRows.push_back({name, QString::fromStdString(m.kind), QString::fromStdString(m.preset), pct(m.report.accuracy),
                               QString::number(m.report.macroF1, 'f', 3),
                               m.ownTestAccuracy >= 0 ? pct(m.ownTestAccuracy) : QStringLiteral("–"),
                               m.ownTestAccuracy >= 0 ? pct(m.accuracyDrop()) : QStringLiteral("–"),
                               m.byZero.hasAttention ? pct(explain::siteDependentShare(m.byZero.meanAttention)) : QStringLiteral("–"),
                               pct(m.byZero.siteDependentDrop), pct(m.bySwap.siteDependentDrop)});
        QVector<double> occ, att;
        double positive = 0;
        for (FieldGroup g : groups) positive += std::max(0.0, m.byZero.meanDrop[static_cast<int>(g)]);
        for (FieldGroup g : groups) {
            const int k = static_cast<int>(g);
            const bool seen = std::find(m.byZero.groups.begin(), m.byZero.groups.end(), groupName(g)) != m.byZero.groups.end();
            occ << (seen ? (positive > 0 ? std::max(0.0, m.byZero.meanDrop[k]) / positive : 0.0) : -1.0);
            att << (seen && m.byZero.hasAttention ? m.byZero.meanAttention[k] : -1.0);
        }
        f.occlusion.push_back(occ);
        f.attention.push_back(att);
        widgets::ConfusionData cm;
        cm.title = QObject::tr("%1: %2 %").arg(name, pct(m.report.accuracy));
        for (const auto& cls : m.report.classes) cm.classes << QString::fromStdString(cls);
        for (const auto& row : m.report.confusion) cm.counts.push_back(QVector<int>(row.begin(), row.end()));
        f.confusion.push_back(cm);
    }
    return f;
}

QStringList writeComparison(const explain::Comparison& c, const QString& dir) {
    QStringList errors;
    if (!QDir().mkpath(dir)) return {QObject::tr("%1: cannot create the folder").arg(dir)};
    const QDir d(dir);
    const std::pair<const char*, std::string> texts[] = {
        {"report.md", c.markdown()},         {"report.json", c.json() + "\n"}, {"models.csv", c.modelsCsv()},
        {"models.tex", c.modelsLatex()},     {"groups.csv", c.groupsCsv()},    {"groups.tex", c.groupsLatex()},
        {"disagreements.csv", c.disagreementsCsv()}};
    for (const auto& [name, text] : texts) {
        const QString err = writeText(d.filePath(QString::fromLatin1(name)), text);
        if (!err.isEmpty()) errors << err;
    }
    const widgets::ComparisonFigure fig = comparisonFigure(c);
    // wide enough for the matrices side by side, as tall as what is drawn
    const double width = std::max(24.0, 10.0 * static_cast<double>(c.models.size()));
    const double height = (widgets::comparisonFigureHeight(width / 2.54 * 72 - 2 * kMargin, fig) + 2 * kMargin + 4) / 72 * 2.54;
    for (const char* ext : {"pdf", "png"}) {
        const QString err = widgets::exportFigure(d.filePath(QStringLiteral("report.") + QLatin1String(ext)), {width, height, 200},
                                                  [&](QPainter& p, double w, double h) {
                                                      p.translate(kMargin, kMargin);  // a margin all round
                                                      widgets::drawComparisonFigure(p, w - 2 * kMargin, h - 2 * kMargin, fig);
                                                  });
        if (!err.isEmpty()) errors << err;
    }
    return errors;
}

}  // namespace whyflow::app
