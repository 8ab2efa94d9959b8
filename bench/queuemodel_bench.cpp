// Queue model at 100k rows (PERFORMANCE.md S2, S6, S10): load from the cache,
// sort by each column, filter by text — beside QStandardItemModel +
// QSortFilterProxyModel holding the same rows, in the same process, A/B in turn.
//
//   build/bench/bench_queuemodel [rows]
#include "benchsupport.h"
#include "domain/clock.h"
#include "models/queues/queuemodel.h"
#include "queuerows.h"

#include <QGuiApplication>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <sodium.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'763'700'000'000;

// The same seven columns a straightforward console would put in items.
std::unique_ptr<QStandardItemModel> fillBaseline(const QList<QueueItemSummary> &rows)
{
    auto model = std::make_unique<QStandardItemModel>(0, 7);
    const QLocale locale;
    for (const QueueItemSummary &s : rows) {
        QList<QStandardItem *> items{
                new QStandardItem(s.applicantName),
                new QStandardItem(s.companyName),
                new QStandardItem(s.role),
                new QStandardItem(locale.toString(QDateTime::fromMSecsSinceEpoch(s.submittedAt),
                                                  QLocale::ShortFormat)),
                new QStandardItem(locale.toString(QDateTime::fromMSecsSinceEpoch(s.dueAt),
                                                  QLocale::ShortFormat)),
                new QStandardItem(Queues::statusCode(s.status)),
                new QStandardItem(s.claimedByName)};
        model->appendRow(items);
    }
    return model;
}

struct Sealed
{
    QByteArray nonce;
    QByteArray cipher;
};

// The cache keeps the snapshot sealed (XChaCha20-Poly1305); loading includes opening it.
Sealed seal(const QByteArray &plain, const unsigned char *key)
{
    Sealed s;
    s.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(s.nonce.data(), size_t(s.nonce.size()));
    s.cipher.resize(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long n = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(s.cipher.data()), &n,
            reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
            nullptr, 0, nullptr, reinterpret_cast<const unsigned char *>(s.nonce.constData()), key);
    return s;
}

QByteArray open(const Sealed &s, const unsigned char *key)
{
    QByteArray plain(s.cipher.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES,
                     Qt::Uninitialized);
    unsigned long long n = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                reinterpret_cast<unsigned char *>(plain.data()), &n, nullptr,
                reinterpret_cast<const unsigned char *>(s.cipher.constData()),
                size_t(s.cipher.size()), nullptr, 0,
                reinterpret_cast<const unsigned char *>(s.nonce.constData()), key)
        != 0)
        return {};
    return plain;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QList<QueueItemSummary> rows = QueueRows::generate(count, 20261121, kNow);
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC));
    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    randombytes_buf(key, sizeof key);

    // The snapshot the cache would hold after the queue was last seen.
    QueueFilter all;
    all.limit = count;
    QByteArray blob;
    {
        QueueRowStore store;
        for (const QueueItemSummary &s : rows)
            store.upsert(s);
        blob = store.serialize();
    }
    const Sealed sealed = seal(blob, key);

    Bench::printHeader(
            u"Queue model, %1 rows (ms unless noted; median of 5; ratio = gatehouse / baseline)"_s
                    .arg(count));

    // Load: open + deserialise + build the view, against filling items and a proxy.
    const qint64 heap0 = Bench::heapBytes();
    QueueModel ours(QueueKind::WorkspaceApplications, clock);
    ours.loadSnapshot(open(sealed, key), clock.now(), all);
    const qint64 heapOurs = Bench::heapBytes() - heap0;
    std::unique_ptr<QStandardItemModel> baseline = fillBaseline(rows);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(baseline.get());
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const qint64 heapBaseline = Bench::heapBytes() - heap0 - heapOurs;

    double loadOurs = 0, loadBase = 0;
    loadOurs = Bench::medianMs(5, [&] { ours.loadSnapshot(open(sealed, key), clock.now(), all); });
    loadBase = Bench::medianMs(3, [&] { auto m = fillBaseline(rows); });
    Bench::printRow(u"load (cache → model) vs fill items"_s, loadOurs, loadBase, u"ms"_s);
    Bench::printRow(u"heap per row"_s, double(heapOurs) / count, double(heapBaseline) / count,
                    u"B"_s);

    const QStringList names{u"applicant"_s, u"company"_s, u"role"_s,      u"submitted"_s,
                            u"due"_s,       u"status"_s,  u"claimed by"_s};
    double worstSort = 0;
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        double a = 0, b = 0;
        for (int round = 0; round < 2; ++round) {
            const Qt::SortOrder order = round == 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
            a += Bench::medianMs(3, [&] {
                     ours.sort(column,
                               order == Qt::AscendingOrder ? Qt::DescendingOrder
                                                           : Qt::AscendingOrder);
                     ours.sort(column, order);
                 }) / 2;
            b += Bench::medianMs(1, [&] {
                     proxy.sort(column,
                                order == Qt::AscendingOrder ? Qt::DescendingOrder
                                                            : Qt::AscendingOrder);
                     proxy.sort(column, order);
                 }) / 2;
        }
        a /= 2;
        b /= 2;
        worstSort = std::max(worstSort, a);
        Bench::printRow(u"sort by %1"_s.arg(names[column]), a, b, u"ms"_s);
    }

    for (const QString &needle : {u"harbor"_s, u"星辰"_s, u"user4242"_s}) {
        QueueFilter f = all;
        f.text = needle;
        const double a = Bench::medianMs(5,
                                         [&] {
                                             ours.setLocalFilter(f);
                                             ours.setLocalFilter(all);
                                         })
                / 2;
        const double b = Bench::medianMs(3,
                                         [&] {
                                             proxy.setFilterFixedString(needle);
                                             proxy.setFilterFixedString(QString());
                                         })
                / 2;
        ours.setLocalFilter(f);
        proxy.setFilterFixedString(needle);
        Bench::printRow(u"filter \"%1\" and clear (%2 rows)"_s.arg(needle).arg(ours.rowCount()), a,
                        b, u"ms"_s);
        ours.setLocalFilter(all);
        proxy.setFilterFixedString(QString());
    }
    std::printf("\nslowest sort: %.1f ms (target < 100 ms); snapshot blob %.1f MB (%.0f B/row on "
                "disk before the cache's page overhead)\n",
                worstSort, double(sealed.cipher.size()) / 1e6,
                double(sealed.cipher.size()) / count);
    return 0;
}
