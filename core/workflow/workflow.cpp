// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include "core/domain/messagetext.h"

#include "core/util/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CivicDesk {
namespace {

Error bad(const QString &message)
{
    return Error{QStringLiteral("workflow.invalid"), message};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out.append(v.toString());
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

Result<Workflow> Workflow::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(Tr::tr("The workflow is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject o = doc.object();
    Workflow w;
    w.m_code = o.value(QLatin1String("code")).toString(QStringLiteral("default"));
    auto status = [&](const QString &code) -> std::optional<RequestStatus> { return requestStatusFromCode(code); };
    const std::optional<RequestStatus> initial = status(o.value(QLatin1String("initial")).toString());
    if (!initial)
        return bad(Tr::tr("Workflow “%1”: unknown initial status “%2”.").arg(w.m_code, o.value(QLatin1String("initial")).toString()));
    w.m_initial = *initial;
    w.m_statuses.append(*initial);
    for (const QString &code : strings(o.value(QLatin1String("done")))) {
        const std::optional<RequestStatus> s = status(code);
        if (!s)
            return bad(Tr::tr("Workflow “%1”: unknown status “%2”.").arg(w.m_code, code));
        w.m_done.insert(*s);
    }
    for (const QJsonValue &v : o.value(QLatin1String("transitions")).toArray()) {
        const QJsonObject t = v.toObject();
        QSet<Role> roles;
        for (const QString &r : strings(t.value(QLatin1String("roles")))) {
            const std::optional<Role> role = roleFromCode(r);
            if (!role)
                return bad(Tr::tr("Workflow “%1”: unknown role “%2”.").arg(w.m_code, r));
            roles.insert(*role);
        }
        if (roles.isEmpty())
            return bad(Tr::tr("Workflow “%1”: a transition without roles could never be made.").arg(w.m_code));
        for (const QString &f : strings(t.value(QLatin1String("from")))) {
            for (const QString &to : strings(t.value(QLatin1String("to")))) {
                const std::optional<RequestStatus> a = status(f), b = status(to);
                if (!a || !b)
                    return bad(Tr::tr("Workflow “%1”: unknown status “%2”.").arg(w.m_code, !a ? f : to));
                if (*a == *b)
                    return bad(Tr::tr("Workflow “%1”: a transition from “%2” to itself.").arg(w.m_code, f));
                if (w.find(*a, *b))
                    return bad(Tr::tr("Workflow “%1”: the transition from “%2” to “%3” is defined twice.").arg(w.m_code, f, to));
                w.m_transitions.append({*a, *b, roles, t.value(QLatin1String("note")).toBool()});
                for (RequestStatus s : {*a, *b})
                    if (!w.m_statuses.contains(s))
                        w.m_statuses.append(s);
            }
        }
    }
    // Every status is reachable from the start …
    QSet<RequestStatus> reached{w.m_initial};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Transition &t : std::as_const(w.m_transitions)) {
            if (reached.contains(t.from) && !reached.contains(t.to)) {
                reached.insert(t.to);
                grew = true;
            }
        }
    }
    for (RequestStatus s : std::as_const(w.m_statuses))
        if (!reached.contains(s))
            return bad(Tr::tr("Workflow “%1”: the status “%2” cannot be reached from “%3”.").arg(w.m_code, toCode(s), toCode(w.m_initial)));
    // … and every status with work left has a way out.
    for (RequestStatus s : std::as_const(w.m_statuses)) {
        if (w.m_done.contains(s))
            continue;
        const bool out = std::any_of(w.m_transitions.begin(), w.m_transitions.end(), [&](const Transition &t) { return t.from == s; });
        if (!out)
            return bad(Tr::tr("Workflow “%1”: the status “%2” is a dead end (no way out, and not marked done).").arg(w.m_code, toCode(s)));
    }
    return w;
}

const Workflow &Workflow::standard()
{
    static const Workflow w = [] {
        QFile f(QStringLiteral(":/civicdesk/workflows/default.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("default workflow missing from the build");
        Result<Workflow> r = fromJson(f.readAll());
        if (!r)
            qFatal("default workflow invalid: %s", qPrintable(r.error().message));
        return r.value();
    }();
    return w;
}

const Workflow::Transition *Workflow::find(RequestStatus from, RequestStatus to) const
{
    for (const Transition &t : m_transitions)
        if (t.from == from && t.to == to)
            return &t;
    return nullptr;
}

QList<RequestStatus> Workflow::next(RequestStatus from, Role role) const
{
    QList<RequestStatus> out;
    for (const Transition &t : m_transitions)
        if (t.from == from && t.roles.contains(role))
            out.append(t.to);
    return out;
}

QString Workflow::refusal(RequestStatus from, RequestStatus to, Role role, const QString &note) const
{
    const Message why = refusalMessage(from, to, role, note);
    return why.isEmpty() ? QString() : MessageText::render(why);
}

Message Workflow::refusalMessage(RequestStatus from, RequestStatus to, Role role, const QString &note) const
{
    const Transition *t = find(from, to);
    if (!t)
        return {QString::fromLatin1(MessageCode::NoPath), {toCode(from), toCode(to)}};
    if (!t->roles.contains(role))
        return {QString::fromLatin1(MessageCode::RoleMayNot), {toCode(role), toCode(from), toCode(to)}};
    if (t->needsNote && note.trimmed().isEmpty())
        return {QString::fromLatin1(MessageCode::NeedsNote), {toCode(to)}};
    return {};
}

bool Workflow::isLegalPath(const QList<RequestStatus> &path) const
{
    RequestStatus at = m_initial;
    for (RequestStatus s : path) {
        if (!find(at, s))
            return false;
        at = s;
    }
    return true;
}

} // namespace CivicDesk
