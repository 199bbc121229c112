// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestdetailview.h"
#include "core/text/datetext.h"

#include "core/session/desksession.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "ui/widgets/requesthistoryview.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QVBoxLayout>

namespace CivicDesk {

RequestDetailView::RequestDetailView(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_history(new RequestHistoryView(this))
    , m_note(new QPlainTextEdit(this))
    , m_actorNames(OrganisationRepository(desk.db()).displayNames(desk.uiLanguage()))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Internal note for the departments and the contractor (Ctrl+Enter adds it)"));
    m_note->setMaximumHeight(fontMetrics().height() * 4);
    m_note->setTabChangesFocus(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_history, 1);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    auto *help = new QLabel(tr("A accept · G assign · S status · R reroute · D duplicate · H hold · N note · T rating · W crew work list"), this);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(help);

    auto *addNoteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note, nullptr, nullptr, Qt::WidgetShortcut);
    connect(addNoteKey, &QShortcut::activated, this, [this] { Q_EMIT noteSubmitted(m_note->toPlainText()); });
}

void RequestDetailView::clear()
{
    m_history->clear();
    m_title->clear();
    m_detail->clear();
}

void RequestDetailView::showRequest(const QString &requestId, bool inList)
{
    m_history->clear();
    RequestRepository repo(m_desk.db());
    const std::optional<ServiceRequest> r = repo.get(requestId);
    if (!r)
        return;
    const ServiceType *t = m_desk.workflow().type(r->serviceTypeId);
    QString title = r->trackingNumber + QStringLiteral(" — ") + (t ? t->name.best(m_desk.uiLanguage()) : QString());
    if (!inList)
        title += tr(" (not in this list)");
    m_title->setText(title);
    const DeadlineInfo d = m_desk.workflow().deadline(*r, m_desk.workflow().workState(r->id), m_desk.clock()());
    QStringList lines{displayName(r->status) + QStringLiteral(" · ") + displayName(r->priority) + QStringLiteral(" · ") + displayName(d.state),
                      r->address};
    if (r->dueAt > 0)
        lines.append(tr("Deadline: %1").arg(DateText::dateTime(r->dueAt)));
    if (!r->description.isEmpty())
        lines.append(r->description);
    m_detail->setText(lines.join(u'\n'));
    m_history->showEvents(repo.events(r->id), m_actorNames);
}

} // namespace CivicDesk
