// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake.h"

#include "core/desk/gazetteer.h"
#include "core/workflow/notifier.h"
#include "core/domain/idgenerator.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/util/tr.h"
#include "core/workflow/engine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QMutex>
#include <QSaveFile>

namespace CivicDesk {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

// ---- IntakeDraft ----

bool IntakeDraft::isEmpty() const
{
    return typeId.isEmpty() && attributes.isEmpty() && address.isEmpty() && !location.isValid() && description.isEmpty() &&
        !emergency && attachments.isEmpty() && photos.isEmpty();
}

QJsonObject IntakeDraft::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("callId"), callId);
    o.insert(QLatin1String("callerNumber"), callerNumber);
    o.insert(QLatin1String("citizenId"), citizenId);
    o.insert(QLatin1String("channel"), toCode(channel));
    o.insert(QLatin1String("typeId"), typeId);
    QJsonObject attrs;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        attrs.insert(it.key(), it.value());
    o.insert(QLatin1String("attributes"), attrs);
    o.insert(QLatin1String("address"), address);
    if (location.isValid()) {
        o.insert(QLatin1String("lat"), location.latitude());
        o.insert(QLatin1String("lon"), location.longitude());
    }
    o.insert(QLatin1String("districtId"), districtId);
    o.insert(QLatin1String("description"), description);
    o.insert(QLatin1String("urgency"), urgency);
    o.insert(QLatin1String("emergency"), emergency);
    o.insert(QLatin1String("attachments"), QJsonArray::fromStringList(attachments));
    QJsonArray stored;
    for (const StoredPhoto &p : photos) {
        stored.append(QJsonObject{{QLatin1String("sha256"), p.sha256}, {QLatin1String("fileName"), p.fileName},
                                  {QLatin1String("mimeType"), p.mimeType}, {QLatin1String("size"), QString::number(p.size)},
                                  {QLatin1String("storedPath"), p.storedPath}});
    }
    if (!stored.isEmpty())
        o.insert(QLatin1String("photos"), stored);
    if (!mediaUrl.isEmpty())
        o.insert(QLatin1String("mediaUrl"), mediaUrl);
    if (!mailId.isEmpty())
        o.insert(QLatin1String("mailId"), mailId);
    return o;
}

IntakeDraft IntakeDraft::fromJson(const QJsonObject &o)
{
    IntakeDraft d;
    d.callId = str(o, "callId");
    d.callerNumber = str(o, "callerNumber");
    d.citizenId = str(o, "citizenId");
    d.channel = channelFromCode(str(o, "channel")).value_or(Channel::Phone);
    d.typeId = str(o, "typeId");
    const QJsonObject attrs = o.value(QLatin1String("attributes")).toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        d.attributes.insert(it.key(), it.value().toString());
    d.address = str(o, "address");
    if (o.contains(QLatin1String("lat")) && o.contains(QLatin1String("lon")))
        d.location = QGeoCoordinate(o.value(QLatin1String("lat")).toDouble(), o.value(QLatin1String("lon")).toDouble());
    d.districtId = str(o, "districtId");
    d.description = str(o, "description");
    d.mediaUrl = str(o, "mediaUrl");
    d.mailId = str(o, "mailId");
    d.urgency = std::clamp(o.value(QLatin1String("urgency")).toInt(2), 1, 3);
    d.emergency = o.value(QLatin1String("emergency")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("attachments")).toArray())
        d.attachments.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("photos")).toArray()) {
        const QJsonObject p = v.toObject();
        d.photos.append({str(p, "sha256"), str(p, "fileName"), str(p, "mimeType"), str(p, "size").toLongLong(), str(p, "storedPath")});
    }
    return d;
}

// ---- IntakeService ----

IntakeService::IntakeService(Database &db, Tenant tenant, QString operatorId, Clock clock, WorkflowEngine *workflow)
    : m_db(db)
    , m_tenant(std::move(tenant))
    , m_operatorId(std::move(operatorId))
    , m_clock(std::move(clock))
    , m_types(CatalogueRepository(db).types())
    , m_gazetteer(std::make_unique<Gazetteer>(db))
    , m_ownWorkflow(workflow ? nullptr : std::make_unique<WorkflowEngine>(db, m_clock))
    , m_workflow(workflow ? workflow : m_ownWorkflow.get())
{
}

IntakeService::~IntakeService() = default;

const ServiceType *IntakeService::type(const QString &id) const
{
    for (int pass = 0; pass < 2; ++pass) {
        for (const ServiceType &t : m_types)
            if (t.id == id)
                return &t;
        if (pass == 0 && !id.isEmpty())
            m_types = CatalogueRepository(m_db).types(); // a type added since (a catalogue import on a running server)
    }
    return nullptr;
}

