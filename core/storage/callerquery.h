// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/storage/statement.h"

#include <QList>
#include <QStringList>
#include <QString>

namespace CivicDesk {

class Database;

/// A citizen whose record holds the number that is calling.
struct CallerMatch
{
    QString citizenId;
    QString name;
    CitizenKind kind = CitizenKind::Person;
    QString address;
    int requests = 0; ///< requests they filed or reported
};

/// Who may be calling: the citizens with a phone number, read on every call (its statements stay prepared).
class CallerQuery
{
public:
    explicit CallerQuery(Database &db);

    /// Up to @p limit citizens with the phone @p e164.
    QList<CallerMatch> withPhone(const QString &e164, int limit);
    /// Up to @p limit citizens with the e-mail address @p address (whatever its case).
    QList<CallerMatch> withEmail(const QString &address, int limit);

private:
    QList<CallerMatch> matches(const QStringList &ids);

    CachedStatement m_byPhone;
    CachedStatement m_citizen;
    CachedStatement m_requestCount;
    CachedStatement m_byEmail;
};

} // namespace CivicDesk
