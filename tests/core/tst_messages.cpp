// SPDX-License-Identifier: GPL-3.0-or-later
// Codes, not translated text, in the data: a history written under the Greek UI reads in English, and rows
// written as Greek text before schema 9 are read back into codes.
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/desk/gazetteer.h"
#include "core/desk/intake.h"
#include "core/domain/messagetext.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"
#include "core/workflow/engine.h"
#include "core/workflow/escalation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTranslator>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

const QRegularExpression greek(QStringLiteral("[\\x{0370}-\\x{03FF}]"));

/// The Greek catalogue installed for as long as it lives, as the desk installs it for a Greek operator.
struct GreekUi
{
    QTranslator translator;
    GreekUi()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    ~GreekUi() { QCoreApplication::removeTranslator(&translator); }
};

FiledRequest file(Demo &d, const QString &address, bool emergency)
{
    IntakeService intake(d.db(), d.tenant, d.operatorId, d.clock);
    IntakeDraft draft;
    draft.typeId = d.type("road.pothole").id;
    draft.attributes.insert(QStringLiteral("size"), QStringLiteral("large"));
    const AddressMatch where = *intake.gazetteer().resolve(address);
    draft.address = where.label;
    draft.location = where.location;
    draft.districtId = where.districtId;
    draft.emergency = emergency;
    Result<FiledRequest> r = intake.file(draft);
    REQUIRE(r.ok());
    return r.value();
}

QStringList history(Database &db, const QString &requestId)
{
    QStringList lines;
    for (const RequestEvent &e : RequestRepository(db).events(requestId))
        lines.append(MessageText::describe(e, {}));
    return lines;
}

} // namespace

TEST_CASE("a history written under the Greek UI reads in English", "[messages]")
{
    Demo d;
    const Actor staff{d.user(Role::DepartmentStaff, QStringLiteral("roads")).id, Role::DepartmentStaff, d.departmentId(QStringLiteral("roads"))};
    FiledRequest master, dup;
    QList<Alert> greekAlerts;
    {
        GreekUi greekUi;
        master = file(d, QStringLiteral("Ερμού 12"), true);
        d.now += 3600000;
        dup = file(d, QStringLiteral("Ερμού 14"), false);
        WorkflowEngine engine(d.db(), d.clock);
        REQUIRE(engine.linkDuplicate(dup.requestId, master.requestId, staff).ok());
        d.now += 30LL * 24 * 3600000; // a month later: every step of the ladder is due
        EscalationScheduler ladder(d.db(), d.clock);
        REQUIRE(ladder.runFor(master.requestId).value() >= 2);
        greekAlerts = ladder.openAlerts(QStringLiteral("supervisor"), {}, 50);
        // Read under the Greek UI, it is Greek: the test would see no difference if nothing were translated.
        const QString greekHistory = history(d.db(), master.requestId).join(u'\n') + history(d.db(), dup.requestId).join(u'\n');
        CHECK(greekHistory.contains(greek));
    }
    REQUIRE_FALSE(greekAlerts.isEmpty());
    CHECK(greekAlerts.first().message.contains(greek));

    // The same rows under the English UI.
    const QStringList masterLines = history(d.db(), master.requestId), dupLines = history(d.db(), dup.requestId);
    INFO(masterLines.join(u'\n').toStdString() << "\n" << dupLines.join(u'\n').toStdString());
    for (const QString &line : masterLines + dupLines)
        CHECK_FALSE(line.contains(greek));
    const QString all = (masterLines + dupLines).join(u'\n');
    CHECK(all.contains(QStringLiteral("Reported as an emergency; the caller was told to call %1").arg(d.tenant.emergencyNumber)));
    CHECK(all.contains(QStringLiteral("joined this request's cluster")));
    CHECK(all.contains(QStringLiteral("Duplicate of %1").arg(master.trackingNumber)));
    CHECK(all.contains(QStringLiteral("%1 has missed its deadline. → Supervisor").arg(master.trackingNumber)));
    CHECK(all.contains(QStringLiteral("Filed (Phone)")));
    for (const QString &code : {QStringLiteral("phone"), QStringLiteral("department_head"), QStringLiteral("supervisor"), QStringLiteral("new")})
        CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(code))));
    const QList<Alert> alerts = EscalationScheduler(d.db(), d.clock).openAlerts(QStringLiteral("supervisor"), {}, 50);
    REQUIRE_FALSE(alerts.isEmpty());
    for (const Alert &a : alerts)
        CHECK_FALSE(a.message.contains(greek));
}

