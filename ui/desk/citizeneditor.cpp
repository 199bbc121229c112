// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizeneditor.h"

#include "core/desk/citizencheck.h"
#include "core/session/desksession.h"
#include "core/domain/idgenerator.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

const char *const phoneLabels[] = {"mobile", "home", "work"};

QString languageName(const QString &code)
{
    const QLocale l(code);
    const QString native = l.nativeLanguageName();
    return native.isEmpty() ? code : native.left(1).toUpper() + native.mid(1);
}

} // namespace

CitizenEditor::CitizenEditor(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_taxId(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save citizen"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_anonymous(new QPushButton(tr("File a request &without registering (Ctrl+N)"), this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px; }"));
    m_banner->hide();

    for (CitizenKind k : allCitizenKinds())
        m_kind->addItem(displayName(k), QVariant::fromValue(int(k)));
    m_kind->setAccessibleName(tr("Kind of citizen"));
    m_given->setAccessibleName(tr("Given name"));
    m_family->setAccessibleName(tr("Family name"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_taxId->setAccessibleName(tr("Tax id"));
    m_email->setAccessibleName(tr("E-mail"));
    m_address->setAccessibleName(tr("Address"));
    m_language->setAccessibleName(tr("Preferred language"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);

    m_language->addItem(tr("Municipality's language"), QString());
    for (const QString &code : citizenLanguages())
        m_language->addItem(languageName(code), code);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto field = [&](const QString &label, QWidget *w, const QString &problemField) {
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(w);
        if (!problemField.isEmpty())
            box->addWidget(m_problems.add(problemField, this));
        auto *title = new QLabel(label, this);
        title->setBuddy(w);
        form->addRow(title, box);
    };
    field(tr("&Kind:"), m_kind, {});
    field(tr("&Given name:"), m_given, QStringLiteral("name"));
    field(tr("&Family name:"), m_family, {});
    field(tr("&Organisation:"), m_organisation, QStringLiteral("organisation"));
    const QStringList phoneTitles{tr("&Mobile:"), tr("&Home phone:"), tr("&Work phone:")};
    for (int i = 0; i < 3; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(phoneTitles[i].mid(0).remove(u'&').remove(u':'));
        auto *formatted = new QLabel(this);
        formatted->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 2);
        row->addWidget(formatted, 1);
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addLayout(row);
        box->addWidget(m_problems.add(QStringLiteral("phone%1").arg(i), this));
        auto *title = new QLabel(phoneTitles[i], this);
        title->setBuddy(edit);
        form->addRow(title, box);
        m_phones.append(edit);
        m_phoneFormatted.append(formatted);
        connect(edit, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            const ParsedPhone p = m_desk.phones().parse(text);
            m_phoneFormatted[i]->setText(p.e164.isEmpty() ? QString() : p.valid ? p.national : tr("%1 (not in use?)").arg(p.national));
        });
    }
    field(tr("&E-mail:"), m_email, QStringLiteral("email0"));
    field(tr("&Tax id:"), m_taxId, QStringLiteral("taxId"));
    field(tr("&Address:"), m_address, {});
    field(tr("&Language:"), m_language, QStringLiteral("language"));

    auto *consents = new QHBoxLayout;
    for (ContactChannel ch : allContactChannels()) {
        auto *box = new QCheckBox(displayName(ch), this);
        box->setAccessibleName(tr("Consents to contact by %1").arg(displayName(ch)));
        m_consents.insert(ch, box);
        consents->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CitizenEditor::edited);
        connect(box, &QCheckBox::clicked, this, [this, ch] { m_consentTouched.insert(ch); });
    }
    consents->addStretch();
    auto *consentBox = new QVBoxLayout;
    consentBox->addLayout(consents);
    consentBox->addWidget(m_problems.add(QStringLiteral("consent"), this));
    form->addRow(tr("May be contacted by:"), consentBox);
    field(tr("&Notes:"), m_notes, {});

    auto *buttons = new QHBoxLayout;
    m_anonymous->setToolTip(tr("The caller does not give a name or does not want to be registered: the request is filed anonymously."));
    m_anonymous->hide();
    buttons->addWidget(m_anonymous);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Ctrl+S)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &CitizenEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &CitizenEditor::cancelled);
    connect(m_anonymous, &QPushButton::clicked, this, &CitizenEditor::anonymousRequested);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CitizenEditor::updateKind);
    for (QLineEdit *e : {m_given, m_family, m_organisation, m_taxId, m_email, m_address})
        connect(e, &QLineEdit::textEdited, this, &CitizenEditor::edited);
    for (QLineEdit *e : std::as_const(m_phones))
        connect(e, &QLineEdit::textEdited, this, &CitizenEditor::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CitizenEditor::edited);
    updateKind();
}

