#pragma once

#include "models/queues/queuedecision.h"

#include <QDialog>

class MailPreviewView;
class MessageBanner;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QueueItemClient;

// Approve or reject one item. A rejection needs a reason code (in the
// console's language) and, for "other", a note; templates in the applicant's
// language start the note. The mail the applicant will receive is previewed
// as it is written. The dialog never loses what was typed: a failure (offline,
// 409, 412) shows why and keeps the text, and the pane keeps the draft for the
// next time the dialog opens on the same item.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(QueueKind kind, const QueueItemSummary &item, const DecisionDraft &draft,
                   const QList<ReasonCode> &codes, const QString &applicantLanguage,
                   QueueItemClient &client, QWidget *parent = nullptr);

    qint64 itemId() const { return m_item.id; }
    // The version the decision is sent with (the item's, as last seen).
    int version() const { return m_item.version; }
    DecisionKind decision() const { return m_decision; }
    QString reasonCode() const;
    QString reasonText() const;
    bool isComplete() const;
    bool isBusy() const { return m_busy; }

    // The reason codes arrived (or changed) while the dialog is open.
    void setReasonCodes(const QList<ReasonCode> &codes);
    void setBusy(bool busy);
    // Enter (the default button) decides and opens the next item.
    void setOpenNextByDefault(bool openNext);
    // A failure: the message above the form, the text untouched, sending possible again.
    void showFailure(const QString &message);
    // Someone decided first (412) or the item moved on: the message, the text kept;
    // sending stays possible only while the item is still under review.
    void showStale(const QString &message, const QueueItemSummary &current);

    QPushButton *submitButton() const { return m_submit; }
    QPushButton *submitAndNextButton() const { return m_submitNext; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void submitted(bool openNext);
    void draftChanged(const QString &reasonCode, const QString &reasonText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reasonChosen();
    void insertTemplate();
    void updateState();
    void updatePreview();
    const ReasonCode *chosenCode() const;

    QueueKind m_kind;
    QueueItemSummary m_item;
    DecisionKind m_decision;
    QList<ReasonCode> m_codes;
    bool m_applicantChinese;
    QueueItemClient &m_client;
    bool m_busy = false;
    bool m_decidedElsewhere = false;
    QString m_wantedCode; // the draft's reason, until the codes are there to show it

    QLabel *m_heading;
    QLabel *m_explanation;
    MessageBanner *m_banner;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_template;
    QLabel *m_count;
    QLabel *m_previewLabel;
    MailPreviewView *m_preview;
    QPushButton *m_submit;
    QPushButton *m_submitNext;
    QPushButton *m_cancel;
    QTimer *m_previewTimer;
};