TEST_CASE("messages round-trip through JSON and an unknown code still shows", "[messages]")
{
    const Message m{QString::fromLatin1(MessageCode::AtRisk), {QStringLiteral("26-K7-00001"), QStringLiteral("75"), QStringLiteral("supervisor")}};
    CHECK(Message::fromJson(m.toJson()) == m);
    const Message awkward{QStringLiteral("x.y"), {QStringLiteral("a \"quote\" and \\ back\nslash\t\x01"), QStringLiteral("Ελληνικά €"), {}}};
    CHECK(Message::fromJson(awkward.toJson()) == awkward);
    CHECK(QJsonDocument::fromJson(awkward.toJson().toUtf8()).isObject());
    CHECK(Message::fromJson({}).isEmpty());
    CHECK(Message::fromJson(QStringLiteral("{garbled")).isEmpty());
    CHECK(MessageText::render(m) == QStringLiteral("26-K7-00001 is at risk: 75 % of its working time is used."));
    CHECK(MessageText::render({QStringLiteral("from.a.newer.desk"), {QStringLiteral("x")}}) == QStringLiteral("from.a.newer.desk (x)"));
    CHECK(MessageText::render({QString::fromLatin1(MessageCode::PriorityFollows), {QStringLiteral("4")}}) ==
          QStringLiteral("Priority follows 4 distinct reporter(s)."));
}

