// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeform.h"

#include "core/session/desksession.h"
#include "ui/desk/matchfield.h"
#include "ui/map/mapsetup.h"
#include "ui/map/mapwidget.h"
#include "core/storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleValidator>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

QString age(qint64 ms)
{
    const qint64 hours = ms / 3600000;
    if (hours < 1)
        return IntakeForm::tr("%n min", nullptr, int(std::max<qint64>(1, ms / 60000)));
    if (hours < 48)
        return IntakeForm::tr("%n h", nullptr, int(hours));
    return IntakeForm::tr("%n days", nullptr, int(hours / 24));
}

} // namespace

IntakeForm::IntakeForm(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_caller(new QLabel(this))
    , m_type(new MatchField(this))
    , m_typeInfo(new QLabel(this))
    , m_attributesBox(new QWidget(this))
    , m_attributesLayout(new QFormLayout(m_attributesBox))
    , m_address(new MatchField(this))
    , m_place(new QLabel(this))
    , m_map(new MapWidget(this))
    , m_coordinates(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_urgency(new QComboBox(this))
    , m_emergency(new QCheckBox(tr("E&mergency: danger to people or property"), this))
    , m_emergencyBanner(new QLabel(this))
    , m_attachments(new QListWidget(this))
    , m_attach(new QPushButton(tr("Attach &photos…"), this))
    , m_duplicates(new QTableWidget(0, 5, this))
    , m_duplicatesTitle(new QLabel(this))
    , m_link(new QPushButton(tr("&Join selected request (Ctrl+L)"), this))
    , m_file(new QPushButton(tr("&File new request (Ctrl+Enter)"), this))
{
    m_type->edit()->setPlaceholderText(tr("Type what the problem is: pothole, light, rubbish…"));
    m_type->edit()->setAccessibleName(tr("Type of problem"));
    m_typeInfo->setWordWrap(true);
    m_typeInfo->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_address->edit()->setPlaceholderText(tr("Street and number, e.g. %1").arg(QStringLiteral("Ερμού 12")));
    m_address->edit()->setAccessibleName(tr("Address"));
    m_coordinates->setPlaceholderText(tr("or latitude, longitude: 37.9755, 23.7348"));
    m_coordinates->setAccessibleName(tr("Coordinates"));
    m_place->setWordWrap(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the caller says, in their words"));
    m_description->setMaximumHeight(fontMetrics().height() * 5);
    m_urgency->addItem(tr("Can wait"), 1);
    m_urgency->addItem(tr("Normal"), 2);
    m_urgency->addItem(tr("Urgent"), 3);
    m_urgency->setCurrentIndex(1);
    m_urgency->setAccessibleName(tr("Urgency"));
    m_emergency->setAccessibleName(tr("Emergency"));
    m_emergencyBanner->setWordWrap(true);
    m_emergencyBanner->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; padding: 8px; border-radius: 3px; }"));
    m_emergencyBanner->hide();
    m_attachments->setAccessibleName(tr("Photos"));
    m_attachments->setMaximumHeight(fontMetrics().height() * 3);
    m_attachments->setFocusPolicy(Qt::NoFocus);
    m_attachments->hide();
    m_caller->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_duplicates->setHorizontalHeaderLabels({tr("Tracking no."), tr("Distance"), tr("Age"), tr("Status"), tr("Reporters · address · description")});
    m_duplicates->setAccessibleName(tr("Possible duplicates"));
    m_duplicates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_duplicates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->verticalHeader()->hide();
    m_duplicates->horizontalHeader()->setStretchLastSection(true);
    m_duplicates->setFocusPolicy(Qt::ClickFocus);
    m_duplicatesTitle->setWordWrap(true);
    m_link->setEnabled(false);
    m_file->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto withProblem = [&](QWidget *w, const QString &field, QWidget *extra = nullptr) {
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(w);
        if (extra)
            box->addWidget(extra);
        box->addWidget(m_problems.add(field, this));
        return box;
    };
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type->edit());
    form->addRow(typeLabel, withProblem(m_type, QStringLiteral("type"), m_typeInfo));
    auto *addressLabel = new QLabel(tr("&Where:"), this);
    addressLabel->setBuddy(m_address->edit());
    auto *where = withProblem(m_address, QStringLiteral("address"), m_place);
    where->addWidget(m_coordinates);
    where->addWidget(m_problems.add(QStringLiteral("location"), this));
    form->addRow(addressLabel, where);
    form->addRow(QString(), m_attributesBox);
    m_attributesLayout->setContentsMargins(0, 0, 0, 0);
    m_attributesLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, withProblem(m_description, QStringLiteral("description")));
    auto *urgencyLabel = new QLabel(tr("&Urgency:"), this);
    urgencyLabel->setBuddy(m_urgency);
    form->addRow(urgencyLabel, m_urgency);
    form->addRow(QString(), m_emergency);
    form->addRow(QString(), m_emergencyBanner);
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attach);
    attachRow->addStretch();
    auto *attachBox = new QVBoxLayout;
    attachBox->addLayout(attachRow);
    attachBox->addWidget(m_attachments);
    attachBox->addWidget(m_problems.add(QStringLiteral("attachment"), this));
    form->addRow(tr("Photos:"), attachBox);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_caller);
    leftLayout->addLayout(form);
    leftLayout->addStretch();

    // The map: where the address points, and a click sets the place when the caller knows no address.
    auto *mapBox = new QGroupBox(tr("On the map: click to set the place"), this);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(2, 2, 2, 2);
    mapLayout->addWidget(m_map);
    m_map->setPickMode(true);
    m_map->setMinimumHeight(220);
    m_map->setLayerVisible(MapWidget::Layer::Legend, false);
    m_map->setLayerVisible(MapWidget::Layer::Heat, false);
    m_map->setLayerVisible(MapWidget::Layer::Route, false);
    m_map->setFocusPolicy(Qt::ClickFocus);
    m_map->setAccessibleName(tr("Map of the place"));
    connect(m_map, &MapWidget::locationPicked, this, &IntakeForm::pickLocation);
    connect(&m_desk.mapPointsLoader(), &MapPointsLoader::loaded, this, [this](std::shared_ptr<const MapPoints> points) {
        if (m_mapReady)
            m_map->setPoints(std::move(points));
    });
    auto *dupBox = new QGroupBox(tr("Open requests nearby"), this);
    auto *dupLayout = new QVBoxLayout(dupBox);
    dupLayout->addWidget(m_duplicatesTitle);
    dupLayout->addWidget(m_duplicates);

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(cancel);
    buttons->addStretch();
    buttons->addWidget(m_link);
    buttons->addWidget(m_file);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(mapBox);
    right->addWidget(dupBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    // Focus order: type, place, the type's questions, description, urgency, emergency, photos, buttons.
    setTabOrder(m_type->edit(), m_address->edit());
    setTabOrder(m_address->edit(), m_coordinates);

    connect(m_type, &MatchField::textEdited, this, &IntakeForm::updateTypeMatches);
    connect(m_type, &MatchField::chosen, this, [this](const QVariant &data, const QString &) {
        chooseType(data.toString());
        m_address->edit()->setFocus();
    });
    connect(m_address, &MatchField::textEdited, this, &IntakeForm::updateAddressMatches);
    connect(m_address, &MatchField::chosen, this, [this](const QVariant &data, const QString &) {
        const int i = data.toInt();
        if (i >= 0 && i < m_addressMatches.size())
            setAddress(m_addressMatches[i]);
        // On to the first question of the type, else the description.
        QWidget *next = m_description;
        const ServiceType *t = m_desk.intake().type(m_draft.typeId);
        if (t && !t->attributes.isEmpty())
            next = m_attributeFields.value(t->attributes.front().code, m_description);
        next->setFocus();
    });
    connect(m_address, &MatchField::enterWithoutMatch, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty() && !m_draft.location.isValid())
            m_problems.show({{QStringLiteral("address"), tr("“%1” is not in the street gazetteer: check the spelling or enter coordinates.").arg(text.trimmed()), true}});
    });
    connect(m_coordinates, &QLineEdit::textEdited, this, &IntakeForm::coordinatesEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_draft.description = m_description->toPlainText();
            changed();
        }
    });
    connect(m_urgency, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            m_draft.urgency = m_urgency->currentData().toInt();
            changed();
        }
    });
    connect(m_emergency, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading) {
            m_draft.emergency = on;
            changed();
        }
        updateEmergency();
    });
    connect(m_attach, &QPushButton::clicked, this, &IntakeForm::addAttachments);
    connect(m_duplicates, &QTableWidget::itemSelectionChanged, this, [this] {
        m_link->setEnabled(!m_duplicates->selectedItems().isEmpty());
    });
    connect(m_duplicates, &QTableWidget::cellDoubleClicked, this, [this](int, int) { linkToSelected(); });
    connect(m_link, &QPushButton::clicked, this, &IntakeForm::linkToSelected);
    connect(m_file, &QPushButton::clicked, this, &IntakeForm::fileNew);
    connect(cancel, &QPushButton::clicked, this, &IntakeForm::cancelled);

    auto *fileKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &IntakeForm::fileNew);
    fileKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *fileKey2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &IntakeForm::fileNew);
    fileKey2->setContext(Qt::WidgetWithChildrenShortcut);
    auto *linkKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this, this, &IntakeForm::linkToSelected);
    linkKey->setContext(Qt::WidgetWithChildrenShortcut);
    // Alt+Down / Alt+Up choose among the duplicates without leaving the field being typed in.
    auto *nextDup = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this, this, [this] {
        if (m_duplicates->rowCount() > 0)
            m_duplicates->selectRow(std::min(m_duplicates->rowCount() - 1, m_duplicates->currentRow() + 1));
    });
    nextDup->setContext(Qt::WidgetWithChildrenShortcut);
    auto *prevDup = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this, this, [this] {
        if (m_duplicates->rowCount() > 0)
            m_duplicates->selectRow(std::max(0, m_duplicates->currentRow() - 1));
    });
    prevDup->setContext(Qt::WidgetWithChildrenShortcut);
}

