// SPDX-License-Identifier: GPL-3.0-or-later
#include "workqueuemodel.h"

#include "core/session/desksession.h"
#include "ui/itemroles.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace CivicDesk {
namespace {

QString duration(qint64 ms)
{
    const qint64 minutes = std::llabs(ms) / 60000;
    QString text = minutes >= 24 * 60 ? WorkQueueModel::tr("%1 d %2 h").arg(minutes / 1440).arg(minutes % 1440 / 60)
        : minutes >= 60              ? WorkQueueModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                     : WorkQueueModel::tr("%1 min").arg(minutes);
    return ms < 0 ? WorkQueueModel::tr("%1 late").arg(text) : text;
}

} // namespace

WorkQueueModel::WorkQueueModel(DeskSession &desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
    , m_query(desk.db())
{
}

void WorkQueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    const qint64 now = m_desk.clock()();
    // The first page comes with the reset: a view never sees an empty queue in between.
    const QList<QueueRow> first = m_query.page(m_filter, m_sort, nullptr, pageSize, now);
    beginResetModel();
    m_rows = first;
    m_deadlines.clear();
    m_exhausted = first.size() < pageSize;
    m_total = m_query.count(m_filter, now);
    // Views (and the model tester) ask for more while the reset is announced: the page is already here.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

void WorkQueueModel::setSort(QueueSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    setFilter(m_filter);
}

void WorkQueueModel::sort(int column, Qt::SortOrder)
{
    setSort(column == DeadlineColumn ? QueueSort::Deadline : column == AgeColumn ? QueueSort::Age : QueueSort::Priority);
}

void WorkQueueModel::reload()
{
    const int keep = std::max<int>(pageSize, int(m_rows.size()));
    const qint64 now = m_desk.clock()();
    QList<QueueRow> rows = m_query.page(m_filter, m_sort, nullptr, keep, now);
    beginResetModel();
    m_rows = rows;
    m_exhausted = rows.size() < keep;
    m_scores.clear();
    m_deadlines.clear();
    m_total = m_query.count(m_filter, now);
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

int WorkQueueModel::rowOf(const QString &requestId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == requestId)
            return i;
    return -1;
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorkQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void WorkQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_fetching)
        return;
    m_fetching = true;
    const QList<QueueRow> page = m_query.page(m_filter, m_sort, m_rows.isEmpty() ? nullptr : &m_rows.back(), pageSize, m_desk.clock()());
    if (page.size() < pageSize)
        m_exhausted = true;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    m_fetching = false;
}

QString WorkQueueModel::typeName(const QString &id) const
{
    auto it = m_typeNames.constFind(id);
    if (it != m_typeNames.cend())
        return *it;
    const ServiceType *t = m_desk.workflow().type(id);
    return *m_typeNames.insert(id, t ? t->name.best(m_desk.uiLanguage()) : id);
}

DeadlineInfo WorkQueueModel::deadline(const QueueRow &r) const
{
    // Working time is counted day by day on the calendar: once per row and reload, not at every repaint.
    auto it = m_deadlines.constFind(r.id);
    if (it != m_deadlines.cend())
        return *it;
    ServiceRequest sr;
    sr.status = r.status;
    sr.dueAt = r.dueAt;
    sr.createdAt = r.createdAt;
    WorkState w;
    w.targetMs = r.targetMs;
    w.holdRemainingMs = r.holdRemainingMs;
    return *m_deadlines.insert(r.id, m_desk.workflow().deadline(sr, w, m_desk.clock()()));
}

QString WorkQueueModel::reporterScore(const QString &citizenId) const
{
    if (citizenId.isEmpty())
        return {};
    auto it = m_scores.constFind(citizenId);
    if (it != m_scores.cend())
        return *it;
    const std::optional<double> score = CitizenProfileService::accuracyScore(RequestRepository(m_desk.db()).accuracyRatingsOf(citizenId));
    return *m_scores.insert(citizenId, score ? QStringLiteral("%1 %").arg(qRound(*score)) : QString());
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueueRow &r = m_rows.at(index.row());
    const qint64 now = m_desk.clock()();
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PriorityColumn: return (r.emergency ? QStringLiteral("⚠ ") : QString()) + displayName(Priority(std::clamp(r.priority, 1, 5)));
        case DeadlineColumn: {
            const DeadlineInfo d = deadline(r);
            QString text = displayName(d.state);
            if (d.state == DeadlineState::OnTrack || d.state == DeadlineState::AtRisk || d.state == DeadlineState::Breached || d.state == DeadlineState::Paused)
                text += QStringLiteral(" · ") + duration(d.workingMsLeft);
            if (r.escalationLevel > 0)
                text += QStringLiteral(" · ") + tr("escalated %1×").arg(r.escalationLevel);
            return text;
        }
        case AgeColumn: return duration(now - r.createdAt);
        case TypeColumn: return typeName(r.typeId) + (r.recurrence ? tr(" (recurring)") : QString());
        case AddressColumn: return r.address;
        case ReportersColumn: return r.reporters;
        case StatusColumn: return displayName(r.status);
        case TrackingColumn: return r.trackingNumber;
        case ReporterScoreColumn: return reporterScore(r.citizenId);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == DeadlineColumn) {
        if (r.status != RequestStatus::OnHold && r.dueAt > 0 && r.dueAt <= now)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (r.escalationLevel >= 1 || (r.nextEscalationAt > 0 && r.nextEscalationAt <= now))
            return QBrush(QColor(0x8a, 0x5a, 0x00));
    }
    if (role == Qt::FontRole && (r.emergency || r.priority >= 4) && index.column() == PriorityColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case PriorityColumn: return r.priority;
        case DeadlineColumn: return r.dueAt;
        case AgeColumn: return r.createdAt;
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn: return tr("Priority");
    case DeadlineColumn: return tr("Deadline · time left");
    case AgeColumn: return tr("Age");
    case TypeColumn: return tr("Type");
    case AddressColumn: return tr("Address");
    case ReportersColumn: return tr("Reporters");
    case StatusColumn: return tr("Status");
    case TrackingColumn: return tr("Tracking no.");
    case ReporterScoreColumn: return tr("Reporter accuracy");
    default: return {};
    }
}

} // namespace CivicDesk
