#include "ui/accounts/resetaccessdialog.h"

#include "domain/jsontime.h"
#include "models/accounts/accountdetailclient.h"
#include "models/accounts/accountterms.h"
#include "services/api/apijob.h"
#include "ui/common/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString localTime(const QString &jsonTime)
{
    const QDateTime time = JsonTime::parse(jsonTime);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)
                          : QString();
}

} // namespace

ResetAccessDialog::ResetAccessDialog(AccountDetailClient &client, const QJsonObject &account,
                                     QWidget *parent)
    : QDialog(parent), m_client(client), m_account(account),
      m_accountId(account.value(u"id"_s).toInteger()),
      m_version(account.value(u"version"_s).toInt()), m_pages(new QStackedWidget(this)),
      m_lockText(new QLabel(this)), m_reset(new QCheckBox(this)),
      m_temporary(new QRadioButton(this)), m_link(new QRadioButton(this)),
      m_unlock(new QCheckBox(this)), m_endSessions(new QCheckBox(this)),
      m_reason(new QPlainTextEdit(this)), m_banner(new MessageBanner(this)),
      m_resultText(new QLabel(this)), m_secret(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"resetAccessDialog"_s);
    setWindowTitle(tr("Reset Password and Unlock"));
    setWindowModality(Qt::WindowModal);
    const QString status = account.value(u"status"_s).toString();
    const QJsonObject lock = account.value(u"lock"_s).toObject();
    const bool activated = status != u"unactivated";
    const bool disabled = status == u"disabled";

    m_reset->setObjectName(u"resetPasswordBox"_s);
    m_reset->setText(tr("&Reset the password"));
    m_reset->setEnabled(activated && !disabled);
    m_reset->setChecked(m_reset->isEnabled());
    if (!m_reset->isEnabled())
        m_reset->setToolTip(disabled ? tr("A disabled account cannot get a new password; enable "
                                          "it first.")
                                     : tr("This account was never activated: send the "
                                          "activation again instead."));
    m_temporary->setObjectName(u"temporaryPasswordButton"_s);
    m_temporary->setText(tr("A one-time &temporary password, shown once here; the user must "
                            "change it at the next sign-in"));
    m_temporary->setChecked(true);
    m_link->setObjectName(u"resetLinkButton"_s);
    m_link->setText(tr("A reset &link for the user, valid 24 hours"));
    m_unlock->setObjectName(u"unlockBox"_s);
    m_unlock->setText(tr("&Unlock the account"));
    m_unlock->setEnabled(status == u"locked");
    m_unlock->setChecked(status == u"locked");
    m_lockText->setObjectName(u"lockText"_s);
    m_lockText->setWordWrap(true);
    if (!lock.isEmpty()) {
        m_lockText->setText(
                tr("Locked until %1 because of %2.")
                        .arg(localTime(lock.value(u"until"_s).toString()),
                             AccountTerms::lockReason(lock.value(u"reason"_s).toString())));
    } else {
        m_lockText->setText(tr("The account is not locked."));
        m_unlock->setToolTip(tr("Only a locked account can be unlocked."));
    }
    m_endSessions->setObjectName(u"endSessionsBox"_s);
    m_endSessions->setText(
            tr("&End all sessions (%n open)", nullptr, account.value(u"open_sessions"_s).toInt()));
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("Why? For example: caller verified by phone, ticket 4411"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_banner->setObjectName(u"resetBanner"_s);

    auto *form = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_reset);
    auto *methods = new QVBoxLayout;
    methods->setContentsMargins(24, 0, 0, 0);
    methods->addWidget(m_temporary);
    methods->addWidget(m_link);
    formLayout->addLayout(methods);
    formLayout->addWidget(m_unlock);
    auto *lockRow = new QVBoxLayout;
    lockRow->setContentsMargins(24, 0, 0, 0);
    lockRow->addWidget(m_lockText);
    formLayout->addLayout(lockRow);
    formLayout->addWidget(m_endSessions);
    auto *reasonLabel = new QLabel(tr("Reason (required, kept in the audit log):"), form);
    formLayout->addWidget(reasonLabel);
    formLayout->addWidget(m_reason);
    m_pages->addWidget(form);

    auto *resultPage = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_resultText->setObjectName(u"resetResultText"_s);
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setObjectName(u"secretField"_s);
    m_secret->setReadOnly(true);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_secret->font().pointSizeF() * 1.3);
    m_secret->setFont(mono);
    auto *copy = new QPushButton(tr("&Copy"), resultPage);
    copy->setObjectName(u"copySecretButton"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_secret->text()); });
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(copy);
    resultLayout->addWidget(m_resultText);
    resultLayout->addLayout(secretRow);
    resultLayout->addStretch();
    m_pages->addWidget(resultPage);

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    for (QCheckBox *box : {m_reset, m_unlock, m_endSessions})
        connect(box, &QCheckBox::toggled, this, &ResetAccessDialog::updateButtons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ResetAccessDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetAccessDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResetAccessDialog::reject);
    updateButtons();
}

