// Validators shared by console and server (RELIABILITY test 12): vector tables,
// and property tests that every single substitution and adjacent swap is caught.
#include "domain/creditcode.h"
#include "domain/emailaddress.h"
#include "domain/mobilenumber.h"
#include "domain/personaldatamask.h"
#include "domain/residentidnumber.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestValidators : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 21};

    static QString validId(QRandomGenerator &rng)
    {
        static const int provinces[] = {11, 31, 32, 33, 41, 44, 51, 65};
        QString s = QString::number(provinces[rng.bounded(8)]);
        s += QStringLiteral("%1").arg(rng.bounded(100, 9999), 4, 10, QLatin1Char('0'));
        const QDate birth = QDate(1950, 1, 1).addDays(rng.bounded(365 * 55));
        s += birth.toString(u"yyyyMMdd"_s);
        s += QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        return s + ResidentIdNumber::checkCharacter(s);
    }

    static QString validCreditCode(QRandomGenerator &rng)
    {
        const QStringView alphabet = CreditCode::alphabet();
        QString s = u"91"_s;
        s += QStringLiteral("%1").arg(rng.bounded(110000, 659999));
        for (int i = 0; i < 9; ++i)
            s += alphabet[rng.bounded(31)];
        return s + CreditCode::checkCharacter(s);
    }

