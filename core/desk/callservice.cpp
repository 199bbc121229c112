// SPDX-License-Identifier: GPL-3.0-or-later
#include "callservice.h"

#include "domain/idgenerator.h"
#include "storage/database.h"
#include "storage/requestrepository.h"
#include "util/tr.h"

#include <QRegularExpression>

namespace CivicDesk {
namespace {

bool looksWithheld(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^(anonymous|unknown|private|withheld|restricted|unavailable|"
                                                      "anonym|anonimo|anónimo|anònim|privat|privato|privado|"
                                                      "απόκρυψη|αποκρυψη|ανώνυμος|ανωνυμος)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(number.trimmed()).hasMatch();
}

} // namespace

CallService::CallService(Database &db, QString tenantId, const QString &region, QString operatorId, Clock clock)
    : m_db(db)
    , m_tenantId(std::move(tenantId))
    , m_phones(region)
    , m_operatorId(std::move(operatorId))
    , m_clock(std::move(clock))
    , m_byPhone(db.handle(), "SELECT DISTINCT citizen_id FROM citizen_phone WHERE e164 = ? LIMIT ?")
    , m_citizen(db.handle(),
                "SELECT kind, given_name, family_name, organisation, address FROM citizen WHERE id = ?")
    , m_requestCount(db.handle(), "SELECT count(*) FROM request_reporter WHERE citizen_id = ?")
{
}

QList<CallerMatch> CallService::citizensWithPhone(const QString &e164, int limit)
{
    QList<CallerMatch> out;
    if (e164.isEmpty())
        return out;
    SqliteStatement &s = *m_byPhone;
    s.bind(1, e164);
    s.bind(2, limit);
    QStringList ids;
    while (s.step())
        ids.append(s.text(0));
    s.reset();
    for (const QString &id : ids) {
        SqliteStatement &c = *m_citizen;
        c.bind(1, id);
        if (c.step()) {
            Citizen citizen;
            citizen.kind = citizenKindFromCode(c.text(0)).value_or(CitizenKind::Person);
            citizen.givenName = c.text(1);
            citizen.familyName = c.text(2);
            citizen.organisation = c.text(3);
            CallerMatch m{id, citizen.displayName(), citizen.kind, c.text(4), 0};
            c.reset();
            SqliteStatement &n = *m_requestCount;
            n.bind(1, id);
            if (n.step())
                m.requests = int(n.int64(0));
            n.reset();
            out.append(m);
        } else {
            c.reset();
        }
    }
    return out;
}

ScreenPop CallService::lookup(const QString &number)
{
    ScreenPop pop;
    const QString typed = number.trimmed();
    pop.phone.typed = typed;
    if (typed.isEmpty()) {
        // A walk-in or a call taken without caller id: nothing to look up.
    } else if (looksWithheld(typed)) {
        pop.withheld = true;
        pop.warning = Tr::tr("The caller's number is withheld: ask for a number to call back.");
    } else {
        pop.phone = m_phones.parse(typed);
        if (pop.phone.e164.isEmpty())
            pop.warning = Tr::tr("“%1” is not a telephone number (%2); it is kept as typed.").arg(typed, pop.phone.problem);
        else
            pop.matches = citizensWithPhone(pop.phone.e164);
    }
    Call &c = pop.call;
    c.tenantId = m_tenantId;
    c.callerNumber = typed;
    c.callerE164 = pop.phone.e164;
    c.operatorId = m_operatorId;
    if (pop.matches.size() == 1)
        c.citizenId = pop.matches.front().citizenId;
    return pop;
}

Result<Call> CallService::start(const QString &number, const QString &citizenId)
{
    Call c;
    const QString typed = number.trimmed();
    c.id = newRowId(m_clock());
    c.tenantId = m_tenantId;
    c.callerNumber = typed;
    c.callerE164 = typed.isEmpty() || looksWithheld(typed) ? QString() : m_phones.parse(typed).e164;
    c.startedAt = m_clock();
    c.operatorId = m_operatorId;
    c.citizenId = citizenId;
    c.stamp = {c.startedAt, actor()};
    if (Status s = RequestRepository(m_db).saveCall(c); !s)
        return s.error();
    return c;
}

Result<ScreenPop> CallService::incoming(const QString &number)
{
    ScreenPop pop = lookup(number);
    Result<Call> c = start(number, pop.call.citizenId);
    if (!c)
        return c.error();
    pop.call = c.value();
    return pop;
}

std::optional<Call> CallService::call(const QString &id) const
{
    return RequestRepository(m_db).call(id);
}

Status CallService::setCitizen(const QString &callId, const QString &citizenId)
{
    SqliteStatement s(m_db.handle(), "UPDATE phone_call SET citizen_id = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    s.bindOptional(1, citizenId);
    s.bind(2, m_clock());
    s.bind(3, actor());
    s.bind(4, callId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording the caller of a call"));
    return {};
}

Status CallService::noteRequest(const QString &callId, const QString &requestId, const QString &relation)
{
    if (relation == QLatin1String("looked_at")) {
        SqliteStatement s(m_db.handle(), "INSERT OR IGNORE INTO call_request(call_id, request_id, relation) VALUES (?,?,?)");
        s.bind(1, callId);
        s.bind(2, requestId);
        s.bind(3, relation);
        if (!s.exec())
            return m_db.lastError(Tr::tr("linking a call to a request"));
        return {};
    }
    return RequestRepository(m_db).linkCall(callId, requestId, relation);
}

Status CallService::end(const QString &callId)
{
    SqliteStatement s(m_db.handle(),
                      "UPDATE phone_call SET ended_at = ?, updated_at = ?, updated_by = ? WHERE id = ? AND ended_at IS NULL");
    const qint64 now = m_clock();
    s.bind(1, now);
    s.bind(2, now);
    s.bind(3, actor());
    s.bind(4, callId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("ending a call"));
    return {};
}

QList<std::pair<QString, QString>> CallService::requestsOf(const QString &callId) const
{
    QList<std::pair<QString, QString>> out;
    SqliteStatement s(m_db.handle(), "SELECT request_id, relation FROM call_request WHERE call_id = ? ORDER BY relation, request_id");
    s.bind(1, callId);
    while (s.step())
        out.append({s.text(0), s.text(1)});
    return out;
}

} // namespace CivicDesk