void IntakeForm::start(const QString &callId, const QString &callerNumber, const QString &citizenId, const QString &citizenLanguage)
{
    IntakeDraft d;
    d.callId = callId;
    d.callerNumber = callerNumber;
    d.citizenId = citizenId;
    d.channel = callerNumber.isEmpty() && callId.isEmpty() ? Channel::WalkIn : Channel::Phone;
    restore(d, citizenLanguage);
}

void IntakeForm::showAttachments()
{
    // The files chosen here, and the photos already kept (those of a citizen's e-mail).
    m_attachments->clear();
    m_attachments->addItems(m_draft.attachments);
    for (const StoredPhoto &p : std::as_const(m_draft.photos))
        m_attachments->addItem(p.fileName);
    m_attachments->setVisible(m_attachments->count() > 0);
}

void IntakeForm::restore(const IntakeDraft &draft, const QString &citizenLanguage)
{
    m_loading = true;
    m_draft = draft;
    m_citizenLanguage = citizenLanguage;
    m_caller->setText(!draft.mailId.isEmpty()      ? tr("New request — from a citizen's e-mail")
                      : draft.citizenId.isEmpty() ? tr("New request — anonymous caller")
                                                  : tr("New request"));
    const ServiceType *t = m_desk.intake().type(draft.typeId);
    m_type->setTextQuietly(t ? t->name.best(m_desk.uiLanguage()) : QString());
    m_type->setMatches({}, {});
    m_typeInfo->clear();
    buildAttributeFields();
    m_address->setTextQuietly(draft.address);
    m_address->setMatches({}, {});
    m_coordinates->setText(draft.location.isValid() && draft.address.isEmpty()
                               ? QStringLiteral("%1, %2").arg(draft.location.latitude(), 0, 'f', 6).arg(draft.location.longitude(), 0, 'f', 6)
                               : QString());
    m_place->setText(draft.location.isValid() ? m_desk.intake().gazetteer().districtName(draft.districtId) : QString());
    m_description->setPlainText(draft.description);
    m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(draft.urgency)));
    m_emergency->setChecked(draft.emergency);
    showAttachments();
    m_problems.show({});
    m_loading = false;
    showOnMap();
    updateEmergency();
    if (t)
        m_typeInfo->setText(tr("Priority %1 · target %n working hour(s) · duplicates within %2 m", nullptr, t->deadlineHours)
                                .arg(displayName(t->defaultPriority))
                                .arg(t->duplicateRadiusM));
    refreshDuplicates();
    m_type->edit()->setFocus();
    if (!draft.typeId.isEmpty())
        updateTypeMatches({});
}

