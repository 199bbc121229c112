// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/result.h"
#include "core/util/workerthread.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace CivicDesk {

class Database;

/// The municipality's mailbox that citizens write to, read over IMAP.
struct MailboxSettings
{
    QString url;             ///< "imap://mail.example.gr/INBOX" (STARTTLS when offered) or "imaps://mail.example.gr/INBOX"
    bool requireTls = false; ///< refuse to log in in clear text
    QString login;
    QString password;
    QString address;         ///< the mailbox's own address (a message from it is a loop); may be empty
    QString caFile;
    int everySeconds = 15;   ///< how often the mailbox is looked at
    int timeoutMs = 30000;

    static Result<MailboxSettings> fromJson(const QString &json);
    QString toJson() const;
    Status validate() const;
};

Result<std::optional<MailboxSettings>> readMailboxSettings(const Database &db);
/// Keeps @p settings in the file (checked first); an empty url stops the reading.
Status writeMailboxSettings(Database &db, const MailboxSettings &settings);

/// An IMAP mailbox through libcurl, one connection kept open. A message taken is marked with the keyword
/// CivicDeskRead (and seen), so that neither a person reading the mailbox nor a round cut short loses one.
class ImapMailbox
{
public:
    explicit ImapMailbox(MailboxSettings settings);
    ~ImapMailbox();
    ImapMailbox(const ImapMailbox &) = delete;
    ImapMailbox &operator=(const ImapMailbox &) = delete;

    static constexpr char takenKeyword[] = "CivicDeskRead";
    /// Messages larger than this are read only in part: their header and the beginning of their text.
    static constexpr qint64 maxWholeBytes = 40LL * 1024 * 1024;
    static constexpr qint64 partBytes = 256 * 1024;

    /// The UIDs of the messages not taken yet, oldest first.
    Result<QList<qint64>> waiting();
    /// The size of message @p uid in bytes.
    Result<qint64> size(qint64 uid);
    /// Message @p uid whole, or its header and the beginning of its text when it is larger than maxWholeBytes.
    struct Fetched
    {
        QByteArray bytes;
        bool truncated = false;
        qint64 size = 0;
    };
    Result<Fetched> fetch(qint64 uid);
    /// Marks message @p uid taken.
    Status markTaken(qint64 uid);
    /// Puts @p message into the mailbox (what a mail server's delivery does; used to try the settings).
    Status append(const QByteArray &message);

private:
    Result<QByteArray> perform(const QString &path, const QByteArray &command, const QByteArray *upload = nullptr);
    MailboxSettings m_settings;
    void *m_curl = nullptr;
};

/// Reads the municipality's mailbox on a thread of its own with its own connection to the file: every
/// everySeconds of the settings (read from the file at each round) and when nudged. Each message becomes work
/// for the desk (MailIntake), written in one transaction (on a server, under a seq of its own so that the desks
/// pull it), and only then is it marked taken in the mailbox: a message is never lost, and one read twice is
/// recognised by its Message-ID.
class MailboxRunner : public QObject
{
    Q_OBJECT
public:
    MailboxRunner(QString path, Clock clock, QObject *parent = nullptr);
    /// On the data at @p location (a municipality's rows on a PostgreSQL server, or a file).
    MailboxRunner(DatabaseLocation location, Clock clock, QObject *parent = nullptr);
    ~MailboxRunner() override;

    /// The file is a server's store (SyncStore::enableServerTracking). Set before start().
    void setServerStore(bool on) { m_serverStore = on; }
    void start();
    void stop();
    void nudge();

Q_SIGNALS:
    /// A round took @p waiting e-mails for the dispatch desk and @p notes replies; @p problem is the last
    /// trouble in the operator's words (the mailbox could not be reached, a message could not be kept).
    void roundDone(int waiting, int notes, int ignored, const QString &problem);
    /// A round changed the file: on a server, the desks are to be told.
    void changed();

private:
    void loop();

    DatabaseLocation m_location;
    Clock m_clock;
    bool m_serverStore = false;
    WorkerThread m_worker;
};

} // namespace CivicDesk
