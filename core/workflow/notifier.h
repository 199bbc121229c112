// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/workflow/messagetemplates.h"
#include "core/util/result.h"

#include <QString>

namespace CivicDesk {

class Database;

/// Queues messages to citizens (confirmation, progress, survey) on the channel they agreed to — SMS to a
/// valid phone, else e-mail — in their language, in the words of the municipality's templates (TemplateBook);
/// sending them is the outbox's job.
class Notifier
{
public:
    using Kind = MessageTemplates::Event;

    Notifier(Database &db, Tenant tenant) : m_db(db), m_tenant(std::move(tenant)) {}

    /// Queues one message to @p citizenId about @p requestId (the caller holds the transaction); @p detail is the
    /// note written with the change ({reason}). Returns the channel used ("sms", "email"), or empty when the
    /// citizen agreed to none.
    Result<QString> queue(const QString &citizenId, const QString &requestId, Kind kind, const QString &detail,
                          const QString &actor, qint64 now);

    /// The text of an SMS in @p language (en, el, ro, it, ca, es; others get English): what the caller is told
    /// they will receive.
    QString text(Kind kind, const QString &language, const QString &trackingNumber, const QString &typeName, const QString &detail) const;

private:
    Database &m_db;
    Tenant m_tenant;
};

} // namespace CivicDesk
