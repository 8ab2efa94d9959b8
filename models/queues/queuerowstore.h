#pragma once

#include "domain/queuerecords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// Queue rows in compact storage: fixed fields in a 72-byte struct, text as
// length-prefixed UTF-8 in one arena, claimers interned. About 150 bytes a row
// for a typical queue, against ~1.6 KB in a QStandardItemModel; and the whole
// store serialises to one blob for the offline cache and back in a few ms.
class QueueRowStore
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 applicantAccountId = 0;
        qint64 submittedAt = 0;
        qint64 dueAt = 0;
        qint64 claimExpiresAt = 0;
        qint64 updatedAt = 0;
        quint32 applicantName = 0; // arena offsets
        quint32 applicantEmail = 0;
        quint32 company = 0;
        qint32 version = 1;
        quint16 role = 0;    // index into the interned words
        quint16 claimer = 0; // index into the claimers; 0: nobody
        quint8 status = 0;
        quint8 submissionNumber = 1;
        quint8 padding[2] = {};
    };

    int size() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows[size_t(index)]; }
    int indexOf(qint64 id) const { return m_byId.value(id, -1); }

    // Appends a row, or replaces the one with the same id; returns its index.
    int upsert(const QueueItemSummary &summary);
    QueueItemSummary summary(int index) const;
    void clear();

    QString text(quint32 offset) const;
    QByteArrayView utf8(quint32 offset) const;
    const QString &role(int index) const { return m_words.at(m_rows[size_t(index)].role); }
    const QString &claimerName(int index) const
    {
        return m_claimers.at(m_rows[size_t(index)].claimer).second;
    }
    const QString &word(quint16 i) const { return m_words.at(i); }
    const QString &claimerAt(quint16 i) const { return m_claimers.at(i).second; }
    qsizetype wordCount() const { return m_words.size(); }
    qsizetype claimerCount() const { return m_claimers.size(); }
    qint64 claimerId(int index) const { return m_claimers.at(m_rows[size_t(index)].claimer).first; }

    // Heap bytes held (rows, arena, indexes): for the memory benchmark.
    qsizetype memoryBytes() const;
    // Gives back what growth reserved (after a snapshot or the last page).
    void squeeze();

    QByteArray serialize() const;
    bool deserialize(const QByteArray &blob);

private:
    quint32 store(const QString &text);
    quint16 word(const QString &text);
    quint16 claimer(qint64 id, const QString &name);

    std::vector<Row> m_rows;
    QByteArray m_arena;
    QHash<qint64, int> m_byId;
    QList<QString> m_words{QString()};
    QList<QPair<qint64, QString>> m_claimers{{0, QString()}};
};
