#pragma once

#include <QStatusBar>

class ConnectionMonitor;
class QLabel;
class QTimer;
class SessionService;

// The main window's status bar: connection state (online, offline,
// reconnecting), server, staff member, organization and roles.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    SessionStatusBar(SessionService &session, ConnectionMonitor &connection,
                     QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(const QString &objectName);
    void refreshConnection();

    SessionService &m_session;
    ConnectionMonitor &m_connection;
    QLabel *m_state;
    QLabel *m_server;
    QLabel *m_staff;
    QLabel *m_organization;
    QLabel *m_roles;
    QTimer *m_ageTimer;
};
