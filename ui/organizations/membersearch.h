#pragma once

#include "domain/organizationrecords.h"

#include <QWidget>

class OrganizationClient;
class QLineEdit;
class QListWidget;
class QTimer;

// Member search within one organization: a field, and under it the hits, each
// with its department path. Choosing a hit (or Return, which takes the first)
// asks the pane to open the path to it.
class MemberSearch : public QWidget
{
    Q_OBJECT

public:
    explicit MemberSearch(OrganizationClient &client, QWidget *parent = nullptr);

    void setOrganization(qint64 id, const QString &name);
    // Runs text now and opens its first hit (a search kept from last time).
    void searchAndOpenFirst(const QString &text);
    QString text() const;
    bool isSearching() const { return m_searching; }
    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    void focusField();
    void retranslate();

signals:
    void hitChosen(const QList<qint64> &departmentPath, qint64 memberId);

private:
    void search();
    void openHit(int row);

    OrganizationClient &m_client;
    QLineEdit *m_field;
    QListWidget *m_results;
    QTimer *m_delay;
    qint64 m_organizationId = 0;
    QString m_organizationName;
    QList<MemberNode> m_hits;
    bool m_openFirstHit = false;
    bool m_searching = false;
};
