// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;

namespace CivicDesk {

class SearchResultsModel;
class SearchService;

/// The central search box with its ranked results; as-you-type, keyboard first.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    SearchPanel(SearchService &search, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_box; }
    QTableView *resultsView() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }
    /// Runs the pending search now (tests, Enter key).
    void searchNow();

    /// A partial replica: a tracking number not found here can be looked for on the server.
    void setServerLookup(bool on);
    QPushButton *serverButton() const { return m_server; }
    /// What the lookup on the server is doing (@p busy: under way, the button waits), shown under the box; an
    /// empty @p text clears it.
    void setServerLookupState(const QString &text, bool busy);

Q_SIGNALS:
    /// A hit was chosen (Enter or double click): "citizen" or "request", and its id.
    void hitActivated(const QString &kind, const QString &id, const QString &title);
    /// The request with tracking number @p tracking is to be looked for on the server.
    void serverLookupWanted(const QString &tracking);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    /// Whether the query may be a tracking number this desk does not hold.
    bool offerServerLookup() const;
    void lookOnServer();

    QLineEdit *m_box;
    QTableView *m_results;
    QLabel *m_summary;
    SearchResultsModel *m_model;
    QPushButton *m_server;
    bool m_serverLookup = false;
    bool m_lookingUp = false;
    QTimer m_debounce;
};

} // namespace CivicDesk
