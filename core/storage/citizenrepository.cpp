// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "core/domain/idgenerator.h"
#include "core/storage/searchindexer.h"
#include "core/util/tr.h"

#include <sqlite3.h>

#include <algorithm>

namespace CivicDesk {
namespace {

constexpr const char *citizenSelect =
    "SELECT local_id, id, tenant_id, kind, given_name, family_name, organisation, tax_id, address, district_id, "
    "preferred_language, notes, created_at, updated_at, updated_by FROM citizen ";

} // namespace

CitizenRepository::CitizenRepository(Database &db)
    : m_db(db)
    , m_insert(db,
               "INSERT INTO citizen(id, tenant_id, kind, given_name, family_name, organisation, tax_id, address, district_id, "
               "preferred_language, notes, created_at, updated_at, updated_by, search_keys) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , m_insertPhone(db, "INSERT INTO citizen_phone(citizen_id, position, e164, typed, label, valid) VALUES (?,?,?,?,?,?)")
    , m_insertEmail(db, "INSERT INTO citizen_email(citizen_id, position, address, label) VALUES (?,?,?,?)")
    , m_insertConsent(db, "INSERT INTO citizen_consent(citizen_id, channel, granted, at, source) VALUES (?,?,?,?,?)")
    , m_insertKey(db, "INSERT INTO citizen_key(key, citizen_local_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
{
}

const PhoneNormalizer &CitizenRepository::phones()
{
    if (!m_phones)
        m_phones.emplace(tenantRegion(m_db));
    return *m_phones;
}

Status CitizenRepository::writeContacts(const Citizen &c)
{
    const QByteArray id = c.id.toUtf8();
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        const CitizenPhone &p = c.phones[i];
        m_insertPhone->bind(1, id);
        m_insertPhone->bind(2, qint64(i));
        m_insertPhone->bindOptional(3, p.e164);
        m_insertPhone->bind(4, p.typed);
        m_insertPhone->bind(5, p.label);
        m_insertPhone->bind(6, p.valid ? 1 : 0);
        if (!m_insertPhone->exec())
            return m_db.lastError(Tr::tr("saving a phone number"));
    }
    for (qsizetype i = 0; i < c.emails.size(); ++i) {
        m_insertEmail->bind(1, id);
        m_insertEmail->bind(2, qint64(i));
        m_insertEmail->bind(3, c.emails[i].address);
        m_insertEmail->bind(4, c.emails[i].label);
        if (!m_insertEmail->exec())
            return m_db.lastError(Tr::tr("saving an e-mail address"));
    }
    for (const Consent &consent : c.consents) {
        m_insertConsent->bind(1, id);
        m_insertConsent->bind(2, toCode(consent.channel));
        m_insertConsent->bind(3, consent.granted ? 1 : 0);
        m_insertConsent->bind(4, consent.at);
        m_insertConsent->bind(5, consent.source);
        if (!m_insertConsent->exec())
            return m_db.lastError(Tr::tr("saving a consent"));
    }
    return {};
}

Status CitizenRepository::insert(const Citizen &c)
{
    return insert(c, SearchIndexer::citizenKeys(c, phones()));
}

Status CitizenRepository::insert(const Citizen &c, const QStringList &keys)
{
    m_insert->bind(1, c.id);
    m_insert->bind(2, c.tenantId);
    m_insert->bind(3, toCode(c.kind));
    m_insert->bind(4, c.givenName);
    m_insert->bind(5, c.familyName);
    m_insert->bind(6, c.organisation);
    m_insert->bind(7, c.taxId);
    m_insert->bind(8, c.address);
    m_insert->bindOptional(9, c.districtId);
    m_insert->bind(10, c.preferredLanguage);
    m_insert->bind(11, c.notes);
    m_insert->bind(12, c.createdAt);
    m_insert->bind(13, c.stamp.updatedAt);
    m_insert->bind(14, c.stamp.updatedBy);
    m_insert->bind(15, keys.join(u' '));
    if (!m_insert->exec())
        return m_db.lastError(Tr::tr("saving citizen %1").arg(c.displayName()));
    const qint64 localId = m_db.lastInsertLocalId();
    if (Status s = writeContacts(c); !s)
        return s;
    for (const QString &k : keys) {
        if (m_bulk) {
            m_pendingKeys.emplace_back(k.toStdString(), localId);
            continue;
        }
        m_insertKey->bind(1, k);
        m_insertKey->bind(2, localId);
        if (!m_insertKey->exec())
            return m_db.lastError(Tr::tr("updating the search index"));
    }
    return {};
}

Status CitizenRepository::update(const Citizen &c)
{
    Statement s(m_db,
                      "UPDATE citizen SET kind=?, given_name=?, family_name=?, organisation=?, tax_id=?, address=?, "
                      "district_id=?, preferred_language=?, notes=?, updated_at=?, updated_by=? WHERE id=? RETURNING local_id");
    s.bind(1, toCode(c.kind));
    s.bind(2, c.givenName);
    s.bind(3, c.familyName);
    s.bind(4, c.organisation);
    s.bind(5, c.taxId);
    s.bind(6, c.address);
    s.bindOptional(7, c.districtId);
    s.bind(8, c.preferredLanguage);
    s.bind(9, c.notes);
    s.bind(10, c.stamp.updatedAt);
    s.bind(11, c.stamp.updatedBy);
    s.bind(12, c.id);
    if (!s.step()) {
        if (!s.failed())
            return Error{QStringLiteral("citizen.missing"), Tr::tr("The citizen record no longer exists.")};
        return m_db.lastError(Tr::tr("saving citizen %1").arg(c.displayName()));
    }
    const qint64 localId = s.int64(0);
    s.reset();
    for (const char *sql : {"DELETE FROM citizen_phone WHERE citizen_id = ?", "DELETE FROM citizen_email WHERE citizen_id = ?",
                            "DELETE FROM citizen_consent WHERE citizen_id = ?"}) {
        Statement del(m_db, sql);
        del.bind(1, c.id);
        if (!del.exec())
            return m_db.lastError(Tr::tr("saving citizen %1").arg(c.displayName()));
    }
    if (Status st = writeContacts(c); !st)
        return st;
    SearchIndexer indexer(m_db, phones());
    return indexer.indexCitizen(localId, c);
}

Citizen CitizenRepository::read(Statement &s) const
{
    Citizen c;
    c.id = s.text(1);
    c.tenantId = s.text(2);
    c.kind = citizenKindFromCode(s.text(3)).value_or(CitizenKind::Person);
    c.givenName = s.text(4);
    c.familyName = s.text(5);
    c.organisation = s.text(6);
    c.taxId = s.text(7);
    c.address = s.text(8);
    c.districtId = s.text(9);
    c.preferredLanguage = s.text(10);
    c.notes = s.text(11);
    c.createdAt = s.int64(12);
    c.stamp = {s.int64(13), s.text(14)};

    Statement phones(m_db, "SELECT e164, typed, label, valid FROM citizen_phone WHERE citizen_id = ? ORDER BY position");
    phones.bind(1, c.id);
    while (phones.step())
        c.phones.append({phones.text(0), phones.text(1), phones.text(2), phones.int64(3) != 0});
    Statement emails(m_db, "SELECT address, label FROM citizen_email WHERE citizen_id = ? ORDER BY position");
    emails.bind(1, c.id);
    while (emails.step())
        c.emails.append({emails.text(0), emails.text(1)});
    Statement consents(m_db, "SELECT channel, granted, at, source FROM citizen_consent WHERE citizen_id = ? ORDER BY channel");
    consents.bind(1, c.id);
    while (consents.step())
        c.consents.append({contactChannelFromCode(consents.text(0)).value_or(ContactChannel::Phone), consents.int64(1) != 0, consents.int64(2),
                              consents.text(3)});
    return c;
}

std::optional<Citizen> CitizenRepository::get(const QString &id) const
{
    Statement s(m_db, (QByteArray(citizenSelect) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step())
        return read(s);
    return std::nullopt;
}

std::optional<Citizen> CitizenRepository::getByLocalId(qint64 localId) const
{
    Statement s(m_db, (QByteArray(citizenSelect) + "WHERE local_id = ?").constData());
    s.bind(1, localId);
    if (s.step())
        return read(s);
    return std::nullopt;
}

qint64 CitizenRepository::count() const
{
    return m_db.countedRows("citizen");
}

void CitizenRepository::beginBulk()
{
    m_bulk = true;
    m_pendingKeys.clear();
}

Status CitizenRepository::endBulk()
{
    m_bulk = false;
    std::sort(m_pendingKeys.begin(), m_pendingKeys.end());
    sqlite3_stmt *stmt = nullptr;
    // Raw binding here: millions of keys, already UTF-8.
    if (sqlite3_prepare_v2(SqliteAccess::handle(m_db), "INSERT OR IGNORE INTO citizen_key(key, citizen_local_id) VALUES (?, ?)", -1, &stmt, nullptr) != SQLITE_OK)
        return m_db.lastError(Tr::tr("updating the search index"));
    for (const auto &[key, localId] : m_pendingKeys) {
        sqlite3_bind_text(stmt, 1, key.data(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 2, localId);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            sqlite3_finalize(stmt);
            return m_db.lastError(Tr::tr("updating the search index"));
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    m_pendingKeys.clear();
    m_pendingKeys.shrink_to_fit();
    return {};
}

Status CitizenRepository::removeMerged(const Citizen &merged, const QString &survivorId, const QString &mergedRecordJson, const ChangeStamp &stamp)
{
    const Database &h = m_db;
    const qint64 now = stamp.updatedAt;
    const QString context = Tr::tr("merging citizen records");
    Statement log(h, "INSERT INTO citizen_merge(id, tenant_id, survivor_id, merged_id, merged_record, at, updated_at, updated_by) "
                           "VALUES (?,?,?,?,?,?,?,?)");
    log.bind(1, newRowId(now));
    log.bind(2, merged.tenantId);
    log.bind(3, survivorId);
    log.bind(4, merged.id);
    log.bind(5, mergedRecordJson);
    log.bind(6, now);
    log.bind(7, now);
    log.bind(8, stamp.updatedBy);
    if (!log.exec())
        return m_db.lastError(context);

    // The merged record leaves the search index, then the registry.
    Statement localId(h, "SELECT local_id FROM citizen WHERE id = ?");
    localId.bind(1, merged.id);
    if (!localId.step())
        return m_db.lastError(context);
    const qint64 mergedLocalId = localId.int64(0);
    localId.reset();
    if (Status st = SearchIndexer(m_db).indexCitizen(mergedLocalId, Citizen{}); !st)
        return st;
    Statement del(h, "DELETE FROM citizen WHERE id = ?");
    del.bind(1, merged.id);
    if (!del.exec())
        return m_db.lastError(context);
    return {};
}

} // namespace CivicDesk
