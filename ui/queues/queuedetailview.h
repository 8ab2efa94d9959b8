#pragma once

#include "domain/queuerecords.h"
#include "models/audit/auditrecord.h"

#include <QDateTime>
#include <QHash>
#include <QPixmap>
#include <QWidget>

class MailPreviewView;
class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QueueHistoryView;
class QueueItemClient;

// The open item in full: a header (logo or generated avatar, company,
// applicant, status, due, claim), and tabs — every submitted field with the
// images (click to zoom), the applicant's earlier submissions with a field
// diff, the mail the applicant will receive, and the item's audit trail.
class QueueDetailView : public QWidget
{
    Q_OBJECT

public:
    QueueDetailView(QueueKind kind, QueueItemClient &client, QWidget *parent = nullptr);

    // The list row, shown at once while the detail loads.
    void showSummary(const QueueItemSummary &summary);
    void setDetail(const QueueItemDetail &detail, bool fromCache, const QDateTime &fetchedAt);
    void showLoadError(const QString &errorText);
    void clear();
    void setReasonCodes(const QList<ReasonCode> &codes);
    void setStaffId(qint64 staffId) { m_staffId = staffId; }
    // Repaints the claim line (the list saw a claim change).
    void updateSummary(const QueueItemSummary &summary);

    qint64 itemId() const { return m_summary.id; }
    bool hasDetail() const { return m_hasDetail; }
    const QueueItemDetail &detail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *auditTrail() const { return m_audit; }
    QueueHistoryView *history() const { return m_history; }
    MailPreviewView *mailPreview() const { return m_mail; }
    // Opens the zoomable viewer for an image field, if its picture has arrived.
    bool openImage(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillHeader();
    void fillFields();
    void fillAudit(const QList<AuditRecord> &entries, bool fromCache);
    void loadImage(const QString &field, qint64 imageId, QToolButton *button);
    void tabChanged(int index);
    void updatePreviewRequest();
    void loadAudit();

    QueueKind m_kind;
    QueueItemClient &m_client;
    qint64 m_staffId = 0;
    QueueItemSummary m_summary;
    QueueItemDetail m_detail;
    bool m_hasDetail = false;
    bool m_fromCache = false;
    QDateTime m_fetchedAt;
    QList<ReasonCode> m_codes;
    QHash<qint64, QPixmap> m_images;
    QHash<QString, qint64> m_imageFields;
    qint64 m_auditLoadedFor = 0;
    quint64 m_generation = 0;

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_avatar;
    QLabel *m_company;
    QLabel *m_applicant;
    QLabel *m_state;
    QLabel *m_note;
    QTabWidget *m_tabs;
    QScrollArea *m_fieldsArea;
    QueueHistoryView *m_history;
    QWidget *m_mailPage;
    QComboBox *m_mailDecision;
    QComboBox *m_mailReason;
    MailPreviewView *m_mail;
    QTreeWidget *m_audit;
    QLabel *m_auditNote;
};
