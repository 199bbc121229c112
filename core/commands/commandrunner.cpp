// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

#include "core/workflow/campaigns.h"
#include "core/workflow/messagetemplates.h"
#include "core/workflow/staffnotifier.h"

#include "core/desk/callservice.h"
#include "core/desk/citizencheck.h"
#include "core/desk/citizenprofile.h"
#include "core/desk/intake.h"
#include "core/domain/idgenerator.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/conflictstore.h"
#include "core/storage/database.h"
#include "core/storage/inboundmailstore.h"
#include "core/storage/organisationrepository.h"
#include "core/util/tr.h"
#include "core/workflow/engine.h"
#include "core/workflow/escalation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CivicDesk {
namespace {

Error badArguments(const Command &c, const QString &what)
{
    return Error{QStringLiteral("command.bad-arguments"), Tr::tr("The command %1 is missing %2 or has it of the wrong kind.").arg(c.name, what)};
}

/// A text argument that must be there.
std::optional<QString> text(const Command &c, const char *key)
{
    const QJsonValue v = c.args.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return std::nullopt;
    return v.toString();
}

QString optionalText(const Command &c, const char *key)
{
    return c.args.value(QLatin1String(key)).toString();
}

QJsonObject requestAnswer(const FiledRequest &f)
{
    return {{QStringLiteral("requestId"), f.requestId},
            {QStringLiteral("trackingNumber"), f.trackingNumber},
            {QStringLiteral("linked"), f.linked},
            {QStringLiteral("notificationChannel"), f.notificationChannel},
            {QStringLiteral("departmentId"), f.departmentId},
            {QStringLiteral("priority"), int(f.priority)},
            {QStringLiteral("dueAt"), QString::number(f.dueAt)},
            {QStringLiteral("recurrenceOf"), f.recurrenceOf}};
}

} // namespace

CommandRunner::CommandRunner(Database &db)
    : m_db(db)
{
    OrganisationRepository org(db);
    m_tenant = org.tenant().value_or(Tenant{});
    for (const User &u : org.users())
        m_users.insert(u.id, u);
    const Clock clock = [this] { return m_now; };
    m_workflow = std::make_unique<WorkflowEngine>(db, clock);
    m_ladder = std::make_unique<EscalationScheduler>(db, clock);
}

CommandRunner::~CommandRunner() = default;

bool CommandRunner::isChannelActor(const QString &actorId)
{
    const std::optional<Channel> channel = channelFromCode(actorId);
    return channel && (*channel == Channel::Web || *channel == Channel::MobileApp || *channel == Channel::Email || *channel == Channel::Open311);
}

QStringList CommandRunner::names()
{
    using namespace CommandName;
    return {QString::fromLatin1(FileRequest), QString::fromLatin1(JoinRequest), QString::fromLatin1(Transition), QString::fromLatin1(Reroute),
            QString::fromLatin1(Assign), QString::fromLatin1(AddNote), QString::fromLatin1(LinkDuplicate),
            QString::fromLatin1(RateSatisfaction), QString::fromLatin1(SaveCitizen), QString::fromLatin1(MergeCitizens),
            QString::fromLatin1(StartCall), QString::fromLatin1(SetCallCitizen), QString::fromLatin1(LinkCall),
            QString::fromLatin1(EndCall), QString::fromLatin1(SaveTemplate), QString::fromLatin1(SendCampaign), QString::fromLatin1(SetAlertsByEmail),
            QString::fromLatin1(SaveDraft), QString::fromLatin1(ReceiveMail), QString::fromLatin1(SetMailAside)};
}

IntakeService &CommandRunner::intakeFor(const QString &userId)
{
    auto &slot = m_intake[userId];
    if (!slot) // rows written by the pseudo-user of a municipality without users name no operator
        slot = std::make_unique<IntakeService>(m_db, m_tenant, userId, [this] { return m_now; }, m_workflow.get());
    return *slot;
}

