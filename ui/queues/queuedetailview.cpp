#include "ui/queues/queuedetailview.h"

#include "models/queues/queueitemclient.h"
#include "models/queues/queueterms.h"
#include "ui/common/agetext.h"
#include "ui/queues/imageviewer.h"
#include "ui/queues/mailpreviewview.h"
#include "ui/queues/queuehistoryview.h"
#include "ui/queues/queuevisuals.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kAvatarSize = 56;
constexpr int kThumbnailWidth = 150;

enum Tab { FieldsTab, HistoryTab, MailTab, AuditTab };

QString localTime(qint64 ms, QLocale::FormatType format = QLocale::ShortFormat)
{
    if (!ms)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), format);
}

QLabel *valueLabel(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QueueDetailView::QueueDetailView(QueueKind kind, QueueItemClient &client, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_client(client), m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(m_pages)), m_avatar(new QLabel), m_company(new QLabel),
      m_applicant(new QLabel), m_state(new QLabel), m_note(new QLabel), m_tabs(new QTabWidget),
      m_fieldsArea(new QScrollArea), m_history(new QueueHistoryView), m_mailPage(new QWidget),
      m_mailDecision(new QComboBox), m_mailReason(new QComboBox),
      m_mail(new MailPreviewView(client)), m_audit(new QTreeWidget), m_auditNote(new QLabel)
{
    setObjectName(u"queueDetail"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setStyleSheet(u"color: palette(mid);"_s);
    m_pages->addWidget(m_placeholder);

    auto *content = new QWidget(m_pages);
    m_avatar->setObjectName(u"detailAvatar"_s);
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    m_avatar->setScaledContents(false);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_company->setObjectName(u"detailCompany"_s);
    QFont title = m_company->font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setBold(true);
    m_company->setFont(title);
    m_company->setWordWrap(true);
    m_company->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applicant->setObjectName(u"detailApplicant"_s);
    m_applicant->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applicant->setWordWrap(true);
    m_state->setObjectName(u"detailState"_s);
    m_state->setWordWrap(true);
    m_note->setObjectName(u"detailNote"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color: #8a5300;"_s);
    m_note->hide();

    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_company);
    headerText->addWidget(m_applicant);
    headerText->addWidget(m_state);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    m_fieldsArea->setObjectName(u"detailFields"_s);
    m_fieldsArea->setWidgetResizable(true);
    m_fieldsArea->setFrameShape(QFrame::NoFrame);
    // Values wrap rather than scroll sideways; the images open at full size on a click.
    m_fieldsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_mailDecision->setObjectName(u"mailDecision"_s);
    m_mailReason->setObjectName(u"mailReason"_s);
    m_mailDecision->addItem(QString(), u"approve"_s);
    m_mailDecision->addItem(QString(), u"reject"_s);
    auto *mailChoice = new QHBoxLayout;
    mailChoice->addWidget(m_mailDecision);
    mailChoice->addWidget(m_mailReason, 1);
    auto *mailLayout = new QVBoxLayout(m_mailPage);
    mailLayout->setContentsMargins(8, 8, 8, 8);
    mailLayout->addLayout(mailChoice);
    mailLayout->addWidget(m_mail, 1);

    m_audit->setObjectName(u"itemAuditTrail"_s);
    m_audit->setRootIsDecorated(false);
    m_audit->setUniformRowHeights(true);
    m_audit->setAlternatingRowColors(true);
    m_audit->setColumnCount(4);
    m_audit->header()->setStretchLastSection(true);
    auto *auditPage = new QWidget;
    auto *auditLayout = new QVBoxLayout(auditPage);
    auditLayout->setContentsMargins(8, 8, 8, 8);
    auditLayout->addWidget(m_auditNote);
    auditLayout->addWidget(m_audit, 1);
    m_auditNote->setWordWrap(true);
    m_auditNote->setStyleSheet(u"color: palette(mid);"_s);

    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(m_fieldsArea, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_mailPage, QString());
    m_tabs->addTab(auditPage, QString());

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 4, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_note);
    contentLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_tabs, &QTabWidget::currentChanged, this, &QueueDetailView::tabChanged);
    connect(m_mailDecision, &QComboBox::currentIndexChanged, this,
            &QueueDetailView::updatePreviewRequest);
    connect(m_mailReason, &QComboBox::currentIndexChanged, this,
            &QueueDetailView::updatePreviewRequest);
    retranslate();
}

