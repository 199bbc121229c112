// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/engine.h"
#include "core/storage/queuequery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace CivicDesk {

class DeskSession;

/// A department's work queue: pending requests in the queue's order (priority, deadline or age), with their
/// deadline state and time left, fetched a page at a time as the view scrolls; never a full load.
class WorkQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkQueueModel)

public:
    enum Column { PriorityColumn, DeadlineColumn, AgeColumn, TypeColumn, AddressColumn, ReportersColumn, StatusColumn,
                  TrackingColumn, ReporterScoreColumn, ColumnCount };
    static constexpr int pageSize = 100;

    WorkQueueModel(DeskSession &desk, QObject *parent = nullptr);

    void setFilter(const QueueFilter &filter);
    QueueFilter filter() const { return m_filter; }
    void setSort(QueueSort sort);
    QueueSort sortOrder() const { return m_sort; }
    /// Reads the rows again, keeping as many as were loaded (after a change).
    void reload();
    qint64 totalCount() const { return m_total; }
    const QueueRow &row(int i) const { return m_rows.at(i); }
    int rowOf(const QString &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QString typeName(const QString &id) const;
    QString reporterScore(const QString &citizenId) const;
    DeadlineInfo deadline(const QueueRow &row) const;

    DeskSession &m_desk;
    WorkQueueQuery m_query;
    QueueFilter m_filter;
    QueueSort m_sort = QueueSort::Priority;
    QList<QueueRow> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = false;
    bool m_fetching = false;
    mutable QHash<QString, QString> m_typeNames;
    mutable QHash<QString, QString> m_scores;
    mutable QHash<QString, DeadlineInfo> m_deadlines; ///< by request id, until the next reload
};

} // namespace CivicDesk
