// OrganizationsPane against a real gatehouse-server, driven offscreen: the tree
// under QAbstractItemModelTester while it fetches, moves and refreshes; search
// that opens the path to a hit; a drop confirmed and undone with Ctrl+Z, the
// server's state checked each time; a stale edit's message; roles.
#include "domain/clock.h"
#include "httptestclient.h"
#include "models/organizations/organizationclient.h"
#include "models/organizations/organizationlistmodel.h"
#include "models/organizations/organizationtreemodel.h"
#include "serverapi.h"
#include "services/api/apiclient.h"
#include "services/api/errortext.h"
#include "services/cache/cachestore.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"
#include "testserver.h"
#include "ui/common/agetext.h"
#include "ui/common/messagebanner.h"
#include "ui/organizations/movetodialog.h"
#include "ui/organizations/organizationdetailview.h"
#include "ui/organizations/organizationeditor.h"
#include "ui/organizations/organizationspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Type = OrganizationTreeModel::Type;

namespace {

struct Services
{
    explicit Services(const QString &dir)
        : api(&network), secrets(u"gatehouse-test"_s), credentials(&secrets),
          session(api, credentials, clock), cache(dir + u"/cache.sqlite"_s), client(api, cache)
    {
        api.setTokenSource(&session);
        QObject::connect(&session, &SessionService::organizationChoiceRequired, &session,
                         [this](const OrganizationChoice &choice) {
                             session.chooseOrganization(choice.organizations.constFirst().id);
                         });
    }

    bool signIn(const TestServer &server, const QString &login)
    {
        QSignalSpy signedIn(&session, &SessionService::signedIn);
        session.signIn(server.baseUrl(), login, server.password(), false);
        return signedIn.wait(20'000);
    }

    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient api;
    KeychainSecretBackend secrets;
    CredentialStore credentials;
    SessionService session;
    CacheStore cache;
    OrganizationClient client;
};

// Another administrator on their own connection: reads the server's state and
// changes it behind the pane's back.
class Other
{
public:
    Other(const TestServer &server, const QString &login)
        : m_client(server.baseUrl()),
          m_session(ServerApi::openSession(m_client, login, server.password(), 1))
    {
        m_client.setBearer(m_session.accessToken);
    }

    QJsonObject get(const QString &path) { return m_client.get(path).json(); }

    HttpReply patch(const QString &path, const QJsonObject &body)
    {
        const int version = int(get(path).value(u"version"_s).toInteger());
        return m_client.send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                             "application/json",
                             {{"If-Match", '"' + QByteArray::number(version) + '"'}});
    }

private:
    HttpTestClient m_client;
    ServerApi::Session m_session;
};

} // namespace

