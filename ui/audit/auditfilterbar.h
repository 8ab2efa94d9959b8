#pragma once

#include "models/audit/auditquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The audit log's filters: action, target type and target id. The server filters;
// this only gathers what to ask for.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    AuditQuery query() const;
    void setQuery(const AuditQuery &query);
    // Codes seen so far, offered in the drop-downs beside the known ones.
    void addSuggestions(const QStringList &actions, const QStringList &targetTypes);
    void focusAction();

signals:
    void applied(const AuditQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply();
    void clearFilters();

    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_targetLabel;
    QComboBox *m_targetType;
    QLineEdit *m_targetId;
    QPushButton *m_apply;
    QPushButton *m_clear;
};
