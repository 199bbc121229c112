// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the messages to citizens: CivicDesk's own in every language within two SMS, a municipality's own
// checked before they are kept (unknown placeholders, stray braces, an SMS too long) and then used for every
// message queued, and the events that queue them: received, accepted, scheduled, resolved, for every reporter
// of a cluster in their own language.
#include "testsupport.h"

#include "core/commands/command.h"
#include "core/commands/commandrunner.h"
#include "core/storage/notificationstore.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/templatestore.h"
#include "core/sync/permissions.h"
#include "core/text/smstext.h"
#include "core/workflow/engine.h"
#include "core/workflow/messagetemplates.h"
#include "core/workflow/notifier.h"

#include <QJsonObject>

using namespace CivicDesk;
using namespace CivicDesk::Test;
using MessageTemplates::Event;

namespace {

Result<QJsonObject> saveTemplate(Demo &d, CommandRunner &runner, const QString &event, const QString &language, const QString &channel,
                                 const QString &body, const QString &subject = {}, const QString &html = {})
{
    const User admin = d.user(Role::Administrator);
    d.now += 1000;
    return runner.run(Command{newRowId(d.now), QString::fromLatin1(CommandName::SaveTemplate), d.now, admin.id,
                              QJsonObject{{QStringLiteral("event"), event},
                                          {QStringLiteral("language"), language},
                                          {QStringLiteral("channel"), channel},
                                          {QStringLiteral("subject"), subject},
                                          {QStringLiteral("body"), body},
                                          {QStringLiteral("html"), html}}});
}

/// A request of the demo still new, with no reporters but @p citizens.
ServiceRequest newRequest(Demo &d)
{
    RequestRepository repo(d.db());
    for (qint64 i = 1; i < 2000; ++i) {
        std::optional<ServiceRequest> r = repo.getByLocalId(i);
        if (r && r->status == RequestStatus::New && r->clusterId.isEmpty())
            return *r;
    }
    FAIL("the demo has no new request");
    return {};
}

Citizen reporter(Demo &d, const QString &given, const QString &language, ContactChannel channel)
{
    Citizen c = person(given, QStringLiteral("Ιωάννου"), channel == ContactChannel::Sms ? QStringLiteral("6944123456") : QString());
    if (channel == ContactChannel::Email)
        c.emails = {{given.toLower() + QStringLiteral("@example.org"), {}}};
    c.consents = {{channel, true, d.now}};
    c.preferredLanguage = language;
    return d.save(c);
}

} // namespace

TEST_CASE("message templates: CivicDesk's own words pass their checks in every language, an SMS within two messages", "[notify][templates]")
{
    for (Event e : MessageTemplates::events()) {
        for (const QString &language : MessageTemplates::languages()) {
            for (const QString &channel : {QStringLiteral("sms"), QStringLiteral("email")}) {
                const MessageTemplate t = MessageTemplates::builtIn(e, language, channel);
                INFO(MessageTemplates::code(e).toStdString() << " " << language.toStdString() << " " << channel.toStdString());
                CHECK(t.language == language);
                CHECK_FALSE(t.custom);
                CHECK(MessageTemplates::check(t, QStringLiteral("Δήμος Θεσσαλονίκης")).ok());
                const QString text = MessageTemplates::fill(t.body, MessageTemplates::sample(QStringLiteral("Δήμος Θεσσαλονίκης"), language, e));
                CHECK_FALSE(text.contains(u'{'));
                CHECK(smsSegments(text) <= 2);
            }
        }
    }
    CHECK(MessageTemplates::builtIn(Event::Resolved, QStringLiteral("fi"), QStringLiteral("sms")).language == QStringLiteral("en"));
    // The survey link is short, the request's own, and made again the same.
    const QString link = MessageTemplates::surveyLink(QStringLiteral("0192f0c4-7d1e-7b3a-9c2f-5e8d4a6b1c90"));
    CHECK(link == MessageTemplates::surveyLink(QStringLiteral("0192f0c4-7d1e-7b3a-9c2f-5e8d4a6b1c90")));
    CHECK(link != MessageTemplates::surveyLink(QStringLiteral("0192f0c4-7d1e-7b3a-9c2f-5e8d4a6b1c91")));
    CHECK(link.size() < 60);
}

