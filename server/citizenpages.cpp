// SPDX-License-Identifier: GPL-3.0-or-later
// The citizens' own pages, served by the server in their language without JavaScript: the report form
// (/report/CODE/: the kind of problem, then where, what, a photo, how to reach them and their consent), the
// tracking page (/track/CODE/NUMBER: the request's public side and history), and the satisfaction survey the
// resolution message links to (/citizen/CODE/survey/TOKEN). A report takes a phone request's path (ReportIntake),
// in the name of the web channel. Pages are well-formed XHTML-compatible HTML5, labelled, keyboard-usable, with
// WCAG AA contrast; they leave room for later pages (an e-consultation) in the same layout.
#include "syncservice.h"
#include "syncservice_p.h"

#include "core/channels/formdata.h"
#include "core/channels/reportintake.h"
#include "core/domain/catalogue.h"
#include "core/domain/idgenerator.h"
#include "core/notify/links.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/publicrequestquery.h"
#include "core/storage/requestrepository.h"
#include "core/commands/command.h"
#include "core/text/desktranslations.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QGeoPolygon>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

namespace CivicDesk {
namespace {

const QStringList pageLanguages{QStringLiteral("el"), QStringLiteral("ro"), QStringLiteral("it"), QStringLiteral("ca"), QStringLiteral("es"), QStringLiteral("en")};

QString h(const QString &text)
{
    return text.toHtmlEscaped();
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English"
    const QLocale l(code);
    QString name = l.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

/// The citizen's language: ?lang=, else the first of Accept-Language the pages speak, else the municipality's.
QString languageOf(const HttpRequest &request, const QString &mainLanguage)
{
    const QString asked = request.query.queryItemValue(QStringLiteral("lang")).left(2).toLower();
    if (pageLanguages.contains(asked))
        return asked;
    for (const QByteArray &part : request.header("accept-language").split(',')) {
        const QString tag = QString::fromLatin1(part.trimmed().split(';').value(0)).left(2).toLower();
        if (pageLanguages.contains(tag))
            return tag;
    }
    return mainLanguage;
}

/// What the report form's map pick does where JavaScript runs: shows the map (hidden without it, when the address
/// field is the way in), and a click on it puts the point into the form's lat and long. No '<' or '&' in it: the
/// page is read as XML too.
const QString pickScript = QStringLiteral(
    "(function(){var d=document.getElementById('pick'),m=document.getElementById('pick-map');if(!d||!m)return;d.hidden=false;"
    "var la=document.getElementById('lat'),lo=document.getElementById('long'),dot=document.getElementById('pick-dot'),"
    "said=document.getElementById('pick-said'),a=document.getElementById('address_string');"
    "m.addEventListener('click',function(e){var p=m.createSVGPoint();p.x=e.clientX;p.y=e.clientY;"
    "var q=p.matrixTransform(m.getScreenCTM().inverse());var n=parseFloat(m.dataset.north),w=parseFloat(m.dataset.west),"
    "k=parseFloat(m.dataset.k),c=parseFloat(m.dataset.c);la.value=(n-q.y/k).toFixed(6);lo.value=(w+q.x/(k*c)).toFixed(6);"
    "dot.setAttribute('cx',q.x);dot.setAttribute('cy',q.y);dot.setAttribute('visibility','visible');"
    "said.textContent=said.dataset.text.replace('%1',la.value+', '+lo.value);a.required=false;});})();");

/// The Content-Security-Policy's allowance for pickScript, by its hash: no other script runs.
QByteArray pickScriptHash()
{
    static const QByteArray hash = "'sha256-" + QCryptographicHash::hash(pickScript.toUtf8(), QCryptographicHash::Sha256).toBase64() + "'";
    return hash;
}

struct Page
{
    QString language;
    QString municipality;
    QString code;
    QStringList languages; ///< offered in the switch
    QString path;          ///< this page's path, for the language switch
    QString query;         ///< this page's other parameters ("service=x"), for the switch

    QString w(const char *source) const { return wordsIn(language, source); }

    HttpResponse render(int status, const QString &title, const QString &body) const
    {
        QString switcher;
        for (const QString &l : languages) {
            const QString href = path + QStringLiteral("?lang=") + l + (query.isEmpty() ? QString() : u'&' + query);
            switcher += l == language ? QStringLiteral("<li><span aria-current=\"true\" lang=\"%1\">%2</span></li>").arg(l, h(languageName(l)))
                                      : QStringLiteral("<li><a href=\"%1\" lang=\"%2\" hreflang=\"%2\">%3</a></li>").arg(h(href), l, h(languageName(l)));
        }
        HttpResponse r;
        r.status = status;
        r.contentType = "text/html; charset=utf-8";
        r.headers.append({QByteArray("Content-Security-Policy"),
                          QByteArray("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; script-src ") + pickScriptHash()});
        r.headers.append({QByteArray("X-Content-Type-Options"), QByteArray("nosniff")});
        r.body = QStringLiteral(
                     "<!DOCTYPE html>\n<html lang=\"%1\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>%2 · %3</title>"
                     "<style>"
                     "body{font-family:'Noto Sans',sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5;font-size:1.05rem}"
                     "header{background:#0b3d6b;color:#fff;padding:.6em 1em}header a,header span{color:#fff}"
                     "header p{margin:0;font-weight:bold;font-size:1.2rem}"
                     "nav ul{list-style:none;margin:.3em 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.9em}"
                     "main{max-width:40em;margin:1em auto;padding:0 1em}"
                     "a{color:#0b57a4}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #b35c00;outline-offset:2px}"
                     "label,legend{display:block;font-weight:bold;margin-top:1em}"
                     "input[type=text],input[type=email],input[type=tel],input[type=number],input[type=datetime-local],select,textarea"
                     "{width:100%;box-sizing:border-box;font:inherit;padding:.4em;border:2px solid #595959;border-radius:3px;color:#1a1a1a;background:#fff}"
                     "fieldset{border:1px solid #767676;margin-top:1em;padding:.5em 1em 1em}"
                     ".choice{display:flex;gap:.5em;align-items:flex-start;margin-top:.4em}.choice label{display:inline;font-weight:normal;margin:0}"
                     ".hint{color:#4a4a4a;margin:.2em 0}"
                     ".problem{color:#a4161a;font-weight:bold;margin:.2em 0}"
                     ".summary{border:3px solid #a4161a;padding:.5em 1em;margin:1em 0}"
                     ".done{border:3px solid #1e6b34;padding:.5em 1em;margin:1em 0}"
                     ".number{font-size:1.6rem;font-weight:bold;letter-spacing:.05em}"
                     "button{font:inherit;font-weight:bold;margin-top:1.2em;padding:.55em 1.3em;color:#fff;background:#0b57a4;border:0;border-radius:4px;cursor:pointer}"
                     "ol.history{padding-left:1.2em}ol.history li{margin-bottom:.6em}"
                     "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1em}dt{font-weight:bold}dd{margin:0}"
                     "</style></head><body>"
                     "<header><p>%2</p><nav aria-label=\"%4\"><ul>%5</ul></nav></header>"
                     "<main id=\"main\"><h1>%3</h1>%6</main>"
                     "<footer><main><p><a href=\"/report/%7/?lang=%1\">%8</a> · <a href=\"/track/%7/?lang=%1\">%9</a></p></main></footer>"
                     "</body></html>\n")
                     .arg(language, h(municipality), h(title), h(w(QT_TRANSLATE_NOOP("CivicDesk", "Language"))), switcher, body, h(code),
                          h(w(QT_TRANSLATE_NOOP("CivicDesk", "Report a problem"))), h(w(QT_TRANSLATE_NOOP("CivicDesk", "Follow a report"))))
                     .toUtf8();
        return r;
    }
};

/// A page of municipality @p municipality (@p code) for @p request: the citizen's language, and the switch offering
/// the municipality's languages, English and the one asked for.
Page pageFor(const HttpRequest &request, const CivicDesk::Tenant &municipality, const QString &code, const QString &fallbackName)
{
    Page p;
    p.municipality = municipality.name.isEmpty() ? fallbackName : municipality.name;
    p.code = code;
    p.language = languageOf(request, municipality.languages.value(0, QStringLiteral("en")));
    p.languages = municipality.languages;
    for (const QString &l : {QStringLiteral("en"), p.language})
        if (!p.languages.contains(l))
            p.languages.append(l);
    p.path = request.path;
    return p;
}

HttpResponse redirect(const QString &location)
{
    HttpResponse r;
    r.status = 303;
    r.contentType = "text/plain; charset=utf-8";
    r.headers.append({QByteArray("Location"), QUrl(location).toEncoded()});
    r.body = location.toUtf8();
    return r;
}

QString inputId(const QString &field)
{
    QString id;
    for (const QChar c : field)
        id += c.isLetterOrNumber() || c == u'_' ? c : u'-';
    return id;
}

/// The words a citizen reads for a status.
const char *citizenStatus(RequestStatus s)
{
    switch (s) {
    case RequestStatus::New: return QT_TRANSLATE_NOOP("CivicDesk", "Registered, waiting to be looked into");
    case RequestStatus::Accepted: return QT_TRANSLATE_NOOP("CivicDesk", "Being looked into");
    case RequestStatus::Assigned: return QT_TRANSLATE_NOOP("CivicDesk", "Work scheduled");
    case RequestStatus::InProgress: return QT_TRANSLATE_NOOP("CivicDesk", "Work in progress");
    case RequestStatus::OnHold: return QT_TRANSLATE_NOOP("CivicDesk", "On hold");
    case RequestStatus::Resolved: return QT_TRANSLATE_NOOP("CivicDesk", "Dealt with");
    case RequestStatus::Closed: return QT_TRANSLATE_NOOP("CivicDesk", "Closed");
    case RequestStatus::Rejected: return QT_TRANSLATE_NOOP("CivicDesk", "Not taken up");
    case RequestStatus::Duplicate: return QT_TRANSLATE_NOOP("CivicDesk", "Reported already");
    case RequestStatus::Reopened: return QT_TRANSLATE_NOOP("CivicDesk", "Reopened");
    }
    return QT_TRANSLATE_NOOP("CivicDesk", "Registered, waiting to be looked into");
}

/// What a citizen reads about a field the report form cannot take as it is.
QString citizenProblem(const Page &p, const QString &field)
{
    if (field == QLatin1String("address_string") || field == QLatin1String("lat"))
        return p.w(QT_TRANSLATE_NOOP("CivicDesk", "We cannot find this address in the municipality. Give a street of it and a number."));
    if (field == QLatin1String("email"))
        return p.w(QT_TRANSLATE_NOOP("CivicDesk", "This is not an e-mail address."));
    if (field == QLatin1String("phone"))
        return p.w(QT_TRANSLATE_NOOP("CivicDesk", "This is not a telephone number."));
    if (field == QLatin1String("description"))
        return p.w(QT_TRANSLATE_NOOP("CivicDesk", "The description is too long: at most 4,000 characters."));
    if (field == QLatin1String("media"))
        return p.w(QT_TRANSLATE_NOOP("CivicDesk", "The file is not a photo, or it is larger than 25 MB."));
    if (field.startsWith(QLatin1String("attribute[")))
        return p.w(QT_TRANSLATE_NOOP("CivicDesk", "Answer this question with one of the answers offered."));
    if (field == QLatin1String("service_code"))
        return p.w(QT_TRANSLATE_NOOP("CivicDesk", "Choose the kind of problem again."));
    return p.w(QT_TRANSLATE_NOOP("CivicDesk", "This service cannot answer now; try again later."));
}


/// The municipality drawn as SVG for the map pick: its districts, and its streets when there are not too many,
/// in a plain projection (degrees of longitude shortened by the cosine of the middle latitude). Left empty when
/// the municipality has no districts.
void drawPickMap(Database &db, PickMapCache &map)
{
    map.svg.clear();
    const QList<District> districts = GeoRepository(db).districts();
    double south = 90, north = -90, west = 180, east = -180;
    for (const District &d : districts)
        for (const QGeoPolygon &poly : d.polygons)
            for (const QGeoCoordinate &c : poly.perimeter()) {
                south = std::min(south, c.latitude());
                north = std::max(north, c.latitude());
                west = std::min(west, c.longitude());
                east = std::max(east, c.longitude());
            }
    if (districts.isEmpty() || north <= south || east <= west)
        return;
    map.north = north;
    map.west = west;
    map.c = std::cos((south + north) / 2 * M_PI / 180);
    map.k = 1000.0 / ((east - west) * map.c);
    const auto x = [&](double lon) { return QString::number((lon - west) * map.c * map.k, 'f', 1); };
    const auto y = [&](double lat) { return QString::number((north - lat) * map.k, 'f', 1); };
    QString shapes;
    for (const District &d : districts) {
        QString path;
        for (const QGeoPolygon &poly : d.polygons) {
            const QList<QGeoCoordinate> ring = poly.perimeter();
            for (qsizetype i = 0; i < ring.size(); ++i)
                path += (i == 0 ? u'M' : u'L') + x(ring[i].longitude()) + u' ' + y(ring[i].latitude()) + u' ';
            path += u'Z';
        }
        shapes += QStringLiteral("<path d=\"%1\" fill=\"#e6eef6\" stroke=\"#0b3d6b\" stroke-width=\"2\"><title>%2</title></path>").arg(path, h(d.name));
    }
    constexpr int mostStreetSegments = 5000;
    if (const int count = GeoRepository(db).segmentCount(); count > 0 && count <= mostStreetSegments) {
        QString streets;
        for (const StreetSegment &s : GeoRepository(db).segments())
            if (s.from.isValid() && s.to.isValid())
                streets += u'M' + x(s.from.longitude()) + u' ' + y(s.from.latitude()) + u'L' + x(s.to.longitude()) + u' ' + y(s.to.latitude());
        shapes += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"1.5\"/>").arg(streets);
    }
    map.svg = QStringLiteral("<svg id=\"pick-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 %1\" data-north=\"%2\" data-west=\"%3\" "
                             "data-k=\"%4\" data-c=\"%5\" style=\"width:100%;height:auto;max-height:24em;border:2px solid #595959;cursor:crosshair;background:#fff\" "
                             "aria-hidden=\"true\" focusable=\"false\">%6")
                  .arg(QString::number((north - south) * map.k, 'f', 0), QString::number(north, 'f', 7), QString::number(west, 'f', 7),
                       QString::number(map.k, 'g', 12), QString::number(map.c, 'g', 12), shapes);
}

/// The tenant's map for the report form with @p picked marked, drawn again only when its geography changed;
/// empty when it has no districts.
QString pickMap(Database &db, PickMapCache &map, const std::optional<QGeoCoordinate> &picked)
{
    if (const QString stamp = GeoRepository(db).geographyStamp(); stamp != map.stamp) {
        drawPickMap(db, map);
        map.stamp = stamp;
    }
    if (map.svg.isEmpty())
        return {};
    const auto x = [&](double lon) { return QString::number((lon - map.west) * map.c * map.k, 'f', 1); };
    const auto y = [&](double lat) { return QString::number((map.north - lat) * map.k, 'f', 1); };
    return map.svg + QStringLiteral("<circle id=\"pick-dot\" r=\"9\" fill=\"#a4161a\" stroke=\"#fff\" stroke-width=\"3\" cx=\"%1\" cy=\"%2\" visibility=\"%3\"/></svg>")
                         .arg(picked ? x(picked->longitude()) : QStringLiteral("0"), picked ? y(picked->latitude()) : QStringLiteral("0"),
                              picked ? QStringLiteral("visible") : QStringLiteral("hidden"));
}

/// The point picked on the form's map (its lat and long), if there is one.
std::optional<QGeoCoordinate> pickedPoint(const FormData &form)
{
    bool okLat = false, okLong = false;
    const double lat = form.value(QStringLiteral("lat")).toDouble(&okLat), lon = form.value(QStringLiteral("long")).toDouble(&okLong);
    if (!okLat || !okLong)
        return std::nullopt;
    return QGeoCoordinate(lat, lon);
}

} // namespace

HttpResponse SyncService::citizenPage(const HttpRequest &request)
{
    // /report/, /report/CODE/, /track/CODE/, /track/CODE/NUMBER
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString kind = parts.value(0);
    const QList<ServerCatalog::TenantEntry> all = m_catalog.tenants();
    if (parts.size() == 1) {
        if (all.size() == 1)
            return redirect(QStringLiteral("/%1/%2/").arg(kind, all.first().code));
        QString list;
        for (const ServerCatalog::TenantEntry &e : all)
            list += QStringLiteral("<li><a href=\"/%1/%2/\">%3</a></li>").arg(kind, h(e.code), h(e.name));
        Page p{QStringLiteral("en"), QStringLiteral("CivicDesk"), all.isEmpty() ? QString() : all.first().code, {}, request.path, {}};
        p.language = languageOf(request, QStringLiteral("en"));
        return p.render(200, p.w(QT_TRANSLATE_NOOP("CivicDesk", "Choose your municipality")), QStringLiteral("<ul>%1</ul>").arg(list));
    }
    const QString code = parts.value(1);
    const std::optional<ServerCatalog::TenantEntry> entry = m_catalog.tenant(code);
    if (!entry) {
        return HttpResponse::error(404, QStringLiteral("http.not-found"), Tr::tr("There is nothing here."));
    }
    Result<Tenant *> opened = tenant(code);
    if (!opened) {
        qCWarning(lcSync).noquote() << QStringLiteral("tenant %1 cannot be opened: %2").arg(code, opened.error().message);
        return HttpResponse::error(503, QStringLiteral("tenant.unavailable"), Tr::tr("This service cannot answer now; try again later."));
    }
    Tenant *t = opened.value();
    const CivicDesk::Tenant municipality = OrganisationRepository(*t->db).tenant().value_or(CivicDesk::Tenant{});
    Page p = pageFor(request, municipality, code, entry->name);
    const QTimeZone zone = QTimeZone(municipality.timeZone.toUtf8()).isValid() ? QTimeZone(municipality.timeZone.toUtf8()) : QTimeZone::utc();
    const QLocale locale(p.language);
    // The date in the reader's language, the time on the 24-hour clock the municipalities' countries keep (the
    // common locale data gives Greek a 12-hour clock).
    const auto when = [&](qint64 ms) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
        return locale.toString(at.date(), QLocale::ShortFormat) + u' ' + at.time().toString(QStringLiteral("HH:mm"));
    };
    const qint64 now = m_options.clock();

