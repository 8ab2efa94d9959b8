#include "models/accounts/apiaccountsearchsource.h"

#include "services/api/apiclient.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

std::function<void()>
ApiAccountSearchSource::fetchPage(const AccountSearchQuery &query, const QString &cursor,
                                  QObject *context,
                                  std::function<void(const AccountSearchPage &)> done)
{
    QUrlQuery parameters;
    parameters.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(query.text)));
    if (query.kind != IdentifierKind::Empty)
        parameters.addQueryItem(u"kind"_s, IdentifierKinds::code(query.kind));
    parameters.addQueryItem(u"match"_s, query.exact ? u"exact"_s : u"prefix"_s);
    parameters.addQueryItem(u"limit"_s, QString::number(query.limit));
    if (!cursor.isEmpty())
        parameters.addQueryItem(u"cursor"_s, cursor);

    // A search is typed, not retried: the next keystroke asks again anyway.
    RequestOptions options;
    options.maxRetries = 0;
    options.timeoutMs = 10'000;
    QPointer<ApiJob> job = m_api.get(u"/api/v1/accounts"_s, parameters, options);
    auto cancelled = std::make_shared<bool>(false);
    job->then(context, [done = std::move(done), cancelled](const ApiResult &result) {
        if (*cancelled || result.cancelled)
            return;
        if (result.ok) {
            done(pageFromJson(result.json));
            return;
        }
        AccountSearchPage page;
        page.errorText = result.errorText;
        page.recognisedAs = result.problem.extensions.value(u"recognised_as"_s).toString();
        for (const FieldProblem &field : result.problem.fieldProblems) {
            if (field.field == u"q")
                page.fieldCode = field.code;
        }
        done(page);
    });
    return [job, cancelled] {
        *cancelled = true;
        if (job)
            job->cancel();
    };
}

AccountSearchPage ApiAccountSearchSource::pageFromJson(const QJsonObject &json)
{
    AccountSearchPage page;
    page.ok = true;
    const QJsonArray items = json.value(u"items"_s).toArray();
    page.items.reserve(items.size());
    for (const QJsonValue &item : items)
        page.items.append(AccountSummary::fromJson(item.toObject()));
    page.total = json.value(u"total"_s).toInteger();
    page.totalExact = json.value(u"total_exact"_s).toBool(true);
    page.nextCursor = json.value(u"next_cursor"_s).toString();
    page.recognisedAs = json.value(u"recognised_as"_s).toString();
    for (const QJsonValue &alternative : json.value(u"alternatives"_s).toArray())
        page.alternatives.append(alternative.toString());
    return page;
}
