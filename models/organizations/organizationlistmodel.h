#pragma once

#include "models/organizations/organizationclient.h"

#include <QAbstractListModel>
#include <QDateTime>

// The platform organization's team organizations, by name, a page at a time,
// filtered by part of the name.
class OrganizationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, VersionRole, MemberCountRole };

    explicit OrganizationListModel(OrganizationClient &client, QObject *parent = nullptr);

    void setFilter(const QString &text); // fetches the first page
    void reload() { setFilter(m_filter); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const OrganizationSummary &organization(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;
    // An organization's record changed (a transfer, a new version).
    void update(const OrganizationSummary &organization);
    bool isLoading() const { return m_loading; }
    bool isOffline() const { return m_offline; }
    QDateTime offlineSince() const { return m_offlineSince; }
    QString errorText() const { return m_errorText; }
    void retranslate();

signals:
    void pageArrived();
    void loadFailed(const QString &errorText);

private:
    void fetch();

    OrganizationClient &m_client;
    QList<OrganizationSummary> m_items;
    QString m_filter;
    QString m_cursor;
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_offline = false;
    QDateTime m_offlineSince;
    QString m_errorText;
    quint64 m_generation = 0;
};
