// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/citizencheck.h"
#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/domain/servicerequest.h"
#include "core/util/clock.h"
#include "core/storage/draftstore.h"
#include "core/util/result.h"

#include <QGeoCoordinate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

#include <memory>

namespace CivicDesk {

class Database;
class Gazetteer;
class WorkflowEngine;

/// What the operator has entered for a new request so far; saved as a draft while it is typed.
/// A photo kept in the content-addressed store beside the database (bytes by their SHA-256), ready to be
/// attached to a request by a command.
/// Where the photos of the database file @p databasePath are kept, by content: beside it, "FILE.files".
QString attachmentDirectoryOf(const QString &databasePath);
/// Where a server on PostgreSQL keeps the photos (a folder every instance reaches, a shared one when there are
/// several): a sub-folder per database and municipality. civicdesk-server --files-dir sets it; the default is
/// the application's data folder.
void setServerFilesDirectory(const QString &dir);
/// Whether @p storedPath is a photo store path ("ab/<64 hex digits>[.ext]"), and its SHA-256 when it is.
std::optional<QString> sha256OfStoredPath(const QString &storedPath);

struct StoredPhoto
{
    QString sha256;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString storedPath; ///< relative to the store
    bool operator==(const StoredPhoto &) const = default;
};

/// Keeps @p bytes in the photo store at @p directory (once per content) as a photo named @p fileName.
Result<StoredPhoto> storePhotoBytes(const QString &directory, const QByteArray &bytes, const QString &fileName);

struct IntakeDraft
{
    QString callId;
    QString callerNumber;
    QString citizenId;
    Channel channel = Channel::Phone;
    QString typeId;
    QMap<QString, QString> attributes; ///< code → value; multi-value lists: keys joined by ','
    QString address;
    QGeoCoordinate location;
    QString districtId;
    QString description;
    int urgency = 2;
    bool emergency = false;
    QStringList attachments; ///< paths of files chosen on this machine (the form's; a command carries photos)
    QList<StoredPhoto> photos; ///< photos already in the store
    QString mediaUrl;          ///< a photo the reporter's app keeps online (Open311 media_url)
    QString mailId;            ///< the citizen's e-mail (waiting at the dispatch desk) that this request is filed from

    bool isEmpty() const;
    QJsonObject toJson() const;
    static IntakeDraft fromJson(const QJsonObject &json);
};

/// The outcome of filing or joining.
struct FiledRequest
{
    QString requestId;
    QString trackingNumber;
    bool linked = false;        ///< the call joined an existing request
    QString notificationChannel; ///< "sms", "email" or empty when the citizen is not notified
    QString departmentId;
    Priority priority = Priority::Normal;
    qint64 dueAt = 0;
    QString recurrenceOf; ///< tracking number of the closed request this one repeats, if any
};

/// Turns an intake into a request: checks it, routes it, numbers it and writes it with its history, its
/// reporter, the call link, attachments and the confirmation message, in one transaction.
class IntakeService
{
public:
    /// Uses @p workflow for routing, deadlines and recurrence (the desk's own), or makes one when none is given.
    IntakeService(Database &db, Tenant tenant, QString operatorId, Clock clock = systemClock(), WorkflowEngine *workflow = nullptr);
    ~IntakeService();

    /// Problems that keep the draft from being filed (field codes: "type", "attr:<code>", "location",
    /// "address", "attachment", "description"); empty when it can be filed.
    QList<FieldProblem> check(const IntakeDraft &draft) const;

    /// Files a new request. The draft must pass check().
    /// @p trackingNumber: the number the desk reserved for it (a synced desk's command carries it, so that the
    /// server files it under the same number); empty: the next of this file.
    Result<FiledRequest> file(const IntakeDraft &draft, const QString &trackingNumber = {});
    /// Adds the caller as a further reporter of @p existingRequestId instead of filing a new request.
    Result<FiledRequest> link(const IntakeDraft &draft, const QString &existingRequestId);

    /// The confirmation text sent to a citizen in @p language.
    QString confirmationText(const QString &language, const QString &trackingNumber, const QString &typeName, bool linked) const;

    /// Where attachments of this database are kept.
    QString attachmentDirectory() const;
    /// Copies the files at @p paths into the store (once per content), writing no row.
    Result<QList<StoredPhoto>> storePhotos(const QStringList &paths) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }
    WorkflowEngine &workflow() { return *m_workflow; }
    const ServiceType *type(const QString &id) const;

    static constexpr qint64 maxAttachmentBytes = 25LL * 1024 * 1024;

private:
    Status writeAttachments(const IntakeDraft &draft, const QString &requestId, qint64 now);
    Status queueConfirmation(const IntakeDraft &draft, const ServiceRequest &request, bool linked, FiledRequest &out, qint64 now);

    Database &m_db;
    Tenant m_tenant;
    QString m_operatorId;
    Clock m_clock;
    mutable QList<ServiceType> m_types;
    std::unique_ptr<Gazetteer> m_gazetteer;
    std::unique_ptr<WorkflowEngine> m_ownWorkflow;
    WorkflowEngine *m_workflow;
};

} // namespace CivicDesk