ResetAccessDialog::~ResetAccessDialog()
{
    m_secret->clear();
}

QString ResetAccessDialog::errorText() const
{
    return m_banner->text();
}

bool ResetAccessDialog::showsResult() const
{
    return m_pages->currentIndex() == 1;
}

void ResetAccessDialog::accept()
{
    if (showsResult()) {
        QDialog::accept();
        return;
    }
    if (m_running || m_reason->toPlainText().trimmed().isEmpty())
        return;
    m_running = true;
    m_banner->clear();
    updateButtons();
    runNextStep();
}

void ResetAccessDialog::done(int result)
{
    // The temporary password is shown once: it goes with the dialog.
    m_secret->clear();
    QDialog::done(result);
}

void ResetAccessDialog::runNextStep()
{
    const QString reason = m_reason->toPlainText().trimmed();
    ApiJob *job = nullptr;
    // Unlock first: a reset on a locked account would leave it locked.
    if (m_unlock->isChecked()) {
        job = m_client.run(m_accountId, SupportAction::Unlock, m_version, reason);
    } else if (m_reset->isChecked()) {
        const QJsonObject extra{
                {u"method"_s, m_temporary->isChecked() ? u"temporary_password"_s : u"reset_link"_s},
                {u"end_sessions"_s, m_endSessions->isChecked()}};
        job = m_client.run(m_accountId, SupportAction::ResetPassword, m_version, reason, extra);
    } else if (m_endSessions->isChecked()) {
        job = m_client.run(m_accountId, SupportAction::EndSessions, m_version, reason);
    }
    if (!job) {
        m_running = false;
        if (m_resultLines.isEmpty())
            QDialog::accept();
        else
            showResult({});
        return;
    }
    job->then(this, [this](const ApiResult &result) { stepFinished(result); });
}

void ResetAccessDialog::stepFinished(const ApiResult &result)
{
    if (!result.ok) {
        m_running = false;
        m_banner->showMessage(MessageBanner::Kind::Error, result.errorText);
        const QJsonObject current = result.problem.extensions.value(u"current"_s).toObject();
        if (!current.isEmpty()) {
            // Someone changed the account meanwhile: the next try uses its version.
            m_version = current.value(u"version"_s).toInt();
            emit accountUpdated(current);
        }
        updateButtons();
        return;
    }
    const QJsonObject account = result.json.value(u"account"_s).toObject();
    const QJsonObject answer = result.json.value(u"result"_s).toObject();
    m_version = result.etag.isEmpty() ? account.value(u"version"_s).toInt() : result.etagVersion();
    emit accountUpdated(account);
    if (m_unlock->isChecked()) {
        m_unlock->setChecked(false);
        m_unlock->setEnabled(false);
        m_resultLines << tr("The account is unlocked.");
    } else if (m_reset->isChecked()) {
        m_reset->setChecked(false);
        m_reset->setEnabled(false);
        if (m_endSessions->isChecked()) {
            m_endSessions->setChecked(false);
            m_resultLines << tr("%n session(s) ended.", nullptr,
                                answer.value(u"sessions_ended"_s).toInt());
        }
        showResult(answer);
        m_running = false;
        return;
    } else if (m_endSessions->isChecked()) {
        m_endSessions->setChecked(false);
        m_resultLines << tr("%n session(s) ended.", nullptr,
                            answer.value(u"sessions_ended"_s).toInt());
    }
    runNextStep();
}

void ResetAccessDialog::showResult(const QJsonObject &result)
{
    QStringList lines = m_resultLines;
    const QString method = result.value(u"method"_s).toString();
    if (method == u"temporary_password") {
        lines.prepend(tr("Give the user this temporary password. It is shown only this once; "
                         "the user must change it at the next sign-in."));
        m_secret->setText(result.value(u"temporary_password"_s).toString());
    } else if (method == u"reset_link") {
        lines.prepend(tr("Send the user this reset link. It works once, until %1.")
                              .arg(localTime(result.value(u"expires_at"_s).toString())));
        m_secret->setText(result.value(u"reset_link"_s).toString());
    }
    m_secret->setVisible(!m_secret->text().isEmpty());
    if (QWidget *copy = findChild<QPushButton *>(u"copySecretButton"_s))
        copy->setVisible(m_secret->isVisible());
    m_resultText->setText(lines.join(u"\n"_s));
    m_pages->setCurrentIndex(1);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

void ResetAccessDialog::updateButtons()
{
    if (showsResult())
        return;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool anything =
            m_reset->isChecked() || m_unlock->isChecked() || m_endSessions->isChecked();
    m_temporary->setEnabled(m_reset->isChecked());
    m_link->setEnabled(m_reset->isChecked());
    const bool hasReason = !m_reason->toPlainText().trimmed().isEmpty();
    ok->setEnabled(!m_running && anything && hasReason);
    ok->setText(tr("Apply"));
    ok->setToolTip(!anything            ? tr("Choose what to do.")
                           : !hasReason ? tr("Write a reason first: every support action is "
                                             "audited with its reason.")
                                        : QString());
}