void IntakeForm::changed()
{
    if (!m_loading)
        Q_EMIT draftChanged();
}

void IntakeForm::updateTypeMatches(const QString &text)
{
    if (text.isEmpty() && !m_draft.typeId.isEmpty()) {
        m_type->setMatches({}, {});
        return;
    }
    const QList<TypeMatch> matches = m_desk.typeMatcher(m_citizenLanguage).match(text, 8);
    QStringList texts;
    QVariantList data;
    for (const TypeMatch &m : matches) {
        QString shown = m.name;
        if (!m.groupName.isEmpty())
            shown += QStringLiteral("  —  ") + m.groupName;
        if (!m.matched.isEmpty())
            shown += QStringLiteral("  (") + m.matched + u')';
        texts.append(shown);
        data.append(m.typeId);
    }
    m_type->setMatches(texts, data);
    if (matches.isEmpty() && !text.trimmed().isEmpty())
        m_problems.show({{QStringLiteral("type"), tr("No type matches “%1”.").arg(text.trimmed()), true}});
    else
        m_problems.clear(QStringLiteral("type"));
}

void IntakeForm::chooseType(const QString &typeId)
{
    const ServiceType *t = m_desk.intake().type(typeId);
    if (!t)
        return;
    m_draft.typeId = typeId;
    m_type->setTextQuietly(t->name.best(m_desk.uiLanguage()));
    m_problems.clear(QStringLiteral("type"));
    // Keep answers that the new type also asks.
    QMap<QString, QString> kept;
    for (const ServiceAttribute &a : t->attributes)
        if (m_draft.attributes.contains(a.code))
            kept.insert(a.code, m_draft.attributes.value(a.code));
    m_draft.attributes = kept;
    m_loading = true;
    buildAttributeFields();
    m_loading = false;
    m_typeInfo->setText(tr("Priority %1 · target %n working hour(s) · duplicates within %2 m", nullptr, t->deadlineHours)
                            .arg(displayName(t->defaultPriority))
                            .arg(t->duplicateRadiusM));
    changed();
    refreshDuplicates();
}

