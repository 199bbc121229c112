// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthistoryview.h"
#include "core/text/datetext.h"

#include "core/domain/messagetext.h"
#include "core/session/desksession.h"
#include "core/session/syncagent.h"
#include "core/storage/requestrepository.h"
#include "core/sync/desksync.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace CivicDesk {

HistorySource::HistorySource(DeskSession &desk, SyncAgent &agent, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_agent(agent)
{
    connect(&m_agent, &SyncAgent::fetched, this, [this](const QStringList &ids, const QString &error, bool offline) {
        const QString id = std::exchange(m_asked, QString());
        if (id.isEmpty())
            return; // another part of the desk asked
        if (!error.isEmpty() || !ids.contains(id)) {
            m_problems.insert(id, offline ? tr("The history of this closed request is on the server, which cannot be reached now. It is "
                                               "fetched when the desk is online again.")
                                 : error.isEmpty() ? tr("The server no longer has this request's history.")
                                                   : tr("The server could not send this request's history: %1").arg(error));
            m_failedAt[id].start();
        } else {
            m_problems.remove(id);
            m_failedAt.remove(id);
            m_desk.changes().check(); // the other views follow
        }
        Q_EMIT changed(id);
        if (!m_next.isEmpty())
            ask(std::exchange(m_next, QString()));
    });
    // Back online: the views still showing a history that could not come ask for it again.
    connect(&m_agent, &SyncAgent::stateChanged, this, [this](const SyncAgent::State &state) {
        if (!state.online || m_problems.isEmpty())
            return;
        const QStringList failed = m_problems.keys();
        m_problems.clear();
        m_failedAt.clear();
        for (const QString &id : failed)
            Q_EMIT changed(id);
    });
}

bool HistorySource::holds(const QString &requestId) const
{
    return !m_desk.sync() || m_desk.sync()->holdsHistory(requestId);
}

void HistorySource::want(const QString &requestId)
{
    if (fetching(requestId))
        return;
    if (const auto it = m_failedAt.constFind(requestId); it != m_failedAt.cend() && !it->hasExpired(30000))
        return;
    if (!m_asked.isEmpty()) {
        m_next = requestId;
        return;
    }
    ask(requestId);
}

void HistorySource::ask(const QString &requestId)
{
    if (m_agent.fetch({requestId}, {}, {})) {
        m_asked = requestId;
        return;
    }
    // The agent is answering another part of the desk (a tracking number, a citizen's older requests, a report):
    // asked again shortly.
    m_next = requestId;
    QTimer::singleShot(300, this, [this] {
        if (m_asked.isEmpty() && !m_next.isEmpty())
            ask(std::exchange(m_next, QString()));
    });
}

QList<RequestEvent> HistorySource::events(const QString &requestId) const
{
    return RequestRepository(m_desk.db()).events(requestId);
}

RequestHistoryView::RequestHistoryView(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("History"));
    setWordWrap(true);
}

void RequestHistoryView::setSource(HistorySource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (!source)
        return;
    connect(source, &HistorySource::changed, this, [this](const QString &id) {
        if (id == m_requestId && m_source)
            showRequest(id, m_source->events(id), m_names);
    });
    if (!m_requestId.isEmpty() && !source->holds(m_requestId))
        showRequest(m_requestId, {}, m_names);
}

void RequestHistoryView::showRequest(const QString &requestId, const QList<RequestEvent> &events, const QHash<QString, QString> &names)
{
    m_requestId = requestId;
    m_names = names;
    if (!m_source || m_source->holds(requestId)) {
        showEvents(events, names);
        return;
    }
    m_source->want(requestId);
    const QString problem = m_source->problem(requestId);
    showNotice(m_source->fetching(requestId) || problem.isEmpty() ? tr("The history of this closed request is on the server: loading it…") : problem);
}

void RequestHistoryView::showNotice(const QString &text)
{
    clear();
    auto *item = new QListWidgetItem(text, this);
    item->setFlags(Qt::ItemIsEnabled);
    QFont italic = font();
    italic.setItalic(true);
    item->setFont(italic);
    m_notice = true;
}

void RequestHistoryView::showEvents(const QList<RequestEvent> &events, const QHash<QString, QString> &names)
{
    clear();
    m_notice = false;
    const auto nameOf = [&names](const QString &id) { return names.value(id); };
    // Who: a user, the ladder, or, for what came in by itself (the web, an app, an import), the channel's name.
    const auto actorOf = [&names](const QString &id) {
        if (const auto it = names.constFind(id); it != names.cend())
            return *it;
        const std::optional<Channel> channel = channelFromCode(id);
        return channel ? displayName(*channel) : id;
    };
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        addItem(QStringLiteral("%1 · %2\n%3").arg(DateText::dateTime(it->at),
                                                  actorOf(it->actorId), MessageText::describe(*it, nameOf)));
    }
}

} // namespace CivicDesk
