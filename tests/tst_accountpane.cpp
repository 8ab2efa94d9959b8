// AccountsPane driven offscreen against a real gatehouse-server (in this
// process, with accounts made for the test): search as you type by each
// identifier kind with one request per pause, a wrong check digit reported and
// not searched, the account's tabs, reveal and hide (the clear values in the
// view only, never in the settings), the one reset + unlock + end sessions
// dialog with its temporary password shown once, a refusal that keeps the
// typed reason, and actions disabled with a reason for a role without them.
#include "accountfixture.h"
#include "inprocessserver.h"
#include "models/accounts/accountdetailclient.h"
#include "models/accounts/accountsearchmodel.h"
#include "models/accounts/accountterms.h"
#include "models/accounts/apiaccountsearchsource.h"
#include "models/accounts/revealedvalues.h"
#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"
#include "ui/accounts/accountsearchbox.h"
#include "ui/accounts/accountspane.h"
#include "ui/accounts/accounttabs.h"
#include "ui/accounts/accountview.h"
#include "ui/accounts/reasondialog.h"
#include "ui/accounts/resetaccessdialog.h"
#include "ui/common/languageswitcher.h"
#include "ui/common/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Counts the searches that reach the server.
class CountingSearchSource final : public AccountSearchSource
{
public:
    explicit CountingSearchSource(AccountSearchSource &inner) : m_inner(inner) { }
    std::function<void()> fetchPage(const AccountSearchQuery &query, const QString &cursor,
                                    QObject *context,
                                    std::function<void(const AccountSearchPage &)> done) override
    {
        ++requests;
        texts.append(query.text);
        return m_inner.fetchPage(query, cursor, context, std::move(done));
    }
    int requests = 0;
    QStringList texts;

private:
    AccountSearchSource &m_inner;
};

struct Console
{
    explicit Console(const QString &dir)
        : settings(dir + u"/settings.ini"_s, QSettings::IniFormat), api(&network),
          secrets(u"gatehouse-test"_s), credentials(&secrets), session(api, credentials, clock),
          cache(dir + u"/cache.sqlite"_s), languages(settings), apiSearch(api), search(apiSearch),
          details(api, &cache)
    {
        api.setTokenSource(&session);
        QObject::connect(&session, &SessionService::organizationChoiceRequired, &session,
                         [this](const OrganizationChoice &choice) {
                             session.chooseOrganization(choice.organizations.constFirst().id);
                         });
    }

