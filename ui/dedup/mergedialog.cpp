// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "services/companyrepository.h"
#include "services/contactrepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace crm::ui {

using core::dedup::MergeService;
using core::dedup::RecordKind;

MergeDialog::MergeDialog(core::DatabasePtr db, RecordKind kind, QList<QByteArray> ids,
                         QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_kind(kind)
    , m_ids(std::move(ids))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(kind == RecordKind::Company ? tr("Merge companies") : tr("Merge contacts"));
    core::ContactRepository contacts(m_db);
    core::CompanyRepository companies(m_db);
    for (const QByteArray &id : std::as_const(m_ids)) {
        QHash<QString, QString> v;
        if (kind == RecordKind::Contact) {
            auto c = contacts.get(id);
            if (!c) {
                m_error = c.error().message();
                break;
            }
            for (const auto &f : MergeService::fields(kind))
                v.insert(f.key, MergeService::value(c.value(), f.key));
            v.insert(QStringLiteral("company"), c->companyName); // shown by name
            v.insert(QStringLiteral("company_id"), MergeService::value(c.value(), u"company"_qs));
            m_names << c->displayName();
        } else {
            auto c = companies.get(id);
            if (!c) {
                m_error = c.error().message();
                break;
            }
            for (const auto &f : MergeService::fields(kind))
                v.insert(f.key, MergeService::value(c.value(), f.key));
            m_names << c->name;
        }
        m_values << v;
    }
    build();
}

void MergeDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    if (!m_error.isEmpty() || m_values.size() < 2) {
        auto *error =
            new QLabel(m_error.isEmpty() ? tr("Choose two or more records to merge.") : m_error);
        error->setObjectName(QStringLiteral("mergeErrorLabel"));
        error->setWordWrap(true);
        layout->addWidget(error);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        return;
    }
    auto *intro = new QLabel(
        tr("Choose the record to keep and, where they differ, whose value each field keeps. "
           "The others are deleted; their activities and deals move to the one kept. Undo "
           "(Ctrl+Z) or Unmerge takes it back."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    int row = 0;
    auto *keep = new QLabel(tr("Keep"));
    keep->setStyleSheet(QStringLiteral("font-weight: bold"));
    grid->addWidget(keep, row, 0);
    m_survivor = new QButtonGroup(this);
    for (int i = 0; i < m_values.size(); ++i) {
        auto *r = new QRadioButton(m_names[i]);
        r->setObjectName(QStringLiteral("survivorRadio%1").arg(i));
        r->setStyleSheet(QStringLiteral("font-weight: bold"));
        r->setChecked(i == 0);
        m_survivor->addButton(r, i);
        grid->addWidget(r, row, i + 1);
    }
    ++row;
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, row++, 0, 1, int(m_values.size()) + 1);

    // The default choice of each field: what the merge would keep without one.
    core::dedup::MergeRequest plain;
    plain.kind = m_kind;
    plain.records = m_ids;
    QHash<QString, QString> chosen;
    if (m_kind == RecordKind::Contact) {
        if (auto c = MergeService(m_db).previewContact(plain))
            for (const auto &f : MergeService::fields(m_kind))
                chosen.insert(f.key, MergeService::value(c.value(), f.key));
    } else if (auto c = MergeService(m_db).previewCompany(plain)) {
        for (const auto &f : MergeService::fields(m_kind))
            chosen.insert(f.key, MergeService::value(c.value(), f.key));
    }
    const QString valueKey = m_kind == RecordKind::Contact ? u"company_id"_qs : QString();
    for (const auto &f : MergeService::fields(m_kind)) {
        const QString compareKey = f.key == u"company" ? valueKey : f.key;
        bool differs = false;
        for (const auto &v : std::as_const(m_values))
            differs = differs || v.value(compareKey) != m_values.first().value(compareKey);
        if (!differs)
            continue;
        auto *label = new QLabel(f.label);
        grid->addWidget(label, row, 0);
        auto *group = new QButtonGroup(this);
        bool checked = false;
        for (int i = 0; i < m_values.size(); ++i) {
            const QString shown = m_values[i].value(f.key).simplified();
            auto *r = new QRadioButton(shown.isEmpty() ? tr("(empty)") : shown.left(60));
            r->setObjectName(QStringLiteral("fieldRadio_%1_%2").arg(f.key).arg(i));
            r->setToolTip(m_values[i].value(f.key));
            if (!checked && m_values[i].value(compareKey) == chosen.value(f.key)) {
                r->setChecked(true);
                checked = true;
            }
            group->addButton(r, i);
            grid->addWidget(r, row, i + 1);
        }
        if (!checked)
            group->button(0)->setChecked(true);
        label->setBuddy(group->checkedButton());
        m_fields.insert(f.key, group);
        connect(group, &QButtonGroup::idClicked, this, &MergeDialog::updatePreview);
        ++row;
    }
    if (m_fields.isEmpty()) {
        grid->addWidget(new QLabel(tr("All fields are the same.")), row++, 0, 1,
                        int(m_values.size()) + 1);
    }
    if (m_kind == RecordKind::Contact) {
        auto *lists = new QLabel(tr("E-mails, phones and tags: all are kept."));
        lists->setEnabled(false);
        grid->addWidget(lists, row++, 0, 1, int(m_values.size()) + 1);
    }
    grid->setColumnStretch(int(m_values.size()) + 1, 1);
    auto *holder = new QWidget;
    holder->setLayout(grid);
    auto *scroll = new QScrollArea;
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto *previewTitle = new QLabel(tr("Result"));
    previewTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(previewTitle);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("mergePreviewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);

    layout->addWidget(buttons);
    // Default (Enter merges) once the box is in the dialog: setDefault needs its dialog.
    auto *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_survivor, &QButtonGroup::idClicked, this, &MergeDialog::updatePreview);
    updatePreview();
    m_survivor->checkedButton()->setFocus();
}

core::dedup::MergeRequest MergeDialog::request() const
{
    core::dedup::MergeRequest r;
    r.kind = m_kind;
    r.records = m_ids;
    if (m_survivor && m_survivor->checkedId() >= 0)
        r.survivor = m_ids.value(m_survivor->checkedId());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        r.fieldFrom.insert(it.key(), m_ids.value((*it)->checkedId()));
    return r;
}

void MergeDialog::updatePreview()
{
    const auto r = request();
    QStringList parts;
    if (m_kind == RecordKind::Contact) {
        auto c = MergeService(m_db).previewContact(r);
        if (!c) {
            m_preview->setText(c.error().message());
            return;
        }
        parts << c->displayName();
        for (const QString &s : {c->title, c->city, c->country})
            if (!s.isEmpty())
                parts << s;
        QStringList emails, phones;
        for (const auto &e : c->emails)
            emails << e.address;
        for (const auto &p : c->phones)
            phones << p.number;
        if (!emails.isEmpty())
            parts << tr("E-mails: %1").arg(emails.join(u", "));
        if (!phones.isEmpty())
            parts << tr("Phones: %1").arg(phones.join(u", "));
        if (!c->tags.isEmpty())
            parts << tr("Tags: %1").arg(c->tags.join(u", "));
    } else {
        auto c = MergeService(m_db).previewCompany(r);
        if (!c) {
            m_preview->setText(c.error().message());
            return;
        }
        for (const QString &s : {c->name, c->website, c->phone, c->city, c->country})
            if (!s.isEmpty())
                parts << s;
    }
    m_preview->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace crm::ui
