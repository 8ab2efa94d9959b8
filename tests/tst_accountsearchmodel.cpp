// AccountSearchModel fed from memory, under QAbstractItemModelTester: pages
// as the view scrolls with the total or "at least N", a stale answer never
// drawn over a newer query, a recognised but invalid identifier never sent,
// and a failure that stops paging until retry().
#include "domain/clock.h"
#include "models/accounts/accountsearchmodel.h"
#include "models/accounts/accountterms.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Answers only when the test says so, in any order, so slow and overtaken
// requests can be played out exactly.
class ScriptedSource final : public AccountSearchSource
{
public:
    struct Request
    {
        AccountSearchQuery query;
        QString cursor;
        std::function<void(const AccountSearchPage &)> done;
        bool cancelled = false;
    };

    std::function<void()> fetchPage(const AccountSearchQuery &query, const QString &cursor,
                                    QObject *context,
                                    std::function<void(const AccountSearchPage &)> done) override
    {
        Q_UNUSED(context);
        const int index = int(requests.size());
        requests.append({query, cursor, std::move(done), false});
        return [this, index] {
            requests[index].cancelled = true;
        };
    }

    // Answers a request as a server would, even one that was cancelled (a
    // late answer that was already on the wire).
    void answer(int index, const AccountSearchPage &page)
    {
        QTimer::singleShot(0, [done = requests.at(index).done, page] { done(page); });
    }

    QList<Request> requests;
};

AccountSummary account(qint64 id, const QString &name)
{
    AccountSummary a;
    a.id = id;
    a.displayName = name;
    a.username = u"user%1"_s.arg(id);
    a.status = u"active"_s;
    a.matched = u"display_name"_s;
    return a;
}

AccountSearchPage page(qint64 firstId, int count, qint64 total, const QString &next,
                       bool exact = true, const QString &name = u"王"_s)
{
    AccountSearchPage p;
    p.ok = true;
    for (int i = 0; i < count; ++i)
        p.items.append(account(firstId + i, name + QString::number(firstId + i)));
    p.total = total;
    p.totalExact = exact;
    p.nextCursor = next;
    p.recognisedAs = u"name"_s;
    return p;
}

AccountSearchQuery query(const QString &text)
{
    AccountSearchQuery q;
    q.text = text;
    return q;
}

} // namespace

class tst_AccountSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesUntilTheEndUnderTheTester();
    void atLeastWhenTheTotalIsCapped();
    void staleAnswerNeverReplacesANewerOne();
    void wrongCheckDigitIsReportedNotSearched();
    void malformedMobileAndEmailAreReported();
    void eachKindIsRecognisedBeforeSending();
    void failureStopsPagingUntilRetry();

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC)};
};

void tst_AccountSearchModel::pagesUntilTheEndUnderTheTester()
{
    ScriptedSource source;
    AccountSearchModel model(source, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query(u"王"_s));
    QCOMPARE(source.requests.size(), 1);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    source.answer(0, page(1, 20, 45, u"c1"_s));
    QTRY_COMPARE(model.rowCount(), 20);
    QCOMPARE(model.total(), 45);
    QVERIFY(model.totalExact());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(source.requests.size(), 2);
    QCOMPARE(source.requests.at(1).cursor, u"c1"_s);
    model.fetchMore({}); // already asked: not again
    QCOMPARE(source.requests.size(), 2);
    source.answer(1, page(21, 20, 45, u"c2"_s));
    QTRY_COMPARE(model.rowCount(), 40);
    model.fetchMore({});
    source.answer(2, page(41, 5, 45, QString()));
    QTRY_COMPARE(model.rowCount(), 45);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.hasMore());
    QCOMPARE(model.summary(44).id, 45);
    QCOMPARE(model.index(0, AccountSearchModel::NameColumn).data().toString(), u"王1"_s);
    QCOMPARE(model.index(0, AccountSearchModel::StatusColumn).data().toString(),
             AccountTerms::status(u"active"_s));
    QCOMPARE(model.index(0, 0).data(AccountSearchModel::AccountIdRole).toLongLong(), 1);
    QCOMPARE(model.rowOf(30), 29);
}

void tst_AccountSearchModel::atLeastWhenTheTotalIsCapped()
{
    ScriptedSource source;
    AccountSearchModel model(source, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query(u"张"_s));
    source.answer(0, page(1, 20, 1000, u"c1"_s, false));
    QTRY_COMPARE(model.rowCount(), 20);
    QCOMPARE(model.total(), 1000);
    QVERIFY(!model.totalExact());
}

