// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGridLayout>
#include <QLabel>

namespace CivicDesk {

/// Puts @p field with its label @p text (its buddy, so the label's mnemonic reaches it) at filter @p column of
/// row @p row of a bar of filters: the label in grid column 2 × @p column, the field beside it.
inline void addLabelledField(QGridLayout *grid, QWidget *owner, const QString &text, QWidget *field, int row, int column)
{
    auto *label = new QLabel(text, owner);
    label->setBuddy(field);
    grid->addWidget(label, row, column * 2);
    grid->addWidget(field, row, column * 2 + 1);
}

} // namespace CivicDesk
