// The strict reader for untrusted bodies: what QJsonDocument lets through is refused.
#include "domain/jsonfields.h"
#include "domain/strictjson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStrictJson : public QObject
{
    Q_OBJECT

private slots:
    void accepts()
    {
        StrictJsonError e;
        const QJsonObject o = StrictJson::parseObject(
                R"({"a":1,"b":"张伟","c":[true,null,{"d":-9223372036854775808}],"e":1.5})", &e);
        QVERIFY(e.ok());
        QCOMPARE(o.value(u"a"_s).toInt(), 1);
        QCOMPARE(o.value(u"b"_s).toString(), u"张伟"_s);
        QCOMPARE(o.value(u"c"_s).toArray().at(2).toObject().value(u"d"_s).toInteger(),
                 std::numeric_limits<qint64>::min());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        using K = StrictJsonError::Kind;
        QTest::newRow("duplicate") << QByteArray(R"({"decision":"approve","decision":"reject"})")
                                   << int(K::DuplicateKey);
        QTest::newRow("nested duplicate")
                << QByteArray(R"({"a":{"x":1,"x":2}})") << int(K::DuplicateKey);
        QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})") << int(K::InvalidString);
        QTest::newRow("NUL escape") << QByteArray(R"({"a":"x\u0000y"})") << int(K::InvalidString);
        QTest::newRow("bad utf8") << QByteArray("{\"a\":\"\xff\xfe\"}") << int(K::InvalidString);
        QTest::newRow("beyond int64")
                << QByteArray(R"({"a":9223372036854775808})") << int(K::NumberOutOfRange);
        QTest::newRow("huge") << QByteArray(R"({"a":123456789012345678901234567890})")
                              << int(K::NumberOutOfRange);
        QTest::newRow("trailing") << QByteArray(R"({"a":1} x)") << int(K::Syntax);
        QTest::newRow("two values") << QByteArray(R"({"a":1}{"b":2})") << int(K::Syntax);
        QTest::newRow("truncated") << QByteArray(R"({"a":)") << int(K::Syntax);
        QTest::newRow("empty") << QByteArray() << int(K::Syntax);
        QTest::newRow("array") << QByteArray("[1,2]") << int(K::NotAnObject);
        QTest::newRow("deep") << QByteArray(R"({"a":)") + QByteArray(100, '[') << int(K::TooDeep);
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << int(K::Syntax);
        QTest::newRow("comment") << QByteArray("{/*x*/\"a\":1}") << int(K::Syntax);
    }
    void refuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        StrictJsonError e;
        StrictJson::parseObject(body, &e);
        QCOMPARE(int(e.kind), kind);
    }

    void fieldReaderCollectsEveryProblem()
    {
        StrictJsonError e;
        StrictJson::parseObject(R"({"note":"a\u0007b"})", &e);
        QCOMPARE(e.kind, StrictJsonError::Kind::InvalidString);
        QJsonObject o = StrictJson::parseObject(
                R"({"login":42,"password":"","id":7,"extra":1,"n":1.5})", &e);
        QVERIFY(e.ok());
        o.insert(u"note"_s, u"a\u007fb"_s);
        JsonFieldReader r(o);
        r.requiredString(u"login"_s);
        r.requiredString(u"password"_s);
        r.optionalString(u"note"_s);
        r.optionalInteger(u"n"_s, 0, 10);
        r.requiredString(u"missing"_s);
        r.finish({u"id"_s});
        QVERIFY(!r.ok());
        QHash<QString, QString> byField;
        for (const FieldProblem &p : r.problems())
            byField.insert(p.field, p.code);
        QCOMPARE(byField.value(u"login"_s), u"wrong_type"_s);
        QCOMPARE(byField.value(u"password"_s), u"empty"_s);
        QCOMPARE(byField.value(u"note"_s), u"control_character"_s);
        QCOMPARE(byField.value(u"n"_s), u"wrong_type"_s);
        QCOMPARE(byField.value(u"missing"_s), u"missing"_s);
        QCOMPARE(byField.value(u"id"_s), u"privileged_field"_s);
        QCOMPARE(byField.value(u"extra"_s), u"unknown_field"_s);
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
