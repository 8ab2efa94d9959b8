#include "ui/organizations/organizationdetailview.h"

#include "models/organizations/organizationterms.h"
#include "ui/common/agetext.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color: palette(mid); padding-right: 12px;'>"_s + label.toHtmlEscaped()
            + u"</td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
}

QString pathText(const QList<DepartmentRef> &path)
{
    QStringList names;
    for (const DepartmentRef &step : path)
        names.append(step.name);
    return names.join(u" › "_s);
}

} // namespace

OrganizationDetailView::OrganizationDetailView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QLabel(this)),
      m_openAccount(new QPushButton(this))
{
    setObjectName(u"organizationDetail"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openAccount->setObjectName(u"openAccountButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_openAccount, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_openAccount, &QPushButton::clicked, this,
            [this] { emit openAccountRequested(m_accountId); });
    retranslate();
    clear();
}

void OrganizationDetailView::showMember(const MemberNode &m, bool fromCache,
                                        const QDateTime &fetchedAt)
{
    m_accountId = m.accountId;
    m_title->setText(m.displayName);
    QString html = u"<table>"_s;
    if (!m.title.isEmpty())
        html += row(tr("Title"), m.title);
    html += row(tr("Role"), OrganizationTerms::roleName(m.role));
    html += row(tr("Department"), m.path.isEmpty() ? tr("None (top level)") : pathText(m.path));
    if (!m.nameLatin.isEmpty())
        html += row(tr("Latin name"), m.nameLatin);
    html += row(tr("Username"), m.username);
    if (!m.emailMasked.isEmpty())
        html += row(tr("Email"), m.emailMasked);
    if (!m.mobileMasked.isEmpty())
        html += row(tr("Mobile"), m.mobileMasked);
    html += row(tr("Account ID"), QString::number(m.accountId));
    if (m.joinedAt)
        html += row(tr("Joined"),
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.joinedAt).toLocalTime(),
                                       QLocale::ShortFormat));
    html += u"</table>"_s;
    if (m.memberships.size() > 1) {
        html += u"<p><b>"_s + tr("Organizations of this account").toHtmlEscaped() + u"</b><br/>"_s;
        QStringList lines;
        for (const OrganizationMembership &o : m.memberships)
            lines.append(
                    QString(o.organizationName + u" — "_s + OrganizationTerms::roleName(o.role))
                            .toHtmlEscaped());
        html += lines.join(u"<br/>"_s) + u"</p>"_s;
    }
    if (fromCache)
        html += u"<p style='color: palette(mid);'>"_s
                + tr("Offline: as it was %1.").arg(AgeText::ago(fetchedAt)).toHtmlEscaped()
                + u"</p>"_s;
    m_body->setText(html);
    m_openAccount->show();
    updateButton();
}

void OrganizationDetailView::showDepartment(const QString &name, const QList<DepartmentRef> &path,
                                            int totalMembers, int directMembers,
                                            int childDepartments)
{
    m_accountId = 0;
    m_title->setText(name);
    QString html = u"<table>"_s;
    html += row(tr("Path"), pathText(path));
    html += row(tr("Members"),
                tr("%1 in all, %2 directly in it")
                        .arg(QLocale().toString(totalMembers), QLocale().toString(directMembers)));
    html += row(tr("Sub-departments"), QLocale().toString(childDepartments));
    m_body->setText(html + u"</table>"_s);
    m_openAccount->hide();
}

void OrganizationDetailView::showOrganization(const OrganizationSummary &o)
{
    m_accountId = 0;
    m_title->setText(o.name);
    QString html = u"<table>"_s;
    html += row(tr("Type"), OrganizationTerms::typeName(o.type));
    html += row(tr("Members"),
                o.memberLimit ? tr("%1 of at most %2")
                                        .arg(QLocale().toString(o.memberCount),
                                             QLocale().toString(o.memberLimit))
                              : QLocale().toString(o.memberCount));
    html += row(tr("Departments"), QLocale().toString(o.departmentCount));
    html += row(tr("Owner"), o.ownerName);
    m_body->setText(html + u"</table>"_s);
    m_openAccount->hide();
}

void OrganizationDetailView::showMessage(const QString &text)
{
    m_accountId = 0;
    m_title->clear();
    m_body->setText(text.toHtmlEscaped());
    m_openAccount->hide();
}

void OrganizationDetailView::clear()
{
    showMessage(tr("Choose a department or a member to see it here."));
}

void OrganizationDetailView::setCanOpenAccounts(bool can)
{
    m_canOpenAccounts = can;
    updateButton();
}

void OrganizationDetailView::updateButton()
{
    m_openAccount->setEnabled(m_canOpenAccounts && m_accountId);
    m_openAccount->setToolTip(m_canOpenAccounts
                                      ? tr("Show this member's account in the Accounts pane.")
                                      : tr("Your roles here do not include reading accounts."));
}

void OrganizationDetailView::retranslate()
{
    m_openAccount->setText(tr("Open Account"));
    updateButton();
}
