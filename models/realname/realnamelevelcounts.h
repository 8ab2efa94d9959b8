#pragma once

#include "models/realname/realnamequery.h"

#include <QAbstractListModel>

class RealnameSource;

// How the platform organization's accounts divide over the real-name levels:
// one row per level (3, 4) and one for the accounts without a record, each
// with its count and its share of all accounts. Rows appear with the first
// answer; later answers change the numbers in place.
class RealnameLevelCounts : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole {
        LevelRole = Qt::UserRole + 1, // 3, 4; 0 for no record
        CountRole,                    // qint64
        ShareRole,                    // double, 0..1 of all accounts
    };

    explicit RealnameLevelCounts(RealnameSource &source, QObject *parent = nullptr);

    void load();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const RealnameCounts &counts() const { return m_counts; }
    bool hasCounts() const { return m_loaded; }
    int levelOf(int row) const;
    qint64 countOf(int row) const;
    double shareOf(int row) const;
    // The count of one level (3 or 4), or of the accounts without a record (0).
    qint64 countForLevel(int level) const;
    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_errorText; }
    bool isOffline() const { return m_counts.fromCache; }
    QDateTime fetchedAt() const { return m_counts.fetchedAt; }

    void retranslate();

signals:
    void loadingChanged(bool loading);
    void countsChanged();
    void loadFailed(const QString &errorText);

private:
    void receive(quint64 generation, const RealnameCounts &counts);
    void setLoading(bool loading);

    static constexpr int kRows = 3;

    RealnameSource &m_source;
    RealnameCounts m_counts;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_errorText;
};
