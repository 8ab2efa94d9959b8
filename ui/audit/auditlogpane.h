#pragma once

#include "ui/common/pane.h"

class AuditDetailView;
class AuditFilterBar;
class AuditLogModel;
class AuditPageSource;
class MessageBanner;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;

// Audit log: what everyone did, newest first, a page at a time; filters by
// action and target; the selected entry's before/after in a detail panel.
// Offline, it shows the pages it last fetched, marked with their age.
class AuditLogPane : public Pane
{
    Q_OBJECT

public:
    explicit AuditLogPane(AuditPageSource &source, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    Permission requiredPermission() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void activate() override;
    void refresh() override;
    bool isLoading() const override;

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AuditDetailView *detail() const { return m_detail; }

protected:
    void retranslate() override;

private:
    void selectionChanged();
    void updateBanner();
    void updateFooter();

    AuditLogModel *m_model;
    QLabel *m_heading;
    QLabel *m_description;
    AuditFilterBar *m_filters;
    MessageBanner *m_banner;
    QSplitter *m_splitter;
    QTableView *m_table;
    AuditDetailView *m_detail;
    QLabel *m_footer;
    QTimer *m_ageTimer;
    QAction *m_findAction;
    bool m_activated = false;
};