TEST_CASE("message templates: SMS length in GSM 7-bit septets and UCS-2 characters", "[notify][templates]")
{
    CHECK(smsLength(QString(160, u'a')).segments == 1);
    CHECK(smsLength(QString(161, u'a')).segments == 2);
    CHECK(smsLength(QString(159, u'a') + QStringLiteral("€")).units == 161); // € is an escape and a septet
    CHECK(smsLength(QString(159, u'a') + QStringLiteral("€")).segments == 2);
    CHECK(smsLength(QString(70, QChar(0x03B1))).segments == 1);                  // α: UCS-2
    CHECK_FALSE(smsLength(QString(70, QChar(0x03B1))).gsm7);
    CHECK(smsLength(QString(71, QChar(0x03B1))).segments == 2);
    CHECK(smsLength(QString(135, QChar(0x03B1))).segments == 3);
    CHECK(smsLength(QStringLiteral("ΔΦΓΛΩΠΨΣΘΞ")).gsm7);                          // the capitals GSM 03.38 has
}

TEST_CASE("message templates: a municipality's own words are checked before they are kept, then used for every message", "[notify][templates]")
{
    Demo d;
    CommandRunner runner(d.db());
    CHECK(Permissions::mayRun(Role::Administrator, QString::fromLatin1(CommandName::SaveTemplate)));
    for (Role r : {Role::Operator, Role::DepartmentStaff, Role::DepartmentHead, Role::Supervisor})
        CHECK_FALSE(Permissions::mayRun(r, QString::fromLatin1(CommandName::SaveTemplate)));

    const Result<QJsonObject> unknown = saveTemplate(d, runner, QStringLiteral("received"), QStringLiteral("el"), QStringLiteral("sms"),
                                                     QStringLiteral("{municipality}: αίτημα {tracking_no} καταχωρίστηκε"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("template.placeholder"));
    CHECK(unknown.error().message.contains(QStringLiteral("{tracking_no}")));
    CHECK(unknown.error().message.contains(QStringLiteral("{tracking}")));
    const Result<QJsonObject> brace = saveTemplate(d, runner, QStringLiteral("received"), QStringLiteral("el"), QStringLiteral("sms"),
                                                   QStringLiteral("{municipality}: αίτημα {tracking καταχωρίστηκε"));
    REQUIRE_FALSE(brace.ok());
    CHECK(brace.error().code == QStringLiteral("template.brace"));
    const Result<QJsonObject> inHtml = saveTemplate(d, runner, QStringLiteral("resolved"), QStringLiteral("en"), QStringLiteral("email"),
                                                    QStringLiteral("Done: {tracking}"), QStringLiteral("{tracking}"), QStringLiteral("<p>{colour}</p>"));
    REQUIRE_FALSE(inHtml.ok());
    CHECK(inHtml.error().message.contains(QStringLiteral("HTML")));
    const Result<QJsonObject> tooLong = saveTemplate(d, runner, QStringLiteral("received"), QStringLiteral("el"), QStringLiteral("sms"),
                                                     QStringLiteral("{municipality}: ") + QString(130, QChar(0x03B1)) + QStringLiteral(" {tracking}"));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == QStringLiteral("template.long"));
    CHECK(tooLong.error().message.contains(QStringLiteral("3")));
    const Result<QJsonObject> noEvent = saveTemplate(d, runner, QStringLiteral("birthday"), QStringLiteral("el"), QStringLiteral("sms"),
                                                     QStringLiteral("{tracking}"));
    REQUIRE_FALSE(noEvent.ok());
    CHECK(noEvent.error().code == QStringLiteral("template.event"));
    CHECK(TemplateStore(d.db()).all().isEmpty()); // nothing refused was kept

    REQUIRE(saveTemplate(d, runner, QStringLiteral("accepted"), QStringLiteral("el"), QStringLiteral("sms"),
                         QStringLiteral("{municipality}: το {tracking} ({status}) στο {address} έγινε δεκτό, προθεσμία {deadline}."))
                .ok());
    const std::optional<MessageTemplate> kept = TemplateStore(d.db()).get(QStringLiteral("accepted"), QStringLiteral("el"), QStringLiteral("sms"));
    REQUIRE(kept.has_value());
    CHECK(kept->custom);
    CHECK(kept->stamp.updatedBy == d.user(Role::Administrator).id);

    // Accepting a request tells its reporter in those words, every placeholder filled in.
    const ServiceRequest r = newRequest(d);
    const Citizen maria = reporter(d, QStringLiteral("Μαρία"), QStringLiteral("el"), ContactChannel::Sms);
    REQUIRE(RequestRepository(d.db()).addReporter(r.id, maria.id, {}, d.now).ok());
    WorkflowEngine engine(d.db(), d.clock);
    const User head = d.user(Role::Supervisor);
    REQUIRE(engine.transition(r.id, RequestStatus::Accepted, {head.id, head.role, head.departmentId}, {}).ok());
    const auto queued = NotificationStore(d.db()).ofRequest(r.id);
    REQUIRE(queued.size() == 1);
    const QString body = queued.front().first.body;
    CHECK(body.startsWith(d.tenant.name + QStringLiteral(": το ") + r.trackingNumber + QStringLiteral(" (Αποδεκτό)")));
    CHECK(body.contains(r.address));
    CHECK_FALSE(body.contains(u'{'));
    CHECK(body.contains(QStringLiteral("προθεσμία ")));
    CHECK(queued.front().first.message.code == QStringLiteral("notify.accepted"));

    // No words: CivicDesk's own again.
    REQUIRE(saveTemplate(d, runner, QStringLiteral("accepted"), QStringLiteral("el"), QStringLiteral("sms"), QString()).ok());
    CHECK(TemplateStore(d.db()).all().isEmpty());
    CHECK(Notifier(d.db(), d.tenant).text(Event::Accepted, QStringLiteral("el"), QStringLiteral("26-K7-1"), QStringLiteral("Λακκούβα"), {})
          == d.tenant.name + QStringLiteral(": Το αίτημα 26-K7-1 (Λακκούβα) έγινε δεκτό από την αρμόδια υπηρεσία."));
}

