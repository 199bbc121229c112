// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenprofile.h"

#include "domain/message.h"

#include "domain/idgenerator.h"
#include "storage/searchindexer.h"
#include "storage/cataloguerepository.h"
#include "storage/citizenrepository.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace CivicDesk {
namespace {

CitizenRequest readRequest(const SqliteStatement &s)
{
    CitizenRequest r;
    r.id = s.text(0);
    r.trackingNumber = s.text(1);
    r.status = requestStatusFromCode(s.text(3)).value_or(RequestStatus::New);
    r.channel = channelFromCode(s.text(4)).value_or(Channel::Phone);
    r.createdAt = s.int64(5);
    r.dueAt = s.isNull(6) ? 0 : s.int64(6);
    r.closedAt = s.isNull(7) ? 0 : s.int64(7);
    r.address = s.text(8);
    r.satisfaction = s.isNull(9) ? 0 : int(s.int64(9));
    if (!s.isNull(10))
        r.accuracy = accuracyRatingFromCode(s.text(10));
    return r;
}

constexpr const char *requestColumns =
    "r.id, r.tracking_number, r.service_type_id, r.status, r.channel, r.created_at, r.due_at, r.closed_at, r.address, "
    "r.satisfaction, r.accuracy, r.citizen_id";

} // namespace

CitizenProfileService::CitizenProfileService(Database &db, QString language, Clock clock)
    : m_db(db)
    , m_language(std::move(language))
    , m_clock(std::move(clock))
{
}

QString CitizenProfileService::typeName(const QString &typeId)
{
    if (m_typeNames.isEmpty()) {
        for (const ServiceType &t : CatalogueRepository(m_db).types())
            m_typeNames.insert(t.id, t.name.best(m_language));
    }
    return m_typeNames.value(typeId);
}

