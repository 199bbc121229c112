// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/searchservice.h"

#include <QAbstractTableModel>

namespace CivicDesk {

/// Ranked hits of the central search box: kind, name or tracking number, detail, why it matched.
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Column { KindColumn, TitleColumn, DetailColumn, WhyColumn, ColumnCount };

    SearchResultsModel(SearchService &search, QObject *parent = nullptr);

    /// Runs the search for @p text and replaces the rows.
    void setQuery(const QString &text);
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SearchService &m_search;
    QString m_query;
    QList<SearchHit> m_hits;
};

} // namespace CivicDesk
