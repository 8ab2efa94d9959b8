#include "ui/queues/decisiondialog.h"

#include "models/queues/queueterms.h"
#include "models/queues/reasontemplates.h"
#include "ui/common/messagebanner.h"
#include "ui/queues/mailpreviewview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxNoteLength = 2000;

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

DecisionDialog::DecisionDialog(QueueKind kind, const QueueItemSummary &item,
                               const DecisionDraft &draft, const QList<ReasonCode> &codes,
                               const QString &applicantLanguage, QueueItemClient &client,
                               QWidget *parent)
    : QDialog(parent), m_kind(kind), m_item(item), m_decision(draft.decision), m_codes(codes),
      m_applicantChinese(applicantLanguage != u"en"), m_client(client), m_heading(new QLabel(this)),
      m_explanation(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QComboBox(this)), m_noteLabel(new QLabel(this)),
      m_note(new QPlainTextEdit(this)), m_template(new QPushButton(this)),
      m_count(new QLabel(this)), m_previewLabel(new QLabel(this)),
      m_preview(new MailPreviewView(client, this)), m_submit(new QPushButton(this)),
      m_submitNext(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_previewTimer(new QTimer(this))
{
    const bool reject = m_decision == DecisionKind::Reject;
    setObjectName(reject ? u"rejectDialog"_s : u"approveDialog"_s);
    m_banner->setObjectName(u"decisionBanner"_s);
    m_reason->setObjectName(u"reasonCode"_s);
    m_note->setObjectName(u"reasonText"_s);
    m_template->setObjectName(u"insertTemplate"_s);
    m_submit->setObjectName(u"submitDecision"_s);
    m_submitNext->setObjectName(u"submitDecisionAndNext"_s);
    m_cancel->setObjectName(u"cancelDecision"_s);
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_heading->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_count->setStyleSheet(u"color: palette(mid);"_s);
    m_previewLabel->setStyleSheet(u"font-weight: bold;"_s);

    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel->setBuddy(m_note);
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(draft.reasonText);
    m_wantedCode = draft.reasonCode;
    setReasonCodes(codes);

    auto *form = new QGridLayout;
    form->addWidget(m_reasonLabel, 0, 0);
    form->addWidget(m_reason, 0, 1, 1, 2);
    form->addWidget(m_noteLabel, 1, 0, Qt::AlignTop);
    form->addWidget(m_note, 1, 1, 1, 2);
    form->addWidget(m_template, 2, 1, Qt::AlignLeft);
    form->addWidget(m_count, 2, 2, Qt::AlignRight);
    form->setColumnStretch(1, 1);
    for (QWidget *w : {static_cast<QWidget *>(m_reasonLabel), static_cast<QWidget *>(m_reason),
                       static_cast<QWidget *>(m_noteLabel), static_cast<QWidget *>(m_note),
                       static_cast<QWidget *>(m_template), static_cast<QWidget *>(m_count)})
        w->setVisible(reject);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_submitNext, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_submit->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    // The buttons are wired by hand: the dialog stays open while the decision
    // is sent, and closes only when the pane says it landed.
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (isComplete() && !m_busy)
            emit submitted(false);
    });
    connect(m_submitNext, &QPushButton::clicked, this, [this] {
        if (isComplete() && !m_busy)
            emit submitted(true);
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &DecisionDialog::reasonChosen);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        emit draftChanged(reasonCode(), reasonText());
        m_previewTimer->start();
    });
    connect(m_template, &QPushButton::clicked, this, &DecisionDialog::insertTemplate);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(500);
    connect(m_previewTimer, &QTimer::timeout, this, &DecisionDialog::updatePreview);

    resize(620, reject ? 640 : 520);
    retranslate();
    updatePreview();
    if (reject)
        (m_reason->currentIndex() == 0 ? static_cast<QWidget *>(m_reason)
                                       : static_cast<QWidget *>(m_note))
                ->setFocus();
}

QString DecisionDialog::reasonCode() const
{
    return m_decision == DecisionKind::Reject ? m_reason->currentData().toString() : QString();
}

QString DecisionDialog::reasonText() const
{
    return m_decision == DecisionKind::Reject ? m_note->toPlainText() : QString();
}

const ReasonCode *DecisionDialog::chosenCode() const
{
    const QString code = reasonCode();
    for (const ReasonCode &c : m_codes) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

bool DecisionDialog::isComplete() const
{
    if (m_decidedElsewhere)
        return false;
    if (m_decision == DecisionKind::Approve)
        return true;
    const ReasonCode *code = chosenCode();
    if (!code)
        return false;
    const QString note = reasonText().trimmed();
    if (note.size() > kMaxNoteLength)
        return false;
    return !code->requiresText || !note.isEmpty();
}

void DecisionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reason->setEnabled(!busy);
    m_note->setReadOnly(busy);
    m_template->setEnabled(!busy);
    if (busy)
        m_banner->showMessage(MessageBanner::Kind::Notice, tr("Sending the decision…"));
    updateState();
}

