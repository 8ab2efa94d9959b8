#pragma once

#include "models/audit/auditrecord.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTreeWidget;

// The selected audit entry in full: who, when, what, on what, why, with what
// result, and its before/after side by side with the changed fields marked.
class AuditDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDetailView(QWidget *parent = nullptr);

    void setRecord(const AuditRecord &record);
    void clear();
    bool hasRecord() const { return m_record.id != 0; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    QLabel *addField(QFormLayout *form, const QString &objectName);

    AuditRecord m_record;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_heading;
    QFormLayout *m_form;
    QLabel *m_time;
    QLabel *m_actor;
    QLabel *m_role;
    QLabel *m_target;
    QLabel *m_result;
    QLabel *m_reason;
    QLabel *m_requestId;
    QLabel *m_entry;
    QLabel *m_changesHeading;
    QTreeWidget *m_changes;
};
