// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace CivicDesk {

/// A change to the data, as the one who made it asked for it: a name, plain arguments, who and when, and its
/// own id. Commands are the way a desk changes data; a command's rows (their ids and times included) follow
/// from the command and the data it ran on, never from the clock or the random source of whoever runs it, so
/// the same command replayed elsewhere (a copy, the server) makes the same rows.
struct Command
{
    QString id;      ///< UUIDv7, made where the command was issued; also the seed of the ids of its rows
    QString name;    ///< one of CommandRunner::names()
    qint64 at = 0;   ///< when it was issued, milliseconds since the epoch (UTC)
    QString actorId; ///< the user who issued it
    QJsonObject args;

    QJsonObject toJson() const;
    /// The command of @p json; nothing, and the reason in @p error, when a field is missing or of the wrong type.
    static std::optional<Command> fromJson(const QJsonObject &json, QString *error = nullptr);
    bool operator==(const Command &) const = default;
};

/// The names of the commands.
namespace CommandName {
inline constexpr char FileRequest[] = "request.file";             ///< draft (IntakeDraft JSON; its mailId: the e-mail it files), trackingNumber (reserved by a synced desk)?
inline constexpr char JoinRequest[] = "request.join";             ///< draft, requestId: the caller reports the same problem
inline constexpr char Transition[] = "request.transition";        ///< requestId, to, note, accuracy?
inline constexpr char Reroute[] = "request.reroute";              ///< requestId, departmentId, reason
inline constexpr char Assign[] = "request.assign";                ///< requestId, crewId, assigneeId
inline constexpr char AddNote[] = "request.note";                 ///< requestId, text
inline constexpr char LinkDuplicate[] = "request.link-duplicate"; ///< requestId, masterId
inline constexpr char RateSatisfaction[] = "request.satisfaction"; ///< requestId, score, comment
inline constexpr char SaveCitizen[] = "citizen.save";             ///< citizen (JSON of citizenToJson), isNew, baseUpdatedAt (the version edited)
inline constexpr char MergeCitizens[] = "citizen.merge";          ///< survivorId, mergedId
inline constexpr char StartCall[] = "call.start";                 ///< number, citizenId (the one caller recognised, or empty)
inline constexpr char SetCallCitizen[] = "call.citizen";          ///< callId, citizenId
inline constexpr char LinkCall[] = "call.link";                   ///< callId, requestId, relation (filed, linked, looked_at)
inline constexpr char EndCall[] = "call.end";                     ///< callId, outcome (code, optional), note
inline constexpr char SetAlertsByEmail[] = "user.alerts";         ///< email, byEmail: the issuing user's own alerts by e-mail
inline constexpr char SendCampaign[] = "campaign.send";           ///< draft (Campaigns::Draft JSON): a targeted message
inline constexpr char SaveTemplate[] = "template.save";           ///< event, language, channel, subject, body, html (all empty: CivicDesk's words again)
inline constexpr char SaveDraft[] = "draft.save";                 ///< key, payload (empty payload: cleared)
inline constexpr char ReceiveMail[] = "mail.receive";             ///< mail (JSON of an e-mail from a citizen): by the e-mail channel only
inline constexpr char SetMailAside[] = "mail.set-aside";          ///< mailId, reason: an e-mail that asks for nothing (spam, thanks)
} // namespace CommandName

} // namespace CivicDesk