TEST_CASE("message templates: accepted, scheduled and resolved reach every reporter of a cluster, each in their language", "[notify][templates]")
{
    Demo d;
    RequestRepository repo(d.db());
    const ServiceRequest master = newRequest(d);
    const Citizen maria = reporter(d, QStringLiteral("Μαρία"), QStringLiteral("el"), ContactChannel::Sms);
    const Citizen john = reporter(d, QStringLiteral("John"), QStringLiteral("en"), ContactChannel::Email);
    const Citizen ana = reporter(d, QStringLiteral("Ana"), QStringLiteral("ro"), ContactChannel::Email);
    const Citizen silent = [&] {
        Citizen c = person(QStringLiteral("Νίκος"), QStringLiteral("Ιωάννου"), QStringLiteral("6944123457"));
        c.consents = {{ContactChannel::Sms, false, d.now}}; // said no
        return d.save(c);
    }();
    REQUIRE(repo.addReporter(master.id, maria.id, {}, d.now).ok());
    REQUIRE(repo.addReporter(master.id, john.id, {}, d.now).ok());
    REQUIRE(repo.addReporter(master.id, silent.id, {}, d.now).ok());
    // Another request of the same problem, reported by Ana, joins the cluster.
    ServiceRequest other;
    for (qint64 i = 2000; i > 0; --i) {
        std::optional<ServiceRequest> r = repo.getByLocalId(i);
        if (r && r->id != master.id && r->status == RequestStatus::New && r->clusterId.isEmpty()) {
            other = *r;
            break;
        }
    }
    REQUIRE_FALSE(other.id.isEmpty());
    REQUIRE(repo.addReporter(other.id, ana.id, {}, d.now).ok());
    WorkflowEngine engine(d.db(), d.clock);
    const User sup = d.user(Role::Supervisor);
    const Actor actor{sup.id, sup.role, sup.departmentId};
    REQUIRE(engine.linkDuplicate(other.id, master.id, actor).ok());

    // The reporters this test gave the cluster (the demo's own callers may have agreed to messages too).
    const QStringList ours{QStringLiteral("+306944123456"), QStringLiteral("john@example.org"), QStringLiteral("ana@example.org"),
                           QStringLiteral("+306944123457")};
    const auto citizensOf = [&](const QString &code) {
        QMap<QString, QString> out; // address → language
        for (const auto &[n, delivery] : NotificationStore(d.db()).ofRequest(master.id))
            if (n.message.code == code && ours.contains(n.address))
                out.insert(n.address, n.language);
        return out;
    };
    REQUIRE(engine.transition(master.id, RequestStatus::Accepted, actor, {}).ok());
    const QMap<QString, QString> accepted = citizensOf(QStringLiteral("notify.accepted"));
    CHECK(accepted.keys() == QStringList{QStringLiteral("+306944123456"), QStringLiteral("ana@example.org"), QStringLiteral("john@example.org")});
    CHECK(accepted.value(QStringLiteral("+306944123456")) == QStringLiteral("el")); // Maria; Nikos said no
    CHECK(accepted.value(QStringLiteral("john@example.org")) == QStringLiteral("en"));
    CHECK(accepted.value(QStringLiteral("ana@example.org")) == QStringLiteral("ro"));

    QString crew;
    for (const Department &dep : OrganisationRepository(d.db()).departments())
        if (dep.kind == DepartmentKind::Crew && dep.parentId == master.departmentId)
            crew = dep.id;
    REQUIRE_FALSE(crew.isEmpty());
    // The department's head gives it to a crew: the work is scheduled.
    std::optional<User> head;
    for (const User &u : OrganisationRepository(d.db()).users())
        if (u.active && u.role == Role::DepartmentHead && u.departmentId == master.departmentId)
            head = u;
    REQUIRE(head.has_value());
    const Actor byHead{head->id, head->role, head->departmentId};
    REQUIRE(engine.assign(master.id, crew, {}, byHead).ok());
    REQUIRE(repo.get(master.id)->status == RequestStatus::Assigned);
    CHECK(citizensOf(QStringLiteral("notify.scheduled")).size() == 3);

    REQUIRE(engine.transition(master.id, RequestStatus::InProgress, byHead, {}).ok());
    REQUIRE(engine.transition(master.id, RequestStatus::Resolved, byHead, QStringLiteral("The pipe was replaced.")).ok());
    CHECK(citizensOf(QStringLiteral("notify.resolved")).size() == 3);
    CHECK(citizensOf(QStringLiteral("notify.survey")).size() == 3);
    for (const auto &[n, delivery] : NotificationStore(d.db()).ofRequest(master.id)) {
        if (n.message.code == QStringLiteral("notify.resolved") && n.language == QStringLiteral("en"))
            CHECK(n.body.contains(QStringLiteral("has been dealt with. The pipe was replaced.")));
        if (n.message.code == QStringLiteral("notify.survey")) {
            CHECK(n.body.contains(MessageTemplates::surveyLink(master.id)));
            if (n.channel == QStringLiteral("sms"))
                CHECK(smsSegments(n.body) <= 2);
        }
        if (n.channel == QStringLiteral("email"))
            CHECK(n.subject == d.tenant.name + QStringLiteral(" · ") + master.trackingNumber);
    }
}

