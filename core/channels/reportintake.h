// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/intake.h"
#include "core/domain/organisation.h"
#include "core/text/phonenormalizer.h"
#include "core/domain/enums.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QGeoCoordinate>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace CivicDesk {

class CommandRunner;
class Database;

/// A problem reported by a citizen through one of their own channels (an app over Open311, the web form, an
/// e-mail): what they said, where, and how to reach them.
struct CitizenReport
{
    Channel channel = Channel::Open311;
    QString typeCode;
    QMap<QString, QString> attributes; ///< code → value; several values of a list joined by ','
    std::optional<QGeoCoordinate> where;
    QString address;
    QString description;
    QString email;
    QString phone;
    QString givenName;
    QString familyName;
    QString language;     ///< of the citizen (ISO 639-1); empty: the municipality's
    QString mediaUrl;     ///< a photo online
    bool consentEmail = false; ///< may be told of progress by e-mail
    bool consentSms = false;
    struct Photo
    {
        QString fileName;
        QByteArray bytes;
    };
    QList<Photo> photos;
};

/// Why a report cannot be filed: the field (Open311's name for it: service_code, lat, address_string,
/// attribute[CODE], description, email, phone, media_url, media) and the reason, translated.
struct ReportProblem
{
    QString field;
    QString message;
};

/// What became of a report.
struct ReportOutcome
{
    QString requestId;
    QString trackingNumber;
    bool joined = false; ///< the problem was reported already: the citizen now follows that request
    qint64 dueAt = 0;
    QString citizenId;   ///< empty: anonymous
};

/// Turns citizens' reports into requests the way a call does: the citizen found by e-mail or phone (or
/// registered), duplicates joined (a further reporter raises the priority), routed, deadline set, confirmed to
/// them. Everything is written by commands in the name of the channel (CommandRunner::isChannelActor), so that
/// the desks pull it as anything else.
class ReportIntake
{
public:
    ReportIntake(Database &db, CommandRunner &runner, Clock clock = systemClock());
    ~ReportIntake();

    static constexpr int maxDescription = 4000;

    /// What keeps @p report from being filed (empty: nothing); a place given by address is looked up in the
    /// gazetteer.
    QList<ReportProblem> check(const CitizenReport &report) const;
    /// Files @p report (which check() passed), inside the caller's transaction. Photos are kept in the store.
    Result<ReportOutcome> submit(const CitizenReport &report);

    /// The citizen of @p report by e-mail address, then by phone number; empty when nobody is known.
    QString citizenOf(const CitizenReport &report) const;
    /// The citizen of @p report, registered (by a command in the channel's name) when nobody is known and the
    /// report leaves a way to reach them; empty: anonymous.
    Result<QString> enrol(const CitizenReport &report, qint64 now);
    /// Runs the command @p name in the name of @p actor (a channel) at @p at.
    static Result<QJsonObject> runAs(CommandRunner &runner, const QString &name, const QJsonObject &args, const QString &actor, qint64 at);
    IntakeService &intake() { return *m_intake; }

private:
    IntakeDraft draftOf(const CitizenReport &report, QString *problemField = nullptr, QString *problem = nullptr) const;

    Database &m_db;
    CommandRunner &m_runner;
    Clock m_clock;
    Tenant m_tenant;
    PhoneNormalizer m_phones; ///< the municipality's country's numbering rules
    std::unique_ptr<IntakeService> m_intake;
};

} // namespace CivicDesk