    bool openCache()
    {
        QSignalSpy opened(&cache, &CacheStore::opened);
        cache.setScope(u"account-pane-test"_s);
        cache.open(CacheStore::newKey());
        return opened.wait(10'000) && opened.first().first().toBool();
    }

    bool signIn(InProcessServer &server, const QString &login)
    {
        QSignalSpy signedIn(&session, &SessionService::signedIn);
        session.signIn(server.baseUrl(), login, server.password(), false);
        return signedIn.wait(20'000);
    }

    QSettings settings;
    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient api;
    KeychainSecretBackend secrets;
    CredentialStore credentials;
    SessionService session;
    CacheStore cache;
    LanguageSwitcher languages;
    ApiAccountSearchSource apiSearch;
    CountingSearchSource search;
    AccountDetailClient details;
};

// QTest::keyClicks takes Latin-1 only: Han characters arrive as key events with
// their text, as an input method commits them.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// Every message logged while the tests run, to prove no clear value reaches a log.
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString tabHtml(AccountView *view, const QString &objectName)
{
    auto *browser = view->findChild<QTextBrowser *>(objectName);
    return browser ? browser->toPlainText() : QString();
}

} // namespace

class tst_AccountPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searchesByEachKindAsYouType();
    void wrongCheckDigitIsReportedNotSearched();
    void accountOpensInTabs();
    void revealShowsClearValuesOnlyWhileShown();
    void resetUnlockAndEndSessionsInOneDialog();
    void refusalKeepsTheReason();
    void rolesWithoutActionsSeeWhy();
    void bindingsRevokeAndUnbindWithTheirRules();
    void offlineShowsTheCachedAccountMaskedWithItsAge();

private:
    AccountsPane *openPane(const QString &login = u"support"_s);
    bool search(const QString &text);
    bool openAccount(qint64 id);
    template<typename Dialog>
    Dialog *dialog() const
    {
        const QList<Dialog *> dialogs = m_pane->findChildren<Dialog *>();
        for (Dialog *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<AccountFixture> m_f;
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<AccountsPane> m_pane;
    qint64 m_plain = 0;
    qint64 m_other = 0;
    qint64 m_locked = 0;
};

void tst_AccountPane::initTestCase()
{
    previousHandler = qInstallMessageHandler(recordMessage);
    // The console's own categories at every level, so a leak would be seen.
    QLoggingCategory::setFilterRules(u"gatehouse.*=true"_s);
    InProcessServer::Options o;
    o.demoSize = 200;
    o.auth.accessTokenMs = 24LL * 3600 * 1000;
    m_server = std::make_unique<InProcessServer>(o);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_f = std::make_unique<AccountFixture>(*m_server);

    NewAccount plain;
    plain.username = u"panetest_wang1"_s;
    plain.email = u"panetest1@example.com"_s;
    plain.mobile = AccountFixture::mobile(501);
    plain.displayName = u"测试甲乙"_s;
    plain.nameLatin = u"Ceshi Jiayi"_s;
    m_plain = m_f->add(plain);
    m_f->addRealname(m_plain, 4, AccountFixture::idNumber(501), u"2036-05-01"_s);
    m_f->addLoginMethod(m_plain, u"password"_s);

    NewAccount other = plain;
    other.username = u"panetest_li2"_s;
    other.email = u"panetest2@example.com"_s;
    other.mobile = AccountFixture::mobile(502);
    other.displayName = u"测试丙丁"_s;
    other.nameLatin = u"Ceshi Bingding"_s;
    m_other = m_f->add(other);

    NewAccount locked = plain;
    locked.username = u"panetest_lock3"_s;
    locked.email = u"panetest3@example.com"_s;
    locked.mobile = AccountFixture::mobile(503);
    locked.displayName = u"测试锁定"_s;
    locked.nameLatin = u"Ceshi Suoding"_s;
    locked.status = u"locked"_s;
    locked.lockedUntil = m_server->clock().nowMs() + 7LL * 24 * 3600 * 1000;
    locked.lockReason = u"too_many_failed_sign_ins"_s;
    m_locked = m_f->add(locked);
    m_f->addSession(m_locked, true);
    m_f->addSession(m_locked, true);
}

void tst_AccountPane::init()
{
    const QString dir = m_dir.filePath(u"run%1"_s.arg(++m_run));
    QVERIFY(QDir().mkpath(dir));
    m_console = std::make_unique<Console>(dir);
    QVERIFY(m_console->languages.setLanguage(u"en"_s));
    QVERIFY(m_console->openCache());
}

void tst_AccountPane::cleanup()
{
    m_pane.reset();
    m_console.reset();
}

AccountsPane *tst_AccountPane::openPane(const QString &login)
{
    if (!m_console->signIn(*m_server, login))
        return nullptr;
    m_pane = std::make_unique<AccountsPane>(m_console->search, m_console->details,
                                            m_console->session, m_console->clock);
    m_pane->resize(1300, 900);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        return nullptr;
    m_pane->activate();
    return m_pane.get();
}

bool tst_AccountPane::search(const QString &text)
{
    QLineEdit *edit = m_pane->searchBox()->edit();
    edit->clear();
    type(edit, text);
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (m_pane->model()->query().text == text && !m_pane->model()->isLoading())
            return true;
        QTest::qWait(20);
    }
    return false;
}

bool tst_AccountPane::openAccount(qint64 id)
{
    const int row = m_pane->model()->rowOf(id);
    if (row < 0)
        return false;
    m_pane->table()->setCurrentIndex(m_pane->model()->index(row, 0));
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (m_pane->view()->accountId() == id && !m_pane->view()->isLoading()
            && !m_pane->view()->account().isEmpty())
            return true;
        QTest::qWait(20);
    }
    return false;
}

