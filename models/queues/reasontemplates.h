#pragma once

#include <QString>

// Starting points for the note a rejection sends the applicant: it goes into the
// decision mail beside the reason, in the applicant's language (not the
// console's), so these are data in both languages rather than tr() texts.
namespace ReasonTemplates {

// The template for a reason code (a generic one for codes it does not know).
QString text(const QString &reasonCode, bool chinese);

} // namespace ReasonTemplates
