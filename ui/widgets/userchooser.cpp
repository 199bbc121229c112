// SPDX-License-Identifier: GPL-3.0-or-later
#include "userchooser.h"

#include "core/storage/organisationrepository.h"
#include "core/text/textfold.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace CivicDesk {
namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1; ///< the folded words the filter matches
constexpr int HeaderRole = Qt::UserRole + 2; ///< a role's heading: never chosen
constexpr int SkeletonRole = Qt::UserRole + 3; ///< the words' phonetic keys: Greeklish finds Greek names

QStringList skeletons(const QString &text)
{
    QStringList out;
    for (const QString &w : TextFold::indexWords(text))
        out.append(TextFold::skeleton(w));
    return out;
}

/// A word typed in the search field: itself, and the phonetic keys it may begin (TextFold::prefixVariants).
struct TypedWord
{
    QString folded;
    QStringList variants;
};

/// Whether @p w is in the folded text, or begins one of its words' phonetic keys.
bool matches(const QString &folded, const QStringList &keys, const TypedWord &w)
{
    if (folded.contains(w.folded))
        return true;
    for (const QString &variant : w.variants)
        for (const QString &key : keys)
            if (!variant.isEmpty() && key.startsWith(variant))
                return true;
    return false;
}

int roleOrder(Role r)
{
    switch (r) {
    case Role::Operator: return 0;
    case Role::DepartmentStaff: return 1;
    case Role::DepartmentHead: return 2;
    case Role::Supervisor: return 3;
    case Role::Administrator: return 4;
    }
    return 5;
}

bool isChoosable(const QListWidgetItem *item)
{
    return item && !item->isHidden() && !item->data(HeaderRole).toBool();
}

} // namespace

UserChooser::UserChooser(Database &db, const QString &language, const QString &preselectedId, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Who is working at this desk?"));
    OrganisationRepository org(db);
    QHash<QString, QString> departments;
    for (const Department &d : org.departments())
        departments.insert(d.id, d.name.best(language));
    QList<User> users;
    for (const User &u : org.users())
        if (u.active)
            users.append(u);
    std::stable_sort(users.begin(), users.end(), [](const User &a, const User &b) {
        if (roleOrder(a.role) != roleOrder(b.role))
            return roleOrder(a.role) < roleOrder(b.role);
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    QListWidgetItem *preselected = nullptr, *firstOperator = nullptr;
    std::optional<Role> heading;
    for (const User &u : std::as_const(users)) {
        if (heading != u.role) {
            heading = u.role;
            auto *header = new QListWidgetItem(displayName(u.role), m_list);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setFlags(Qt::ItemIsEnabled);
            header->setData(HeaderRole, true);
            header->setData(SearchRole, TextFold::fold(displayName(u.role)));
        }
        QString text = QStringLiteral("    ") + u.displayName;
        if (!u.departmentId.isEmpty())
            text += QStringLiteral(" · ") + departments.value(u.departmentId);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, u.id);
        const QString words = u.displayName + u' ' + u.username + u' ' + displayName(u.role) + u' ' + departments.value(u.departmentId);
        item->setData(SearchRole, TextFold::fold(words));
        item->setData(SkeletonRole, skeletons(words));
        // The last user again; the administrator only when chosen last time on purpose, never by default.
        if (u.id == preselectedId)
            preselected = item;
        if (!firstOperator && u.role == Role::Operator)
            firstOperator = item;
    }
    if (!preselected)
        preselected = firstOperator;
    if (preselected)
        m_list->setCurrentItem(preselected);
    else
        selectFirstVisible();
    m_list->setAccessibleName(tr("Users"));
    m_filter->setPlaceholderText(tr("Type part of a name, role or department"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a user"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &UserChooser::applyFilter);
    auto *explain = new QLabel(tr("This desk works without a server: choose who you are. What you do is recorded under this name."), this);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("No one: the desk does not open."));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosenId().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (isChoosable(item))
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 520);
    m_filter->setFocus();
}

QString UserChooser::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return isChoosable(item) ? item->data(IdRole).toString() : QString();
}

void UserChooser::applyFilter(const QString &text)
{
    QList<TypedWord> words;
    for (const QString &w : TextFold::queryWords(text))
        words.append({w, TextFold::prefixVariants(w)});
    // A user shows when every word typed is in their name, login, role or department; a heading shows with its users.
    QListWidgetItem *header = nullptr;
    bool headerHasUsers = false;
    const auto closeHeader = [&] {
        if (header)
            header->setHidden(!headerHasUsers);
    };
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(HeaderRole).toBool()) {
            closeHeader();
            header = item;
            headerHasUsers = false;
            continue;
        }
        const QString haystack = item->data(SearchRole).toString();
        const QStringList keys = item->data(SkeletonRole).toStringList();
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&](const TypedWord &w) { return matches(haystack, keys, w); });
        item->setHidden(!shown);
        headerHasUsers = headerHasUsers || shown;
    }
    closeHeader();
    if (!isChoosable(m_list->currentItem()))
        selectFirstVisible();
}

void UserChooser::selectFirstVisible()
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (isChoosable(m_list->item(i))) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    m_list->setCurrentItem(nullptr);
}

bool UserChooser::eventFilter(QObject *watched, QEvent *event)
{
    // Typing in the search field, the arrows move through the users shown (headings skipped) and Enter takes one.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            for (int i = m_list->currentRow() + step; i >= 0 && i < m_list->count(); i += step) {
                if (isChoosable(m_list->item(i))) {
                    m_list->setCurrentRow(i);
                    break;
                }
            }
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!chosenId().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace CivicDesk
