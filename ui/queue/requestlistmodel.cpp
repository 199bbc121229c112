// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlistmodel.h"
#include "core/text/datetext.h"

#include "ui/itemroles.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace CivicDesk {

RequestListModel::RequestListModel(Database &db, const QString &language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(std::make_unique<RequestListQuery>(db, language))
{
    m_total = m_query->totalCount();
}

RequestListModel::~RequestListModel() = default;

void RequestListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_query->restart();
    m_exhausted = false;
    m_total = m_query->totalCount();
    endResetModel();
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_fetching)
        return;
    m_fetching = true;
    const QList<RequestListRow> page = m_query->nextPage(pageSize);
    if (page.size() < pageSize)
        m_exhausted = true;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    m_fetching = false;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestListRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TrackingColumn: return r.trackingNumber;
        case CreatedColumn: return DateText::dateTime(r.createdAt);
        case TypeColumn: return r.typeName;
        case StatusColumn: return displayName(r.status);
        case PriorityColumn: return r.emergency ? tr("Emergency") : displayName(r.priority);
        case DistrictColumn: return r.districtName;
        case AddressColumn: return r.address;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PriorityColumn && (r.emergency || r.priority >= Priority::Urgent))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (r.emergency) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole: return r.id;
    case KindRole: return QStringLiteral("request");
    case SortRole:
        return index.column() == CreatedColumn ? QVariant(r.createdAt) : data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackingColumn: return tr("Tracking number");
    case CreatedColumn: return tr("Received");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    case DistrictColumn: return tr("District");
    case AddressColumn: return tr("Address");
    }
    return {};
}

} // namespace CivicDesk