void IntakeForm::buildAttributeFields()
{
    while (m_attributesLayout->rowCount() > 0)
        m_attributesLayout->removeRow(0);
    m_problems.forget(QStringLiteral("attr:"));
    m_attributeFields.clear();
    const ServiceType *t = m_desk.intake().type(m_draft.typeId);
    if (!t) {
        m_attributesBox->hide();
        return;
    }
    const QString lang = m_desk.uiLanguage();
    QWidget *previous = m_coordinates;
    for (const ServiceAttribute &a : t->attributes) {
        const QString value = m_draft.attributes.value(a.code);
        QWidget *field = nullptr;
        switch (a.datatype) {
        case AttributeDatatype::SingleValueList: {
            auto *combo = new QComboBox(m_attributesBox);
            combo->addItem(a.required ? tr("— choose —") : tr("— not known —"), QString());
            for (const AttributeValue &v : a.values)
                combo->addItem(v.name.best(lang), v.key);
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { readAttributes(); });
            field = combo;
            break;
        }
        case AttributeDatatype::MultiValueList: {
            auto *list = new QListWidget(m_attributesBox);
            const QStringList chosen = value.split(u',', Qt::SkipEmptyParts);
            for (const AttributeValue &v : a.values) {
                auto *item = new QListWidgetItem(v.name.best(lang), list);
                item->setData(Qt::UserRole, v.key);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(chosen.contains(v.key) ? Qt::Checked : Qt::Unchecked);
            }
            list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(5, int(a.values.size())) + 4);
            connect(list, &QListWidget::itemChanged, this, [this] { readAttributes(); });
            field = list;
            break;
        }
        case AttributeDatatype::Number: {
            auto *edit = new QLineEdit(value, m_attributesBox);
            auto *validator = new QDoubleValidator(edit);
            validator->setLocale(QLocale::c());
            edit->setValidator(validator);
            connect(edit, &QLineEdit::textEdited, this, [this] { readAttributes(); });
            field = edit;
            break;
        }
        case AttributeDatatype::Datetime: {
            auto *edit = new QDateTimeEdit(m_attributesBox);
            edit->setCalendarPopup(true);
            const QDateTime dt = QDateTime::fromString(value, Qt::ISODate);
            edit->setDateTime(dt.isValid() ? dt : QDateTime::fromMSecsSinceEpoch(m_desk.clock()()));
            connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { readAttributes(); });
            field = edit;
            break;
        }
        case AttributeDatatype::Text: {
            auto *edit = new QPlainTextEdit(value, m_attributesBox);
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(fontMetrics().height() * 4);
            connect(edit, &QPlainTextEdit::textChanged, this, [this] { readAttributes(); });
            field = edit;
            break;
        }
        case AttributeDatatype::String: {
            auto *edit = new QLineEdit(value, m_attributesBox);
            connect(edit, &QLineEdit::textEdited, this, [this] { readAttributes(); });
            field = edit;
            break;
        }
        }
        const QString description = a.description.best(lang).isEmpty() ? a.code : a.description.best(lang);
        field->setAccessibleName(description);
        field->setObjectName(QStringLiteral("attr_") + a.code);
        auto *box = new QWidget(m_attributesBox);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(1);
        boxLayout->addWidget(field);
        boxLayout->addWidget(m_problems.add(QStringLiteral("attr:") + a.code, box));
        m_attributesLayout->addRow(description + (a.required ? QStringLiteral(" *:") : QStringLiteral(":")), box);
        m_attributeFields.insert(a.code, field);
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_description);
    m_attributesBox->setVisible(!t->attributes.isEmpty());
}

