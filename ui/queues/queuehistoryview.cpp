#include "ui/queues/queuehistoryview.h"

#include "models/queues/queueterms.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QColor kChangedBackground(0xFF, 0xF4, 0xCE);

QString shortTime(qint64 ms)
{
    if (!ms)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

QueueHistoryView::QueueHistoryView(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_submissions(new QTreeWidget(this)),
      m_changesHeading(new QLabel(this)), m_changes(new QTreeWidget(this))
{
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(u"color: palette(mid);"_s);
    m_submissions->setObjectName(u"historyList"_s);
    m_submissions->setRootIsDecorated(false);
    m_submissions->setUniformRowHeights(true);
    m_submissions->setAlternatingRowColors(true);
    m_submissions->setColumnCount(5);
    m_submissions->header()->setStretchLastSection(true);
    m_changes->setObjectName(u"historyDiff"_s);
    m_changes->setRootIsDecorated(false);
    m_changes->setColumnCount(3);
    m_changes->setWordWrap(true);
    m_changes->header()->setStretchLastSection(true);
    m_changes->header()->setSectionResizeMode(QHeaderView::Interactive);
    QFont heading = m_changesHeading->font();
    heading.setBold(true);
    m_changesHeading->setFont(heading);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_intro);
    layout->addWidget(m_submissions, 2);
    layout->addWidget(m_changesHeading);
    layout->addWidget(m_changes, 3);
    connect(m_submissions, &QTreeWidget::currentItemChanged, this, &QueueHistoryView::showChanges);
    retranslate();
}

void QueueHistoryView::setHistory(QueueKind kind, qint64 currentId,
                                  const QList<QueueHistoryEntry> &history)
{
    m_kind = kind;
    m_currentId = currentId;
    m_history = history;
    fill();
}

void QueueHistoryView::setReasonCodes(const QList<ReasonCode> &codes)
{
    m_codes = codes;
    fill();
}

void QueueHistoryView::clear()
{
    m_history.clear();
    m_currentId = 0;
    fill();
}

void QueueHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueHistoryView::retranslate()
{
    m_intro->setText(tr("Every submission from this applicant, oldest first. A rejected "
                        "applicant fixes what the reason says and submits again."));
    m_submissions->setHeaderLabels(
            {tr("#"), tr("Submitted"), tr("Result"), tr("Decided by"), tr("Reason")});
    m_changes->setHeaderLabels({tr("Field"), tr("Before"), tr("This submission")});
    fill();
}

QString QueueHistoryView::reasonText(const QueueHistoryEntry &entry) const
{
    QString text =
            entry.reasonCode.isEmpty() ? QString() : QueueTerms::reason(entry.reasonCode, m_codes);
    if (!entry.reasonText.isEmpty())
        text = text.isEmpty() ? entry.reasonText : QString(text + u" — "_s + entry.reasonText);
    return text;
}

void QueueHistoryView::fill()
{
    m_submissions->clear();
    QTreeWidgetItem *current = nullptr;
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        const QueueHistoryEntry &e = m_history.at(i);
        auto *item = new QTreeWidgetItem(m_submissions);
        item->setText(0, QString::number(i + 1));
        item->setText(1, shortTime(e.submittedAt));
        item->setText(2, QueueTerms::status(e.status));
        item->setText(3, e.decidedByName);
        item->setText(4, reasonText(e));
        item->setToolTip(4, reasonText(e));
        item->setData(0, Qt::UserRole, qint64(i));
        if (e.id == m_currentId) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 5; ++c)
                item->setFont(c, bold);
            item->setText(0, tr("%1 (this one)").arg(i + 1));
            current = item;
        }
    }
    for (int c = 0; c < 4; ++c)
        m_submissions->resizeColumnToContents(c);
    if (current)
        m_submissions->setCurrentItem(current);
    else
        showChanges();
}

void QueueHistoryView::showChanges()
{
    m_changes->clear();
    const QTreeWidgetItem *item = m_submissions->currentItem();
    const qsizetype index = item ? item->data(0, Qt::UserRole).toLongLong() : -1;
    if (index < 0 || index >= m_history.size()) {
        m_changesHeading->setText(tr("Changes"));
        return;
    }
    const QueueHistoryEntry &entry = m_history.at(index);
    if (index == 0) {
        m_changesHeading->setText(tr("Submission 1: the first, nothing to compare with"));
    } else if (entry.changedFields.isEmpty()) {
        m_changesHeading->setText(
                tr("Submission %1: nothing changed since submission %2").arg(index + 1).arg(index));
    } else {
        m_changesHeading->setText(tr("Submission %1 against submission %2: %n field(s) changed",
                                     nullptr, int(entry.changedFields.size()))
                                          .arg(index + 1)
                                          .arg(index));
    }
    const QJsonObject before = index > 0 ? m_history.at(index - 1).fields : QJsonObject();
    // Changed fields first: they are what the reviewer checks.
    QStringList fields = entry.changedFields;
    for (const QString &field : Queues::fieldNames(m_kind)) {
        if (!fields.contains(field))
            fields.append(field);
    }
    for (const QString &field : std::as_const(fields)) {
        const bool changed = entry.changedFields.contains(field);
        auto *row = new QTreeWidgetItem(m_changes);
        row->setText(0, QueueTerms::fieldLabel(field));
        row->setText(1, index > 0 ? QueueTerms::fieldValue(field, before.value(field)) : QString());
        row->setText(2, QueueTerms::fieldValue(field, entry.fields.value(field)));
        if (changed) {
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
            for (int c = 0; c < 3; ++c)
                row->setBackground(c, kChangedBackground);
            row->setToolTip(0, tr("Changed in this submission"));
        } else {
            for (int c = 0; c < 3; ++c)
                row->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_changes->resizeColumnToContents(0);
    m_changes->setColumnWidth(
            1, std::max(140, (m_changes->viewport()->width() - m_changes->columnWidth(0)) / 2));
}
