#pragma once

#include "services/api/apiresult.h"

#include <QDialog>

#include <functional>

class ApiJob;
class MessageBanner;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

// One support action with its mandatory reason: says what will happen, sends
// when a reason is written, and on a refusal (a stale version, a binding rule,
// the quota) shows the server's words and keeps the typed reason for another
// try. Opened with open(); reports through signals.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    using Send = std::function<ApiJob *(const QString &reason)>;

    ReasonDialog(const QString &title, const QString &explanation, const QString &confirmText,
                 Send send, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    QString errorText() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    // Options of the action (which values to reveal), shown above the reason.
    void addOption(QWidget *option);

    void accept() override;

signals:
    void succeeded(const ApiResult &result);
    void failed(const ApiResult &result);

private:
    void updateButtons();

    Send m_send;
    QLabel *m_explanation;
    QVBoxLayout *m_options;
    QPlainTextEdit *m_reason;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
    bool m_sending = false;
};
