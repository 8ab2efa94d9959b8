#include "ui/queues/bulkdecisiondialog.h"

#include "models/queues/queueitemclient.h"
#include "models/queues/queueterms.h"
#include "services/api/apijob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { ApplicantColumn, CompanyColumn, ResultColumn };

const QColor kDecidedColour(0x1B, 0x5E, 0x20);
const QColor kNotDecidedColour(0xB7, 0x1C, 0x1C);

} // namespace

BulkDecisionDialog::BulkDecisionDialog(QueueKind kind, DecisionKind decision,
                                       const QList<QueueItemSummary> &items,
                                       const QList<ReasonCode> &codes, qint64 staffId,
                                       QueueItemClient &client, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_decision(decision), m_codes(codes), m_staffId(staffId),
      m_client(client), m_heading(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTreeWidget(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QComboBox(this)), m_noteLabel(new QLabel(this)),
      m_note(new QPlainTextEdit(this)), m_run(new QPushButton(this)),
      m_retry(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(u"bulkDecisionDialog"_s);
    m_table->setObjectName(u"bulkItems"_s);
    m_reason->setObjectName(u"bulkReasonCode"_s);
    m_note->setObjectName(u"bulkReasonText"_s);
    m_run->setObjectName(u"runBulkDecision"_s);
    m_retry->setObjectName(u"retryBulkDecision"_s);
    m_close->setObjectName(u"closeBulkDecision"_s);
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_summary->setWordWrap(true);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnCount(3);
    m_table->header()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    for (const QueueItemSummary &item : items) {
        Entry e;
        e.item = item;
        e.draft.itemId = item.id;
        e.draft.version = item.version;
        e.draft.decision = decision;
        e.state = skipReason(item).isEmpty() ? ItemState::Waiting : ItemState::Skipped;
        m_entries.append(e);
        new QTreeWidgetItem(m_table);
    }
    setReasonCodes(codes);
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    const bool reject = decision == DecisionKind::Reject;
    m_reasonLabel->setVisible(reject);
    m_reason->setVisible(reject);
    m_noteLabel->setVisible(reject);
    m_note->setVisible(reject);
    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel->setBuddy(m_note);

    auto *form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_noteLabel, m_note);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_retry->hide();
    m_run->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_retry, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_close, &QPushButton::clicked, this, &BulkDecisionDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &BulkDecisionDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &BulkDecisionDialog::updateState);
    resize(720, 520);
    retranslate();
}

void BulkDecisionDialog::setReasonCodes(const QList<ReasonCode> &codes)
{
    const QString chosen = m_reason->currentData().toString();
    m_codes = codes;
    m_reason->blockSignals(true);
    m_reason->clear();
    m_reason->addItem(tr("Choose a reason…"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const ReasonCode &code : codes)
        m_reason->addItem(code.text(chinese), code.code);
    const int index = chosen.isEmpty() ? -1 : m_reason->findData(chosen);
    m_reason->setCurrentIndex(index < 0 ? 0 : index);
    m_reason->blockSignals(false);
}

QString BulkDecisionDialog::skipReason(const QueueItemSummary &item) const
{
    if (item.status != QueueStatus::UnderReview)
        return tr("Left out: already %1.").arg(QueueTerms::status(item.status).toLower());
    const bool claimLive =
            item.claimedById && item.claimExpiresAt > QDateTime::currentMSecsSinceEpoch();
    if (claimLive && item.claimedById != m_staffId)
        return tr("Left out: %1 is working on it.").arg(item.claimedByName);
    return {};
}

int BulkDecisionDialog::itemCount() const
{
    return int(m_entries.size());
}

BulkDecisionDialog::ItemState BulkDecisionDialog::state(int row) const
{
    return m_entries.at(row).state;
}

QString BulkDecisionDialog::resultText(int row) const
{
    return m_table->topLevelItem(row)->text(ResultColumn);
}

qint64 BulkDecisionDialog::itemId(int row) const
{
    return m_entries.at(row).item.id;
}

int BulkDecisionDialog::decidedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const Entry &e) { return e.state == ItemState::Decided; }));
}

int BulkDecisionDialog::notDecidedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const Entry &e) { return e.state == ItemState::NotDecided; }));
}

void BulkDecisionDialog::fillRow(int row)
{
    const Entry &e = m_entries.at(row);
    QTreeWidgetItem *item = m_table->topLevelItem(row);
    item->setText(ApplicantColumn, e.item.applicantName);
    item->setText(CompanyColumn, e.item.companyName);
    QString result;
    QColor colour = palette().color(QPalette::Text);
    switch (e.state) {
    case ItemState::Skipped:
        result = skipReason(e.item);
        colour = palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case ItemState::Waiting:
        result = m_decision == DecisionKind::Approve ? tr("Will be approved")
                                                     : tr("Will be rejected");
        break;
    case ItemState::Sending:
        result = tr("Sending…");
        break;
    case ItemState::Decided:
        result = m_decision == DecisionKind::Approve ? tr("✓ Approved") : tr("✓ Rejected");
        colour = kDecidedColour;
        break;
    case ItemState::NotDecided:
        result = tr("✗ %1").arg(e.result);
        colour = kNotDecidedColour;
        break;
    }
    item->setText(ResultColumn, result);
    item->setToolTip(ResultColumn, result);
    item->setForeground(ResultColumn, colour);
}

