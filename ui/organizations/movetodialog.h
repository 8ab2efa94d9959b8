#pragma once

#include <QDialog>

class OrganizationTreeModel;
class OrganizationTreeSource;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeView;

// "Move to…": choose a department of the organization (or its top level),
// from a tree of departments only, loaded a page at a time like the pane's.
class MoveToDialog : public QDialog
{
    Q_OBJECT

public:
    MoveToDialog(OrganizationTreeSource &source, qint64 organizationId, QWidget *parent = nullptr);

    void setPrompt(const QString &text);
    // The chosen department; 0 for the top level, -1 for none chosen.
    qint64 chosenDepartment() const;
    QString chosenName() const;
    void choose(qint64 departmentId); // for tests and keyboard users: select a loaded one
    QTreeView *tree() const { return m_tree; }

signals:
    void chosen(qint64 departmentId);

private:
    void updateButtons();

    OrganizationTreeModel *m_model;
    QLabel *m_prompt;
    QCheckBox *m_topLevel;
    QTreeView *m_tree;
    QDialogButtonBox *m_buttons;
};
