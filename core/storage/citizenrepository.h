// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/citizen.h"
#include "core/text/phonenormalizer.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace CivicDesk {

class Database;

/// Citizens with their phones, e-mails and consents; keeps their search keys in step.
class CitizenRepository
{
public:
    explicit CitizenRepository(Database &db);

    /// Inserts a new citizen (the caller holds the transaction).
    Status insert(const Citizen &citizen);
    /// The same with the search keys already computed (SearchIndexer::citizenKeys), for bulk loads.
    Status insert(const Citizen &citizen, const QStringList &keys);
    /// Replaces a citizen's fields, phones, e-mails and consents.
    Status update(const Citizen &citizen);

    /// Takes @p merged out of the registry after a merge into @p survivorId (the caller holds the transaction and
    /// has moved its requests, calls and messages): what it was is kept as @p mergedRecordJson in citizen_merge.
    Status removeMerged(const Citizen &merged, const QString &survivorId, const QString &mergedRecordJson, const ChangeStamp &stamp);

    std::optional<Citizen> get(const QString &id) const;
    std::optional<Citizen> getByLocalId(qint64 localId) const;
    qint64 count() const;

    /// Bulk loading (demo generator, imports): keys are gathered and written sorted by endBulk().
    void beginBulk();
    Status endBulk();

private:
    Status writeContacts(const Citizen &c);
    Citizen read(Statement &s) const;

    Database &m_db;
    const PhoneNormalizer &phones();

    std::optional<PhoneNormalizer> m_phones; ///< the municipality's region, looked up on first write
    CachedStatement m_insert;
    CachedStatement m_insertPhone;
    CachedStatement m_insertEmail;
    CachedStatement m_insertConsent;
    CachedStatement m_insertKey;
    bool m_bulk = false;
    std::vector<std::pair<std::string, qint64>> m_pendingKeys;
};

} // namespace CivicDesk