void CitizenEditor::updateKind()
{
    const auto kind = CitizenKind(m_kind->currentData().toInt());
    const bool person = kind == CitizenKind::Person || kind == CitizenKind::Volunteer;
    m_organisation->setPlaceholderText(person ? tr("optional") : QString());
    m_given->setPlaceholderText(person ? QString() : tr("contact person, optional"));
}

void CitizenEditor::startNew(const QString &phone, const QString &warning)
{
    m_new = true;
    m_consentAsked = false;
    m_consentTouched.clear();
    m_original = Citizen{};
    setCurrent(Citizen{});
    m_phones[0]->setText(phone);
    Q_EMIT m_phones[0]->textEdited(phone);
    m_title->setText(tr("New citizen"));
    m_banner->setText(warning);
    m_banner->setVisible(!warning.isEmpty());
    m_problems.show({});
    m_given->setFocus();
}

void CitizenEditor::edit(const Citizen &citizen)
{
    m_new = false;
    m_original = citizen;
    setCurrent(citizen);
    m_title->setText(tr("Edit %1").arg(citizen.displayName()));
    m_banner->hide();
    m_problems.show({});
    m_given->setFocus();
}

void CitizenEditor::setCurrent(const Citizen &c)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(c.kind))));
    m_given->setText(c.givenName);
    m_family->setText(c.familyName);
    m_organisation->setText(c.organisation);
    m_taxId->setText(c.taxId);
    for (int i = 0; i < m_phones.size(); ++i) {
        const QString typed = i < c.phones.size() ? c.phones[i].typed : QString();
        m_phones[i]->setText(typed);
        const ParsedPhone p = m_desk.phones().parse(typed);
        m_phoneFormatted[i]->setText(p.e164.isEmpty() ? QString() : p.national);
    }
    m_email->setText(c.emails.value(0).address);
    m_address->setText(c.address);
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.preferredLanguage)));
    for (auto it = m_consents.begin(); it != m_consents.end(); ++it) {
        bool granted = false;
        for (const Consent &k : c.consents)
            if (k.channel == it.key())
                granted = k.granted;
        it.value()->setChecked(granted);
    }
    m_notes->setPlainText(c.notes);
}

Citizen CitizenEditor::current() const
{
    Citizen c = m_original;
    c.kind = CitizenKind(m_kind->currentData().toInt());
    c.givenName = m_given->text();
    c.familyName = m_family->text();
    c.organisation = m_organisation->text();
    c.taxId = m_taxId->text();
    c.phones.clear();
    for (int i = 0; i < m_phones.size(); ++i) {
        CitizenPhone p;
        p.typed = m_phones[i]->text();
        p.label = QString::fromLatin1(phoneLabels[i]);
        // Labels of phones beyond the three fields of the form are kept from the original.
        c.phones.append(p);
    }
    for (qsizetype i = m_phones.size(); i < m_original.phones.size(); ++i)
        c.phones.append(m_original.phones[i]);
    QList<CitizenEmail> emails;
    emails.append({m_email->text(), m_original.emails.value(0).label});
    for (qsizetype i = 1; i < m_original.emails.size(); ++i)
        emails.append(m_original.emails[i]);
    c.emails = emails;
    c.address = m_address->text();
    c.preferredLanguage = m_language->currentData().toString();
    const qint64 now = m_desk.clock()();
    QList<Consent> consents;
    for (auto it = m_consents.cbegin(); it != m_consents.cend(); ++it) {
        bool before = false;
        qint64 at = now;
        QString source; // who set it: kept while it stays as it was (a citizen's own opt-out), the desk's once changed
        for (const Consent &k : m_original.consents) {
            if (k.channel == it.key()) {
                before = k.granted;
                at = k.at;
                source = k.source;
            }
        }
        const bool granted = it.value()->isChecked();
        if (granted || before != granted || std::any_of(m_original.consents.begin(), m_original.consents.end(),
                                                        [&](const Consent &k) { return k.channel == it.key(); }))
            consents.append(granted == before ? Consent{it.key(), granted, at, source} : Consent{it.key(), granted, now, {}});
    }
    c.consents = consents;
    c.notes = m_notes->toPlainText();
    return c;
}

