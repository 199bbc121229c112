// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns.h"

#include "core/domain/idgenerator.h"
#include "core/domain/message.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/text/smstext.h"
#include "core/util/tr.h"
#include "core/workflow/messagetemplates.h"


namespace CivicDesk {

QJsonObject Campaigns::Draft::toJson() const
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("criteria"), criteria.toJson()},
            {QStringLiteral("texts"), texts},
            {QStringLiteral("ratePerMinute"), ratePerMinute}};
}

Campaigns::Draft Campaigns::Draft::fromJson(const QJsonObject &json)
{
    Draft d;
    d.title = json.value(QStringLiteral("title")).toString();
    d.criteria = CampaignStore::Criteria::fromJson(json.value(QStringLiteral("criteria")).toObject());
    d.texts = json.value(QStringLiteral("texts")).toObject();
    d.ratePerMinute = json.value(QStringLiteral("ratePerMinute")).toInt();
    return d;
}

QString Campaigns::mainLanguage() const
{
    return m_tenant.languages.value(0, QStringLiteral("en"));
}

QString Campaigns::textLanguage(const Draft &d, const QString &language) const
{
    const QJsonObject own = d.texts.value(language).toObject();
    return !language.isEmpty() && !own.value(QStringLiteral("body")).toString().trimmed().isEmpty() ? language : mainLanguage();
}

QString Campaigns::filled(const QString &text) const
{
    MessageTemplates::Values v;
    v.municipality = m_tenant.name;
    return MessageTemplates::fill(text, v);
}

Status Campaigns::check(const Draft &d) const
{
    if (d.title.trimmed().isEmpty())
        return Error{QStringLiteral("campaign.title"), Tr::tr("A targeted message needs a title (it names the message in the send log).")};
    if (d.ratePerMinute < 1 || d.ratePerMinute > maxRatePerMinute)
        return Error{QStringLiteral("campaign.rate"), Tr::tr("The pace is 1 to %1 messages a minute.").arg(maxRatePerMinute)};
    const QString main = mainLanguage();
    if (d.texts.value(main).toObject().value(QStringLiteral("body")).toString().trimmed().isEmpty())
        return Error{QStringLiteral("campaign.text"), Tr::tr("The message needs its text in the municipality's language (%1): citizens whose language has no text get it.").arg(main)};
    for (auto it = d.texts.constBegin(); it != d.texts.constEnd(); ++it) {
        for (const QString &part : {QStringLiteral("subject"), QStringLiteral("body")}) {
            for (const QString &name : MessageTemplates::placeholdersIn(it.value().toObject().value(part).toString())) {
                if (name != QLatin1String("municipality"))
                    return Error{QStringLiteral("campaign.placeholder"),
                                 Tr::tr("A targeted message may name {municipality} only, not {%1}: it is the same text for everyone.").arg(name)};
            }
        }
        const int segments = smsSegments(filled(it.value().toObject().value(QStringLiteral("body")).toString()));
        if (segments > 2)
            return Error{QStringLiteral("campaign.long"),
                         Tr::tr("The text in %1 takes %2 SMS; shorten it to fit in two.").arg(it.key()).arg(segments)};
    }
    return {};
}

Result<Campaigns::Preview> Campaigns::preview(const Draft &d) const
{
    if (Status st = check(d); !st)
        return st.error();
    const CampaignStore::Audience audience = CampaignStore(m_db).audience(d.criteria);
    Preview p;
    p.withoutConsent = audience.withoutConsent;
    for (const CampaignStore::Recipient &r : audience.recipients) {
        (r.channel == QLatin1String("sms") ? p.sms : p.email) += 1;
        p.byLanguage[textLanguage(d, r.language)] += 1;
    }
    p.sampleText = filled(d.texts.value(mainLanguage()).toObject().value(QStringLiteral("body")).toString());
    for (auto it = d.texts.constBegin(); it != d.texts.constEnd(); ++it)
        p.smsSegments = std::max(p.smsSegments, smsSegments(filled(it.value().toObject().value(QStringLiteral("body")).toString())));
    const qint64 total = p.sms + p.email;
    p.minutes = total == 0 ? 0 : (total + d.ratePerMinute - 1) / d.ratePerMinute;
    return p;
}

Result<CampaignStore::Campaign> Campaigns::send(const Draft &d, const QString &actorId, qint64 now)
{
    if (Status st = check(d); !st)
        return st.error();
    CampaignStore::Campaign c;
    Status st = m_db.transaction([&]() -> Status {
        const CampaignStore::Audience audience = CampaignStore(m_db).audience(d.criteria);
        c.id = newRowId(now);
        c.tenantId = m_tenant.id;
        c.title = d.title.trimmed();
        c.criteria = d.criteria;
        c.texts = d.texts;
        c.ratePerMinute = d.ratePerMinute;
        c.recipients = int(audience.recipients.size());
        c.withoutConsent = audience.withoutConsent;
        c.createdAt = now;
        c.createdBy = actorId;
        if (Status s = CampaignStore(m_db).save(c); !s)
            return s;
        NotificationStore store(m_db);
        const double gapMs = 60000.0 / d.ratePerMinute;
        for (int i = 0; i < audience.recipients.size(); ++i) {
            const CampaignStore::Recipient &r = audience.recipients.at(i);
            const QString language = textLanguage(d, r.language);
            const QJsonObject text = d.texts.value(language).toObject();
            NotificationStore::Queued n;
            n.id = newRowId(now);
            n.tenantId = m_tenant.id;
            n.citizenId = r.citizenId;
            n.campaignId = c.id;
            n.channel = r.channel;
            n.address = r.address;
            n.kind = QStringLiteral("targeted");
            n.language = language;
            n.body = filled(text.value(QStringLiteral("body")).toString());
            if (r.channel == QLatin1String("email")) {
                const QString subject = filled(text.value(QStringLiteral("subject")).toString()).simplified();
                n.subject = subject.isEmpty() ? m_tenant.name + QStringLiteral(" · ") + c.title : subject;
            }
            n.message = Message{QStringLiteral("notify.targeted"), {c.id}};
            n.at = now;
            n.actor = actorId;
            n.notBefore = now + qint64(i * gapMs);
            if (Status s = store.queue(n); !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st.error();
    return c;
}

} // namespace CivicDesk
