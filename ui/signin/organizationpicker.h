#pragma once

#include "domain/sessionrecords.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// The second step of signing in for a staff member of several platform
// organizations: pick the one to work in, with the roles held there.
class OrganizationPicker : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationPicker(QWidget *parent = nullptr);

    void setChoice(const StaffProfile &staff, const QList<PlatformOrganization> &organizations);
    qint64 selectedId() const;
    void setBusy(bool busy);

signals:
    void chosen(qint64 organizationId);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void choose();

    StaffProfile m_staff;
    QList<PlatformOrganization> m_organizations;
    QLabel *m_prompt;
    QListWidget *m_list;
    QPushButton *m_back;
    QPushButton *m_continue;
};
