// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own strings in the desk's language: the standard buttons, the file and print dialogs and the text menus are Greek
// and Romanian although Debian 12 ships no qtbase catalogue of either (CivicDesk carries its own).
#include "core/text/desktranslations.h"
#include "ui/desk/userguidedialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace CivicDesk;

class TestDeskTranslations : public QObject
{
    Q_OBJECT
private slots:
    void userGuideInTheDesksLanguage()
    {
        // Greek and English hold the same pages, every link between them leads somewhere.
        QStringList pages[2];
        for (int i = 0; i < 2; ++i)
            pages[i] = QDir(QStringLiteral(":/civicdesk/guide/") + UserGuideDialog::languages()[i]).entryList(QDir::Files, QDir::Name);
        QCOMPARE(pages[0], pages[1]);
        QVERIFY(pages[0].contains(QStringLiteral("operator.html")) && pages[0].contains(QStringLiteral("administrator.html")));
        QCOMPARE(UserGuideDialog::guideLanguage(QStringLiteral("ro")), QStringLiteral("en"));

        UserGuideDialog greek(QStringLiteral("el"));
        QCOMPARE(greek.browser()->documentTitle(), QStringLiteral("Οδηγός χρήσης CivicDesk"));
        greek.browser()->setSource(QUrl(QStringLiteral("operator.html")));
        QCOMPARE(greek.browser()->documentTitle(), QStringLiteral("Τηλεφωνητής"));
        QVERIFY(greek.browser()->toPlainText().contains(QStringLiteral("Ctrl+N")));
        UserGuideDialog english(QStringLiteral("ca"));
        QCOMPARE(english.browser()->documentTitle(), QStringLiteral("CivicDesk user guide"));
        for (const QString &language : UserGuideDialog::languages()) {
            UserGuideDialog guide(language);
            for (const QString &page : std::as_const(pages[0])) {
                guide.browser()->setSource(QUrl(page));
                QVERIFY2(!guide.browser()->documentTitle().isEmpty(), qPrintable(language + u'/' + page));
                QFile file(QStringLiteral(":/civicdesk/guide/%1/%2").arg(language, page));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString html = QString::fromUtf8(file.readAll());
                static const QRegularExpression link(QStringLiteral("href=\"([^\"]+)\""));
                for (auto it = link.globalMatch(html); it.hasNext();) {
                    const QString target = it.next().captured(1);
                    QVERIFY2(pages[0].contains(target), qPrintable(language + u'/' + page + QStringLiteral(" links to ") + target));
                }
            }
        }
    }

    void greekStandardButtonsAndFileDialog()
    {
        QVERIFY(installDeskTranslations(*QCoreApplication::instance(), QStringLiteral("el")));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Εντάξει"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Ακύρωση"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Κλείσιμο"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Αναζήτηση σε:"));
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Paste"), QStringLiteral("&Επικόλληση"));
        // Our own strings still come from our catalogue.
        QCOMPARE(QCoreApplication::translate("CivicDesk::DeskApplication", "Quit"), QStringLiteral("Έξοδος"));
    }

    void greekPrintDialog()
    {
        // The print dialog the reports open, built for real: its printer box, range and copies in Greek.
        QVERIFY(installDeskTranslations(*QCoreApplication::instance(), QStringLiteral("el")));
        QPrinter printer;
        QPrintDialog dialog(&printer);
        QStringList texts;
        for (const QGroupBox *g : dialog.findChildren<QGroupBox *>())
            texts.append(g->title());
        for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
            texts.append(b->text());
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            texts.append(l->text());
        for (const QString &greek : {QStringLiteral("Εκτυπωτής"), QStringLiteral("Εύρος εκτύπωσης"), QStringLiteral("Εκτύπωση όλων"),
                                     QStringLiteral("Αντίτυπα:"), QStringLiteral("Ό&νομα:")})
            QVERIFY2(texts.contains(greek), qPrintable(greek + QStringLiteral(" not in ") + texts.join(u'|')));
        for (const char *english : {"Printer", "Print range", "Print all", "Copies:", "&Name:"})
            QVERIFY2(!texts.contains(QLatin1String(english)), english);
        QCOMPARE(QCoreApplication::translate("QPageSetupWidget", "Orientation"), QStringLiteral("Προσανατολισμός"));
    }

    void englishPluralsAreWords()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/civicdesk_en.qm")));
        installDeskTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("CivicDesk::SearchPanel", "%n hit(s)", nullptr, 1), QStringLiteral("1 hit"));
        QCOMPARE(QCoreApplication::translate("CivicDesk::SearchPanel", "%n hit(s)", nullptr, 3), QStringLiteral("3 hits"));
        QCOMPARE(QCoreApplication::translate("CivicDesk::CallPanel", "%n call(s) waiting — F6 takes the next", nullptr, 1),
                 QStringLiteral("1 call waiting — F6 takes it"));
        // The catalogue itself (%n is filled in by QCoreApplication::translate, not here).
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/civicdesk_en.qm")));
        QCOMPARE(en.translate("CivicDesk::RequestActions", "%n request(s)", nullptr, 2), QStringLiteral("%n requests"));
    }

    void romanianCatalogueCarried()
    {
        QTranslator ro;
        QVERIFY(ro.load(QStringLiteral(":/i18n/qtbase_ro.qm")));
        QCOMPARE(ro.translate("QPlatformTheme", "Cancel"), QStringLiteral("Anulează"));
        QCOMPARE(ro.translate("QFileDialog", "Files of type:"), QStringLiteral("Fișiere de tipul:"));
    }
};

QTEST_MAIN(TestDeskTranslations)
#include "tst_desktranslations.moc"
