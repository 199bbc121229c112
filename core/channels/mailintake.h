// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/channels/mailparser.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QString>

#include <memory>

namespace CivicDesk {

class CommandRunner;
class Database;
class ReportIntake;

/// What became of one e-mail read from the municipality's mailbox.
struct MailOutcome
{
    enum class Kind {
        Waiting,  ///< kept for the dispatch desk, to be filed as a request
        Note,     ///< a reply about a request: a note on it
        Ignored,  ///< a machine's message, a loop or no sender: dropped (reason says why)
        Repeated  ///< read before (the same Message-ID): nothing done
    };
    Kind kind = Kind::Ignored;
    QString mailId;
    QString requestId;
    QString trackingNumber;
    QString reason; ///< why it was ignored, in English for the log
};

/// Turns an e-mail from a citizen into work for the desk: the sender found in the registry by address (or
/// registered), a reply that names a request's tracking number in its subject a note on that request (when it
/// comes from that request's citizen), anything else an e-mail waiting at the dispatch desk with its text and
/// its photos (kept in the photo store). Autoresponders, bounces, mailing lists, the mailbox's own messages and
/// a sender who writes more than maxPerHour times an hour (a loop) are dropped. Everything is written by commands
/// in the e-mail channel's name, inside the caller's transaction, so that the desks pull it as anything else.
class MailIntake
{
public:
    MailIntake(Database &db, CommandRunner &runner, Clock clock = systemClock());
    ~MailIntake();

    static constexpr int maxPerHour = 20;

    /// Takes the message @p raw read from the mailbox whose own address is @p ownAddress; @p truncated: only
    /// the beginning of a message of @p fullSize bytes was read (it was too large to read whole).
    Result<MailOutcome> take(const QByteArray &raw, const QString &ownAddress, bool truncated = false, qint64 fullSize = 0);

private:
    Database &m_db;
    CommandRunner &m_runner;
    Clock m_clock;
    std::unique_ptr<ReportIntake> m_reports;
};

} // namespace CivicDesk
