// Real-name levels across an organization: counts by level and eligibility for
// business registration that agree with the records, and a keyset-paged list
// filtered by level, eligibility and verification time.
#include "accountfixture.h"
#include "inprocessserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerRealname : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<AccountFixture> m_f;
    QString m_auditor;

    qint64 count(const QString &where)
    {
        return m_f->scalar(u"SELECT COUNT(*) FROM realname_records r WHERE r.platform_org_id = 1"_s
                           + where);
    }

    QList<QJsonObject> walk(const QString &filter, int limit, int *pages = nullptr)
    {
        QList<QJsonObject> rows;
        QString cursor;
        int n = 0;
        do {
            QString path = u"/api/v1/realname/records?limit=%1"_s.arg(limit) + filter;
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const HttpReply r = m_f->get(m_auditor, path);
            if (r.status != 200) {
                qWarning() << r.status << r.body;
                return {};
            }
            const QJsonArray items = r.json().value(u"items"_s).toArray();
            for (const QJsonValue &v : items)
                rows.append(v.toObject());
            cursor = r.json().value(u"next_cursor"_s).toString();
            ++n;
        } while (!cursor.isEmpty() && n < 1000);
        if (pages)
            *pages = n;
        return rows;
    }

private slots:
    void initTestCase()
    {
        InProcessServer::Options o;
        QString error;
        QVERIFY2(m_backend.apply(o, &error), qPrintable(error));
        o.demoSize = 1500;
        m_server = std::make_unique<InProcessServer>(o);
        QVERIFY(m_server->start());
        m_f = std::make_unique<AccountFixture>(*m_server);
        m_auditor = m_f->token(u"auditor"_s);
        // The trigger filled every demo record's organization.
        QCOMPARE(m_f->scalar(
                         u"SELECT COUNT(*) FROM realname_records WHERE platform_org_id IS NULL"_s),
                 0);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM realname_records r JOIN accounts a ON a.id = "
                             u"r.account_id"
                             " WHERE a.platform_org_id <> r.platform_org_id"_s),
                 0);
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.reset();
    }

    void countsAgreeWithTheRecords()
    {
        // Add one of each kind of level-4 record the rule separates.
        const auto add = [&](int n, const QString &validTo, const QString &state) {
            NewAccount a;
            a.displayName = u"实名测试%1"_s.arg(n);
            const qint64 id = m_f->add(a);
            m_f->addRealname(id, 4, AccountFixture::idNumber(n), validTo, state);
            return id;
        };
        add(31, QString(), u"passed"_s);        // long-term card: eligible
        add(32, u"2026-11-20"_s, u"passed"_s);  // expired yesterday (Beijing): not eligible
        add(33, u"2026-11-21"_s, u"passed"_s);  // valid through today: eligible
        add(34, u"2036-01-01"_s, u"pending"_s); // check not passed: not eligible

        const HttpReply r = m_f->get(m_auditor, u"/api/v1/realname/levels"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        const QJsonArray levels = o.value(u"levels"_s).toArray();
        QCOMPARE(levels.size(), 2);
        QCOMPARE(levels[0].toObject().value(u"level"_s).toInt(), 3);
        QCOMPARE(levels[0].toObject().value(u"count"_s).toInteger(), count(u" AND level = 3"_s));
        QCOMPARE(levels[1].toObject().value(u"count"_s).toInteger(), count(u" AND level = 4"_s));
        const qint64 eligible = count(u" AND level = 4 AND four_element_state = 'passed' AND"
                                      " (id_valid_to IS NULL OR id_valid_to >= '2026-11-21')"_s);
        QVERIFY(eligible > 2);
        QCOMPARE(o.value(u"eligible_for_business_registration"_s).toInteger(), eligible);
        const qint64 accounts =
                m_f->scalar(u"SELECT COUNT(*) FROM accounts WHERE platform_org_id = 1"_s);
        QCOMPARE(o.value(u"accounts"_s).toInteger(), accounts);
        QCOMPARE(o.value(u"without_record"_s).toInteger(), accounts - count(QString()));

        const QList<QJsonObject> rows = walk(u"&level=4"_s, 500);
        QHash<QString, QJsonObject> byName;
        for (const QJsonObject &row : rows)
            byName.insert(row.value(u"display_name"_s).toString(), row);
        QVERIFY(byName.value(u"实名测试31"_s)
                        .value(u"eligible_for_business_registration"_s)
                        .toBool());
        QVERIFY(byName.value(u"实名测试31"_s).value(u"long_term"_s).toBool());
        QCOMPARE(byName.value(u"实名测试32"_s).value(u"ineligible_reason"_s).toString(),
                 u"id_card_expired"_s);
        QVERIFY(byName.value(u"实名测试33"_s)
                        .value(u"eligible_for_business_registration"_s)
                        .toBool());
        QCOMPARE(byName.value(u"实名测试34"_s).value(u"ineligible_reason"_s).toString(),
                 u"four_element_check_not_passed"_s);
    }

    void filtersAndPagesWalkEveryRecordOnce()
    {
        int pages = 0;
        const QList<QJsonObject> level3 = walk(u"&level=3"_s, 37, &pages);
        QCOMPARE(qint64(level3.size()), count(u" AND level = 3"_s));
        QCOMPARE(pages, int((level3.size() + 36) / 37));
        QSet<qint64> ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonObject &row : level3) {
            QCOMPARE(row.value(u"level"_s).toInt(), 3);
            QVERIFY(!row.value(u"eligible_for_business_registration"_s).toBool());
            QCOMPARE(row.value(u"ineligible_reason"_s).toString(), u"level_below_4"_s);
            ids.insert(row.value(u"account_id"_s).toInteger());
            const qint64 at =
                    QDateTime::fromString(row.value(u"verified_at"_s).toString(), Qt::ISODateWithMs)
                            .toMSecsSinceEpoch();
            QVERIFY(at <= previous); // newest first
            previous = at;
            QVERIFY(row.value(u"id_number"_s).toString().contains(u"***************"_s));
        }
        QCOMPARE(qint64(ids.size()), qint64(level3.size()));

        const QList<QJsonObject> eligible = walk(u"&eligible=true"_s, 100);
        const QList<QJsonObject> notEligible = walk(u"&eligible=false"_s, 100);
        QCOMPARE(qint64(eligible.size() + notEligible.size()), count(QString()));
        for (const QJsonObject &row : eligible)
            QVERIFY(row.value(u"eligible_for_business_registration"_s).toBool());
        for (const QJsonObject &row : notEligible)
            QVERIFY(!row.value(u"eligible_for_business_registration"_s).toBool());
        // Eligibility is a level-4 matter: level 3 and eligible lists nothing.
        QVERIFY(walk(u"&level=3&eligible=true"_s, 100).isEmpty());
        QCOMPARE(qint64(walk(u"&level=4&eligible=true"_s, 100).size()), qint64(eligible.size()));

        // Verified in a window: [from, to).
        const qint64 from = m_f->scalar(
                u"SELECT MIN(verified_at) FROM realname_records WHERE platform_org_id = 1"_s);
        const qint64 to = from + 365LL * 24 * 3600 * 1000;
        const QString window = u"&verified_from=%1&verified_to=%2"_s.arg(
                QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODateWithMs),
                QDateTime::fromMSecsSinceEpoch(to, Qt::UTC).toString(Qt::ISODateWithMs));
        const QList<QJsonObject> inWindow = walk(window, 200);
        QCOMPARE(qint64(inWindow.size()),
                 count(u" AND verified_at >= %1 AND verified_at < %2"_s.arg(from).arg(to)));
        const HttpReply first = m_f->get(m_auditor, u"/api/v1/realname/records?limit=5"_s + window);
        QCOMPARE(first.json().value(u"total"_s).toInteger(), qint64(inWindow.size()));
        QVERIFY(first.json().value(u"total_exact"_s).toBool());
    }

    void badFiltersAreNamed()
    {
        for (const auto &[query, field] :
             {std::pair{u"level=5"_s, u"level"_s}, std::pair{u"eligible=yes"_s, u"eligible"_s},
              std::pair{u"verified_from=yesterday"_s, u"verified_from"_s},
              std::pair{u"limit=501"_s, u"limit"_s}, std::pair{u"cursor=abc"_s, u"cursor"_s}}) {
            const HttpReply r = m_f->get(m_auditor, u"/api/v1/realname/records?"_s + query);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"errors"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"field"_s)
                             .toString(),
                     field);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerRealname)
#include "tst_server_realname.moc"