void tst_AccountPane::searchesByEachKindAsYouType()
{
    QVERIFY(openPane());
    const QList<std::tuple<QString, IdentifierKind>> cases{
            {AccountFixture::idNumber(501), IdentifierKind::IdNumber},
            {AccountFixture::mobile(501), IdentifierKind::Mobile},
            {u"panetest1@example.com"_s, IdentifierKind::Email},
            {u"panetest_wang1"_s, IdentifierKind::Username},
            {u"测试甲乙"_s, IdentifierKind::Name},
            {u"ceshi jiay"_s, IdentifierKind::Name},
            {QString::number(m_plain), IdentifierKind::AccountId},
    };
    for (const auto &[text, kind] : cases) {
        const int before = m_console->search.requests;
        QVERIFY2(search(text), qPrintable(text));
        // Typed in one go: the pause after the last key sends one search, not one a key.
        QCOMPARE(m_console->search.requests, before + 1);
        QCOMPARE(m_console->search.texts.constLast(), text);
        QVERIFY2(m_pane->model()->rowOf(m_plain) >= 0, qPrintable(text));
        QVERIFY2(m_pane->searchBox()->recognition()->text().contains(
                         AccountTerms::identifierKind(kind)),
                 qPrintable(m_pane->searchBox()->recognition()->text()));
        QVERIFY(m_pane->banner()->text().isEmpty());
        QVERIFY2(m_pane->footer()->text().startsWith(u"Showing"_s),
                 qPrintable(m_pane->footer()->text()));
    }
    // Personal data in the list is masked even when searched by in full.
    const int row = m_pane->model()->rowOf(m_plain);
    const QString mobile =
            m_pane->model()->index(row, AccountSearchModel::MobileColumn).data().toString();
    QVERIFY2(mobile.contains(u"****"_s), qPrintable(mobile));

    // A prefix that many accounts share: paged, with "of N" or "at least N".
    QVERIFY(search(u"王"_s));
    QVERIFY(m_pane->model()->rowCount() > 0);
    QVERIFY2(m_pane->footer()->text().contains(QString::number(m_pane->model()->total())),
             qPrintable(m_pane->footer()->text()));
}

