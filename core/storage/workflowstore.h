// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CivicDesk {

class Database;

/// What a municipality configured of its work: its business calendar and its workflows, each kept as the JSON
/// definition an administrator wrote (the workflow area reads and checks them).
class WorkflowStore
{
public:
    explicit WorkflowStore(Database &db) : m_db(db) {}

    struct CalendarRow
    {
        std::optional<QByteArray> definition; ///< none: the country's calendar applies
        QString country;                      ///< the municipality's country code
    };
    /// The calendar of this file's municipality; nothing when the file has no municipality yet.
    std::optional<CalendarRow> calendar() const;
    /// Writes the calendar (the caller holds the transaction).
    Status saveCalendar(const QByteArray &json, const QString &actor, qint64 now);

    /// The definition of workflow @p code, if the municipality has one.
    std::optional<QByteArray> workflow(const QString &code) const;
    /// Writes workflow @p code (the caller holds the transaction).
    Status saveWorkflow(const QString &code, const QByteArray &json, const QString &actor, qint64 now);

private:
    Database &m_db;
};

} // namespace CivicDesk