namespace {

QMutex serverFilesMutex;
QString serverFiles;

} // namespace

void setServerFilesDirectory(const QString &dir)
{
    const QMutexLocker lock(&serverFilesMutex);
    serverFiles = dir;
}

QString attachmentDirectoryOf(const QString &databasePath)
{
    // A municipality's rows on a PostgreSQL server ("postgresql:DBNAME/TENANT"): its photos in the server's folder.
    if (databasePath.startsWith(QLatin1String("postgresql:"))) {
        const QMutexLocker lock(&serverFilesMutex);
        const QString root = serverFiles.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/files")
                                                   : serverFiles;
        return QDir(root).filePath(databasePath.mid(11) + QStringLiteral(".files"));
    }
    return databasePath + QStringLiteral(".files");
}

std::optional<QString> sha256OfStoredPath(const QString &storedPath)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9a-f]{2})/([0-9a-f]{64})(\\.[a-z0-9]{1,8})?$"));
    const QRegularExpressionMatch m = shape.match(storedPath);
    if (!m.hasMatch() || !m.captured(2).startsWith(m.captured(1)))
        return std::nullopt;
    return m.captured(2);
}

QString IntakeService::attachmentDirectory() const
{
    return attachmentDirectoryOf(m_db.path());
}

QList<FieldProblem> IntakeService::check(const IntakeDraft &d) const
{
    QList<FieldProblem> out;
    const ServiceType *t = type(d.typeId);
    if (!t) {
        out.append({QStringLiteral("type"), Tr::tr("Choose the type of problem."), true});
    } else {
        for (const ServiceAttribute &a : t->attributes) {
            const QString value = d.attributes.value(a.code).trimmed();
            const QString field = QStringLiteral("attr:") + a.code;
            if (value.isEmpty()) {
                if (a.required)
                    out.append({field, Tr::tr("Required."), true});
                continue;
            }
            switch (a.datatype) {
            case AttributeDatatype::Number: {
                bool ok = false;
                QLocale().toDouble(value, &ok);
                if (!ok)
                    value.toDouble(&ok);
                if (!ok)
                    out.append({field, Tr::tr("Enter a number."), true});
                break;
            }
            case AttributeDatatype::Datetime:
                if (!QDateTime::fromString(value, Qt::ISODate).isValid())
                    out.append({field, Tr::tr("Enter a date and time."), true});
                break;
            case AttributeDatatype::SingleValueList:
            case AttributeDatatype::MultiValueList: {
                const QStringList chosen = value.split(u',', Qt::SkipEmptyParts);
                if (a.datatype == AttributeDatatype::SingleValueList && chosen.size() > 1)
                    out.append({field, Tr::tr("Choose one value."), true});
                for (const QString &key : chosen) {
                    const bool known = std::any_of(a.values.begin(), a.values.end(), [&](const AttributeValue &v) { return v.key == key; });
                    if (!known) {
                        out.append({field, Tr::tr("“%1” is not one of the values offered.").arg(key), true});
                        break;
                    }
                }
                break;
            }
            case AttributeDatatype::String:
            case AttributeDatatype::Text:
                break;
            }
        }
    }
    if (!d.location.isValid()) {
        if (!d.address.trimmed().isEmpty())
            out.append({QStringLiteral("address"),
                        Tr::tr("“%1” is not in the street gazetteer: choose an address from the list or enter coordinates.").arg(d.address.trimmed()),
                        true});
        else
            out.append({QStringLiteral("location"), Tr::tr("Give the address or the coordinates of the problem."), true});
    } else if (m_gazetteer->isOutside(d.location)) {
        out.append({QStringLiteral("location"), Tr::tr("%1, %2 is outside the municipality.")
                                                    .arg(d.location.latitude(), 0, 'f', 5)
                                                    .arg(d.location.longitude(), 0, 'f', 5),
                    true});
    }
    for (const QString &path : d.attachments) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            out.append({QStringLiteral("attachment"), Tr::tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)), true});
            continue;
        }
        if (info.size() > maxAttachmentBytes)
            out.append({QStringLiteral("attachment"), Tr::tr("%1 is larger than 25 MB.").arg(info.fileName()), true});
        const QString mime = QMimeDatabase().mimeTypeForFile(info).name();
        if (!mime.startsWith(QLatin1String("image/")))
            out.append({QStringLiteral("attachment"), Tr::tr("%1 is not a photo (%2).").arg(info.fileName(), mime), true});
    }
    return out;
}