void tst_AccountPane::wrongCheckDigitIsReportedNotSearched()
{
    QVERIFY(openPane());
    const int before = m_console->search.requests;
    const QString wrong = AccountFixture::withWrongCheckDigit(AccountFixture::idNumber(501));
    type(m_pane->searchBox()->edit(), wrong);
    QTRY_COMPARE(m_pane->model()->query().text, wrong);
    QTest::qWait(AccountSearchBox::kDebounceMs + 100);
    QCOMPARE(m_console->search.requests, before);
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QVERIFY2(m_pane->banner()->text().contains(u"last character"_s),
             qPrintable(m_pane->banner()->text()));
    QCOMPARE(m_pane->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY(m_pane->searchBox()->recognition()->property("invalid").toBool());
    QVERIFY(m_pane->searchBox()->recognition()->text().contains(u"ID number"_s));
    QCOMPARE(m_pane->footer()->text(), u"Not searched: correct the text first."_s);

    // Corrected, it is searched.
    QVERIFY(search(AccountFixture::idNumber(501)));
    QCOMPARE(m_console->search.requests, before + 1);
    QVERIFY(m_pane->banner()->text().isEmpty());
    QVERIFY(m_pane->model()->rowOf(m_plain) >= 0);
}

void tst_AccountPane::accountOpensInTabs()
{
    QVERIFY(openPane());
    QVERIFY(search(u"panetest_wang1"_s));
    QVERIFY(openAccount(m_plain));
    AccountView *view = m_pane->view();
    const QStringList tabs{
            u"Overview"_s, u"Real-name"_s, u"Organizations"_s, u"Identities & bindings"_s,
            u"SMS"_s,      u"Security"_s,  u"Audit"_s};
    QCOMPARE(view->tabs()->count(), tabs.size());
    for (int i = 0; i < tabs.size(); ++i)
        QCOMPARE(view->tabs()->tabText(i).replace(u"&&"_s, u"&"_s), tabs.at(i));
    const QString overview = tabHtml(view, u"overviewText"_s);
    QVERIFY2(overview.contains(u"测试甲乙"_s), qPrintable(overview));
    QVERIFY(overview.contains(u"192****0501"_s));
    QVERIFY(!overview.contains(AccountFixture::mobile(501)));
    QVERIFY(overview.contains(u"Active"_s));
    const QString realname = tabHtml(view, u"realnameText"_s);
    QVERIFY2(realname.contains(u"Level 4 real-name"_s), qPrintable(realname));
    QVERIFY(realname.contains(u"2036-05-01"_s));
    QVERIFY(!realname.contains(AccountFixture::idNumber(501)));
    const QString sms = tabHtml(view, u"smsText"_s);
    QVERIFY2(sms.contains(u"0 of 1"_s) && sms.contains(u"0 of 3"_s) && sms.contains(u"0 of 5"_s),
             qPrintable(sms));

    // The summary for a ticket is masked.
    view->copySummary();
    const QString summary = QApplication::clipboard()->text();
    QVERIFY2(summary.contains(u"测试甲乙"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"192****0501"_s));
    QVERIFY(!summary.contains(AccountFixture::mobile(501)));
}

void tst_AccountPane::revealShowsClearValuesOnlyWhileShown()
{
    QVERIFY(openPane());
    QVERIFY(search(u"panetest_"_s));
    QVERIFY(openAccount(m_plain));
    AccountView *view = m_pane->view();
    QPushButton *reveal = view->button(u"revealButton"_s);
    QVERIFY(reveal->isEnabled());
    reveal->click();
    ReasonDialog *d = dialog<ReasonDialog>();
    QVERIFY(d);
    QVERIFY(!d->findChild<QPushButton *>(u"confirmButton"_s)->isEnabled()); // no reason yet
    d->setReason(u"Caller verified by phone, ticket 4411"_s);
    d->accept();
    const QString clearMobile = AccountFixture::mobile(501);
    const QString clearId = AccountFixture::idNumber(501);
    QTRY_VERIFY(tabHtml(view, u"overviewText"_s).contains(clearMobile));
    QVERIFY(tabHtml(view, u"realnameText"_s).contains(clearId));
    QVERIFY(tabHtml(view, u"overviewText"_s).contains(u"panetest1@example.com"_s));
    QVERIFY(!view->button(u"revealButton"_s)->isEnabled());
    // The summary stays masked while the values are shown.
    view->copySummary();
    QVERIFY(!QApplication::clipboard()->text().contains(clearMobile));
    // Audited with its reason, without the values.
    QTRY_VERIFY(tabHtml(view, u"accountAuditText"_s).contains(u"Caller verified by phone"_s));
    const AuditEntry audit = m_server->auditRows().constLast();
    QCOMPARE(audit.action, u"account.reveal"_s);
    QVERIFY(!json(audit.after).contains(clearMobile.toUtf8()));
    QVERIFY(!json(audit.before).contains(clearMobile.toUtf8()));

    // Another account: the values go.
    QVERIFY(openAccount(m_other));
    QVERIFY(view->revealed()->isEmpty());
    QVERIFY(openAccount(m_plain));
    QVERIFY(!tabHtml(view, u"overviewText"_s).contains(clearMobile));
    QVERIFY(tabHtml(view, u"overviewText"_s).contains(u"192****0501"_s));

    // Revealed again, then the view is hidden: gone again.
    view->button(u"revealButton"_s)->click();
    d = dialog<ReasonDialog>();
    QVERIFY(d);
    d->setReason(u"Second check, ticket 4411"_s);
    d->accept();
    QTRY_VERIFY(!view->revealed()->isEmpty());
    m_pane->hide();
    QVERIFY(view->revealed()->isEmpty());
    QVERIFY(!tabHtml(view, u"overviewText"_s).contains(clearMobile));

    // Nothing personal reaches the settings: a search by ID number is not kept.
    m_pane->show();
    QVERIFY(search(clearId));
    m_console->settings.beginGroup(u"panes/accounts"_s);
    m_pane->saveState(m_console->settings);
    m_console->settings.endGroup();
    m_console->settings.sync();
    QFile file(m_console->settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains(clearId.toUtf8()));
    QVERIFY(!stored.contains(clearMobile.toUtf8()));

    // Nor any log line, though the search by ID number and the reveals went out.
    QVERIFY(!loggedMessages().isEmpty()); // the capture works (the cache's and server's lines)
    for (const QString &message : std::as_const(loggedMessages())) {
        QVERIFY2(!message.contains(clearId) && !message.contains(clearMobile)
                         && !message.contains(u"panetest1@example.com"_s),
                 qPrintable(message));
    }

    // Down in the box moves on to the results.
    m_pane->searchBox()->edit()->setFocus();
    QTest::keyClick(m_pane->searchBox()->edit(), Qt::Key_Down);
    QTRY_VERIFY(m_pane->table()->hasFocus());
    QCOMPARE(m_pane->table()->currentIndex().row(), 0);
}

void tst_AccountPane::resetUnlockAndEndSessionsInOneDialog()
{
    QVERIFY(openPane());
    QVERIFY(search(u"panetest_lock3"_s));
    QVERIFY(openAccount(m_locked));
    AccountView *view = m_pane->view();
    QVERIFY(tabHtml(view, u"overviewText"_s).contains(u"too many failed sign-ins"_s));
    view->button(u"resetAccessButton"_s)->click();
    auto *d = dialog<ResetAccessDialog>();
    QVERIFY(d);
    // The lock's reason is in the dialog, and unlocking is offered.
    auto *lockText = d->findChild<QLabel *>(u"lockText"_s);
    QVERIFY2(lockText->text().contains(u"too many failed sign-ins"_s),
             qPrintable(lockText->text()));
    QVERIFY(d->unlockBox()->isEnabled() && d->unlockBox()->isChecked());
    QVERIFY(d->resetBox()->isChecked());
    QVERIFY(d->temporaryPasswordButton()->isChecked());
    QVERIFY(d->endSessionsBox()->text().contains(u"2 open"_s));
    d->endSessionsBox()->setChecked(true);
    auto *confirm = d->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled()); // a reason first
    d->reasonEdit()->setPlainText(u"Locked out after travelling, verified by phone"_s);
    QVERIFY(confirm->isEnabled());
    d->accept();
    QTRY_VERIFY_WITH_TIMEOUT(d->showsResult(), 10'000);
    const QString password = d->secretField()->text();
    QCOMPARE(password.size(), 16);
    QVERIFY(d->findChild<QLabel *>(u"resetResultText"_s)->text().contains(u"only this once"_s));

    // The account as it is now: active, must change its password, no sessions.
    QTRY_COMPARE(view->account().value(u"status"_s).toString(), u"active"_s);
    QVERIFY(view->account().value(u"password"_s).toObject().value(u"must_change"_s).toBool());
    QCOMPARE(view->account().value(u"open_sessions"_s).toInt(), 0);
    // Shown once: closing the dialog forgets it.
    QPointer<ResetAccessDialog> guard(d);
    d->reject();
    QTRY_VERIFY(!guard);
    // Audited with the reason and never with the password.
    bool unlocked = false;
    bool reset = false;
    for (const AuditEntry &e : m_server->auditRows()) {
        if (e.targetId != QString::number(m_locked))
            continue;
        unlocked |= e.action == u"account.unlock";
        reset |= e.action == u"account.reset_password";
        QVERIFY(!json(e.after).contains(password.toUtf8()));
    }
    QVERIFY(unlocked && reset);
    QTRY_VERIFY(tabHtml(view, u"accountAuditText"_s).contains(u"Locked out after travelling"_s));
}

void tst_AccountPane::refusalKeepsTheReason()
{
    QVERIFY(openPane());
    QVERIFY(search(u"panetest_li2"_s));
    QVERIFY(openAccount(m_other));
    // Another agent changed the account meanwhile: the view's version is stale.
    m_server->exec(u"UPDATE accounts SET version = version + 1 WHERE id = %1"_s.arg(m_other));
    AccountView *view = m_pane->view();
    view->button(u"disableButton"_s)->click();
    auto *d = dialog<ReasonDialog>();
    QVERIFY(d);
    const QString reason = u"Spam reported by three users, ticket 7781"_s;
    d->setReason(reason);
    d->accept();
    QTRY_VERIFY(!d->errorText().isEmpty());
    QVERIFY(d->isVisible());
    QCOMPARE(d->reason(), reason);
    QVERIFY2(d->errorText().contains(u"changed"_s), qPrintable(d->errorText()));
    // The view took the account as it is now; the same reason goes again.
    QTRY_COMPARE(view->account().value(u"version"_s).toInt(), 2);
    d->accept();
    QTRY_COMPARE(view->account().value(u"status"_s).toString(), u"disabled"_s);
    QVERIFY(view->button(u"enableButton"_s)->isVisible());
    QVERIFY(tabHtml(view, u"overviewText"_s).contains(reason));
}

void tst_AccountPane::rolesWithoutActionsSeeWhy()
{
    QVERIFY(openPane(u"auditor"_s));
    QVERIFY(search(u"panetest_wang1"_s));
    QVERIFY(openAccount(m_plain));
    AccountView *view = m_pane->view();
    for (const QString &name :
         {u"resetAccessButton"_s, u"disableButton"_s, u"resetSmsQuotaButton"_s}) {
        QPushButton *b = view->button(name);
        QVERIFY2(!b->isEnabled(), qPrintable(name));
        QVERIFY2(b->toolTip().contains(u"support actions"_s), qPrintable(b->toolTip()));
    }
    QPushButton *reveal = view->button(u"revealButton"_s);
    QVERIFY(!reveal->isEnabled());
    QVERIFY2(reveal->toolTip().contains(u"personal data"_s), qPrintable(reveal->toolTip()));
    // Copying the masked summary is for everyone who can read the account.
    QVERIFY(view->button(u"copySummaryButton"_s)->isEnabled());
}

void tst_AccountPane::bindingsRevokeAndUnbindWithTheirRules()
{
    // An app of the demo platform, bound, with an authorization still in force.
    const qint64 owner = m_f->scalar(
            u"SELECT p.owner_account_id FROM third_party_authorizations t"
            " JOIN apps p ON p.id = t.app_id JOIN accounts a ON a.id = p.owner_account_id"
            " WHERE t.revoked_at IS NULL AND p.open_platform_account_id IS NOT NULL"
            " AND a.platform_org_id = 1 ORDER BY t.id LIMIT 1"_s);
    QVERIFY2(owner > 0, "the demo platform has no bound app with an authorization");
    QVERIFY(openPane());
    // Another pane opens the account by its id.
    QVERIFY(m_pane->openObject(QString::number(owner)));
    QTRY_VERIFY(m_pane->view()->accountId() == owner && !m_pane->view()->isLoading()
                && !m_pane->view()->account().isEmpty());
    QTRY_VERIFY(m_pane->model()->rowOf(owner) >= 0);
    AccountView *view = m_pane->view();
    QTreeWidget *tree = view->bindings();

    const auto findItem = [tree](const QString &kind, bool active) -> QTreeWidgetItem * {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, AccountTabs::KindRole).toString() == kind
                && (*it)->data(0, AccountTabs::ActiveRole).toBool() == active)
                return *it;
        }
        return nullptr;
    };
    QPushButton *revoke = view->button(u"revokeAuthorizationButton"_s);
    QPushButton *unbind = view->button(u"unbindAppButton"_s);
    tree->setCurrentItem(nullptr);
    QVERIFY(!revoke->isEnabled());
    QVERIFY(revoke->toolTip().contains(u"Select"_s));

    QTreeWidgetItem *authorization = findItem(u"authorization"_s, true);
    QVERIFY(authorization);
    const qint64 authorizationId = authorization->data(0, AccountTabs::IdRole).toLongLong();
    tree->setCurrentItem(authorization);
    QVERIFY(revoke->isEnabled());
    revoke->click();
    auto *d = dialog<ReasonDialog>();
    QVERIFY(d);
    d->setReason(u"Merchant ended the contract, ticket 9120"_s);
    {
        // Closed on success, and deleted with it.
        QPointer<ReasonDialog> guard(d);
        d->accept();
        QTRY_VERIFY(!guard || !guard->isVisible());
    }
    const auto revoked = [&] {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, AccountTabs::KindRole).toString() == u"authorization"
                && (*it)->data(0, AccountTabs::IdRole).toLongLong() == authorizationId)
                return !(*it)->data(0, AccountTabs::ActiveRole).toBool();
        }
        return false;
    };
    QTRY_VERIFY(revoked());

    // Unbinding an app someone else changed meanwhile: refused, the reason kept,
    // and the next try goes with the app as it is now.
    QTreeWidgetItem *app = findItem(u"app"_s, true);
    QVERIFY(app);
    const qint64 appId = app->data(0, AccountTabs::IdRole).toLongLong();
    m_server->exec(u"UPDATE apps SET version = version + 1 WHERE id = %1"_s.arg(appId));
    tree->setCurrentItem(app);
    QVERIFY(unbind->isEnabled());
    unbind->click();
    d = dialog<ReasonDialog>();
    QVERIFY(d);
    const QString reason = u"Merchant moved the app to a new open platform account"_s;
    d->setReason(reason);
    d->accept();
    QTRY_VERIFY(!d->errorText().isEmpty());
    QCOMPARE(d->reason(), reason);
    QTRY_VERIFY(!view->isLoading());
    QTest::qWait(100);
    {
        // Closed on success, and deleted with it.
        QPointer<ReasonDialog> guard(d);
        d->accept();
        QTRY_VERIFY(!guard || !guard->isVisible());
    }
    const auto unbound = [&] {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, AccountTabs::KindRole).toString() == u"app"
                && (*it)->data(0, AccountTabs::IdRole).toLongLong() == appId)
                return !(*it)->data(0, AccountTabs::ActiveRole).toBool();
        }
        return false;
    };
    QTRY_VERIFY(unbound());
    QTRY_VERIFY(tabHtml(view, u"accountAuditText"_s).contains(reason)
                || !m_server->auditRows().isEmpty());
    bool auditedUnbind = false;
    for (const AuditEntry &e : m_server->auditRows())
        auditedUnbind |= e.action == u"app.unbind" && e.reason == reason;
    QVERIFY(auditedUnbind);
}

