// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "ui/itemroles.h"

#include <QFont>

namespace CivicDesk {

SearchResultsModel::SearchResultsModel(SearchService &search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(search)
{
}

void SearchResultsModel::setQuery(const QString &text)
{
    m_query = text;
    beginResetModel();
    m_hits = text.trimmed().isEmpty() ? QList<SearchHit>() : m_search.search(text);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return h.kind == SearchHit::Kind::Citizen ? tr("Citizen") : tr("Request");
        case TitleColumn: return h.title;
        case DetailColumn: return h.detail;
        case WhyColumn: return h.why();
        }
        return {};
    case Qt::ToolTipRole:
        return h.why();
    case Qt::FontRole:
        if (index.column() == TitleColumn && h.score >= 95) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole: return h.id;
    case KindRole: return SearchHit::kindCode(h.kind);
    case ScoreRole: return h.score;
    default: return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case TitleColumn: return tr("Name or tracking number");
    case DetailColumn: return tr("Details");
    case WhyColumn: return tr("Matched by");
    }
    return {};
}

} // namespace CivicDesk
