#pragma once

#include "services/api/apiresult.h"

#include <QObject>
#include <QPointer>

#include <functional>

// One API call in flight. Emits finished() exactly once (also when cancelled),
// then deletes itself. Bind handlers with then(): the handler runs only while
// its context object is alive, so a closed pane never gets a stale answer.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    template<typename Fn>
    ApiJob *then(QObject *context, Fn &&fn)
    {
        connect(this, &ApiJob::finished, context, std::forward<Fn>(fn));
        return this;
    }

    virtual void cancel() = 0;
    virtual QString path() const = 0;

signals:
    void finished(const ApiResult &result);
};
