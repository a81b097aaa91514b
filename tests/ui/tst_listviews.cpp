// SPDX-License-Identifier: GPL-3.0-or-later
// The lists' Tags column and the deal list's field filters and custom columns, offscreen, on
// the real widgets: tag chips painted in their colours (also in a selected row), "+N" when
// they do not fit, `stage:proposal` typed in the deals search box, an unknown field explained,
// a custom column's header clicked twice. With CRM_SCREENSHOT_DIR set, saves the lists as PNG.
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include "deals/deallistview.h"
#include "mainwindow/mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/deallistmodel.h"
#include "models/listtags.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/dealrepository.h"
#include "services/tagrepository.h"
#include "tags/tagchipdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace crm;
using namespace crm::core;

namespace {
const QColor kVip(0xd3, 0x2f, 0x2f);
const QColor kPartner(0xff, 0xeb, 0x3b);
} // namespace

class TestListViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_t;

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + u'/' + name + u".png"));
    }
    void colourTags()
    {
        const auto tags = TagRepository(m_t->db()).list();
        QVERIFY(tags.ok());
        for (const TagInfo &t : tags.value()) {
            if (t.name == u"vip")
                QVERIFY(TagRepository(m_t->db()).setColor(t.id, kVip.name()).ok());
            if (t.name == u"partner")
                QVERIFY(TagRepository(m_t->db()).setColor(t.id, kPartner.name()).ok());
        }
    }
    // How many pixels of `rect` in the view's picture have (about) this colour.
    static int pixelsOf(QTableView *view, const QRect &rect, const QColor &color)
    {
        const QImage image = view->viewport()->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        int n = 0;
        const QRect r(rect.topLeft() * dpr, rect.size() * dpr);
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - color.red()) < 6 && qAbs(c.green() - color.green()) < 6 &&
                    qAbs(c.blue() - color.blue()) < 6)
                    ++n;
            }
        }
        return n;
    }
    // The centre of the chip of tag `name` in a Tags cell, or a null point when not drawn.
    static QPoint chipCentre(QTableView *view, const QModelIndex &cell, const QString &name)
    {
        const auto chips = ui::TagChipDelegate::layout(view->visualRect(cell), view->font(),
                                                       cell.data(ListTags::TagsRole).toList());
        for (const auto &chip : chips) {
            if (chip.name == name)
                return chip.rect.center().toPoint();
        }
        return {};
    }
    static void showContacts(ui::MainWindow &w)
    {
        w.resize(1400, 500);
        w.setCurrentPage(ui::MainWindow::Page::Contacts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }
    static void clickHeader(QTableView *view, int section)
    {
        QHeaderView *h = view->horizontalHeader();
        const QPoint at(h->sectionViewportPosition(section) + h->sectionSize(section) / 2,
                        h->height() / 2);
        QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, at);
    }
    static QStringList titles(DealListModel *m)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, DealListModel::Title).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
    }
    void init()
    {
        QSettings().clear();
        m_t = std::make_unique<test::TestDatabase>();
    }
    void cleanup() { m_t.reset(); }

    // At the window's first size (no saved layout) every column of the contacts list, the
    // tags last, is in sight without scrolling sideways.
    void tagsAreInSightAtTheFirstSize()
    {
        ContactRepository contacts(m_t->db());
        Contact a = test::contact(u"Anna"_qs, u"Ozola"_qs);
        a.tags = QStringList{u"vip"_qs};
        QVERIFY(contacts.create(a).ok());
        ui::MainWindow w(m_t->db());
        w.setCurrentPage(ui::MainWindow::Page::Contacts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *view = w.contactsView();
        const QRect tags = view->visualRect(view->model()->index(0, ContactListModel::Tags));
        const int em = view->fontMetrics().horizontalAdvance(u'M');
        QVERIFY2(
            tags.left() + 8 * em <= view->viewport()->width(),
            qPrintable(
                u"Tags start at %1 of %2 px"_qs.arg(tags.left()).arg(view->viewport()->width())));
    }

    void contactsShowTagChips()
    {
        ContactRepository contacts(m_t->db());
        Contact a = test::contact(u"Anna"_qs, u"Ozola"_qs);
        a.tags = QStringList{u"vip"_qs, u"partner"_qs};
        QVERIFY(contacts.create(a).ok());
        QVERIFY(contacts.create(test::contact(u"Berta"_qs, u"Ozola"_qs)).ok());
        colourTags();
        ui::MainWindow w(m_t->db());
        showContacts(w);
        QTableView *view = w.contactsView();
        QVERIFY(!view->isColumnHidden(ContactListModel::Tags));
        view->setColumnWidth(ContactListModel::Tags, 200);
        const QModelIndex cell = view->model()->index(0, ContactListModel::Tags);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"partner, vip"_qs);
        const QRect rect = view->visualRect(cell);
        QVERIFY(rect.isValid());
        QVERIFY(pixelsOf(view, rect, kVip) > 20);
        QVERIFY(pixelsOf(view, rect, kPartner) > 20);
        // Not elsewhere in the row, nor in a row without tags.
        QCOMPARE(pixelsOf(view, view->visualRect(view->model()->index(0, 0)), kVip), 0);
        QCOMPARE(
            pixelsOf(view, view->visualRect(view->model()->index(1, ContactListModel::Tags)), kVip),
            0);
        shoot(&w, u"list-tags-contacts"_qs);
        // Selected: the chips keep their colours on the highlight.
        view->selectRow(0);
        QVERIFY(pixelsOf(view, rect, kVip) > 20);
        const QColor highlight = view->palette().color(QPalette::Highlight);
        QVERIFY(pixelsOf(view, rect, highlight) > 20);
        shoot(view, u"list-tags-contacts-selected"_qs);
    }

    // A click on a chip filters the list by its tag (quoted when the name has a space); a click
    // beside the chips, or with Ctrl (a selection gesture), does not.
    void clickingAChipFiltersByItsTag()
    {
        ContactRepository contacts(m_t->db());
        Contact a = test::contact(u"Anna"_qs, u"Ozola"_qs);
        a.tags = QStringList{u"vip"_qs, u"partner"_qs};
        QVERIFY(contacts.create(a).ok());
        QVERIFY(contacts.create(test::contact(u"Berta"_qs, u"Ozola"_qs)).ok());
        Contact c = test::contact(u"Carl"_qs, u"Ozols"_qs);
        c.tags = QStringList{u"key account"_qs, u"vip"_qs};
        QVERIFY(contacts.create(c).ok());
        ui::MainWindow w(m_t->db());
        showContacts(w);
        QTableView *view = w.contactsView();
        auto *search = w.findChild<QLineEdit *>(u"searchLineEdit"_qs);
        QVERIFY(search);
        view->setColumnWidth(ContactListModel::Tags, 260);
        QTRY_COMPARE(view->model()->rowCount(), 3);

        auto chipOf = [&](int row, const QString &name) {
            return chipCentre(view, view->model()->index(row, ContactListModel::Tags), name);
        };
        const QPoint partner = chipOf(0, u"partner"_qs);
        QVERIFY(!partner.isNull());
        // Hovering the chip says what a click does.
        QHelpEvent hover(QEvent::ToolTip, partner, view->viewport()->mapToGlobal(partner));
        QApplication::sendEvent(view->viewport(), &hover);
        QTRY_VERIFY2(QToolTip::text().contains(u"“partner”"_qs), qPrintable(QToolTip::text()));

        // Ctrl+click selects; it does not filter. Nor does a click beside the chips.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, partner);
        const QRect anna = view->visualRect(view->model()->index(0, ContactListModel::Tags));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(anna.right() - 3, anna.center().y()));
        QVERIFY(search->text().isEmpty());

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, partner);
        QCOMPARE(search->text(), u"tag:partner"_qs);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString().contains(u"Anna"_qs), true);

        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 3);
        const QPoint keyAccount = chipOf(2, u"key account"_qs);
        QVERIFY(!keyAccount.isNull());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, keyAccount);
        QCOMPARE(search->text(), u"tag:\"key account\""_qs);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()->index(0, 0).data().toString().contains(u"Carl"_qs));
    }

    // Chips that do not fit become "+N"; one long tag is elided; text is black or white.
    void chipsLayout()
    {
        QFont font;
        const QVariantList tags = {QStringList{u"vip"_qs, kVip.name()},
                                   QStringList{u"partner"_qs, kPartner.name()},
                                   QStringList{u"wholesale"_qs, QString()}};
        const auto wide = ui::TagChipDelegate::layout(QRect(0, 0, 600, 24), font, tags);
        QCOMPARE(wide.size(), 3);
        QCOMPARE(wide[0].foreground, QColor(Qt::white));         // on red
        QCOMPARE(wide[1].foreground, QColor(Qt::black));         // on yellow
        QVERIFY(wide[1].rect.left() > wide[0].rect.right() + 1); // spaced
        const QFontMetrics fm(font);
        const int narrowWidth = int(wide[1].rect.right()) + fm.horizontalAdvance(u"+2"_qs);
        const auto narrow = ui::TagChipDelegate::layout(QRect(0, 0, narrowWidth, 24), font, tags);
        QVERIFY(narrow.size() >= 2);
        QVERIFY(narrow.last().text.startsWith(u'+'));
        QVERIFY(!narrow.last().background.isValid());
        for (const auto &chip : narrow)
            QVERIFY(chip.rect.right() <= narrowWidth);
        const auto one = ui::TagChipDelegate::layout(
            QRect(0, 0, 60, 24), font,
            {QStringList{u"a very long tag name indeed"_qs, kVip.name()}});
        QCOMPARE(one.size(), 1);
        QVERIFY(one[0].text.endsWith(u'…'));
    }

    void dealListFiltersAndCustomColumns()
    {
        CustomFieldDefinition def{{},
                                  CustomEntity::Deal,
                                  u"seats"_qs,
                                  u"Seats"_qs,
                                  CustomFieldType::Number,
                                  false,
                                  0,
                                  {},
                                  false};
        QVERIFY(CustomFieldRepository(m_t->db()).add(def).ok());
        const QList<std::tuple<QString, int, QString, QStringList>> specs = {
            {u"Alpha"_qs, 2, u"10"_qs, {u"vip"_qs}},
            {u"Bravo"_qs, 2, u"9"_qs, {}},
            {u"Charlie"_qs, 0, u"100"_qs, {u"partner"_qs, u"vip"_qs}},
            {u"Delta"_qs, 0, QString(), {}}};
        for (const auto &[title, stage, seats, tags] : specs) {
            Deal d = test::deal(title, 100'00, u"EUR"_qs, stage);
            if (!seats.isEmpty())
                d.custom.insert(u"seats"_qs, seats);
            d.tags = tags;
            QVERIFY(DealRepository(m_t->db()).create(d).ok());
        }
        colourTags();
        QSettings().setValue(u"customColumns/deals"_qs, QStringList{u"seats"_qs});
        ui::DealListView list(m_t->db());
        list.resize(1500, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        DealListModel *model = list.model();
        QTableView *view = list.view();
        const int seats = DealListModel::ColumnCount;
        QCOMPARE(model->headerData(seats, Qt::Horizontal).toString(), u"Seats"_qs);
        QVERIFY(!view->isColumnHidden(seats));

        auto *search = list.findChild<QLineEdit *>(u"dealSearchEdit"_qs);
        auto *error = list.findChild<QLabel *>(u"dealFilterErrorLabel"_qs);
        QVERIFY(search && error);
        test::typeText(search, u"stage:proposal"_qs);
        QTRY_COMPARE(model->filterText(), u"stage:proposal"_qs);
        QCOMPARE(model->totalCount(), 2);
        QCOMPARE(titles(model), (QStringList{u"Alpha"_qs, u"Bravo"_qs}));
        QVERIFY(!error->isVisible());
        shoot(&list, u"deal-list-stage-filter"_qs);

        search->clear();
        test::typeText(search, u"colour:red"_qs);
        QTRY_COMPARE(model->filterText(), u"colour:red"_qs);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"“colour”"_qs));
        QVERIFY(error->text().contains(u"stage"_qs));
        shoot(&list, u"deal-list-filter-error"_qs);

        search->clear();
        QTRY_VERIFY(model->filterText().isEmpty());
        QVERIFY(!error->isVisible());
        // The custom column's header, twice: by the number, then the exact reverse.
        clickHeader(view, seats);
        QTRY_COMPARE(model->sortColumn(), seats);
        const QStringList first = titles(model);
        const QStringList up = {u"Bravo"_qs, u"Alpha"_qs, u"Charlie"_qs, u"Delta"_qs};
        QStringList down = up;
        std::reverse(down.begin(), down.end());
        QVERIFY2(first == up || first == down, qPrintable(first.join(u',')));
        clickHeader(view, seats);
        QTRY_VERIFY(titles(model) != first);
        QCOMPARE(titles(model), first == up ? down : up);

        // Tag chips in the deals' Tags cells.
        const int charlie = int(titles(model).indexOf(u"Charlie"_qs));
        const QModelIndex cell = model->index(charlie, DealListModel::Tags);
        view->scrollTo(cell);
        QVERIFY(pixelsOf(view, view->visualRect(cell), kVip) > 20);
        QVERIFY(pixelsOf(view, view->visualRect(cell), kPartner) > 20);
        view->selectRow(charlie);
        QVERIFY(pixelsOf(view, view->visualRect(cell), kVip) > 20);
        shoot(&list, u"deal-list-custom-sorted"_qs);

        // A click on Charlie's "partner" chip filters the deals by that tag.
        const QPoint partner = chipCentre(view, cell, u"partner"_qs);
        QVERIFY(!partner.isNull());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, partner);
        QCOMPARE(search->text(), u"tag:partner"_qs);
        QTRY_COMPARE(model->filterText(), u"tag:partner"_qs);
        QCOMPARE(titles(model), QStringList{u"Charlie"_qs});
    }
};

QTEST_MAIN(TestListViews)
#include "tst_listviews.moc"