    if (kind == QLatin1String("track")) {
        PublicRequestQuery query(*t->db);
        if (parts.size() == 2) {
            const QString asked = request.query.queryItemValue(QStringLiteral("n"), QUrl::FullyDecoded).trimmed().toUpper();
            if (!asked.isEmpty() && query.byNumber(asked))
                return redirect(QStringLiteral("/track/%1/%2?lang=%3").arg(code, asked, p.language));
            QString body;
            if (!asked.isEmpty())
                body += QStringLiteral("<div class=\"summary\" role=\"alert\"><p>%1</p></div>")
                            .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "There is no report with the number %1. Check the number in the message you received.")).arg(asked)));
            body += QStringLiteral("<form method=\"get\" action=\"/track/%1/\"><input type=\"hidden\" name=\"lang\" value=\"%2\"/>"
                                   "<label for=\"n\">%3</label><p class=\"hint\" id=\"n-hint\">%4</p>"
                                   "<input type=\"text\" id=\"n\" name=\"n\" aria-describedby=\"n-hint\" autocomplete=\"off\" value=\"%5\"/>"
                                   "<button type=\"submit\">%6</button></form>")
                        .arg(h(code), p.language, h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Tracking number"))),
                             h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "As in the message we sent you, such as 26-S0-00012."))), h(asked),
                             h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Show the report"))));
            return p.render(asked.isEmpty() ? 200 : 404, p.w(QT_TRANSLATE_NOOP("CivicDesk", "Follow a report")), body);
        }
        const QString number = parts.value(2);
        const std::optional<PublicRequest> r = query.byNumber(number);
        if (!r)
            return redirect(QStringLiteral("/track/%1/?lang=%2&n=%3").arg(code, p.language, QString::fromUtf8(QUrl::toPercentEncoding(number))));
        QString body;
        if (request.query.queryItemValue(QStringLiteral("new")) == QLatin1String("1"))
            body += QStringLiteral("<div class=\"done\" role=\"status\"><p>%1</p><p class=\"number\">%2</p><p>%3</p></div>")
                        .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Thank you. Your report is registered under the number"))), h(r->trackingNumber),
                             h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Keep it to follow your report here or to ask about it by phone."))));
        if (request.query.queryItemValue(QStringLiteral("joined")) == QLatin1String("1"))
            body += QStringLiteral("<div class=\"done\" role=\"status\"><p>%1</p><p class=\"number\">%2</p></div>")
                        .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "This problem had been reported already; your report was added to it, under the number"))),
                             h(r->trackingNumber));
        body += QStringLiteral("<dl><dt>%1</dt><dd>%2</dd><dt>%3</dt><dd>%4</dd><dt>%5</dt><dd><strong>%6</strong></dd><dt>%7</dt><dd>%8</dd>")
                    .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Number"))), h(r->trackingNumber), h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Problem"))),
                         h(LocalizedText::fromJson(r->typeNameJson).best(p.language)), h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Status"))),
                         h(p.w(citizenStatus(r->status))), h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Reported"))), h(when(r->createdAt)));
        if (!r->address.isEmpty())
            body += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Where"))), h(r->address));
        if (isOpen(r->status) && r->dueAt > 0)
            body += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Expected by"))), h(when(r->dueAt)));
        if (!r->statusNotes.isEmpty())
            body += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Our note"))), h(r->statusNotes));
        body += QStringLiteral("</dl><h2>%1</h2><ol class=\"history\">").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "What happened so far"))));
        for (const RequestEvent &e : query.publicHistory(r->id)) {
            QString what;
            if (e.kind == EventKind::Created)
                what = p.w(QT_TRANSLATE_NOOP("CivicDesk", "Report received"));
            else if (e.kind == EventKind::StatusChange)
                what = p.w(citizenStatus(requestStatusFromCode(e.toValue).value_or(RequestStatus::New)));
            else
                what = p.w(QT_TRANSLATE_NOOP("CivicDesk", "Your update"));
            body += QStringLiteral("<li><strong>%1</strong> · %2%3</li>")
                        .arg(h(when(e.at)), h(what), e.body.isEmpty() || e.kind == EventKind::Created ? QString() : QStringLiteral("<br/>") + h(e.body));
        }
        body += QStringLiteral("</ol>");
        return p.render(200, p.w(QT_TRANSLATE_NOOP("CivicDesk", "Your report")), body);
    }

    // The report form: the kind of problem first (a page of links, no script needed), then its form.
    CatalogueRepository catalogue(*t->db);
    const bool post = request.method == "POST";
    FormData form;
    if (post) {
        // The same budget of reports a minute as an address posting over Open311.
        if (const int wait = m_rates.take(QStringLiteral("post ") + request.peer, m_options.open311PostsPerMinute, now); wait > 0) {
            HttpResponse r = p.render(429, p.w(QT_TRANSLATE_NOOP("CivicDesk", "Report a problem")),
                                      QStringLiteral("<div class=\"summary\" role=\"alert\"><p>%1</p></div>")
                                          .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "This service cannot answer now; try again later.")))));
            r.headers.append({QByteArray("Retry-After"), QByteArray::number(wait)});
            return r;
        }
        Result<FormData> read = FormParser::parse(request.body, request.header("content-type"));
        if (!read)
            return p.render(400, p.w(QT_TRANSLATE_NOOP("CivicDesk", "Report a problem")),
                            QStringLiteral("<div class=\"summary\" role=\"alert\"><p>%1</p></div>")
                                .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "The form could not be read. Go back and send it again.")))));
        form = std::move(read).value();
    }
    const QString service = post ? form.value(QStringLiteral("service_code")) : request.query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    const std::optional<ServiceType> type = service.isEmpty() ? std::nullopt : catalogue.typeByCode(service);
    if (!type || !type->active) {
        QString body = QStringLiteral("<p>%1</p>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "What kind of problem is it? Choose the closest."))));
        const QList<ServiceType> types = catalogue.types();
        for (const ServiceGroup &g : catalogue.groups()) {
            QString items;
            for (const ServiceType &ty : types)
                if (ty.active && ty.groupId == g.id)
                    items += QStringLiteral("<li><a href=\"/report/%1/?lang=%2&amp;service=%3\">%4</a></li>")
                                 .arg(h(code), p.language, h(QString::fromUtf8(QUrl::toPercentEncoding(ty.code))), h(ty.name.best(p.language)));
            if (!items.isEmpty())
                body += QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(h(g.name.best(p.language)), items);
        }
        QString others;
        for (const ServiceType &ty : types)
            if (ty.active && ty.groupId.isEmpty())
                others += QStringLiteral("<li><a href=\"/report/%1/?lang=%2&amp;service=%3\">%4</a></li>")
                              .arg(h(code), p.language, h(QString::fromUtf8(QUrl::toPercentEncoding(ty.code))), h(ty.name.best(p.language)));
        if (!others.isEmpty())
            body += QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Other problems"))), others);
        return p.render(post ? 400 : 200, p.w(QT_TRANSLATE_NOOP("CivicDesk", "Report a problem")), body);
    }
    p.query = QStringLiteral("service=") + QString::fromUtf8(QUrl::toPercentEncoding(type->code));

    QList<ReportProblem> problems;
    if (post) {
        CitizenReport r;
        r.channel = Channel::Web;
        r.typeCode = type->code;
        for (const ServiceAttribute &a : type->attributes) {
            const QStringList values = form.values(QStringLiteral("attribute[%1]").arg(a.code));
            QStringList kept;
            for (const QString &v : values)
                if (!v.trimmed().isEmpty())
                    kept.append(v.trimmed());
            if (!kept.isEmpty())
                r.attributes.insert(a.code, kept.join(u','));
        }
        r.address = form.value(QStringLiteral("address_string"));
        r.where = pickedPoint(form);
        r.description = form.value(QStringLiteral("description"));
        r.email = form.value(QStringLiteral("email")).trimmed();
        r.phone = form.value(QStringLiteral("phone")).trimmed();
        r.givenName = form.value(QStringLiteral("first_name"));
        r.familyName = form.value(QStringLiteral("last_name"));
        r.language = p.language;
        const bool consent = form.value(QStringLiteral("consent")) == QLatin1String("yes");
        r.consentEmail = consent;
        r.consentSms = consent;
        for (const FormData::File &f : form.files)
            if (f.field == QLatin1String("media"))
                r.photos.append({f.fileName, f.bytes});
        if (!t->reports)
            t->reports = std::make_unique<ReportIntake>(*t->db, *t->runner, m_options.clock);
        problems = t->reports->check(r);
        // Said in the citizen's words and language, whatever language the server itself speaks.
        for (ReportProblem &pr : problems)
            pr.message = citizenProblem(p, pr.field);
        if (consent && r.email.isEmpty() && r.phone.isEmpty())
            problems.append({QStringLiteral("email"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "To be told of progress, give an e-mail address or a mobile number."))});
        if (problems.isEmpty()) {
            Result<ReportOutcome> filed = Error{};
            const Status st = t->store->write([&]() -> Status {
                filed = t->reports->submit(r);
                return filed ? Status{} : Status(filed.error());
            });
            if (st) {
                emit changed(code, t->store->currentSeq());
                qCInfo(lcSync).noquote() << QStringLiteral("web %1: report %2 (%3)").arg(code, filed->trackingNumber, type->code);
                return redirect(QStringLiteral("/track/%1/%2?lang=%3&%4=1").arg(code, filed->trackingNumber, p.language,
                                                                                filed->joined ? QStringLiteral("joined") : QStringLiteral("new")));
            }
            qCWarning(lcSync).noquote() << QStringLiteral("web %1: a report could not be written: %2").arg(code, st.error().message);
            problems.append({QString(), citizenProblem(p, QString())});
        }
    }

    // The form, with what was typed and what is wrong with it.
    const auto problemOf = [&](const QString &field) {
        for (const ReportProblem &pr : problems)
            if (pr.field == field || (field == QLatin1String("address_string") && pr.field == QLatin1String("lat")))
                return pr.message;
        return QString();
    };
    const auto value = [&](const QString &field) { return h(form.value(field)); };
    const auto field = [&](const QString &name, const QString &label, const QString &hint, const QString &control) {
        const QString id = inputId(name), problem = problemOf(name);
        QString out = QStringLiteral("<label for=\"%1\">%2</label>").arg(id, h(label));
        if (!hint.isEmpty())
            out += QStringLiteral("<p class=\"hint\" id=\"%1-hint\">%2</p>").arg(id, h(hint));
        if (!problem.isEmpty())
            out += QStringLiteral("<p class=\"problem\" id=\"%1-problem\">%2</p>").arg(id, h(problem));
        QString described;
        if (!hint.isEmpty())
            described += id + QStringLiteral("-hint");
        if (!problem.isEmpty())
            described += (described.isEmpty() ? QString() : QStringLiteral(" ")) + id + QStringLiteral("-problem");
        QString c = control;
        c.replace(QStringLiteral("@ID@"), QStringLiteral("id=\"%1\" name=\"%2\"%3%4")
                                              .arg(id, h(name), described.isEmpty() ? QString() : QStringLiteral(" aria-describedby=\"%1\"").arg(described),
                                                   problem.isEmpty() ? QString() : QStringLiteral(" aria-invalid=\"true\"")));
        return out + c;
    };
    QString body;
    if (!problems.isEmpty()) {
        body += QStringLiteral("<div class=\"summary\" role=\"alert\" tabindex=\"-1\" id=\"problems\"><h2>%1</h2><ul>")
                    .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Please correct the following"))));
        for (const ReportProblem &pr : std::as_const(problems))
            body += pr.field.isEmpty() ? QStringLiteral("<li>%1</li>").arg(h(pr.message))
                                       : QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(inputId(pr.field == QLatin1String("lat") ? QStringLiteral("address_string") : pr.field), h(pr.message));
        body += QStringLiteral("</ul></div>");
    }
    body += QStringLiteral("<p>%1 <strong>%2</strong> · <a href=\"/report/%3/?lang=%4\">%5</a></p>")
                .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Problem:"))), h(type->name.best(p.language)), h(code), p.language,
                     h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "choose another"))));
    if (!type->description.best(p.language).isEmpty())
        body += QStringLiteral("<p class=\"hint\">%1</p>").arg(h(type->description.best(p.language)));
    body += QStringLiteral("<form method=\"post\" action=\"/report/%1/?lang=%2\" enctype=\"multipart/form-data\">"
                           "<input type=\"hidden\" name=\"service_code\" value=\"%3\"/>")
                .arg(h(code), p.language, h(type->code));
    body += field(QStringLiteral("address_string"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "Where is it?")),
                  p.w(QT_TRANSLATE_NOOP("CivicDesk", "The street and the number nearest to it.")),
                  QStringLiteral("<input type=\"text\" @ID@ autocomplete=\"street-address\" required=\"required\" value=\"%1\"/>").arg(value(QStringLiteral("address_string"))));
    // The map pick, for browsers that run the page's script; without it the address is the way in.
    const std::optional<QGeoCoordinate> picked = pickedPoint(form);
    if (const QString map = pickMap(*t->db, t->pickMap, picked); !map.isEmpty()) {
        const QString said = p.w(QT_TRANSLATE_NOOP("CivicDesk", "Chosen on the map: %1. The address may stay empty."));
        body += QStringLiteral("<div id=\"pick\" hidden=\"hidden\"><p class=\"hint\">%1</p>%2<p id=\"pick-said\" class=\"hint\" aria-live=\"polite\" data-text=\"%3\">%4</p></div>"
                               "<input type=\"hidden\" id=\"lat\" name=\"lat\" value=\"%5\"/><input type=\"hidden\" id=\"long\" name=\"long\" value=\"%6\"/>"
                               "<script>%7</script>")
                    .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Or click the place on the map of the municipality."))), map, h(said),
                         picked ? h(QString(said).replace(QStringLiteral("%1"), QStringLiteral("%1, %2").arg(picked->latitude(), 0, 'f', 6).arg(picked->longitude(), 0, 'f', 6))) : QString(),
                         picked ? QString::number(picked->latitude(), 'f', 6) : QString(), picked ? QString::number(picked->longitude(), 'f', 6) : QString(), pickScript);
    }
    QList<ServiceAttribute> questions = type->attributes;
    std::stable_sort(questions.begin(), questions.end(), [](const ServiceAttribute &a, const ServiceAttribute &b) { return a.order < b.order; });
    for (const ServiceAttribute &a : std::as_const(questions)) {
        const QString name = QStringLiteral("attribute[%1]").arg(a.code);
        const QString label = a.description.best(p.language) + (a.required ? QString() : QStringLiteral(" ") + p.w(QT_TRANSLATE_NOOP("CivicDesk", "(optional)")));
        if (!a.variable) {
            body += QStringLiteral("<p class=\"hint\">%1</p>").arg(h(a.description.best(p.language)));
            continue;
        }
        const QString hint = a.datatypeDescription.best(p.language);
        const QStringList chosen = form.values(name);
        switch (a.datatype) {
        case AttributeDatatype::SingleValueList: {
            QString options = QStringLiteral("<option value=\"\">%1</option>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "— choose —"))));
            for (const AttributeValue &v : a.values)
                options += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                               .arg(h(v.key), chosen.contains(v.key) ? QStringLiteral(" selected=\"selected\"") : QString(), h(v.name.best(p.language)));
            body += field(name, label, hint, QStringLiteral("<select @ID@>%1</select>").arg(options));
            break;
        }
        case AttributeDatatype::MultiValueList: {
            const QString id = inputId(name), problem = problemOf(name);
            body += QStringLiteral("<fieldset><legend>%1</legend>").arg(h(label));
            if (!problem.isEmpty())
                body += QStringLiteral("<p class=\"problem\">%1</p>").arg(h(problem));
            int i = 0;
            for (const AttributeValue &v : a.values) {
                body += QStringLiteral("<div class=\"choice\"><input type=\"checkbox\" id=\"%1-%2\" name=\"%3\" value=\"%4\"%5/><label for=\"%1-%2\">%6</label></div>")
                            .arg(id)
                            .arg(++i)
                            .arg(h(name), h(v.key), chosen.contains(v.key) ? QStringLiteral(" checked=\"checked\"") : QString(), h(v.name.best(p.language)));
            }
            body += QStringLiteral("</fieldset>");
            break;
        }
        case AttributeDatatype::Number:
            body += field(name, label, hint, QStringLiteral("<input type=\"number\" step=\"any\" @ID@ value=\"%1\"/>").arg(h(chosen.value(0))));
            break;
        case AttributeDatatype::Datetime:
            body += field(name, label, hint, QStringLiteral("<input type=\"datetime-local\" @ID@ value=\"%1\"/>").arg(h(chosen.value(0))));
            break;
        case AttributeDatatype::Text:
            body += field(name, label, hint, QStringLiteral("<textarea rows=\"3\" @ID@>%1</textarea>").arg(h(chosen.value(0))));
            break;
        case AttributeDatatype::String:
            body += field(name, label, hint, QStringLiteral("<input type=\"text\" @ID@ value=\"%1\"/>").arg(h(chosen.value(0))));
            break;
        }
    }
    body += field(QStringLiteral("description"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "What is wrong?")),
                  p.w(QT_TRANSLATE_NOOP("CivicDesk", "A few words help the crew find and fix it (at most 4,000 characters).")),
                  QStringLiteral("<textarea rows=\"5\" maxlength=\"4000\" @ID@>%1</textarea>").arg(value(QStringLiteral("description"))));
    body += field(QStringLiteral("media"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "A photo (optional)")), QString(),
                  QStringLiteral("<input type=\"file\" accept=\"image/*\" @ID@/>"));
    body += QStringLiteral("<fieldset><legend>%1</legend><p class=\"hint\">%2</p>")
                .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Who you are (optional)"))),
                     h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "You may report without giving your name. We use these details for this report only."))));
    body += field(QStringLiteral("first_name"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "Given name")), QString(),
                  QStringLiteral("<input type=\"text\" @ID@ autocomplete=\"given-name\" value=\"%1\"/>").arg(value(QStringLiteral("first_name"))));
    body += field(QStringLiteral("last_name"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "Family name")), QString(),
                  QStringLiteral("<input type=\"text\" @ID@ autocomplete=\"family-name\" value=\"%1\"/>").arg(value(QStringLiteral("last_name"))));
    body += field(QStringLiteral("email"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "E-mail")), QString(),
                  QStringLiteral("<input type=\"email\" @ID@ autocomplete=\"email\" value=\"%1\"/>").arg(value(QStringLiteral("email"))));
    body += field(QStringLiteral("phone"), p.w(QT_TRANSLATE_NOOP("CivicDesk", "Mobile phone")), QString(),
                  QStringLiteral("<input type=\"tel\" @ID@ autocomplete=\"tel\" value=\"%1\"/>").arg(value(QStringLiteral("phone"))));
    body += QStringLiteral("<div class=\"choice\"><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"yes\"%1/>"
                           "<label for=\"consent\">%2</label></div></fieldset>")
                .arg(form.value(QStringLiteral("consent")) == QLatin1String("yes") ? QStringLiteral(" checked=\"checked\"") : QString(),
                     h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Tell me of the progress of this report by e-mail or SMS. I can stop it at any time."))));
    body += QStringLiteral("<button type=\"submit\">%1</button></form>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Send the report"))));
    return p.render(problems.isEmpty() ? 200 : 400, p.w(QT_TRANSLATE_NOOP("CivicDesk", "Report a problem")), body);
}

