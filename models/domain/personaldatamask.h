#pragma once

#include <QString>
#include <QStringView>

// Masking of personal information as the server sends it by default
// (PIPL, GB/T 35273): enough to recognise, not enough to use.
namespace PersonalDataMask {

// 110101199003077777 -> 1***************77; keeps the first and the last two characters.
QString residentId(QStringView idNumber);
// 13812345678 -> 138****5678
QString mobile(QStringView mobileNumber);
// zhang.wei@example.com -> z***@example.com
QString email(QStringView address);
// 张伟 -> 张*, Wei Zhang -> W*** Z****; names are shown masked in support summaries.
QString name(QStringView fullName);

} // namespace PersonalDataMask
