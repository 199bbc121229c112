// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/util/result.h"

#include <QString>

namespace CivicDesk {

class Database;

/// Queues messages to citizens (confirmation, progress, survey) on the channel they agreed to — SMS to a
/// valid phone, else e-mail — in their language; sending them is a gateway's job.
class Notifier
{
public:
    enum class Kind { Confirmation, Linked, Resolved, Rejected, Closed, Survey };

    Notifier(Database &db, Tenant tenant) : m_db(db), m_tenant(std::move(tenant)) {}

    /// Queues one message to @p citizenId about @p requestId (the caller holds the transaction); returns the
    /// channel used ("sms", "email"), or empty when the citizen agreed to none.
    Result<QString> queue(const QString &citizenId, const QString &requestId, Kind kind, const QString &detail,
                          const QString &actor, qint64 now);

    /// The text of a message in @p language (en, el, ro, it, ca, es; others get English).
    QString text(Kind kind, const QString &language, const QString &trackingNumber, const QString &typeName, const QString &detail) const;

private:
    Database &m_db;
    Tenant m_tenant;
};

} // namespace CivicDesk
