// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "core/domain/citizen.h"
#include "core/domain/localizedtext.h"
#include "core/storage/searchindexer.h"
#include "core/text/addresskey.h"
#include "core/text/textfold.h"
#include "core/util/tr.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace CivicDesk {
namespace {

// Above every character: the end of a prefix range in SQLite's binary collation.
const QString rangeEnd = QString(QChar(0xdbff)) + QChar(0xdfff);

int scoreOf(SearchHit::Reason r)
{
    switch (r) {
    case SearchHit::Reason::ExternalIdExact: return 101; // the number a resident reads from the city's app
    case SearchHit::Reason::PhoneExact: return 100;
    case SearchHit::Reason::TrackingExact: return 98;
    case SearchHit::Reason::TaxIdExact: return 95;
    case SearchHit::Reason::EmailExact: return 95;
    case SearchHit::Reason::NameExact: return 80;
    case SearchHit::Reason::NamePrefix: return 70;
    case SearchHit::Reason::NameGreeklish: return 60;
    case SearchHit::Reason::PhonePrefix: return 55;
    case SearchHit::Reason::TaxIdPrefix: return 50;
    case SearchHit::Reason::EmailPrefix: return 50;
    case SearchHit::Reason::TrackingPrefix: return 50;
    case SearchHit::Reason::AddressExact: return 45;  // the requests at the address typed, before any word match
    case SearchHit::Reason::AddressPrefix: return 35;
    case SearchHit::Reason::RequestText: return 30; // 31 when the words typed stand together, in order
    }
    return 0;
}

bool hasDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

bool hasLetter(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isLetter(); });
}

void describeCitizen(SearchHit &hit, const QString &id, const QString &kind, const QString &given, const QString &family,
                     const QString &organisation, const QString &address)
{
    Citizen c;
    c.id = id;
    c.kind = citizenKindFromCode(kind).value_or(CitizenKind::Person);
    c.givenName = given;
    c.familyName = family;
    c.organisation = organisation;
    hit.id = c.id;
    hit.title = c.displayName();
    hit.detail = address;
}

QString alnumUpper(const QString &text)
{
    return SearchIndexer::trackingKey(text);
}

} // namespace

QString SearchHit::kindCode(Kind kind)
{
    return kind == Kind::Citizen ? QStringLiteral("citizen") : QStringLiteral("request");
}

QString SearchHit::why() const
{
    switch (reason) {
    case Reason::PhoneExact: return Tr::tr("phone number %1").arg(matched);
    case Reason::TrackingExact: return Tr::tr("tracking number %1").arg(matched);
    case Reason::TaxIdExact: return Tr::tr("tax id %1").arg(matched);
    case Reason::EmailExact: return Tr::tr("e-mail %1").arg(matched);
    case Reason::NameExact: return Tr::tr("name");
    case Reason::NamePrefix: return Tr::tr("name starts with what was typed");
    case Reason::NameGreeklish: return Tr::tr("name, spelt differently (Greeklish or variant)");
    case Reason::PhonePrefix: return Tr::tr("phone number starts with %1").arg(matched);
    case Reason::TaxIdPrefix: return Tr::tr("tax id starts with %1").arg(matched);
    case Reason::EmailPrefix: return Tr::tr("e-mail starts with %1").arg(matched);
    case Reason::TrackingPrefix: return Tr::tr("tracking number starts with %1").arg(matched);
    case Reason::RequestText: return Tr::tr("words of the description or address");
    case Reason::ExternalIdExact: return Tr::tr("case number %1 of the system it was imported from").arg(matched);
    case Reason::AddressExact: return Tr::tr("address %1").arg(matched);
    case Reason::AddressPrefix: return Tr::tr("address starts with %1").arg(matched);
    }
    return {};
}

