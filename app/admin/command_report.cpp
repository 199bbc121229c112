// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "ui/print/reportpainter.h"
#include "core/commands/commandrunner.h"
#include "core/reports/report.h"
#include "core/storage/syncstore.h"
#include "core/sync/desksync.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/database.h"
#include "core/storage/reportsetstore.h"
#include "core/text/datetext.h"
#include "core/text/desktranslations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

namespace CivicDesk::Admin {

int commandReport(const QCommandLineParser &p, Database &db)
{
    ReportParameters params;
    const std::optional<ReportKind> kind = reportKindFromCode(p.value(QStringLiteral("kind")));
    if (!kind)
        return fail(QCoreApplication::translate("admin", "report needs --kind (see --help)."));
    params.kind = *kind;
    params.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    params.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (p.isSet(QStringLiteral("department"))) {
        for (const Department &d : OrganisationRepository(db).departments())
            if (d.code == p.value(QStringLiteral("department")) || d.id == p.value(QStringLiteral("department")))
                params.departmentId = d.id;
        if (params.departmentId.isEmpty())
            return fail(QCoreApplication::translate("admin", "No department has the code %1.").arg(p.value(QStringLiteral("department"))));
    }
    if (p.isSet(QStringLiteral("type"))) {
        const std::optional<ServiceType> t = CatalogueRepository(db).typeByCode(p.value(QStringLiteral("type")));
        if (!t)
            return fail(QCoreApplication::translate("admin", "No service type has the code %1.").arg(p.value(QStringLiteral("type"))));
        params.typeId = t->id;
    }
    if (p.isSet(QStringLiteral("status"))) {
        params.status = requestStatusFromCode(p.value(QStringLiteral("status")));
        if (!params.status)
            return fail(QCoreApplication::translate("admin", "Unknown status %1.").arg(p.value(QStringLiteral("status"))));
    }
    params.groupBy = p.value(QStringLiteral("group-by"));
    if (p.isSet(QStringLiteral("limit"))) {
        const QString limit = p.value(QStringLiteral("limit"));
        bool ok = false;
        params.limit = limit == QLatin1String("all") ? 0 : limit.toInt(&ok);
        if (limit != QLatin1String("all") && (!ok || params.limit < 1))
            return fail(QCoreApplication::translate("admin", "--limit is a number of rows from 1 on, or all."));
    }
    // A partial replica's file holds the open requests, its department's and those of its last months: a report
    // reading earlier ones is made at the desk (which asks the server) or from the server's data, never from part.
    if (SyncStore(db).isPartial()) {
        CommandRunner runner(db);
        DeskSync sync(db, runner);
        if (!sync.holdsReportPeriod(params)) {
            const std::optional<SyncScope> scope = sync.scope();
            return fail(scope ? QCoreApplication::translate("admin", "%1 is a partial replica: it holds the requests changed since %2, the open ones and "
                                                                     "its department's. Make this report at the desk, which asks the server, or "
                                                                     "from the server's data (--tenant).")
                                    .arg(db.path(), QDateTime::fromMSecsSinceEpoch(scope->since, QTimeZone::utc()).date().toString(Qt::ISODate))
                              : QCoreApplication::translate("admin", "%1 is a partial replica that has not fetched its requests yet: make this report "
                                                                     "at the desk, which asks the server, or from the server's data (--tenant).")
                                    .arg(db.path()));
        }
    }
    const QString format = p.value(QStringLiteral("format"));
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(QCoreApplication::translate("admin", "report needs --out FILE."));
    if (format != QLatin1String("csv") && format != QLatin1String("pdf") && format != QLatin1String("html"))
        return fail(QCoreApplication::translate("admin", "The format is csv, pdf or html."));
    // Every word of the report in its language: our catalogue and Qt's, the locale's numbers and month names, and
    // the municipality's own date conventions and time zone.
    const QString language = p.value(QStringLiteral("lang"));
    installDeskTranslations(*QCoreApplication::instance(), language);
    const std::optional<Tenant> tenant = OrganisationRepository(db).tenant();
    if (tenant)
        DateText::setMunicipality(tenant->country, tenant->timeZone);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (params.kind == ReportKind::RequestList && format == QLatin1String("csv")) {
        // Straight to the file, a row at a time: a list of any length in bounded memory.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("admin", "Cannot write %1: %2").arg(path, file.errorString()));
        const Result<ReportBuilder::Written> written = ReportBuilder(db, language, now).writeRequestListCsv(params, file);
        if (!written)
            return fail(written.error());
        if (!file.commit())
            return fail(QCoreApplication::translate("admin", "Cannot write %1: %2").arg(path, file.errorString()));
        out() << written->rows << " rows of " << written->matching << " written to " << path << Qt::endl;
        if (!written->cutNote.isEmpty())
            err() << written->cutNote << Qt::endl;
        return 0;
    }
    Result<ReportTable> table = ReportBuilder(db, language, now).build(params);
    if (!table)
        return fail(table.error());
    const QString html = reportToHtml(table.value(), tenant ? tenant->name : QString(), QStringLiteral("civicdesk-admin"), DateText::dateTime(now),
                                     ReportSetStore(db).header());
    Status written = format == QLatin1String("csv")  ? writeReportFile(path, reportToCsv(table.value()))
        : format == QLatin1String("html")            ? writeReportFile(path, html.toUtf8())
                                                     : ReportPainter::writePdf(path, table.value(),
                                                                               {tenant ? tenant->name : QString(), QStringLiteral("civicdesk-admin"),
                                                                                DateText::dateTime(now),
                                                                                ReportHeader::logoOf(ReportSetStore(db).logo()), ReportSetStore(db).header()});
    if (!written)
        return fail(written.error());
    out() << table->rowCount << " rows of " << table->matching << " written to " << path << Qt::endl;
    if (!table->cutNote.isEmpty())
        err() << table->cutNote << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
