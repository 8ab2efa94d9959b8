#include "domain/creditcode.h"
#include "domain/emailaddress.h"
#include "domain/jsontime.h"
#include "domain/mobilenumber.h"
#include "domain/problem.h"
#include "domain/residentidnumber.h"
#include "domain/websiteaddress.h"
#include "services/api/apiresult.h"
#include "services/api/errortext.h"

#include <QFile>
#include <QLocale>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Every code problem.h declares, read from the header itself, so that a code
// added there without its sentence here fails this test.
QStringList declaredProblemCodes(bool fieldCodes)
{
    QFile header(qEnvironmentVariable("GATEHOUSE_SOURCE_DIR") + u"/models/domain/problem.h"_s);
    if (!header.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression declaration(
            uR"re(inline constexpr char16_t (\w+)\[\] = u"([a-z_]+)";)re"_s);
    QStringList codes;
    auto it = declaration.globalMatch(QString::fromUtf8(header.readAll()));
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.captured(1).startsWith(u"Field"_s) == fieldCodes)
            codes.append(match.captured(2));
    }
    return codes;
}

template<typename Error, typename Fn>
QStringList validatorCodes(Fn errorCode)
{
    QStringList codes;
    for (int i = 1;; ++i) {
        const QString code = errorCode(Error(i));
        if (code.isEmpty())
            break;
        codes.append(code);
    }
    return codes;
}

QStringList allValidatorCodes()
{
    return validatorCodes<ResidentIdCheck::Error>(&ResidentIdNumber::errorCode)
            + validatorCodes<CreditCodeCheck::Error>(&CreditCode::errorCode)
            + validatorCodes<MobileNumberCheck::Error>(&MobileNumber::errorCode)
            + validatorCodes<EmailAddressCheck::Error>(&EmailAddress::errorCode)
            + validatorCodes<WebsiteAddressCheck::Error>(&WebsiteAddress::errorCode)
            + validatorCodes<ContactNumberCheck::Error>(&ContactNumber::errorCode);
}

Problem problem(const QString &code, int status, QJsonObject extensions = {})
{
    Problem p;
    p.code = code;
    p.status = status;
    p.extensions = std::move(extensions);
    return p;
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyProblemCodeHasItsOwnSentence();
    void everyFieldAndValidatorCodeHasItsOwnSentence();
    void signInProblemsReadDistinctly();
    void lockedUntilIsLocalTwentyFourHourTime();
    void lockedOnAnotherDayNamesTheDate();
    void attemptsRemainingAndRetryAfter();
    void everyNetworkErrorHasASentence();
    void connectionFailuresSayWhatToDo();
    void everyHttpStatusFamilyHasASentence();
    void tlsFailuresAreNamed();
    void resultPicksTheMostPreciseWords();
    void validationNamesTheFirstField();
};

void TestErrorText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(!declaredProblemCodes(false).isEmpty(),
             "run through CTest: GATEHOUSE_SOURCE_DIR names the tree");
}

void TestErrorText::everyProblemCodeHasItsOwnSentence()
{
    const QStringList codes = declaredProblemCodes(false);
    QVERIFY(codes.size() >= 30);
    const QString unknown = ErrorText::forProblemCode(u"no_such_code"_s, 400);
    QVERIFY(!ErrorText::knowsProblemCode(u"no_such_code"_s));
    for (const QString &code : codes) {
        QVERIFY2(ErrorText::knowsProblemCode(code), qPrintable(code));
        const QString text = ErrorText::forProblemCode(code, 400);
        QVERIFY2(text != unknown, qPrintable(code));
        QVERIFY2(text.endsWith(u'.'), qPrintable(code + u": "_s + text));
        // Two sentences at most: what happened, what to do.
        QVERIFY2(text.count(u". "_s) <= 2, qPrintable(text));
    }
}

void TestErrorText::everyFieldAndValidatorCodeHasItsOwnSentence()
{
    const QStringList fieldCodes = declaredProblemCodes(true);
    QVERIFY(fieldCodes.size() >= 9);
    const QStringList validators = allValidatorCodes();
    QVERIFY(validators.contains(u"id_number_wrong_check_digit"_s));
    QVERIFY(validators.contains(u"credit_code_wrong_check_character"_s));
    QVERIFY(validators.contains(u"mobile_not_mainland"_s));
    QVERIFY(validators.contains(u"email_bad_domain"_s));
    QVERIFY(validators.contains(u"website_has_credentials"_s));
    QVERIFY(validators.contains(u"contact_number_invalid"_s));
    QSet<QString> texts;
    for (const QString &code : fieldCodes + validators) {
        QVERIFY2(ErrorText::knowsFieldCode(code), qPrintable(code));
        const QString text = ErrorText::forFieldCode(u"id_number"_s, code);
        QVERIFY2(text.endsWith(u'.'), qPrintable(text));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), fieldCodes.size() + validators.size());
    QVERIFY(ErrorText::forFieldCode(u"email"_s, u"missing"_s).contains(u"Email address"_s));
    QVERIFY(ErrorText::forFieldCode(u"mystery_field"_s, u"too_long"_s)
                    .contains(u"mystery_field"_s));
}

