#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class Database;
class SubmissionService;

// For the demo: applicants keep submitting new workspace applications and
// enterprise verifications at a chosen rate, so a reviewer can watch arrivals.
class ArrivalSimulator : public QObject
{
    Q_OBJECT

public:
    ArrivalSimulator(Database &db, SubmissionService &submissions, double perMinute,
                     QObject *parent = nullptr);
    void start();

private:
    void arrive();

    Database &m_db;
    SubmissionService &m_submissions;
    QTimer m_timer;
    QRandomGenerator m_random;
    int m_count = 0;
};
