// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"
#include "core/storage/sqliteaccess.h"

#include "core/storage/database.h"

namespace CivicDesk {

SqliteStatement &SearchQuery::statement(const char *sql)
{
    auto &slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<SqliteStatement>(SqliteAccess::handle(m_db), sql);
    return *slot;
}

void SearchQuery::begin(SqliteStatement &s, const char *sql, const QList<QVariant> &binds)
{
    s.reset();
    s.bindAll(binds);
    if (m_tracing)
        m_trace.append({QByteArray(sql), binds, 0});
}

void SearchQuery::end(SqliteStatement &s, int rows)
{
    s.reset();
    if (m_tracing && !m_trace.isEmpty())
        m_trace.last().rowsRead = rows;
}

QList<qint64> SearchQuery::citizensWithPhone(const QString &e164)
{
    static constexpr const char *sql = "SELECT c.local_id FROM citizen_phone p JOIN citizen c ON c.id = p.citizen_id WHERE p.e164 = ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {e164});
    QList<qint64> out;
    while (s.step())
        out.append(s.int64(0));
    end(s, int(out.size()));
    return out;
}

QList<std::pair<QString, qint64>> SearchQuery::citizenKeys(const QString &from, const QString &to, int limit)
{
    static constexpr const char *sql = "SELECT key, citizen_local_id FROM citizen_key WHERE key >= ? AND key < ? LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {from, to, qint64(limit)});
    QList<std::pair<QString, qint64>> out;
    while (s.step())
        out.append({s.text(0), s.int64(1)});
    end(s, int(out.size()));
    return out;
}

// Columns of the name scan: local_id, id, kind, given_name, family_name, organisation, address, search_keys.
qint64 SearchQuery::NameCandidate::localId() const { return m_s.int64(0); }
QString SearchQuery::NameCandidate::id() const { return m_s.text(1); }
QString SearchQuery::NameCandidate::kind() const { return m_s.text(2); }
QByteArrayView SearchQuery::NameCandidate::givenName() const { return m_s.utf8(3); }
QByteArrayView SearchQuery::NameCandidate::familyName() const { return m_s.utf8(4); }
QByteArrayView SearchQuery::NameCandidate::organisation() const { return m_s.utf8(5); }
QString SearchQuery::NameCandidate::givenNameText() const { return m_s.text(3); }
QString SearchQuery::NameCandidate::familyNameText() const { return m_s.text(4); }
QString SearchQuery::NameCandidate::organisationText() const { return m_s.text(5); }
QString SearchQuery::NameCandidate::address() const { return m_s.text(6); }
QByteArrayView SearchQuery::NameCandidate::keys() const { return m_s.utf8(7); }

void SearchQuery::nameCandidates(const QString &from, const QString &to, int scanCap, const std::function<bool(const NameCandidate &)> &visit)
{
    static constexpr const char *sql =
        "SELECT k.citizen_local_id, c.id, c.kind, c.given_name, c.family_name, c.organisation, c.address, c.search_keys "
        "FROM citizen_key k JOIN citizen c ON c.local_id = k.citizen_local_id WHERE k.key >= ? AND k.key < ? LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {from, to, qint64(scanCap)});
    int rows = 0;
    const NameCandidate candidate(s);
    while (s.step()) {
        if (!visit(candidate))
            break;
        ++rows;
    }
    end(s, rows);
}

std::optional<SearchQuery::CitizenLine> SearchQuery::citizen(qint64 localId)
{
    static constexpr const char *sql = "SELECT id, kind, given_name, family_name, organisation, address FROM citizen WHERE local_id = ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {localId});
    std::optional<CitizenLine> out;
    if (s.step())
        out = CitizenLine{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
    end(s, out ? 1 : 0);
    return out;
}

QList<SearchQuery::RequestLine> SearchQuery::trackingRange(const QString &from, const QString &to, int limit)
{
    static constexpr const char *sql = "SELECT r.id, r.tracking_number, r.tracking_key, r.description, r.address FROM service_request r "
                                       "WHERE r.tracking_key >= ? AND r.tracking_key < ? ORDER BY r.tracking_key LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {from, to, qint64(limit)});
    QList<RequestLine> out;
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    end(s, int(out.size()));
    return out;
}

QList<SearchQuery::RequestLine> SearchQuery::externalId(const QString &whole, const QString &tail, int limit)
{
    // Two indexes: the external id itself and its part after the first dash (schema 14).
    static constexpr const char *sql = "SELECT r.id, r.tracking_number, r.external_id, r.description, r.address FROM service_request r "
                                       "WHERE r.external_id = ? "
                                       "UNION SELECT r.id, r.tracking_number, r.external_id, r.description, r.address FROM service_request r "
                                       "WHERE r.external_id IS NOT NULL AND substr(r.external_id, instr(r.external_id, '-') + 1) = ? "
                                       "LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {whole, tail, qint64(limit)});
    QList<RequestLine> out;
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    end(s, int(out.size()));
    return out;
}

QList<SearchQuery::RequestLine> SearchQuery::requestText(const QString &match, int limit)
{
    static constexpr const char *sql = "SELECT r.id, r.tracking_number, '', r.description, r.address, r.created_at FROM request_text f "
                                       "JOIN service_request r ON r.local_id = f.rowid WHERE request_text MATCH ? ORDER BY f.rowid DESC LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {match, qint64(limit)});
    QList<RequestLine> out;
    while (s.step())
        out.append({s.text(0), s.text(1), {}, s.text(3), s.text(4), s.int64(5)});
    end(s, int(out.size()));
    return out;
}

QList<SearchQuery::RequestLine> SearchQuery::addressRange(const QString &key, int limit)
{
    // The condition is the partial index's own (schema_v15.sql), so SQLite reads the index range.
    static constexpr const char *sql = "SELECT r.id, r.tracking_number, r.address_key, r.description, r.address, r.created_at "
                                       "FROM service_request r WHERE r.address_key >= ? AND r.address_key < ? AND r.address_key <> '' LIMIT ?";
    SqliteStatement &s = statement(sql);
    begin(s, sql, {key, key + QChar(0xFFFF), qint64(limit)});
    QList<RequestLine> out;
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.int64(5)});
    end(s, int(out.size()));
    return out;
}

} // namespace CivicDesk
