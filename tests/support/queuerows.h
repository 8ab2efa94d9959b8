#pragma once

#include "domain/queuerecords.h"

#include <QList>

// Deterministic, realistic queue rows for model tests and benchmarks: Chinese
// and English applicants, company names, roles, submission and due times,
// claims — no server needed.
namespace QueueRows {
QList<QueueItemSummary> generate(int count, quint32 seed, qint64 nowMs);
}
