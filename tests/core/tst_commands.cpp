// SPDX-License-Identifier: GPL-3.0-or-later
// Commands: plain arguments that round-trip through JSON; a recorded sequence replayed from JSON on a copy of
// the starting database gives the same rows, ids and times included.
#include "testsupport.h"

#include "core/commands/commandrunner.h"
#include "core/desk/citizenprofile.h"
#include "core/desk/gazetteer.h"
#include "core/desk/intake.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

/// Issues commands as a desk would: each with a new id and a later time, run at once, recorded as JSON.
struct Recorder
{
    CommandRunner runner;
    IdGenerator ids{20261202};
    qint64 at;
    QJsonArray log;
    QList<QJsonObject> answers;

    Recorder(Database &db, qint64 start) : runner(db), at(start) {}

    Result<QJsonObject> issue(const char *name, const QString &actor, QJsonObject args)
    {
        at += 61000; // a minute and a second later
        Command c{ids.next(at), QString::fromLatin1(name), at, actor, std::move(args)};
        // Every command's arguments round-trip through JSON text.
        const QByteArray text = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
        const std::optional<Command> back = Command::fromJson(QJsonDocument::fromJson(text).object());
        REQUIRE(back.has_value());
        CHECK(*back == c);
        log.append(c.toJson());
        Result<QJsonObject> r = runner.run(c);
        answers.append(r ? r.value() : QJsonObject{{QStringLiteral("error"), r.error().code}});
        return r;
    }
};

std::unique_ptr<Database> copyOf(Database &db, const QString &path)
{
    REQUIRE(db.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)).ok());
    Result<std::unique_ptr<Database>> copy = Database::open(path);
    REQUIRE(copy.ok());
    return std::move(copy).value();
}

IntakeDraft draftAt(Demo &d, const char *type, const QString &address, const QString &citizenId, const QString &callId)
{
    IntakeDraft draft;
    draft.typeId = d.type(type).id;
    draft.citizenId = citizenId;
    draft.callId = callId;
    if (QLatin1String(type) == QLatin1String("road.pothole"))
        draft.attributes.insert(QStringLiteral("size"), QStringLiteral("large"));
    const AddressMatch where = *Gazetteer(d.db()).resolve(address);
    draft.address = where.label;
    draft.location = where.location;
    draft.districtId = where.districtId;
    draft.description = QStringLiteral("Λακκούβα στο οδόστρωμα");
    return draft;
}

} // namespace

