#include "ui/audit/auditdetailview.h"

#include "models/audit/auditterms.h"
#include "models/common/rolenames.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Nested objects become dotted paths, so before and after line up field by field.
void flatten(const QJsonObject &object, const QString &prefix, QMap<QString, QString> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : QString(prefix + u'.' + it.key());
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::Object:
            flatten(value.toObject(), key, out);
            break;
        case QJsonValue::Array:
            out->insert(key,
                        QString::fromUtf8(
                                QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
            break;
        case QJsonValue::String:
            out->insert(key, value.toString());
            break;
        case QJsonValue::Bool:
            out->insert(key, value.toBool() ? u"true"_s : u"false"_s);
            break;
        case QJsonValue::Double:
            out->insert(key, value.toVariant().toString());
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out->insert(key, u"null"_s);
            break;
        }
    }
}

} // namespace

AuditDetailView::AuditDetailView(QWidget *parent)
    : QWidget(parent), m_pages(new QStackedWidget(this)), m_placeholder(new QLabel(m_pages)),
      m_heading(new QLabel), m_form(new QFormLayout), m_changesHeading(new QLabel),
      m_changes(new QTreeWidget)
{
    setObjectName(u"auditDetail"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(u"color: palette(mid);"_s);
    m_pages->addWidget(m_placeholder);

    auto *detail = new QWidget(m_pages);
    m_heading->setParent(detail);
    m_heading->setObjectName(u"auditDetailHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(4);
    m_time = addField(m_form, u"auditDetailTime"_s);
    m_actor = addField(m_form, u"auditDetailActor"_s);
    m_role = addField(m_form, u"auditDetailRole"_s);
    m_target = addField(m_form, u"auditDetailTarget"_s);
    m_result = addField(m_form, u"auditDetailResult"_s);
    m_reason = addField(m_form, u"auditDetailReason"_s);
    m_requestId = addField(m_form, u"auditDetailRequestId"_s);
    m_entry = addField(m_form, u"auditDetailEntry"_s);
    QFont bold = m_changesHeading->font();
    bold.setBold(true);
    m_changesHeading->setFont(bold);
    m_changesHeading->setParent(detail);
    m_changes->setParent(detail);
    m_changes->setObjectName(u"auditChanges"_s);
    m_changes->setColumnCount(3);
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setUniformRowHeights(true);
    m_changes->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_changes->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addWidget(m_changesHeading);
    layout->addWidget(m_changes, 1);
    m_pages->addWidget(detail);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    retranslate();
}

QLabel *AuditDetailView::addField(QFormLayout *form, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(new QLabel, value);
    return value;
}

void AuditDetailView::setRecord(const AuditRecord &record)
{
    m_record = record;
    fill();
}

void AuditDetailView::clear()
{
    m_record = {};
    fill();
}

void AuditDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditDetailView::retranslate()
{
    m_placeholder->setText(tr("Select an entry to see who did what, and what it changed."));
    const QStringList labels{tr("Time:"),   tr("Staff member:"), tr("Role:"),       tr("Target:"),
                             tr("Result:"), tr("Reason:"),       tr("Request ID:"), tr("Entry:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label =
                    qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    }
    m_changesHeading->setText(tr("Changes"));
    m_changes->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    fill();
}

void AuditDetailView::fill()
{
    if (m_record.id == 0) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    const AuditRecord &r = m_record;
    m_heading->setText(AuditTerms::action(r.action));
    m_heading->setToolTip(r.action);
    m_time->setText(QLocale().toString(r.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    m_time->setToolTip(r.at.toString(Qt::ISODateWithMs));
    m_actor->setText(r.actorName == u"anonymous" ? tr("Anonymous")
                             : r.actorId         ? tr("%1 (ID %2)").arg(r.actorName).arg(r.actorId)
                                                 : r.actorName);
    m_role->setText(RoleNames::fromCodes(r.actorRole));
    const QString targetType = AuditTerms::targetType(r.targetType);
    QStringList target{targetType};
    if (!r.targetName.isEmpty())
        target.append(r.targetName);
    if (!r.targetId.isEmpty())
        target.append(tr("(ID %1)").arg(r.targetId));
    m_target->setText(target.join(u' '));
    m_result->setText(AuditTerms::result(r.result));
    m_result->setStyleSheet(AuditTerms::isFailure(r.result)
                                    ? u"color:#b3261e; font-weight:bold;"_s
                                    : u"color:#1e7b3a; font-weight:bold;"_s);
    m_reason->setText(r.reason.isEmpty() ? tr("(none given)") : r.reason);
    m_requestId->setText(r.requestId);
    m_entry->setText(tr("No. %1, hash %2…").arg(r.id).arg(r.hash.left(16)));
    m_entry->setToolTip(r.hash);

    QMap<QString, QString> before;
    QMap<QString, QString> after;
    flatten(r.before, QString(), &before);
    flatten(r.after, QString(), &after);
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    keys.sort();
    m_changes->clear();
    const QString absent = u"—"_s;
    for (const QString &key : std::as_const(keys)) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, key);
        item->setText(1, before.value(key, absent));
        item->setText(2, after.value(key, absent));
        if (before.value(key) != after.value(key) || before.contains(key) != after.contains(key)) {
            QFont font = item->font(2);
            font.setBold(true);
            item->setFont(2, font);
            item->setForeground(2, QColor(0x12, 0x3e, 0x75));
        }
    }
    if (keys.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, tr("This entry records no field changes."));
        item->setFirstColumnSpanned(true);
    }
    m_changes->resizeColumnToContents(0);
    m_changes->resizeColumnToContents(1);
}
