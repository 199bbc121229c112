// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestdetailview.h"
#include "core/text/datetext.h"

#include "core/desk/requestsheet.h"
#include "core/session/desksession.h"
#include "ui/widgets/requesthistoryview.h"

#include <QLabel>
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
    , m_reader(std::make_unique<RequestSheetReader>(desk.db(), desk.workflow(), desk.uiLanguage()))
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

    if (!m_desk.writable()) { // a file open read-only: nothing to add, no keys to change anything
        m_note->setReadOnly(true);
        m_note->setPlaceholderText(tr("This file is open read-only: no note can be added."));
        help->hide();
    }

    auto *addNoteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note, nullptr, nullptr, Qt::WidgetShortcut);
    connect(addNoteKey, &QShortcut::activated, this, [this] { Q_EMIT noteSubmitted(m_note->toPlainText()); });
}

RequestDetailView::~RequestDetailView() = default;

void RequestDetailView::clear()
{
    m_history->clear();
    m_title->clear();
    m_detail->clear();
}

void RequestDetailView::showRequest(const QString &requestId, bool inList)
{
    m_history->clear();
    const Result<RequestSheet> read = m_reader->read(requestId, m_desk.clock()());
    if (!read)
        return;
    const RequestSheet &sheet = read.value();
    const ServiceRequest &r = sheet.request;
    QString title = r.trackingNumber + QStringLiteral(" — ") + sheet.typeName;
    if (!inList)
        title += tr(" (not in this list)");
    m_title->setText(title);
    // Compact: what a department head needs without leaving the queue — who to call back, what was reported,
    // who has it, and where it stands.
    QStringList lines{displayName(r.status) + QStringLiteral(" · ") + displayName(r.priority) + QStringLiteral(" · ") + displayName(sheet.deadline.state)};
    QString place = r.address;
    if (!sheet.districtName.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" · ")) + sheet.districtName;
    if (!place.isEmpty())
        lines.append(place);
    lines.append(tr("Filed %1 by %2").arg(DateText::dateTime(r.createdAt), displayName(r.channel)));
    if (sheet.reporters.isEmpty()) {
        lines.append(tr("Reported anonymously: nobody to call back."));
    } else {
        const RequestSheet::Reporter &first = sheet.reporters.front();
        QString who = first.name;
        if (!first.phones.isEmpty())
            who += QStringLiteral(" · ") + first.phones.front();
        else if (!first.emails.isEmpty())
            who += QStringLiteral(" · ") + first.emails.front();
        if (sheet.reporters.size() > 1)
            who += u' ' + tr("(and %n more)", nullptr, int(sheet.reporters.size() - 1));
        lines.append(tr("Reported by %1").arg(who));
    }
    QStringList handling;
    if (!sheet.crewName.isEmpty())
        handling.append(sheet.crewName);
    if (!sheet.assigneeName.isEmpty())
        handling.append(sheet.assigneeName);
    lines.append(handling.isEmpty() ? tr("Not assigned yet") : tr("Assigned to %1").arg(handling.join(QStringLiteral(" · "))));
    if (r.dueAt > 0)
        lines.append(tr("Deadline: %1").arg(DateText::dateTime(r.dueAt)));
    for (const RequestSheet::Answer &a : sheet.answers)
        lines.append(a.question + QStringLiteral(": ") + a.value);
    if (!r.description.isEmpty())
        lines.append(r.description);
    if (!sheet.photos.isEmpty())
        lines.append(tr("%n photo(s): Enter opens the request with them.", nullptr, int(sheet.photos.size())));
    m_detail->setText(lines.join(u'\n'));
    m_history->showRequest(r.id, sheet.history, sheet.actorNames);
}

} // namespace CivicDesk
