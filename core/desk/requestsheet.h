// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/servicerequest.h"
#include "core/util/result.h"
#include "core/workflow/engine.h"

#include <QHash>
#include <QList>

#include <map>
#include <memory>
#include <optional>

class QTranslator;

namespace CivicDesk {

class Database;

/// Everything about one request that its page shows: the request as stored, with the names of what its ids
/// point to (type and group, department, crew, assignee, district), the answers to its type's questions in
/// words, its photos, every citizen who reported it with their contact, its deadline now and its history.
struct RequestSheet
{
    ServiceRequest request;
    QString typeName;
    QString groupName;
    QString departmentName;
    QString crewName;
    QString assigneeName;
    QString districtName;

    struct Answer
    {
        QString question; ///< the attribute's description in the asked language
        QString value;    ///< list keys as their names
    };
    QList<Answer> answers;

    struct Reporter
    {
        QString citizenId;
        QString name;
        QStringList phones; ///< as typed, valid ones first
        QStringList emails;
        QString language;   ///< the citizen's preferred language (empty: the municipality's)
        bool filedIt = false; ///< the citizen who filed the request (the others reported it again)
    };
    QList<Reporter> reporters;

    QList<Attachment> photos;
    QString photoDirectory; ///< where the photos' stored paths start
    QList<RequestEvent> history;
    QHash<QString, QString> actorNames; ///< users, departments and crews by id, for the history

    /// A message to a citizen about this request and where its sending stands.
    struct Sent
    {
        QString channel;  ///< "email", "sms"
        QString address;
        QString status;   ///< "queued", "sent", "failed"
        qint64 queuedAt = 0;
        qint64 sentAt = 0;
        qint64 nextAttemptAt = 0;
        int attempts = 0;
        QString lastError;
        QString report;       ///< the gateway's delivery report: "", accepted, queued, delivered, undelivered, refused
        qint64 reportedAt = 0;
    };
    QList<Sent> messages;

    DeadlineInfo deadline;
    /// When the work is expected to be done (the deadline on the working calendar) while it is open; when it
    /// was closed once it is; 0 when neither is known.
    qint64 expectedAt = 0;
    bool open = true;
    QString masterTrackingNumber; ///< the request this one duplicates, if it does
    QString masterId;

    /// The language to answer the caller in: the first reporter's, else the municipality's main language.
    QString callerLanguage;
};

/// Reads request sheets and words the answer an operator reads to a caller asking about one.
class RequestSheetReader
{
public:
    RequestSheetReader(Database &db, WorkflowEngine &workflow, QString uiLanguage);
    ~RequestSheetReader();

    /// The sheet of @p requestId as stored, its deadline as it stands at @p now, names in the desk's language.
    Result<RequestSheet> read(const QString &requestId, qint64 now) const;

    /// What to tell a caller asking about the request of @p sheet, in @p language ("en", "el", "ro", "it",
    /// "ca", "es"): where it stands, what happens next and when. It does not depend on the desk's language.
    QString callerAnswer(const RequestSheet &sheet, const QString &language, qint64 now) const;

private:
    const QTranslator *catalogue(const QString &language) const;

    Database &m_db;
    WorkflowEngine &m_workflow;
    QString m_language;
    struct Names
    {
        QHash<QString, QString> actors;    ///< users, departments and crews
        QHash<QString, QString> groups;    ///< service groups
        QHash<QString, QString> districts;
        QString municipalityLanguage; ///< its main language, for callers whose own is not known
    };
    mutable std::optional<Names> m_names; ///< read on the first sheet
};

} // namespace CivicDesk
