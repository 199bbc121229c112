// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "domain/citizen.h"
#include "domain/localizedtext.h"
#include "storage/searchindexer.h"
#include "text/textfold.h"
#include "storage/database.h"
#include "util/tr.h"

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
    case SearchHit::Reason::RequestText: return 30;
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

// Fills a citizen hit from the columns id, kind, given_name, family_name, organisation, address at @p first.
void describeCitizen(SearchHit &hit, const SqliteStatement &s, int first)
{
    Citizen c;
    c.id = s.text(first);
    c.kind = citizenKindFromCode(s.text(first + 1)).value_or(CitizenKind::Person);
    c.givenName = s.text(first + 2);
    c.familyName = s.text(first + 3);
    c.organisation = s.text(first + 4);
    hit.id = c.id;
    hit.title = c.displayName();
    hit.detail = s.text(first + 5);
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
    : m_db(db)
    , m_phones(region)
{
}

SearchService::~SearchService() = default;

SqliteStatement &SearchService::statement(const char *sql)
{
    auto &slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_db.handle(), sql);
    return *slot;
}

void SearchService::begin(SqliteStatement &s, const char *sql, const QList<QVariant> &binds)
{
    s.reset();
    s.bindAll(binds);
    if (m_tracing)
        m_trace.append({QByteArray(sql), binds, 0});
}

void SearchService::end(SqliteStatement &s, int rows)
{
    s.reset();
    if (m_tracing && !m_trace.isEmpty())
        m_trace.last().rowsRead = rows;
}

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
        if (looksLikeTracking)
            searchTracking(alnum, options.limit, out);
        // Text hits rank below every citizen and tracking hit: when those already fill the list, the
        // full-text lookup could not change the answer, so it is not run.
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
        static constexpr const char *sql =
            "SELECT c.local_id FROM citizen_phone p JOIN citizen c ON c.id = p.citizen_id WHERE p.e164 = ?";
        SqliteStatement &s = statement(sql);
        begin(s, sql, {parsed.e164});
        int rows = 0;
        const QString shown = parsed.national.isEmpty() ? parsed.e164 : parsed.national;
        while (s.step()) {
            ++rows;
            out.addCitizen(s.int64(0), SearchHit::Reason::PhoneExact, shown);
        }
        end(s, rows);
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
    static constexpr const char *sql = "SELECT key, citizen_local_id FROM citizen_key WHERE key >= ? AND key < ? LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {key, key + rangeEnd, qint64(limit)});
    int rows = 0;
    while (s.step()) {
        ++rows;
        const QString k = s.text(0);
        const bool isExact = k == key;
        out.addCitizen(s.int64(1), isExact ? exact : prefix, isExact ? key.mid(1) : k.mid(1));
    }
    end(s, rows);
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

    static constexpr const char *sql =
        "SELECT k.citizen_local_id, c.id, c.kind, c.given_name, c.family_name, c.organisation, c.address, c.search_keys "
        "FROM citizen_key k JOIN citizen c ON c.local_id = k.citizen_local_id WHERE k.key >= ? AND k.key < ? LIMIT ?";
    SqliteStatement &s = statement(sql);

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
        begin(s, sql, {key, key + rangeEnd, qint64(scanCap)});
        int rows = 0;
        while (s.step() && out.citizenCount() < limit) {
            ++rows;
            const qint64 localId = s.int64(0);
            if (out.citizen(localId) && out.citizen(localId)->score >= scoreOf(SearchHit::Reason::NameExact))
                continue;
            const QByteArrayView stored = s.utf8(7);
            int q = quality(stored, driverKeys);
            for (const WordKeys &other : std::as_const(otherKeys)) {
                if (q < 0)
                    break;
                q = std::min(q, quality(stored, other));
            }
            if (q < 0)
                continue;
            // A Latin query that found a Greek name went through Greeklish, however exactly it matched.
            if (q > 0 && !queryIsGreek && (looksGreek(s.utf8(3)) || looksGreek(s.utf8(4)) || looksGreek(s.utf8(5))))
                q = 0;
            const SearchHit::Reason reason = q == 2 ? SearchHit::Reason::NameExact
                : q == 1                            ? SearchHit::Reason::NamePrefix
                                                    : SearchHit::Reason::NameGreeklish;
            out.addCitizen(localId, reason, {});
            SearchHit *h = out.citizen(localId);
            if (h->id.isEmpty())
                describeCitizen(*h, s, 1);
        }
        end(s, rows);
        if (out.citizenCount() >= limit)
            break;
    }
}

void SearchService::fetchCitizens(Collector &out)
{
    static constexpr const char *sql =
        "SELECT id, kind, given_name, family_name, organisation, address FROM citizen WHERE local_id = ?";
    SqliteStatement &s = statement(sql);
    for (qint64 localId : out.citizenOrder()) {
        SearchHit *h = out.citizen(localId);
        if (!h->id.isEmpty())
            continue;
        begin(s, sql, {localId});
        int rows = 0;
        if (s.step()) {
            rows = 1;
            describeCitizen(*h, s, 0);
        }
        end(s, rows);
    }
}

void SearchService::searchTracking(const QString &key, int limit, Collector &out)
{
    static constexpr const char *sql =
        "SELECT r.id, r.tracking_number, r.tracking_key, r.description, r.address FROM service_request r "
        "WHERE r.tracking_key >= ? AND r.tracking_key < ? ORDER BY r.tracking_key LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {key, key + rangeEnd, qint64(limit)});
    int rows = 0;
    while (s.step()) {
        ++rows;
        SearchHit h;
        h.kind = SearchHit::Kind::Request;
        h.id = s.text(0);
        h.title = s.text(1);
        const bool exact = s.text(2) == key;
        h.reason = exact ? SearchHit::Reason::TrackingExact : SearchHit::Reason::TrackingPrefix;
        h.matched = exact ? h.title : key;
        h.score = scoreOf(h.reason);
        h.detail = s.text(3).isEmpty() ? s.text(4) : s.text(3).left(80);
        out.addRequest(h);
    }
    end(s, rows);
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
    static constexpr const char *sql =
        "SELECT r.id, r.tracking_number, r.description, r.address FROM request_text f "
        "JOIN service_request r ON r.local_id = f.rowid WHERE request_text MATCH ? ORDER BY f.rowid DESC LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {terms.join(QLatin1String(" AND ")), qint64(limit)});
    int rows = 0;
    while (s.step()) {
        ++rows;
        SearchHit h;
        h.kind = SearchHit::Kind::Request;
        h.id = s.text(0);
        h.title = s.text(1);
        h.reason = SearchHit::Reason::RequestText;
        h.score = scoreOf(h.reason);
        h.detail = s.text(2).isEmpty() ? s.text(3) : s.text(2).left(80);
        out.addRequest(h);
    }
    end(s, rows);
}

} // namespace CivicDesk
