#include "models/accounts/revealedvalues.h"

#include "domain/jsontime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Two minutes, as the server says, if it did not say.
constexpr qint64 kDefaultLifetimeMs = 120'000;

} // namespace

RevealedValues::RevealedValues(QObject *parent) : QObject(parent)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &RevealedValues::clear);
}

RevealedValues::~RevealedValues()
{
    clear();
}

void RevealedValues::set(qint64 accountId, const QJsonObject &answer)
{
    clear();
    m_accountId = accountId;
    const QJsonObject values = answer.value(u"values"_s).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        m_values.insert(it.key(), it.value().toString());
    const QDateTime revealedAt = JsonTime::parse(answer.value(u"revealed_at"_s).toString());
    m_expiresAt = JsonTime::parse(answer.value(u"expires_at"_s).toString());
    // The server's lifetime, counted from now: the two clocks need not agree.
    qint64 lifetime = kDefaultLifetimeMs;
    if (revealedAt.isValid() && m_expiresAt.isValid())
        lifetime = std::clamp<qint64>(revealedAt.msecsTo(m_expiresAt), 0, kDefaultLifetimeMs);
    m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(lifetime);
    m_expiry.start(int(lifetime));
    emit changed();
}

void RevealedValues::clear()
{
    m_expiry.stop();
    if (m_values.isEmpty() && m_accountId == 0)
        return;
    // Overwrite before letting go, so the clear text does not linger in freed memory.
    for (QString &value : m_values)
        value.fill(u'\0');
    m_values.clear();
    m_accountId = 0;
    m_expiresAt = {};
    emit changed();
}
