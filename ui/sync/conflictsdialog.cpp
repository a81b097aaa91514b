// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsdialog.h"

#include "common/icons.h"
#include "sync/conflictservice.h"
#include "sync/syncdescriber.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
const QString kGeometryKey = QStringLiteral("conflictsDialog/geometry");

bool bothAllowed(const core::sync::Conflict &c)
{
    return c.kind == u"value" && ((c.table == u"contact_emails" && c.column == u"email") ||
                                  (c.table == u"contact_phones" && c.column == u"phone"));
}
} // namespace

ConflictsDialog::ConflictsDialog(core::DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    setWindowIcon(Icons::app());
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("conflictsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("conflictsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("conflictsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget;
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(10);
    m_cardsLayout->addStretch(1);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("conflictsButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    resize(720, 480);
    if (const QByteArray g = QSettings().value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    reload();
}

ConflictsDialog::~ConflictsDialog()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void ConflictsDialog::reload()
{
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    auto listed = core::sync::ConflictService(m_db).list(true);
    if (!listed) {
        m_summary->setText(tr("The conflicts could not be read: %1").arg(listed.error().detail));
        return;
    }
    const QList<core::sync::Conflict> &conflicts = *listed;
    m_summary->setText(
        conflicts.isEmpty()
            ? tr("No conflicts. When two people change the same field while apart, you "
                 "choose here which value stays.")
            : tr("Conflicts to decide: %1. The same field was changed on two devices at "
                 "once; choose which value stays, and your choice syncs to everyone.")
                  .arg(QLocale().toString(conflicts.size())));

    const SyncDescriber describer(m_db);
    int index = 0;
    for (const core::sync::Conflict &c : conflicts) {
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("conflictCard"));
        card->setProperty("conflictId", c.id);
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        QPalette p = card->palette();
        p.setColor(QPalette::Window, p.color(QPalette::Base));
        card->setPalette(p);
        auto *cardLayout = new QVBoxLayout(card);

        const QString name = describer.recordName(c.table, c.row);
        const auto owner = describer.owningRecord(c.table, c.row);
        auto *title = new QLabel(u"<b>" +
                                 (owner.first == u"companies" ? tr("Company %1") : tr("Contact %1"))
                                     .arg(name.isEmpty() ? tr("(not found)") : name)
                                     .toHtmlEscaped() +
                                 u"</b>");
        title->setObjectName(QStringLiteral("conflictTitle"));
        cardLayout->addWidget(title);

        auto *sentence = new QLabel(describer.sentence(c));
        sentence->setObjectName(QStringLiteral("conflictSentence"));
        sentence->setWordWrap(true);
        sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(sentence);

        auto *outcome = new QLabel(describer.outcome(c));
        outcome->setObjectName(QStringLiteral("conflictOutcome"));
        outcome->setWordWrap(true);
        QPalette op = outcome->palette();
        op.setColor(QPalette::WindowText, op.color(QPalette::PlaceholderText));
        outcome->setPalette(op);
        cardLayout->addWidget(outcome);

        auto *row = new QHBoxLayout;
        const QByteArray id = c.id;
        auto addButton = [&](const QString &text, const char *objectName,
                             core::sync::ConflictService::Keep keep, const QString &tip) {
            auto *b = new QPushButton(text);
            b->setObjectName(QString::fromLatin1(objectName));
            b->setToolTip(tip);
            row->addWidget(b);
            connect(b, &QPushButton::clicked, this, [this, id, keep, owner] {
                auto s = core::sync::ConflictService(m_db).resolve(id, keep);
                if (!s) {
                    m_error->setText(tr("The choice could not be saved: %1").arg(s.error().detail));
                    m_error->show();
                    return;
                }
                m_error->hide();
                // Later: the buttons' own card goes away with the reload.
                QMetaObject::invokeMethod(this, &ConflictsDialog::reload, Qt::QueuedConnection);
                emit resolved(owner.first, owner.second);
            });
            return b;
        };
        const bool editDelete = c.kind == u"edit_delete";
        addButton(tr("Use mine"), "useMineButton", core::sync::ConflictService::Keep::Mine,
                  editDelete ? tr("Keep your side: your change, or your deletion")
                             : tr("Put your value back in the field"));
        addButton(tr("Keep theirs"), "keepTheirsButton", core::sync::ConflictService::Keep::Theirs,
                  tr("Keep the other value; yours is dropped"));
        if (bothAllowed(c))
            addButton(tr("Keep both"), "keepBothButton", core::sync::ConflictService::Keep::Both,
                      tr("Keep both values as two entries"));
        row->addStretch(1);
        if (!owner.second.isEmpty()) {
            auto *open = new QPushButton(tr("Open record"));
            open->setObjectName(QStringLiteral("openRecordButton"));
            open->setFlat(true);
            row->addWidget(open);
            connect(open, &QPushButton::clicked, this,
                    [this, owner] { emit openRecord(owner.first, owner.second); });
        }
        cardLayout->addLayout(row);
        m_cardsLayout->insertWidget(index++, card);
    }
}

} // namespace crm::ui
