// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetemplates.h"

#include "core/domain/enums.h"
#include "core/storage/database.h"
#include "core/storage/templatestore.h"
#include "core/text/desktranslations.h"
#include "core/text/smstext.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

namespace CivicDesk::MessageTemplates {
namespace {

// CivicDesk's own words, per language, in the order of Event. The e-mail's text is the SMS's; its subject below.
const QMap<QString, QList<const char *>> &texts()
{
    static const QMap<QString, QList<const char *>> t{
        {QStringLiteral("en"),
         {"{municipality}: your request {tracking} ({type}) has been registered. We will keep you informed.",
          "{municipality}: your report has been added to request {tracking} ({type}), already being handled.",
          "{municipality}: request {tracking} ({type}) has been accepted by the department responsible.",
          "{municipality}: a crew has been assigned to request {tracking} ({type}).",
          "{municipality}: request {tracking} ({type}) has been dealt with. {reason}",
          "{municipality}: request {tracking} ({type}) could not be taken further: {reason}",
          "{municipality}: request {tracking} ({type}) is closed. Thank you for reporting it.",
          "{municipality}: how did we do with request {tracking}? Rate it in one minute: {survey_link}"}},
        {QStringLiteral("el"),
         {"{municipality}: Το αίτημά σας {tracking} ({type}) καταχωρίστηκε. Θα σας ενημερώνουμε για την πορεία του.",
          "{municipality}: Η αναφορά σας προστέθηκε στο αίτημα {tracking} ({type}), που ήδη εξετάζεται. Θα σας ενημερώνουμε.",
          "{municipality}: Το αίτημα {tracking} ({type}) έγινε δεκτό από την αρμόδια υπηρεσία.",
          "{municipality}: Ανατέθηκε συνεργείο στο αίτημα {tracking} ({type}).",
          "{municipality}: Το αίτημα {tracking} ({type}) διεκπεραιώθηκε. {reason}",
          "{municipality}: Το αίτημα {tracking} ({type}) δεν μπορεί να προχωρήσει: {reason}",
          "{municipality}: Το αίτημα {tracking} ({type}) έκλεισε. Σας ευχαριστούμε για την αναφορά.",
          "{municipality}: Πώς τα πήγαμε με το αίτημα {tracking}; Αξιολογήστε το: {survey_link}"}},
        {QStringLiteral("ro"),
         {"{municipality}: Solicitarea dumneavoastră {tracking} ({type}) a fost înregistrată. Vă vom ține la curent.",
          "{municipality}: Sesizarea dumneavoastră a fost adăugată la solicitarea {tracking} ({type}), aflată deja în lucru.",
          "{municipality}: Solicitarea {tracking} ({type}) a fost acceptată de serviciul responsabil.",
          "{municipality}: O echipă a fost desemnată pentru solicitarea {tracking} ({type}).",
          "{municipality}: Solicitarea {tracking} ({type}) a fost rezolvată. {reason}",
          "{municipality}: Solicitarea {tracking} ({type}) nu poate fi continuată: {reason}",
          "{municipality}: Solicitarea {tracking} ({type}) a fost închisă. Vă mulțumim că ați semnalat-o.",
          "{municipality}: Cum ne-am descurcat cu solicitarea {tracking}? Evaluați: {survey_link}"}},
        {QStringLiteral("it"),
         {"{municipality}: la sua segnalazione {tracking} ({type}) è stata registrata. La terremo informata.",
          "{municipality}: la sua segnalazione è stata unita alla pratica {tracking} ({type}), già in lavorazione.",
          "{municipality}: la segnalazione {tracking} ({type}) è stata presa in carico dall'ufficio competente.",
          "{municipality}: una squadra è stata assegnata alla segnalazione {tracking} ({type}).",
          "{municipality}: la segnalazione {tracking} ({type}) è stata risolta. {reason}",
          "{municipality}: la segnalazione {tracking} ({type}) non può avere seguito: {reason}",
          "{municipality}: la segnalazione {tracking} ({type}) è chiusa. Grazie per averla segnalata.",
          "{municipality}: come abbiamo gestito la segnalazione {tracking}? La valuti: {survey_link}"}},
        {QStringLiteral("ca"),
         {"{municipality}: la vostra sol·licitud {tracking} ({type}) s'ha registrat. Us mantindrem informat.",
          "{municipality}: el vostre avís s'ha afegit a la sol·licitud {tracking} ({type}), que ja es tramita.",
          "{municipality}: la sol·licitud {tracking} ({type}) ha estat acceptada pel servei responsable.",
          "{municipality}: s'ha assignat una brigada a la sol·licitud {tracking} ({type}).",
          "{municipality}: la sol·licitud {tracking} ({type}) s'ha resolt. {reason}",
          "{municipality}: la sol·licitud {tracking} ({type}) no pot continuar: {reason}",
          "{municipality}: la sol·licitud {tracking} ({type}) s'ha tancat. Gràcies per avisar-nos.",
          "{municipality}: com ho hem fet amb la sol·licitud {tracking}? Valoreu-ho: {survey_link}"}},
        {QStringLiteral("es"),
         {"{municipality}: su solicitud {tracking} ({type}) ha quedado registrada. Le mantendremos informado.",
          "{municipality}: su aviso se ha añadido a la solicitud {tracking} ({type}), que ya se está tramitando.",
          "{municipality}: la solicitud {tracking} ({type}) ha sido aceptada por el servicio responsable.",
          "{municipality}: se ha asignado una cuadrilla a la solicitud {tracking} ({type}).",
          "{municipality}: la solicitud {tracking} ({type}) se ha resuelto. {reason}",
          "{municipality}: la solicitud {tracking} ({type}) no puede seguir adelante: {reason}",
          "{municipality}: la solicitud {tracking} ({type}) está cerrada. Gracias por avisarnos.",
          "{municipality}: ¿qué tal lo hicimos con la solicitud {tracking}? Valórela: {survey_link}"}},
    };
    return t;
}

// A typical request's type and note in each language: what the preview shows and the SMS length is checked with.
struct SampleWords
{
    const char *type;
    const char *address;
    const char *reason;
};
const QMap<QString, SampleWords> &sampleWords()
{
    static const QMap<QString, SampleWords> w{
        {QStringLiteral("en"), {"Pothole", "12 High Street", "The road was patched."}},
        {QStringLiteral("el"), {"Λακκούβα", "Εγνατίας 12", "Η λακκούβα επισκευάστηκε."}},
        {QStringLiteral("ro"), {"Groapă în carosabil", "Strada Mare 12", "Groapa a fost reparată."}},
        {QStringLiteral("it"), {"Buca stradale", "Via Roma 12", "La buca è stata riparata."}},
        {QStringLiteral("ca"), {"Clot a la calçada", "Carrer Major 12", "S'ha reparat el clot."}},
        {QStringLiteral("es"), {"Bache en la calzada", "Calle Mayor 12", "Se ha reparado el bache."}},
    };
    return w;
}

RequestStatus statusOf(Event e)
{
    switch (e) {
    case Event::Confirmation:
    case Event::Linked: return RequestStatus::New;
    case Event::Accepted: return RequestStatus::Accepted;
    case Event::Scheduled: return RequestStatus::Assigned;
    case Event::Resolved:
    case Event::Survey: return RequestStatus::Resolved;
    case Event::Rejected: return RequestStatus::Rejected;
    case Event::Closed: return RequestStatus::Closed;
    }
    return RequestStatus::New;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression p(QStringLiteral("\\{([^{}]*)\\}"));
    return p;
}

} // namespace

const QList<Event> &events()
{
    static const QList<Event> all{Event::Confirmation, Event::Linked,   Event::Accepted, Event::Scheduled,
                                  Event::Resolved,     Event::Rejected, Event::Closed,   Event::Survey};
    return all;
}

QString code(Event e)
{
    switch (e) {
    case Event::Confirmation: return QStringLiteral("received");
    case Event::Linked: return QStringLiteral("linked");
    case Event::Accepted: return QStringLiteral("accepted");
    case Event::Scheduled: return QStringLiteral("scheduled");
    case Event::Resolved: return QStringLiteral("resolved");
    case Event::Rejected: return QStringLiteral("rejected");
    case Event::Closed: return QStringLiteral("closed");
    case Event::Survey: return QStringLiteral("survey");
    }
    return {};
}

std::optional<Event> eventFromCode(const QString &c)
{
    for (Event e : events())
        if (code(e) == c)
            return e;
    return std::nullopt;
}

QString eventName(Event e)
{
    switch (e) {
    case Event::Confirmation: return Tr::tr("Request received");
    case Event::Linked: return Tr::tr("Report joined to an open request");
    case Event::Accepted: return Tr::tr("Request accepted");
    case Event::Scheduled: return Tr::tr("Crew assigned");
    case Event::Resolved: return Tr::tr("Request resolved");
    case Event::Rejected: return Tr::tr("Request rejected");
    case Event::Closed: return Tr::tr("Request closed");
    case Event::Survey: return Tr::tr("Satisfaction survey");
    }
    return {};
}

const QStringList &languages()
{
    return deskLanguages();
}

const QStringList &placeholders()
{
    static const QStringList all{QStringLiteral("municipality"), QStringLiteral("tracking"), QStringLiteral("type"),
                                 QStringLiteral("address"),      QStringLiteral("status"),   QStringLiteral("deadline"),
                                 QStringLiteral("reason"),       QStringLiteral("survey_link")};
    return all;
}

QString placeholderMeaning(const QString &name)
{
    if (name == QLatin1String("municipality"))
        return Tr::tr("the municipality's name");
    if (name == QLatin1String("tracking"))
        return Tr::tr("the tracking number");
    if (name == QLatin1String("type"))
        return Tr::tr("the type of request, in the citizen's language");
    if (name == QLatin1String("address"))
        return Tr::tr("the address of the problem");
    if (name == QLatin1String("status"))
        return Tr::tr("the request's status, in the citizen's language");
    if (name == QLatin1String("deadline"))
        return Tr::tr("the date the work is due");
    if (name == QLatin1String("reason"))
        return Tr::tr("the note written with the change (why it was rejected, what was done)");
    if (name == QLatin1String("survey_link"))
        return Tr::tr("the address of the satisfaction survey");
    return {};
}

Values sample(const QString &municipality, const QString &language, Event e)
{
    const SampleWords w = sampleWords().value(language, sampleWords().value(QStringLiteral("en")));
    Values v;
    v.municipality = municipality;
    v.tracking = QStringLiteral("26-K7-04512");
    v.type = QString::fromUtf8(w.type);
    v.address = QString::fromUtf8(w.address);
    v.status = wordsIn(language, sourceName(statusOf(e)));
    v.deadline = QLocale(language).toString(QDate(2026, 3, 17), QLocale::ShortFormat);
    v.reason = QString::fromUtf8(w.reason);
    v.surveyLink = surveyLink(QStringLiteral("0192f0c4-7d1e-7b3a-9c2f-5e8d4a6b1c90"));
    return v;
}

MessageTemplate builtIn(Event e, const QString &language, const QString &channel)
{
    const auto it = texts().constFind(language);
    const QList<const char *> &set = it != texts().cend() ? *it : *texts().constFind(QStringLiteral("en"));
    MessageTemplate t;
    t.event = code(e);
    t.language = it != texts().cend() ? language : QStringLiteral("en");
    t.channel = channel;
    t.body = QString::fromUtf8(set.at(int(e)));
    if (channel == QLatin1String("email"))
        t.subject = QStringLiteral("{municipality} · {tracking}");
    return t;
}

QStringList placeholdersIn(const QString &text)
{
    QStringList out;
    for (QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

QStringList unknownPlaceholders(const QString &text)
{
    QStringList out;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // A brace outside any {name} is one left open or closed alone.
        const QString between = text.mid(at, m.capturedStart() - at);
        if (between.contains(u'{') || between.contains(u'}'))
            out.append(between.contains(u'{') ? QStringLiteral("{") : QStringLiteral("}"));
        if (!placeholders().contains(m.captured(1)))
            out.append(m.captured(0));
        at = m.capturedEnd();
    }
    const QString rest = text.mid(at);
    if (rest.contains(u'{') || rest.contains(u'}'))
        out.append(rest.contains(u'{') ? QStringLiteral("{") : QStringLiteral("}"));
    out.removeDuplicates();
    return out;
}

Status check(const MessageTemplate &t, const QString &municipality)
{
    const std::optional<Event> e = eventFromCode(t.event);
    if (!e)
        return Error{QStringLiteral("template.event"), Tr::tr("“%1” is not an event CivicDesk sends messages for.").arg(t.event)};
    if (!languages().contains(t.language))
        return Error{QStringLiteral("template.language"), Tr::tr("CivicDesk writes messages in %1, not in “%2”.")
                                                              .arg(languages().join(QStringLiteral(", ")), t.language)};
    if (t.channel != QLatin1String("sms") && t.channel != QLatin1String("email"))
        return Error{QStringLiteral("template.channel"), Tr::tr("A template is for SMS or for e-mail, not for “%1”.").arg(t.channel)};
    if (t.body.trimmed().isEmpty())
        return Error{QStringLiteral("template.empty"), Tr::tr("The message has no text.")};
    const QString known = QStringLiteral("{") + placeholders().join(QStringLiteral("}, {")) + QStringLiteral("}");
    const std::pair<const QString *, QString> parts[] = {{&t.subject, Tr::tr("Subject")}, {&t.body, Tr::tr("Text")}, {&t.html, Tr::tr("HTML")}};
    for (const auto &[part, name] : parts) {
        const QStringList unknown = unknownPlaceholders(*part);
        if (unknown.isEmpty())
            continue;
        if (unknown.front() == QLatin1String("{") || unknown.front() == QLatin1String("}"))
            return Error{QStringLiteral("template.brace"),
                         Tr::tr("%1: the “%2” is not part of a placeholder. Placeholders are written {name}: %3.")
                             .arg(name, unknown.front(), known)};
        return Error{QStringLiteral("template.placeholder"),
                     Tr::tr("%1: %2 is not a placeholder CivicDesk knows. The placeholders are %3.").arg(name, unknown.join(QStringLiteral(", ")), known)};
    }
    if (t.channel == QLatin1String("sms")) {
        const int segments = smsSegments(fill(t.body, sample(municipality, t.language, *e)));
        if (segments > 2)
            return Error{QStringLiteral("template.long"),
                         Tr::tr("For a typical request this SMS takes %1 messages; shorten it to fit in two.").arg(segments)};
    }
    return {};
}

QString fill(const QString &text, const Values &v, bool html)
{
    const QMap<QString, QString> values{{QStringLiteral("municipality"), v.municipality},
                                        {QStringLiteral("tracking"), v.tracking},
                                        {QStringLiteral("type"), v.type},
                                        {QStringLiteral("address"), v.address},
                                        {QStringLiteral("status"), v.status},
                                        {QStringLiteral("deadline"), v.deadline},
                                        {QStringLiteral("reason"), v.reason},
                                        {QStringLiteral("survey_link"), v.surveyLink}};
    QString out;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const auto value = values.constFind(m.captured(1));
        if (value == values.cend())
            out += m.captured(0); // refused at save; a template of a newer CivicDesk keeps what it cannot fill
        else
            out += html ? value->toHtmlEscaped() : *value;
        at = m.capturedEnd();
    }
    out += text.mid(at);
    // A placeholder with nothing to say leaves no double spaces or a space before the end.
    if (!html)
        out = out.split(u'\n').replaceInStrings(QRegularExpression(QStringLiteral("  +")), QStringLiteral(" ")).join(u'\n').trimmed();
    return out;
}

QString htmlOfText(const QString &subject, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body><p>%2</p></body></html>")
        .arg(subject.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

Rendered render(const MessageTemplate &t, const Values &v)
{
    Rendered r;
    r.text = fill(t.body, v);
    if (t.channel == QLatin1String("email")) {
        r.subject = fill(t.subject, v).simplified();
        r.html = t.html.trimmed().isEmpty() ? htmlOfText(r.subject, r.text) : fill(t.html, v, true);
    }
    return r;
}

QString surveyLink(const QString &requestId)
{
    QString hex = requestId;
    hex.remove(u'-');
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    const QByteArray token = raw.size() == 16 ? raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) : requestId.toUtf8();
    return QString::fromLatin1(SurveyLinkPlaceholder) + QString::fromLatin1(token);
}

} // namespace CivicDesk::MessageTemplates

namespace CivicDesk {

MessageTemplate TemplateBook::current(MessageTemplates::Event e, const QString &language, const QString &channel) const
{
    if (std::optional<MessageTemplate> own = TemplateStore(m_db).get(MessageTemplates::code(e), language, channel))
        return *own;
    return MessageTemplates::builtIn(e, language, channel);
}

Status TemplateBook::save(const MessageTemplate &t, const ChangeStamp &stamp)
{
    return m_db.transaction([&]() -> Status {
        if (t.body.trimmed().isEmpty() && t.subject.trimmed().isEmpty() && t.html.trimmed().isEmpty()) {
            // Nothing written: CivicDesk's own words again (the event and so on are still checked).
            MessageTemplate probe = t;
            probe.body = QStringLiteral(".");
            if (Status st = MessageTemplates::check(probe, m_tenant.name); !st)
                return st;
            return TemplateStore(m_db).remove(t.event, t.language, t.channel);
        }
        if (Status st = MessageTemplates::check(t, m_tenant.name); !st)
            return st;
        MessageTemplate kept = t;
        kept.custom = true;
        kept.stamp = stamp;
        if (kept.channel == QLatin1String("sms")) {
            kept.subject.clear();
            kept.html.clear();
        }
        return TemplateStore(m_db).save(m_tenant.id, kept);
    });
}

} // namespace CivicDesk
