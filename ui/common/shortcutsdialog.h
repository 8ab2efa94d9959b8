#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QTableWidget;

// Help › Keyboard Shortcuts: every action that has a shortcut, as the menus name it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(QList<QAction *> actions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QList<QPointer<QAction>> m_actions;
    QLabel *m_intro;
    QTableWidget *m_table;
};