TEST_CASE("history and alerts written as Greek text before schema 9 are read back into codes", "[messages][migration]")
{
    Demo d;
    const FiledRequest f = file(d, QStringLiteral("Ερμού 12"), false);
    const QString tenantId = d.tenant.id;
    QTranslator el;
    REQUIRE(el.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
    auto greekOf = [&](const char *source) {
        const QString t = el.translate("CivicDesk", source);
        REQUIRE_FALSE(t.isEmpty());
        return t;
    };
    // Back to schema 8: the file as it was, and rows as version 8 wrote them, in the Greek operator's words.
    REQUIRE(d.db().exec(QStringLiteral("ALTER TABLE request_event DROP COLUMN message; ALTER TABLE alert DROP COLUMN coded; "
                                       "ALTER TABLE phone_call DROP COLUMN outcome; ALTER TABLE phone_call DROP COLUMN outcome_note; "
                                       "DROP TRIGGER request_stats_insert_counted; DROP TRIGGER request_stats_update_counted; "
                                       "DROP TRIGGER request_stats_delete_counted; DROP TRIGGER tenant_zone_recounted; "
                                       "ALTER TABLE request_stats DROP COLUMN closed_with_deadline; "
                                       "ALTER TABLE request_stats_month DROP COLUMN closed_with_deadline; "
                                       "ALTER TABLE street DROP COLUMN number_min; ALTER TABLE street DROP COLUMN number_max; "
                                       "DROP INDEX service_request_address_key; ALTER TABLE service_request DROP COLUMN address_key; "
                                       "DROP TABLE message_template; ALTER TABLE app_user DROP COLUMN email; "
                                       "ALTER TABLE app_user DROP COLUMN notify_by_email; DROP TABLE notification; DROP TABLE campaign; "
                                       "ALTER TABLE citizen_consent DROP COLUMN source; DROP TABLE inbound_mail; "
                                       "CREATE TABLE notification (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenant(id), "
                                       "citizen_id TEXT NOT NULL REFERENCES citizen(id), request_id TEXT REFERENCES service_request(id) ON DELETE CASCADE, "
                                       "channel TEXT NOT NULL, address TEXT NOT NULL, kind TEXT NOT NULL, language TEXT NOT NULL, body TEXT NOT NULL, "
                                       "status TEXT NOT NULL, created_at INTEGER NOT NULL, sent_at INTEGER, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL); "
                                       "CREATE INDEX notification_citizen ON notification(citizen_id, created_at); "
                                       "CREATE INDEX notification_queued ON notification(created_at) WHERE status = 'queued'; "
                                       "PRAGMA user_version = 8")).ok());
    const QString duplicateOf = greekOf("Duplicate of %1").arg(QStringLiteral("26-K7-00042"));
    const QString atRisk = greekOf("%1 is at risk: %2 % of its working time is used.").arg(f.trackingNumber).arg(75);
    const QString told = greekOf("Reported as an emergency; the caller was told to call %1 if life or property is at risk.").arg(QStringLiteral("112"));
    const QString freeText = QStringLiteral("Χρειάζεται φορτηγό");
    const struct { const char *id, *kind, *from, *to; QString body; } rows[] = {
        {"e1", "status_change", "new", "duplicate", duplicateOf},
        {"e2", "escalation", "0", "1", atRisk + QStringLiteral(" department_staff,department_head")},
        {"e3", "emergency", "", "", told},
        {"e4", "note", "", "", freeText},
        {"e5", "routing", "", "x", greekOf("Routed at intake")},
    };
    for (const auto &r : rows) {
        SqliteStatement s(SqliteAccess::handle(d.db()), "INSERT INTO request_event(id, request_id, kind, at, actor_id, from_value, to_value, body) VALUES (?,?,?,?,?,?,?,?)");
        const QString from = QLatin1String(r.kind) == QLatin1String("emergency") ? greekOf("Normal") : QString::fromLatin1(r.from);
        const QString to = QLatin1String(r.kind) == QLatin1String("emergency") ? greekOf("Emergency") : QString::fromLatin1(r.to);
        s.bindAll({QString::fromLatin1(r.id), f.requestId, QString::fromLatin1(r.kind), d.now + 1000, d.operatorId, from, to, r.body});
        REQUIRE(s.exec());
    }
    SqliteStatement a(SqliteAccess::handle(d.db()), "INSERT INTO alert(id, tenant_id, request_id, level, recipient_role, message, created_at, updated_at, updated_by) "
                                       "VALUES ('a1', ?, ?, 1, 'supervisor', ?, 1, 1, 'escalation')");
    a.bindAll({tenantId, f.requestId, atRisk});
    REQUIRE(a.exec());
    d.t.reopen();
    REQUIRE(d.db().schemaVersion() == Database::currentSchemaVersion);

    QHash<QString, RequestEvent> byId;
    for (const RequestEvent &e : RequestRepository(d.db()).events(f.requestId))
        byId.insert(e.id, e);
    CHECK(byId[QStringLiteral("e1")].message == Message{QString::fromLatin1(MessageCode::DuplicateOf), {QStringLiteral("26-K7-00042")}});
    CHECK(byId[QStringLiteral("e1")].body.isEmpty());
    CHECK(byId[QStringLiteral("e2")].message ==
          Message{QString::fromLatin1(MessageCode::AtRisk), {f.trackingNumber, QStringLiteral("75"), QStringLiteral("department_staff,department_head")}});
    CHECK(byId[QStringLiteral("e3")].message == Message{QString::fromLatin1(MessageCode::EmergencyTold), {QStringLiteral("112")}});
    CHECK(byId[QStringLiteral("e3")].fromValue == QStringLiteral("2"));
    CHECK(byId[QStringLiteral("e3")].toValue == QStringLiteral("5"));
    CHECK(byId[QStringLiteral("e4")].message.isEmpty()); // a person's words stay as they were written
    CHECK(byId[QStringLiteral("e4")].body == freeText);
    CHECK(byId[QStringLiteral("e5")].message.code == QLatin1String(MessageCode::RoutedAtIntake));
    CHECK(MessageText::describe(byId[QStringLiteral("e2")], {}) ==
          QStringLiteral("Escalation 1: %1 is at risk: 75 % of its working time is used. → Department staff, Department head").arg(f.trackingNumber));
    const QList<Alert> alerts = EscalationScheduler(d.db(), d.clock).openAlerts(QStringLiteral("supervisor"), {}, 50);
    REQUIRE(alerts.size() >= 1);
    CHECK(std::any_of(alerts.cbegin(), alerts.cend(), [&](const Alert &x) {
        return x.id == QLatin1String("a1") && x.message == QStringLiteral("%1 is at risk: 75 % of its working time is used.").arg(f.trackingNumber);
    }));
    // Still append-only after the one rewrite.
    CHECK_FALSE(d.db().exec(QStringLiteral("UPDATE request_event SET body = 'x' WHERE id = 'e4'")).ok());
}