private slots:
    void residentIdVectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        using E = ResidentIdCheck::Error;
        // Check digits computed by hand from GB 11643's weights.
        QTest::newRow("valid") << u"11010519491231002X"_s << int(E::None);
        QTest::newRow("valid lower-case x") << u"11010519491231002x"_s << int(E::None);
        QTest::newRow("valid with spaces") << u"110105 19491231 002X"_s << int(E::None);
        QTest::newRow("valid digit check") << u"440524198001010013"_s << int(E::None);
        QTest::newRow("wrong check digit") << u"110105194912310021"_s << int(E::WrongCheckDigit);
        QTest::newRow("empty") << u""_s << int(E::Empty);
        QTest::newRow("short") << u"11010519491231002"_s << int(E::WrongLength);
        QTest::newRow("long") << u"11010519491231002X1"_s << int(E::WrongLength);
        QTest::newRow("letter inside") << u"1101051949123100A2"_s << int(E::InvalidCharacter);
        QTest::newRow("full-width digit")
                << u"11010519491231002\uFF11"_s << int(E::InvalidCharacter);
        QTest::newRow("Feb 30") << u"110105194902300011"_s << int(E::ImpossibleBirthDate);
        QTest::newRow("month 13") << u"110105194913010011"_s << int(E::ImpossibleBirthDate);
        QTest::newRow("before 1900") << u"440524188001010014"_s << int(E::ImpossibleBirthDate);
        QTest::newRow("future") << u"110105203001010011"_s << int(E::FutureBirthDate);
        QTest::newRow("unknown region") << u"990105194912310021"_s << int(E::UnknownRegion);
    }
    void residentIdVectors()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        const ResidentIdCheck r = ResidentIdNumber::check(input, m_today);
        QCOMPARE(int(r.error), error);
        if (r.isValid()) {
            QCOMPARE(r.normalized.size(), 18);
            QVERIFY(!r.normalized.contains(u'x'));
        }
    }

    void residentIdCatchesEverySubstitutionAndSwap()
    {
        QRandomGenerator rng(20261121);
        int mutants = 0;
        for (int n = 0; n < 300; ++n) {
            const QString id = validId(rng);
            QVERIFY2(ResidentIdNumber::check(id, m_today).isValid(), qPrintable(id));
            for (int i = 0; i < 18; ++i) {
                const QString chars = i == 17 ? u"0123456789X"_s : u"0123456789"_s;
                for (QChar c : chars) {
                    if (c == id[i])
                        continue;
                    QString m = id;
                    m[i] = c;
                    ++mutants;
                    QVERIFY2(!ResidentIdNumber::check(m, m_today).isValid(), qPrintable(m));
                }
                if (i < 17 && id[i] != id[i + 1] && id[i + 1] != u'X') {
                    QString m = id;
                    std::swap(m[i], m[i + 1]);
                    ++mutants;
                    QVERIFY2(!ResidentIdNumber::check(m, m_today).isValid(), qPrintable(m));
                }
            }
        }
        QVERIFY(mutants > 40000);
    }

    void creditCodeVectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        using E = CreditCodeCheck::Error;
        QTest::newRow("valid (Huawei)") << u"914403001922038216"_s << int(E::None);
        QTest::newRow("valid (Tencent)") << u"9144030071526726XG"_s << int(E::None);
        QTest::newRow("valid lower case") << u"9144030071526726xg"_s << int(E::None);
        QTest::newRow("wrong check") << u"914403001922038217"_s << int(E::WrongCheckCharacter);
        QTest::newRow("letter I") << u"91440300192203821I"_s << int(E::InvalidCharacter);
        QTest::newRow("letter O") << u"9144030019220382O6"_s << int(E::InvalidCharacter);
        QTest::newRow("letter S") << u"S14403001922038216"_s << int(E::InvalidCharacter);
        QTest::newRow("letter V") << u"V14403001922038216"_s << int(E::InvalidCharacter);
        QTest::newRow("letter Z") << u"Z14403001922038216"_s << int(E::InvalidCharacter);
        QTest::newRow("short") << u"91440300192203821"_s << int(E::WrongLength);
        QTest::newRow("empty") << u""_s << int(E::Empty);
    }
    void creditCodeVectors()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        QCOMPARE(int(CreditCode::check(input).error), error);
    }

    void creditCodeStartingWithLetter()
    {
        // Any 17 allowed characters get a check character that validates.
        const QString s = u"Y1110000MA0ABCDE1"_s;
        const QChar c = CreditCode::checkCharacter(s);
        QVERIFY(!c.isNull());
        QVERIFY(CreditCode::check(QString(s + c)).isValid());
    }

    void creditCodeCatchesEverySubstitutionAndSwap()
    {
        QRandomGenerator rng(32100);
        const QStringView alphabet = CreditCode::alphabet();
        int mutants = 0;
        for (int n = 0; n < 200; ++n) {
            const QString code = validCreditCode(rng);
            QVERIFY2(CreditCode::check(code).isValid(), qPrintable(code));
            for (int i = 0; i < 18; ++i) {
                for (QChar c : alphabet) {
                    if (c == code[i])
                        continue;
                    QString m = code;
                    m[i] = c;
                    ++mutants;
                    QVERIFY2(!CreditCode::check(m).isValid(), qPrintable(m));
                }
                if (i < 17 && code[i] != code[i + 1]) {
                    QString m = code;
                    std::swap(m[i], m[i + 1]);
                    ++mutants;
                    QVERIFY2(!CreditCode::check(m).isValid(), qPrintable(m));
                }
            }
        }
        QVERIFY(mutants > 100000);
    }

    void mobileVectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("normalized");
        using E = MobileNumberCheck::Error;
        QTest::newRow("plain") << u"13812345678"_s << int(E::None) << u"13812345678"_s;
        QTest::newRow("+86") << u"+86 138-1234-5678"_s << int(E::None) << u"13812345678"_s;
        QTest::newRow("0086") << u"008619912345678"_s << int(E::None) << u"19912345678"_s;
        QTest::newRow("landline") << u"01012345678"_s << int(E::NotMobile) << QString();
        QTest::newRow("12x") << u"12812345678"_s << int(E::NotMobile) << QString();
        QTest::newRow("short") << u"1381234567"_s << int(E::WrongLength) << QString();
        QTest::newRow("letters") << u"1381234567a"_s << int(E::InvalidCharacter) << QString();
        QTest::newRow("full-width")
                << u"1381234567\uFF18"_s << int(E::InvalidCharacter) << QString();
        QTest::newRow("empty") << u"  "_s << int(E::Empty) << QString();
    }
    void mobileVectors()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        QFETCH(QString, normalized);
        const MobileNumberCheck r = MobileNumber::check(input);
        QCOMPARE(int(r.error), error);
        if (r.isValid())
            QCOMPARE(r.normalized, normalized);
    }

    void emailVectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        using E = EmailAddressCheck::Error;
        QTest::newRow("plain") << u"zhang.wei@example.com"_s << int(E::None);
        QTest::newRow("plus") << u"li+queue@mail.example.cn"_s << int(E::None);
        QTest::newRow("upper domain") << u"Li@Example.COM"_s << int(E::None);
        QTest::newRow("no at") << u"zhang.example.com"_s << int(E::MissingAt);
        QTest::newRow("two at") << u"a@b@example.com"_s << int(E::MissingAt);
        QTest::newRow("dot start") << u".a@example.com"_s << int(E::BadLocalPart);
        QTest::newRow("double dot") << u"a..b@example.com"_s << int(E::BadLocalPart);
        QTest::newRow("space") << u"a b@example.com"_s << int(E::BadLocalPart);
        QTest::newRow("han local") << u"张伟@example.com"_s << int(E::BadLocalPart);
        QTest::newRow("no tld") << u"a@localhost"_s << int(E::BadDomain);
        QTest::newRow("numeric tld") << u"a@example.123"_s << int(E::BadDomain);
        QTest::newRow("hyphen label") << u"a@-x.com"_s << int(E::BadDomain);
        QTest::newRow("empty") << u""_s << int(E::Empty);
    }
    void emailVectors()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        QCOMPARE(int(EmailAddress::check(input).error), error);
    }

    void masks()
    {
        QCOMPARE(PersonalDataMask::residentId(u"11010519491231002X"), u"1***************2X"_s);
        QCOMPARE(PersonalDataMask::mobile(u"13812345678"), u"138****5678"_s);
        QCOMPARE(PersonalDataMask::email(u"zhang.wei@example.com"), u"z***@example.com"_s);
        QCOMPARE(PersonalDataMask::name(u"张伟"), u"张*"_s);
        QCOMPARE(PersonalDataMask::name(u"Wei Zhang"), u"W** Z****"_s);
    }

    void errorCodesAreStable()
    {
        QCOMPARE(ResidentIdNumber::errorCode(ResidentIdCheck::Error::WrongCheckDigit),
                 u"id_number_wrong_check_digit"_s);
        QCOMPARE(CreditCode::errorCode(CreditCodeCheck::Error::WrongCheckCharacter),
                 u"credit_code_wrong_check_character"_s);
        QCOMPARE(MobileNumber::errorCode(MobileNumberCheck::Error::NotMobile),
                 u"mobile_not_mainland"_s);
        QCOMPARE(EmailAddress::errorCode(EmailAddressCheck::Error::BadDomain),
                 u"email_bad_domain"_s);
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