CallService &CommandRunner::callsFor(const QString &userId)
{
    auto &slot = m_calls[userId];
    if (!slot)
        slot = std::make_unique<CallService>(m_db, m_tenant.id, m_tenant.country.isEmpty() ? QStringLiteral("GR") : m_tenant.country,
                                             userId == QLatin1String("desk") ? QString() : userId, [this] { return m_now; });
    return *slot;
}

void CommandRunner::prepareFor(const QString &userId)
{
    (void)callsFor(userId);
}

Result<QJsonObject> CommandRunner::run(const Command &command)
{
    if (!IdGenerator::isValid(command.id) || command.at <= 0)
        return Error{QStringLiteral("command.malformed"), Tr::tr("The command has no valid id or time.")};
    User user;
    if (!m_users.contains(command.actorId) && !(m_users.isEmpty() && command.actorId == QLatin1String("desk"))) {
        // A user added since (on the server; pulled, on a desk): read them again.
        m_users.clear();
        for (const User &u : OrganisationRepository(m_db).users())
            m_users.insert(u.id, u);
        if (m_tenant.id.isEmpty())
            m_tenant = OrganisationRepository(m_db).tenant().value_or(Tenant{});
    }
    if (const auto it = m_users.constFind(command.actorId); it != m_users.cend() && it->active) {
        user = *it;
    } else if (isChannelActor(command.actorId)) {
        // What a citizen's own channel brought in (an app, the web form, an e-mail), run by the server for them.
        using namespace CommandName;
        static const QStringList mayRun{QString::fromLatin1(FileRequest), QString::fromLatin1(JoinRequest), QString::fromLatin1(SaveCitizen),
                                        QString::fromLatin1(AddNote), QString::fromLatin1(RateSatisfaction), QString::fromLatin1(ReceiveMail)};
        if (!mayRun.contains(command.name))
            return Error{QStringLiteral("command.unknown-user"), Tr::tr("The command was issued by no active user of this municipality.")};
        user.id = command.actorId;
        user.role = Role::Operator;
    } else if (m_users.isEmpty() && command.actorId == QLatin1String("desk")) {
        user.id = command.actorId; // a municipality with no users yet: its desk works as an operator
        user.role = Role::Operator;
    } else {
        return Error{QStringLiteral("command.unknown-user"), Tr::tr("The command was issued by no active user of this municipality.")};
    }
    const IdScope ids(command.id); // the rows it makes get the same ids wherever it runs
    m_now = command.at;
    return dispatch(command, user);
}

