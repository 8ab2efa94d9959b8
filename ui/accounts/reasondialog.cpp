#include "ui/accounts/reasondialog.h"

#include "services/api/apijob.h"
#include "ui/common/messagebanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation,
                           const QString &confirmText, Send send, QWidget *parent)
    : QDialog(parent), m_send(std::move(send)), m_explanation(new QLabel(explanation, this)),
      m_options(new QVBoxLayout), m_reason(new QPlainTextEdit(this)),
      m_banner(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    m_explanation->setWordWrap(true);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("Why? For example: caller verified by phone, ticket 4411"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_banner->setObjectName(u"reasonBanner"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirmText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmButton"_s);

    auto *reasonLabel = new QLabel(tr("&Reason (required, kept in the audit log):"), this);
    reasonLabel->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(m_options);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());

    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    updateButtons();
}

void ReasonDialog::addOption(QWidget *option)
{
    option->setParent(this);
    m_options->addWidget(option);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

QString ReasonDialog::errorText() const
{
    return m_banner->text();
}

void ReasonDialog::accept()
{
    if (m_sending || reason().isEmpty())
        return;
    m_sending = true;
    m_banner->clear();
    updateButtons();
    ApiJob *job = m_send(reason());
    job->then(this, [this](const ApiResult &result) {
        m_sending = false;
        if (result.ok) {
            emit succeeded(result);
            QDialog::accept();
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Error, result.errorText);
        updateButtons();
        emit failed(result);
    });
}

void ReasonDialog::updateButtons()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_sending && !reason().isEmpty());
    ok->setToolTip(reason().isEmpty() ? tr("Write a reason first: every support action is "
                                           "audited with its reason.")
                                      : QString());
}