void IntakeForm::readAttributes()
{
    if (m_loading)
        return;
    const ServiceType *t = m_desk.intake().type(m_draft.typeId);
    if (!t)
        return;
    for (const ServiceAttribute &a : t->attributes) {
        QWidget *w = m_attributeFields.value(a.code);
        QString value;
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            value = combo->currentData().toString();
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            QStringList keys;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    keys.append(list->item(i)->data(Qt::UserRole).toString());
            value = keys.join(u',');
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            value = edit->text();
        } else if (auto *dt = qobject_cast<QDateTimeEdit *>(w)) {
            value = dt->dateTime().toUTC().toString(Qt::ISODate);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            value = text->toPlainText();
        }
        if (value.isEmpty())
            m_draft.attributes.remove(a.code);
        else {
            m_draft.attributes.insert(a.code, value);
            m_problems.clear(QStringLiteral("attr:") + a.code);
        }
    }
    changed();
}

void IntakeForm::updateAddressMatches(const QString &text)
{
    m_draft.address = text;
    // Typing a new address forgets the place of the previous one.
    m_draft.location = {};
    m_draft.districtId.clear();
    m_place->clear();
    m_problems.clear(QStringLiteral("address"));
    m_addressMatches = m_desk.intake().gazetteer().complete(text, 8);
    QStringList texts;
    QVariantList data;
    for (int i = 0; i < m_addressMatches.size(); ++i) {
        const AddressMatch &m = m_addressMatches[i];
        QString shown = m.label;
        const QString district = m_desk.intake().gazetteer().districtName(m.districtId);
        if (m.number > 0 && !m.numberKnown)
            shown += QStringLiteral("  —  ") + tr("number not on this street");
        else if (!district.isEmpty())
            shown += QStringLiteral("  —  ") + district;
        texts.append(shown);
        data.append(i);
    }
    m_address->setMatches(texts, data);
    changed();
    refreshDuplicates();
}

