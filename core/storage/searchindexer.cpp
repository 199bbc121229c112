// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexer.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/text/textfold.h"
#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"


#include <sqlite3.h>

namespace CivicDesk {
namespace {

void addNameKeys(const QString &field, QStringList &keys)
{
    for (const QString &w : TextFold::indexWords(field)) {
        keys.append(u'n' + w);
        const QString sk = TextFold::skeleton(w);
        if (!sk.isEmpty() && sk != w)
            keys.append(u'n' + sk);
    }
}

QString alnumUpper(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : TextFold::fold(text)) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

} // namespace

QString tenantRegion(Database &db)
{
    Statement q(db, "SELECT country FROM tenant ORDER BY id LIMIT 1");
    if (q.step())
        return q.text(0);
    return QStringLiteral("GR");
}

SearchIndexer::SearchIndexer(Database &db)
    : SearchIndexer(db, PhoneNormalizer(tenantRegion(db)))
{
}

SearchIndexer::SearchIndexer(Database &db, PhoneNormalizer phones)
    : m_db(db)
    , m_phones(std::move(phones))
{
}

QStringList SearchIndexer::citizenKeys(const Citizen &c, const PhoneNormalizer &phones)
{
    QStringList keys;
    addNameKeys(c.givenName, keys);
    addNameKeys(c.familyName, keys);
    addNameKeys(c.organisation, keys);
    for (const CitizenPhone &p : c.phones) {
        if (!p.e164.isEmpty())
            keys.append(u'p' + p.e164.mid(1));
        const QString dialled = PhoneNormalizer::dialledDigits(p.typed);
        if (dialled.startsWith(u'+')) {
            // Typed internationally: also index the national digits, as callers will be searched nationally.
            const QString national = p.e164.isEmpty() ? phones.parse(p.typed).nationalDigits : phones.nationalDigitsOf(p.e164);
            if (!national.isEmpty())
                keys.append(u'p' + national);
        } else if (!dialled.isEmpty()) {
            keys.append(u'p' + dialled);
        }
    }
    for (const CitizenEmail &e : c.emails) {
        const QString folded = TextFold::fold(e.address.trimmed());
        if (!folded.isEmpty())
            keys.append(u'e' + folded);
    }
    const QString tax = alnumUpper(c.taxId);
    if (!tax.isEmpty()) {
        keys.append(u't' + tax);
        if (tax.size() > 2 && tax.at(0).isLetter() && tax.at(1).isLetter())
            keys.append(u't' + tax.mid(2)); // VAT number without its country prefix
    }
    keys.removeDuplicates();
    return keys;
}

QString SearchIndexer::requestText(const QString &description, const QString &address)
{
    QStringList words;
    for (const QString &field : {description, address}) {
        for (const QString &w : TextFold::indexWords(field)) {
            words.append(w);
            if (TextFold::hasGreek(w))
                words.append(TextFold::skeleton(w));
        }
    }
    words.removeDuplicates();
    return words.join(u' ');
}

QString SearchIndexer::trackingKey(const QString &trackingNumber)
{
    return alnumUpper(trackingNumber);
}

Status SearchIndexer::indexCitizen(qint64 localId, const Citizen &citizen)
{
    const Database &h = m_db;
    Statement old(h, "SELECT search_keys FROM citizen WHERE local_id = ?");
    old.bind(1, localId);
    QStringList oldKeys;
    if (old.step())
        oldKeys = old.text(0).split(u' ', Qt::SkipEmptyParts);
    old.reset();

    Statement del(h, "DELETE FROM citizen_key WHERE key = ? AND citizen_local_id = ?");
    for (const QString &k : std::as_const(oldKeys)) {
        del.bind(1, k);
        del.bind(2, localId);
        if (!del.exec())
            return m_db.lastError(Tr::tr("updating the search index"));
    }
    const QStringList keys = citizenKeys(citizen, m_phones);
    Statement ins(h, "INSERT INTO citizen_key(key, citizen_local_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    for (const QString &k : keys) {
        ins.bind(1, k);
        ins.bind(2, localId);
        if (!ins.exec())
            return m_db.lastError(Tr::tr("updating the search index"));
    }
    Statement upd(h, "UPDATE citizen SET search_keys = ? WHERE local_id = ?");
    upd.bind(1, keys.join(u' '));
    upd.bind(2, localId);
    if (!upd.exec())
        return m_db.lastError(Tr::tr("updating the search index"));
    return {};
}

Status SearchIndexer::indexRequest(qint64 localId, const QString &newText, const QString &oldText)
{
    if (m_db.isPostgres())
        return {}; // the words of requests are searched on the desks (SQLite's full-text index), not on the server
    const Database &h = m_db;
    if (!oldText.isEmpty()) {
        Statement del(h, "INSERT INTO request_text(request_text, rowid, body) VALUES ('delete', ?, ?)");
        del.bind(1, localId);
        del.bind(2, oldText);
        if (!del.exec())
            return m_db.lastError(Tr::tr("updating the search index"));
    }
    if (!newText.isEmpty()) {
        Statement ins(h, "INSERT INTO request_text(rowid, body) VALUES (?, ?)");
        ins.bind(1, localId);
        ins.bind(2, newText);
        if (!ins.exec())
            return m_db.lastError(Tr::tr("updating the search index"));
    }
    return {};
}

Citizen SearchIndexer::readKeyFields(const Statement &row, Statement &phones, Statement &emails)
{
    Citizen c;
    c.id = row.text(1);
    c.givenName = row.text(2);
    c.familyName = row.text(3);
    c.organisation = row.text(4);
    c.taxId = row.text(5);
    phones.bind(1, c.id);
    while (phones.step())
        c.phones.append(CitizenPhone{phones.text(0), phones.text(1), {}, !phones.isNull(0)});
    phones.reset();
    emails.bind(1, c.id);
    while (emails.step())
        c.emails.append(CitizenEmail{emails.text(0), {}});
    emails.reset();
    return c;
}

Status SearchIndexer::reindexCitizen(const QString &citizenId)
{
    const Database &h = m_db;
    Statement citizen(h, "SELECT local_id, id, given_name, family_name, organisation, tax_id FROM citizen WHERE id = ?");
    Statement phones(h, "SELECT e164, typed FROM citizen_phone WHERE citizen_id = ? ORDER BY position");
    Statement emails(h, "SELECT address FROM citizen_email WHERE citizen_id = ? ORDER BY position");
    citizen.bind(1, citizenId);
    if (!citizen.step())
        return {}; // gone: its keys went with it
    const qint64 localId = citizen.int64(0);
    const Citizen c = readKeyFields(citizen, phones, emails);
    citizen.reset();
    return indexCitizen(localId, c);
}

Status SearchIndexer::rebuildAll()
{
    const Database &h = m_db;
    for (const char *sql : {"DELETE FROM citizen_key", "INSERT INTO request_text(request_text) VALUES ('delete-all')",
                            "UPDATE service_request SET tracking_key = ''"}) {
        if (m_db.isPostgres() && QByteArrayView(sql).contains("request_text"))
            continue;
        if (Status s = m_db.exec(QString::fromLatin1(sql)); !s)
            return s;
    }
    Statement citizens(h, "SELECT local_id, id, given_name, family_name, organisation, tax_id FROM citizen");
    Statement phones(h, "SELECT e164, typed FROM citizen_phone WHERE citizen_id = ? ORDER BY position");
    Statement emails(h, "SELECT address FROM citizen_email WHERE citizen_id = ? ORDER BY position");
    Statement ins(h, "INSERT INTO citizen_key(key, citizen_local_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    Statement upd(h, "UPDATE citizen SET search_keys = ? WHERE local_id = ?");
    while (citizens.step()) {
        const qint64 localId = citizens.int64(0);
        const QStringList keys = citizenKeys(readKeyFields(citizens, phones, emails), m_phones);
        for (const QString &k : keys) {
            ins.bind(1, k);
            ins.bind(2, localId);
            if (!ins.exec())
                return m_db.lastError(Tr::tr("rebuilding the search index"));
        }
        upd.bind(1, keys.join(u' '));
        upd.bind(2, localId);
        if (!upd.exec())
            return m_db.lastError(Tr::tr("rebuilding the search index"));
    }
    Statement requests(h, "SELECT local_id, tracking_number, description, address FROM service_request");
    Statement track(h, "UPDATE service_request SET tracking_key = ? WHERE local_id = ?");
    while (requests.step()) {
        const qint64 localId = requests.int64(0);
        track.bind(1, trackingKey(requests.text(1)));
        track.bind(2, localId);
        if (!track.exec())
            return m_db.lastError(Tr::tr("rebuilding the search index"));
        if (Status s = indexRequest(localId, requestText(requests.text(2), requests.text(3)), {}); !s)
            return s;
    }
    if (m_db.isPostgres())
        return {}; // its schema has the index
    return m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS service_request_tracking_key ON service_request(tracking_key)"));
}

} // namespace CivicDesk
