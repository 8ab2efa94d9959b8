#pragma once

#include "models/realname/realnamequery.h"

#include <QObject>

#include <functional>

// Where the real-name models get their data. The models do no networking
// themselves: ApiRealnameSource asks the server (and the offline cache), tests
// may put in a source of their own.
class RealnameSource
{
public:
    virtual ~RealnameSource() = default;
    // Each answers exactly once through done, later (never from inside the
    // call), and only while context is alive.
    virtual void fetchCounts(QObject *context,
                             std::function<void(const RealnameCounts &)> done) = 0;
    virtual void fetchPage(const RealnameQuery &query, const QString &cursor, QObject *context,
                           std::function<void(const RealnamePage &)> done) = 0;
};