void QueueDetailView::showSummary(const QueueItemSummary &summary)
{
    const bool sameItem = summary.id == m_summary.id;
    m_summary = summary;
    if (!sameItem) {
        ++m_generation;
        m_hasDetail = false;
        m_detail = {};
        m_auditLoadedFor = 0;
        m_audit->clear();
        m_history->clear();
        m_mail->clear();
        m_imageFields.clear();
        m_note->hide();
        m_fieldsArea->setWidget(valueLabel(tr("Loading…")));
    }
    m_pages->setCurrentIndex(1);
    fillHeader();
}

void QueueDetailView::updateSummary(const QueueItemSummary &summary)
{
    if (summary.id != m_summary.id)
        return;
    m_summary = summary;
    fillHeader();
}

void QueueDetailView::setDetail(const QueueItemDetail &detail, bool fromCache,
                                const QDateTime &fetchedAt)
{
    if (detail.summary.id != m_summary.id)
        ++m_generation;
    const bool decidedNow = m_hasDetail && m_detail.summary.version != detail.summary.version;
    m_detail = detail;
    m_summary = detail.summary;
    m_hasDetail = true;
    m_fromCache = fromCache;
    m_fetchedAt = fetchedAt;
    m_pages->setCurrentIndex(1);
    if (fromCache) {
        m_note->setText(tr("Offline: this is the item as it was %1.").arg(AgeText::ago(fetchedAt)));
        m_note->show();
    } else {
        m_note->hide();
    }
    fillHeader();
    fillFields();
    m_history->setHistory(m_kind, detail.summary.id, detail.history);
    if (decidedNow)
        m_auditLoadedFor = 0;
    tabChanged(m_tabs->currentIndex());
}

void QueueDetailView::showLoadError(const QString &errorText)
{
    m_fieldsArea->setWidget(
            valueLabel(tr("The item could not be loaded: %1").arg(errorText), u"detailError"_s));
}

void QueueDetailView::clear()
{
    ++m_generation;
    m_summary = {};
    m_detail = {};
    m_hasDetail = false;
    m_auditLoadedFor = 0;
    m_mail->clear();
    m_pages->setCurrentIndex(0);
}

void QueueDetailView::setReasonCodes(const QList<ReasonCode> &codes)
{
    m_codes = codes;
    m_history->setReasonCodes(codes);
    const QString chosen = m_mailReason->currentData().toString();
    m_mailReason->blockSignals(true);
    m_mailReason->clear();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const ReasonCode &code : codes)
        m_mailReason->addItem(code.text(chinese), code.code);
    const int index = m_mailReason->findData(chosen);
    m_mailReason->setCurrentIndex(index < 0 ? 0 : index);
    m_mailReason->blockSignals(false);
    if (m_hasDetail)
        fillFields();
    updatePreviewRequest();
}

void QueueDetailView::fillHeader()
{
    const QueueItemSummary &s = m_summary;
    if (!m_hasDetail || !m_detail.fields.value(u"logo_image_id"_s).toInteger()
        || m_kind != QueueKind::WorkspaceApplications) {
        m_avatar->setPixmap(QueueVisuals::avatar(s.companyName, kAvatarSize, devicePixelRatioF()));
        m_avatar->setToolTip(m_kind == QueueKind::WorkspaceApplications
                                     ? tr("No logo: the workspace gets this avatar, the first "
                                          "character of the company name on a solid colour.")
                                     : QString());
    }
    m_company->setText(s.companyName);
    m_applicant->setText(s.applicantEmail.isEmpty()
                                 ? s.applicantName
                                 : tr("%1 · %2").arg(s.applicantName, s.applicantEmail));
    QStringList parts{QueueTerms::status(s.status)};
    if (s.status == QueueStatus::UnderReview && s.dueAt) {
        const bool overdue = s.dueAt < QDateTime::currentMSecsSinceEpoch();
        const QString due = QueueTerms::due(s.businessDaysLeft, overdue);
        parts.append(overdue ? u"<b style=\"color:#b71c1c\">%1</b>"_s.arg(due.toHtmlEscaped())
                             : due.toHtmlEscaped());
    }
    if (s.submissionNumber > 1)
        parts.append(tr("Submission %1").arg(s.submissionNumber));
    const bool claimLive = s.claimedById && s.claimExpiresAt > QDateTime::currentMSecsSinceEpoch();
    if (claimLive && s.status == QueueStatus::UnderReview) {
        parts.append(
                s.claimedById == m_staffId
                        ? tr("Claimed by you").toHtmlEscaped()
                        : QueueTerms::claimUntil(
                                  s.claimedByName,
                                  QDateTime::fromMSecsSinceEpoch(s.claimExpiresAt).toLocalTime())
                                  .toHtmlEscaped());
    }
    if (m_hasDetail && s.status != QueueStatus::UnderReview && !m_detail.decidedByName.isEmpty())
        parts.append(tr("by %1, %2")
                             .arg(m_detail.decidedByName, localTime(m_detail.decidedAt))
                             .toHtmlEscaped());
    parts[0] = parts[0].toHtmlEscaped();
    m_state->setText(parts.join(u"  ·  "_s));
}