/// Hits gathered by the individual lookups, best reason per entity.
class SearchService::Collector
{
public:
    void addCitizen(qint64 localId, SearchHit::Reason reason, const QString &matched)
    {
        auto it = m_citizens.find(localId);
        const int score = scoreOf(reason);
        if (it == m_citizens.end()) {
            SearchHit h;
            h.kind = SearchHit::Kind::Citizen;
            h.reason = reason;
            h.matched = matched;
            h.score = score;
            m_citizens.insert(localId, h);
            m_order.append(localId);
        } else if (score > it->score) {
            it->reason = reason;
            it->matched = matched;
            it->score = score;
        }
    }
    SearchHit *citizen(qint64 localId)
    {
        auto it = m_citizens.find(localId);
        return it == m_citizens.end() ? nullptr : &*it;
    }
    void addRequest(SearchHit hit)
    {
        for (SearchHit &h : m_requests) {
            if (h.id == hit.id) {
                if (hit.score > h.score)
                    h = hit;
                return;
            }
        }
        m_requests.append(std::move(hit));
    }
    int citizenCount() const { return int(m_citizens.size()); }
    int count() const { return int(m_citizens.size() + m_requests.size()); }
    const QList<qint64> &citizenOrder() const { return m_order; }

    QList<SearchHit> take(int limit)
    {
        QList<SearchHit> all = m_requests;
        for (qint64 localId : std::as_const(m_order)) {
            const SearchHit &h = m_citizens[localId];
            if (!h.id.isEmpty())
                all.append(h);
        }
        std::stable_sort(all.begin(), all.end(), [](const SearchHit &a, const SearchHit &b) {
            if (a.score != b.score)
                return a.score > b.score;
            if (a.at != b.at)
                return a.at > b.at;
            return a.title < b.title;
        });
        if (all.size() > limit)
            all.resize(limit);
        return all;
    }

private:
    QHash<qint64, SearchHit> m_citizens;
    QList<qint64> m_order;
    QList<SearchHit> m_requests;
};

SearchService::SearchService(Database &db, const QString &region)
    : m_query(db)
    , m_phones(region)
{
}

SearchService::~SearchService() = default;

QList<SearchHit> SearchService::search(const QString &text, const Options &options)
{
    Collector out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};

    const bool looksLikePhone = hasDigit(trimmed) && !hasLetter(trimmed)
        && std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); }) >= 3;
    const QString alnum = alnumUpper(trimmed);
    const bool looksLikeTracking = alnum.size() >= 3 && alnum.at(0).isDigit() && alnum.at(1).isDigit();

    if (options.citizens) {
        if (trimmed.contains(u'@')) {
            searchKeyRange(u'e' + TextFold::fold(trimmed), SearchHit::Reason::EmailExact, SearchHit::Reason::EmailPrefix,
                           options.limit, out);
        } else if (looksLikePhone) {
            searchPhone(trimmed, out);
        }
        if (hasDigit(alnum) && alnum.size() >= 5 && !trimmed.contains(u'@'))
            searchKeyRange(u't' + alnum, SearchHit::Reason::TaxIdExact, SearchHit::Reason::TaxIdPrefix, options.limit, out);
        QStringList nameWords;
        for (const QString &w : TextFold::queryWords(trimmed)) {
            if (hasLetter(w)) // "8eodoros" is Greeklish for Θεόδωρος
                nameWords.append(w);
        }
        if (!nameWords.isEmpty() && !trimmed.contains(u'@'))
            searchNames(nameWords, options.limit, out);
        fetchCitizens(out);
    }
    if (options.requests) {
        // The city's own case number of an imported request, with or without its prefix: one word with digits.
        if (hasDigit(trimmed) && trimmed.size() >= 4 && !trimmed.contains(u' '))
            searchExternalId(trimmed, options.limit, out);
        if (looksLikeTracking)
            searchTracking(alnum, options.limit, out);
        // Text hits rank below every citizen and tracking hit: when those already fill the list, the
        // full-text lookup could not change the answer, so it is not run.
        // An address as heard ("179 H St", "179 h street"): the requests at it, by the address index.
        if (options.requestText && !looksLikePhone && hasDigit(trimmed) && hasLetter(trimmed)) {
            if (const QString key = AddressKey::of(trimmed); !key.isEmpty())
                searchAddress(key, options.limit, out);
        }
        if (options.requestText && !looksLikePhone && out.count() < options.limit) {
            QStringList words = TextFold::queryWords(trimmed);
            const bool longEnough = std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() >= 3; });
            if (longEnough && hasLetter(trimmed))
                searchRequestText(words, options.limit, out);
        }
    }
    return out.take(options.limit);
}

