#pragma once

#include "domain/queuerecords.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QueueItemClient;

// The mail the applicant will receive for a decision, as the server renders it
// (GET …/mail-preview), in the applicant's language. Asks again a moment after
// the decision or reason changes, and never draws a stale answer.
class MailPreviewView : public QWidget
{
    Q_OBJECT

public:
    MailPreviewView(QueueItemClient &client, QWidget *parent = nullptr);

    // decision: "approve" or "reject".
    void setRequest(QueueKind kind, qint64 itemId, const QString &decision,
                    const QString &reasonCode, const QString &reasonText);
    void clear();
    QString subject() const;
    QString body() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fetch();

    QueueItemClient &m_client;
    QueueKind m_kind = QueueKind::WorkspaceApplications;
    qint64 m_itemId = 0;
    QString m_decision;
    QString m_reasonCode;
    QString m_reasonText;
    quint64 m_generation = 0;
    QLabel *m_recipient;
    QLabel *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_status;
    QTimer *m_debounce;
};