void QueueDetailView::fillFields()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(8, 10, 8, 10);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(8);
    m_imageFields.clear();
    const QueueItemDetail &d = m_detail;
    for (const QString &field : Queues::fieldNames(m_kind)) {
        const QJsonValue value = d.fields.value(field);
        if (QueueTerms::isImageField(field)) {
            const qint64 imageId = value.toInteger();
            if (imageId <= 0) {
                auto *none = valueLabel(field == u"logo_image_id"
                                                ? tr("None: the workspace gets the generated "
                                                     "avatar shown above.")
                                                : QueueTerms::fieldValue(field, value));
                form->addRow(QueueTerms::fieldLabel(field), none);
                continue;
            }
            auto *button = new QToolButton;
            button->setObjectName(field);
            button->setAutoRaise(true);
            button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
            button->setText(tr("Loading the image…"));
            button->setCursor(Qt::PointingHandCursor);
            m_imageFields.insert(field, imageId);
            connect(button, &QToolButton::clicked, this, [this, field] { openImage(field); });
            form->addRow(QueueTerms::fieldLabel(field), button);
            loadImage(field, imageId, button);
            continue;
        }
        form->addRow(QueueTerms::fieldLabel(field),
                     valueLabel(QueueTerms::fieldValue(field, value), u"field_"_s + field));
    }
    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    form->addRow(separator);
    form->addRow(tr("Item"), valueLabel(QString::number(d.summary.id)));
    form->addRow(tr("Submitted"),
                 valueLabel(localTime(d.summary.submittedAt, QLocale::LongFormat)));
    if (d.summary.dueAt)
        form->addRow(tr("Due"), valueLabel(localTime(d.summary.dueAt, QLocale::LongFormat)));
    form->addRow(tr("Applicant account"),
                 valueLabel(QString::number(d.summary.applicantAccountId)));
    form->addRow(tr("Mail language"),
                 valueLabel(d.applicantLanguage == u"en" ? tr("English") : tr("Chinese")));
    if (d.summary.status != QueueStatus::UnderReview && d.decidedAt) {
        form->addRow(tr("Decision"),
                     valueLabel(QueueTerms::status(d.summary.status), u"detailDecision"_s));
        form->addRow(tr("Decided by"),
                     valueLabel(tr("%1, %2").arg(d.decidedByName, localTime(d.decidedAt))));
        if (!d.reasonCode.isEmpty())
            form->addRow(tr("Reason"), valueLabel(QueueTerms::reason(d.reasonCode, m_codes)));
        if (!d.reasonText.isEmpty())
            form->addRow(tr("Note to applicant"), valueLabel(d.reasonText));
    }
    m_fieldsArea->setWidget(page);
}

void QueueDetailView::loadImage(const QString &field, qint64 imageId, QToolButton *button)
{
    const auto show = [this, field, button](const QPixmap &pixmap) {
        const QPixmap thumbnail = pixmap.width() > kThumbnailWidth
                ? pixmap.scaledToWidth(kThumbnailWidth, Qt::SmoothTransformation)
                : pixmap;
        button->setIcon(QIcon(thumbnail));
        button->setIconSize(thumbnail.size());
        button->setText(tr("Click to zoom (%1 × %2)").arg(pixmap.width()).arg(pixmap.height()));
        button->setToolTip(tr("Open %1 at full size").arg(QueueTerms::fieldLabel(field)));
        if (field == u"logo_image_id" && m_hasDetail)
            m_avatar->setPixmap(pixmap.scaled(QSize(kAvatarSize, kAvatarSize), Qt::KeepAspectRatio,
                                              Qt::SmoothTransformation));
    };
    if (m_images.contains(imageId)) {
        show(m_images.value(imageId));
        return;
    }
    const quint64 generation = m_generation;
    m_client.fetchImage(imageId, button,
                        [this, imageId, button, show, generation](const QueueImageResult &result) {
                            if (generation != m_generation)
                                return;
                            QPixmap pixmap;
                            if (!result.ok || !pixmap.loadFromData(result.bytes)) {
                                button->setText(result.ok
                                                        ? tr("The image could not be read.")
                                                        : tr("No image: %1").arg(result.errorText));
                                return;
                            }
                            m_images.insert(imageId, pixmap);
                            show(pixmap);
                        });
}

