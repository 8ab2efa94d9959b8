// RealnameLevelsPane against a real gatehouse-server, driven offscreen: the
// chart's numbers are the server's, a click on a bar (or Enter on it) filters
// the list by that level and a second click shows every level again, the
// footer says how many of how many, a record's activation asks the Accounts
// pane to open that account, filters and columns persist, the pane survives
// a refusal and a vanished server with a message, and its texts follow the
// language.
#include "tst_realname_fixture.h"

#include "models/realname/realnamelevelcounts.h"
#include "models/realname/realnamerecordmodel.h"
#include "services/sync/connectionmonitor.h"
#include "ui/common/languageswitcher.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/realname/levelchart.h"
#include "ui/realname/realnamefilterbar.h"
#include "ui/realname/realnamelevelspane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace RealnameTest;

namespace {

// Stands in for the Accounts pane: records the accounts it is asked to open.
class AccountsStandIn : public Pane
{
public:
    QString id() const override { return u"accounts"_s; }
    QString title() const override { return u"Accounts"_s; }
    QIcon icon() const override { return {}; }
    Permission requiredPermission() const override { return Permission::ReadAccounts; }
    void saveState(QSettings &) const override { }
    void restoreState(QSettings &) override { }
    bool openObject(const QString &objectId) override
    {
        opened.append(objectId);
        return true;
    }
    QStringList opened;

protected:
    void retranslate() override { }
};

} // namespace

class tst_RealnamePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartShowsTheServersCounts();
    void clickingABarFiltersByThatLevel();
    void keyboardOnTheChartFiltersToo();
    void footerSaysHowManyOfHowMany();
    void activatingARowOpensTheAccount();
    void mainWindowOpensTheAccountInTheAccountsPane();
    void filtersAndColumnsPersist();
    void refusalShowsAMessage();
    void vanishedServerShowsAMessageOrTheCache();
    void textsFollowTheLanguage();

private:
    RealnameLevelsPane *openPane(const TestServer &server, const QString &login = u"support"_s);
    static bool waitLoaded(const RealnameLevelsPane &pane, int timeoutMs = 30'000);
    int chartRowOf(int level) const;

    TestServer m_server{serverOptions()};
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<RealnameLevelsPane> m_pane;
};

void tst_RealnamePane::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_RealnamePane::init()
{
    const QString dir = m_dir.filePath(u"run%1"_s.arg(++m_run));
    QDir().mkpath(dir);
    m_services = std::make_unique<Services>(dir);
    m_languages = std::make_unique<LanguageSwitcher>(m_services->settings);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void tst_RealnamePane::cleanup()
{
    m_pane.reset();
    m_languages.reset();
    m_services.reset();
}

bool tst_RealnamePane::waitLoaded(const RealnameLevelsPane &pane, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!pane.isLoading())
            return true;
        QTest::qWait(20);
    }
    return false;
}

RealnameLevelsPane *tst_RealnamePane::openPane(const TestServer &server, const QString &login)
{
    if (m_services->session.state() != SessionService::State::SignedIn
        && !m_services->signIn(server, login))
        return nullptr;
    m_pane = std::make_unique<RealnameLevelsPane>(m_services->source);
    m_pane->resize(1200, 760);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        return nullptr;
    m_pane->activate();
    return waitLoaded(*m_pane) ? m_pane.get() : nullptr;
}

int tst_RealnamePane::chartRowOf(int level) const
{
    for (int row = 0; row < m_pane->counts()->rowCount(); ++row) {
        if (m_pane->counts()->levelOf(row) == level)
            return row;
    }
    return -1;
}

