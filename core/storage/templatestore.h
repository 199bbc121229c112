// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/messagetemplate.h"
#include "core/util/result.h"

#include <QList>

#include <optional>

namespace CivicDesk {

class Database;

/// The message templates a municipality wrote (synced: every desk and the server queue messages in the same
/// words). One row per event, language and channel; no row: CivicDesk's own words.
class TemplateStore
{
public:
    explicit TemplateStore(Database &db) : m_db(db) {}

    std::optional<MessageTemplate> get(const QString &event, const QString &language, const QString &channel) const;
    /// Every template written, by event, language and channel.
    QList<MessageTemplate> all() const;
    /// Writes @p t (custom) for @p tenantId in place of the one there (the caller holds the transaction).
    Status save(const QString &tenantId, const MessageTemplate &t);
    /// Removes the template of @p event, @p language and @p channel: CivicDesk's own words again.
    Status remove(const QString &event, const QString &language, const QString &channel);

    /// The row id of a template: the same on every desk for the same event, language and channel.
    static QString idOf(const QString &event, const QString &language, const QString &channel);

private:
    Database &m_db;
};

} // namespace CivicDesk