void IntakeForm::setAddress(const AddressMatch &m)
{
    m_address->setTextQuietly(m.label);
    m_draft.address = m.label;
    if (!m.location.isValid()) {
        m_draft.location = {};
        m_draft.districtId.clear();
        m_place->clear();
        m_problems.show({{QStringLiteral("address"), tr("Number %1 is not on %2 in the gazetteer: give another number or the coordinates.").arg(m.number).arg(m.street), true}});
    } else {
        m_draft.location = m.location;
        m_draft.districtId = m.districtId;
        m_coordinates->clear();
        m_problems.clear(QStringLiteral("address"));
        m_problems.clear(QStringLiteral("location"));
        m_place->setText(tr("%1 · %2, %3")
                             .arg(m_desk.intake().gazetteer().districtName(m.districtId))
                             .arg(m.location.latitude(), 0, 'f', 5)
                             .arg(m.location.longitude(), 0, 'f', 5));
    }
    showOnMap();
    changed();
    refreshDuplicates();
}

void IntakeForm::coordinatesEdited(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(-?\\d{1,2}(?:[.,]\\d+)?)\\s*[,;\\s]\\s*(-?\\d{1,3}(?:[.,]\\d+)?)\\s*$"));
    const QRegularExpressionMatch match = re.match(text);
    m_problems.clear(QStringLiteral("location"));
    if (text.trimmed().isEmpty())
        return;
    if (!match.hasMatch()) {
        m_problems.show({{QStringLiteral("location"), tr("Write the coordinates as latitude, longitude (e.g. 37.9755, 23.7348)."), true}});
        return;
    }
    QString a = match.captured(1), b = match.captured(2);
    const QGeoCoordinate point(a.replace(u',', u'.').toDouble(), b.replace(u',', u'.').toDouble());
    if (!point.isValid()) {
        m_problems.show({{QStringLiteral("location"), tr("These are not coordinates on Earth."), true}});
        return;
    }
    if (refuseOutside(point))
        return;
    m_draft.location = point;
    m_draft.districtId = m_desk.intake().gazetteer().districtAt(point);
    m_draft.address.clear();
    m_address->setTextQuietly(QString());
    m_place->setText(m_desk.intake().gazetteer().districtName(m_draft.districtId));
    showOnMap();
    changed();
    refreshDuplicates();
}

bool IntakeForm::refuseOutside(const QGeoCoordinate &point)
{
    if (!m_desk.intake().gazetteer().isOutside(point))
        return false;
    m_problems.show({{QStringLiteral("location"), tr("%1, %2 is outside the municipality.").arg(point.latitude(), 0, 'f', 5).arg(point.longitude(), 0, 'f', 5), true}});
    return true;
}

