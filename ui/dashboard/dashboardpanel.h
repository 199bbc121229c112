// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/dashboard.h"
#include "core/storage/queuequery.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

class QChartView;
class QComboBox;
class QDateEdit;
class QBarSet;
class QLabel;

namespace CivicDesk {

class DeskSession;

/// The supervisor's dashboard: for a period, department, district and group of types, charts of what came in
/// (per channel over time), what is open (per status), per group and department, deadlines met, resolution
/// times, escalations, satisfaction, report accuracy, and the top types and districts. Clicking a bar or a
/// slice opens the work queue filtered by it. Figures come from the summary tables kept with every write, so a
/// refresh reads tens of thousands of rows, not millions of requests; it follows changes by itself.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    explicit DashboardPanel(DeskSession &desk, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    DashboardFilter filter() const;
    const DashboardData &data() const { return m_data; }
    /// Reads the figures again and redraws; returns the milliseconds it took.
    double refresh();

    QChartView *chart(const QString &name) const { return m_charts.value(name); }
    QLabel *summary() const { return m_summary; }
    const Headline &headline() const { return m_headline; }
    /// A headline tile's value and its comparison line ("received", "closed", "deadlines", "open", "overdue",
    /// "waiting", "calls", "callLength").
    QString tileValue(const QString &name) const;
    QString tileComparison(const QString &name) const;

    /// The top of a value axis from 0 for values up to @p max, and its number of ticks, at round steps.
    static std::pair<double, int> niceAxis(double max);
    /// Category labels short enough to be read whole: a first word most share dropped, long ones cut with "…"
    /// (the whole name is the bar's tooltip), and all of them different.
    static QStringList shortLabels(const QStringList &names, int maxChars = 22);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /// A bar or slice was clicked: show the queue with this filter.
    void openQueue(const QueueFilter &filter);

private:
    /// Tooltips with the whole name (the axis shows it shortened) and @p value of the bar under the pointer.
    void showWholeNames(const QList<QBarSet *> &sets, const QStringList &names, const std::function<QString(double)> &value);
    QChartView *addChart(const QString &name, const QString &title);
    void applyPreset(int index);
    void draw();
    QString nameOf(const QString &kind, const QString &id) const;

    DeskSession &m_desk;
    DashboardData m_data;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_department;
    QComboBox *m_district;
    QComboBox *m_group;
    QComboBox *m_granularity;
    QLabel *m_summary;
    struct Tile
    {
        QLabel *value = nullptr;
        QLabel *comparison = nullptr;
    };
    QHash<QString, Tile> m_tiles;
    Headline m_headline;
    /// A partial replica's scope start at the last refresh: calls and escalations are on the desk from then on.
    std::optional<qint64> m_rowsHeldSince;
    QHash<QString, QChartView *> m_charts;
    QHash<QString, QHash<QString, QString>> m_names; ///< kind → id → name
    bool m_loading = false;
    bool m_stale = false; ///< the filters or the data changed while hidden
};

} // namespace CivicDesk
