#pragma once

#include "domain/businesscalendar.h"
#include "domain/queuerecords.h"

#include <QList>

#include <optional>

class Database;

// The configurable lists reviewers work with: rejection reason codes (both
// languages) and the business-day calendar, read from the store.
class ReferenceData
{
public:
    explicit ReferenceData(Database &db);

    QList<ReasonCode> reasonCodes(const QString &kind); // active ones for a target type, or all
    std::optional<ReasonCode> reasonCode(const QString &code);
    void saveReasonCode(const ReasonCode &code, bool active, int sortKey);

    // Loads the calendar into the instance every queue computation shares.
    void loadCalendar(BusinessCalendar *calendar);
    void saveCalendarDay(QDate day, const QString &kind, const QString &name);
    void removeCalendarDay(QDate day);

private:
    Database &m_db;
};
