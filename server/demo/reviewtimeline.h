#pragma once

#include "domain/businesscalendar.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <span>
#include <vector>

class DemoRandom;
struct DemoWorld;

enum class ReviewStatus : quint8 { UnderReview, Approved, Rejected, Withdrawn };

// A rejection reason: a stable code and the text a reviewer wrote, in the
// language of the platform organization.
struct ReviewReason
{
    const char16_t *code;
    const char16_t *textZh;
    const char16_t *textEn;
};

// The review fields shared by workspace applications and enterprise
// verifications: timing, decision, reason and claim.
struct ReviewRecord
{
    qint64 applicant = 0;
    QString applicantName;  // denormalised for the queues (schema v2)
    QString applicantEmail; // '' when the account has none
    int submissionNumber = 1;
    quint8 platformOrg = 1;
    ReviewStatus status = ReviewStatus::UnderReview;
    qint64 submittedAt = 0;
    qint64 dueAt = 0;
    qint64 decidedAt = 0;
    qint64 decidedBy = 0; // staff id; 0 for under review and withdrawn
    QString decidedByName;
    const ReviewReason *reason = nullptr;
    QString reasonText;
    qint64 claimedBy = 0;
    QString claimedByName;
    qint64 claimExpiresAt = 0;
    qsizetype previous = -1; // index of the rejected submission this one follows
    qint64 id = 0;           // assigned once all are in submission order

    static QString statusName(ReviewStatus status);
    // status, submitted_at … claim_expires_at and the queue columns of schema
    // v2, in the order of reviewColumnNames().
    QList<QVariant> reviewColumns() const;
    static QStringList reviewColumnNames();
};

// One applicant's history and the review of each step (seed 001: a rejected
// applicant fixes the stated issues and submits a new one; review takes one to
// two business days). Timestamps are placed relative to the world's anchor;
// due dates follow the server's default business calendar (UTC+8, China's
// public holidays and make-up working days), as a live submission's would.
class ReviewTimeline
{
public:
    explicit ReviewTimeline(const DemoWorld &world);

    struct Step
    {
        qint64 submittedAt;
        qint64 decidedAt; // 0 while under review
        ReviewStatus status;
    };
    // Oldest first: `rejections` rejected steps, then one with finalStatus, none
    // before `earliest`. Fewer rejections when the history would not fit.
    QList<Step> chain(DemoRandom &random, qint64 earliest, ReviewStatus finalStatus,
                      int rejections) const;

    // Fills the decision, claim and reason of a record from its step.
    void decide(DemoRandom &random, ReviewRecord &record, const Step &step,
                std::span<const ReviewReason> rejectionReasons) const;

    // Sorts records by submission time and numbers them from 1; `previous` stays an index.
    static std::vector<qsizetype> numberBySubmission(std::vector<ReviewRecord *> &records);

private:
    qint64 reviewDuration(DemoRandom &random, qint64 submittedAt) const;

    qint64 dueFor(qint64 submittedAt) const;

    const DemoWorld &m_world;
    BusinessCalendar m_calendar;
};
