#include "ui/queues/queueactions.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

QAction *makeAction(QWidget *pane, const QString &objectName, const QKeySequence &key)
{
    auto *action = new QAction(pane);
    action->setObjectName(objectName);
    action->setShortcut(key);
    // Inside this pane only: the other queue pane has the same keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane->addAction(action);
    return action;
}

QString withShortcut(const QString &text, const QAction *action)
{
    if (action->shortcut().isEmpty())
        return text;
    return u"%1 (%2)"_s.arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

QueueActions::QueueActions(QWidget *pane)
    : claim(makeAction(pane, u"claimAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))),
      release(makeAction(pane, u"releaseAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U))),
      approve(makeAction(pane, u"approveAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))),
      reject(makeAction(pane, u"rejectAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))),
      approveAndNext(makeAction(pane, u"approveAndNextAction"_s,
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A))),
      rejectAndNext(makeAction(pane, u"rejectAndNextAction"_s,
                               QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R))),
      openNext(makeAction(pane, u"openNextAction"_s,
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))),
      find(makeAction(pane, u"findInQueueAction"_s, QKeySequence(QKeySequence::Find)))
{
    retranslate();
}

void QueueActions::populate(QToolBar *toolbar)
{
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setStyleSheet(
            u"QToolBar { border: none; spacing: 4px; }"
            "QToolButton { padding: 4px 10px; border: 1px solid #c9d1db; border-radius: 4px; "
            "background: #fbfcfd; }"
            "QToolButton:hover:enabled { background: #eef3f9; }"
            "QToolButton:disabled { color: #a0a8b2; border-color: #e1e5ea; }"
            "QToolButton#approveButton:enabled { background: #1f5aa6; color: white; "
            "border-color: #1f5aa6; }"
            "QToolButton#approveButton:hover:enabled { background: #184b8c; }"_s);
    toolbar->addAction(claim);
    toolbar->addAction(release);
    toolbar->addSeparator();
    toolbar->addAction(approve);
    toolbar->widgetForAction(approve)->setObjectName(u"approveButton"_s);
    toolbar->addAction(reject);
    toolbar->addAction(approveAndNext);
    toolbar->addSeparator();
    toolbar->addAction(openNext);
}

void QueueActions::setAvailability(QAction *action, const QString &whyNot, const QString &what)
{
    action->setEnabled(whyNot.isEmpty());
    action->setToolTip(whyNot.isEmpty() ? withShortcut(what, action) : whyNot);
    action->setStatusTip(whyNot.isEmpty() ? what : whyNot);
}

void QueueActions::update(const State &state)
{
    m_state = state;
    // The first reason that applies is the one the tooltip gives.
    QString common;
    if (!state.mayDecide)
        common = tr("Your roles let you read this queue, not decide: claiming and deciding need "
                    "the reviewer or administrator role.");
    else if (state.offline)
        common = tr("The server cannot be reached: claims and decisions are possible again when "
                    "it is back.");
    else if (state.busy)
        common = tr("A decision is being sent.");

    QString single = common;
    if (single.isEmpty() && state.selected == 0)
        single = tr("Select an item first.");
    else if (single.isEmpty() && state.selected == 1 && !state.underReview)
        single = tr("This item is already decided.");
    else if (single.isEmpty() && state.selected == 1 && state.claimedByOther)
        single = tr("%1 is working on this item; wait until they release it or their claim "
                    "runs out.")
                         .arg(state.claimer);

    QString claimWhy = single;
    if (claimWhy.isEmpty() && state.selected > 1)
        claimWhy = tr("Claim one item at a time.");
    else if (claimWhy.isEmpty() && state.claimedByMe)
        claimWhy = tr("You already hold this item; the claim is renewed while it is open.");
    setAvailability(claim, claimWhy,
                    tr("Claim the item: others see you are working on it (5 minutes, renewed "
                       "while it is open)"));

    QString releaseWhy = common;
    if (releaseWhy.isEmpty() && state.selected != 1)
        releaseWhy = tr("Select the item you hold.");
    else if (releaseWhy.isEmpty() && !state.claimedByMe)
        releaseWhy = tr("You do not hold this item.");
    setAvailability(release, releaseWhy, tr("Give the item back to the queue"));

    // With several rows selected, approve and reject act on the selection.
    QString decideWhy = state.selected > 1 ? common : single;
    if (decideWhy.isEmpty() && state.selected > 1 && state.decidable == 0)
        decideWhy = tr("None of the selected items can be decided: they are decided already or "
                       "someone else holds them.");
    const bool many = state.selected > 1;
    setAvailability(
            approve, decideWhy,
            many ? tr("Approve the %n selected item(s), after a preview", nullptr, state.selected)
                 : tr("Approve the item; the applicant is mailed the result"));
    setAvailability(reject, decideWhy,
                    many ? tr("Reject the %n selected item(s) with one reason, after a preview",
                              nullptr, state.selected)
                         : tr("Reject the item with a reason; the applicant is mailed it"));
    QString nextWhy = single;
    if (nextWhy.isEmpty() && many)
        nextWhy = tr("Decide one item to open the next; for a selection use Approve or Reject.");
    setAvailability(approveAndNext, nextWhy,
                    tr("Approve the item, then claim and open the next one due"));
    setAvailability(rejectAndNext, nextWhy,
                    tr("Reject the item with a reason, then claim and open the next one due"));
    setAvailability(openNext, common,
                    tr("Claim and open the item under review that is due first and nobody holds"));
    find->setEnabled(true);
}

void QueueActions::retranslate()
{
    claim->setText(tr("&Claim"));
    release->setText(tr("Re&lease"));
    approve->setText(tr("&Approve…"));
    reject->setText(tr("&Reject…"));
    approveAndNext->setText(tr("Approve and Open Next…"));
    rejectAndNext->setText(tr("Reject and Open Next…"));
    openNext->setText(tr("Open &Next Item"));
    find->setText(tr("Search the Queue"));
    find->setToolTip(withShortcut(tr("Search the queue"), find));
    update(m_state);
}