Result<StoredPhoto> storePhotoBytes(const QString &directory, const QByteArray &bytes, const QString &fileName)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool plainSuffix = !suffix.isEmpty() && suffix.size() <= 8
                             && std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; });
    const QString relative = sha.left(2) + u'/' + sha + (plainSuffix ? u'.' + suffix : QString());
    const QString target = directory + u'/' + relative;
    if (!QFileInfo::exists(target)) {
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{QStringLiteral("attachment.write"), Tr::tr("Cannot store %1: %2").arg(fileName, file.errorString())};
    }
    return StoredPhoto{sha, fileName, QMimeDatabase().mimeTypeForData(bytes).name(), bytes.size(), relative};
}

Result<QList<StoredPhoto>> IntakeService::storePhotos(const QStringList &paths) const
{
    QList<StoredPhoto> out;
    for (const QString &path : paths) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("attachment.read"), Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString())};
        Result<StoredPhoto> stored = storePhotoBytes(attachmentDirectory(), in.readAll(), QFileInfo(path).fileName());
        if (!stored)
            return stored.error();
        out.append(stored.value());
    }
    return out;
}

Status IntakeService::writeAttachments(const IntakeDraft &d, const QString &requestId, qint64 now)
{
    Result<QList<StoredPhoto>> stored = storePhotos(d.attachments);
    if (!stored)
        return stored.error();
    RequestRepository repo(m_db);
    for (const StoredPhoto &p : d.photos + stored.value()) {
        if (!QFileInfo::exists(attachmentDirectory() + u'/' + p.storedPath))
            return Error{QStringLiteral("attachment.missing"), Tr::tr("The photo %1 is not in the photo store.").arg(p.fileName)};
        Attachment a;
        a.id = newRowId(now);
        a.requestId = requestId;
        a.fileName = p.fileName;
        a.mimeType = p.mimeType;
        a.size = p.size;
        a.sha256 = p.sha256;
        a.storedPath = p.storedPath;
        a.createdAt = now;
        a.stamp = {now, m_operatorId};
        if (Status s = repo.saveAttachment(a); !s)
            return s;
    }
    return {};
}

QString IntakeService::confirmationText(const QString &language, const QString &tracking, const QString &typeName, bool linked) const
{
    return Notifier(m_db, m_tenant).text(linked ? Notifier::Kind::Linked : Notifier::Kind::Confirmation, language, tracking, typeName, {});
}

Status IntakeService::queueConfirmation(const IntakeDraft &d, const ServiceRequest &r, bool linked, FiledRequest &out, qint64 now)
{
    Result<QString> channel = Notifier(m_db, m_tenant).queue(d.citizenId, r.id, linked ? Notifier::Kind::Linked : Notifier::Kind::Confirmation,
                                                             {}, m_operatorId, now);
    if (!channel)
        return channel.error();
    out.notificationChannel = channel.value();
    return {};
}

