// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/requestlistquery.h"

#include <QAbstractTableModel>

#include <memory>

namespace CivicDesk {

/// All requests, newest first, fetched page by page as the view scrolls (canFetchMore/fetchMore).
class RequestListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestListModel)

public:
    enum Column { TrackingColumn, CreatedColumn, TypeColumn, StatusColumn, PriorityColumn, DistrictColumn, AddressColumn, ColumnCount };
    static constexpr int pageSize = 200;

    RequestListModel(Database &db, const QString &language, QObject *parent = nullptr);
    ~RequestListModel() override;

    /// Drops what was fetched and starts again from the newest request.
    void reload();
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::unique_ptr<RequestListQuery> m_query;
    QList<RequestListRow> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = false;
    bool m_fetching = false; ///< a view or tester reacting to rowsInserted may ask again while we insert
};

} // namespace CivicDesk