void TestErrorText::signInProblemsReadDistinctly()
{
    const QStringList codes{u"invalid_credentials"_s,   u"account_locked"_s,
                            u"account_disabled"_s,      u"organization_not_member"_s,
                            u"session_expired"_s,       u"refresh_token_reused"_s,
                            u"refresh_token_invalid"_s, u"token_expired"_s};
    QSet<QString> texts;
    for (const QString &code : codes)
        texts.insert(ErrorText::forProblem(problem(code, 401)));
    QCOMPARE(texts.size(), codes.size());
    QVERIFY(ErrorText::forProblemCode(u"account_disabled"_s, 403).contains(u"administrator"_s));
    QVERIFY(ErrorText::forProblemCode(u"refresh_token_reused"_s, 401).contains(u"Sign in again"_s));
}

void TestErrorText::lockedUntilIsLocalTwentyFourHourTime()
{
    // Later today in local time, past noon, so that a 12-hour clock would show.
    QDateTime local = QDateTime::currentDateTime();
    local.setTime(QTime(23, 47));
    if (local < QDateTime::currentDateTime())
        QSKIP("too close to midnight for a same-day lock");
    const QString until = JsonTime::format(local.toUTC());
    const QString text =
            ErrorText::forProblem(problem(u"account_locked"_s, 423, {{u"locked_until"_s, until}}));
    QVERIFY2(text.contains(u"Try again after 23:47"_s), qPrintable(text));
    QVERIFY(!text.contains(u"PM"_s, Qt::CaseInsensitive));

    // The locale's own digits and order: Chinese still 24-hour.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString chinese =
            ErrorText::forProblem(problem(u"account_locked"_s, 423, {{u"locked_until"_s, until}}));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY2(chinese.contains(u"23:47"_s), qPrintable(chinese));
}

void TestErrorText::lockedOnAnotherDayNamesTheDate()
{
    const QDateTime local(QDate::currentDate().addDays(2), QTime(9, 5));
    const QString text = ErrorText::forProblem(problem(
            u"account_locked"_s, 423, {{u"locked_until"_s, JsonTime::format(local.toUTC())}}));
    QVERIFY2(text.contains(u"09:05"_s), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(local.date(), QLocale::ShortFormat)),
             qPrintable(text));
    // Without the time the sentence still says what to do.
    QVERIFY(ErrorText::forProblem(problem(u"account_locked"_s, 423))
                    .contains(u"Try again later"_s));
}

void TestErrorText::attemptsRemainingAndRetryAfter()
{
    const QString two = ErrorText::forProblem(
            problem(u"invalid_credentials"_s, 401, {{u"attempts_remaining"_s, 2}}));
    // Plural forms come from the .ts files; untranslated, the source says "attempt(s)".
    QVERIFY2(two.contains(u"2 more failed attempt"_s), qPrintable(two));
    const QString one = ErrorText::forProblem(
            problem(u"invalid_credentials"_s, 401, {{u"attempts_remaining"_s, 1}}));
    QVERIFY2(one.contains(u"1 more failed attempt"_s), qPrintable(one));
    QVERIFY(ErrorText::forProblem(problem(u"invalid_credentials"_s, 401)) != two);
    QVERIFY(ErrorText::forProblem(problem(u"rate_limited"_s, 429), 30).contains(u"30 second"_s));
    QVERIFY(ErrorText::forProblem(problem(u"internal_error"_s, 500), -1, u"abc123"_s)
                    .contains(u"abc123"_s));
    const QString claimed = ErrorText::forProblem(problem(
            u"claimed_by_other"_s, 409, {{u"claim"_s, QJsonObject{{u"name"_s, u"Emily Chen"_s}}}}));
    QVERIFY2(claimed.startsWith(u"Emily Chen is working on this item."_s), qPrintable(claimed));
}

void TestErrorText::everyNetworkErrorHasASentence()
{
    const QMetaEnum errors = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    const QString generic = ErrorText::forNetworkError(QNetworkReply::UnknownNetworkError);
    QSet<QString> texts;
    for (int i = 0; i < errors.keyCount(); ++i) {
        const auto error = QNetworkReply::NetworkError(errors.value(i));
        const QString text = ErrorText::forNetworkError(error);
        if (error == QNetworkReply::NoError) {
            QVERIFY(text.isEmpty());
            continue;
        }
        QVERIFY2(!text.isEmpty() && text.endsWith(u'.'), errors.key(i));
        if (error != QNetworkReply::UnknownNetworkError)
            QVERIFY2(text != generic, errors.key(i));
        texts.insert(text);
    }
    QVERIFY(texts.size() >= 25);
}

void TestErrorText::connectionFailuresSayWhatToDo()
{
    QCOMPARE(
            ErrorText::forNetworkError(QNetworkReply::ConnectionRefusedError),
            u"The server refused the connection. Check the address and that the server is running."_s);
    QVERIFY(ErrorText::forNetworkError(QNetworkReply::HostNotFoundError)
                    .contains(u"Check the address"_s));
    QVERIFY(ErrorText::forNetworkError(QNetworkReply::TimeoutError).contains(u"in time"_s));
    QVERIFY(ErrorText::forNetworkError(QNetworkReply::ProxyNotFoundError).contains(u"proxy"_s));
    QVERIFY(ErrorText::forNetworkError(QNetworkReply::SslHandshakeFailedError).contains(u"TLS"_s));
}

