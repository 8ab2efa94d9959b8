#include "ui/queues/queuefilterbar.h"

#include "models/queues/queueterms.h"
#include "ui/common/flowlayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A date edit at its minimum means "no date" (it shows the special value text).
const QDate kNoDate(2000, 1, 1);

QString statusesCode(const QList<QueueStatus> &statuses)
{
    QStringList codes;
    for (QueueStatus s : statuses)
        codes.append(Queues::statusCode(s));
    return codes.join(u',');
}

QList<QueueStatus> statusesFrom(const QString &code)
{
    QList<QueueStatus> statuses;
    for (const QString &part : code.split(u',', Qt::SkipEmptyParts)) {
        QueueStatus s;
        if (Queues::statusFromCode(part, &s))
            statuses.append(s);
    }
    return statuses;
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QDateEdit *dateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setDate(kNoDate);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

} // namespace

QueueFilterBar::QueueFilterBar(QueueKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_search(new QLineEdit(this)), m_statusLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_roleLabel(new QLabel(this)), m_role(new QComboBox(this)),
      m_dueLabel(new QLabel(this)), m_due(new QComboBox(this)), m_claimedLabel(new QLabel(this)),
      m_claimed(new QComboBox(this)), m_submittedLabel(new QLabel(this)),
      m_from(dateEdit(this, u"submittedFromFilter"_s)), m_toLabel(new QLabel(this)),
      m_to(dateEdit(this, u"submittedToFilter"_s)), m_clear(new QPushButton(this)),
      m_typing(new QTimer(this))
{
    m_search->setObjectName(u"queueSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_status->setObjectName(u"statusFilter"_s);
    m_role->setObjectName(u"roleFilter"_s);
    m_due->setObjectName(u"dueFilter"_s);
    m_claimed->setObjectName(u"claimedFilter"_s);
    m_clear->setObjectName(u"clearQueueFilters"_s);
    for (const QString &code : {u"under_review"_s, u"approved"_s, u"rejected"_s, u"withdrawn"_s,
                                u"approved,rejected"_s, QString()})
        m_status->addItem(QString(), code);
    for (const QString &code : {QString(), u"technical_merchant"_s, u"business_merchant"_s,
                                u"service_provider"_s, u"individual_developer"_s})
        m_role->addItem(QString(), code);
    for (const QString &code : {QString(), u"overdue"_s, u"today"_s, u"later"_s})
        m_due->addItem(QString(), code);
    for (const QString &code : {QString(), u"me"_s, u"nobody"_s, u"others"_s, u"anyone"_s})
        m_claimed->addItem(QString(), code);
    // Verifications come from one role only (enterprise): nothing to choose.
    const bool roles = kind == QueueKind::WorkspaceApplications;
    m_roleLabel->setVisible(roles);
    m_role->setVisible(roles);
    m_statusLabel->setBuddy(m_status);
    m_roleLabel->setBuddy(m_role);
    m_dueLabel->setBuddy(m_due);
    m_claimedLabel->setBuddy(m_claimed);
    m_submittedLabel->setBuddy(m_from);

    // Each label stays with its field; the groups wrap onto a second row when
    // the window is narrow (or the language long) rather than widening it.
    auto *layout = new FlowLayout(this, 10, 6);
    const auto group = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        for (QWidget *widget : widgets)
            row->addWidget(widget);
        return box;
    };
    m_search->setMinimumWidth(240);
    layout->addWidget(m_search);
    layout->addWidget(group({m_statusLabel, m_status}));
    QWidget *roleGroup = group({m_roleLabel, m_role});
    roleGroup->setVisible(roles);
    layout->addWidget(roleGroup);
    layout->addWidget(group({m_dueLabel, m_due}));
    layout->addWidget(group({m_claimedLabel, m_claimed}));
    layout->addWidget(group({m_submittedLabel, m_from, m_toLabel, m_to}));
    layout->addWidget(m_clear);

    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &QueueFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emitChanged();
    });
    // The clear button inside the field empties it without an edit signal.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_setting)
            m_typing->start();
    });
    for (QComboBox *combo : {m_status, m_role, m_due, m_claimed})
        connect(combo, &QComboBox::activated, this, &QueueFilterBar::emitChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &QueueFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &QueueFilterBar::clearFilters);
    retranslate();
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    f.statuses = statusesFrom(m_status->currentData().toString());
    if (m_kind == QueueKind::WorkspaceApplications)
        f.role = m_role->currentData().toString();
    f.due = m_due->currentData().toString();
    f.claimed = m_claimed->currentData().toString();
    if (m_from->date() != kNoDate)
        f.submittedFrom = m_from->date();
    if (m_to->date() != kNoDate)
        f.submittedTo = m_to->date();
    f.text = m_search->text().trimmed();
    return f;
}