void tst_RealnamePane::chartShowsTheServersCounts()
{
    QVERIFY(openPane(m_server));
    const QJsonObject levels = serverGet(m_server, u"/api/v1/realname/levels"_s);
    const qint64 accounts = levels.value(u"accounts"_s).toInteger();
    QVERIFY(accounts > 0);
    const RealnameLevelCounts *counts = m_pane->counts();
    QCOMPARE(counts->rowCount(), 3);
    QCOMPARE(counts->countForLevel(3), serverLevelCount(levels, 3));
    QCOMPARE(counts->countForLevel(4), serverLevelCount(levels, 4));
    QCOMPARE(counts->countForLevel(0), levels.value(u"without_record"_s).toInteger());

    // The chart says the same in words: counts and percentages, for screen readers too.
    const QLocale locale;
    const QString summary = m_pane->chart()->summaryText();
    for (int level : {3, 4}) {
        const qint64 count = serverLevelCount(levels, level);
        const QString percent = locale.toString(100.0 * double(count) / double(accounts), 'f', 1);
        const QString line = u"Level %1: %2 accounts, %3% of all"_s.arg(
                QString::number(level), locale.toString(count), percent);
        QVERIFY2(summary.contains(line), qPrintable(summary));
    }
    QVERIFY2(summary.contains(u"No real-name record: "_s), qPrintable(summary));
    QCOMPARE(m_pane->chart()->accessibleDescription(), summary);
    QVERIFY(!m_pane->chart()->accessibleName().isEmpty());
    // Every bar has a place on screen, one under another.
    for (int row = 0; row < 3; ++row)
        QVERIFY(m_pane->chart()->rect().contains(m_pane->chart()->rowRect(row)));

    const QString eligible =
            locale.toString(levels.value(u"eligible_for_business_registration"_s).toInteger());
    QVERIFY2(m_pane->findChild<QLabel *>(u"realnameSummary"_s)->text().contains(eligible),
             qPrintable(m_pane->findChild<QLabel *>(u"realnameSummary"_s)->text()));
}

void tst_RealnamePane::clickingABarFiltersByThatLevel()
{
    QVERIFY(openPane(m_server));
    LevelChart *chart = m_pane->chart();
    const int row4 = chartRowOf(4);
    QVERIFY(row4 >= 0);
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->rowRect(row4).center());
    QCOMPARE(m_pane->filterBar()->query().level, 4);
    QCOMPARE(m_pane->model()->query().level, 4);
    QCOMPARE(chart->selectedLevel(), 4);
    QVERIFY(waitLoaded(*m_pane));
    QVERIFY(m_pane->model()->rowCount() > 0);
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        QCOMPARE(m_pane->model()->level(row), 4);
    QCOMPARE(m_pane->filterBar()->findChild<QComboBox *>(u"levelFilter"_s)->currentData().toInt(),
             4);

    // The same bar again: every level.
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->rowRect(row4).center());
    QCOMPARE(m_pane->model()->query().level, 0);
    QCOMPARE(chart->selectedLevel(), 0);
    QVERIFY(waitLoaded(*m_pane));
    QSet<int> seen;
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        seen.insert(m_pane->model()->level(row));
    QCOMPARE(seen, (QSet<int>{3, 4}));

    // The bar of the accounts without a record is not a filter (they have no record to list).
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->rowRect(chartRowOf(0)).center());
    QCOMPARE(m_pane->model()->query().level, 0);

    // The level chosen in the filter bar marks its bar.
    auto *levelCombo = m_pane->filterBar()->findChild<QComboBox *>(u"levelFilter"_s);
    levelCombo->setCurrentIndex(levelCombo->findData(3));
    emit levelCombo->activated(levelCombo->currentIndex());
    QCOMPARE(chart->selectedLevel(), 3);
    QCOMPARE(m_pane->model()->query().level, 3);
}

void tst_RealnamePane::keyboardOnTheChartFiltersToo()
{
    QVERIFY(openPane(m_server));
    LevelChart *chart = m_pane->chart();
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    QTest::keyClick(chart, Qt::Key_Return); // the first bar: level 3
    QCOMPARE(m_pane->model()->query().level, 3);
    QTest::keyClick(chart, Qt::Key_Down);
    QTest::keyClick(chart, Qt::Key_Space);
    QCOMPARE(m_pane->model()->query().level, 4);
    QTest::keyClick(chart, Qt::Key_Down); // no further: the last bar is not a filter
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(m_pane->model()->query().level, 0);
}