class tst_OrganizationPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_other = std::make_unique<Other>(m_server, u"admin"_s);
        // The largest organization: departments inside departments.
        const QJsonArray items =
                m_other->get(u"/api/v1/organizations?limit=500"_s).value(u"items"_s).toArray();
        qint64 most = 0;
        for (const QJsonValue &o : items) {
            if (o[u"member_count"_s].toInteger() > most) {
                most = o[u"member_count"_s].toInteger();
                m_organization = o[u"id"_s].toInteger();
            }
        }
        QVERIFY(m_organization);
        const QString base = OrganizationClient::basePath(m_organization);
        const QJsonArray top =
                m_other->get(base + u"/children?parent=root"_s).value(u"departments"_s).toArray();
        for (const QJsonValue &d : top) {
            if (d[u"child_departments"_s].toInteger() > 0 && !m_nested)
                m_nested = d[u"id"_s].toInteger();
            else if (d[u"child_departments"_s].toInteger() == 0 && !m_target)
                m_target = d[u"id"_s].toInteger();
        }
        QVERIFY(m_nested && m_target);
        const QJsonObject inner =
                m_other->get(base + u"/children?parent="_s + QString::number(m_nested));
        m_inner = inner[u"departments"_s].toArray().first()[u"id"_s].toInteger();
        const QJsonObject deep =
                m_other->get(base + u"/children?parent="_s + QString::number(m_inner));
        QVERIFY(!deep[u"members"_s].toArray().isEmpty());
        const QJsonObject member = deep[u"members"_s].toArray().first().toObject();
        m_member = member[u"id"_s].toInteger();
        m_memberName = member[u"display_name"_s].toString();
        QVERIFY(m_member);
        QVERIFY(deep[u"members"_s].toArray().size() >= 2);
        m_member2 = deep[u"members"_s].toArray().at(1)[u"id"_s].toInteger();
    }

    void init()
    {
        // Whatever an earlier test left: the member back in its department.
        if (m_member) {
            const QString path = OrganizationClient::basePath(m_organization) + u"/members/"_s
                    + QString::number(m_member);
            if (m_other->get(path)[u"department_id"_s].toInteger() != m_inner)
                QCOMPARE(m_other->patch(path, {{u"department_id"_s, m_inner}}).status, 200);
            if (m_other->get(path)[u"role"_s].toString() != u"member")
                QCOMPARE(m_other->patch(path, {{u"role"_s, u"member"_s}}).status, 200);
            const QString second = OrganizationClient::basePath(m_organization) + u"/members/"_s
                    + QString::number(m_member2);
            if (m_other->get(second)[u"department_id"_s].toInteger() != m_inner)
                QCOMPARE(m_other->patch(second, {{u"department_id"_s, m_inner}}).status, 200);
        }
        m_services = std::make_unique<Services>(m_dir.path() + u'/' + QString::number(++m_run));
    }

    void cleanup()
    {
        m_pane.reset();
        m_services.reset();
    }

    void treeUnderTesterWhileFetchingMovingAndRefreshing()
    {
        openPane(u"admin"_s);
        OrganizationTreeModel *model = m_pane->treeModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex nested = expandDepartment(m_nested);
        QVERIFY(nested.isValid());
        const QPersistentModelIndex inner = expandDepartment(m_inner);
        QVERIFY(inner.isValid());
        QTRY_VERIFY(model->indexOf({Type::Member, m_member}).isValid());
        const QPersistentModelIndex member = model->indexOf({Type::Member, m_member});
        m_pane->treeView()->setCurrentIndex(member);

        // Someone else moves the member's department to the top level.
        const QString path = OrganizationClient::basePath(m_organization) + u"/departments/"_s
                + QString::number(m_inner);
        QCOMPARE(m_other->patch(path, {{u"parent_id"_s, QJsonValue::Null}}).status, 200);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        m_pane->pollChanges();
        QTRY_VERIFY_WITH_TIMEOUT(!inner.parent().isValid(), 10'000);
        // Moved with what was open in it: still expanded, the member still chosen.
        QVERIFY(m_pane->treeView()->isExpanded(inner));
        QVERIFY(member.isValid());
        QCOMPARE(m_pane->treeView()->currentIndex().siblingAtColumn(0), QModelIndex(member));
        QCOMPARE(resets.count(), 0);

        // And back, seen through View › Refresh.
        QCOMPARE(m_other->patch(path, {{u"parent_id"_s, m_nested}}).status, 200);
        m_pane->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(inner.parent().isValid(), 10'000);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->nodeAt(inner.parent()).id, m_nested);
        QVERIFY(member.isValid());
        QCOMPARE(resets.count(), 0);
    }

    void searchOpensThePathToAHit()
    {
        openPane(u"admin"_s);
        QVERIFY(!m_pane->treeModel()->departmentIndex(m_inner).isValid()); // not opened yet
        m_pane->searchField()->setText(m_memberName); // keyClicks types ASCII only
        QTest::keyClick(m_pane->searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->searchResults()->isVisible()
                                         && m_pane->searchResults()->count() > 0,
                                 10'000);
        int row = -1;
        for (int r = 0; r < m_pane->searchResults()->count(); ++r) {
            if (m_pane->searchResults()->item(r)->text().startsWith(m_memberName))
                row = r;
        }
        QVERIFY(row >= 0);
        m_pane->searchResults()->setCurrentRow(row);
        emit m_pane->searchResults()->itemClicked(m_pane->searchResults()->item(row));
        const auto current = [this] {
            return m_pane->treeModel()->nodeAt(
                    m_pane->treeView()->currentIndex().siblingAtColumn(0));
        };
        QTRY_VERIFY_WITH_TIMEOUT(current().id == m_member && current().type == Type::Member,
                                 10'000);
        const QModelIndex member = m_pane->treeView()->currentIndex().siblingAtColumn(0);
        QVERIFY(m_pane->treeView()->isExpanded(member.parent()));
        QVERIFY(m_pane->treeView()->isExpanded(member.parent().parent()));
        QCOMPARE(m_pane->treeModel()->nodeAt(member.parent()).id, m_inner);
        const QString crumb = m_pane->breadcrumb()->text();
        QVERIFY2(crumb.contains(m_pane->treeModel()->nameAt(member.parent())), qPrintable(crumb));
        QVERIFY(crumb.contains(m_memberName.toHtmlEscaped()));
    }

    void aDropIsConfirmedThenUndoneWithCtrlZ()
    {
        openPane(u"admin"_s);
        OrganizationTreeModel *model = m_pane->treeModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        expandDepartment(m_nested);
        expandDepartment(m_inner);
        QTRY_VERIFY(model->indexOf({Type::Member, m_member}).isValid()
                    && model->indexOf({Type::Member, m_member2}).isValid());
        // The rows move (not vanish and come back) when the target is open too.
        QVERIFY(expandDepartment(m_target).isValid());
        const QPersistentModelIndex member = model->indexOf({Type::Member, m_member});
        const QPersistentModelIndex member2 = model->indexOf({Type::Member, m_member2});
        const QModelIndex target = model->departmentIndex(m_target);
        const QString base = OrganizationClient::basePath(m_organization) + u"/members/"_s;
        const auto departmentOf = [&](qint64 id) {
            return m_other->get(base + QString::number(id))[u"department_id"_s].toInteger();
        };
        QCOMPARE(departmentOf(m_member), m_inner);

        // A drop of two members as the view makes it: the model is asked, nothing moves yet.
        std::unique_ptr<QMimeData> data(model->mimeData({member, member2}));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
        QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_pane->findChild<QMessageBox *>(u"moveConfirmation"_s)));
        QVERIFY(box->informativeText().contains(m_memberName));
        QVERIFY(box->informativeText().contains(model->nameAt(member2)));
        QVERIFY(box->text().contains(model->nameAt(target)));
        QCOMPARE(departmentOf(m_member), m_inner);
        QPushButton *move = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                move = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(move);
        move->click();
        QTRY_VERIFY_WITH_TIMEOUT(
                departmentOf(m_member) == m_target && departmentOf(m_member2) == m_target, 10'000);
        // The tree follows through the changes feed: the rows moved, not re-made.
        QTRY_VERIFY_WITH_TIMEOUT(member.isValid() && model->nodeAt(member.parent()).id == m_target
                                         && model->nodeAt(member2.parent()).id == m_target,
                                 10'000);

        // One drop, one Ctrl+Z.
        QAction *undo = m_pane->editor()->undoAction();
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(u"2"_s));
        // The confirmation was the active window; offscreen nothing hands activation back.
        QApplication::setActiveWindow(m_pane.get());
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->treeView()->setFocus();
        QTest::keyClick(m_pane->treeView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
                departmentOf(m_member) == m_inner && departmentOf(m_member2) == m_inner, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(member.isValid() && model->nodeAt(member.parent()).id == m_inner
                                         && model->nodeAt(member2.parent()).id == m_inner,
                                 10'000);
        QTRY_VERIFY(m_pane->editor()->redoAction()->isEnabled());
        QVERIFY(!undo->isEnabled());
        QVERIFY(m_pane->banner()->text().isEmpty());
    }

    void aStaleEditSaysSomeoneElseChangedIt()
    {
        QVERIFY(openToMember(u"admin"_s));
        OrganizationTreeModel *model = m_pane->treeModel();
        m_pane->treeView()->setCurrentIndex(model->indexOf({Type::Member, m_member}));
        const QString memberPath = OrganizationClient::basePath(m_organization) + u"/members/"_s
                + QString::number(m_member);
        // Someone else changes the member's title after the pane read it.
        QCOMPARE(m_other->patch(memberPath, {{u"title"_s, u"首席测试官"_s}}).status, 200);
        const QJsonObject before = m_other->get(memberPath);
        QAction *promote = m_pane->findChild<QAction *>(u"makeAdministratorAction"_s);
        QVERIFY(promote);
        QTRY_VERIFY(promote->isEnabled());
        promote->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->banner()->text(),
                                  ErrorText::forProblemCode(u"precondition_failed"_s, 412), 10'000);
        QCOMPARE(m_pane->banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(m_other->get(memberPath)[u"role"_s], before[u"role"_s]); // nothing changed
        QVERIFY(!m_pane->editor()->undoAction()->isEnabled());
        // The pane read the feed: the tree has the new version, and the edit goes through now.
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOf({Type::Member, m_member})
                                          .data(OrganizationTreeModel::TitleRole)
                                          .toString(),
                                  u"首席测试官"_s, 10'000);
        promote->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_other->get(memberPath)[u"role"_s].toString(),
                                  u"administrator"_s, 10'000);
        QTRY_VERIFY(m_pane->banner()->text().isEmpty());
        // Put it back for the other tests.
        QTRY_VERIFY(m_pane->editor()->undoAction()->isEnabled());
        m_pane->editor()->undoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_other->get(memberPath)[u"role"_s].toString(), u"member"_s,
                                  10'000);
    }

    void aRuleTheServerEnforcesIsSaidInWords()
    {
        openPane(u"admin"_s);
        expandDepartment(m_nested);
        expandDepartment(m_inner);
        // Under one of its own sub-departments: the Move To dialog lets one choose it.
        m_pane->treeView()->setCurrentIndex(m_pane->treeModel()->departmentIndex(m_nested));
        QTRY_VERIFY(m_pane->editor()->moveToAction()->isEnabled());
        m_pane->editor()->moveSelectedTo(m_inner);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->banner()->text(),
                                  ErrorText::forProblemCode(u"department_cycle"_s, 409), 10'000);
        QCOMPARE(m_pane->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(!m_pane->editor()->undoAction()->isEnabled());
        QCOMPARE(m_other->get(OrganizationClient::basePath(m_organization) + u"/departments/"_s
                              + QString::number(m_nested))[u"parent_id"_s],
                 QJsonValue(QJsonValue::Null));
    }

    void rolesDisableWhatTheyMayNotDo()
    {
        // A support agent reads organizations and accounts, and edits nothing.
        openPane(u"support"_s);
        QAction *moveTo = m_pane->editor()->moveToAction();
        expandDepartment(m_nested);
        m_pane->treeView()->setCurrentIndex(m_pane->treeModel()->departmentIndex(m_nested));
        QVERIFY(!moveTo->isEnabled());
        QCOMPARE(moveTo->toolTip(),
                 OrganizationEditor::tr("Your roles here do not include editing "
                                        "organizations."));
        QVERIFY(!(m_pane->treeModel()->flags(m_pane->treeModel()->departmentIndex(m_nested))
                  & Qt::ItemIsDragEnabled));
        expandDepartment(m_inner);
        QTRY_VERIFY(m_pane->treeModel()->indexOf({Type::Member, m_member}).isValid());
        m_pane->treeView()->setCurrentIndex(m_pane->treeModel()->indexOf({Type::Member, m_member}));
        QPushButton *open = m_pane->detail()->openAccountButton();
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible() && open->isEnabled(), 10'000);
        QSignalSpy opened(m_pane.get(), &Pane::openRequested);
        open->click();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toString(), u"accounts"_s);
        QCOMPARE(opened.first().at(1).toString(), QString::number(m_pane->detail()->accountId()));

        // An organization administrator edits, but may not read accounts.
        openPane(u"orgadmin"_s);
        expandDepartment(m_nested);
        expandDepartment(m_inner);
        QTRY_VERIFY(m_pane->treeModel()->indexOf({Type::Member, m_member}).isValid());
        m_pane->treeView()->setCurrentIndex(m_pane->treeModel()->indexOf({Type::Member, m_member}));
        QTRY_VERIFY(m_pane->editor()->moveToAction()->isEnabled());
        open = m_pane->detail()->openAccountButton();
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 10'000);
        QVERIFY(!open->isEnabled());
        QCOMPARE(open->toolTip(),
                 OrganizationDetailView::tr("Your roles here do not include reading accounts."));
    }

    void moveToByKeyboard()
    {
        QVERIFY(openToMember(u"admin"_s));
        OrganizationTreeModel *model = m_pane->treeModel();
        m_pane->treeView()->setCurrentIndex(model->indexOf({Type::Member, m_member}));
        m_pane->treeView()->setFocus();
        QTRY_VERIFY(m_pane->editor()->moveToAction()->isEnabled());
        QTest::keyClick(m_pane->treeView(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        MoveToDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<MoveToDialog *>()));
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->tree()->model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT((dialog->choose(m_target), dialog->chosenDepartment() == m_target),
                                 10'000);
        dialog->accept();
        const QString memberPath = OrganizationClient::basePath(m_organization) + u"/members/"_s
                + QString::number(m_member);
        QTRY_COMPARE_WITH_TIMEOUT(m_other->get(memberPath)[u"department_id"_s].toInteger(),
                                  m_target, 10'000);
        QTRY_VERIFY(m_pane->editor()->undoAction()->isEnabled());
        m_pane->editor()->undoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_other->get(memberPath)[u"department_id"_s].toInteger(), m_inner,
                                  10'000);
    }

    void anOwnershipTransferIsUndoneWhereverTheOwnerIs()
    {
        QVERIFY(openToMember(u"admin"_s));
        OrganizationTreeModel *model = m_pane->treeModel();
        const QString base = OrganizationClient::basePath(m_organization);
        const QJsonObject before = m_other->get(base);
        const qint64 ownerMember = before[u"owner"_s].toObject()[u"member_id"_s].toInteger();
        QVERIFY(ownerMember && ownerMember != m_member);
        m_pane->treeView()->setCurrentIndex(model->indexOf({Type::Member, m_member}));
        QAction *transfer = m_pane->findChild<QAction *>(u"transferOwnershipAction"_s);
        QTRY_VERIFY(transfer->isEnabled());
        transfer->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_pane->findChild<QMessageBox *>(u"transferConfirmation"_s)));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        const QString memberPath = base + u"/members/"_s + QString::number(m_member);
        QTRY_COMPARE_WITH_TIMEOUT(m_other->get(memberPath)[u"role"_s].toString(), u"owner"_s,
                                  10'000);
        // Undo: the owner is the owner again, and the member an ordinary member as before.
        QTRY_VERIFY(m_pane->editor()->undoAction()->isEnabled());
        m_pane->editor()->undoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
                m_other->get(base)[u"owner"_s].toObject()[u"member_id"_s].toInteger(), ownerMember,
                10'000);
        QCOMPARE(m_other->get(memberPath)[u"role"_s].toString(), u"member"_s);
        QCOMPARE(m_other->get(base + u"/members/"_s + QString::number(ownerMember))[u"role"_s]
                         .toString(),
                 u"owner"_s);
        QTRY_VERIFY(m_pane->banner()->text().isEmpty());
    }

    // The department comes back under a new id, which the tests after it use.
    void aDeleteWithItsContentsIsUndoneAndRedone()
    {
        QVERIFY(openToMember(u"admin"_s));
        OrganizationTreeModel *model = m_pane->treeModel();
        const QString base = OrganizationClient::basePath(m_organization);
        const QString memberPath = base + u"/members/"_s + QString::number(m_member);
        const QString name =
                m_other->get(base + u"/departments/"_s + QString::number(m_inner))[u"name"_s]
                        .toString();
        const qint64 held = m_other->get(base + u"/departments/"_s
                                         + QString::number(m_inner))[u"total_members"_s]
                                    .toInteger();

        // Delete, its contents going to the department above it.
        m_pane->treeView()->setCurrentIndex(model->departmentIndex(m_inner));
        QAction *remove = m_pane->findChild<QAction *>(u"deleteDepartmentAction"_s);
        QTRY_VERIFY(remove->isEnabled());
        remove->trigger();
        MoveToDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<MoveToDialog *>()));
        QTRY_VERIFY(dialog->tree()->model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT((dialog->choose(m_nested), dialog->chosenDepartment() == m_nested),
                                 10'000);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_other->get(memberPath)[u"department_id"_s].toInteger(),
                                  m_nested, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->departmentIndex(m_inner).isValid(), 10'000);

        // Ctrl+Z: back where it stood, with what it held, under a new id.
        QAction *undo = m_pane->editor()->undoAction();
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(name));
        QApplication::setActiveWindow(m_pane.get());
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->treeView()->setFocus();
        QTest::keyClick(m_pane->treeView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
                m_other->get(memberPath)[u"department_id"_s].toInteger() != m_nested, 10'000);
        qint64 restored = m_other->get(memberPath)[u"department_id"_s].toInteger();
        QJsonObject back = m_other->get(base + u"/departments/"_s + QString::number(restored));
        QCOMPARE(back[u"name"_s].toString(), name);
        QCOMPARE(back[u"parent_id"_s].toInteger(), m_nested);
        QCOMPARE(back[u"total_members"_s].toInteger(), held);
        QTRY_VERIFY_WITH_TIMEOUT(model->departmentIndex(restored).isValid(), 10'000);
        QVERIFY(m_pane->banner()->text().isEmpty());

        // Redo deletes it again; undo brings it back again.
        QAction *redo = m_pane->editor()->redoAction();
        QTRY_VERIFY(redo->isEnabled());
        redo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_other->get(memberPath)[u"department_id"_s].toInteger(),
                                  m_nested, 10'000);
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
                m_other->get(memberPath)[u"department_id"_s].toInteger() != m_nested, 10'000);
        restored = m_other->get(memberPath)[u"department_id"_s].toInteger();
        back = m_other->get(base + u"/departments/"_s + QString::number(restored));
        QCOMPARE(back[u"name"_s].toString(), name);
        QCOMPARE(back[u"total_members"_s].toInteger(), held);
        QTRY_VERIFY(m_pane->banner()->text().isEmpty());
        m_inner = restored;
    }

    void viewStateSurvivesANewPane()
    {
        openPane(u"admin"_s);
        expandDepartment(m_nested);
        expandDepartment(m_inner);
        QTRY_VERIFY(m_pane->treeModel()->indexOf({Type::Member, m_member}).isValid());
        m_pane->treeView()->setCurrentIndex(m_pane->treeModel()->indexOf({Type::Member, m_member}));
        QSettings settings(m_dir.path() + u"/state.ini"_s, QSettings::IniFormat);
        m_pane->saveState(settings);
        m_pane.reset();

        // Another organization opened first; the saved one asked for by id, as another pane would.
        m_pane = std::make_unique<OrganizationsPane>(m_services->client, m_services->session);
        m_pane->restoreState(settings);
        m_pane->resize(1200, 760);
        m_pane->show();
        QVERIFY(m_pane->openObject(QString::number(m_organization)));
        QVERIFY(!m_pane->openObject(u"not an id"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->organizationId(), m_organization, 10'000);
        const auto current = [this] {
            return m_pane->treeModel()->nodeAt(
                    m_pane->treeView()->currentIndex().siblingAtColumn(0));
        };
        QTRY_VERIFY_WITH_TIMEOUT(current().id == m_member && current().type == Type::Member,
                                 10'000);
        QVERIFY(m_pane->treeView()->isExpanded(m_pane->treeModel()->departmentIndex(m_nested)));
        QVERIFY(m_pane->treeView()->isExpanded(m_pane->treeModel()->departmentIndex(m_inner)));
    }

    // Last: it stops the server.
    void offlineShowsWhatWasOpenedWithItsAge()
    {
        openPane(u"admin"_s, true);
        OrganizationTreeModel *model = m_pane->treeModel();
        expandDepartment(m_nested);
        expandDepartment(m_inner);
        QTRY_VERIFY(model->indexOf({Type::Member, m_member}).isValid());
        const QPersistentModelIndex member = model->indexOf({Type::Member, m_member});
        m_pane->treeView()->setCurrentIndex(member);
        // A search made while online.
        QListWidget *results = m_pane->searchResults();
        m_pane->searchField()->setText(m_memberName);
        QTest::keyClick(m_pane->searchField(), Qt::Key_Return);
        const auto hitRow = [&] {
            for (int r = 0; r < results->count(); ++r) {
                if (results->item(r)->text().startsWith(m_memberName))
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hitRow() >= 0, 10'000);
        m_pane->treeView()->setCurrentIndex(member);
        QTest::qWait(500); // the cache writes its batch
        m_server.stop();
        m_pane->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model->isOffline(), 20'000);
        QTRY_COMPARE(m_pane->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(m_pane->banner()->text().contains(AgeText::ago(model->offlineSince())));
        // What was open is still there, readable, and nothing can be changed.
        QVERIFY(member.isValid());
        QVERIFY(m_pane->treeView()->isExpanded(member.parent()));
        QVERIFY(!m_pane->editor()->moveToAction()->isEnabled());
        QCOMPARE(m_pane->editor()->moveToAction()->toolTip(),
                 OrganizationEditor::tr("Edits need the server, which cannot be reached now."));
        QVERIFY(!(model->flags(member) & Qt::ItemIsDragEnabled));

        // The same search answers offline, marked as such; its hit still opens the member.
        results->clear();
        m_pane->searchField()->setText(m_memberName);
        QTest::keyClick(m_pane->searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(hitRow() >= 0, 20'000);
        QVERIFY(results->item(results->count() - 1)->text().startsWith(u"Offline"_s));
        // One never made before says that searching needs the server.
        m_pane->searchField()->setText(u"zzzz"_s);
        QTest::keyClick(m_pane->searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
                results->count() == 1 && results->item(0)->text().contains(u"server"_s), 20'000);
    }

private:
    // The pane on the organization, m_inner open and m_member loaded.
    bool openToMember(const QString &login)
    {
        openPane(login);
        if (QTest::currentTestFailed())
            return false;
        expandDepartment(m_nested);
        expandDepartment(m_inner);
        return QTest::qWaitFor(
                [&] {
                    return m_pane->treeModel()->indexOf({Type::Member, m_member}).isValid();
                },
                10'000);
    }

    void openPane(const QString &login, bool withCache = false)
    {
        m_pane.reset();
        const QString dir = m_dir.path() + u'/' + QString::number(++m_run);
        QVERIFY(QDir().mkpath(dir));
        m_services = std::make_unique<Services>(dir);
        QVERIFY(m_services->signIn(m_server, login));
        if (withCache) {
            QSignalSpy opened(&m_services->cache, &CacheStore::opened);
            m_services->cache.setScope(u"organization-pane-test"_s);
            m_services->cache.open(CacheStore::newKey());
            QVERIFY(opened.wait(10'000));
            QVERIFY(opened.first().first().toBool());
        }
        m_pane = std::make_unique<OrganizationsPane>(m_services->client, m_services->session);
        m_pane->resize(1200, 760);
        m_pane->show();
        QApplication::setActiveWindow(m_pane.get());
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->activate();
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->listModel()->rowCount() > 0, 10'000);
        m_pane->openOrganization(m_organization);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isLoading() && m_pane->treeModel()->rowCount() > 0,
                                 10'000);
    }

    QModelIndex expandDepartment(qint64 id)
    {
        QModelIndex index;
        if (!QTest::qWaitFor(
                    [&] { return (index = m_pane->treeModel()->departmentIndex(id)).isValid(); },
                    10'000))
            return {};
        m_pane->treeView()->expand(index);
        if (!QTest::qWaitFor([&] { return m_pane->treeModel()->isFetched(index); }, 10'000))
            return {};
        return index;
    }

    TestServer m_server{TestServer::Options{true, 400, {}, {}, u"test-password"_s}};
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Other> m_other;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<OrganizationsPane> m_pane;
    qint64 m_organization = 0;
    qint64 m_nested = 0;  // a top-level department with departments in it
    qint64 m_inner = 0;   // one of those
    qint64 m_target = 0;  // a top-level department without departments
    qint64 m_member = 0;  // a member of m_inner
    qint64 m_member2 = 0; // another
    QString m_memberName;
};

QTEST_MAIN(tst_OrganizationPane)
#include "tst_organizationpane.moc"
