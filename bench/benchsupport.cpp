#include "benchsupport.h"

#include <malloc.h>

#include <algorithm>
#include <cstdio>

namespace Bench {

qint64 heapBytes()
{
    malloc_trim(0);
    return qint64(mallinfo2().uordblks);
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void printHeader(const QString &title)
{
    std::printf("\n%s\n", qPrintable(title));
    std::printf("| %-44s | %12s | %12s | %8s |\n", "measure", "gatehouse", "Qt baseline", "ratio");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------------",
                "--------------", "--------------", "----------");
}

void printRow(const QString &what, double ours, double baseline, const QString &unit)
{
    std::printf("| %-44s | %9.2f %-2s | %9.2f %-2s | %8.3f |\n", qPrintable(what), ours,
                qPrintable(unit), baseline, qPrintable(unit), baseline > 0 ? ours / baseline : 0.0);
    std::fflush(stdout);
}

} // namespace Bench