void TestErrorText::everyHttpStatusFamilyHasASentence()
{
    const QString refused400 = ErrorText::forHttpStatus(400);
    QSet<QString> texts;
    for (int status : {301, 302, 307, 400, 401, 403, 404, 405, 408, 409, 410, 412, 413,
                       415, 418, 422, 423, 428, 429, 431, 500, 502, 503, 504, 507, 199}) {
        const QString text = ErrorText::forHttpStatus(status);
        QVERIFY2(!text.isEmpty() && text.endsWith(u'.'), qPrintable(QString::number(status)));
        texts.insert(text);
    }
    QVERIFY(texts.size() >= 20);
    QVERIFY(ErrorText::forHttpStatus(418).contains(u"418"_s));
    QVERIFY(ErrorText::forHttpStatus(507).contains(u"507"_s));
    QVERIFY(ErrorText::forHttpStatus(302).contains(u"redirect"_s));
    QVERIFY(ErrorText::forHttpStatus(500, u"req-42"_s).contains(u"req-42"_s));
    QVERIFY(refused400 != ErrorText::forHttpStatus(422));
}

void TestErrorText::tlsFailuresAreNamed()
{
    const QString selfSigned = ErrorText::forTlsErrors({QSslError::SelfSignedCertificate});
    const QString expired = ErrorText::forTlsErrors({QSslError::CertificateExpired});
    const QString host = ErrorText::forTlsErrors({QSslError::HostNameMismatch});
    const QString authority =
            ErrorText::forTlsErrors({QSslError::UnableToGetLocalIssuerCertificate});
    QVERIFY(selfSigned.contains(u"self-signed"_s));
    QVERIFY(expired.contains(u"expired"_s));
    QVERIFY(host.contains(u"different address"_s));
    QVERIFY(authority.contains(u"authority"_s));
    QCOMPARE(QSet<QString>({selfSigned, expired, host, authority}).size(), 4);
    // Self-signed and for another host: the self-signature is the news.
    QCOMPARE(ErrorText::forTlsErrors(
                     {QSslError::HostNameMismatch, QSslError::SelfSignedCertificate}),
             selfSigned);
}

void TestErrorText::resultPicksTheMostPreciseWords()
{
    ApiResult refused;
    refused.networkError = QNetworkReply::ConnectionRefusedError;
    QCOMPARE(ErrorText::forResult(refused),
             ErrorText::forNetworkError(QNetworkReply::ConnectionRefusedError));
    QVERIFY(refused.isUnreachable());

    ApiResult timedOut = refused;
    timedOut.timedOut = true;
    QCOMPARE(ErrorText::forResult(timedOut), ErrorText::forTimeout());

    ApiResult tls;
    tls.networkError = QNetworkReply::SslHandshakeFailedError;
    tls.tlsErrors = {QSslError::CertificateExpired};
    QVERIFY(tls.isTlsFailure());
    QVERIFY(!tls.isUnreachable());
    QCOMPARE(ErrorText::forResult(tls), ErrorText::forTlsErrors(tls.tlsErrors));

    ApiResult coded;
    coded.httpStatus = 403;
    coded.networkError = QNetworkReply::ContentAccessDenied;
    coded.problem = problem(u"account_disabled"_s, 403);
    QCOMPARE(ErrorText::forResult(coded), ErrorText::forProblemCode(u"account_disabled"_s, 403));

    ApiResult plain = coded;
    plain.problem = {};
    QCOMPARE(ErrorText::forResult(plain), ErrorText::forHttpStatus(403));

    ApiResult unreadable;
    unreadable.httpStatus = 200;
    unreadable.networkError = QNetworkReply::ProtocolFailure;
    QCOMPARE(ErrorText::forResult(unreadable), ErrorText::forUnreadableAnswer());

    ApiResult ok;
    ok.ok = true;
    ok.httpStatus = 200;
    QVERIFY(ErrorText::forResult(ok).isEmpty());
}

void TestErrorText::validationNamesTheFirstField()
{
    Problem p = problem(u"validation_failed"_s, 400);
    p.fieldProblems = {{u"id_number"_s, u"id_number_wrong_check_digit"_s}};
    QCOMPARE(ErrorText::forProblem(p),
             ErrorText::forFieldCode(u"id_number"_s, u"id_number_wrong_check_digit"_s));
    p.fieldProblems.append({u"mobile"_s, u"mobile_wrong_length"_s});
    p.fieldProblems.append({u"email"_s, u"email_missing_at"_s});
    const QString text = ErrorText::forProblem(p);
    QVERIFY(text.startsWith(
            ErrorText::forFieldCode(u"id_number"_s, u"id_number_wrong_check_digit"_s)));
    QVERIFY2(text.contains(u"other 2 marked field"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