std::optional<double> CitizenProfileService::accuracyScore(const QList<AccuracyRating> &ratings)
{
    if (ratings.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (AccuracyRating r : ratings) {
        switch (r) {
        case AccuracyRating::Accurate: sum += 100; break;
        case AccuracyRating::PartlyAccurate: sum += 60; break;
        case AccuracyRating::Inaccurate: sum += 20; break;
        case AccuracyRating::FalseReport: break;
        }
    }
    return sum / double(ratings.size());
}

Result<CitizenProfile> CitizenProfileService::load(const QString &citizenId)
{
    CitizenProfile p;
    std::optional<Citizen> citizen = CitizenRepository(m_db).get(citizenId);
    if (!citizen)
        return Error{QStringLiteral("citizen.missing"), Tr::tr("The citizen record no longer exists; it may have been merged into another.")};
    p.citizen = *citizen;
    sqlite3 *h = m_db.handle();

    // Own requests and those the citizen reported too.
    QSet<QString> seen;
    QList<AccuracyRating> ratings;
    {
        const QByteArray own = QByteArray("SELECT ") + requestColumns +
            " FROM service_request r WHERE r.citizen_id = ? ORDER BY r.created_at DESC";
        const QByteArray also = QByteArray("SELECT ") + requestColumns +
            " FROM request_reporter rr JOIN service_request r ON r.id = rr.request_id WHERE rr.citizen_id = ? "
            "ORDER BY r.created_at DESC";
        for (const QByteArray &sql : {own, also}) {
            SqliteStatement s(h, sql.constData());
            s.bind(1, citizenId);
            while (s.step()) {
                CitizenRequest r = readRequest(s);
                if (seen.contains(r.id))
                    continue;
                seen.insert(r.id);
                r.typeName = typeName(s.text(2));
                r.ownReport = s.text(11) == citizenId;
                if (r.ownReport && r.accuracy)
                    ratings.append(*r.accuracy);
                p.requests.append(r);
            }
        }
        std::sort(p.requests.begin(), p.requests.end(), [](const CitizenRequest &a, const CitizenRequest &b) {
            return a.createdAt > b.createdAt;
        });
    }
    p.accuracyScore = accuracyScore(ratings);
    p.ratedReports = int(ratings.size());

    for (const CitizenRequest &r : std::as_const(p.requests)) {
        p.contactsPerChannel[r.channel] += r.ownReport ? 1 : 0;
        TimelineEntry e{TimelineEntry::Kind::Request, r.createdAt,
                        r.ownReport ? Tr::tr("Request %1 filed").arg(r.trackingNumber) : Tr::tr("Also reported %1").arg(r.trackingNumber),
                        r.typeName + QStringLiteral(" · ") + displayName(r.status), r.id};
        p.timeline.append(e);
    }

    // Ratings, from the requests' histories (when the citizen gave them).
    {
        SqliteStatement s(h, "SELECT e.at, e.to_value, e.body, r.id, r.tracking_number FROM service_request r "
                             "JOIN request_event e ON e.request_id = r.id WHERE r.citizen_id = ? AND e.kind = 'rating' "
                             "AND r.satisfaction IS NOT NULL ORDER BY e.at");
        s.bind(1, citizenId);
        QSet<QString> rated;
        while (s.step()) {
            bool ok = false;
            const int value = s.text(1).toInt(&ok);
            if (!ok || value < 1 || value > 5)
                continue;
            rated.insert(s.text(3));
            p.satisfaction.append({s.int64(0), value});
            p.timeline.append({TimelineEntry::Kind::Rating, s.int64(0), Tr::tr("Rated %1: %2 of 5").arg(s.text(4)).arg(value),
                               s.text(2), s.text(3)});
        }
        // Ratings recorded without an event (imports): at the closing time.
        for (const CitizenRequest &r : std::as_const(p.requests)) {
            if (r.ownReport && r.satisfaction > 0 && !rated.contains(r.id)) {
                const qint64 at = r.closedAt > 0 ? r.closedAt : r.createdAt;
                p.satisfaction.append({at, r.satisfaction});
                p.timeline.append({TimelineEntry::Kind::Rating, at, Tr::tr("Rated %1: %2 of 5").arg(r.trackingNumber).arg(r.satisfaction),
                                   QString(), r.id});
            }
        }
        std::sort(p.satisfaction.begin(), p.satisfaction.end());
    }

    // Calls, with what each filed.
    {
        SqliteStatement s(h, "SELECT c.id, c.caller_number, c.started_at, c.ended_at, "
                             "(SELECT group_concat(r.tracking_number || ':' || cr.relation, ' ') FROM call_request cr "
                             " JOIN service_request r ON r.id = cr.request_id WHERE cr.call_id = c.id), "
                             "(SELECT count(*) FROM call_request cr WHERE cr.call_id = c.id AND cr.relation = 'filed') "
                             "FROM phone_call c WHERE c.citizen_id = ? ORDER BY c.started_at DESC");
        s.bind(1, citizenId);
        while (s.step()) {
            ++p.calls;
            const qint64 started = s.int64(2);
            const qint64 ended = s.isNull(3) ? 0 : s.int64(3);
            QString detail = s.text(1);
            if (ended > started)
                detail += QStringLiteral(" · ") + Tr::tr("%1 s").arg((ended - started) / 1000);
            QStringList about;
            for (const QString &part : s.text(4).split(u' ', Qt::SkipEmptyParts)) {
                const QString number = part.section(u':', 0, 0);
                const QString relation = part.section(u':', 1);
                about.append(relation == QLatin1String("filed") ? Tr::tr("filed %1").arg(number)
                             : relation == QLatin1String("linked") ? Tr::tr("joined %1").arg(number)
                                                                   : Tr::tr("looked at %1").arg(number));
            }
            if (!about.isEmpty())
                detail += QStringLiteral(" · ") + about.join(QStringLiteral(", "));
            p.timeline.append({TimelineEntry::Kind::Call, started, Tr::tr("Call"), detail, {}});
            if (s.int64(5) == 0)
                p.contactsPerChannel[Channel::Phone] += 1;
        }
    }

    // Notifications.
    {
        SqliteStatement s(h, "SELECT n.created_at, n.channel, n.kind, n.status, n.body, n.request_id FROM notification n "
                             "WHERE n.citizen_id = ? ORDER BY n.created_at DESC LIMIT 200");
        s.bind(1, citizenId);
        while (s.step()) {
            const ContactChannel channel = contactChannelFromCode(s.text(1)).value_or(ContactChannel::Sms);
            const QString status = s.text(3) == QLatin1String("queued") ? Tr::tr("queued")
                                   : s.text(3) == QLatin1String("sent") ? Tr::tr("sent")
                                                                         : Tr::tr("failed");
            p.timeline.append({TimelineEntry::Kind::Notification, s.int64(0),
                               Tr::tr("%1 message (%2)").arg(displayName(channel), status), s.text(4), s.text(5)});
        }
    }

    // Merges into this record.
    {
        SqliteStatement s(h, "SELECT at, merged_record FROM citizen_merge WHERE survivor_id = ? ORDER BY at");
        s.bind(1, citizenId);
        while (s.step()) {
            const QJsonObject merged = QJsonDocument::fromJson(s.text(1).toUtf8()).object();
            const QString name = (merged.value(QLatin1String("givenName")).toString() + u' ' +
                                  merged.value(QLatin1String("familyName")).toString() + u' ' +
                                  merged.value(QLatin1String("organisation")).toString()).simplified();
            p.timeline.append({TimelineEntry::Kind::Merge, s.int64(0), Tr::tr("Merged with a duplicate record"), name, {}});
        }
    }

    std::stable_sort(p.timeline.begin(), p.timeline.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return p;
}

QString citizenToJson(const Citizen &c)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), c.id);
    o.insert(QLatin1String("kind"), toCode(c.kind));
    o.insert(QLatin1String("givenName"), c.givenName);
    o.insert(QLatin1String("familyName"), c.familyName);
    o.insert(QLatin1String("organisation"), c.organisation);
    o.insert(QLatin1String("taxId"), c.taxId);
    o.insert(QLatin1String("address"), c.address);
    o.insert(QLatin1String("districtId"), c.districtId);
    o.insert(QLatin1String("preferredLanguage"), c.preferredLanguage);
    o.insert(QLatin1String("notes"), c.notes);
    o.insert(QLatin1String("createdAt"), double(c.createdAt));
    QJsonArray phones;
    for (const CitizenPhone &p : c.phones)
        phones.append(QJsonObject{{QStringLiteral("typed"), p.typed}, {QStringLiteral("e164"), p.e164}, {QStringLiteral("label"), p.label}});
    o.insert(QLatin1String("phones"), phones);
    QJsonArray emails;
    for (const CitizenEmail &e : c.emails)
        emails.append(QJsonObject{{QStringLiteral("address"), e.address}, {QStringLiteral("label"), e.label}});
    o.insert(QLatin1String("emails"), emails);
    QJsonArray consents;
    for (const Consent &k : c.consents)
        consents.append(QJsonObject{{QStringLiteral("channel"), toCode(k.channel)}, {QStringLiteral("granted"), k.granted},
                                    {QStringLiteral("at"), double(k.at)}});
    o.insert(QLatin1String("consents"), consents);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Citizen citizenFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    auto str = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    Citizen c;
    c.id = str("id");
    c.kind = citizenKindFromCode(str("kind")).value_or(CitizenKind::Person);
    c.givenName = str("givenName");
    c.familyName = str("familyName");
    c.organisation = str("organisation");
    c.taxId = str("taxId");
    c.address = str("address");
    c.districtId = str("districtId");
    c.preferredLanguage = str("preferredLanguage");
    c.notes = str("notes");
    c.createdAt = qint64(o.value(QLatin1String("createdAt")).toDouble());
    for (const QJsonValue &v : o.value(QLatin1String("phones")).toArray()) {
        const QJsonObject p = v.toObject();
        c.phones.append({p.value(QLatin1String("e164")).toString(), p.value(QLatin1String("typed")).toString(),
                         p.value(QLatin1String("label")).toString(), false});
    }
    for (const QJsonValue &v : o.value(QLatin1String("emails")).toArray()) {
        const QJsonObject e = v.toObject();
        c.emails.append({e.value(QLatin1String("address")).toString(), e.value(QLatin1String("label")).toString()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("consents")).toArray()) {
        const QJsonObject k = v.toObject();
        c.consents.append({contactChannelFromCode(k.value(QLatin1String("channel")).toString()).value_or(ContactChannel::Phone),
                           k.value(QLatin1String("granted")).toBool(), qint64(k.value(QLatin1String("at")).toDouble())});
    }
    return c;
}

