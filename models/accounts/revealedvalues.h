#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

// The clear values of one reveal, held in memory only while the account view
// shows that account and until the server's expires_at. Never written to the
// cache, the settings or a log; forgotten (and overwritten) when cleared.
class RevealedValues : public QObject
{
    Q_OBJECT

public:
    explicit RevealedValues(QObject *parent = nullptr);
    ~RevealedValues() override;

    // The reveal route's answer for accountId.
    void set(qint64 accountId, const QJsonObject &answer);
    void clear();

    bool isEmpty() const { return m_values.isEmpty(); }
    qint64 accountId() const { return m_accountId; }
    // The clear value, or empty when not revealed (or the account has none).
    QString value(const QString &field) const { return m_values.value(field); }
    bool has(const QString &field) const { return m_values.contains(field); }
    QDateTime expiresAt() const { return m_expiresAt; }

signals:
    void changed();

private:
    QHash<QString, QString> m_values;
    qint64 m_accountId = 0;
    QDateTime m_expiresAt;
    QTimer m_expiry;
};
