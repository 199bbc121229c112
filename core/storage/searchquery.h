// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlitestatement.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

namespace CivicDesk {

class Database;

/// One SQL statement a search ran, with its parameters: the benchmark replays these on bare SQLite.
struct SearchStatement
{
    QByteArray sql;
    QList<QVariant> binds;
    int rowsRead = 0;
};

/// The range scans of the as-you-type search (SearchService ranks what they find): citizens by a phone, by
/// their search keys (names, phones, e-mails, tax ids), requests by tracking key and by their words. Its
/// statements stay prepared between keystrokes.
class SearchQuery
{
public:
    explicit SearchQuery(Database &db) : m_db(db) {}

    /// The local numbers of the citizens with the phone @p e164.
    QList<qint64> citizensWithPhone(const QString &e164);
    /// Citizen keys from @p from up to (not including) @p to, at most @p limit: (key, citizen's local number).
    QList<std::pair<QString, qint64>> citizenKeys(const QString &from, const QString &to, int limit);

    /// A citizen whose name key is in the scanned range; valid during the call only.
    class NameCandidate
    {
    public:
        qint64 localId() const;
        /// The citizen's stored search keys ("n…" words, space separated), as UTF-8.
        QByteArrayView keys() const;
        /// Given name, family name and organisation as UTF-8 (to see their script cheaply).
        QByteArrayView givenName() const;
        QByteArrayView familyName() const;
        QByteArrayView organisation() const;
        QString id() const;
        QString kind() const;
        QString givenNameText() const;
        QString familyNameText() const;
        QString organisationText() const;
        QString address() const;

    private:
        friend class SearchQuery;
        explicit NameCandidate(const SqliteStatement &s) : m_s(s) {}
        const SqliteStatement &m_s;
    };
    /// Calls @p visit for citizens with a name key from @p from up to @p to, at most @p scanCap, while it
    /// returns true.
    void nameCandidates(const QString &from, const QString &to, int scanCap, const std::function<bool(const NameCandidate &)> &visit);

    struct CitizenLine
    {
        QString id;
        QString kind;
        QString givenName;
        QString familyName;
        QString organisation;
        QString address;
    };
    std::optional<CitizenLine> citizen(qint64 localId);

    struct RequestLine
    {
        QString id;
        QString trackingNumber;
        QString trackingKey;
        QString description;
        QString address;
        qint64 createdAt = 0;
    };
    /// Requests with a tracking key from @p from up to @p to, in key order, at most @p limit.
    QList<RequestLine> trackingRange(const QString &from, const QString &to, int limit);
    /// Imported requests whose external id is @p whole, or whose id after its first dash is @p tail (the
    /// external id in RequestLine::trackingKey).
    QList<RequestLine> externalId(const QString &whole, const QString &tail, int limit);
    /// Requests whose address key (cd_address_key, AddressKey::of) is @p key or starts with it, by the address
    /// index, at most @p limit; the key of each in trackingKey.
    QList<RequestLine> addressRange(const QString &key, int limit);
    /// The newest @p limit requests whose words match the full-text expression @p match.
    QList<RequestLine> requestText(const QString &match, int limit);

    /// Records the statements of the following lookups (for the benchmark's bare-SQLite floor).
    void setTracing(bool on)
    {
        m_tracing = on;
        m_trace.clear();
    }
    QList<SearchStatement> takeTrace() { return std::exchange(m_trace, {}); }

private:
    SqliteStatement &statement(const char *sql);
    void begin(SqliteStatement &s, const char *sql, const QList<QVariant> &binds);
    void end(SqliteStatement &s, int rows);

    Database &m_db;
    std::map<const char *, std::unique_ptr<SqliteStatement>> m_statements;
    bool m_tracing = false;
    QList<SearchStatement> m_trace;
};

} // namespace CivicDesk
