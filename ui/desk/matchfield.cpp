// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchfield.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace CivicDesk {

MatchField::MatchField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->hide();
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &MatchField::textEdited);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { take(m_list->row(item)); });
}

void MatchField::setMatches(const QStringList &texts, const QVariantList &data)
{
    m_list->clear();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto *item = new QListWidgetItem(texts[i], m_list);
        item->setData(Qt::UserRole, data.value(i));
    }
    if (texts.isEmpty()) {
        m_list->hide();
        return;
    }
    m_list->setCurrentRow(0);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(rowHeight * std::min<int>(m_rows, int(texts.size())) + 2 * m_list->frameWidth());
    m_list->show();
}

void MatchField::setTextQuietly(const QString &text)
{
    m_edit->setText(text);
}

QString MatchField::text() const
{
    return m_edit->text();
}

void MatchField::take(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const QVariant data = item->data(Qt::UserRole);
    const QString text = item->text();
    m_list->hide();
    Q_EMIT chosen(data, text);
}

bool MatchField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool listed = m_list->isVisible() && m_list->count() > 0;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (listed) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                break; // shortcuts of the form
            if (listed) {
                take(m_list->currentRow());
            } else {
                Q_EMIT enterWithoutMatch(m_edit->text());
            }
            return true;
        case Qt::Key_Escape:
            if (listed) {
                m_list->hide();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace CivicDesk