HttpResponse SyncService::surveyPage(const HttpRequest &request, const QString &code, const QString &token)
{
    Result<Tenant *> opened = tenant(code);
    if (!opened)
        return HttpResponse::error(503, QStringLiteral("tenant.unavailable"), Tr::tr("This service cannot answer now; try again later."));
    Tenant *t = opened.value();
    const CivicDesk::Tenant municipality = OrganisationRepository(*t->db).tenant().value_or(CivicDesk::Tenant{});
    Page p = pageFor(request, municipality, code, code);
    const QString title = p.w(QT_TRANSLATE_NOOP("CivicDesk", "How did we do?"));
    const std::optional<QString> requestId = NotifyLinks::readSurveyToken(NotifyLinks::secret(*t->db), token);
    PublicRequestQuery query(*t->db);
    const std::optional<PublicRequest> r = requestId ? query.byId(*requestId) : std::nullopt;
    if (!r)
        return p.render(404, title, QStringLiteral("<p>%1</p>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "This link is not valid. Check that it was copied whole.")))));
    const std::optional<ServiceRequest> full = RequestRepository(*t->db).get(r->id);
    const QString about = QStringLiteral("<p>%1 <strong>%2</strong> · %3</p>")
                              .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Your report"))), h(r->trackingNumber),
                                   h(LocalizedText::fromJson(r->typeNameJson).best(p.language)));
    if (full && full->satisfaction > 0)
        return p.render(200, title, about + QStringLiteral("<div class=\"done\" role=\"status\"><p>%1</p></div>")
                                                .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Thank you: your answer about this report is recorded. There is one answer for each report.")))));
    if (r->status != RequestStatus::Resolved && r->status != RequestStatus::Closed)
        return p.render(200, title, about + QStringLiteral("<p>%1</p>").arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "This report is not dealt with yet; the survey opens when it is.")))));
    QString problem;
    if (request.method == "POST") {
        Result<FormData> form = FormParser::parse(request.body, request.header("content-type"));
        const int score = form ? form->value(QStringLiteral("score")).toInt() : 0;
        const QString comment = form ? form->value(QStringLiteral("comment")).trimmed().left(2000) : QString();
        if (score < 1 || score > 5) {
            problem = p.w(QT_TRANSLATE_NOOP("CivicDesk", "Choose one of the five answers."));
        } else {
            const qint64 now = m_options.clock();
            Command c;
            c.id = newRowId(now);
            c.name = QString::fromLatin1(CommandName::RateSatisfaction);
            c.at = now;
            c.actorId = toCode(Channel::Web);
            c.args = {{QStringLiteral("requestId"), r->id}, {QStringLiteral("score"), score}, {QStringLiteral("comment"), comment}};
            bool already = false;
            const Status st = t->store->write([&]() -> Status {
                // One answer a request, whoever clicks twice.
                const std::optional<ServiceRequest> now311 = RequestRepository(*t->db).get(r->id);
                if (now311 && now311->satisfaction > 0) {
                    already = true;
                    return {};
                }
                const Result<QJsonObject> done = t->runner->run(c);
                return done ? Status{} : Status(done.error());
            });
            if (st) {
                if (!already)
                    emit changed(code, t->store->currentSeq());
                return p.render(200, title, about + QStringLiteral("<div class=\"done\" role=\"status\"><p>%1</p></div>")
                                                        .arg(h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Thank you: your answer about this report is recorded. There is one answer for each report.")))));
            }
            qCWarning(lcSync).noquote() << QStringLiteral("survey %1: an answer could not be written: %2").arg(code, st.error().message);
            problem = p.w(QT_TRANSLATE_NOOP("CivicDesk", "This service cannot answer now; try again later."));
        }
    }
    static const char *const answers[] = {QT_TRANSLATE_NOOP("CivicDesk", "1 — very dissatisfied"), QT_TRANSLATE_NOOP("CivicDesk", "2 — dissatisfied"),
                                          QT_TRANSLATE_NOOP("CivicDesk", "3 — neither"), QT_TRANSLATE_NOOP("CivicDesk", "4 — satisfied"),
                                          QT_TRANSLATE_NOOP("CivicDesk", "5 — very satisfied")};
    QString choices;
    for (int i = 0; i < 5; ++i)
        choices += QStringLiteral("<div class=\"choice\"><input type=\"radio\" id=\"score-%1\" name=\"score\" value=\"%1\" required=\"required\"/>"
                                  "<label for=\"score-%1\">%2</label></div>")
                       .arg(i + 1)
                       .arg(h(p.w(answers[i])));
    QString body = about;
    if (!problem.isEmpty())
        body += QStringLiteral("<div class=\"summary\" role=\"alert\"><p>%1</p></div>").arg(h(problem));
    body += QStringLiteral("<form method=\"post\" action=\"%1?lang=%2\"><fieldset><legend>%3</legend>%4</fieldset>"
                           "<label for=\"comment\">%5</label><textarea id=\"comment\" name=\"comment\" rows=\"4\" maxlength=\"2000\"></textarea>"
                           "<button type=\"submit\">%6</button></form>")
                .arg(h(request.path), p.language, h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "How satisfied are you with how your report was dealt with?"))), choices,
                     h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Anything you want to tell us (optional)"))), h(p.w(QT_TRANSLATE_NOOP("CivicDesk", "Send my answer"))));
    return p.render(problem.isEmpty() ? 200 : 400, title, body);
}

} // namespace CivicDesk