void DecisionDialog::setReasonCodes(const QList<ReasonCode> &codes)
{
    if (m_reason->count() > 1)
        m_wantedCode = reasonCode();
    m_codes = codes;
    m_reason->blockSignals(true);
    m_reason->clear();
    m_reason->addItem(tr("Choose a reason…"));
    for (const ReasonCode &code : codes)
        m_reason->addItem(code.text(chineseUi()), code.code);
    const int chosen = m_wantedCode.isEmpty() ? -1 : m_reason->findData(m_wantedCode);
    m_reason->setCurrentIndex(chosen < 0 ? 0 : chosen);
    m_reason->blockSignals(false);
    updateState();
}

void DecisionDialog::setOpenNextByDefault(bool openNext)
{
    m_submit->setDefault(!openNext);
    m_submitNext->setDefault(openNext);
}

void DecisionDialog::showFailure(const QString &message)
{
    setBusy(false);
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

void DecisionDialog::showStale(const QString &message, const QueueItemSummary &current)
{
    m_item = current;
    m_decidedElsewhere = current.status != QueueStatus::UnderReview;
    setBusy(false);
    m_banner->showMessage(MessageBanner::Kind::Warning, message);
    updateState();
}

void DecisionDialog::reasonChosen()
{
    // A template fills an empty note only: what was typed is never replaced.
    updateState();
    emit draftChanged(reasonCode(), reasonText());
    updatePreview();
}

void DecisionDialog::insertTemplate()
{
    const QString text = ReasonTemplates::text(reasonCode(), m_applicantChinese);
    QTextCursor cursor = m_note->textCursor();
    if (!m_note->toPlainText().isEmpty() && !cursor.atBlockStart())
        cursor.insertText(u"\n"_s);
    cursor.insertText(text);
    m_note->setTextCursor(cursor);
    m_note->setFocus();
}

void DecisionDialog::updateState()
{
    const bool complete = isComplete();
    for (QPushButton *button : {m_submit, m_submitNext})
        button->setEnabled(complete && !m_busy);
    const int length = int(reasonText().trimmed().size());
    m_count->setText(tr("%1 / %2").arg(length).arg(kMaxNoteLength));
    m_count->setStyleSheet(length > kMaxNoteLength ? u"color: #b71c1c;"_s
                                                   : u"color: palette(mid);"_s);
    QString why;
    if (m_decidedElsewhere)
        why = tr("This item is no longer under review.");
    else if (m_decision == DecisionKind::Reject && !chosenCode())
        why = tr("Choose a reason first: the applicant is told why.");
    else if (length > kMaxNoteLength)
        why = tr("The note is longer than %1 characters.").arg(kMaxNoteLength);
    else if (!complete)
        why = tr("This reason needs a note that says what to fix.");
    for (QPushButton *button : {m_submit, m_submitNext})
        button->setToolTip(why);
    const ReasonCode *code = chosenCode();
    m_template->setEnabled(!m_busy && m_decision == DecisionKind::Reject);
    m_noteLabel->setText(code && code->requiresText ? tr("&Note to the applicant (required):")
                                                    : tr("&Note to the applicant (optional):"));
}

void DecisionDialog::updatePreview()
{
    m_preview->setRequest(m_kind, m_item.id,
                          m_decision == DecisionKind::Approve ? u"approve"_s : u"reject"_s,
                          reasonCode(), reasonText().trimmed());
}

void DecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DecisionDialog::retranslate()
{
    const bool reject = m_decision == DecisionKind::Reject;
    setWindowTitle(reject ? tr("Reject") : tr("Approve"));
    m_heading->setText(reject ? tr("Reject %1?").arg(m_item.companyName)
                              : tr("Approve %1?").arg(m_item.companyName));
    if (reject) {
        m_explanation->setText(
                tr("%1 is mailed the reason and your note, fixes what they say and may submit "
                   "a new %2.")
                        .arg(m_item.applicantName,
                             m_kind == QueueKind::WorkspaceApplications
                                     ? tr("application")
                                     : tr("verification request")));
    } else {
        m_explanation->setText(
                m_kind == QueueKind::WorkspaceApplications
                        ? tr("The workspace \"%1\" is created for %2 at once, and they are mailed "
                             "the result.")
                                  .arg(m_item.companyName, m_item.applicantName)
                        : tr("%1's team becomes a corporate team (no member limit) at once, and "
                             "they are mailed the result.")
                                  .arg(m_item.applicantName));
    }
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setItemText(0, tr("Choose a reason…"));
    const bool chinese = chineseUi();
    for (int i = 1; i < m_reason->count(); ++i) {
        for (const ReasonCode &code : std::as_const(m_codes)) {
            if (code.code == m_reason->itemData(i).toString())
                m_reason->setItemText(i, code.text(chinese));
        }
    }
    m_note->setPlaceholderText(tr("What should the applicant change? This goes into the mail, "
                                  "in the applicant's language."));
    m_template->setText(tr("Insert &Template"));
    m_template->setToolTip(
            m_applicantChinese
                    ? tr("Adds a starting sentence for this reason, in Chinese (the applicant's "
                         "language)")
                    : tr("Adds a starting sentence for this reason, in English (the applicant's "
                         "language)"));
    m_previewLabel->setText(tr("The mail the applicant will receive"));
    m_submit->setText(reject ? tr("&Reject") : tr("&Approve"));
    m_submitNext->setText(reject ? tr("Reject and Open &Next") : tr("Approve and Open &Next"));
    m_cancel->setText(tr("Cancel"));
    updateState();
}