TEST_CASE("schema 17: the outbox's table rebuilt keeps its messages, and a synced desk's file keeps its sync triggers", "[notify][migration]")
{
    TempDatabase t{QString()};
    const QString path = t.dir.filePath(QStringLiteral("v16.civicdesk"));
    {
        // A desk's file as schema 16 left it: a message queued, and the desk's capture triggers.
        std::unique_ptr<Database> old = std::move(Database::openAtVersion(path, 16)).value();
        REQUIRE(old->schemaVersion() == 16);
        addTenant(*old, QStringLiteral("GR"));
        const QString tenant = OrganisationRepository(*old).tenant()->id;
        REQUIRE(old->exec(QStringLiteral("INSERT INTO citizen(id, tenant_id, kind, created_at, updated_at, updated_by) VALUES ('c1', '%1', 'person', 1, 1, 't');"
                                         "INSERT INTO notification(id, tenant_id, citizen_id, channel, address, kind, language, body, status, created_at, "
                                         "updated_at, updated_by, attempts, message_id) VALUES ('n1', '%1', 'c1', 'email', 'a@example.gr', 'progress', 'el', "
                                         "'κείμενο', 'queued', 1, 1, 't', 2, 'n1@example.gr');"
                                         "CREATE TABLE sync_dirty_probe(x); "
                                         "CREATE TRIGGER sync_dirty_citizen_ins AFTER INSERT ON citizen BEGIN INSERT INTO sync_dirty_probe VALUES (1); END;"
                                         "CREATE TRIGGER sync_dirty_notification_ins AFTER INSERT ON notification BEGIN INSERT INTO sync_dirty_probe VALUES (1); END;")
                          .arg(tenant))
                    .ok());
    }
    std::unique_ptr<Database> db = std::move(Database::open(path)).value();
    REQUIRE(db->schemaVersion() == Database::currentSchemaVersion);
    const auto triggers = [&](const char *table) {
        SqliteStatement s(SqliteAccess::handle(*db), "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'sync_dirty_%'");
        s.bind(1, QString::fromLatin1(table));
        return s.step() ? s.int64(0) : -1;
    };
    CHECK(triggers("notification") == 3); // made again: insert, update, delete
    CHECK(triggers("message_template") == 3);
    CHECK(triggers("campaign") == 3);
    CHECK(triggers("inbound_mail") == 3); // schema 20's table, given its triggers by its own migration
    const auto kept = NotificationStore(*db).delivery(QStringLiteral("n1"));
    REQUIRE(kept.has_value());
    CHECK(kept->status == QStringLiteral("queued"));
    CHECK(kept->attempts == 2);
    CHECK(kept->messageId == QStringLiteral("n1@example.gr"));
}
