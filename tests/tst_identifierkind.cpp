// The search box's recognition (models/domain/identifierkind.h), which the
// console and the server share: each kind of identifier is recognised; an ID
// number or mobile that fails its validator is an error with the validator's
// own code, never searched as text — for every single substitution and
// adjacent swap of a valid ID number (RELIABILITY 12's property, through the box).
#include "domain/identifierkind.h"
#include "domain/mobilenumber.h"
#include "domain/residentidnumber.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(IdentifierKind)

class TestIdentifierKind : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 21};

    static QString validId(QRandomGenerator &rng)
    {
        static const int regions[] = {110105, 310104, 330106, 411502, 440305, 510107, 650102};
        QString s = QString::number(regions[rng.bounded(7)]);
        s += QDate(1940, 1, 1).addDays(rng.bounded(365 * 60)).toString(u"yyyyMMdd"_s);
        s += QString::number(rng.bounded(1000)).rightJustified(3, u'0');
        return s + ResidentIdNumber::checkCharacter(s);
    }

private slots:
    void recognises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<IdentifierKind>("kind");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("error");
        using K = IdentifierKind;
        QTest::newRow("id number")
                << u"11010519491231002X"_s << K::IdNumber << u"11010519491231002X"_s << QString();
        QTest::newRow("id lower x, spaces") << u" 110105 19491231 002x "_s << K::IdNumber
                                            << u"11010519491231002X"_s << QString();
        QTest::newRow("id wrong check digit")
                << u"110105194912310021"_s << K::IdNumber << u"110105194912310021"_s
                << u"id_number_wrong_check_digit"_s;
        QTest::newRow("id impossible date")
                << u"110105194902300011"_s << K::IdNumber << u"110105194902300011"_s
                << u"id_number_impossible_birth_date"_s;
        QTest::newRow("id future date")
                << u"110105203001010011"_s << K::IdNumber << u"110105203001010011"_s
                << u"id_number_future_birth_date"_s;
        QTest::newRow("id too short") << u"11010519491231002"_s << K::IdNumber
                                      << u"11010519491231002"_s << u"id_number_wrong_length"_s;
        QTest::newRow("id X too early") << u"1101051949X"_s << K::IdNumber << u"1101051949X"_s
                                        << u"id_number_invalid_character"_s;
        QTest::newRow("mobile") << u"13812345678"_s << K::Mobile << u"13812345678"_s << QString();
        QTest::newRow("mobile spaced")
                << u"138 1234 5678"_s << K::Mobile << u"13812345678"_s << QString();
        QTest::newRow("mobile +86")
                << u"+86 138-1234-5678"_s << K::Mobile << u"13812345678"_s << QString();
        QTest::newRow("mobile 0086")
                << u"008613812345678"_s << K::Mobile << u"13812345678"_s << QString();
        QTest::newRow("mobile not mainland")
                << u"12812345678"_s << K::Mobile << u"12812345678"_s << u"mobile_not_mainland"_s;
        QTest::newRow("account id") << u"4711"_s << K::AccountId << u"4711"_s << QString();
        QTest::newRow("account id leading zeros")
                << u"0042"_s << K::AccountId << u"42"_s << QString();
        QTest::newRow("email") << u"Zhang.Wei@Example.COM"_s << K::Email
                               << u"zhang.wei@example.com"_s << QString();
        QTest::newRow("email start") << u"zhang.w"_s << K::Email << u"zhang.w"_s << QString();
        QTest::newRow("openid") << u"oAbCdEfGhIjKlMnOpQrStUvWx-_1"_s << K::WeChatId
                                << u"oAbCdEfGhIjKlMnOpQrStUvWx-_1"_s << QString();
        QTest::newRow("username") << u"ZhangWei88"_s << K::Username << u"zhangwei88"_s << QString();
        QTest::newRow("username underscore")
                << u"wei_zhang"_s << K::Username << u"wei_zhang"_s << QString();
        QTest::newRow("han name") << u"张伟"_s << K::Name << u"张伟"_s << QString();
        QTest::newRow("han surname") << u"欧阳"_s << K::Name << u"欧阳"_s << QString();
        QTest::newRow("latin name") << u"Zhang Wei"_s << K::Name << u"zhang wei"_s << QString();
        QTest::newRow("latin word") << u"Emily"_s << K::Name << u"emily"_s << QString();
        QTest::newRow("blank") << u"   "_s << K::Empty << QString() << QString();
    }
    void recognises()
    {
        QFETCH(QString, text);
        QFETCH(IdentifierKind, kind);
        QFETCH(QString, normalized);
        QFETCH(QString, error);
        const RecognisedQuery q = IdentifierKinds::recognise(text, m_today);
        QCOMPARE(q.kind, kind);
        QCOMPARE(q.normalized, normalized);
        QCOMPARE(q.errorCode, error);
        QCOMPARE(q.isValid(), kind != IdentifierKind::Empty && error.isEmpty());
    }

    void aLatinWordMayAlsoBeAUsername()
    {
        const RecognisedQuery q = IdentifierKinds::recognise(u"zhang", m_today);
        QCOMPARE(q.kind, IdentifierKind::Name);
        QVERIFY(!q.hanName);
        QCOMPARE(q.alternatives, QList<IdentifierKind>{IdentifierKind::Username});
        const RecognisedQuery han = IdentifierKinds::recognise(u"张", m_today);
        QVERIFY(han.hanName);
        QVERIFY(han.alternatives.isEmpty());
    }

    void exactEmailMustBeWhole()
    {
        QCOMPARE(IdentifierKinds::recognise(u"zhang@", m_today, false).errorCode, QString());
        QCOMPARE(IdentifierKinds::recognise(u"zhang@", m_today, true).errorCode,
                 u"email_bad_domain"_s);
        QCOMPARE(IdentifierKinds::recognise(u"zhang.w", m_today, true).errorCode,
                 u"email_missing_at"_s);
    }

    void aChosenKindReadsTheTextThatWay()
    {
        const RecognisedQuery user =
                IdentifierKinds::recogniseAs(IdentifierKind::Username, u"Zhang", m_today);
        QCOMPARE(user.kind, IdentifierKind::Username);
        QCOMPARE(user.normalized, u"zhang"_s);
        QCOMPARE(IdentifierKinds::recogniseAs(IdentifierKind::AccountId, u"abc", m_today).errorCode,
                 u"not_allowed"_s);
        QCOMPARE(IdentifierKinds::recogniseAs(IdentifierKind::WeChatId, u"o123", m_today).errorCode,
                 u"not_allowed"_s);
        QCOMPARE(IdentifierKinds::recogniseAs(IdentifierKind::IdNumber, u"110105194912310021",
                                              m_today)
                         .errorCode,
                 u"id_number_wrong_check_digit"_s);
    }

    void codesRoundTrip()
    {
        for (IdentifierKind k : IdentifierKinds::all()) {
            IdentifierKind back = IdentifierKind::Empty;
            QVERIFY(IdentifierKinds::fromCode(IdentifierKinds::code(k), &back));
            QCOMPARE(back, k);
        }
        IdentifierKind unknown = IdentifierKind::Empty;
        QVERIFY(!IdentifierKinds::fromCode(u"passport", &unknown));
    }

    void everyTypoInAnIdNumberIsAnErrorNeverText()
    {
        QRandomGenerator rng(20261121);
        int mutants = 0;
        for (int n = 0; n < 300; ++n) {
            const QString id = validId(rng);
            const RecognisedQuery good = IdentifierKinds::recognise(id, m_today);
            QCOMPARE(good.kind, IdentifierKind::IdNumber);
            QVERIFY2(good.isValid(), qPrintable(id));
            // Every single substitution with another digit (or X) …
            for (qsizetype i = 0; i < 18; ++i) {
                const QString alphabet = i == 17 ? u"0123456789X"_s : u"0123456789"_s;
                for (QChar c : alphabet) {
                    if (c == id[i])
                        continue;
                    QString mutant = id;
                    mutant[i] = c;
                    const RecognisedQuery q = IdentifierKinds::recognise(mutant, m_today);
                    QCOMPARE(q.kind, IdentifierKind::IdNumber);
                    QVERIFY2(!q.errorCode.isEmpty(), qPrintable(mutant));
                    // The validator's own verdict, word for word.
                    QCOMPARE(q.errorCode,
                             ResidentIdNumber::errorCode(
                                     ResidentIdNumber::check(mutant, m_today).error));
                    ++mutants;
                }
            }
            // … and every swap of two different adjacent characters.
            for (qsizetype i = 0; i + 1 < 18; ++i) {
                if (id[i] == id[i + 1])
                    continue;
                QString mutant = id;
                std::swap(mutant[i], mutant[i + 1]);
                const RecognisedQuery q = IdentifierKinds::recognise(mutant, m_today);
                QCOMPARE(q.kind, IdentifierKind::IdNumber);
                QVERIFY2(!q.errorCode.isEmpty(), qPrintable(mutant));
                ++mutants;
            }
        }
        QVERIFY(mutants > 50000);
    }

    void mobilesAgreeWithTheValidator()
    {
        QRandomGenerator rng(7);
        for (int n = 0; n < 2000; ++n) {
            QString digits = u"1"_s + QString::number(rng.bounded(10));
            for (int i = 0; i < 9; ++i)
                digits += QString::number(rng.bounded(10));
            const RecognisedQuery q = IdentifierKinds::recognise(digits, m_today);
            QCOMPARE(q.kind, IdentifierKind::Mobile);
            const MobileNumberCheck check = MobileNumber::check(digits);
            QCOMPARE(q.errorCode, MobileNumber::errorCode(check.error));
            QCOMPARE(q.isValid(), check.isValid());
        }
    }

    void fullWidthDigitsAreNotNumbers()
    {
        // Typed with an IME: not an ID number, not a mobile — a name search at most.
        const RecognisedQuery q = IdentifierKinds::recognise(u"\uFF11\uFF13\uFF18", m_today);
        QVERIFY(q.kind != IdentifierKind::Mobile && q.kind != IdentifierKind::AccountId);
    }

    void asciiLowerLeavesOtherLettersAlone()
    {
        QCOMPARE(IdentifierKinds::asciiLower(u"ZHANG Wéi 张"), u"zhang wéi 张"_s);
        QCOMPARE(IdentifierKinds::asciiLower(u"ÉMILE"), u"Émile"_s);
    }
};

QTEST_GUILESS_MAIN(TestIdentifierKind)
#include "tst_identifierkind.moc"
