#pragma once

#include "models/accounts/accountsearchsource.h"

#include <QWidget>

class Clock;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

// The one search box: what is typed is recognised at once (the label beside
// it says "ID number", "Mobile number" … or why the text cannot be one), and
// the search itself is asked for 200 ms after the last keystroke. The agent
// may choose the kind (a single Latin word as a username) and exact or prefix.
class AccountSearchBox : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 200;

    AccountSearchBox(const Clock &clock, QWidget *parent = nullptr);

    AccountSearchQuery query() const;
    void setQuery(const AccountSearchQuery &query); // no search asked for
    QLineEdit *edit() const { return m_edit; }
    QLabel *recognition() const { return m_recognition; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *matchBox() const { return m_match; }
    void focusSearch(); // Ctrl+F: the text selected, to type over
    void focusWithoutSelecting();
    void retranslate();

signals:
    // Debounced: once typing pauses, or at once on Return or a changed choice.
    void searchRequested(const AccountSearchQuery &query);
    // Down in the box: on to the results.
    void resultsWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void updateRecognition();
    void emitNow();

    const Clock &m_clock;
    QLineEdit *m_edit;
    QLabel *m_recognition;
    QComboBox *m_kind;
    QComboBox *m_match;
    QTimer *m_debounce;
};