void IntakeForm::pickLocation(const QGeoCoordinate &at)
{
    const Gazetteer &gazetteer = m_desk.intake().gazetteer();
    m_problems.clear(QStringLiteral("address"));
    m_problems.clear(QStringLiteral("location"));
    if (refuseOutside(at)) {
        m_map->setPin(m_draft.location);
        return;
    }
    m_draft.location = at;
    const std::optional<AddressMatch> near = gazetteer.nearest(at);
    m_draft.districtId = near ? near->districtId : gazetteer.districtAt(at);
    const QString coordinates = QStringLiteral("%1, %2").arg(at.latitude(), 0, 'f', 6).arg(at.longitude(), 0, 'f', 6);
    if (near) {
        // The nearest address names the place; the point clicked stays the location.
        m_draft.address = near->label;
        m_address->setTextQuietly(near->label);
        m_coordinates->clear();
    } else {
        m_draft.address.clear();
        m_address->setTextQuietly(QString());
        m_coordinates->setText(coordinates);
    }
    m_address->setMatches({}, {});
    m_place->setText(tr("%1 · %2 (from the map)").arg(gazetteer.districtName(m_draft.districtId), coordinates));
    m_map->setPin(at);
    changed();
    refreshDuplicates();
}

void IntakeForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The map is set up when first seen, and its requests read again when they changed.
    if (!m_mapReady) {
        m_mapReady = true;
        setUpMap(*m_map, m_desk);
        if (m_draft.location.isValid())
            m_map->setView(m_draft.location, 16);
    }
    m_map->setPoints(m_desk.mapPoints());
}

void IntakeForm::showOnMap()
{
    m_map->setPin(m_draft.location);
    if (m_draft.location.isValid())
        m_map->flyTo(m_draft.location, std::max(m_map->zoom(), 16.0));
}

void IntakeForm::refreshDuplicates()
{
    QElapsedTimer timer;
    timer.start();
    const ServiceType *t = m_desk.intake().type(m_draft.typeId);
    m_candidates.clear();
    if (t && m_draft.location.isValid())
        m_candidates = m_desk.duplicates().find(t->id, m_draft.location, t->duplicateRadiusM, m_desk.clock()());
    m_duplicates->setRowCount(int(m_candidates.size()));
    const QLocale locale;
    const qint64 now = m_desk.clock()();
    for (int row = 0; row < m_candidates.size(); ++row) {
        const DuplicateCandidate &c = m_candidates[row];
        m_duplicates->setItem(row, 0, new QTableWidgetItem(c.trackingNumber));
        m_duplicates->setItem(row, 1, new QTableWidgetItem(tr("%1 m").arg(locale.toString(qRound(c.distanceM)))));
        m_duplicates->setItem(row, 2, new QTableWidgetItem(age(now - c.createdAt)));
        m_duplicates->setItem(row, 3, new QTableWidgetItem(displayName(c.status)));
        m_duplicates->setItem(row, 4, new QTableWidgetItem(tr("%n reporter(s)", nullptr, c.reporters) + QStringLiteral(" · ") + c.address +
                                                           (c.description.isEmpty() ? QString() : QStringLiteral(" · ") + c.description.left(80))));
    }
    if (!t || !m_draft.location.isValid())
        m_duplicatesTitle->setText(tr("Open requests of the same type nearby show here once the type and the place are known."));
    else if (m_candidates.isEmpty())
        m_duplicatesTitle->setText(tr("No open request of this type within %1 m in the last 30 days.").arg(t->duplicateRadiusM));
    else {
        m_duplicatesTitle->setText(tr("<b>%n open request(s) of this type within %1 m</b> — the same problem? Join it with Ctrl+L "
                                      "(Alt+Up/Down to choose), or file a new one with Ctrl+Enter.", nullptr, int(m_candidates.size()))
                                       .arg(t->duplicateRadiusM));
        m_duplicates->selectRow(0);
        m_duplicates->resizeColumnsToContents();
    }
    m_link->setEnabled(!m_candidates.isEmpty());
    // With the same problem nearby, joining it ("me too") is the default; a new request takes a second Ctrl+Enter.
    m_newConfirmed = false;
    m_link->setDefault(!m_candidates.isEmpty());
    m_file->setDefault(m_candidates.isEmpty());
    m_file->setText(tr("&File new request (Ctrl+Enter)"));
    m_lastLookupMs = double(timer.nsecsElapsed()) / 1e6;
}

