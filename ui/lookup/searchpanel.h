// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
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

Q_SIGNALS:
    /// A hit was chosen (Enter or double click): "citizen" or "request", and its id.
    void hitActivated(const QString &kind, const QString &id, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    QLineEdit *m_box;
    QTableView *m_results;
    QLabel *m_summary;
    SearchResultsModel *m_model;
    QTimer m_debounce;
};

} // namespace CivicDesk