void BulkDecisionDialog::run(bool onlyRetryable)
{
    if (m_running)
        return;
    const QString code =
            m_decision == DecisionKind::Reject ? m_reason->currentData().toString() : QString();
    const QString note = m_decision == DecisionKind::Reject ? m_note->toPlainText() : QString();
    m_pending.clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        const bool wanted = onlyRetryable ? (e.state == ItemState::NotDecided && e.retryable)
                                          : e.state == ItemState::Waiting;
        if (!wanted)
            continue;
        e.draft.reasonCode = code;
        e.draft.reasonText = note;
        e.state = ItemState::Sending;
        fillRow(row);
        m_pending.append(row);
    }
    m_running = true;
    m_ran = true;
    updateState();
    sendNext();
}

void BulkDecisionDialog::sendNext()
{
    if (m_pending.isEmpty()) {
        m_running = false;
        updateState();
        emit finished();
        return;
    }
    const int row = m_pending.takeFirst();
    Entry &e = m_entries[row];
    // One at a time: the reviewer watches the results arrive in order, and the
    // server's per-staff idempotency store sees each key once.
    m_client.decide(m_kind, e.item.id, e.draft.version, e.draft.body(), e.draft.keyForSending())
            ->then(this, [this, row](const ApiResult &result) {
                Entry &entry = m_entries[row];
                const DecisionOutcome outcome = DecisionOutcome::from(result);
                if (outcome.kind == DecisionOutcome::Kind::Decided) {
                    entry.state = ItemState::Decided;
                } else {
                    entry.state = ItemState::NotDecided;
                    entry.retryable = outcome.isRetryable();
                    entry.result =
                            outcome.kind == DecisionOutcome::Kind::Stale && outcome.hasCurrent
                            ? tr("Not decided: %1").arg(DecisionOutcome::decidedBy(outcome.current))
                            : outcome.message;
                }
                fillRow(row);
                if (outcome.hasCurrent)
                    emit itemChanged(outcome.current);
                sendNext();
            });
}

void BulkDecisionDialog::updateState()
{
    const int waiting = int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) {
        return e.state == ItemState::Waiting;
    }));
    const int retryable = int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) {
        return e.state == ItemState::NotDecided && e.retryable;
    }));
    const QString code = m_reason->currentData().toString();
    bool needsText = false;
    for (const ReasonCode &c : std::as_const(m_codes))
        needsText = needsText || (c.code == code && c.requiresText);
    const bool reasonReady = m_decision == DecisionKind::Approve
            || (!code.isEmpty() && (!needsText || !m_note->toPlainText().trimmed().isEmpty()));
    m_run->setEnabled(!m_running && waiting > 0 && reasonReady);
    m_run->setToolTip(reasonReady ? QString()
                                  : tr("Choose a reason first: every applicant is told why."));
    m_run->setText(m_decision == DecisionKind::Approve
                           ? tr("&Approve %n Item(s)", nullptr, waiting)
                           : tr("&Reject %n Item(s)", nullptr, waiting));
    m_run->setVisible(!m_ran || waiting > 0);
    m_retry->setVisible(retryable > 0 && !m_running);
    m_retry->setText(tr("Send %n Failed Again", nullptr, retryable));
    m_reason->setEnabled(!m_ran);
    m_note->setReadOnly(m_ran);
    m_close->setEnabled(!m_running);
    m_close->setText(m_ran ? tr("Close") : tr("Cancel"));
    const int skipped = int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) {
        return e.state == ItemState::Skipped;
    }));
    if (!m_ran) {
        m_summary->setText(
                (m_decision == DecisionKind::Approve
                         ? tr("%n item(s) will be approved; each applicant is mailed the result.",
                              nullptr, waiting)
                         : tr("%n item(s) will be rejected with the reason below; each applicant "
                              "is mailed it.",
                              nullptr, waiting))
                + (skipped ? QString(
                           u' ' + tr("%n selected item(s) will be left out.", nullptr, skipped))
                           : QString()));
    } else if (m_running) {
        m_summary->setText(tr("Deciding… %1 of %2 done.")
                                   .arg(decidedCount() + notDecidedCount())
                                   .arg(m_entries.size() - skipped));
    } else {
        m_summary->setText(tr("%n item(s) decided", nullptr, decidedCount()) + u"; "_s
                           + tr("%n not decided (see why below).", nullptr, notDecidedCount()));
    }
}

void BulkDecisionDialog::reject()
{
    if (!m_running)
        QDialog::reject();
}

void BulkDecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BulkDecisionDialog::retranslate()
{
    const bool approve = m_decision == DecisionKind::Approve;
    setWindowTitle(approve ? tr("Approve Selected Items") : tr("Reject Selected Items"));
    m_heading->setText(approve ? tr("Approve %n selected item(s)?", nullptr, itemCount())
                               : tr("Reject %n selected item(s)?", nullptr, itemCount()));
    m_table->setHeaderLabels({tr("Applicant"), QueueTerms::columnCompany(m_kind), tr("Result")});
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setItemText(0, tr("Choose a reason…"));
    m_noteLabel->setText(tr("&Note to the applicants:"));
    m_note->setPlaceholderText(tr("Optional; required for \"other\". The same note goes to "
                                  "every applicant."));
    for (int row = 0; row < m_entries.size(); ++row)
        fillRow(row);
    m_table->resizeColumnToContents(ApplicantColumn);
    m_table->setColumnWidth(CompanyColumn, 240);
    updateState();
}
