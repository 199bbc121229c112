// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/domain/idgenerator.h"
#include "core/util/tr.h"

namespace CivicDesk {

QJsonObject Command::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("at"), QString::number(at)}, // as text: exact in every reader, whatever its number type
            {QStringLiteral("actor"), actorId},
            {QStringLiteral("args"), args}};
}

std::optional<Command> Command::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Command> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Command c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.name = json.value(QStringLiteral("name")).toString();
    bool ok = false;
    c.at = json.value(QStringLiteral("at")).toString().toLongLong(&ok);
    c.actorId = json.value(QStringLiteral("actor")).toString();
    if (!IdGenerator::isValid(c.id))
        return fail(Tr::tr("The command has no valid id."));
    if (c.name.isEmpty())
        return fail(Tr::tr("The command has no name."));
    if (!ok || c.at <= 0)
        return fail(Tr::tr("The command has no valid time."));
    if (c.actorId.isEmpty())
        return fail(Tr::tr("The command does not say who issued it."));
    if (!json.value(QStringLiteral("args")).isObject())
        return fail(Tr::tr("The command's arguments are not an object."));
    c.args = json.value(QStringLiteral("args")).toObject();
    return c;
}

} // namespace CivicDesk
