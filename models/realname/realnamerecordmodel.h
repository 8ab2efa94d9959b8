#pragma once

#include "models/common/pagedtablemodel.h"
#include "models/common/stringpool.h"
#include "models/realname/realnamequery.h"

#include <QDateTime>
#include <QList>

class RealnameSource;

// Real-name records as a table, newest verification first, fetched a page at
// a time by cursor (canFetchMore/fetchMore), with the server's count of what
// matches, so the pane can say "showing N of M". Personal data arrives masked
// and stays so. Repeated codes are interned; a row is a few numbers and two
// short strings.
class RealnameRecordModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        LevelColumn,
        IdNumberColumn,
        ValidToColumn,
        FourElementColumn,
        VerifiedColumn,
        EligibilityColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        RawValueRole = Qt::UserRole + 1, // codes, levels and times (ms) as sent
        AccountIdRole,
    };

    explicit RealnameRecordModel(RealnameSource &source, QObject *parent = nullptr);

    // Forgets the rows and loads the first page of the query.
    void setQuery(const RealnameQuery &query);
    RealnameQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }
    // Asks again for the page that failed.
    void retry();
    // Forgets everything and asks for nothing.
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 accountId(int row) const;
    int level(int row) const;
    // How many records match, as the server counted them (up to its cap;
    // isTotalExact() is false beyond it). -1 before the first page.
    qint64 total() const { return m_total; }
    bool isTotalExact() const { return m_totalExact; }
    // The rows are the first page kept offline; fetchedAt() is when the server sent it.
    QDateTime fetchedAt() const { return m_fetchedAt; }

    // Texts are translated when asked for: tell the views they changed.
    void retranslate();

private:
    struct Row
    {
        qint64 accountId = 0;
        qint64 verifiedAtMs = 0;
        qint64 faceVerifiedAtMs = 0; // 0: none
        QString displayName;
        QString username;
        QString idNumber;            // masked
        qint64 validToJulianDay = 0; // 0: long-term
        quint32 status = 0;
        quint32 fourElementState = 0;
        quint32 ineligibleReason = 0;
        quint8 level = 0;
        bool eligible = false;
    };

    void requestPage() override;
    void receive(quint64 generation, const RealnamePage &page);
    void reset(bool loadFirstPage);
    Row rowFrom(const QJsonObject &item);
    QString displayText(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;

    RealnameSource &m_source;
    RealnameQuery m_query;
    QList<Row> m_rows;
    StringPool m_pool;
    qint64 m_total = -1;
    bool m_totalExact = true;
    QDateTime m_fetchedAt;
};