void tst_AccountPane::offlineShowsTheCachedAccountMaskedWithItsAge()
{
    QVERIFY(openPane());
    QVERIFY(search(u"panetest_wang1"_s));
    QVERIFY(openAccount(m_plain));
    AccountView *view = m_pane->view();
    view->button(u"revealButton"_s)->click();
    auto *d = dialog<ReasonDialog>();
    QVERIFY(d);
    d->setReason(u"Caller verified by phone, ticket 4412"_s);
    d->accept();
    const QString clearMobile = AccountFixture::mobile(501);
    const QString clearId = AccountFixture::idNumber(501);
    QTRY_VERIFY(tabHtml(view, u"overviewText"_s).contains(clearMobile));
    view->reload(); // once more with the values shown: the cache still gets the masked detail
    QTRY_VERIFY(!view->isLoading());

    // What the cache holds: the masked detail, never a revealed value.
    std::optional<CachedDocument> cached;
    bool answered = false;
    m_console->cache.get(QString::fromUtf16(AccountDetailClient::kCacheKind),
                         QString::number(m_plain), m_pane.get(),
                         [&](std::optional<CachedDocument> document) {
                             cached = std::move(document);
                             answered = true;
                         });
    QTRY_VERIFY(answered);
    QVERIFY(cached.has_value());
    const QByteArray stored = json(cached->document);
    QVERIFY(stored.contains("192****0501"));
    QVERIFY(!stored.contains(clearMobile.toUtf8()));
    QVERIFY(!stored.contains(clearId.toUtf8()));
    QVERIFY(!stored.contains("panetest1@example.com"));

    // The server gone: the account as it was, marked with its age, actions waiting.
    const QUrl online = m_console->api.baseUrl();
    m_console->api.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    view->clear();
    view->showAccount(m_plain);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 20'000);
    QVERIFY(view->isOffline());
    QVERIFY2(view->banner()->text().startsWith(u"Offline"_s), qPrintable(view->banner()->text()));
    QVERIFY(view->banner()->text().contains(u"ago"_s)
            || view->banner()->text().contains(u"just now"_s));
    QVERIFY(tabHtml(view, u"overviewText"_s).contains(u"192****0501"_s));
    QVERIFY(!tabHtml(view, u"overviewText"_s).contains(clearMobile));
    for (const QString &name : {u"resetAccessButton"_s, u"disableButton"_s, u"revealButton"_s}) {
        QVERIFY2(!view->button(name)->isEnabled(), qPrintable(name));
        QVERIFY(view->button(name)->toolTip().startsWith(u"Offline"_s));
    }
    m_console->api.setBaseUrl(online);
    view->reload();
    QTRY_VERIFY(!view->isLoading() && !view->isOffline());
    QVERIFY(view->button(u"disableButton"_s)->isEnabled());
}

QTEST_MAIN(tst_AccountPane)
#include "tst_accountpane.moc"