Status CitizenProfileService::merge(const QString &survivorId, const QString &mergedId, const QString &actorId)
{
    if (survivorId == mergedId)
        return Error{QStringLiteral("citizen.merge-self"), Tr::tr("A record cannot be merged with itself.")};
    CitizenRepository citizens(m_db);
    std::optional<Citizen> survivor = citizens.get(survivorId);
    std::optional<Citizen> merged = citizens.get(mergedId);
    if (!survivor || !merged)
        return Error{QStringLiteral("citizen.missing"), Tr::tr("One of the two citizen records no longer exists.")};

    const qint64 now = m_clock();
    Citizen s = *survivor;
    const Citizen &m = *merged;
    auto fill = [](QString &into, const QString &from) {
        if (into.isEmpty())
            into = from;
    };
    fill(s.givenName, m.givenName);
    fill(s.familyName, m.familyName);
    fill(s.organisation, m.organisation);
    fill(s.taxId, m.taxId);
    fill(s.address, m.address);
    fill(s.districtId, m.districtId);
    fill(s.preferredLanguage, m.preferredLanguage);
    if (!m.notes.isEmpty() && !s.notes.contains(m.notes))
        s.notes = s.notes.isEmpty() ? m.notes : s.notes + u'\n' + m.notes;
    for (const CitizenPhone &p : m.phones) {
        const bool known = std::any_of(s.phones.begin(), s.phones.end(), [&](const CitizenPhone &q) {
            return (!p.e164.isEmpty() && q.e164 == p.e164) || q.typed == p.typed;
        });
        if (!known)
            s.phones.append(p);
    }
    for (const CitizenEmail &e : m.emails) {
        const bool known = std::any_of(s.emails.begin(), s.emails.end(), [&](const CitizenEmail &q) {
            return q.address.compare(e.address, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            s.emails.append(e);
    }
    for (const Consent &k : m.consents) {
        auto it = std::find_if(s.consents.begin(), s.consents.end(), [&](const Consent &q) { return q.channel == k.channel; });
        if (it == s.consents.end())
            s.consents.append(k);
        else if (k.at > it->at)
            *it = k; // the most recent decision of the person holds
    }
    s.createdAt = std::min(s.createdAt, m.createdAt);
    s.stamp = {now, actorId};

    return m_db.transaction([&]() -> Status {
        sqlite3 *h = m_db.handle();
        auto run = [&](const char *sql, const QString &context) -> Status {
            SqliteStatement st(h, sql);
            st.bind(1, survivorId);
            st.bind(2, mergedId);
            if (!st.exec())
                return m_db.lastError(context);
            return {};
        };
        // History on every request that changes hands, before the move.
        {
            SqliteStatement list(h, "SELECT id FROM service_request WHERE citizen_id = ? UNION "
                                    "SELECT request_id FROM request_reporter WHERE citizen_id = ?");
            list.bind(1, mergedId);
            list.bind(2, mergedId);
            QStringList moved;
            while (list.step())
                moved.append(list.text(0));
            list.reset();
            SqliteStatement ev(h, "INSERT INTO request_event(id, request_id, kind, at, actor_id, from_value, to_value, message) "
                                  "VALUES (?,?,'merge',?,?,?,?,?)");
            for (const QString &requestId : moved) {
                ev.bind(1, newRowId(now));
                ev.bind(2, requestId);
                ev.bind(3, now);
                ev.bind(4, actorId);
                ev.bind(5, mergedId);
                ev.bind(6, survivorId);
                ev.bind(7, Message{QString::fromLatin1(MessageCode::CitizenMerged), {m.displayName(), s.displayName()}}.toJson());
                if (!ev.exec())
                    return m_db.lastError(Tr::tr("merging citizen records"));
                ev.reset();
            }
        }
        const QString context = Tr::tr("merging citizen records");
        for (const char *sql : {"UPDATE service_request SET citizen_id = ?1 WHERE citizen_id = ?2",
                                "INSERT OR IGNORE INTO request_reporter(request_id, citizen_id, call_id, added_at) "
                                "SELECT request_id, ?1, call_id, added_at FROM request_reporter WHERE citizen_id = ?2",
                                "DELETE FROM request_reporter WHERE citizen_id = ?2",
                                "UPDATE phone_call SET citizen_id = ?1 WHERE citizen_id = ?2",
                                "UPDATE notification SET citizen_id = ?1 WHERE citizen_id = ?2"}) {
            if (Status st = run(sql, context); !st)
                return st;
        }
        SqliteStatement log(h, "INSERT INTO citizen_merge(id, tenant_id, survivor_id, merged_id, merged_record, at, updated_at, updated_by) "
                               "VALUES (?,?,?,?,?,?,?,?)");
        log.bind(1, newRowId(now));
        log.bind(2, s.tenantId);
        log.bind(3, survivorId);
        log.bind(4, mergedId);
        log.bind(5, citizenToJson(m));
        log.bind(6, now);
        log.bind(7, now);
        log.bind(8, actorId);
        if (!log.exec())
            return m_db.lastError(context);

        // The merged record leaves the search index, then the registry.
        SqliteStatement localId(h, "SELECT local_id FROM citizen WHERE id = ?");
        localId.bind(1, mergedId);
        if (!localId.step())
            return m_db.lastError(context);
        const qint64 mergedLocalId = localId.int64(0);
        localId.reset();
        if (Status st = SearchIndexer(m_db).indexCitizen(mergedLocalId, Citizen{}); !st)
            return st;
        SqliteStatement del(h, "DELETE FROM citizen WHERE id = ?");
        del.bind(1, mergedId);
        if (!del.exec())
            return m_db.lastError(context);
        return CitizenRepository(m_db).update(s);
    });
}

} // namespace CivicDesk
