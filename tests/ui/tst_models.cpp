// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/itemroles.h"
#include "ui/lookup/searchresultsmodel.h"
#include "ui/queue/requestlistmodel.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace CivicDesk;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 300, 1000);
        QVERIFY(m_db);
    }

    void searchResultsModel()
    {
        SearchService search(*m_db, QStringLiteral("GR"));
        SearchResultsModel model(search);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("παπ"));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(SearchResultsModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(KindRole).toString(), QStringLiteral("citizen"));
        QVERIFY(!model.index(0, 0).data(IdRole).toString().isEmpty());
        model.setQuery(QStringLiteral("26-D0"));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, 0).data(KindRole).toString(), QStringLiteral("request"));
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void requestListFetchesLazily()
    {
        RequestListModel model(*m_db, QStringLiteral("el"));
        QCOMPARE(model.rowCount(), 0); // nothing is read until a view asks
        QCOMPARE(model.totalCount(), qint64(1000));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), RequestListModel::pageSize);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
    }

    void requestListPassesTheModelTester()
    {
        RequestListModel model(*m_db, QStringLiteral("el"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.index(0, RequestListModel::TypeColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, RequestListModel::CreatedColumn).data(SortRole).toLongLong()
                >= model.index(999, RequestListModel::CreatedColumn).data(SortRole).toLongLong());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
