#pragma once

#include "models/realname/realnamequery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;

// The real-name list's filters: level, eligibility for business registration
// and the days the records were verified between. Every change applies at
// once (dates a moment after the last keystroke); the server filters.
class RealnameFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit RealnameFilterBar(QWidget *parent = nullptr);

    RealnameQuery query() const;
    // Shows query without applying it.
    void setQuery(const RealnameQuery &query);
    // The chart's bars choose the level: shown and applied.
    void setLevel(int level);
    void focusLevel();

signals:
    void applied(const RealnameQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void apply();
    void clearFilters();
    void updateDates();

    QLabel *m_levelLabel;
    QComboBox *m_level;
    QLabel *m_eligibilityLabel;
    QComboBox *m_eligibility;
    QCheckBox *m_between;
    QDateEdit *m_from;
    QLabel *m_and;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QTimer *m_dateDelay;
};