void QueueFilterBar::setFilter(const QueueFilter &filter)
{
    m_setting = true;
    selectData(m_status, statusesCode(filter.statuses));
    selectData(m_role, filter.role);
    selectData(m_due, filter.due);
    selectData(m_claimed, filter.claimed);
    m_from->setDate(filter.submittedFrom.isValid() ? filter.submittedFrom : kNoDate);
    m_to->setDate(filter.submittedTo.isValid() ? filter.submittedTo : kNoDate);
    m_search->setText(filter.text);
    m_setting = false;
    m_emitted = this->filter();
}

void QueueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueFilterBar::emitChanged()
{
    if (m_setting)
        return;
    const QueueFilter now = filter();
    if (now == m_emitted)
        return;
    m_emitted = now;
    emit changed();
}

void QueueFilterBar::clearFilters()
{
    QueueFilter defaults;
    defaults.statuses = {QueueStatus::UnderReview};
    const QueueFilter before = m_emitted;
    setFilter(defaults);
    m_emitted = before; // so that clearing what was set is a change
    emitChanged();
}

void QueueFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueFilterBar::retranslate()
{
    m_search->setPlaceholderText(m_kind == QueueKind::WorkspaceApplications
                                         ? tr("Search company, applicant or email")
                                         : tr("Search company, applicant, email or credit code"));
    m_search->setToolTip(tr("The server searches as you type; case does not matter."));
    m_statusLabel->setText(tr("&Status:"));
    const QStringList statuses{QueueTerms::status(QueueStatus::UnderReview),
                               QueueTerms::status(QueueStatus::Approved),
                               QueueTerms::status(QueueStatus::Rejected),
                               QueueTerms::status(QueueStatus::Withdrawn),
                               tr("Decided"),
                               tr("All statuses")};
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i, statuses.at(i));
    m_status->setItemData(4, tr("Approved or rejected"), Qt::ToolTipRole);
    m_roleLabel->setText(tr("R&ole:"));
    m_role->setItemText(0, tr("All roles"));
    for (int i = 1; i < m_role->count(); ++i)
        m_role->setItemText(i, QueueTerms::role(m_role->itemData(i).toString()));
    m_dueLabel->setText(tr("D&ue:"));
    const QStringList dues{tr("Any time"), tr("Overdue"), tr("Due today"), tr("Later")};
    for (int i = 0; i < dues.size(); ++i)
        m_due->setItemText(i, dues.at(i));
    m_claimedLabel->setText(tr("&Claimed:"));
    const QStringList claims{tr("Any"), tr("By me"), tr("Unclaimed"), tr("By others"),
                             tr("By anyone")};
    for (int i = 0; i < claims.size(); ++i)
        m_claimed->setItemText(i, claims.at(i));
    m_submittedLabel->setText(tr("Su&bmitted:"));
    m_toLabel->setText(tr("to", "submitted from … to …"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("Any date"));
    m_from->setToolTip(tr("Submitted on or after this day (China Standard Time)"));
    m_to->setToolTip(tr("Submitted on or before this day (China Standard Time)"));
    m_clear->setText(tr("Clear Filters"));
}
