// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldproblems.h"

#include <QLabel>

namespace CivicDesk {
namespace {

const QString blockingStyle = QStringLiteral("QLabel { color: #b00020; }");
const QString warningStyle = QStringLiteral("QLabel { color: #8a5a00; }");

} // namespace

QLabel *FieldProblemLabels::add(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(blockingStyle);
    label->hide();
    m_labels.insert(field, label);
    return label;
}

void FieldProblemLabels::show(const QList<FieldProblem> &problems)
{
    for (QLabel *l : std::as_const(m_labels)) {
        l->clear();
        l->hide();
    }
    for (const FieldProblem &p : problems) {
        QLabel *l = m_labels.value(p.field, m_labels.value(m_main));
        if (!l)
            continue;
        l->setText(l->text().isEmpty() ? p.message : l->text() + u' ' + p.message);
        l->setStyleSheet(p.blocking ? blockingStyle : warningStyle);
        l->show();
    }
}

void FieldProblemLabels::clear(const QString &field)
{
    if (QLabel *l = m_labels.value(field)) {
        l->clear();
        l->hide();
    }
}

void FieldProblemLabels::forget(const QString &prefix)
{
    for (auto it = m_labels.begin(); it != m_labels.end();) {
        if (it.key().startsWith(prefix))
            it = m_labels.erase(it);
        else
            ++it;
    }
}

} // namespace CivicDesk
