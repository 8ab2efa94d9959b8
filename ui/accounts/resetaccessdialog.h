#pragma once

#include "services/api/apiresult.h"

#include <QDialog>
#include <QJsonObject>

class AccountDetailClient;
class MessageBanner;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;

// One dialog for getting a user back in: reset the password (a one-time
// temporary password shown once here, or a reset link), unlock (with the
// lock's reason and end shown), end every session — any of the three, with
// one mandatory reason. Steps run in order with If-Match, each on the version
// the previous one returned; a refusal keeps the reason and what is left to do.
class ResetAccessDialog : public QDialog
{
    Q_OBJECT

public:
    ResetAccessDialog(AccountDetailClient &client, const QJsonObject &account,
                      QWidget *parent = nullptr);
    ~ResetAccessDialog() override;

    QCheckBox *resetBox() const { return m_reset; }
    QCheckBox *unlockBox() const { return m_unlock; }
    QCheckBox *endSessionsBox() const { return m_endSessions; }
    QRadioButton *temporaryPasswordButton() const { return m_temporary; }
    QRadioButton *resetLinkButton() const { return m_link; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *secretField() const { return m_secret; }
    QString errorText() const;
    bool showsResult() const;

    void accept() override;
    void done(int result) override;

signals:
    // Each step's answer: the account as it is now.
    void accountUpdated(const QJsonObject &account);

private:
    void runNextStep();
    void stepFinished(const ApiResult &result);
    void showResult(const QJsonObject &result);
    void updateButtons();

    AccountDetailClient &m_client;
    QJsonObject m_account;
    qint64 m_accountId;
    int m_version;
    QStackedWidget *m_pages;
    QLabel *m_lockText;
    QCheckBox *m_reset;
    QRadioButton *m_temporary;
    QRadioButton *m_link;
    QCheckBox *m_unlock;
    QCheckBox *m_endSessions;
    QPlainTextEdit *m_reason;
    MessageBanner *m_banner;
    QLabel *m_resultText;
    QLineEdit *m_secret;
    QDialogButtonBox *m_buttons;
    QStringList m_resultLines;
    bool m_running = false;
};
