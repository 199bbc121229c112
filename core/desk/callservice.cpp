// SPDX-License-Identifier: GPL-3.0-or-later
#include "callservice.h"

#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/util/tr.h"

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
    , m_callers(db)
{
}

QList<CallerMatch> CallService::citizensWithPhone(const QString &e164, int limit)
{
    if (e164.isEmpty())
        return {};
    return m_callers.withPhone(e164, limit);
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
    return RequestRepository(m_db).setCallCitizen(callId, citizenId, {m_clock(), actor()});
}

Status CallService::noteRequest(const QString &callId, const QString &requestId, const QString &relation)
{
    return RequestRepository(m_db).linkCall(callId, requestId, relation);
}

bool CallService::filedRequest(const QString &callId) const
{
    for (const auto &[request, relation] : requestsOf(callId))
        if (relation == QLatin1String("filed") || relation == QLatin1String("linked"))
            return true;
    return false;
}

Status CallService::end(const QString &callId, std::optional<CallOutcome> outcome, const QString &note)
{
    if (filedRequest(callId))
        outcome = CallOutcome::Request;
    else if (outcome == CallOutcome::Request)
        return Error{QStringLiteral("call.outcome"), Tr::tr("This call filed no request: say how it ended instead.")};
    return RequestRepository(m_db).endCall(callId, outcome, note.trimmed().left(500), {m_clock(), actor()});
}

QList<std::pair<QString, QString>> CallService::requestsOf(const QString &callId) const
{
    return RequestRepository(m_db).callRequests(callId);
}

} // namespace CivicDesk
