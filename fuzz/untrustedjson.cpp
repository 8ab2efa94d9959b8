// libFuzzer over what arrives from outside: bytes → StrictJson → the server's
// field reader with the submission and decision shapes → the shared validators,
// and the same object through every record decoder the console runs on a
// server's answer. Besides "no crash, no sanitizer report", it checks the
// properties the rest of the code relies on; a broken one aborts the run.
#include "domain/accountrecords.h"
#include "domain/businesscalendar.h"
#include "domain/creditcode.h"
#include "domain/emailaddress.h"
#include "domain/identifierkind.h"
#include "domain/jsonfields.h"
#include "domain/jsontime.h"
#include "domain/mobilenumber.h"
#include "domain/organizationrecords.h"
#include "domain/personaldatamask.h"
#include "domain/problem.h"
#include "domain/queuerecords.h"
#include "domain/residentidnumber.h"
#include "domain/sessionrecords.h"
#include "domain/strictjson.h"
#include "domain/websiteaddress.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void broken(const char *property)
{
    std::fprintf(stderr, "property broken: %s\n", property);
    std::abort();
}

void expect(bool holds, const char *property)
{
    if (!holds)
        broken(property);
}

const QDate kToday(2026, 12, 7);

// Every validator on one piece of text, with what a valid answer promises.
void validate(const QString &text)
{
    const CreditCodeCheck credit = CreditCode::check(text);
    if (credit.isValid()) {
        expect(credit.normalized.size() == 18, "a valid credit code has 18 characters");
        expect(CreditCode::checkCharacter(QStringView(credit.normalized).first(17))
                       == credit.normalized.back(),
               "a valid credit code ends in its check character");
    }
    const ResidentIdCheck id = ResidentIdNumber::check(text, kToday);
    if (id.isValid()) {
        expect(id.normalized.size() == 18, "a valid ID number has 18 characters");
        expect(ResidentIdNumber::checkCharacter(QStringView(id.normalized).first(17))
                       == id.normalized.back(),
               "a valid ID number ends in its check character");
        const QString masked = PersonalDataMask::residentId(id.normalized);
        expect(masked.size() == 18 && masked.count(u'*') == 15
                       && masked.front() == id.normalized.front()
                       && masked.last(2) == id.normalized.last(2),
               "a masked ID number shows its first and last two characters only");
    }
    const MobileNumberCheck mobile = MobileNumber::check(text);
    if (mobile.isValid()) {
        expect(mobile.normalized.size() == 11, "a valid mobile number has 11 digits");
        const QString masked = PersonalDataMask::mobile(mobile.normalized);
        expect(masked.size() == 11 && QStringView(masked).sliced(3, 4) == u"****"
                       && masked.first(3) == mobile.normalized.first(3)
                       && masked.last(4) == mobile.normalized.last(4),
               "a masked mobile number shows its first three and last four digits only");
    }
    const EmailAddressCheck email = EmailAddress::check(text);
    if (email.isValid())
        expect(email.normalized.contains(u'@'), "a valid email address has an @");
    (void)WebsiteAddress::check(text);
    (void)ContactNumber::check(text);
    (void)PersonalDataMask::email(text);
    (void)PersonalDataMask::name(text);
    (void)JsonTime::parse(text);
    const RecognisedQuery query = IdentifierKinds::recognise(text, kToday);
    (void)IdentifierKinds::recognise(text, kToday, true);
    for (IdentifierKind kind : IdentifierKinds::all())
        (void)IdentifierKinds::recogniseAs(kind, text, kToday);
    (void)query;
}

// The server's reading of a verification, an application and a decision.
void readAsTheServerDoes(const QJsonObject &body)
{
    {
        JsonFieldReader r(body);
        (void)r.requiredInteger(u"applicant_account_id"_s, 1, 1LL << 53);
        (void)r.requiredInteger(u"organization_id"_s, 1, 1LL << 53);
        const QString company = r.requiredString(u"company_name"_s, 100);
        const QString creditCode = r.requiredString(u"credit_code"_s, 40);
        (void)r.requiredString(u"legal_representative"_s, 50);
        const QString phone = r.requiredString(u"contact_phone"_s, 40);
        const QString email = r.optionalString(u"contact_email"_s, 254).value_or(QString());
        (void)r.optionalString(u"website"_s, 2048);
        (void)r.optionalStringList(u"tags"_s, 20, 40);
        (void)r.optionalBool(u"draft"_s);
        r.finish({u"id"_s, u"status"_s, u"version"_s});
        expect(r.ok() || !r.problems().isEmpty(), "a refused body says why");
        for (const FieldProblem &problem : r.problems())
            expect(!problem.code.isEmpty(), "every field problem has a code");
        if (r.ok()) {
            expect(company.size() <= 100 && creditCode.size() <= 40,
                   "read strings keep their limits");
            validate(creditCode);
            validate(phone);
            validate(email);
        }
    }
    {
        JsonFieldReader r(body);
        (void)r.requiredString(u"decision"_s, 20);
        (void)r.optionalString(u"reason_code"_s, 64);
        (void)r.optionalString(u"reason_text"_s, 2000);
        (void)r.optionalInteger(u"version"_s, 0, 1LL << 53);
        r.finish();
    }
}

// What the console does with a server's answer: decode, never trust.
void decodeAsTheConsoleDoes(const QJsonObject &o)
{
    (void)Problem::fromJson(o, 400);
    (void)SessionGrant::fromJson(o);
    (void)OrganizationChoice::fromJson(o);
    (void)QueueItemSummary::fromJson(o);
    (void)QueueItemDetail::fromJson(o);
    (void)ReasonCode::fromJson(o);
    (void)AccountSummary::fromJson(o);
    (void)OrganizationSummary::fromJson(o);
    (void)DepartmentNode::fromJson(o);
    (void)MemberNode::fromJson(o);
    (void)OrganizationMembership::fromJson(o);
    (void)OrganizationChange::fromJson(o);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isArray())
            (void)BusinessCalendar::fromJson(it->toArray());
        if (it->isString())
            validate(it->toString());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    validate(QString::fromUtf8(bytes));

    StrictJsonError error;
    const QJsonObject body = StrictJson::parseObject(bytes, &error);
    if (!error.ok()) {
        expect(body.isEmpty(), "a refused body yields no object");
        expect(error.offset >= 0 && error.offset <= qsizetype(size),
               "the error offset lies inside the body");
        return 0;
    }
    // What the strict reader accepts, written out again, it accepts again and
    // writes out the same (compared as text: 4.5e15 comes back as an integer).
    const QByteArray again = QJsonDocument(body).toJson(QJsonDocument::Compact);
    StrictJsonError second;
    const QJsonObject reread = StrictJson::parseObject(again, &second);
    expect(second.ok() && QJsonDocument(reread).toJson(QJsonDocument::Compact) == again,
           "an accepted body survives a round trip");

    readAsTheServerDoes(body);
    decodeAsTheConsoleDoes(body);
    return 0;
}
