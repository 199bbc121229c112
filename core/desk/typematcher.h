// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/catalogue.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace CivicDesk {

class Database;

/// A service type offered while the operator types.
struct TypeMatch
{
    QString typeId;
    QString name;      ///< in the UI language
    QString groupName; ///< in the UI language
    QString matched;   ///< the name or keyword (in whatever language) that matched, when not the name shown
    int frequency = 0; ///< requests of this type recently
    int score = 0;
};

/// Chooses a service type by typing: every word typed must begin a word of the type's name or keywords in
/// the UI language, the citizen's language or the municipality's languages (or lie inside a compound word of
/// them: "φωτ" in "οδοφωτισμού"), accent- and case-free (Greeklish too). Names rank above keywords, then the
/// most frequent types come first, so that Enter on a short word takes the common problem ("φωτ": a street
/// light out), not a rare urgent one that happens to share a word; with nothing typed, the most frequent
/// types are offered.
class ServiceTypeMatcher
{
public:
    ServiceTypeMatcher(const QList<ServiceType> &types, const QList<ServiceGroup> &groups, const QHash<QString, int> &frequency,
                       const QStringList &languages);

    QList<TypeMatch> match(const QString &text, int limit = 12) const;
    const ServiceType *type(const QString &id) const;

    /// Requests per type created since @p since: one index range count per type.
    static QHash<QString, int> frequencies(Database &db, const QList<ServiceType> &types, qint64 since);

private:
    struct Entry
    {
        ServiceType type;
        TypeMatch match;
        QStringList nameWords;    ///< folded, with skeletons
        QStringList keywordWords; ///< folded, with skeletons
        QStringList keywordTexts; ///< the keywords as written, to show what matched
    };
    QList<Entry> m_entries;
};

} // namespace CivicDesk