bool CitizenEditor::save()
{
    Citizen c = current();
    const qint64 now = m_desk.clock()();
    if (m_new) {
        c.id = IdGenerator().next(now);
        c.tenantId = m_desk.tenant().id;
        c.createdAt = now;
    }
    c.stamp = {now, m_desk.user().id};
    CitizenCheck check = checkCitizen(c, m_desk.phones(), m_desk.tenant().country);
    // A new citizen with a phone or an e-mail: the caller is asked whether the municipality may write to them
    // there, once; saving again records what was not ticked as their "no", with the time it was said.
    const QList<ContactChannel> ask = m_new && check.canSave() ? consentToAsk(check.citizen) : QList<ContactChannel>{};
    if (!ask.isEmpty() && !m_consentAsked) {
        QStringList channels;
        for (ContactChannel ch : ask)
            channels.append(displayName(ch));
        check.problems.append({QStringLiteral("consent"),
                               tr("Ask the caller: may the municipality tell them of their requests by %1? Tick what they agree to and "
                                  "save again (Ctrl+S); what stays unticked is recorded as their \"no\".")
                                   .arg(channels.join(tr(" and "))),
                               false});
        m_problems.show(check.problems);
        m_consentAsked = true;
        m_consents.value(ask.front())->setFocus();
        return false;
    }
    if (m_new && m_consentAsked) {
        for (ContactChannel ch : ask)
            if (std::none_of(check.citizen.consents.begin(), check.citizen.consents.end(), [&](const Consent &k) { return k.channel == ch; }))
                check.citizen.consents.append({ch, false, now});
    }
    m_problems.show(check.problems);
    if (!check.canSave()) {
        for (const FieldProblem &p : check.problems) {
            if (!p.blocking)
                continue;
            const QString f = p.field;
            QWidget *target = f == QLatin1String("name") ? static_cast<QWidget *>(m_given)
                : f == QLatin1String("organisation")     ? m_organisation
                : f == QLatin1String("taxId")            ? m_taxId
                : f.startsWith(QLatin1String("email"))   ? m_email
                : f == QLatin1String("language")         ? static_cast<QWidget *>(m_language)
                                                         : m_given;
            target->setFocus();
            break;
        }
        return false;
    }
    QJsonObject args{{QStringLiteral("citizen"), QJsonDocument::fromJson(citizenToJson(check.citizen).toUtf8()).object()},
                     {QStringLiteral("isNew"), m_new}};
    if (!m_new) // the version this edit started from: another desk's save since then is a conflict, not lost
        args.insert(QStringLiteral("baseUpdatedAt"), QString::number(m_original.stamp.updatedAt));
    Status s = m_desk.runStatus(CommandName::SaveCitizen, args);
    if (!s) {
        m_problems.show({{QStringLiteral("name"), s.error().message, true}});
        return false;
    }
    const bool created = m_new;
    m_new = false;
    m_original = check.citizen;
    Q_EMIT citizenSaved(check.citizen.id, created);
    return true;
}

QList<ContactChannel> CitizenEditor::consentToAsk(const Citizen &c) const
{
    QList<ContactChannel> out;
    const bool phone = std::any_of(c.phones.begin(), c.phones.end(), [](const CitizenPhone &p) { return !p.e164.isEmpty(); });
    const bool email = std::any_of(c.emails.begin(), c.emails.end(), [](const CitizenEmail &e) { return !e.address.trimmed().isEmpty(); });
    if (phone && !m_consentTouched.contains(ContactChannel::Sms))
        out.append(ContactChannel::Sms);
    if (email && !m_consentTouched.contains(ContactChannel::Email))
        out.append(ContactChannel::Email);
    return out;
}

bool CitizenEditor::hasTypedAnything() const
{
    for (const QLineEdit *e : {m_given, m_family, m_organisation, m_taxId, m_email, m_address}) {
        if (!e->text().trimmed().isEmpty())
            return true;
    }
    return !m_notes->toPlainText().trimmed().isEmpty();
}

void CitizenEditor::setAnonymousOffered(bool offered)
{
    m_anonymous->setVisible(offered && m_new);
}

} // namespace CivicDesk
