// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

namespace CivicDesk {

class Database;

/// A batch of new requests counted in one pass instead of one trigger run each (see schema_v15.sql): made
/// inside a write transaction, it turns this connection's insert triggers off; finish() adds every request
/// written since to the dashboard's tables, the heat map and the row count, and turns them on again. Only
/// this connection is affected, and only inside the transaction, so what commits is always counted.
class DeferredCounting
{
public:
    explicit DeferredCounting(Database &db);
    /// Turns counting on again (without counting the batch when finish() was not called: the transaction is
    /// then being rolled back).
    ~DeferredCounting();
    DeferredCounting(const DeferredCounting &) = delete;
    DeferredCounting &operator=(const DeferredCounting &) = delete;

    /// Counts the requests written since the batch began.
    Status finish();

private:
    Database &m_db;
    qint64 m_fromRowid = 0;
    bool m_active = true;
};

} // namespace CivicDesk