Result<FiledRequest> IntakeService::file(const IntakeDraft &d, const QString &trackingNumber)
{
    const QList<FieldProblem> problems = check(d);
    if (!problems.isEmpty())
        return Error{QStringLiteral("intake.incomplete"), problems.front().message};
    const ServiceType &t = *type(d.typeId);
    const qint64 now = m_clock();
    FiledRequest out;
    Status st = m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        Result<QString> tracking = !trackingNumber.isEmpty() ? Result<QString>(trackingNumber)
                                                             : repo.nextTrackingNumberAt(now);
        if (!tracking)
            return tracking.error();
        ServiceRequest r;
        r.id = newRowId(now);
        r.tenantId = m_tenant.id;
        r.trackingNumber = tracking.value();
        r.channel = d.channel;
        r.citizenId = d.citizenId;
        r.serviceTypeId = t.id;
        r.attributes = d.attributes;
        r.description = d.description.trimmed();
        r.mediaUrl = d.mediaUrl.trimmed();
        r.location = d.location;
        r.address = d.address.trimmed();
        r.districtId = !d.districtId.isEmpty() ? d.districtId : m_gazetteer->districtAt(d.location);
        r.urgency = std::clamp(d.urgency, 1, 3);
        r.emergency = d.emergency;
        int priority = int(t.defaultPriority) + (r.urgency == 3 ? 1 : 0);
        r.priority = d.emergency ? Priority::Emergency : Priority(std::clamp(priority, 1, int(Priority::Urgent)));
        r.status = RequestStatus::New;
        r.createdAt = now;
        // Routing rules pick the department; the deadline counts working time on the municipality's calendar.
        const WorkflowEngine::Placement placement = m_workflow->place(t, r.districtId, now);
        r.departmentId = placement.departmentId;
        r.dueAt = placement.dueAt;
        const std::optional<QString> repeats = m_workflow->recurrenceOf(t.id, r.location, now);
        r.work.targetMs = placement.targetMs;
        r.work.nextEscalationAt = placement.riskAt;
        r.work.recurrenceOf = repeats.value_or(QString());
        r.stamp = {now, m_operatorId};
        if (Status s = repo.insert(r); !s) // the whole request in one write, its working state included
            return s;
        QList<RequestEvent> events;
        events.append({newRowId(now), r.id, EventKind::Created, now, m_operatorId, {}, toCode(RequestStatus::New), toCode(r.channel)});
        if (!r.departmentId.isEmpty())
            events.append({newRowId(now), r.id, EventKind::Routing, now, m_operatorId, {}, r.departmentId, {},
                           Message{QString::fromLatin1(MessageCode::RoutedAtIntake), {}}});
        if (repeats) {
            const std::optional<ServiceRequest> earlier = repo.get(*repeats);
            out.recurrenceOf = earlier ? earlier->trackingNumber : *repeats;
            events.append({newRowId(now), r.id, EventKind::Note, now, m_operatorId, QStringLiteral("recurrence"), out.recurrenceOf, {},
                           Message{QString::fromLatin1(MessageCode::Recurrence), {out.recurrenceOf}}});
        }
        if (r.emergency)
            events.append({newRowId(now), r.id, EventKind::Emergency, now, m_operatorId, {}, QString::number(int(Priority::Emergency)), {},
                           Message{QString::fromLatin1(MessageCode::EmergencyTold), {m_tenant.emergencyNumber}}});
        for (const RequestEvent &e : events)
            if (Status s = repo.appendEvent(e); !s)
                return s;
        if (!r.citizenId.isEmpty())
            if (Status s = repo.addReporter(r.id, r.citizenId, d.callId, now); !s)
                return s;
        if (!d.callId.isEmpty()) {
            if (Status s = repo.linkCall(d.callId, r.id, QStringLiteral("filed")); !s)
                return s;
        }
        if (Status s = writeAttachments(d, r.id, now); !s)
            return s;
        out.requestId = r.id;
        out.trackingNumber = r.trackingNumber;
        out.departmentId = r.departmentId;
        out.priority = r.priority;
        out.dueAt = r.dueAt;
        return queueConfirmation(d, r, false, out, now);
    });
    if (!st)
        return st.error();
    return out;
}

Result<FiledRequest> IntakeService::link(const IntakeDraft &d, const QString &existingRequestId)
{
    const qint64 now = m_clock();
    FiledRequest out;
    out.linked = true;
    Status st = m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        std::optional<ServiceRequest> r = repo.get(existingRequestId);
        if (!r)
            return Error{QStringLiteral("request.missing"), Tr::tr("The request no longer exists.")};
        const QStringList reporters = repo.reporters(r->id);
        if (!d.citizenId.isEmpty() && !reporters.contains(d.citizenId) && d.citizenId != r->citizenId) {
            if (Status s = repo.addReporter(r->id, d.citizenId, d.callId, now); !s)
                return s;
        }
        QString body = d.description.trimmed();
        const int count = int(repo.reporters(r->id).size());
        RequestEvent e{newRowId(now), r->id, EventKind::Link, now, m_operatorId, QString::number(reporters.size()),
                       QString::number(count), body,
                       body.isEmpty() ? Message{QString::fromLatin1(MessageCode::SameProblem), {}} : Message{}};
        if (Status s = repo.appendEvent(e); !s)
            return s;
        if (d.emergency && !r->emergency) {
            if (Status s = repo.raiseToEmergency(r->id, {now, m_operatorId}); !s)
                return s;
            RequestEvent em{newRowId(now), r->id, EventKind::Emergency, now, m_operatorId, QString::number(int(r->priority)),
                            QString::number(int(Priority::Emergency)), {},
                            Message{QString::fromLatin1(MessageCode::EmergencyTold), {m_tenant.emergencyNumber}}};
            if (Status s = repo.appendEvent(em); !s)
                return s;
            r->priority = Priority::Emergency;
        }
        if (!d.callId.isEmpty())
            if (Status s = repo.linkCall(d.callId, r->id, QStringLiteral("linked")); !s)
                return s;
        // A further reporter can raise the priority (the catalogue's cluster rule).
        const QString master = r->clusterId.isEmpty() ? r->id : r->clusterId;
        if (Status s = m_workflow->updateClusterPriority(master, m_operatorId, now); !s)
            return s;
        if (Status s = writeAttachments(d, r->id, now); !s)
            return s;
        out.requestId = r->id;
        out.trackingNumber = r->trackingNumber;
        out.departmentId = r->departmentId;
        out.priority = r->priority;
        return queueConfirmation(d, *r, true, out, now);
    });
    if (!st)
        return st.error();
    return out;
}

} // namespace CivicDesk
