#include "ui/realname/realnamefilterbar.h"

#include "models/realname/realnameterms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

RealnameFilterBar::RealnameFilterBar(QWidget *parent)
    : QWidget(parent), m_levelLabel(new QLabel(this)), m_level(new QComboBox(this)),
      m_eligibilityLabel(new QLabel(this)), m_eligibility(new QComboBox(this)),
      m_between(new QCheckBox(this)), m_from(new QDateEdit(this)), m_and(new QLabel(this)),
      m_to(new QDateEdit(this)), m_clear(new QPushButton(this)), m_dateDelay(new QTimer(this))
{
    m_level->setObjectName(u"levelFilter"_s);
    m_eligibility->setObjectName(u"eligibilityFilter"_s);
    m_between->setObjectName(u"verifiedBetween"_s);
    m_from->setObjectName(u"verifiedFrom"_s);
    m_to->setObjectName(u"verifiedTo"_s);
    m_clear->setObjectName(u"clearRealnameFilters"_s);
    for (int level : {0, 3, 4})
        m_level->addItem(QString(), level);
    for (auto e : {RealnameQuery::Eligibility::Any, RealnameQuery::Eligibility::Eligible,
                   RealnameQuery::Eligibility::NotEligible})
        m_eligibility->addItem(QString(), int(e));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_eligibility->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMaximumDate(today.addYears(1));
    }
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_levelLabel->setBuddy(m_level);
    m_eligibilityLabel->setBuddy(m_eligibility);
    m_dateDelay->setSingleShot(true);
    m_dateDelay->setInterval(400);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_levelLabel);
    layout->addWidget(m_level);
    layout->addSpacing(12);
    layout->addWidget(m_eligibilityLabel);
    layout->addWidget(m_eligibility);
    layout->addSpacing(12);
    layout->addWidget(m_between);
    layout->addWidget(m_from);
    layout->addWidget(m_and);
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    connect(m_level, &QComboBox::activated, this, &RealnameFilterBar::apply);
    connect(m_eligibility, &QComboBox::activated, this, &RealnameFilterBar::apply);
    connect(m_between, &QCheckBox::toggled, this, [this] {
        updateDates();
        apply();
    });
    connect(m_from, &QDateEdit::dateChanged, m_dateDelay, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_dateDelay, qOverload<>(&QTimer::start));
    connect(m_dateDelay, &QTimer::timeout, this, &RealnameFilterBar::apply);
    connect(m_clear, &QPushButton::clicked, this, &RealnameFilterBar::clearFilters);
    updateDates();
    retranslate();
}

RealnameQuery RealnameFilterBar::query() const
{
    RealnameQuery q;
    q.level = m_level->currentData().toInt();
    q.eligibility = RealnameQuery::Eligibility(m_eligibility->currentData().toInt());
    if (m_between->isChecked()) {
        // Either order means the same days.
        q.verifiedFrom = std::min(m_from->date(), m_to->date());
        q.verifiedTo = std::max(m_from->date(), m_to->date());
    }
    return q;
}

void RealnameFilterBar::setQuery(const RealnameQuery &query)
{
    const QSignalBlocker blockBetween(m_between);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_level->setCurrentIndex(std::max(0, m_level->findData(query.level)));
    m_eligibility->setCurrentIndex(std::max(0, m_eligibility->findData(int(query.eligibility))));
    m_between->setChecked(query.hasDateRange());
    if (query.verifiedFrom.isValid())
        m_from->setDate(query.verifiedFrom);
    if (query.verifiedTo.isValid())
        m_to->setDate(query.verifiedTo);
    updateDates();
}

void RealnameFilterBar::setLevel(int level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    apply();
}

void RealnameFilterBar::focusLevel()
{
    m_level->setFocus(Qt::ShortcutFocusReason);
}

void RealnameFilterBar::apply()
{
    m_dateDelay->stop();
    emit applied(query());
}

void RealnameFilterBar::clearFilters()
{
    setQuery({});
    apply();
}

void RealnameFilterBar::updateDates()
{
    m_from->setEnabled(m_between->isChecked());
    m_to->setEnabled(m_between->isChecked());
    m_and->setEnabled(m_between->isChecked());
}

void RealnameFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RealnameFilterBar::retranslate()
{
    m_levelLabel->setText(tr("&Level:"));
    m_level->setItemText(0, tr("Any level"));
    m_level->setItemText(1, RealnameTerms::level(3));
    m_level->setItemText(2, RealnameTerms::level(4));
    m_eligibilityLabel->setText(tr("&Business registration:"));
    m_eligibility->setItemText(0, tr("Eligible or not"));
    m_eligibility->setItemText(1, tr("Eligible"));
    m_eligibility->setItemText(2, tr("Not eligible"));
    m_between->setText(tr("&Verified between"));
    m_and->setText(tr("and", "verified between date and date"));
    m_clear->setText(tr("&Clear Filters"));
}