void SearchService::searchPhone(const QString &text, Collector &out)
{
    const ParsedPhone parsed = m_phones.parse(text);
    if (!parsed.e164.isEmpty()) {
        const QString shown = parsed.national.isEmpty() ? parsed.e164 : parsed.national;
        for (qint64 localId : m_query.citizensWithPhone(parsed.e164))
            out.addCitizen(localId, SearchHit::Reason::PhoneExact, shown);
    }
    QString digits = PhoneNormalizer::dialledDigits(text);
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    if (digits.size() >= 3)
        searchKeyRange(u'p' + digits, SearchHit::Reason::PhonePrefix, SearchHit::Reason::PhonePrefix, 20, out);
}

void SearchService::searchKeyRange(const QString &key, SearchHit::Reason exact, SearchHit::Reason prefix, int limit,
                                   Collector &out)
{
    for (const auto &[k, localId] : m_query.citizenKeys(key, key + rangeEnd, limit)) {
        const bool isExact = k == key;
        out.addCitizen(localId, isExact ? exact : prefix, isExact ? key.mid(1) : k.mid(1));
    }
}

void SearchService::searchNames(const QStringList &words, int limit, Collector &out)
{
    // Drive the scan with the longest word (the most selective); check the others against each candidate's keys.
    QString driver = words.first();
    for (const QString &w : words) {
        if (w.size() > driver.size())
            driver = w;
    }
    QStringList others;
    for (const QString &w : words) {
        if (w != driver)
            others.append(w);
    }
    const int scanCap = others.isEmpty() ? limit * 3 : 3000;
    const bool queryIsGreek = TextFold::hasGreek(words.join(QString()));

    // Candidates are checked on the UTF-8 bytes of their stored keys: most are rejected, and converting
    // them to QString first would cost more than the lookup itself.
    struct WordKeys
    {
        QByteArray folded;            ///< "n" + the folded word
        QList<QByteArray> variants;   ///< "n" + each prefix variant
    };
    auto keysOf = [](const QString &word) {
        WordKeys k{(u'n' + word).toUtf8(), {}};
        for (const QString &v : TextFold::prefixVariants(word))
            k.variants.append((u'n' + v).toUtf8());
        return k;
    };
    const WordKeys driverKeys = keysOf(driver);
    QList<WordKeys> otherKeys;
    for (const QString &w : std::as_const(others))
        otherKeys.append(keysOf(w));
    // 2: a stored word equals the typed one; 1: starts with it; 0: only a spelling variant does; -1: none.
    auto quality = [](QByteArrayView stored, const WordKeys &word) {
        int best = -1;
        for (QByteArrayView rest = stored; !rest.isEmpty();) {
            const qsizetype space = rest.indexOf(' ');
            const QByteArrayView key = space < 0 ? rest : rest.first(space);
            rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
            if (key == word.folded)
                return 2;
            if (key.startsWith(word.folded))
                best = 1;
            else if (best < 0) {
                for (const QByteArray &v : word.variants) {
                    if (key.startsWith(v)) {
                        best = 0;
                        break;
                    }
                }
            }
        }
        return best;
    };
    auto looksGreek = [](QByteArrayView utf8) {
        return std::any_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) == 0xce || uchar(c) == 0xcf; });
    };

    for (const QString &variant : TextFold::prefixVariants(driver)) {
        const QString key = u'n' + variant;
        m_query.nameCandidates(key, key + rangeEnd, scanCap, [&](const SearchQuery::NameCandidate &c) {
            if (out.citizenCount() >= limit)
                return false;
            const qint64 localId = c.localId();
            if (out.citizen(localId) && out.citizen(localId)->score >= scoreOf(SearchHit::Reason::NameExact))
                return true;
            const QByteArrayView stored = c.keys();
            int q = quality(stored, driverKeys);
            for (const WordKeys &other : std::as_const(otherKeys)) {
                if (q < 0)
                    break;
                q = std::min(q, quality(stored, other));
            }
            if (q < 0)
                return true;
            // A Latin query that found a Greek name went through Greeklish, however exactly it matched.
            if (q > 0 && !queryIsGreek && (looksGreek(c.givenName()) || looksGreek(c.familyName()) || looksGreek(c.organisation())))
                q = 0;
            const SearchHit::Reason reason = q == 2 ? SearchHit::Reason::NameExact
                : q == 1                            ? SearchHit::Reason::NamePrefix
                                                    : SearchHit::Reason::NameGreeklish;
            out.addCitizen(localId, reason, {});
            SearchHit *h = out.citizen(localId);
            if (h->id.isEmpty())
                describeCitizen(*h, c.id(), c.kind(), c.givenNameText(), c.familyNameText(), c.organisationText(), c.address());
            return true;
        });
        if (out.citizenCount() >= limit)
            break;
    }
}

