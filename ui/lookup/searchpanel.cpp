// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "ui/itemroles.h"
#include "searchresultsmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace CivicDesk {

SearchPanel::SearchPanel(SearchService &search, QWidget *parent)
    : QWidget(parent)
    , m_box(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_model(new SearchResultsModel(search, this))
    , m_server(new QPushButton(this))
{
    m_box->setPlaceholderText(tr("Search citizens and requests: name, phone, e-mail, tax id or tracking number"));
    m_box->setClearButtonEnabled(true);
    m_box->setAccessibleName(tr("Search"));
    QFont big = m_box->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_box->setFont(big);
    m_box->installEventFilter(this);

    m_results->setModel(m_model);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultsModel::TitleColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->resizeSection(SearchResultsModel::DetailColumn, m_results->fontMetrics().averageCharWidth() * 34);
    m_results->installEventFilter(this);
    m_summary->setAccessibleName(tr("Search summary"));
    m_summary->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("serverLookup"));
    m_server->setAccessibleName(tr("Look on the server"));
    m_server->hide();
    connect(m_server, &QPushButton::clicked, this, &SearchPanel::lookOnServer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_summary);
    layout->addWidget(m_server, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);

    // Coalesce keystrokes typed in quick succession into one search.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(60);
    connect(m_box, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_results, &QTableView::activated, this, &SearchPanel::activate);
}

void SearchPanel::searchNow()
{
    m_debounce.stop();
    m_model->setQuery(m_box->text());
    // What was found, never how long it took: the lookup's speed is civicdesk-bench's to measure.
    if (m_box->text().trimmed().isEmpty())
        m_summary->clear();
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing found."));
    else
        m_summary->setText(tr("%n hit(s)", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_results->selectRow(0);
    const bool offer = offerServerLookup();
    if (offer) {
        m_server->setText(tr("Not on this desk? Look for “%1” on the server (Ctrl+Enter)").arg(m_box->text().trimmed()));
        if (m_model->rowCount() == 0)
            m_summary->setText(tr("Nothing found on this desk, which holds the open requests, its department's and the recent ones."));
    }
    m_server->setVisible(offer);
    m_server->setEnabled(!m_lookingUp);
}

void SearchPanel::setServerLookup(bool on)
{
    m_serverLookup = on;
    searchNow();
}

bool SearchPanel::offerServerLookup() const
{
    const QString text = m_box->text().trimmed();
    if (!m_serverLookup || text.size() < 4 || !std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(KindRole).toString() == QLatin1String("request"))
            return false; // found here
    }
    return true;
}

void SearchPanel::lookOnServer()
{
    if (!offerServerLookup() || m_lookingUp)
        return;
    Q_EMIT serverLookupWanted(m_box->text().trimmed());
}

void SearchPanel::setServerLookupState(const QString &text, bool busy)
{
    m_lookingUp = busy;
    m_server->setEnabled(!busy);
    if (!text.isEmpty())
        m_summary->setText(text);
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex title = index.siblingAtColumn(SearchResultsModel::TitleColumn);
    Q_EMIT hitActivated(index.data(KindRole).toString(), index.data(IdRole).toString(), title.data().toString());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_box) {
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->selectRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce.isActive())
                searchNow();
            // Ctrl+Enter, or Enter on nothing found here: the server.
            if ((key->modifiers() & Qt::ControlModifier) || (m_model->rowCount() == 0 && offerServerLookup())) {
                lookOnServer();
                return true;
            }
            activate(m_results->currentIndex().isValid() ? m_results->currentIndex() : m_model->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_box->clear();
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
            m_box->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_box->setFocus();
            m_box->selectAll();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace CivicDesk
