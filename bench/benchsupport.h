#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <vector>

// Small helpers the benchmarks share: heap bytes in use (glibc's mallinfo2),
// timing a piece of work several times and keeping the median, and printing a
// row of the results table.
namespace Bench {

qint64 heapBytes();
double medianMs(int runs, const std::function<void()> &work);
void printHeader(const QString &title);
void printRow(const QString &what, double ours, double baseline, const QString &unit);

} // namespace Bench
