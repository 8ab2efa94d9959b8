#pragma once

#include "domain/queuerecords.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// A queue's filters, one control per server parameter: status, role (for
// workspace applications), due, claimed, submitted between, and text. Changes
// apply at once (text after a short pause). Sort is the table header's.
class QueueFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit QueueFilterBar(QueueKind kind, QWidget *parent = nullptr);

    // The filter fields (sort and limit are left at their defaults).
    QueueFilter filter() const;
    void setFilter(const QueueFilter &filter);
    void focusSearch();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void clearFilters();
    void emitChanged();

    QueueKind m_kind;
    QLineEdit *m_search;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QLabel *m_dueLabel;
    QComboBox *m_due;
    QLabel *m_claimedLabel;
    QComboBox *m_claimed;
    QLabel *m_submittedLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QTimer *m_typing;
    QueueFilter m_emitted; // what the last changed() said: leaving a field unchanged is no change
    bool m_setting = false;
};
