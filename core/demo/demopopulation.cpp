// SPDX-License-Identifier: GPL-3.0-or-later
// The people and the requests of the demo municipality.
#include "demogenerator.h"
#include "core/desk/taxid.h"

#include "core/domain/citizen.h"
#include "core/domain/servicerequest.h"
#include "core/text/textfold.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/searchindexer.h"
#include "core/util/boundedqueue.h"
#include "core/util/tr.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <atomic>
#include <thread>
#include <cmath>

namespace CivicDesk {
namespace {

constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;

// Relative volume of each catalogue group per month (Jan..Dec), in catalogue order:
// roads, lighting, waste, greenery, water, animals, noise, buildings, traffic, other.
constexpr std::array<std::array<double, 12>, 10> seasonal{{
    {1.5, 1.5, 1.3, 1.1, 0.9, 0.8, 0.8, 0.8, 0.9, 1.1, 1.3, 1.4},
    {1.5, 1.4, 1.2, 0.9, 0.7, 0.6, 0.6, 0.7, 0.9, 1.2, 1.5, 1.6},
    {1.0, 0.9, 0.9, 1.0, 1.1, 1.3, 1.5, 1.5, 1.1, 1.0, 1.0, 1.3},
    {0.5, 0.6, 1.1, 1.6, 1.7, 1.5, 1.2, 1.0, 1.0, 0.9, 0.8, 0.5},
    {1.6, 1.5, 1.2, 0.9, 0.7, 0.5, 0.5, 0.5, 0.8, 1.4, 1.7, 1.6},
    {0.9, 0.9, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 1.0, 0.9, 0.9, 0.9},
    {0.6, 0.6, 0.8, 1.0, 1.2, 1.6, 1.8, 1.7, 1.2, 0.9, 0.7, 0.9},
    {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
    {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
    {1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.8, 0.7, 1.0, 1.0, 1.0, 1.0},
}};
constexpr std::array<double, 10> groupShare{0.16, 0.14, 0.22, 0.09, 0.08, 0.06, 0.10, 0.05, 0.06, 0.04};

std::vector<RequestStatus> pathTo(RequestStatus s)
{
    using S = RequestStatus;
    switch (s) {
    case S::New: return {};
    case S::Accepted: return {S::Accepted};
    case S::Assigned: return {S::Accepted, S::Assigned};
    case S::InProgress: return {S::Accepted, S::Assigned, S::InProgress};
    case S::OnHold: return {S::Accepted, S::Assigned, S::InProgress, S::OnHold};
    case S::Resolved: return {S::Accepted, S::Assigned, S::InProgress, S::Resolved};
    case S::Closed: return {S::Accepted, S::Assigned, S::InProgress, S::Resolved, S::Closed};
    case S::Rejected: return {S::Rejected};
    case S::Duplicate: return {S::Duplicate};
    case S::Reopened: return {S::Accepted, S::Assigned, S::InProgress, S::Resolved, S::Reopened};
    }
    return {};
}

RequestStatus statusForAge(DemoRandom &random, double ageDays)
{
    using S = RequestStatus;
    struct Share { S status; double weight; };
    static const std::vector<Share> fresh{{S::New, 50}, {S::Accepted, 30}, {S::Assigned, 15}, {S::InProgress, 5}};
    static const std::vector<Share> recent{{S::New, 5}, {S::Accepted, 15}, {S::Assigned, 20}, {S::InProgress, 25}, {S::OnHold, 5},
                                           {S::Resolved, 15}, {S::Closed, 10}, {S::Rejected, 2}, {S::Duplicate, 3}};
    static const std::vector<Share> month{{S::Assigned, 5}, {S::InProgress, 8}, {S::OnHold, 4}, {S::Resolved, 10}, {S::Closed, 65},
                                          {S::Rejected, 3}, {S::Duplicate, 4}, {S::Reopened, 1}};
    static const std::vector<Share> old{{S::Closed, 88}, {S::Rejected, 4}, {S::Duplicate, 5}, {S::Resolved, 1}, {S::Reopened, 1}, {S::OnHold, 1}};
    const std::vector<Share> &table = ageDays < 2 ? fresh : ageDays < 14 ? recent : ageDays < 60 ? month : old;
    double total = 0;
    for (const Share &s : table)
        total += s.weight;
    double x = random.real() * total;
    for (const Share &s : table) {
        x -= s.weight;
        if (x < 0)
            return s.status;
    }
    return table.back().status;
}

// Generation (strings, ids, search keys) runs in a producer thread while this thread writes to SQLite:
// the two halves cost about the same, so the machine's second core nearly halves the time.
// The producer alone draws random numbers, so the result does not depend on the timing of the threads.
template<typename Item, typename Make, typename Write, typename Tick>
Status runPipeline(qint64 n, Make &&make, Write &&write, Tick &&tick)
{
    constexpr std::size_t batchSize = 512;
    BoundedQueue<std::vector<Item>> queue(8);
    std::atomic_bool stop = false;
    std::thread producer([&] {
        std::vector<Item> batch;
        batch.reserve(batchSize);
        for (qint64 i = 0; i < n && !stop; ++i) {
            batch.push_back(make(i));
            if (batch.size() == batchSize) {
                if (!queue.push(std::move(batch)))
                    break;
                batch = {};
                batch.reserve(batchSize);
            }
        }
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.close();
    });
    Status result;
    qint64 done = 0;
    while (std::optional<std::vector<Item>> batch = queue.pop()) {
        if (!result)
            continue; // drain what the producer had already made
        for (Item &item : *batch) {
            if (Status s = write(item); !s) {
                result = s;
                break;
            }
        }
        done += qint64(batch->size());
        if (result && !tick(done))
            result = Error{QStringLiteral("demo.cancelled"), Tr::tr("Cancelled.")};
        if (!result) {
            stop = true;
            queue.close();
        }
    }
    producer.join();
    return result;
}

} // namespace

QString DemoGenerator::phoneFromPattern(const QString &pattern, QString *e164)
{
    QString typed;
    QString digits;
    for (const QChar c : pattern) {
        if (c == u'#') {
            const QChar d(u'0' + m_random.below(10));
            typed += d;
            digits += d;
        } else {
            typed += c;
            if (c.isDigit())
                digits += c;
        }
    }
    if (typed.startsWith(u'+'))
        *e164 = u'+' + digits;
    else if (typed.startsWith(QLatin1String("00")))
        *e164 = u'+' + digits.mid(2);
    else
        *e164 = m_phones->e164OfNationalDigits(digits);
    return typed;
}

void DemoGenerator::giveContacts(Citizen &c, const QString &given, const QString &familyName, qint64 serial)
{
    // One or two phones (mostly mobiles for people, landlines for organisations), often an e-mail, a tax id.
    const int phoneCount = m_random.chance(0.3) ? 2 : 1;
    for (int p = 0; p < phoneCount; ++p) {
        const bool mobile = c.kind == CitizenKind::Person ? m_random.chance(0.75) : m_random.chance(0.3);
        QString e164;
        const QString typed = phoneFromPattern(m_random.pick(mobile ? m_country.mobilePatterns : m_country.fixedPatterns), &e164);
        c.phones.append({e164, typed, mobile ? QStringLiteral("mobile") : QStringLiteral("landline"), true});
    }
    if (m_random.chance(c.kind == CitizenKind::Person ? 0.45 : 0.9)) {
        const QString local = c.kind == CitizenKind::Person || c.kind == CitizenKind::Volunteer
            ? TextFold::latinize(TextFold::queryWords(given).join(QString())) + u'.'
                + TextFold::latinize(TextFold::queryWords(familyName).join(QString()))
            : QStringLiteral("info") + QString::number(serial);
        c.emails.append({local + QString::number(m_random.below(100)) + u'@' + m_random.pick(m_country.emailDomains), {}});
    }
    if (c.kind != CitizenKind::Person || m_random.chance(0.3)) {
        QString tax;
        for (int d = 0; d < m_country.taxIdDigits; ++d)
            tax += QChar(u'0' + m_random.below(10));
        // The last digit is the check digit where the country has one, so that the records pass validation.
        if (const int check = taxIdCheckDigit(m_country.code, tax.left(tax.size() - 1)); check >= 0)
            tax[tax.size() - 1] = QChar(u'0' + check);
        if (m_country.code == QLatin1String("ES"))
            tax += QLatin1Char("TRWAGMYFPDXBNJZSQVHLCKE"[tax.toLongLong() % 23]);
        c.taxId = tax;
    }
}

Status DemoGenerator::buildCitizens(const Progress &progress)
{
    CitizenRepository repo(m_db);
    repo.beginBulk();
    const qint64 until = m_options.until.toMSecsSinceEpoch();
    const qint64 n = m_options.citizens;
    m_citizenIds.reserve(size_t(n));
    const QString mainLanguage = m_country.languages.value(0);
    int serviceNumber = 1;
    auto fill = [&](const QString &pattern, const QString &given, const QString &family) {
        QString s = pattern;
        s.replace(QLatin1String("{family}"), family);
        s.replace(QLatin1String("{given}"), given);
        s.replace(QLatin1String("{street}"), m_random.pick(m_streetNames));
        s.replace(QLatin1String("{district}"), m_random.pick(m_country.districts));
        s.replace(QLatin1String("{n}"), QString::number(serviceNumber++ % 40 + 1));
        return s;
    };
    struct Item
    {
        Citizen citizen;
        QStringList keys;
    };
    // Registration times in order, as a registry grows: ids (UUIDv7) then ascend and every table keyed by
    // the citizen id is appended to instead of updated all over.
    std::vector<qint64> registered(static_cast<size_t>(n));
    for (qint64 &at : registered)
        at = until - qint64(m_random.real() * 3 * 365) * dayMs - m_random.below(int(dayMs / 1000)) * 1000LL;
    std::sort(registered.begin(), registered.end());
    auto make = [&](qint64 i) -> Item {
        Citizen c;
        c.createdAt = registered[size_t(i)];
        c.id = m_ids.next(c.createdAt);
        c.tenantId = m_tenantId;
        const double k = m_random.real();
        c.kind = k < 0.90 ? CitizenKind::Person : k < 0.95 ? CitizenKind::LegalEntity : k < 0.97 ? CitizenKind::Volunteer
            : k < 0.99 ? CitizenKind::MunicipalService : CitizenKind::ProcessingBody;
        const bool female = m_random.chance(0.5);
        const auto &family = m_country.families.at(m_random.skewed(int(m_country.families.size()), 1.6));
        QString familyName = female ? family.second : family.first;
        if (m_country.doubleSurname) {
            const auto &second = m_country.families.at(m_random.skewed(int(m_country.families.size()), 1.6));
            familyName += (m_random.chance(0.2) ? QStringLiteral(" i ") : QStringLiteral(" ")) + second.first;
        }
        const QString given = female ? m_random.pick(m_country.femaleGiven) : m_random.pick(m_country.maleGiven);
        switch (c.kind) {
        case CitizenKind::Person:
        case CitizenKind::Volunteer:
            c.givenName = given;
            c.familyName = familyName;
            if (c.kind == CitizenKind::Volunteer)
                c.organisation = fill(m_random.pick(m_country.volunteers), given, family.first);
            break;
        case CitizenKind::LegalEntity:
            c.organisation = fill(m_random.pick(m_country.companies), given, family.first);
            c.givenName = given; // contact person
            c.familyName = familyName;
            break;
        case CitizenKind::MunicipalService:
            c.organisation = fill(m_random.pick(m_country.municipalServices), given, family.first);
            break;
        case CitizenKind::ProcessingBody:
            c.organisation = fill(m_random.pick(m_country.processingBodies), given, family.first);
            break;
        }
        giveContacts(c, given, familyName, i);
        const Segment &home = m_segments[m_random.below(int(m_segments.size()))];
        int number = 0;
        c.address = addressOf(home, m_random.real(), &number);
        c.districtId = home.districtId;
        c.preferredLanguage = m_random.chance(0.05) ? QStringLiteral("en") : mainLanguage;
        c.consents.append({ContactChannel::Phone, m_random.chance(0.9), c.createdAt});
        c.consents.append({ContactChannel::Sms, m_random.chance(0.6), c.createdAt});
        if (!c.emails.isEmpty())
            c.consents.append({ContactChannel::Email, m_random.chance(0.7), c.createdAt});
        c.stamp = {c.createdAt, m_systemUser};
        QStringList keys = SearchIndexer::citizenKeys(c, *m_phones);
        return Item{std::move(c), std::move(keys)};
    };
    auto write = [&](const Item &item) -> Status {
        const Citizen &c = item.citizen;
        if (Status s = repo.insert(c, item.keys); !s)
            return s;
        m_summary.otherRows += c.phones.size() + c.emails.size() + c.consents.size();
        ++m_summary.citizens;
        m_citizenIds.push_back(c.id);
        return {};
    };
    Status s = runPipeline<Item>(n, make, write, [&](qint64 done) {
        return !progress || progress(int(1 + 29 * done / n), Tr::tr("Citizens"));
    });
    if (!s)
        return s;
    if (progress)
        progress(30, Tr::tr("Search index"));
    return repo.endBulk();
}

std::vector<RequestEvent> DemoGenerator::tellStory(ServiceRequest &r, const TypeInfo &type, const QString &actor, qint64 until)
{
    // The legal path of the default workflow to the request's status, spread over part of its deadline and
    // squeezed into the time that has passed; assignee, crew, close time and ratings to match.
    const std::vector<RequestStatus> path = pathTo(r.status);
    std::vector<qint64> at(path.size());
    qint64 when = r.createdAt;
    // About one request in eight runs late, most of them past the deadline (up to three times it), as real
    // departments do. Chosen from the filing time, not from the random stream, so every other figure of a seed
    // stays as it was.
    const qint64 spread = (r.createdAt / 1000) % 1000;
    const double stretch = spread < 125 ? 3.0 + 3.0 * double(spread) / 125.0 : 1.0;
    for (size_t p = 0; p < path.size(); ++p) {
        when += qint64(stretch * (0.05 + m_random.real() * 0.45) * type.deadlineHours * hourMs / double(path.size()));
        at[p] = when;
    }
    if (!path.empty() && at.back() >= until) {
        const double scale = double(until - 1000 - r.createdAt) / double(at.back() - r.createdAt);
        for (qint64 &a : at)
            a = r.createdAt + qint64((a - r.createdAt) * scale);
    }
    const QStringList staff = m_staffOf.value(r.departmentId);
    if (std::find(path.begin(), path.end(), RequestStatus::Assigned) != path.end()) {
        const QStringList crews = m_crewsOf.value(r.departmentId);
        if (!crews.isEmpty())
            r.crewId = m_random.pick(crews);
        if (!staff.isEmpty())
            r.assigneeId = m_random.pick(staff);
    }
    if (r.status == RequestStatus::Closed || r.status == RequestStatus::Rejected || r.status == RequestStatus::Duplicate)
        r.closedAt = at.back();
    if (r.status == RequestStatus::Closed) {
        if (m_random.chance(0.7)) {
            const double a = m_random.real();
            r.accuracy = a < 0.75 ? AccuracyRating::Accurate : a < 0.9 ? AccuracyRating::PartlyAccurate
                : a < 0.97 ? AccuracyRating::Inaccurate : AccuracyRating::FalseReport;
        }
        if (!r.citizenId.isEmpty() && m_random.chance(0.35)) {
            const double s = m_random.real();
            r.satisfaction = s < 0.07 ? 1 : s < 0.15 ? 2 : s < 0.30 ? 3 : s < 0.60 ? 4 : 5;
        }
    }
    const QString lastActor = path.empty() ? actor : (staff.isEmpty() ? m_systemUser : m_random.pick(staff));
    r.stamp = {path.empty() ? r.createdAt : at.back(), lastActor};

    std::vector<RequestEvent> events;
    events.reserve(path.size() + 1);
    // As the desk files one (Intake): the channel's code, which the history shows as "Filed (Phone)".
    events.push_back({m_ids.next(r.createdAt), r.id, EventKind::Created, r.createdAt, actor, {}, toCode(RequestStatus::New),
                      toCode(r.channel)});
    QString from = toCode(RequestStatus::New);
    for (size_t p = 0; p < path.size(); ++p) {
        const QString to = toCode(path[p]);
        const QString who = staff.isEmpty() ? m_systemUser : staff.at(int(p) % int(staff.size()));
        events.push_back({m_ids.next(at[p]), r.id, EventKind::StatusChange, at[p], who, from, to, {}});
        from = to;
    }
    return events;
}

Status DemoGenerator::buildRequests(const Progress &progress)
{
    const qint64 n = m_options.requests;
    if (n == 0)
        return {};
    RequestRepository repo(m_db);
    const qint64 until = m_options.until.toMSecsSinceEpoch();
    const QTimeZone zone(m_country.timeZone.toUtf8());
    const int days = 365 * std::clamp(m_options.years, 1, 30);
    const QDate firstDay = m_options.until.toTimeZone(zone).date().addDays(-days);

    // When: seasons of all groups together, quieter weekends, slow growth.
    std::vector<double> dayWeights;
    double acc = 0;
    for (int d = 0; d < days; ++d) {
        const QDate date = firstDay.addDays(d);
        double w = 0;
        for (size_t g = 0; g < groupShare.size(); ++g)
            w += groupShare[g] * seasonal[g][size_t(date.month() - 1)];
        if (date.dayOfWeek() >= 6)
            w *= 0.55;
        acc += w * (1.0 + 0.15 * d / days);
        dayWeights.push_back(acc);
    }
    static constexpr std::array<double, 24> hourly{0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.2, 2.6, 2.6, 2.4, 2.2, 2.0, 1.8, 1.5,
                                                    1.3, 1.2, 1.1, 1.0, 0.9, 0.7, 0.5, 0.3};
    std::vector<double> hourWeights;
    acc = 0;
    for (double h : hourly)
        hourWeights.push_back(acc += h);
    // Local midnight of each day, computed once: time-zone arithmetic per request would dominate.
    std::vector<qint64> midnight(days + 1);
    for (int d = 0; d <= days; ++d)
        midnight[size_t(d)] = QDateTime(firstDay.addDays(d), QTime(0, 0), zone).toMSecsSinceEpoch();
    struct When { qint64 at; int day; };
    std::vector<When> times(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i) {
        const int day = m_random.weighted(dayWeights);
        const int hour = m_random.weighted(hourWeights);
        const qint64 at = midnight[size_t(day)] + hour * hourMs + m_random.below(3600) * 1000LL;
        times[size_t(i)] = {std::min(at, until - 1000), day};
    }
    std::sort(times.begin(), times.end(), [](const When &a, const When &b) { return a.at < b.at; });

    std::array<std::vector<double>, 12> groupWeights;
    for (int m = 0; m < 12; ++m) {
        double a = 0;
        for (size_t g = 0; g < groupShare.size(); ++g)
            groupWeights[size_t(m)].push_back(a += groupShare[g] * seasonal[g][size_t(m)]);
    }
    std::vector<std::vector<int>> typesOfGroup(size_t(m_groupCodes.size()));
    for (int t = 0; t < int(m_types.size()); ++t)
        typesOfGroup[size_t(m_types[size_t(t)].group)].push_back(t);
    std::vector<double> hotspotWeights;
    acc = 0;
    for (size_t h = 0; h < m_hotspots.size(); ++h)
        hotspotWeights.push_back(acc += 0.5 + m_random.real());

    QHash<QString, QString> lastOpenAt; // type + segment → request id, for duplicates
    QHash<int, int> sequence;            // year → last tracking number
    const QStringList operators = [&] {
        QStringList ids;
        QList<User> users = OrganisationRepository(m_db).users();
        std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.username < b.username; });
        for (const User &u : std::as_const(users))
            if (u.role == Role::Operator)
                ids.append(u.id);
        return ids;
    }();

