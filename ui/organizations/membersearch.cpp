#include "ui/organizations/membersearch.h"

#include "models/organizations/organizationclient.h"
#include "ui/common/agetext.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString pathText(const QList<DepartmentRef> &path)
{
    QStringList names;
    for (const DepartmentRef &step : path)
        names.append(step.name);
    return names.join(u" › "_s);
}

} // namespace

MemberSearch::MemberSearch(OrganizationClient &client, QWidget *parent)
    : QWidget(parent), m_client(client), m_field(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_delay(new QTimer(this))
{
    m_field->setObjectName(u"memberSearch"_s);
    m_field->setClearButtonEnabled(true);
    m_results->setObjectName(u"searchResults"_s);
    m_results->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_field, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &MemberSearch::search);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_openFirstHit = true;
        search();
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openHit(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openHit(m_results->row(item)); });
    retranslate();
}

void MemberSearch::setOrganization(qint64 id, const QString &name)
{
    m_organizationId = id;
    m_organizationName = name;
    m_hits.clear();
    m_results->clear();
    m_results->hide();
    m_field->clear();
}

void MemberSearch::searchAndOpenFirst(const QString &text)
{
    m_field->setText(text);
    m_openFirstHit = true;
    search();
}

QString MemberSearch::text() const
{
    return m_field->text();
}

void MemberSearch::focusField()
{
    m_field->setFocus();
    m_field->selectAll();
}

void MemberSearch::search()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty() || !m_organizationId) {
        m_hits.clear();
        m_results->clear();
        m_results->hide();
        return;
    }
    const qint64 id = m_organizationId;
    m_searching = true;
    m_client.searchMembers(id, text, this, [this, id, text](const MemberSearchResult &result) {
        m_searching = false;
        if (id != m_organizationId || text != m_field->text().trimmed())
            return;
        m_results->clear();
        m_hits = result.hits;
        if (!result.ok && result.unreachable) {
            m_results->addItem(tr("Searching needs the server, which cannot be reached now. "
                                  "Searches made before the connection was lost still answer."));
        } else if (!result.ok) {
            m_results->addItem(result.errorText);
        } else if (result.hits.isEmpty()) {
            m_results->addItem(tr("No member of %1 matches \"%2\".").arg(m_organizationName, text));
        } else {
            for (const MemberNode &hit : result.hits) {
                const QString where = hit.path.isEmpty() ? tr("top level") : pathText(hit.path);
                m_results->addItem(tr("%1 — %2").arg(hit.displayName, where));
            }
            if (result.more)
                m_results->addItem(tr("More members match: type more of the name."));
        }
        // After the hits, so that a row is still its hit.
        if (result.fromCache)
            m_results->addItem(tr("Offline: this search as it was answered %1.")
                                       .arg(AgeText::ago(result.fetchedAt)));
        // As tall as its hits, up to six: the tree keeps the rest of the column.
        const int rows = qMin(m_results->count(), 6);
        m_results->setFixedHeight(rows * m_results->sizeHintForRow(0) + 2 * m_results->frameWidth()
                                  + 2);
        m_results->show();
        if (std::exchange(m_openFirstHit, false) && !m_hits.isEmpty()) {
            m_results->setCurrentRow(0);
            openHit(0);
        }
    });
}

void MemberSearch::openHit(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const MemberNode &hit = m_hits.at(row);
    QList<qint64> path;
    for (const DepartmentRef &step : hit.path)
        path.append(step.id);
    emit hitChosen(path, hit.id);
}

void MemberSearch::retranslate()
{
    m_field->setPlaceholderText(tr("Search members by name, username or e-mail"));
}