void SearchService::fetchCitizens(Collector &out)
{
    for (qint64 localId : out.citizenOrder()) {
        SearchHit *h = out.citizen(localId);
        if (!h->id.isEmpty())
            continue;
        if (const std::optional<SearchQuery::CitizenLine> c = m_query.citizen(localId))
            describeCitizen(*h, c->id, c->kind, c->givenName, c->familyName, c->organisation, c->address);
    }
}

void SearchService::searchTracking(const QString &key, int limit, Collector &out)
{
    for (const SearchQuery::RequestLine &line : m_query.trackingRange(key, key + rangeEnd, limit)) {
        SearchHit h;
        h.kind = SearchHit::Kind::Request;
        h.id = line.id;
        h.title = line.trackingNumber;
        const bool exact = line.trackingKey == key;
        h.reason = exact ? SearchHit::Reason::TrackingExact : SearchHit::Reason::TrackingPrefix;
        h.matched = exact ? h.title : key;
        h.score = scoreOf(h.reason);
        h.detail = line.description.isEmpty() ? line.address : line.description.left(80);
        out.addRequest(h);
    }
}

void SearchService::searchExternalId(const QString &text, int limit, Collector &out)
{
    const qsizetype dash = text.indexOf(u'-');
    const QString tail = dash >= 0 ? text.mid(dash + 1) : text;
    for (const SearchQuery::RequestLine &line : m_query.externalId(text, tail, limit)) {
        SearchHit h;
        h.kind = SearchHit::Kind::Request;
        h.id = line.id;
        h.title = line.trackingNumber;
        h.reason = SearchHit::Reason::ExternalIdExact;
        h.matched = line.trackingKey; // the external id as stored
        h.score = scoreOf(h.reason);
        h.detail = line.description.isEmpty() ? line.address : line.description.left(80);
        out.addRequest(h);
    }
}

void SearchService::searchAddress(const QString &key, int limit, Collector &out)
{
    for (const SearchQuery::RequestLine &line : m_query.addressRange(key, limit * 2)) {
        SearchHit h;
        h.kind = SearchHit::Kind::Request;
        h.id = line.id;
        h.title = line.trackingNumber;
        const bool exact = line.trackingKey == key;
        h.reason = exact ? SearchHit::Reason::AddressExact : SearchHit::Reason::AddressPrefix;
        h.matched = line.address.section(u',', 0, 0).trimmed();
        h.score = scoreOf(h.reason);
        h.at = line.createdAt;
        h.detail = line.description.isEmpty() ? line.address : line.description.left(80);
        out.addRequest(h);
    }
}

void SearchService::searchRequestText(const QStringList &words, int limit, Collector &out)
{
    QStringList terms;
    for (const QString &w : words) {
        if (w.size() < 3)
            continue; // a one- or two-letter prefix matches half the vocabulary and narrows nothing
        QStringList alternatives;
        for (const QString &v : TextFold::prefixVariants(w)) {
            if (v.size() >= 3)
                alternatives.append(u'"' + v + QStringLiteral("\"*"));
        }
        if (alternatives.isEmpty())
            continue;
        terms.append(alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(QLatin1String(" OR ")) + u')');
    }
    if (terms.isEmpty())
        return;
    // The newest matches, more than are shown, then the ones whose text holds the typed words together and in
    // order first (the index keeps no positions: checked on the text), newest first within each.
    const QString phrase = words.join(u' ');
    for (const SearchQuery::RequestLine &line : m_query.requestText(terms.join(QLatin1String(" AND ")), limit * 4)) {
        SearchHit h;
        h.kind = SearchHit::Kind::Request;
        h.id = line.id;
        h.title = line.trackingNumber;
        h.reason = SearchHit::Reason::RequestText;
        h.at = line.createdAt;
        const bool together = TextFold::queryWords(line.description).join(u' ').contains(phrase)
                              || TextFold::queryWords(line.address).join(u' ').contains(phrase);
        h.score = scoreOf(h.reason) + (together ? 1 : 0);
        h.detail = line.description.isEmpty() ? line.address : line.description.left(80);
        out.addRequest(h);
    }
}

} // namespace CivicDesk