Result<QJsonObject> CommandRunner::dispatch(const Command &c, const User &user)
{
    using namespace CommandName;
    const Actor actor{user.id, user.role, user.departmentId};
    const QByteArray name = c.name.toLatin1();
    const auto done = [](const Status &s) -> Result<QJsonObject> {
        if (!s)
            return s.error();
        return QJsonObject{};
    };

    if (name == FileRequest || name == JoinRequest) {
        const IntakeDraft draft = IntakeDraft::fromJson(c.args.value(QStringLiteral("draft")).toObject());
        if (!draft.attachments.isEmpty())
            return badArguments(c, QStringLiteral("attachments (photos travel with the request, not as paths)"));
        Result<FiledRequest> f = Error{};
        if (name == FileRequest) {
            f = intakeFor(user.id).file(draft, optionalText(c, "trackingNumber"));
        } else {
            const std::optional<QString> existing = text(c, "requestId");
            if (!existing)
                return badArguments(c, QStringLiteral("requestId"));
            f = intakeFor(user.id).link(draft, *existing);
        }
        if (!f)
            return f.error();
        if (!draft.mailId.isEmpty())
            if (Status st = InboundMailStore(m_db).markFiled(draft.mailId, f->requestId, user.id, m_now); !st)
                return st.error();
        return requestAnswer(f.value());
    }

    if (name == ReceiveMail) {
        if (user.id != toCode(Channel::Email))
            return Error{QStringLiteral("command.forbidden"), Tr::tr("Only the municipality's mailbox brings in e-mails.")};
        const QJsonObject m = c.args.value(QStringLiteral("mail")).toObject();
        InboundMailStore::Row row;
        row.id = newRowId(m_now);
        row.tenantId = m_tenant.id;
        row.messageId = m.value(QStringLiteral("messageId")).toString();
        row.receivedAt = m_now;
        row.fromAddress = m.value(QStringLiteral("fromAddress")).toString();
        row.fromName = m.value(QStringLiteral("fromName")).toString();
        row.citizenId = m.value(QStringLiteral("citizenId")).toString();
        row.subject = m.value(QStringLiteral("subject")).toString();
        row.body = m.value(QStringLiteral("body")).toString();
        row.photosJson = QString::fromUtf8(QJsonDocument(m.value(QStringLiteral("photos")).toArray()).toJson(QJsonDocument::Compact));
        row.problems = m.value(QStringLiteral("problems")).toString();
        if (row.messageId.isEmpty() || row.fromAddress.isEmpty())
            return badArguments(c, QStringLiteral("mail.messageId, mail.fromAddress"));
        if (InboundMailStore(m_db).byMessageId(row.tenantId, row.messageId))
            return QJsonObject{{QStringLiteral("duplicate"), true}};
        // A reply to a request's message: a note on it, and the e-mail is handled already.
        if (const QString replyTo = m.value(QStringLiteral("requestId")).toString(); !replyTo.isEmpty()) {
            if (Status st = m_workflow->addNote(replyTo, m.value(QStringLiteral("note")).toString(), actor); !st)
                return st.error();
            row.state = InboundMailStore::State::Filed;
            row.requestId = replyTo;
            row.handledBy = user.id;
            row.handledAt = m_now;
        }
        if (Status st = InboundMailStore(m_db).insert(row, user.id); !st)
            return st.error();
        return QJsonObject{{QStringLiteral("mailId"), row.id}};
    }
    if (name == SetMailAside) {
        const QString mailId = optionalText(c, "mailId");
        if (mailId.isEmpty())
            return badArguments(c, QStringLiteral("mailId"));
        return done(InboundMailStore(m_db).markSetAside(mailId, optionalText(c, "reason").trimmed().left(500), user.id, m_now));
    }

    if (name == SetAlertsByEmail) {
        const QString email = optionalText(c, "email").trimmed();
        const bool byEmail = c.args.value(QStringLiteral("byEmail")).toBool();
        if (!email.isEmpty() && !StaffNotifier::isAddress(email))
            return Error{QStringLiteral("user.email"), Tr::tr("“%1” is not an e-mail address.").arg(email)};
        if (byEmail && email.isEmpty())
            return Error{QStringLiteral("user.email"), Tr::tr("Alerts by e-mail need an e-mail address.")};
        std::optional<User> own = OrganisationRepository(m_db).user(user.id);
        if (!own)
            return Error{QStringLiteral("command.unknown-user"), Tr::tr("The command was issued by no active user of this municipality.")};
        own->email = email;
        own->notifyByEmail = byEmail;
        own->stamp = {m_now, user.id};
        if (Status st = OrganisationRepository(m_db).saveUser(*own); !st)
            return st.error();
        m_users.insert(own->id, *own);
        return QJsonObject{};
    }
    if (name == SendCampaign) {
        const QJsonValue draft = c.args.value(QStringLiteral("draft"));
        if (!draft.isObject())
            return badArguments(c, QStringLiteral("draft"));
        Result<CampaignStore::Campaign> sent = Campaigns(m_db, m_tenant).send(Campaigns::Draft::fromJson(draft.toObject()), user.id, m_now);
        if (!sent)
            return sent.error();
        return QJsonObject{{QStringLiteral("campaignId"), sent->id},
                           {QStringLiteral("recipients"), sent->recipients},
                           {QStringLiteral("withoutConsent"), sent->withoutConsent}};
    }
    if (name == SaveTemplate) {
        MessageTemplate t;
        t.event = optionalText(c, "event");
        t.language = optionalText(c, "language");
        t.channel = optionalText(c, "channel");
        t.subject = optionalText(c, "subject");
        t.body = optionalText(c, "body");
        t.html = optionalText(c, "html");
        return done(TemplateBook(m_db, m_tenant).save(t, {m_now, user.id}));
    }

    const std::optional<QString> requestId = text(c, "requestId");
    if (name == Transition) {
        const std::optional<RequestStatus> to = requestStatusFromCode(optionalText(c, "to"));
        if (!requestId || !to)
            return badArguments(c, QStringLiteral("requestId, to"));
        std::optional<AccuracyRating> accuracy;
        if (const QString code = optionalText(c, "accuracy"); !code.isEmpty()) {
            accuracy = accuracyRatingFromCode(code);
            if (!accuracy)
                return badArguments(c, QStringLiteral("accuracy"));
        }
        Result<ServiceRequest> r = m_workflow->transition(*requestId, *to, actor, optionalText(c, "note"), accuracy);
        if (!r)
            return r.error();
        (void)m_ladder->runFor(*requestId); // a reopened request may be overdue already
        return QJsonObject{};
    }
    if (name == Reroute) {
        const std::optional<QString> department = text(c, "departmentId");
        if (!requestId || !department)
            return badArguments(c, QStringLiteral("requestId, departmentId"));
        return done(m_workflow->reroute(*requestId, *department, optionalText(c, "reason"), actor));
    }
    if (name == Assign) {
        if (!requestId)
            return badArguments(c, QStringLiteral("requestId"));
        return done(m_workflow->assign(*requestId, optionalText(c, "crewId"), optionalText(c, "assigneeId"), actor));
    }
    if (name == AddNote) {
        if (!requestId)
            return badArguments(c, QStringLiteral("requestId"));
        return done(m_workflow->addNote(*requestId, optionalText(c, "text"), actor));
    }
    if (name == LinkDuplicate) {
        const std::optional<QString> master = text(c, "masterId");
        if (!requestId || !master)
            return badArguments(c, QStringLiteral("requestId, masterId"));
        return done(m_workflow->linkDuplicate(*requestId, *master, actor));
    }
    if (name == RateSatisfaction) {
        const int score = c.args.value(QStringLiteral("score")).toInt();
        if (!requestId || score < 1 || score > 5)
            return badArguments(c, QStringLiteral("requestId, score 1–5"));
        return done(m_workflow->rateSatisfaction(*requestId, score, optionalText(c, "comment"), actor));
    }
    if (name == SaveCitizen) {
        const QJsonValue json = c.args.value(QStringLiteral("citizen"));
        if (!json.isObject())
            return badArguments(c, QStringLiteral("citizen"));
        Citizen citizen = citizenFromJson(QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact)));
        const bool isNew = c.args.value(QStringLiteral("isNew")).toBool();
        if (!IdGenerator::isValid(citizen.id))
            return badArguments(c, QStringLiteral("citizen.id"));
        if (isNew) {
            citizen.tenantId = m_tenant.id;
            citizen.createdAt = c.at;
        }
        citizen.stamp = {c.at, user.id};
        const CitizenCheck check = checkCitizen(citizen, callsFor(user.id).phones(), m_tenant.country);
        if (!check.canSave()) {
            QStringList problems;
            for (const FieldProblem &p : check.problems)
                if (p.blocking)
                    problems.append(p.message);
            return Error{QStringLiteral("citizen.invalid"), problems.join(u' ')};
        }
        CitizenRepository repo(m_db);
        // Saved from a version that is no longer the current one (another desk saved the citizen meanwhile, one of
        // them offline): the later edit by the clock stands, the other is kept whole as a conflict for both
        // operators to see. The same code decides on the desk and on the server.
        std::optional<CitizenConflict> conflict;
        bool keep = true;
        if (!isNew && c.args.contains(QStringLiteral("baseUpdatedAt"))) {
            const qint64 base = c.args.value(QStringLiteral("baseUpdatedAt")).toString().toLongLong();
            const std::optional<Citizen> current = repo.get(check.citizen.id);
            // One's own earlier save is not a conflict: the later one simply stands.
            if (current && current->stamp.updatedAt != base && current->stamp.updatedBy != user.id) {
                keep = c.at > current->stamp.updatedAt || (c.at == current->stamp.updatedAt && user.id > current->stamp.updatedBy);
                conflict = CitizenConflict{newRowId(c.at), m_tenant.id, check.citizen.id, c.at,
                                           keep ? user.id : current->stamp.updatedBy, keep ? c.at : current->stamp.updatedAt,
                                           keep ? current->stamp.updatedBy : user.id, keep ? current->stamp.updatedAt : c.at,
                                           citizenToJson(keep ? *current : check.citizen)};
            }
        }
        const Status saved = m_db.transaction([&]() -> Status {
            if (keep) {
                if (Status s = isNew ? repo.insert(check.citizen) : repo.update(check.citizen); !s)
                    return s;
            }
            return conflict ? ConflictStore(m_db).insert(*conflict) : Status{};
        });
        if (!saved)
            return saved.error();
        QJsonObject answer{{QStringLiteral("citizenId"), check.citizen.id}};
        if (conflict) {
            answer.insert(QStringLiteral("conflict"), conflict->id);
            answer.insert(QStringLiteral("kept"), keep);
        }
        return answer;
    }
    if (name == MergeCitizens) {
        const std::optional<QString> survivor = text(c, "survivorId"), merged = text(c, "mergedId");
        if (!survivor || !merged)
            return badArguments(c, QStringLiteral("survivorId, mergedId"));
        return done(CitizenProfileService(m_db, QString(), [this] { return m_now; }).merge(*survivor, *merged, user.id));
    }
    if (name == StartCall) {
        Result<Call> call = callsFor(user.id).start(optionalText(c, "number"), optionalText(c, "citizenId"));
        if (!call)
            return call.error();
        return QJsonObject{{QStringLiteral("callId"), call->id}};
    }
    const std::optional<QString> callId = text(c, "callId");
    if (name == SetCallCitizen) {
        const std::optional<QString> citizenId = text(c, "citizenId");
        if (!callId || !citizenId)
            return badArguments(c, QStringLiteral("callId, citizenId"));
        return done(callsFor(user.id).setCitizen(*callId, *citizenId));
    }
    if (name == LinkCall) {
        const std::optional<QString> relation = text(c, "relation");
        if (!callId || !requestId || !relation)
            return badArguments(c, QStringLiteral("callId, requestId, relation"));
        return done(callsFor(user.id).noteRequest(*callId, *requestId, *relation));
    }
    if (name == EndCall) {
        if (!callId)
            return badArguments(c, QStringLiteral("callId"));
        const QString outcomeCode = c.args.value(QStringLiteral("outcome")).toString();
        const std::optional<CallOutcome> outcome = callOutcomeFromCode(outcomeCode);
        if (!outcomeCode.isEmpty() && !outcome)
            return badArguments(c, QStringLiteral("callId, outcome (request, information, status, complaint, transferred, other), note"));
        return done(callsFor(user.id).end(*callId, outcome, c.args.value(QStringLiteral("note")).toString()));
    }
    if (name == SaveDraft) {
        const std::optional<QString> key = text(c, "key");
        if (!key)
            return badArguments(c, QStringLiteral("key"));
        const QJsonObject payload = c.args.value(QStringLiteral("payload")).toObject();
        DraftStore drafts(m_db);
        return done(payload.isEmpty() ? drafts.clear(*key) : drafts.save(*key, payload, c.at));
    }
    return Error{QStringLiteral("command.unknown"), Tr::tr("There is no command %1.").arg(c.name)};
}

} // namespace CivicDesk
