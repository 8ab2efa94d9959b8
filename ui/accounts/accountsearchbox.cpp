#include "ui/accounts/accountsearchbox.h"

#include "domain/clock.h"
#include "models/accounts/accountterms.h"
#include "services/api/errortext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QList<IdentifierKind> kChoosableKinds{IdentifierKind::Empty,    IdentifierKind::IdNumber,
                                            IdentifierKind::Mobile,   IdentifierKind::Email,
                                            IdentifierKind::Username, IdentifierKind::Name,
                                            IdentifierKind::WeChatId, IdentifierKind::AccountId};

} // namespace

AccountSearchBox::AccountSearchBox(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_edit(new QLineEdit(this)), m_recognition(new QLabel(this)),
      m_kind(new QComboBox(this)), m_match(new QComboBox(this)), m_debounce(new QTimer(this))
{
    m_edit->setObjectName(u"accountSearchEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(200);
    m_edit->setMinimumWidth(320);
    m_edit->installEventFilter(this);
    m_recognition->setObjectName(u"accountRecognition"_s);
    m_recognition->setWordWrap(true);
    m_kind->setObjectName(u"accountSearchKind"_s);
    m_match->setObjectName(u"accountSearchMatch"_s);
    for (IdentifierKind kind : kChoosableKinds)
        m_kind->addItem(QString(), int(kind));
    m_match->addItem(QString(), false);
    m_match->addItem(QString(), true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AccountSearchBox::emitNow);
    connect(m_edit, &QLineEdit::textEdited, this, &AccountSearchBox::textEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &AccountSearchBox::emitNow);
    connect(m_kind, &QComboBox::activated, this, [this] {
        updateRecognition();
        emitNow();
    });
    connect(m_match, &QComboBox::activated, this, [this] {
        updateRecognition();
        emitNow();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 3);
    layout->addWidget(m_kind);
    layout->addWidget(m_match);
    layout->addWidget(m_recognition, 2);
    retranslate();
}

AccountSearchQuery AccountSearchBox::query() const
{
    AccountSearchQuery query;
    query.text = m_edit->text().trimmed();
    query.kind = IdentifierKind(m_kind->currentData().toInt());
    query.exact = m_match->currentData().toBool();
    return query;
}

void AccountSearchBox::setQuery(const AccountSearchQuery &query)
{
    m_edit->setText(query.text);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(query.kind))));
    m_match->setCurrentIndex(query.exact ? 1 : 0);
    updateRecognition();
}

bool AccountSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        emit resultsWanted();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AccountSearchBox::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void AccountSearchBox::focusWithoutSelecting()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->deselect();
}

void AccountSearchBox::retranslate()
{
    m_edit->setPlaceholderText(
            tr("ID number, mobile, email, username, name, OpenID or account id"));
    m_edit->setToolTip(tr("Type anything that identifies the account; what it was recognised as "
                          "shows beside the box. Results follow as you type."));
    for (int i = 0; i < m_kind->count(); ++i) {
        const auto kind = IdentifierKind(m_kind->itemData(i).toInt());
        m_kind->setItemText(i,
                            kind == IdentifierKind::Empty ? tr("Recognise automatically")
                                                          : AccountTerms::identifierKind(kind));
    }
    m_kind->setToolTip(tr("Read the search as this kind instead of recognising it"));
    m_match->setItemText(0, tr("Starts with"));
    m_match->setItemText(1, tr("Exact"));
    m_match->setToolTip(tr("ID numbers, mobile numbers, OpenIDs and account ids always match "
                           "whole; names, usernames and emails may match their start."));
    updateRecognition();
}

void AccountSearchBox::textEdited()
{
    updateRecognition();
    m_debounce->start();
}

void AccountSearchBox::updateRecognition()
{
    const AccountSearchQuery q = query();
    const QDate today = m_clock.now().toTimeZone(QTimeZone(8 * 3600)).date();
    const RecognisedQuery recognised = q.kind == IdentifierKind::Empty
            ? IdentifierKinds::recognise(q.text, today, q.exact)
            : IdentifierKinds::recogniseAs(q.kind, q.text, today, q.exact);
    if (recognised.kind == IdentifierKind::Empty) {
        m_recognition->clear();
        m_recognition->setProperty("invalid", false);
        m_recognition->setStyleSheet(QString());
        return;
    }
    const QString kind = AccountTerms::identifierKind(recognised.kind);
    if (!recognised.errorCode.isEmpty()) {
        m_recognition->setText(
                tr("%1: %2").arg(kind, ErrorText::forFieldCode(u"q"_s, recognised.errorCode)));
        m_recognition->setProperty("invalid", true);
        m_recognition->setStyleSheet(u"color: #b3261e;"_s);
        return;
    }
    m_recognition->setProperty("invalid", false);
    m_recognition->setStyleSheet(u"color: palette(mid);"_s);
    m_recognition->setText(tr("Searching by: %1").arg(kind));
}

void AccountSearchBox::emitNow()
{
    m_debounce->stop();
    emit searchRequested(query());
}
