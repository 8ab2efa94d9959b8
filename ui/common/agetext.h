#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// "3 minutes ago": how old something shown offline is.
class AgeText
{
    Q_DECLARE_TR_FUNCTIONS(AgeText)

public:
    static QString ago(const QDateTime &then,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
};
