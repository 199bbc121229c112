// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenprofile.h"

#include "core/domain/message.h"

#include "core/domain/idgenerator.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/citizenactivityquery.h"
#include "core/storage/notificationstore.h"
#include "core/storage/requestrepository.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace CivicDesk {
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
    CitizenActivityQuery activity(m_db);

    // Own requests and those the citizen reported too.
    QSet<QString> seen;
    QList<AccuracyRating> ratings;
    for (const CitizenActivityQuery::Request &row : activity.requests(citizenId)) {
        if (seen.contains(row.id))
            continue;
        seen.insert(row.id);
        CitizenRequest r;
        static_cast<CitizenActivityQuery::Request &>(r) = row;
        r.typeName = typeName(row.typeId);
        r.ownReport = row.citizenId == citizenId;
        if (r.ownReport && r.accuracy)
            ratings.append(*r.accuracy);
        p.requests.append(r);
    }
    std::sort(p.requests.begin(), p.requests.end(), [](const CitizenRequest &a, const CitizenRequest &b) { return a.createdAt > b.createdAt; });
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
        QSet<QString> rated;
        for (const CitizenActivityQuery::Rating &rating : activity.ratings(citizenId)) {
            bool ok = false;
            const int value = rating.value.toInt(&ok);
            if (!ok || value < 1 || value > 5)
                continue;
            rated.insert(rating.requestId);
            p.satisfaction.append({rating.at, value});
            p.timeline.append({TimelineEntry::Kind::Rating, rating.at, Tr::tr("Rated %1: %2 of 5").arg(rating.trackingNumber).arg(value),
                               rating.comment, rating.requestId});
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
    for (const CitizenActivityQuery::CallRow &call : activity.calls(citizenId)) {
        ++p.calls;
        QString detail = call.callerNumber;
        if (call.endedAt > call.startedAt)
            detail += QStringLiteral(" · ") + Tr::tr("%1 s").arg((call.endedAt - call.startedAt) / 1000);
        QStringList about;
        for (const auto &[number, relation] : call.requests)
            about.append(relation == QLatin1String("filed") ? Tr::tr("filed %1").arg(number)
                         : relation == QLatin1String("linked") ? Tr::tr("joined %1").arg(number)
                                                               : Tr::tr("looked at %1").arg(number));
        if (!about.isEmpty())
            detail += QStringLiteral(" · ") + about.join(QStringLiteral(", "));
        if (call.outcome && *call.outcome != CallOutcome::Request)
            detail += QStringLiteral(" · ") + displayName(*call.outcome);
        if (!call.outcomeNote.isEmpty())
            detail += QStringLiteral(": ") + call.outcomeNote;
        p.timeline.append({TimelineEntry::Kind::Call, call.startedAt, Tr::tr("Call"), detail, {}});
        if (call.filed == 0)
            p.contactsPerChannel[Channel::Phone] += 1;
    }

    // Notifications.
    for (const CitizenActivityQuery::NotificationRow &n : activity.notifications(citizenId, 200)) {
        QString status = n.status == QLatin1String("queued") ? Tr::tr("queued")
                         : n.status == QLatin1String("sent") ? Tr::tr("sent")
                                                             : Tr::tr("failed");
        if (n.status == QLatin1String("sent") && n.report == QLatin1String("delivered"))
            status = Tr::tr("delivered");
        else if (n.status == QLatin1String("sent") && (n.report == QLatin1String("undelivered") || n.report == QLatin1String("refused")))
            status = Tr::tr("sent, not delivered");
        else if (n.status == QLatin1String("failed") && !n.lastError.isEmpty())
            status += QStringLiteral(": ") + n.lastError;
        p.timeline.append({TimelineEntry::Kind::Notification, n.createdAt, Tr::tr("%1 message (%2)").arg(displayName(n.channel), status), n.body,
                           n.requestId});
    }

    // Merges into this record.
    for (const auto &[at, record] : activity.merges(citizenId)) {
        const QJsonObject merged = QJsonDocument::fromJson(record.toUtf8()).object();
        const QString name = (merged.value(QLatin1String("givenName")).toString() + u' ' + merged.value(QLatin1String("familyName")).toString() +
                              u' ' + merged.value(QLatin1String("organisation")).toString())
                                 .simplified();
        p.timeline.append({TimelineEntry::Kind::Merge, at, Tr::tr("Merged with a duplicate record"), name, {}});
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
    {
        QJsonObject consent{{QStringLiteral("channel"), toCode(k.channel)}, {QStringLiteral("granted"), k.granted}, {QStringLiteral("at"), double(k.at)}};
        if (!k.source.isEmpty())
            consent.insert(QStringLiteral("source"), k.source);
        consents.append(consent);
    }
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
                           k.value(QLatin1String("granted")).toBool(), qint64(k.value(QLatin1String("at")).toDouble()),
                           k.value(QLatin1String("source")).toString()});
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

    // Each store writes its own rows: the requests and calls change hands, then the messages, then the registry.
    return m_db.transaction([&]() -> Status {
        const ChangeStamp stamp{now, actorId};
        if (Status st = RequestRepository(m_db).moveToCitizen(m.id, s.id,
                                                              Message{QString::fromLatin1(MessageCode::CitizenMerged), {m.displayName(), s.displayName()}},
                                                              stamp);
            !st)
            return st;
        if (Status st = NotificationStore(m_db).moveToCitizen(m.id, s.id); !st)
            return st;
        if (Status st = citizens.removeMerged(m, s.id, citizenToJson(m), stamp); !st)
            return st;
        return citizens.update(s);
    });
}

} // namespace CivicDesk
