#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QTreeWidget;
class RevealedValues;

// The account view's read-only tabs, rendered from GET /accounts/{id} as
// rich text (selectable, copyable, wraps in any language). Clear values come
// only from RevealedValues and are shown only here, never stored.
class AccountTabs
{
    Q_DECLARE_TR_FUNCTIONS(AccountTabs)

public:
    static QString overview(const QJsonObject &account, const RevealedValues &revealed);
    static QString realname(const QJsonObject &account, const RevealedValues &revealed);
    static QString organizations(const QJsonObject &account);
    static QString sms(const QJsonObject &account, const RevealedValues &revealed);
    static QString security(const QJsonObject &account);
    static QString audit(const QJsonArray &rows);
    // Identities & bindings: open-platform accounts, apps with their
    // authorizations (items carry their kind, id and version for the actions),
    // OpenIDs and UnionIDs.
    static void fillBindings(QTreeWidget *tree, const QJsonObject &account);

    enum BindingRole { KindRole = Qt::UserRole + 1, IdRole, VersionRole, ActiveRole, NameRole };
    static QString time(const QJsonValue &value);
};