void tst_AccountSearchModel::staleAnswerNeverReplacesANewerOne()
{
    ScriptedSource source;
    AccountSearchModel model(source, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query(u"王"_s));
    model.setQuery(query(u"王一"_s));
    QCOMPARE(source.requests.size(), 2);
    // The older request is cancelled the moment a newer one is asked for.
    QVERIFY(source.requests.at(0).cancelled);
    QVERIFY(!source.requests.at(1).cancelled);
    QCOMPARE(source.requests.at(1).query.text, u"王一"_s);

    // The newer answer arrives first; the older, slower one after it.
    source.answer(1, page(500, 2, 2, QString(), true, u"王一"_s));
    QTRY_COMPARE(model.rowCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    source.answer(0, page(1, 20, 300, u"old"_s, true, u"王"_s));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.summary(0).id, 500);
    QCOMPARE(model.total(), 2);
    QVERIFY(!model.hasMore());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);

    // And the other way round: a slow answer to a query typed over is dropped
    // even when nothing newer has arrived yet.
    model.setQuery(query(u"李"_s));
    model.setQuery(query(u"李娜"_s));
    source.answer(2, page(1, 20, 300, u"old"_s, true, u"李"_s));
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    source.answer(3, page(900, 1, 1, QString(), true, u"李娜"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.summary(0).id, 900);
    QVERIFY(!model.isLoading());
}

void tst_AccountSearchModel::wrongCheckDigitIsReportedNotSearched()
{
    ScriptedSource source;
    AccountSearchModel model(source, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 11010519491231002X is valid; the same with 1 as check character is not.
    model.setQuery(query(u"110105194912310021"_s));
    QCOMPARE(source.requests.size(), 0);
    QCOMPARE(model.recognised().kind, IdentifierKind::IdNumber);
    QCOMPARE(model.recognised().errorCode, u"id_number_wrong_check_digit"_s);
    QVERIFY2(model.rejectionText().contains(u"last character"_s),
             qPrintable(model.rejectionText()));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);

    // An impossible birth date (31 February).
    model.setQuery(query(u"110105194902310020"_s));
    QCOMPARE(source.requests.size(), 0);
    QCOMPARE(model.recognised().errorCode, u"id_number_impossible_birth_date"_s);
    QVERIFY(model.rejectionText().contains(u"birth date"_s));

    // The valid one is sent, as the ID number it is.
    model.setQuery(query(u"11010519491231002x"_s));
    QCOMPARE(source.requests.size(), 1);
    QVERIFY(model.rejectionText().isEmpty());
    QCOMPARE(model.recognised().normalized, u"11010519491231002X"_s);
}

void tst_AccountSearchModel::malformedMobileAndEmailAreReported()
{
    ScriptedSource source;
    AccountSearchModel model(source, m_clock);
    model.setQuery(query(u"12345678901"_s)); // 11 digits, not a mainland mobile
    QCOMPARE(model.recognised().kind, IdentifierKind::Mobile);
    QVERIFY(!model.rejectionText().isEmpty());
    QCOMPARE(source.requests.size(), 0);

    AccountSearchQuery exact = query(u"zhang@@example"_s);
    exact.exact = true;
    model.setQuery(exact);
    QCOMPARE(model.recognised().kind, IdentifierKind::Email);
    QVERIFY(!model.rejectionText().isEmpty());
    QCOMPARE(source.requests.size(), 0);
}

void tst_AccountSearchModel::eachKindIsRecognisedBeforeSending()
{
    ScriptedSource source;
    AccountSearchModel model(source, m_clock);
    const QList<std::pair<QString, IdentifierKind>> cases{
            {u"11010519491231002X"_s, IdentifierKind::IdNumber},
            {u"13812345678"_s, IdentifierKind::Mobile},
            {u"+86 138 1234 5678"_s, IdentifierKind::Mobile},
            {u"zhang@example.com"_s, IdentifierKind::Email},
            {u"kongy91"_s, IdentifierKind::Username},
            {u"王一"_s, IdentifierKind::Name},
            {u"Zhang W"_s, IdentifierKind::Name},
            {u"oAbCdEfGhIjKlMnOpQrStUvWxYz0"_s, IdentifierKind::WeChatId},
            {u"1104"_s, IdentifierKind::AccountId},
    };
    for (const auto &[text, kind] : cases) {
        model.setQuery(query(text));
        QVERIFY2(model.recognised().kind == kind, qPrintable(text));
        QVERIFY2(model.rejectionText().isEmpty(), qPrintable(text));
        QCOMPARE(source.requests.constLast().query.text, text);
        QVERIFY(!AccountTerms::identifierKind(kind).isEmpty());
    }
    QCOMPARE(source.requests.size(), cases.size());
}

void tst_AccountSearchModel::failureStopsPagingUntilRetry()
{
    ScriptedSource source;
    AccountSearchModel model(source, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query(u"王"_s));
    source.answer(0, page(1, 20, 45, u"c1"_s));
    QTRY_COMPARE(model.rowCount(), 20);
    model.fetchMore({});
    AccountSearchPage failed;
    failed.errorText = u"The server cannot be reached."_s;
    source.answer(1, failed);
    QTRY_VERIFY(!model.errorText().isEmpty());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 20);
    model.retry();
    QCOMPARE(source.requests.size(), 3);
    QCOMPARE(source.requests.at(2).cursor, u"c1"_s);
    source.answer(2, page(21, 20, 45, u"c2"_s));
    QTRY_COMPARE(model.rowCount(), 40);
    QVERIFY(model.errorText().isEmpty());
}

QTEST_GUILESS_MAIN(tst_AccountSearchModel)
#include "tst_accountsearchmodel.moc"