void tst_RealnamePane::footerSaysHowManyOfHowMany()
{
    QVERIFY(openPane(m_server));
    RealnameRecordModel *model = m_pane->model();
    const QJsonObject levels = serverGet(m_server, u"/api/v1/realname/levels"_s);
    const qint64 records = serverLevelCount(levels, 3) + serverLevelCount(levels, 4);
    QVERIFY(records > model->rowCount()); // the demo has more than one page
    QCOMPARE(m_pane->footer()->text(),
             u"Showing %1 of %2 records; scroll down for more."_s.arg(
                     QLocale().toString(model->rowCount()), QLocale().toString(records)));
    // Scrolling to the end fetches the rest; then all are shown.
    QTableView *table = m_pane->table();
    QDeadlineTimer deadline(60'000);
    while (model->hasMore() && !deadline.hasExpired()) {
        table->scrollToBottom();
        QTest::qWait(50);
    }
    QVERIFY(waitLoaded(*m_pane));
    QCOMPARE(qint64(model->rowCount()), records);
    QCOMPARE(m_pane->footer()->text(), u"Showing all %1 records."_s.arg(records));
}

void tst_RealnamePane::activatingARowOpensTheAccount()
{
    QVERIFY(openPane(m_server));
    QSignalSpy open(m_pane.get(), &Pane::openRequested);
    QTableView *table = m_pane->table();
    const qint64 first = m_pane->model()->accountId(0);
    const qint64 second = m_pane->model()->accountId(1);
    QVERIFY(first > 0 && second > 0 && first != second);

    // Enter on the current row.
    table->setFocus();
    table->setCurrentIndex(m_pane->model()->index(0, 0));
    QTest::keyClick(table->viewport(), Qt::Key_Return);
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), u"accounts"_s);
    QCOMPARE(open.at(0).at(1).toString(), QString::number(first));

    // A double-click on another.
    const QRect cell = table->visualRect(m_pane->model()->index(1, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).toString(), u"accounts"_s);
    QCOMPARE(open.at(1).at(1).toString(), QString::number(second));
}

void tst_RealnamePane::mainWindowOpensTheAccountInTheAccountsPane()
{
    QVERIFY(m_services->signIn(m_server, u"support"_s));
    ConnectionMonitor connection(m_services->api);
    AccountsStandIn *accounts = nullptr;
    RealnameLevelsPane *realname = nullptr;
    const QList<PaneDescriptor> descriptors{
            {Permission::ReadAccounts,
             [&] {
                 accounts = new AccountsStandIn;
                 return accounts;
             }},
            {Permission::ReadAccounts,
             [&] {
                 realname = new RealnameLevelsPane(m_services->source);
                 return realname;
             }},
    };
    MainWindow window(m_services->session, connection, *m_languages, m_services->settings,
                      descriptors);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(accounts && realname);
    QVERIFY(window.showPane(RealnameLevelsPane::paneId()));
    QCOMPARE(window.currentPane(), realname);
    QVERIFY(waitLoaded(*realname));
    const qint64 accountId = realname->model()->accountId(2);
    QVERIFY(accountId > 0);
    realname->table()->setFocus();
    realname->table()->setCurrentIndex(realname->model()->index(2, 0));
    QTest::keyClick(realname->table()->viewport(), Qt::Key_Enter);
    QTRY_COMPARE(window.currentPane(), accounts);
    QCOMPARE(accounts->opened, QStringList{QString::number(accountId)});
}

void tst_RealnamePane::filtersAndColumnsPersist()
{
    QVERIFY(openPane(m_server));
    RealnameFilterBar *filters = m_pane->filterBar();
    auto *eligibility = filters->findChild<QComboBox *>(u"eligibilityFilter"_s);
    eligibility->setCurrentIndex(eligibility->findData(int(RealnameQuery::Eligibility::Eligible)));
    emit eligibility->activated(eligibility->currentIndex());
    filters->findChild<QDateEdit *>(u"verifiedFrom"_s)->setDate(QDate(2023, 1, 1));
    filters->findChild<QDateEdit *>(u"verifiedTo"_s)->setDate(QDate(2026, 6, 30));
    filters->findChild<QCheckBox *>(u"verifiedBetween"_s)->setChecked(true);
    m_pane->chart()->levelActivated(4);
    const RealnameQuery expected = filters->query();
    QCOMPARE(expected.level, 4);
    QCOMPARE(expected.eligibility, RealnameQuery::Eligibility::Eligible);
    QCOMPARE(expected.verifiedFrom, QDate(2023, 1, 1));
    QCOMPARE(expected.verifiedTo, QDate(2026, 6, 30));
    QCOMPARE(m_pane->model()->query(), expected);
    m_pane->table()->horizontalHeader()->moveSection(RealnameRecordModel::StatusColumn, 0);
    m_pane->table()->setColumnWidth(RealnameRecordModel::NameColumn, 222);

    m_services->settings.beginGroup(u"panes/realname"_s);
    m_pane->saveState(m_services->settings);
    m_services->settings.endGroup();

    auto again = std::make_unique<RealnameLevelsPane>(m_services->source);
    m_services->settings.beginGroup(u"panes/realname"_s);
    again->restoreState(m_services->settings);
    m_services->settings.endGroup();
    QCOMPARE(again->filterBar()->query(), expected);
    QCOMPARE(again->chart()->selectedLevel(), 4);
    QCOMPARE(again->table()->horizontalHeader()->visualIndex(RealnameRecordModel::StatusColumn), 0);
    QCOMPARE(again->table()->columnWidth(RealnameRecordModel::NameColumn), 222);
    again->activate();
    QCOMPARE(again->model()->query(), expected);
    QVERIFY(waitLoaded(*again));
    for (int row = 0; row < again->model()->rowCount(); ++row)
        QCOMPARE(again->model()->level(row), 4);
}

