#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

// What a support agent typed into the one account search box, recognised with
// the shared validators, so the console shows what the server will search for
// and the server picks the index. Console and server call the same function.
enum class IdentifierKind : quint8 {
    Empty,
    AccountId, // up to 10 digits
    IdNumber,  // resident ID number: 18 characters, or anything that looks like a long number
    Mobile,    // mainland mobile: 11 digits, or +86 / 0086 in front
    Email,     // contains '@' (or a dot and no spaces: the start of an address)
    WeChatId,  // 'o' and 27 base64url characters: an OpenID or a UnionID (they look alike)
    Username,  // a letter, then letters, digits and '_', with a digit or '_' in it
    Name,      // display name (Chinese) or Latin name (pinyin for Chinese names)
};

struct RecognisedQuery
{
    IdentifierKind kind = IdentifierKind::Empty;
    // What to search for: the ID number with an upper-case X, the 11 mobile
    // digits, the id's digits, the lower-cased email or username; a name as typed.
    QString normalized;
    // The validator's code when the text is recognised but invalid
    // (id_number_wrong_check_digit, mobile_not_mainland …): such a query is an
    // error, never searched as text.
    QString errorCode;
    // Other kinds the same text could mean (a single Latin word is a name or a username).
    QList<IdentifierKind> alternatives;
    // A name written in Han characters searches the display name; otherwise the Latin name.
    bool hanName = false;

    bool isValid() const { return kind != IdentifierKind::Empty && errorCode.isEmpty(); }
};

namespace IdentifierKinds {

// exact: whether the agent asked for an exact match; an email typed in exact
// mode must be a whole valid address, while in prefix mode its start is enough.
RecognisedQuery recognise(QStringView text, QDate today, bool exact = false);
// The same text read as a kind the agent chose (kind=username …).
RecognisedQuery recogniseAs(IdentifierKind kind, QStringView text, QDate today, bool exact = false);

// Identifiers are always matched whole; emails, usernames and names may be prefixes.
bool allowsPrefix(IdentifierKind kind);

QString code(IdentifierKind kind); // "id_number", "wechat_id" …
bool fromCode(QStringView code, IdentifierKind *kind);
QList<IdentifierKind> all();

// Lower-cases ASCII letters only: what SQLite's lower() does, so a query and
// the lower(...) index agree on every backend.
QString asciiLower(QStringView text);

} // namespace IdentifierKinds
