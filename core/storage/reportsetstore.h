// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace CivicDesk {

class Database;

/// The report parameter sets a municipality saved under a name ("monthly per department"), and the logo of its
/// printed reports; kept in the file beside its data.
class ReportSetStore
{
public:
    explicit ReportSetStore(Database &db) : m_db(db) {}

    /// The names saved, in alphabetical order.
    QStringList names() const;
    /// The parameters saved under @p name, as ReportParameters::toJson() wrote them.
    std::optional<QJsonObject> load(const QString &name) const;
    Status save(const QString &name, const QJsonObject &parameters);
    /// The report logo as stored (see ReportHeader::logoOf).
    QString logo() const;

private:
    Database &m_db;
};

} // namespace CivicDesk
