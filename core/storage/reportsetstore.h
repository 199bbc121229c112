// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace CivicDesk {

class Database;

/// The report parameter sets a municipality saved under a name ("monthly per department"), and the logo of its
/// printed reports with the lines under its name; kept in the file beside its data (this replica's own: not synced).
class ReportSetStore
{
public:
    explicit ReportSetStore(Database &db) : m_db(db) {}

    /// The names saved, in alphabetical order.
    QStringList names() const;
    /// The parameters saved under @p name, as ReportParameters::toJson() wrote them.
    std::optional<QJsonObject> load(const QString &name) const;
    Status save(const QString &name, const QJsonObject &parameters);
    /// The logo of printed reports: the image kept in the file (PNG), else the bytes of the image file an older
    /// version named by its path; empty: the CivicDesk emblem.
    QByteArray logo() const;
    /// Keeps @p png as the logo (empty: back to the emblem); the file it came from is no longer needed.
    Status setLogo(const QByteArray &png);
    /// The lines under the municipality's name on a printed report (the office, its address); may be empty.
    QString header() const;
    Status setHeader(const QString &text);

private:
    Database &m_db;
};

} // namespace CivicDesk