    struct Item
    {
        ServiceRequest request;
        RequestRepository::Derived derived;
        std::vector<RequestEvent> events;
    };
    auto make = [&](qint64 i) -> Item {
        ServiceRequest r;
        r.createdAt = times[size_t(i)].at;
        const QDate localDate = firstDay.addDays(times[size_t(i)].day);
        r.id = m_ids.next(r.createdAt);
        r.tenantId = m_tenantId;
        const int year = localDate.year();
        const int seq = ++sequence[year];
        r.trackingNumber = QStringLiteral("%1-D0-%2").arg(year % 100, 2, 10, QLatin1Char('0')).arg(seq, 5, 10, QLatin1Char('0'));

        // What and where.
        int group = m_random.weighted(groupWeights[size_t(localDate.month() - 1)]);
        const Hotspot *spot = nullptr;
        if (!m_hotspots.empty() && m_random.chance(0.35)) {
            spot = &m_hotspots[size_t(m_random.weighted(hotspotWeights))];
            if (m_random.chance(0.6))
                group = spot->group;
        }
        const std::vector<int> &candidates = typesOfGroup[size_t(group)];
        const TypeInfo &type = m_types[size_t(candidates[size_t(m_random.skewed(int(candidates.size()), 1.5))])];
        r.serviceTypeId = type.id;
        const int segIndex = spot && !spot->segments.empty() ? spot->segments[size_t(m_random.below(int(spot->segments.size())))]
                                                             : m_random.below(int(m_segments.size()));
        const Segment &seg = m_segments[size_t(segIndex)];
        const double t = m_random.real();
        int number = 0;
        r.address = addressOf(seg, t, &number);
        const QGeoCoordinate onStreet(seg.from.latitude() + t * (seg.to.latitude() - seg.from.latitude()),
                                      seg.from.longitude() + t * (seg.to.longitude() - seg.from.longitude()));
        r.location = offset(onStreet, m_random.gaussian() * 8, m_random.gaussian() * 8);
        r.districtId = seg.districtId;
        const QStringList &phrases = m_country.descriptions.value(m_groupCodes.at(group));
        if (!phrases.isEmpty() && m_random.chance(0.75))
            r.description = m_random.pick(phrases);
        for (const ServiceAttribute &a : type.attributes) {
            if (!a.required && !m_random.chance(0.3))
                continue;
            if (!a.values.isEmpty())
                r.attributes.insert(a.code, a.values.at(m_random.below(int(a.values.size()))).key);
            else if (a.datatype == AttributeDatatype::Number)
                r.attributes.insert(a.code, QString::number(m_random.between(1, 5)));
        }

        // Who and how.
        const double ch = m_random.real();
        r.channel = ch < 0.55 ? Channel::Phone : ch < 0.75 ? Channel::Web : ch < 0.90 ? Channel::MobileApp : ch < 0.95 ? Channel::Email : Channel::WalkIn;
        if (!m_random.chance(0.12))
            r.citizenId = m_citizenIds[size_t(m_random.skewed(int(m_citizenIds.size()), 1.3))];
        const QString actor = r.channel == Channel::Phone || r.channel == Channel::WalkIn ? m_random.pick(operators) : QStringLiteral("web");
        r.priority = type.priority;
        if (m_random.chance(0.1))
            r.priority = Priority(std::clamp(int(r.priority) + (m_random.chance(0.5) ? 1 : -1), 1, 4));
        r.urgency = m_random.between(1, 3);
        r.emergency = int(type.priority) >= 4 && m_random.chance(0.02);
        if (r.emergency)
            r.priority = Priority::Emergency;
        r.departmentId = type.departmentId;
        r.dueAt = r.createdAt + type.deadlineHours * hourMs;

        // Its story so far.
        RequestStatus status = statusForAge(m_random, double(until - r.createdAt) / dayMs);
        const QString dupKey = type.id + QString::number(segIndex);
        if (status == RequestStatus::Duplicate) {
            r.duplicateOf = lastOpenAt.value(dupKey);
            if (r.duplicateOf.isEmpty())
                status = RequestStatus::Closed;
        }
        r.status = status;
        Item item;
        item.events = tellStory(r, type, actor, until);
        if (isOpen(status))
            lastOpenAt.insert(dupKey, r.id);
        item.derived = RequestRepository::derive(r);
        item.request = std::move(r);
        return item;
    };
    auto write = [&](const Item &item) -> Status {
        const ServiceRequest &r = item.request;
        if (Status s = repo.insert(r, item.derived); !s)
            return s;
        ++m_summary.requests;
        for (const RequestEvent &e : item.events) {
            if (Status s = repo.appendEvent(e); !s)
                return s;
        }
        m_summary.events += qint64(item.events.size());

        if (!r.citizenId.isEmpty()) {
            if (Status s = repo.addReporter(r.id, r.citizenId, {}, r.createdAt); !s)
                return s;
            ++m_summary.otherRows;
            if (!r.duplicateOf.isEmpty()) {
                if (Status s = repo.addReporter(r.duplicateOf, r.citizenId, {}, r.createdAt); !s)
                    return s;
                ++m_summary.otherRows;
            }
        }
        return {};
    };
    Status s = runPipeline<Item>(n, make, write, [&](qint64 done) {
        return !progress || progress(int(31 + 66 * done / n), Tr::tr("Requests"));
    });
    if (!s)
        return s;
    for (auto it = sequence.cbegin(); it != sequence.cend(); ++it) {
        if (Status st = m_db.setLocalSetting(QStringLiteral("tracking_seq_%1").arg(it.key()), QString::number(it.value())); !st)
            return st;
    }
    return {};
}

} // namespace CivicDesk