bool QueueDetailView::openImage(const QString &field)
{
    const qint64 imageId = m_imageFields.value(field);
    if (!m_images.contains(imageId))
        return false;
    auto *viewer = new ImageViewer(
            m_images.value(imageId),
            tr("%1 — %2").arg(QueueTerms::fieldLabel(field), m_summary.companyName), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return true;
}

void QueueDetailView::tabChanged(int index)
{
    if (!m_summary.id)
        return;
    if (index == MailTab)
        updatePreviewRequest();
    else if (index == AuditTab && m_auditLoadedFor != m_summary.id)
        loadAudit();
}

void QueueDetailView::updatePreviewRequest()
{
    const bool reject = m_mailDecision->currentData().toString() == u"reject";
    m_mailReason->setEnabled(reject);
    if (!m_summary.id || m_tabs->currentIndex() != MailTab)
        return;
    m_mail->setRequest(m_kind, m_summary.id, m_mailDecision->currentData().toString(),
                       reject ? m_mailReason->currentData().toString() : QString(), QString());
}

void QueueDetailView::loadAudit()
{
    m_auditLoadedFor = m_summary.id;
    m_audit->clear();
    m_auditNote->setText(tr("Loading the audit trail…"));
    const quint64 generation = m_generation;
    m_client.fetchAudit(m_kind, m_summary.id, this,
                        [this, generation](const QueueAuditResult &result) {
                            if (generation != m_generation)
                                return;
                            if (!result.ok) {
                                m_auditLoadedFor = 0;
                                m_auditNote->setText(result.errorText);
                                return;
                            }
                            fillAudit(result.entries, result.fromCache);
                        });
}

void QueueDetailView::fillAudit(const QList<AuditRecord> &entries, bool fromCache)
{
    m_audit->clear();
    for (const AuditRecord &e : entries) {
        auto *item = new QTreeWidgetItem(m_audit);
        item->setText(0, QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, e.actorName);
        item->setText(2, QueueTerms::auditAction(e.action, e.after.value(u"status"_s).toString()));
        QString details = e.reason;
        if (e.action.endsWith(u".claim") && e.after.value(u"via"_s).toString() == u"next")
            details = tr("Opened as the next item");
        item->setText(3, details);
        item->setToolTip(3, details);
    }
    for (int c = 0; c < 3; ++c)
        m_audit->resizeColumnToContents(c);
    if (entries.isEmpty())
        m_auditNote->setText(tr("Nothing recorded for this item yet."));
    else if (fromCache)
        m_auditNote->setText(tr("Offline: the trail as it was last fetched."));
    else
        m_auditNote->setText(tr("Everything done to this item, newest first. Reviewers read it "
                                "without the audit log's permission."));
}

void QueueDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueDetailView::retranslate()
{
    m_placeholder->setText(tr("Select an item to see everything the applicant submitted, "
                              "their earlier submissions, and the mail they will receive."));
    m_tabs->setTabText(FieldsTab, tr("Details"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_tabs->setTabText(MailTab, tr("Mail Preview"));
    m_tabs->setTabText(AuditTab, tr("Audit Trail"));
    m_mailDecision->setItemText(0, tr("If approved"));
    m_mailDecision->setItemText(1, tr("If rejected because…"));
    m_audit->setHeaderLabels({tr("Time"), tr("Staff member"), tr("Action"), tr("Details")});
    setReasonCodes(m_codes);
    if (m_summary.id) {
        fillHeader();
        if (m_hasDetail)
            fillFields();
    }
    if (m_auditLoadedFor)
        loadAudit();
}