void tst_RealnamePane::refusalShowsAMessage()
{
    // A reviewer holds no read_accounts: the server refuses both routes.
    QVERIFY(openPane(m_server, u"reviewer"_s));
    MessageBanner *banner = m_pane->banner();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY(!banner->text().isEmpty());
    QVERIFY2(!banner->text().contains(u"403"_s), qPrintable(banner->text()));
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QCOMPARE(m_pane->footer()->text(), u"No records shown."_s);
    QCOMPARE(m_pane->chart()->summaryText(), u"The real-name levels could not be counted."_s);
    // Try Again asks again, and the pane is still there to say so.
    auto *button = banner->findChild<QPushButton *>();
    QVERIFY(button && button->isVisible());
    button->click();
    QVERIFY(m_pane->isLoading());
    QVERIFY(waitLoaded(*m_pane));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
}

void tst_RealnamePane::vanishedServerShowsAMessageOrTheCache()
{
    TestServer server(serverOptions()); // of its own: this test stops it
    QVERIFY(server.start());
    QVERIFY(m_services->openCache());
    QVERIFY(openPane(server));
    const int rows = m_pane->model()->rowCount();
    const qint64 firstId = m_pane->model()->accountId(0);
    const QString summary = m_pane->chart()->summaryText();
    QTest::qWait(500); // the cache writes in batches
    server.stop();

    // The next start of the console, with the server gone: the last counts and first page.
    m_pane.reset();
    QVERIFY(openPane(server));
    QCOMPARE(m_pane->model()->rowCount(), rows);
    QCOMPARE(m_pane->model()->accountId(0), firstId);
    QCOMPARE(m_pane->chart()->summaryText(), summary);
    MessageBanner *banner = m_pane->banner();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().startsWith(u"Offline"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"just now"_s), qPrintable(banner->text()));
    QVERIFY2(m_pane->footer()->text().contains(u"kept offline"_s),
             qPrintable(m_pane->footer()->text()));

    // A level never read before: an error that says the server is not there.
    m_pane->chart()->levelActivated(3);
    QVERIFY(waitLoaded(*m_pane, 60'000));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning); // the counts are still offline ones
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QVERIFY(!m_pane->model()->errorText().isEmpty());
    QCOMPARE(m_pane->footer()->text(), u"No records shown."_s);
}

void tst_RealnamePane::textsFollowTheLanguage()
{
    QVERIFY(openPane(m_server));
    QCOMPARE(m_pane->title(), u"Real-name levels"_s);
    const QString header = m_pane->model()
                                   ->headerData(RealnameRecordModel::LevelColumn, Qt::Horizontal)
                                   .toString();
    QCOMPARE(header, u"Level"_s);
    QVERIFY(m_languages->setLanguage(u"zh_CN"_s));
    QCOMPARE(m_pane->title(), u"实名等级"_s);
    QCOMPARE(m_pane->model()
                     ->headerData(RealnameRecordModel::LevelColumn, Qt::Horizontal)
                     .toString(),
             u"实名等级"_s);
    // The widgets hear of the new language through a posted LanguageChange.
    QTRY_VERIFY2(m_pane->footer()->text().startsWith(u"显示"_s),
                 qPrintable(m_pane->footer()->text()));
    QVERIFY2(m_pane->chart()->summaryText().contains(u"四级实名"_s),
             qPrintable(m_pane->chart()->summaryText()));
    QVERIFY2(m_pane->chart()->accessibleDescription().contains(u"四级实名"_s),
             qPrintable(m_pane->chart()->accessibleDescription()));
    auto *levelCombo = m_pane->filterBar()->findChild<QComboBox *>(u"levelFilter"_s);
    QCOMPARE(levelCombo->itemText(levelCombo->findData(4)), u"四级实名"_s);
    QCOMPARE(m_pane->model()->index(0, RealnameRecordModel::LevelColumn).data().toString().right(2),
             u"实名"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
    QTRY_VERIFY(m_pane->footer()->text().startsWith(u"Showing"_s));
    QCOMPARE(m_pane->title(), u"Real-name levels"_s);
}

QTEST_MAIN(tst_RealnamePane)
#include "tst_realnamepane.moc"
