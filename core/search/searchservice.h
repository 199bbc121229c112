// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/phonenormalizer.h"
#include "core/storage/searchquery.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>

namespace CivicDesk {

class Database;

/// One ranked search result.
struct SearchHit
{
    enum class Kind { Citizen, Request };
    enum class Reason { PhoneExact, TrackingExact, TaxIdExact, EmailExact, NameExact, NamePrefix, NameGreeklish,
                        PhonePrefix, TaxIdPrefix, EmailPrefix, TrackingPrefix, RequestText, ExternalIdExact, AddressExact,
                        AddressPrefix };

    Kind kind = Kind::Citizen;
    QString id;
    QString title;  ///< citizen name, or tracking number and type of a request
    QString detail; ///< address, or the start of the description
    Reason reason = Reason::NamePrefix;
    QString matched; ///< the key or text that matched, for the user
    int score = 0;   ///< higher first
    qint64 at = 0;   ///< a request's filing time: among equal scores, the newest first

    /// Translated explanation of why this hit matched.
    QString why() const;
    static QString kindCode(Kind kind);
};

/// As-you-type lookup of citizens and requests by name, phone, e-mail, tax id, tracking number and text.
///
/// Accent- and case-insensitive in Greek and Latin scripts, Greeklish finds Greek names, phone numbers in
/// any format; exact phone and tracking-number hits rank first. Every lookup is a handful of B-tree range
/// scans, so the cost does not grow with the size of the registry.
class SearchService
{
public:
    struct Options
    {
        int limit = 20;
        bool citizens = true;
        bool requests = true;
        bool requestText = true;
    };

    SearchService(Database &db, const QString &region);
    ~SearchService();

    QList<SearchHit> search(const QString &text, const Options &options);
    QList<SearchHit> search(const QString &text) { return search(text, Options{}); }

    /// Records the statements of the following searches (for the benchmark's bare-SQLite floor).
    void setTracing(bool on) { m_query.setTracing(on); }
    QList<SearchStatement> takeTrace() { return m_query.takeTrace(); }

private:
    class Collector;

    void searchPhone(const QString &text, Collector &out);
    void searchKeyRange(const QString &key, SearchHit::Reason exact, SearchHit::Reason prefix, int limit, Collector &out);
    void searchNames(const QStringList &words, int limit, Collector &out);
    void searchTracking(const QString &key, int limit, Collector &out);
    void searchExternalId(const QString &text, int limit, Collector &out);
    void searchRequestText(const QStringList &words, int limit, Collector &out);
    void searchAddress(const QString &key, int limit, Collector &out);
    void fetchCitizens(Collector &out);

    SearchQuery m_query;
    PhoneNormalizer m_phones;
};

} // namespace CivicDesk
