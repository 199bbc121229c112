// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/storage/reportquery.h"
#include "core/util/result.h"

#include <QDate>
#include <QIODevice>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace CivicDesk {

class Database;
struct DashboardData;
struct DashboardFilter;

enum class ReportKind { RequestList, PerType, PerDepartment, PerStatus, PerDistrict, DeadlineCompliance, Satisfaction, CrewWorkload };
QString toCode(ReportKind kind);
std::optional<ReportKind> reportKindFromCode(const QString &code);
QString displayName(ReportKind kind);
const QList<ReportKind> &allReportKinds();

/// What a report is run with; saved and reused as JSON.
struct ReportParameters
{
    ReportKind kind = ReportKind::RequestList;
    QDate from;
    QDate to;
    QString departmentId;
    QString typeId;
    QString districtId;
    std::optional<RequestStatus> status;
    std::optional<Channel> channel;
    int minPriority = 0;          ///< 0: any
    QString groupBy;              ///< request list: "department", "type", "status", "district" or empty
    QString sortBy = QStringLiteral("filed"); ///< request list: "filed", "deadline", "priority", "tracking"
    int limit = 10000;            ///< request list: most rows printed; 0: all

    QJsonObject toJson() const;
    static ReportParameters fromJson(const QJsonObject &json);
};

/// How a column reads: numbers are right-aligned and never wrapped, dates never wrapped, text may wrap.
enum class ColumnKind { Text, Number, Date };

/// A horizontal bar chart for a report's first page: one bar per label, made of stacked parts (one per series),
/// optionally with a marker (the previous period's value) drawn across it.
struct ReportChart
{
    struct Bar
    {
        QString label;
        QList<double> parts;
        std::optional<double> marker;
    };
    QString title;
    QStringList series;  ///< the parts' names, for the legend
    QString markerName;  ///< empty: no markers
    bool percent = false; ///< the parts are shares adding up to 100
    QList<Bar> bars;     ///< in the order drawn
    QString note;        ///< e.g. "The 12 departments with the most requests of 17."
    bool isEmpty() const { return bars.isEmpty(); }
    /// The colour of part @p part of the bars, "#RRGGBB", from the colour-blind-safe Okabe–Ito palette: for
    /// deadlines within green, late orange, open late vermilion; ratings from vermilion (1) to green (5);
    /// otherwise the palette in order.
    QString colour(qsizetype part) const;
};

/// A report as a table: groups of rows with subtotals, and totals; what it was run with.
struct ReportTable
{
    struct Group
    {
        QString name;
        QList<QStringList> rows;
        QStringList subtotal; ///< empty: no subtotal line
    };
    QString title;
    QStringList parameters; ///< "Period: …", "Department: …", in the report's language
    QStringList columns;
    QList<ColumnKind> columnKinds; ///< per column (missing: text)
    QStringList summary;           ///< the executive summary, a sentence per item, before the table
    ReportChart chart;             ///< drawn after the summary (empty: none)
    QList<Group> groups;
    QStringList total;
    qint64 rowCount = 0;
    qint64 matching = 0;    ///< rows that matched (more than rowCount when the list was cut at the limit)
    /// "The first 10,000 of 39,675 requests are listed." when a list was cut at its limit (every output says
    /// so: the PDF's head and last page, the CSV's last line, the HTML's top and bottom); empty otherwise.
    QString cutNote;
    bool isEmpty() const { return rowCount == 0 && groups.isEmpty(); }
};

/// Builds the parametric reports the supervisors print: request lists grouped by department, type, status or
/// district; figures per type, department, status and district; deadline compliance; satisfaction; crews'
/// workload. Periods that end before they start or span more than 20 years are refused with a message.
class ReportBuilder
{
public:
    ReportBuilder(Database &db, QString language, qint64 now);
    Result<ReportTable> build(const ReportParameters &parameters);
    /// A request list straight to CSV, a row at a time, with the same subtotals, totals and note as
    /// reportToCsv(build(…)) but without holding the rows: any length in bounded memory.
    struct Written
    {
        qint64 rows = 0, matching = 0;
        QString cutNote; ///< as ReportTable::cutNote
    };
    Result<Written> writeRequestListCsv(const ReportParameters &parameters, QIODevice &out);

private:
    Result<ReportTable> requestList(const ReportParameters &p, ReportTable t);
    Status checkPeriod(const ReportParameters &p) const;
    ReportTable headed(const ReportParameters &p) const;
    std::pair<qint64, qint64> span(const ReportParameters &p) const;
    QString groupName(const QString &groupBy, const QString &key) const;
    /// A request list's cells for one row, in the order of its columns.
    QStringList listCells(const ReportQuery::ListRow &row) const;
    ReportTable figures(const ReportParameters &p, ReportTable t);
    /// Resolution times of the requests closed in the period, per key of the report and in all ("\x01total").
    struct ExactTimes
    {
        QHash<QString, std::vector<qint64>> perKey;
        std::optional<double> of(const QString &key, double share) const; ///< hours, nearest rank
    };
    ExactTimes exactTimes(const ReportParameters &p, const QString &kindKey) const;
    void summarise(const ReportParameters &p, ReportTable &t, const DashboardData &now, const DashboardData &before,
                   const DashboardFilter &earlierPeriod, const QHash<QString, qint64> &previousReceived, const QString &kindKey,
                   const ExactTimes &exact);
    ReportTable perStatus(const ReportParameters &p, ReportTable t);
    ReportTable crewWorkload(const ReportParameters &p, ReportTable t);
    QString nameOf(const QString &kind, const QString &id) const;

    Database &m_db;
    QString m_language;
    qint64 m_now;
    QHash<QString, QHash<QString, QString>> m_names;
};

/// A report as JSON, as a server sends the report it made to a desk; reportFromJson() reads it back whole, or
/// refuses a garbled document (a missing or mistyped part) with a message, never a report with parts missing.
QJsonObject reportToJson(const ReportTable &table);
Result<ReportTable> reportFromJson(const QJsonObject &json);

/// RFC 4180 CSV of a report (UTF-8 with a byte-order mark so that spreadsheet programs read Greek right):
/// the parameters as comment-free header lines are left out; one line per row with its group, then the totals.
QByteArray reportToCsv(const ReportTable &table);
/// The report as HTML for printing: municipality, title, parameters, date and user, tables with subtotals.
QString reportToHtml(const ReportTable &table, const QString &municipality, const QString &user, const QString &printedAt,
                     const QString &officeLines = {});
/// Writes @p bytes to @p path completely or not at all (no partial file is left behind).
Status writeReportFile(const QString &path, const QByteArray &bytes);

} // namespace CivicDesk