void IntakeForm::updateEmergency()
{
    const bool on = m_emergency->isChecked();
    m_emergencyBanner->setText(tr("EMERGENCY — if anyone is in danger, tell the caller to hang up and call %1 now. "
                                  "The request will be filed at the top priority and the emergency is logged.")
                                   .arg(m_desk.tenant().emergencyNumber));
    m_emergencyBanner->setVisible(on);
}

void IntakeForm::addAttachments()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach photos"), QString(),
                                                            tr("Photos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)"));
    if (files.isEmpty())
        return;
    for (const QString &f : files)
        if (!m_draft.attachments.contains(f))
            m_draft.attachments.append(f);
    showAttachments();
    changed();
}

Result<FiledRequest> IntakeForm::submit(const QString &linkTo)
{
    readAttributes();
    m_draft.description = m_description->toPlainText();
    if (linkTo.isEmpty()) {
        const QList<FieldProblem> problems = m_desk.intake().check(m_draft);
        if (!problems.isEmpty()) {
            m_problems.show(problems);
            const QString first = problems.front().field;
            QWidget *target = first == QLatin1String("type") ? static_cast<QWidget *>(m_type->edit())
                : first == QLatin1String("address")          ? m_address->edit()
                : first == QLatin1String("location")         ? (m_coordinates->text().isEmpty() ? m_address->edit() : static_cast<QWidget *>(m_coordinates))
                : first.startsWith(QLatin1String("attr:"))   ? m_attributeFields.value(first.mid(5), m_description)
                                                             : static_cast<QWidget *>(m_description);
            target->setFocus();
            return problems.front().message.isEmpty() ? Error{} : Error{QStringLiteral("intake.incomplete"), problems.front().message};
        }
        return m_desk.fileRequest(m_draft);
    }
    return m_desk.fileRequest(m_draft, linkTo);
}

bool IntakeForm::fileNew()
{
    if (!m_candidates.isEmpty() && !m_newConfirmed) {
        // The same problem may be reported already: say which, and let the operator choose on purpose.
        const int row = std::max(0, m_duplicates->currentRow());
        const DuplicateCandidate &c = m_candidates[std::min<qsizetype>(row, m_candidates.size() - 1)];
        m_newConfirmed = true;
        m_duplicatesTitle->setText(tr("<b>%1 (%2, %3 m away) may be the same problem.</b> Ctrl+L adds the caller to it (“me too”); "
                                      "Ctrl+Enter again files a new request.")
                                       .arg(c.trackingNumber.toHtmlEscaped(), displayName(c.status).toHtmlEscaped(), QLocale().toString(qRound(c.distanceM))));
        m_file->setText(tr("File a &new one anyway (Ctrl+Enter)"));
        return false;
    }
    Result<FiledRequest> r = submit({});
    if (!r) {
        if (r.error().code != QLatin1String("intake.incomplete"))
            m_problems.show({{QStringLiteral("type"), r.error().message, true}});
        return false;
    }
    Q_EMIT filed(r.value());
    return true;
}

bool IntakeForm::linkToSelected()
{
    const int row = m_duplicates->currentRow();
    if (row < 0 || row >= m_candidates.size())
        return false;
    Result<FiledRequest> r = submit(m_candidates[row].requestId);
    if (!r) {
        m_problems.show({{QStringLiteral("type"), r.error().message, true}});
        return false;
    }
    Q_EMIT filed(r.value());
    return true;
}

} // namespace CivicDesk
