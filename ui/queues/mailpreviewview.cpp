#include "ui/queues/mailpreviewview.h"

#include "models/queues/queueitemclient.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MailPreviewView::MailPreviewView(QueueItemClient &client, QWidget *parent)
    : QWidget(parent), m_client(client), m_recipient(new QLabel(this)), m_subject(new QLabel(this)),
      m_body(new QPlainTextEdit(this)), m_status(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(u"mailPreview"_s);
    m_subject->setObjectName(u"mailPreviewSubject"_s);
    m_body->setObjectName(u"mailPreviewBody"_s);
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setWordWrap(true);
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_body->setReadOnly(true);
    m_body->setFrameShape(QFrame::StyledPanel);
    m_status->setStyleSheet(u"color: palette(mid);"_s);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_recipient);
    layout->addWidget(m_subject);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_status);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &MailPreviewView::fetch);
    retranslate();
}

void MailPreviewView::setRequest(QueueKind kind, qint64 itemId, const QString &decision,
                                 const QString &reasonCode, const QString &reasonText)
{
    const bool sameItem = itemId == m_itemId && kind == m_kind;
    if (sameItem && decision == m_decision && reasonCode == m_reasonCode
        && reasonText == m_reasonText)
        return;
    m_kind = kind;
    m_itemId = itemId;
    m_decision = decision;
    m_reasonCode = reasonCode;
    m_reasonText = reasonText;
    ++m_generation;
    if (!sameItem) {
        m_subject->clear();
        m_body->clear();
        m_recipient->clear();
    }
    m_status->setText(tr("Preparing the preview…"));
    // A rejection needs its reason before the server can render it.
    if (decision == u"reject" && reasonCode.isEmpty()) {
        m_subject->clear();
        m_body->clear();
        m_status->setText(tr("Choose a reason to see the rejection mail."));
        m_debounce->stop();
        return;
    }
    m_debounce->start(sameItem ? 400 : 0);
}

void MailPreviewView::clear()
{
    ++m_generation;
    m_itemId = 0;
    m_decision.clear();
    m_debounce->stop();
    m_recipient->clear();
    m_subject->clear();
    m_body->clear();
    m_status->clear();
}

QString MailPreviewView::subject() const
{
    return m_subject->text();
}

QString MailPreviewView::body() const
{
    return m_body->toPlainText();
}

void MailPreviewView::fetch()
{
    if (!m_itemId)
        return;
    const quint64 generation = m_generation;
    m_client.fetchMailPreview(
            m_kind, m_itemId, m_decision, m_reasonCode, m_reasonText, this,
            [this, generation](const MailPreview &preview) {
                if (generation != m_generation)
                    return;
                if (!preview.ok) {
                    m_status->setText(tr("No preview: %1").arg(preview.errorText));
                    return;
                }
                m_recipient->setText(
                        tr("To: %1 · in %2")
                                .arg(preview.recipient,
                                     preview.language == u"en" ? tr("English") : tr("Chinese")));
                m_subject->setText(preview.subject);
                m_body->setPlainText(preview.body);
                m_status->setText(tr("What the applicant will receive when this is decided."));
            });
}

void MailPreviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MailPreviewView::retranslate()
{
    m_body->setPlaceholderText(tr("The mail appears here."));
    if (m_itemId && !m_subject->text().isEmpty())
        fetch();
}
