#pragma once

#include "models/realname/realnamequery.h"
#include "ui/common/pane.h"

class LevelChart;
class MessageBanner;
class QLabel;
class QTableView;
class QTimer;
class RealnameFilterBar;
class RealnameLevelCounts;
class RealnameRecordModel;
class RealnameSource;

// Real-name levels: how the platform organization's accounts divide over
// levels 3 and 4 (and those without a record), drawn as a chart whose bars
// filter the list; the records by level, eligibility for business
// registration and verification days, newest first, paged by the server;
// a record opens its account in the Accounts pane (double-click or Enter).
// Offline, the last counts and first page are shown, marked with their age.
class RealnameLevelsPane : public Pane
{
    Q_OBJECT

public:
    explicit RealnameLevelsPane(RealnameSource &source, QWidget *parent = nullptr);

    static QString paneId();
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    Permission requiredPermission() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void activate() override;
    void refresh() override;
    bool isLoading() const override;

    RealnameRecordModel *model() const { return m_model; }
    RealnameLevelCounts *counts() const { return m_counts; }
    LevelChart *chart() const { return m_chart; }
    RealnameFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *footer() const { return m_footer; }

protected:
    void retranslate() override;

private:
    void applyQuery(const RealnameQuery &query);
    void fitColumns();
    void openRow(const QModelIndex &index);
    void updateBanner();
    void updateFooter();
    void updateSummary();
    void updateChartPlaceholder();
    QString totalText() const;

    RealnameRecordModel *m_model;
    RealnameLevelCounts *m_counts;
    QLabel *m_heading;
    QLabel *m_description;
    LevelChart *m_chart;
    QLabel *m_summary;
    RealnameFilterBar *m_filters;
    MessageBanner *m_banner;
    QTableView *m_table;
    QLabel *m_footer;
    QTimer *m_ageTimer;
    QAction *m_findAction;
    bool m_columnsFitted = false;
    bool m_activated = false;
};
