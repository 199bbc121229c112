// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/citizen.h"
#include "core/domain/servicerequest.h"
#include "core/text/phonenormalizer.h"
#include "core/util/result.h"

#include <QStringList>

namespace CivicDesk {

class Database;
class Statement;

/// Keeps the search index (citizen keys, request text, tracking keys) in step with the domain tables.
///
/// Citizen keys live in one sorted table so that every as-you-type lookup is a B-tree range scan:
/// n<word> and n<skeleton> for names, p<digits> for phones, e<address> for e-mails, t<id> for tax ids.
class SearchIndexer
{
public:
    explicit SearchIndexer(Database &db);
    SearchIndexer(Database &db, PhoneNormalizer phones);

    /// Keys of one citizen, without duplicates.
    static QStringList citizenKeys(const Citizen &citizen, const PhoneNormalizer &phones);
    /// Words of a request for the full-text index (folded, Greek words with their Greeklish skeleton).
    static QString requestText(const QString &description, const QString &address);
    /// "26-K7-04512" → "26K704512".
    static QString trackingKey(const QString &trackingNumber);

    /// Replaces the keys of the citizen stored at @p localId.
    Status indexCitizen(qint64 localId, const Citizen &citizen);
    /// Replaces the text of the request stored at @p localId; @p oldText is what was indexed before (or empty).
    Status indexRequest(qint64 localId, const QString &newText, const QString &oldText);

    /// Indexes again the citizen @p citizenId as stored (its phones and e-mails included): rows written from
    /// elsewhere (the server's) than the citizen store.
    Status reindexCitizen(const QString &citizenId);

    /// Rebuilds the whole index from the domain tables.
    Status rebuildAll();

    const PhoneNormalizer &phoneNormalizer() const { return m_phones; }

private:
    /// The fields of a citizen the keys are made of: @p row is (local_id, id, given, family, organisation, tax id).
    static Citizen readKeyFields(const Statement &row, Statement &phones, Statement &emails);

    Database &m_db;
    PhoneNormalizer m_phones;
};

/// The region (ISO country code) used for phone numbers in @p db: the tenant's country, or "GR".
QString tenantRegion(Database &db);

} // namespace CivicDesk
