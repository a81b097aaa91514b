// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "common/badgeicon.h"
#include "common/errors.h"
#include "models/timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace crm::ui {

namespace {

using core::TimelineKind;

// Adds the kind's icon to the "What" column of the core model.
class IconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == core::TimelineModel::What) {
            const int kind =
                QIdentityProxyModel::data(index, core::TimelineModel::KindRole).toInt();
            return TimelineView::kindIcon(TimelineKind(kind));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

struct KindStyle
{
    TimelineKind kind;
    const char *themeIcon;
    QRgb color;
};

constexpr KindStyle kStyles[] = {
    {TimelineKind::Call, "call-start", 0x2e7d32},
    {TimelineKind::Meeting, "x-office-calendar", 0x1565c0},
    {TimelineKind::Visit, "go-home", 0x00838f},
    {TimelineKind::Task, "task-due", 0xef6c00},
    {TimelineKind::Note, "note", 0x6d4c41},
    {TimelineKind::Email, "mail-message", 0x5e35b1},
    {TimelineKind::DealOpened, "document-new", 0x558b2f},
    {TimelineKind::StageChanged, "go-next", 0x0277bd},
    {TimelineKind::DealWon, "emblem-default", 0x2e7d32},
    {TimelineKind::DealLost, "process-stop", 0xc62828},
    {TimelineKind::Created, "list-add", 0x757575},
    {TimelineKind::FieldChanged, "document-edit", 0x757575},
    {TimelineKind::Deleted, "edit-delete", 0x757575},
    {TimelineKind::Restored, "edit-undo", 0x757575},
};

} // namespace

QIcon TimelineView::kindIcon(TimelineKind kind)
{
    static QHash<int, QIcon> cache;
    if (auto it = cache.constFind(int(kind)); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const KindStyle &s : kStyles) {
        if (s.kind == kind)
            icon = QIcon::fromTheme(
                QString::fromLatin1(s.themeIcon),
                badgeIcon(QColor(s.color), core::Timeline::kindLabel(kind).left(1).toUpper()));
    }
    cache.insert(int(kind), icon);
    return icon;
}

TimelineView::TimelineView(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_model(new core::TimelineModel(std::move(db), this))
{
    setObjectName(QStringLiteral("timelineView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("timelineKindFilter"));
    filterLabel->setBuddy(m_filter);
    using K = TimelineKind;
    const struct
    {
        QString label;
        QList<K> kinds;
    } filters[] = {
        {tr("Everything"), {}},
        {tr("Activities"), {K::Call, K::Meeting, K::Visit, K::Task, K::Note, K::Email}},
        {tr("Calls"), {K::Call}},
        {tr("Meetings and visits"), {K::Meeting, K::Visit}},
        {tr("Tasks"), {K::Task}},
        {tr("Notes and e-mails"), {K::Note, K::Email}},
        {tr("Deals"), {K::DealOpened, K::StageChanged, K::DealWon, K::DealLost}},
        {tr("Changes"), {K::Created, K::FieldChanged, K::Deleted, K::Restored}},
    };
    for (const auto &f : filters) {
        QVariantList kinds;
        for (K k : f.kinds)
            kinds << int(k);
        m_filter->addItem(f.label, kinds);
    }
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch(1);
    layout->addLayout(top);

    auto *proxy = new IconProxy(this);
    proxy->setSourceModel(m_model);
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAllColumnsShowFocus(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(core::TimelineModel::What, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(core::TimelineModel::Detail, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    m_list->header()->resizeSection(core::TimelineModel::When,
                                    fm.horizontalAdvance(tr("Yesterday %1").arg(u"00:00"_qs)) + 32);
    m_list->header()->resizeSection(core::TimelineModel::Who, fm.horizontalAdvance(u'M') * 8);
    layout->addWidget(m_list, 1);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("timelinePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &TimelineView::applyFilter);
    connect(m_list, &QTreeView::activated, this, &TimelineView::open);
    // The list would pass Enter on to the dialog it sits in, whose default button saves and
    // closes it: Enter opens the entry and stops here.
    m_list->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::updatePlaceholder);
    setFocusProxy(m_list);
    updatePlaceholder();
}

void TimelineView::load(const QByteArray &recordId)
{
    m_model->setSubject(recordId);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentIndex().isValid()) {
            open(m_list->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineView::open(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return;
    const core::TimelineEntry &e = m_model->entryAt(index.row());
    emit openRequested(e.recordKind, e.recordId);
}

void TimelineView::reload()
{
    m_model->reload();
}

void TimelineView::applyFilter()
{
    QList<TimelineKind> kinds;
    for (const QVariant &v : m_filter->currentData().toList())
        kinds << TimelineKind(v.toInt());
    m_model->setKinds(kinds);
}

void TimelineView::updatePlaceholder()
{
    QString text;
    if (m_model->subject().isEmpty())
        text = tr("The timeline starts when the record is saved.");
    else if (!m_model->errorString().isEmpty())
        text = m_model->errorString();
    else if (m_model->rowCount() == 0)
        text = m_filter->currentIndex() > 0 ? tr("Nothing of this kind yet.")
                                            : tr("Nothing has happened here yet.");
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

} // namespace crm::ui
