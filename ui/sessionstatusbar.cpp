#include "ui/sessionstatusbar.h"

#include "models/common/rolenames.h"
#include "services/session/sessionservice.h"
#include "services/sync/connectionmonitor.h"
#include "ui/common/agetext.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

SessionStatusBar::SessionStatusBar(SessionService &session, ConnectionMonitor &connection,
                                   QWidget *parent)
    : QStatusBar(parent), m_session(session), m_connection(connection),
      m_state(addField(u"connectionLabel"_s)), m_server(addField(u"serverLabel"_s)),
      m_staff(addField(u"staffLabel"_s)), m_organization(addField(u"organizationLabel"_s)),
      m_roles(addField(u"rolesLabel"_s)), m_ageTimer(new QTimer(this))
{
    setObjectName(u"statusBar"_s);
    m_state->setTextFormat(Qt::RichText);
    // The age of the last contact, while offline, is worth keeping current.
    m_ageTimer->setInterval(30'000);
    connect(m_ageTimer, &QTimer::timeout, this, &SessionStatusBar::refreshConnection);
    connect(&m_connection, &ConnectionMonitor::stateChanged, this,
            &SessionStatusBar::refreshConnection);
    connect(&m_session, &SessionService::organizationChanged, this, &SessionStatusBar::refresh);
    connect(&m_session, &SessionService::signedIn, this, &SessionStatusBar::refresh);
    refresh();
}

QLabel *SessionStatusBar::addField(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    addPermanentWidget(label);
    return label;
}

void SessionStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QStatusBar::changeEvent(event);
}

void SessionStatusBar::refresh()
{
    refreshConnection();
    const QUrl server = m_session.server();
    m_server->setText(tr("Server: %1")
                              .arg(server.port() > 0
                                           ? u"%1:%2"_s.arg(server.host()).arg(server.port())
                                           : server.host()));
    m_server->setToolTip(server.toString());
    const StaffProfile &staff = m_session.staff();
    m_staff->setText(
            tr("Signed in as %1")
                    .arg(staff.displayName.isEmpty() ? staff.username : staff.displayName));
    m_staff->setToolTip(staff.email.isEmpty() ? staff.username
                                              : u"%1 <%2>"_s.arg(staff.username, staff.email));
    const PlatformOrganization &organization = m_session.organization();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_organization->setText(tr("Organization: %1").arg(organization.displayName(chinese)));
    m_roles->setText(tr("Roles: %1").arg(RoleNames::list(organization.roles)));
}

void SessionStatusBar::refreshConnection()
{
    QString colour;
    QString text;
    switch (m_connection.state()) {
    case ConnectionMonitor::State::Online:
        colour = u"#2e9d4f"_s;
        text = tr("Online");
        break;
    case ConnectionMonitor::State::Offline:
        colour = u"#c0392b"_s;
        text = tr("Offline");
        break;
    case ConnectionMonitor::State::Reconnecting:
        colour = u"#d99a00"_s;
        text = tr("Reconnecting…");
        break;
    }
    m_state->setText(
            u"<span style=\"color:%1\">\u25CF</span> %2"_s.arg(colour, text.toHtmlEscaped()));
    const QDateTime last = m_connection.lastContact();
    const bool online = m_connection.state() == ConnectionMonitor::State::Online;
    m_state->setToolTip(last.isValid() && !online
                                ? tr("Last contact with the server: %1").arg(AgeText::ago(last))
                                : QString());
    if (online)
        m_ageTimer->stop();
    else if (!m_ageTimer->isActive())
        m_ageTimer->start();
}