TEST_CASE("a recorded sequence of commands replayed from JSON on a copy gives the same rows", "[commands]")
{
    Demo d;
    const QString dir = d.t.dir.path();
    std::unique_ptr<Database> a = copyOf(d.db(), dir + QStringLiteral("/a.civicdesk"));
    std::unique_ptr<Database> b = copyOf(d.db(), dir + QStringLiteral("/b.civicdesk"));
    REQUIRE(tableHashes(*a) == tableHashes(*b));

    const QString op = d.operatorId;
    const User staff = d.user(Role::DepartmentStaff, QStringLiteral("roads"));
    const User head = d.user(Role::DepartmentHead, QStringLiteral("roads"));
    Recorder rec(*a, d.now);
    using namespace CommandName;

    // A caller nobody knows: registered, files a pothole during the call.
    const Result<QJsonObject> call = rec.issue(StartCall, op, {{QStringLiteral("number"), QStringLiteral("6944 123 456")}});
    REQUIRE(call.ok());
    const QString callId = call->value(QStringLiteral("callId")).toString();
    Citizen c = person(QStringLiteral("Ελένη"), QStringLiteral("Βλάχου"), QStringLiteral("6944 123 456"));
    c.id = rec.ids.next(rec.at + 1);
    REQUIRE(rec.issue(SaveCitizen, op, {{QStringLiteral("citizen"), QJsonDocument::fromJson(citizenToJson(c).toUtf8()).object()},
                                        {QStringLiteral("isNew"), true}}).ok());
    REQUIRE(rec.issue(SetCallCitizen, op, {{QStringLiteral("callId"), callId}, {QStringLiteral("citizenId"), c.id}}).ok());
    REQUIRE(rec.issue(SaveDraft, op, {{QStringLiteral("key"), QStringLiteral("call")},
                                      {QStringLiteral("payload"), QJsonObject{{QStringLiteral("page"), QStringLiteral("intake")}}}}).ok());
    const Result<QJsonObject> filed =
        rec.issue(FileRequest, op, {{QStringLiteral("draft"), draftAt(d, "road.pothole", QStringLiteral("Ερμού 12"), c.id, callId).toJson()}});
    REQUIRE(filed.ok());
    const QString master = filed->value(QStringLiteral("requestId")).toString();
    REQUIRE(rec.issue(LinkCall, op, {{QStringLiteral("callId"), callId}, {QStringLiteral("requestId"), master}, {QStringLiteral("relation"), QStringLiteral("filed")}}).ok());
    REQUIRE(rec.issue(SaveDraft, op, {{QStringLiteral("key"), QStringLiteral("call")}, {QStringLiteral("payload"), QJsonObject{}}}).ok());
    REQUIRE(rec.issue(EndCall, op, {{QStringLiteral("callId"), callId}}).ok());

    // A second caller reports the same hole; a third files it again, and staff link it as a duplicate.
    const Citizen other = d.someCitizen();
    REQUIRE(rec.issue(JoinRequest, op, {{QStringLiteral("draft"), draftAt(d, "road.pothole", QStringLiteral("Ερμού 14"), other.id, {}).toJson()},
                                        {QStringLiteral("requestId"), master}}).ok());
    const Result<QJsonObject> again =
        rec.issue(FileRequest, op, {{QStringLiteral("draft"), draftAt(d, "road.pothole", QStringLiteral("Ερμού 16"), {}, {}).toJson()}});
    REQUIRE(again.ok());
    REQUIRE(rec.issue(LinkDuplicate, staff.id, {{QStringLiteral("requestId"), again->value(QStringLiteral("requestId")).toString()},
                                                {QStringLiteral("masterId"), master}}).ok());

    // The department works it; an operator may not close it (refused, the same way on replay).
    REQUIRE(rec.issue(Transition, staff.id, {{QStringLiteral("requestId"), master}, {QStringLiteral("to"), QStringLiteral("accepted")}}).ok());
    REQUIRE(rec.issue(AddNote, staff.id, {{QStringLiteral("requestId"), master}, {QStringLiteral("text"), QStringLiteral("Χρειάζεται φορτηγό")}}).ok());
    REQUIRE(rec.issue(Assign, head.id, {{QStringLiteral("requestId"), master}, {QStringLiteral("assigneeId"), staff.id}}).ok());
    CHECK_FALSE(rec.issue(Transition, op, {{QStringLiteral("requestId"), master}, {QStringLiteral("to"), QStringLiteral("closed")}}).ok());
    REQUIRE(rec.issue(Transition, staff.id, {{QStringLiteral("requestId"), master}, {QStringLiteral("to"), QStringLiteral("in_progress")}}).ok());
    REQUIRE(rec.issue(Transition, staff.id, {{QStringLiteral("requestId"), master}, {QStringLiteral("to"), QStringLiteral("resolved")},
                                             {QStringLiteral("note"), QStringLiteral("Filled")}, {QStringLiteral("accuracy"), QStringLiteral("accurate")}}).ok());
    REQUIRE(rec.issue(RateSatisfaction, op, {{QStringLiteral("requestId"), master}, {QStringLiteral("score"), 4},
                                             {QStringLiteral("comment"), QStringLiteral("Γρήγορα")}}).ok());
    // Two records of one person merged; bad input refused with a code.
    Citizen twin = person(QStringLiteral("Ελενη"), QStringLiteral("Βλαχου"), QStringLiteral("6944 123 457"));
    twin.id = rec.ids.next(rec.at + 2);
    REQUIRE(rec.issue(SaveCitizen, op, {{QStringLiteral("citizen"), QJsonDocument::fromJson(citizenToJson(twin).toUtf8()).object()},
                                        {QStringLiteral("isNew"), true}}).ok());
    REQUIRE(rec.issue(MergeCitizens, op, {{QStringLiteral("survivorId"), c.id}, {QStringLiteral("mergedId"), twin.id}}).ok());
    const Result<QJsonObject> unknown = rec.issue("request.teleport", op, {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("command.unknown"));
    const Result<QJsonObject> garbled = rec.issue(Transition, op, {{QStringLiteral("requestId"), master}, {QStringLiteral("to"), 7}});
    REQUIRE_FALSE(garbled.ok());
    CHECK(garbled.error().code == QStringLiteral("command.bad-arguments"));
    CHECK(RequestRepository(*a).events(master).size() >= 8);

    // Replayed from the JSON text on the other copy, whose replayer's clock and ids are not consulted.
    const QByteArray recorded = QJsonDocument(rec.log).toJson();
    CommandRunner replayer(*b);
    QList<QJsonObject> replayed;
    for (const QJsonValue &v : QJsonDocument::fromJson(recorded).array()) {
        QString why;
        const std::optional<Command> cmd = Command::fromJson(v.toObject(), &why);
        REQUIRE(cmd.has_value());
        const Result<QJsonObject> r = replayer.run(*cmd);
        replayed.append(r ? r.value() : QJsonObject{{QStringLiteral("error"), r.error().code}});
    }
    CHECK(replayed == rec.answers);
    const QMap<QString, QByteArray> ha = tableHashes(*a), hb = tableHashes(*b);
    for (auto it = ha.cbegin(); it != ha.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(hb.value(it.key()) == it.value());
    }
    CHECK(ha != tableHashes(d.db())); // the commands did change something
}

TEST_CASE("malformed commands are refused with a reason and change nothing", "[commands]")
{
    QString why;
    CHECK_FALSE(Command::fromJson(QJsonObject{}, &why).has_value());
    CHECK_FALSE(why.isEmpty());
    const QJsonObject good{{QStringLiteral("id"), IdGenerator(1).next(1700000000000)}, {QStringLiteral("name"), QStringLiteral("request.note")},
                           {QStringLiteral("at"), QStringLiteral("1700000000000")}, {QStringLiteral("actor"), QStringLiteral("u")},
                           {QStringLiteral("args"), QJsonObject{}}};
    CHECK(Command::fromJson(good).has_value());
    for (const char *field : {"id", "name", "at", "actor", "args"}) {
        QJsonObject broken = good;
        broken.insert(QLatin1String(field), QJsonValue(42));
        INFO(field);
        CHECK_FALSE(Command::fromJson(broken, &why).has_value());
    }
    Demo d;
    const QMap<QString, QByteArray> before = tableHashes(d.db());
    CommandRunner runner(d.db());
    Command stranger{IdGenerator(2).next(d.now), QString::fromLatin1(CommandName::AddNote), d.now, QStringLiteral("nobody"), {}};
    const Result<QJsonObject> r = runner.run(stranger);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("command.unknown-user"));
    CHECK(tableHashes(d.db()) == before);
}

TEST_CASE("a command's row ids are its own, in the order made, after those of earlier commands of the same millisecond", "[commands]")
{
    IdGenerator desk(7);
    const qint64 ms = 1764633600000;
    const QString first = desk.next(ms), second = desk.next(ms);
    QStringList rows;
    for (const QString &command : {first, second}) {
        const IdScope scope(command);
        for (int i = 0; i < 5; ++i)
            rows.append(newRowId(ms));
        CHECK(IdGenerator::isValid(newRowId(ms + 5))); // another millisecond: from the seeded generator
    }
    for (const QString &id : std::as_const(rows))
        CHECK(IdGenerator::isValid(id));
    QStringList sorted = rows;
    sorted.sort();
    CHECK(sorted == rows);
    CHECK(QSet<QString>(rows.cbegin(), rows.cend()).size() == rows.size());
    // The same command makes the same ids again.
    const IdScope again(first);
    CHECK(newRowId(ms) == rows.front());
}
