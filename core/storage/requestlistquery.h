// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <QHash>
#include <QList>
#include <QString>

namespace CivicDesk {

class Database;

/// One line of a request list, with names resolved for display.
struct RequestListRow
{
    qint64 localId = 0;
    QString id;
    QString trackingNumber;
    qint64 createdAt = 0;
    QString typeName;
    RequestStatus status = RequestStatus::New;
    Priority priority = Priority::Normal;
    bool emergency = false;
    QString districtName;
    QString address;
    qint64 dueAt = 0;
};

/// Pages through requests, newest first, by keyset (created_at, localId): each page costs the same however
/// deep the list is scrolled, so a view can fetch lazily over millions of rows.
class RequestListQuery
{
public:
    RequestListQuery(Database &db, const QString &language);

    /// The next @p count rows after the last row of the previous page (or from the top).
    QList<RequestListRow> nextPage(int count);
    void restart();
    qint64 totalCount() const;

private:
    Database &m_db;
    QString m_language;
    QHash<QString, QString> m_typeNames;
    QHash<QString, QString> m_districtNames;
    qint64 m_lastCreated = 0;
    qint64 m_lastLocalId = 0;
    bool m_started = false;
};

} // namespace CivicDesk
