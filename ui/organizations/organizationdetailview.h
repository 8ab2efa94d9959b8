#pragma once

#include "domain/organizationrecords.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

// The selected member (with every organization of their account) or
// department, and "Open Account" to show the member's account in the
// Accounts pane when the staff member's roles may read accounts.
class OrganizationDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationDetailView(QWidget *parent = nullptr);

    void showMember(const MemberNode &member, bool fromCache, const QDateTime &fetchedAt);
    void showDepartment(const QString &name, const QList<DepartmentRef> &path, int totalMembers,
                        int directMembers, int childDepartments);
    void showOrganization(const OrganizationSummary &organization);
    void showMessage(const QString &text);
    void clear();
    // Accounts can be opened only with the roles for it; otherwise the button says why not.
    void setCanOpenAccounts(bool can);
    qint64 accountId() const { return m_accountId; }
    QPushButton *openAccountButton() const { return m_openAccount; }
    void retranslate();

signals:
    void openAccountRequested(qint64 accountId);

private:
    void updateButton();

    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_openAccount;
    qint64 m_accountId = 0;
    bool m_canOpenAccounts = false;
};
