// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tenant as the server holds it open: shared by server/syncservice.cpp and server/citizenlinks.cpp.

#include "server/syncservice.h"

#include "core/channels/open311api.h"
#include "core/channels/reportintake.h"
#include "core/commands/commandrunner.h"
#include "core/channels/mailbox.h"
#include "core/session/messagerunner.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/workflow/escalation.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>

#include <memory>

namespace CivicDesk {

/// The report form's map of a municipality: drawn once per geography (its districts and streets, as
/// GeoRepository::geographyStamp says), the point picked added per page.
struct PickMapCache
{
    QString stamp;
    QString svg; ///< the map without its point and closing tag; empty: no districts
    double north = 0, west = 0, k = 0, c = 0;
};

struct SyncService::Tenant
{
    ServerCatalog::TenantEntry entry;
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncStore> store;
    std::unique_ptr<CommandRunner> runner;
    std::unique_ptr<EscalationScheduler> ladder;
    /// Sends the tenant's messages to citizens on a thread of its own (Options::sendMessages); stopped first.
    /// The last page read for a desk that had nothing of its own to rebase: the desks woken by one change all
    /// ask for the same page, which is read and written out once.
    struct CachedPage
    {
        qint64 cursor = -1;
        qint64 seq = -1;
        qint64 to = 0;
        bool more = false;
        QJsonArray rows;
    } cached;
    /// Copies for new desks kept ready (Options::readyCopyMs), by scope ("12|department id", "whole"): made once,
    /// sent to each desk that joins meanwhile (a link of its own, streamed and removed), removed with the tenant
    /// (and, after a crash, at the next start: their names carry the process id).
    struct ReadyCopy
    {
        QString path;
        qint64 seq = 0;
        QString epoch;
        std::optional<SyncScope> scope;
        qint64 madeAt = 0;
    };
    struct ReadyCopies
    {
        QHash<QString, ReadyCopy> byKey;
        ReadyCopies() = default;
        ReadyCopies(const ReadyCopies &) = delete;
        ReadyCopies &operator=(const ReadyCopies &) = delete;
        ~ReadyCopies()
        {
            for (const ReadyCopy &c : std::as_const(byKey))
                QFile::remove(c.path);
        }
    } ready;
    std::unique_ptr<MessageRunner> messages;
    /// Reads the tenant's mailbox of citizens' e-mails on a thread of its own (Options::readMailboxes).
    std::unique_ptr<MailboxRunner> mailbox;
    /// The municipality's Open311 API, made on its first call (server/open311endpoint.cpp).
    std::unique_ptr<Open311Api> open311;
    /// The web form's intake, made on its first report (server/citizenpages.cpp).
    std::unique_ptr<ReportIntake> reports;
    /// Open311 answers to GETs by their whole target, while the data stays at `seq` and the clock in the same
    /// second (the default windows move with it): apps polling the same list are answered from memory.
    struct CachedAnswer
    {
        qint64 seq = -1;
        qint64 second = -1;
        HttpResponse response;
    };
    QHash<QByteArray, CachedAnswer> open311Answers;
    qint64 open311AnswerBytes = 0;
    /// The report form's map of the municipality (server/citizenpages.cpp).
    PickMapCache pickMap;
};

} // namespace CivicDesk
