// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/citizencheck.h"

#include <QMap>
#include <QString>

class QLabel;
class QWidget;

namespace CivicDesk {

/// The lines under a form's fields that say what is wrong with them: red for what stops the form, amber for
/// a warning. Problems for a field without its own line go to the form's main one.
class FieldProblemLabels
{
public:
    explicit FieldProblemLabels(QString mainField) : m_main(std::move(mainField)) {}

    /// A hidden line for @p field, owned by @p parent.
    QLabel *add(const QString &field, QWidget *parent);
    QLabel *label(const QString &field) const { return m_labels.value(field); }
    /// Shows @p problems, and nothing else.
    void show(const QList<FieldProblem> &problems);
    void clear(const QString &field);
    /// Forgets the lines of fields whose code starts with @p prefix (their widgets are gone).
    void forget(const QString &prefix);

private:
    QString m_main;
    QMap<QString, QLabel *> m_labels;
};

} // namespace CivicDesk
