// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/storage/campaignstore.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QMap>

namespace CivicDesk {

class Database;

/// Targeted messages (a water cut in a district): the citizens chosen by the criteria who agreed to a channel
/// get the municipality's words in their language (the municipality's main language when it wrote none in
/// theirs), through the same outbox as every message, at the pace asked for: the n-th message is not sent
/// before n / rate minutes, so a large campaign never crowds out the messages about requests.
class Campaigns
{
public:
    Campaigns(Database &db, Tenant tenant) : m_db(db), m_tenant(std::move(tenant)) {}

    struct Draft
    {
        QString title;
        CampaignStore::Criteria criteria;
        QJsonObject texts; ///< language → {subject, body}; the body may name {municipality}
        int ratePerMinute = 60;

        QJsonObject toJson() const;
        static Draft fromJson(const QJsonObject &json);
    };
    static constexpr int maxRatePerMinute = 6000;

    /// Whether @p d can be sent: a title, a text in the municipality's main language, no placeholder but
    /// {municipality}, an SMS within two messages, a pace of 1 to maxRatePerMinute a minute.
    Status check(const Draft &d) const;

    struct Preview
    {
        int sms = 0;
        int email = 0;
        int withoutConsent = 0;
        QMap<QString, int> byLanguage; ///< the language of the text each gets → how many
        QString sampleText;            ///< the main language's text as it is sent
        int smsSegments = 0;           ///< of the longest SMS text
        qint64 minutes = 0;            ///< how long the sending takes at the pace asked for
    };
    /// Who @p d reaches and what they read, before anything is sent (the draft's problems too).
    Result<Preview> preview(const Draft &d) const;

    /// Sends @p d: the campaign and one queued message per recipient, in one transaction.
    Result<CampaignStore::Campaign> send(const Draft &d, const QString &actorId, qint64 now);

private:
    QString mainLanguage() const;
    /// The language of the text for a citizen who speaks @p language.
    QString textLanguage(const Draft &d, const QString &language) const;
    QString filled(const QString &text) const;

    Database &m_db;
    Tenant m_tenant;
};

} // namespace CivicDesk
