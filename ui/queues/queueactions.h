#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QToolBar;
class QWidget;

// What the reviewer can do in a queue pane, as actions with shortcuts (so
// Help › Keyboard Shortcuts lists them) that work anywhere inside the pane.
// An action the reviewer may not take right now is disabled, and its tooltip
// says why: the role, the server being unreachable, the item's state.
class QueueActions
{
    Q_DECLARE_TR_FUNCTIONS(QueueActions)

public:
    // What decides which actions are open.
    struct State
    {
        bool mayDecide = false; // the role holds decide_queues
        bool offline = false;
        int selected = 0;         // rows selected
        int decidable = 0;        // of them, under review and not held by someone else
        bool underReview = false; // the current item
        bool claimedByMe = false;
        bool claimedByOther = false;
        QString claimer;
        bool busy = false; // a decision is being sent
    };

    explicit QueueActions(QWidget *pane);

    // The pane's toolbar: the actions as buttons, Approve marked as the main one.
    void populate(QToolBar *toolbar);
    void update(const State &state);
    void retranslate();

    QAction *claim;
    QAction *release;
    QAction *approve;
    QAction *reject;
    QAction *approveAndNext;
    QAction *rejectAndNext;
    QAction *openNext;
    QAction *find;

private:
    void setAvailability(QAction *action, const QString &whyNot, const QString &what);
    State m_state;
};
