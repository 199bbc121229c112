// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace CivicDesk {

class Database;

/// Targeted messages: whom a municipality's message to a group of citizens reaches (by where they live, the
/// types of requests they made, what kind of contact they are; each empty: any), the campaigns sent, and
/// what became of their messages.
class CampaignStore
{
public:
    explicit CampaignStore(Database &db) : m_db(db) {}

    struct Criteria
    {
        QStringList districts; ///< district ids: the citizens who live there
        QStringList types;     ///< service type ids: the citizens who reported a request of one of them
        QStringList kinds;     ///< citizen kinds: person, legal_entity, volunteer, municipal_service, processing_body

        QJsonObject toJson() const;
        static Criteria fromJson(const QJsonObject &json);
    };
    /// One citizen a campaign reaches, on the channel they agreed to: SMS to a valid phone, else e-mail.
    struct Recipient
    {
        QString citizenId;
        QString channel; ///< "sms", "email"
        QString address;
        QString language; ///< the citizen's own (empty: none given)
    };
    struct Audience
    {
        QList<Recipient> recipients;
        int withoutConsent = 0; ///< chosen, but agreed to no channel they have (nothing is sent to them)
    };
    /// The citizens @p criteria choose, in the order of their ids.
    Audience audience(const Criteria &criteria) const;

    struct Campaign
    {
        QString id;
        QString tenantId;
        QString title;
        Criteria criteria;
        QJsonObject texts; ///< language → {subject, body}
        int ratePerMinute = 60;
        int recipients = 0;
        int withoutConsent = 0;
        qint64 createdAt = 0;
        QString createdBy;
        // What became of its messages (read, not written):
        int queued = 0;
        int sent = 0;
        int failed = 0;
    };
    Status save(const Campaign &c);
    /// The campaigns sent, newest first, with where their messages stand.
    QList<Campaign> list() const;
    /// The messages of campaign @p id that failed: the address and why.
    QList<std::pair<QString, QString>> failures(const QString &id) const;

private:
    Database &m_db;
};

} // namespace CivicDesk
