<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountSearchBox</name>
    <message>
        <source>ID number, mobile, email, username, name, OpenID or account id</source>
        <translation>ID number, mobile, email, username, name, OpenID or account id</translation>
    </message>
    <message>
        <source>Type anything that identifies the account; what it was recognised as shows beside the box. Results follow as you type.</source>
        <translation>Type anything that identifies the account; what it was recognised as shows beside the box. Results follow as you type.</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Recognise automatically</translation>
    </message>
    <message>
        <source>Read the search as this kind instead of recognising it</source>
        <translation>Read the search as this kind instead of recognising it</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Starts with</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>ID numbers, mobile numbers, OpenIDs and account ids always match whole; names, usernames and emails may match their start.</source>
        <translation>ID numbers, mobile numbers, OpenIDs and account ids always match whole; names, usernames and emails may match their start.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Searching by: %1</source>
        <translation>Searching by: %1</translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation>Real-name level</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Matched by</translation>
    </message>
</context>
<context>
    <name>AccountTabs</name>
    <message>
        <source>revealed until %1</source>
        <translation>revealed until %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Account id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>until %1, because of %2</source>
        <translation>until %1, because of %2</translation>
    </message>
    <message>
        <source>The lock has run out; the next sign-in clears it.</source>
        <translation>The lock has run out; the next sign-in clears it.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>A third-party platform, on the user&apos;s behalf; not yet activated</source>
        <translation>A third-party platform, on the user&apos;s behalf; not yet activated</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation>Real-name level</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Sign-in methods</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>must be changed at the next sign-in</source>
        <translation>must be changed at the next sign-in</translation>
    </message>
    <message>
        <source>reset %1</source>
        <translation>reset %1</translation>
    </message>
    <message>
        <source>a reset link is valid until %1</source>
        <translation>a reset link is valid until %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>Open sessions</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Activation sent</source>
        <translation>Activation sent</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>Business registration</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
    <message>
        <source>This account has no real-name record.</source>
        <translation>This account has no real-name record.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>%1 – long-term</source>
        <translation>%1 – long-term</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n year(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n year)</numerusform>
            <numerusform>%1 – %2 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>ID validity period</source>
        <translation>ID validity period</translation>
    </message>
    <message>
        <source>Four-element check</source>
        <translation>Four-element check</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Face verification</source>
        <translation>Face verification</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>The user</translation>
    </message>
    <message>
        <source>History of level changes</source>
        <translation>History of level changes</translation>
    </message>
    <message>
        <source>No level changes recorded.</source>
        <translation>No level changes recorded.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>This account is a member of no organization.</source>
        <translation>This account is a member of no organization.</translation>
    </message>
    <message>
        <source>This account has no mobile number, so no SMS codes.</source>
        <translation>This account has no mobile number, so no SMS codes.</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Last minute</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Last 60 minutes</source>
        <translation>Last 60 minutes</translation>
    </message>
    <message>
        <source>Today (China Standard Time)</source>
        <translation>Today (China Standard Time)</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Next code</translation>
    </message>
    <message>
        <source>Can be sent now</source>
        <translation>Can be sent now</translation>
    </message>
    <message>
        <source>Not before %1 (limit: %2)</source>
        <translation>Not before %1 (limit: %2)</translation>
    </message>
    <message>
        <source>Quota last reset</source>
        <translation>Quota last reset</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Recent codes</source>
        <translation>Recent codes</translation>
    </message>
    <message>
        <source>No codes sent recently.</source>
        <translation>No codes sent recently.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Ended %1</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>Recent sign-ins</translation>
    </message>
    <message>
        <source>No sign-ins recorded.</source>
        <translation>No sign-ins recorded.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No sessions.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody has changed or revealed anything of this account yet.</source>
        <translation>Nobody has changed or revealed anything of this account yet.</translation>
    </message>
    <message>
        <source>Open platform accounts</source>
        <translation>Open platform accounts</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authenticated</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Not authenticated</translation>
    </message>
    <message>
        <source>, registered by %1</source>
        <translation>, registered by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) bound</source>
        <translation>
            <numerusform>%n app bound</numerusform>
            <numerusform>%n apps bound</numerusform>
        </translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Not bound to an open platform account</source>
        <translation>Not bound to an open platform account</translation>
    </message>
    <message>
        <source>Bound to %1 since %2</source>
        <translation>Bound to %1 since %2</translation>
    </message>
    <message>
        <source>%1 (exclusive)</source>
        <translation>%1 (exclusive)</translation>
    </message>
    <message>
        <source>Authorized %1</source>
        <translation>Authorized %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
</context>
<context>
    <name>AccountTerms</name>
    <message>
        <source>Unactivated</source>
        <translation>Unactivated</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>too many failed sign-ins</translation>
    </message>
    <message>
        <source>a suspicious sign-in</source>
        <translation>a suspicious sign-in</translation>
    </message>
    <message>
        <source>locked by support</source>
        <translation>locked by support</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Account id</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>OpenID / UnionID</source>
        <translation>OpenID / UnionID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>SMS verification code</source>
        <translation>SMS verification code</translation>
    </message>
    <message>
        <source>Face verification</source>
        <translation>Face verification</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single sign-on</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Refused: locked</source>
        <translation>Refused: locked</translation>
    </message>
    <message>
        <source>Level 3 real-name</source>
        <translation>Level 3 real-name</translation>
    </message>
    <message>
        <source>Level 4 real-name</source>
        <translation>Level 4 real-name</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Four-element check</source>
        <translation>Four-element check</translation>
    </message>
    <message>
        <source>By an administrator</source>
        <translation>By an administrator</translation>
    </message>
    <message>
        <source>no real-name record</source>
        <translation>no real-name record</translation>
    </message>
    <message>
        <source>real-name level below 4</source>
        <translation>real-name level below 4</translation>
    </message>
    <message>
        <source>the four-element check has not passed</source>
        <translation>the four-element check has not passed</translation>
    </message>
    <message>
        <source>the ID card has expired</source>
        <translation>the ID card has expired</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refused: one a minute</source>
        <translation>Refused: one a minute</translation>
    </message>
    <message>
        <source>Refused: three an hour</source>
        <translation>Refused: three an hour</translation>
    </message>
    <message>
        <source>Refused: five a day</source>
        <translation>Refused: five a day</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Account activation</source>
        <translation>Account activation</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Test code from support</source>
        <translation>Test code from support</translation>
    </message>
    <message>
        <source>Change of mobile number</source>
        <translation>Change of mobile number</translation>
    </message>
    <message>
        <source>one code a minute</source>
        <translation>one code a minute</translation>
    </message>
    <message>
        <source>three codes an hour</source>
        <translation>three codes an hour</translation>
    </message>
    <message>
        <source>five codes a day</source>
        <translation>five codes a day</translation>
    </message>
    <message>
        <source>Open platform management</source>
        <translation>Open platform management</translation>
    </message>
    <message>
        <source>Message management</source>
        <translation>Message management</translation>
    </message>
    <message>
        <source>Mini program development</source>
        <translation>Mini program development</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>Data analysis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>Mini program</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>Official account</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Loading the account…</source>
        <translation>Loading the account…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · account %2 · %3</source>
        <translation>%1 · account %2 · %3</translation>
    </message>
    <message>
        <source>Your roles do not include support actions; support agents and administrators have them.</source>
        <translation>Your roles do not include support actions; support agents and administrators have them.</translation>
    </message>
    <message>
        <source>A disabled account cannot be reset; enable it first.</source>
        <translation>A disabled account cannot be reset; enable it first.</translation>
    </message>
    <message>
        <source>This account has no open sessions.</source>
        <translation>This account has no open sessions.</translation>
    </message>
    <message>
        <source>This account has no mobile number to send the activation code to.</source>
        <translation>This account has no mobile number to send the activation code to.</translation>
    </message>
    <message>
        <source>Only an unactivated account gets an activation code.</source>
        <translation>Only an unactivated account gets an activation code.</translation>
    </message>
    <message>
        <source>This account has no mobile number.</source>
        <translation>This account has no mobile number.</translation>
    </message>
    <message>
        <source>The values are shown; they hide themselves after two minutes.</source>
        <translation>The values are shown; they hide themselves after two minutes.</translation>
    </message>
    <message>
        <source>Your roles do not let you see personal data in clear; support agents and administrators may, with a reason.</source>
        <translation>Your roles do not let you see personal data in clear; support agents and administrators may, with a reason.</translation>
    </message>
    <message>
        <source>This app is not bound to an open platform account.</source>
        <translation>This app is not bound to an open platform account.</translation>
    </message>
    <message>
        <source>Select a bound app first.</source>
        <translation>Select a bound app first.</translation>
    </message>
    <message>
        <source>This authorization is already revoked.</source>
        <translation>This authorization is already revoked.</translation>
    </message>
    <message>
        <source>Select a third-party platform&apos;s authorization first.</source>
        <translation>Select a third-party platform&apos;s authorization first.</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>Disable Account</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in, and every open session ends.</source>
        <translation>%1 will not be able to sign in, and every open session ends.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>The account is disabled.</translation>
    </message>
    <message>
        <source>Enable Account</source>
        <translation>Enable Account</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 will be able to sign in again.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>The account is enabled.</source>
        <translation>The account is enabled.</translation>
    </message>
    <message>
        <source>End Sessions</source>
        <translation>End Sessions</translation>
    </message>
    <message>
        <source>Every open session of %1 ends; the user must sign in again.</source>
        <translation>Every open session of %1 ends; the user must sign in again.</translation>
    </message>
    <message>
        <source>The sessions are ended.</source>
        <translation>The sessions are ended.</translation>
    </message>
    <message>
        <source>Resend Activation</source>
        <translation>Resend Activation</translation>
    </message>
    <message>
        <source>An activation code goes by SMS to %1, within the send limit (one a minute, three an hour, five a day).</source>
        <translation>An activation code goes by SMS to %1, within the send limit (one a minute, three an hour, five a day).</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>The activation code is sent.</source>
        <translation>The activation code is sent.</translation>
    </message>
    <message>
        <source>Reset SMS Quota</source>
        <translation>Reset SMS Quota</translation>
    </message>
    <message>
        <source>Codes sent so far to %1 stop counting against the send limit.</source>
        <translation>Codes sent so far to %1 stop counting against the send limit.</translation>
    </message>
    <message>
        <source>Reset Quota</source>
        <translation>Reset Quota</translation>
    </message>
    <message>
        <source>The SMS quota is reset.</source>
        <translation>The SMS quota is reset.</translation>
    </message>
    <message>
        <source>Unbind App</source>
        <translation>Unbind App</translation>
    </message>
    <message>
        <source>%1 will no longer be bound to an open platform account.</source>
        <translation>%1 will no longer be bound to an open platform account.</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>Unbind</translation>
    </message>
    <message>
        <source>The app is unbound.</source>
        <translation>The app is unbound.</translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>Revoke Authorization</translation>
    </message>
    <message>
        <source>%1 loses the permission set &quot;%2&quot; on this app.</source>
        <translation>%1 loses the permission set &quot;%2&quot; on this app.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>The authorization is revoked.</source>
        <translation>The authorization is revoked.</translation>
    </message>
    <message>
        <source>Reveal Personal Data</source>
        <translation>Reveal Personal Data</translation>
    </message>
    <message>
        <source>The clear values are shown here for two minutes and are never stored. The reveal and its reason are audited.</source>
        <translation>The clear values are shown here for two minutes and are never stored. The reveal and its reason are audited.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Personal data shown until %1. It is not stored anywhere.</source>
        <translation>Personal data shown until %1. It is not stored anywhere.</translation>
    </message>
    <message>
        <source>A masked summary of the account is on the clipboard.</source>
        <translation>A masked summary of the account is on the clipboard.</translation>
    </message>
    <message>
        <source>Search for an account, then choose it in the list to see it here.</source>
        <translation>Search for an account, then choose it in the list to see it here.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Real-name</source>
        <translation>Real-name</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Identities &amp;&amp; bindings</source>
        <translation>Identities &amp;&amp; bindings</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reset Password / Unlock…</source>
        <translation>Reset Password / Unlock…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>End Sessions…</source>
        <translation>End Sessions…</translation>
    </message>
    <message>
        <source>Resend Activation…</source>
        <translation>Resend Activation…</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Reveal…</translation>
    </message>
    <message>
        <source>Copy Support Summary</source>
        <translation>Copy Support Summary</translation>
    </message>
    <message>
        <source>Reset SMS Quota…</source>
        <translation>Reset SMS Quota…</translation>
    </message>
    <message>
        <source>Unbind App…</source>
        <translation>Unbind App…</translation>
    </message>
    <message>
        <source>Revoke Authorization…</source>
        <translation>Revoke Authorization…</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing this account as it was %1; actions wait until it is back.</source>
        <translation>Offline: the server cannot be reached. Showing this account as it was %1; actions wait until it is back.</translation>
    </message>
    <message>
        <source>Offline: actions wait until the server can be reached again.</source>
        <translation>Offline: actions wait until the server can be reached again.</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Type to search; results follow as you type.</source>
        <translation>Type to search; results follow as you type.</translation>
    </message>
    <message>
        <source>Not searched: correct the text first.</source>
        <translation>Not searched: correct the text first.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>No account matches.</translation>
    </message>
    <message>
        <source>Showing %1 of at least %2 accounts; narrow the search to see fewer.</source>
        <translation>Showing %1 of at least %2 accounts; narrow the search to see fewer.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 accounts; scroll down for more.</source>
        <translation>Showing %1 of %2 accounts; scroll down for more.</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n account(s).</source>
        <translation>
            <numerusform>Showing %n account.</numerusform>
            <numerusform>Showing all %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find an account by what the user tells you: ID number, mobile number, email, username, name, OpenID or account id. Personal data stays masked unless you reveal it with a reason.</source>
        <translation>Find an account by what the user tells you: ID number, mobile number, email, username, name, OpenID or account id. Personal data stays masked unless you reveal it with a reason.</translation>
    </message>
    <message>
        <source>Search Accounts</source>
        <translation>Search Accounts</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDetailView</name>
    <message>
        <source>Select an entry to see who did what, and what it changed.</source>
        <translation>Select an entry to see who did what, and what it changed.</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>Request ID:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>(ID %1)</source>
        <translation>(ID %1)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>No. %1, hash %2…</source>
        <translation>No. %1, hash %2…</translation>
    </message>
    <message>
        <source>This entry records no field changes.</source>
        <translation>This entry records no field changes.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>An action code such as auth.sign_in; the server matches it exactly.</source>
        <translation>An action code such as auth.sign_in; the server matches it exactly.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>All targets</translation>
    </message>
    <message>
        <source>Any ID</source>
        <translation>Any ID</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1: %2</source>
        <comment>target type: target name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AuditLogPane</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Everything staff did on the platform, newest first. Every entry is hash-chained to the one before it.</source>
        <translation>Everything staff did on the platform, newest first. Every entry is hash-chained to the one before it.</translation>
    </message>
    <message>
        <source>Filter the Audit Log</source>
        <translation>Filter the Audit Log</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing the audit log as it was %1.</source>
        <translation>Offline: the server cannot be reached. Showing the audit log as it was %1.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; loading more…</source>
        <translation>
            <numerusform>%n entry shown; loading more…</numerusform>
            <numerusform>%n entries shown; loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n entry shown; scroll down for older ones.</numerusform>
            <numerusform>%n entries shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>No entries match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTerms</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Session renewed</source>
        <translation>Session renewed</translation>
    </message>
    <message>
        <source>Refresh token reused</source>
        <translation>Refresh token reused</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>Switch organization</translation>
    </message>
    <message>
        <source>Unlock staff member</source>
        <translation>Unlock staff member</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>No organization</translation>
    </message>
    <message>
        <source>Organization choice required</source>
        <translation>Organization choice required</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Workspace application</source>
        <translation>Workspace application</translation>
    </message>
    <message>
        <source>Enterprise verification</source>
        <translation>Enterprise verification</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Submit workspace application</source>
        <translation>Submit workspace application</translation>
    </message>
    <message>
        <source>Resubmit workspace application</source>
        <translation>Resubmit workspace application</translation>
    </message>
    <message>
        <source>Claim workspace application</source>
        <translation>Claim workspace application</translation>
    </message>
    <message>
        <source>Release workspace application</source>
        <translation>Release workspace application</translation>
    </message>
    <message>
        <source>Decide workspace application</source>
        <translation>Decide workspace application</translation>
    </message>
    <message>
        <source>Submit enterprise verification</source>
        <translation>Submit enterprise verification</translation>
    </message>
    <message>
        <source>Resubmit enterprise verification</source>
        <translation>Resubmit enterprise verification</translation>
    </message>
    <message>
        <source>Claim enterprise verification</source>
        <translation>Claim enterprise verification</translation>
    </message>
    <message>
        <source>Release enterprise verification</source>
        <translation>Release enterprise verification</translation>
    </message>
    <message>
        <source>Decide enterprise verification</source>
        <translation>Decide enterprise verification</translation>
    </message>
    <message>
        <source>Save rejection reason</source>
        <translation>Save rejection reason</translation>
    </message>
    <message>
        <source>Save business calendar day</source>
        <translation>Save business calendar day</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Rejection reason</translation>
    </message>
    <message>
        <source>Business calendar day</source>
        <translation>Business calendar day</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>End sessions</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Resend activation</source>
        <translation>Resend activation</translation>
    </message>
    <message>
        <source>Reset SMS quota</source>
        <translation>Reset SMS quota</translation>
    </message>
    <message>
        <source>Send SMS verification code</source>
        <translation>Send SMS verification code</translation>
    </message>
    <message>
        <source>Bind app</source>
        <translation>Bind app</translation>
    </message>
    <message>
        <source>Unbind app</source>
        <translation>Unbind app</translation>
    </message>
    <message>
        <source>Grant authorization</source>
        <translation>Grant authorization</translation>
    </message>
    <message>
        <source>Revoke authorization</source>
        <translation>Revoke authorization</translation>
    </message>
    <message>
        <source>Create department</source>
        <translation>Create department</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>Move department</translation>
    </message>
    <message>
        <source>Reorder departments</source>
        <translation>Reorder departments</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Move member</source>
        <translation>Move member</translation>
    </message>
    <message>
        <source>Change member role</source>
        <translation>Change member role</translation>
    </message>
    <message>
        <source>Update member</source>
        <translation>Update member</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>Transfer ownership</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Open platform account</source>
        <translation>Open platform account</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
</context>
<context>
    <name>BulkDecisionDialog</name>
    <message>
        <source>Left out: already %1.</source>
        <translation>Left out: already %1.</translation>
    </message>
    <message>
        <source>Left out: %1 is working on it.</source>
        <translation>Left out: %1 is working on it.</translation>
    </message>
    <message>
        <source>Will be approved</source>
        <translation>Will be approved</translation>
    </message>
    <message>
        <source>Will be rejected</source>
        <translation>Will be rejected</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>✓ Approved</source>
        <translation>✓ Approved</translation>
    </message>
    <message>
        <source>✓ Rejected</source>
        <translation>✓ Rejected</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>Not decided: %1</translation>
    </message>
    <message>
        <source>Choose a reason first: every applicant is told why.</source>
        <translation>Choose a reason first: every applicant is told why.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n Item(s)</source>
        <translation>
            <numerusform>&amp;Approve %n Item</numerusform>
            <numerusform>&amp;Approve %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %n Item(s)</source>
        <translation>
            <numerusform>&amp;Reject %n Item</numerusform>
            <numerusform>&amp;Reject %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n Failed Again</source>
        <translation>
            <numerusform>Send %n Failed Again</numerusform>
            <numerusform>Send %n Failed Again</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be approved; each applicant is mailed the result.</source>
        <translation>
            <numerusform>%n item will be approved; each applicant is mailed the result.</numerusform>
            <numerusform>%n items will be approved; each applicant is mailed the result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be rejected with the reason below; each applicant is mailed it.</source>
        <translation>
            <numerusform>%n item will be rejected with the reason below; each applicant is mailed it.</numerusform>
            <numerusform>%n items will be rejected with the reason below; each applicant is mailed it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) will be left out.</source>
        <translation>
            <numerusform>%n selected item will be left out.</numerusform>
            <numerusform>%n selected items will be left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deciding… %1 of %2 done.</source>
        <translation>Deciding… %1 of %2 done.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) decided</source>
        <translation>
            <numerusform>%n item decided</numerusform>
            <numerusform>%n items decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not decided (see why below).</source>
        <translation>
            <numerusform>%n not decided (see why below).</numerusform>
            <numerusform>%n not decided (see why below).</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Selected Items</source>
        <translation>Approve Selected Items</translation>
    </message>
    <message>
        <source>Reject Selected Items</source>
        <translation>Reject Selected Items</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected item(s)?</source>
        <translation>
            <numerusform>Approve %n selected item?</numerusform>
            <numerusform>Approve %n selected items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n selected item(s)?</source>
        <translation>
            <numerusform>Reject %n selected item?</numerusform>
            <numerusform>Reject %n selected items?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>&amp;Note to the applicants:</source>
        <translation>&amp;Note to the applicants:</translation>
    </message>
    <message>
        <source>Optional; required for &quot;other&quot;. The same note goes to every applicant.</source>
        <translation>Optional; required for &quot;other&quot;. The same note goes to every applicant.</translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>The offline cache could not be opened (%1). Gatehouse works without it.</source>
        <translation>The offline cache could not be opened (%1). Gatehouse works without it.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gatehouse: the administration console of a mini-program open platform.
Without options it opens the sign-in window for the servers you used before.</source>
        <translation>Gatehouse: the administration console of a mini-program open platform.
Without options it opens the sign-in window for the servers you used before.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Show this help and quit.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Show the version and quit.</translation>
    </message>
    <message>
        <source>Start a local demo platform (gatehouse-server --demo on a free loopback port, with its own temporary database) and sign in to it as the demo administrator. The server stops when the console quits. GATEHOUSE_SERVER_BINARY names the server program if it is not installed beside the console.</source>
        <translation>Start a local demo platform (gatehouse-server --demo on a free loopback port, with its own temporary database) and sign in to it as the demo administrator. The server stops when the console quits. GATEHOUSE_SERVER_BINARY names the server program if it is not installed beside the console.</translation>
    </message>
    <message>
        <source>Fill in the server to sign in to, e.g. https://gatehouse.example.com. Plain http:// is accepted for this computer only.</source>
        <translation>Fill in the server to sign in to, e.g. https://gatehouse.example.com. Plain http:// is accepted for this computer only.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The language of the console: en (English) or zh_CN (Simplified Chinese). It can be changed later in View › Language.</source>
        <translation>The language of the console: en (English) or zh_CN (Simplified Chinese). It can be changed later in View › Language.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Keep settings (server profiles, window layout, language) in this INI file instead of the usual place; the offline cache goes beside it. For tests and portable use.</source>
        <translation>Keep settings (server profiles, window layout, language) in this INI file instead of the usual place; the offline cache goes beside it. For tests and portable use.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Save a picture of the window named by --screenshot-window to this PNG file once it has loaded, then quit. For documentation.</source>
        <translation>Save a picture of the window named by --screenshot-window to this PNG file once it has loaded, then quit. For documentation.</translation>
    </message>
    <message>
        <source>The window --screenshot saves: signin or main (the default).</source>
        <translation>The window --screenshot saves: signin or main (the default).</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together: the demo brings its own server.</source>
        <translation>--demo and --server cannot be used together: the demo brings its own server.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation>Unknown language &quot;%1&quot;: use en or zh_CN.</translation>
    </message>
    <message>
        <source>Unknown window &quot;%1&quot; for --screenshot-window: use signin or main.</source>
        <translation>Unknown window &quot;%1&quot; for --screenshot-window: use signin or main.</translation>
    </message>
    <message>
        <source>Try gatehouse --help.</source>
        <translation>Try gatehouse --help.</translation>
    </message>
    <message>
        <source>Open this pane first, by its name: e.g. audit for the audit log. Without it, the pane used last.</source>
        <translation>Open this pane first, by its name: e.g. audit for the audit log. Without it, the pane used last.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Lock the console after this many minutes without a key press or a click (1 to 1440; default 15, or security/idleLockMinutes in the settings). Locking signs out and forgets what the panes showed.</source>
        <translation>Lock the console after this many minutes without a key press or a click (1 to 1440; default 15, or security/idleLockMinutes in the settings). Locking signs out and forgets what the panes showed.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>--idle-lock takes a number of minutes from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--idle-lock takes a number of minutes from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>Starting the demo platform…</source>
        <translation>Starting the demo platform…</translation>
    </message>
    <message>
        <source>Signing you in to %1…</source>
        <translation>Signing you in to %1…</translation>
    </message>
    <message>
        <source>There is no pane &quot;%1&quot; for your roles here.</source>
        <translation>There is no pane &quot;%1&quot; for your roles here.</translation>
    </message>
    <message numerus="yes">
        <source>Gatehouse locked itself after %n minute(s) without a key press or a click, and forgot what it was showing. Sign in again to go on.</source>
        <translation>
            <numerusform>Gatehouse locked itself after %n minute without a key press or a click, and forgot what it was showing. Sign in again to go on.</numerusform>
            <numerusform>Gatehouse locked itself after %n minutes without a key press or a click, and forgot what it was showing. Sign in again to go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret service is not running or not unlocked).</source>
        <translation>No keychain is available on this computer (the system&apos;s secret service is not running or not unlocked).</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused the request. Check that it is unlocked and try again.</source>
        <translation>The keychain refused the request. Check that it is unlocked and try again.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Sending the decision…</source>
        <translation>Sending the decision…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This item is no longer under review.</source>
        <translation>This item is no longer under review.</translation>
    </message>
    <message>
        <source>Choose a reason first: the applicant is told why.</source>
        <translation>Choose a reason first: the applicant is told why.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>This reason needs a note that says what to fix.</source>
        <translation>This reason needs a note that says what to fix.</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (required):</source>
        <translation>&amp;Note to the applicant (required):</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>&amp;Note to the applicant (optional):</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject %1?</source>
        <translation>Reject %1?</translation>
    </message>
    <message>
        <source>Approve %1?</source>
        <translation>Approve %1?</translation>
    </message>
    <message>
        <source>%1 is mailed the reason and your note, fixes what they say and may submit a new %2.</source>
        <translation>%1 is mailed the reason and your note, fixes what they say and may submit a new %2.</translation>
    </message>
    <message>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <source>verification request</source>
        <translation>verification request</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; is created for %2 at once, and they are mailed the result.</source>
        <translation>The workspace &quot;%1&quot; is created for %2 at once, and they are mailed the result.</translation>
    </message>
    <message>
        <source>%1&apos;s team becomes a corporate team (no member limit) at once, and they are mailed the result.</source>
        <translation>%1&apos;s team becomes a corporate team (no member limit) at once, and they are mailed the result.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>What should the applicant change? This goes into the mail, in the applicant&apos;s language.</source>
        <translation>What should the applicant change? This goes into the mail, in the applicant&apos;s language.</translation>
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation>Insert &amp;Template</translation>
    </message>
    <message>
        <source>Adds a starting sentence for this reason, in Chinese (the applicant&apos;s language)</source>
        <translation>Adds a starting sentence for this reason, in Chinese (the applicant&apos;s language)</translation>
    </message>
    <message>
        <source>Adds a starting sentence for this reason, in English (the applicant&apos;s language)</source>
        <translation>Adds a starting sentence for this reason, in English (the applicant&apos;s language)</translation>
    </message>
    <message>
        <source>The mail the applicant will receive</source>
        <translation>The mail the applicant will receive</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Reject and Open &amp;Next</source>
        <translation>Reject and Open &amp;Next</translation>
    </message>
    <message>
        <source>Approve and Open &amp;Next</source>
        <translation>Approve and Open &amp;Next</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DecisionFlow</name>
    <message>
        <source>Nothing left to open: every item under review is decided or held by someone.</source>
        <translation>Nothing left to open: every item under review is decided or held by someone.</translation>
    </message>
</context>
<context>
    <name>DecisionOutbox</name>
    <message>
        <source>Not decided: someone got there first. %1</source>
        <translation>Not decided: someone got there first. %1</translation>
    </message>
    <message>
        <source>Waits for the server: %1</source>
        <translation>Waits for the server: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n attempt(s): %1</source>
        <translation>
            <numerusform>Not sent after %n attempt: %1</numerusform>
            <numerusform>Not sent after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionOutcome</name>
    <message>
        <source>Another reviewer</source>
        <translation>Another reviewer</translation>
    </message>
    <message>
        <source>%1 already approved it.</source>
        <translation>%1 already approved it.</translation>
    </message>
    <message>
        <source>%1 already approved it (%2).</source>
        <translation>%1 already approved it (%2).</translation>
    </message>
    <message>
        <source>%1 already rejected it.</source>
        <translation>%1 already rejected it.</translation>
    </message>
    <message>
        <source>%1 already rejected it (%2).</source>
        <translation>%1 already rejected it (%2).</translation>
    </message>
    <message>
        <source>The applicant withdrew it.</source>
        <translation>The applicant withdrew it.</translation>
    </message>
    <message>
        <source>It changed since you opened it and is still under review.</source>
        <translation>It changed since you opened it and is still under review.</translation>
    </message>
    <message>
        <source>Not decided: someone got there first. %1 The item has been refreshed; your reason text is kept.</source>
        <translation>Not decided: someone got there first. %1 The item has been refreshed; your reason text is kept.</translation>
    </message>
    <message>
        <source>Not decided yet: %1 Your reason text is kept; sending again is safe and never decides twice.</source>
        <translation>Not decided yet: %1 Your reason text is kept; sending again is safe and never decides twice.</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message numerus="yes">
        <source>The demo platform did not start within %n second(s).</source>
        <translation>
            <numerusform>The demo platform did not start within %n second.</numerusform>
            <numerusform>The demo platform did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo platform could not be started: no temporary folder could be made (%1).</source>
        <translation>The demo platform could not be started: no temporary folder could be made (%1).</translation>
    </message>
    <message>
        <source>The demo platform stopped while starting (exit code %1).</source>
        <translation>The demo platform stopped while starting (exit code %1).</translation>
    </message>
    <message>
        <source>The demo platform stopped while starting (exit code %1): %2</source>
        <translation>The demo platform stopped while starting (exit code %1): %2</translation>
    </message>
    <message>
        <source>The demo platform crashed. Restart the console to start it again.</source>
        <translation>The demo platform crashed. Restart the console to start it again.</translation>
    </message>
    <message>
        <source>The demo platform stopped unexpectedly (exit code %1).</source>
        <translation>The demo platform stopped unexpectedly (exit code %1).</translation>
    </message>
    <message>
        <source>The demo platform could not be started: %1 is missing or cannot be run. Set GATEHOUSE_SERVER_BINARY to the gatehouse-server program.</source>
        <translation>The demo platform could not be started: %1 is missing or cannot be run. Set GATEHOUSE_SERVER_BINARY to the gatehouse-server program.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>Gatehouse did not send the request: the server address is not allowed. Use an https:// address.</source>
        <translation>Gatehouse did not send the request: the server address is not allowed. Use an https:// address.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>The server did not answer in time. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Check that the address is a Gatehouse server of a matching version.</source>
        <translation>The server&apos;s answer could not be read. Check that the address is a Gatehouse server of a matching version.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and that the server is running.</source>
        <translation>The server refused the connection. Check the address and that the server is running.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again; if it keeps happening, the server may be restarting.</source>
        <translation>The server closed the connection before answering. Try again; if it keeps happening, the server may be restarting.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address and your network connection.</source>
        <translation>The server&apos;s name could not be found. Check the address and your network connection.</translation>
    </message>
    <message>
        <source>The network connection was lost. Check your network connection; Gatehouse keeps trying.</source>
        <translation>The network connection was lost. Check your network connection; Gatehouse keeps trying.</translation>
    </message>
    <message>
        <source>This computer&apos;s network connection failed. Check that it is online and try again.</source>
        <translation>This computer&apos;s network connection failed. Check that it is online and try again.</translation>
    </message>
    <message>
        <source>The system did not allow network access in the background. Bring Gatehouse to the front and try again.</source>
        <translation>The system did not allow network access in the background. Bring Gatehouse to the front and try again.</translation>
    </message>
    <message>
        <source>The server sent the request around in circles. Check the server address; ask your administrator if it keeps happening.</source>
        <translation>The server sent the request around in circles. Check the server address; ask your administrator if it keeps happening.</translation>
    </message>
    <message>
        <source>The server tried to send the request to an insecure http:// address, and Gatehouse refused. Ask your administrator to check the server.</source>
        <translation>The server tried to send the request to an insecure http:// address, and Gatehouse refused. Ask your administrator to check the server.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection. Check this computer&apos;s proxy settings.</source>
        <translation>The proxy server refused the connection. Check this computer&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>The proxy server closed the connection unexpectedly. Try again, or check this computer&apos;s proxy settings.</source>
        <translation>The proxy server closed the connection unexpectedly. Try again, or check this computer&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>The proxy server could not be found. Check this computer&apos;s proxy settings.</source>
        <translation>The proxy server could not be found. Check this computer&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>The proxy server did not answer in time. Try again, or check this computer&apos;s proxy settings.</source>
        <translation>The proxy server did not answer in time. Try again, or check this computer&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>The proxy server asks for a sign-in Gatehouse does not have. Check this computer&apos;s proxy settings.</source>
        <translation>The proxy server asks for a sign-in Gatehouse does not have. Check this computer&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>The proxy server failed. Check this computer&apos;s proxy settings.</source>
        <translation>The proxy server failed. Check this computer&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>The server denied access. Ask an administrator for the permission you need.</source>
        <translation>The server denied access. Ask an administrator for the permission you need.</translation>
    </message>
    <message>
        <source>The server does not allow this operation here. Reload and try again.</source>
        <translation>The server does not allow this operation here. Reload and try again.</translation>
    </message>
    <message>
        <source>The server has nothing at this address. Reload; if it keeps happening, the console and server versions may not match.</source>
        <translation>The server has nothing at this address. Reload; if it keeps happening, the console and server versions may not match.</translation>
    </message>
    <message>
        <source>The server asks you to sign in. Sign in again.</source>
        <translation>The server asks you to sign in. Sign in again.</translation>
    </message>
    <message>
        <source>The request could not be sent again. Try again.</source>
        <translation>The request could not be sent again. Try again.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Reload it and try again.</source>
        <translation>Someone else changed this at the same time. Reload it and try again.</translation>
    </message>
    <message>
        <source>This no longer exists on the server. Reload the list.</source>
        <translation>This no longer exists on the server. Reload the list.</translation>
    </message>
    <message>
        <source>The server could not handle the request. Check what you entered and try again.</source>
        <translation>The server could not handle the request. Check what you entered and try again.</translation>
    </message>
    <message>
        <source>Gatehouse cannot connect to this kind of address. Use an https:// address.</source>
        <translation>Gatehouse cannot connect to this kind of address. Use an https:// address.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check that Gatehouse and the server are matching versions.</source>
        <translation>The server did not accept the request. Check that Gatehouse and the server are matching versions.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Check the address: it may not be a Gatehouse server.</source>
        <translation>The server&apos;s answer could not be understood. Check the address: it may not be a Gatehouse server.</translation>
    </message>
    <message>
        <source>The server ran into an internal error. Try again later; if it keeps happening, tell support.</source>
        <translation>The server ran into an internal error. Try again later; if it keeps happening, tell support.</translation>
    </message>
    <message>
        <source>The server does not support this operation. It may be older than this console; ask your administrator.</source>
        <translation>The server does not support this operation. It may be older than this console; ask your administrator.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a few minutes.</source>
        <translation>The server is temporarily unavailable. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The server reported an error. Try again later; if it keeps happening, tell support.</source>
        <translation>The server reported an error. Try again later; if it keeps happening, tell support.</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check your network connection and try again.</source>
        <translation>A network error stopped the request. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be set up. Check the address; if it is right, ask your administrator to check the server&apos;s TLS settings.</source>
        <translation>A secure (TLS) connection to the server could not be set up. Check the address; if it is right, ask your administrator to check the server&apos;s TLS settings.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so its identity cannot be checked, and Gatehouse did not connect. Ask your administrator for a certificate from a trusted authority.</source>
        <translation>The server&apos;s certificate is self-signed, so its identity cannot be checked, and Gatehouse did not connect. Ask your administrator for a certificate from a trusted authority.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an authority this computer does not trust, and Gatehouse did not connect. Ask your administrator which certificate authority to install.</source>
        <translation>The server&apos;s certificate comes from an authority this computer does not trust, and Gatehouse did not connect. Ask your administrator which certificate authority to install.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked, and Gatehouse did not connect. Tell your administrator at once.</source>
        <translation>The server&apos;s certificate has been revoked, and Gatehouse did not connect. Tell your administrator at once.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet, and Gatehouse did not connect. Check this computer&apos;s date and time, then ask your administrator to renew the certificate.</source>
        <translation>The server&apos;s certificate has expired or is not valid yet, and Gatehouse did not connect. Check this computer&apos;s date and time, then ask your administrator to renew the certificate.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different address, and Gatehouse did not connect. Check the server address for a typo.</source>
        <translation>The server&apos;s certificate is for a different address, and Gatehouse did not connect. Check the server address for a typo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, and Gatehouse did not connect. Ask your administrator to check the server&apos;s certificate.</source>
        <translation>The server&apos;s certificate could not be verified, and Gatehouse did not connect. Ask your administrator to check the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The server could not accept the request. Check what you entered and try again.</source>
        <translation>The server could not accept the request. Check what you entered and try again.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>Your session is no longer valid. Sign in again.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask an administrator if you need it.</source>
        <translation>Your role does not allow this. Ask an administrator if you need it.</translation>
    </message>
    <message>
        <source>It is not on the server (any more). Reload the list.</source>
        <translation>It is not on the server (any more). Reload the list.</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request. Check your network connection and try again.</source>
        <translation>The server gave up waiting for the request. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>This conflicts with a change someone else made. Reload and try again.</source>
        <translation>This conflicts with a change someone else made. Reload and try again.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it to see the current state.</source>
        <translation>Someone else changed this in the meantime. Reload it to see the current state.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server. Send something smaller.</source>
        <translation>What you sent is too large for the server. Send something smaller.</translation>
    </message>
    <message>
        <source>The server did not accept the format of the request. Gatehouse and the server may be different versions.</source>
        <translation>The server did not accept the format of the request. Gatehouse and the server may be different versions.</translation>
    </message>
    <message>
        <source>The server could not process what was sent. Check the entries and try again.</source>
        <translation>The server could not process what was sent. Check the entries and try again.</translation>
    </message>
    <message>
        <source>This is locked at the moment. Try again later.</source>
        <translation>This is locked at the moment. Try again later.</translation>
    </message>
    <message>
        <source>The server needs to know which version you changed. Reload and try again.</source>
        <translation>The server needs to know which version you changed. Reload and try again.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Too many requests in a short time. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The request&apos;s headers were too large for the server. Sign in again; if it keeps happening, tell support.</source>
        <translation>The request&apos;s headers were too large for the server. Sign in again; if it keeps happening, tell support.</translation>
    </message>
    <message>
        <source>The server ran into an internal error. Try again later; if it keeps happening, give support the request ID %1.</source>
        <translation>The server ran into an internal error. Try again later; if it keeps happening, give support the request ID %1.</translation>
    </message>
    <message>
        <source>A gateway between this computer and the server failed. Try again in a few minutes.</source>
        <translation>A gateway between this computer and the server failed. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The server redirected the request, and Gatehouse does not follow redirects. Check the server address.</source>
        <translation>The server redirected the request, and Gatehouse does not follow redirects. Check the server address.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Check what you entered; if it keeps happening, tell support.</source>
        <translation>The server refused the request (HTTP %1). Check what you entered; if it keeps happening, tell support.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later; if it keeps happening, tell support.</source>
        <translation>The server failed (HTTP %1). Try again later; if it keeps happening, tell support.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later; if it keeps happening, give support the request ID %2.</source>
        <translation>The server failed (HTTP %1). Try again later; if it keeps happening, give support the request ID %2.</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer (HTTP %1). Check that the address is a Gatehouse server.</source>
        <translation>The server sent an unexpected answer (HTTP %1). Check that the address is a Gatehouse server.</translation>
    </message>
    <message>
        <source>The server could not read the request Gatehouse sent. This is a fault in Gatehouse; tell support.</source>
        <translation>The server could not read the request Gatehouse sent. This is a fault in Gatehouse; tell support.</translation>
    </message>
    <message>
        <source>The request reached the server too slowly. Check your network connection and try again.</source>
        <translation>The request reached the server too slowly. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>Some entries need correcting. Check the marked fields and try again.</source>
        <translation>Some entries need correcting. Check the marked fields and try again.</translation>
    </message>
    <message>
        <source>The server did not accept the format of the request. Gatehouse and the server may be different versions; tell support.</source>
        <translation>The server did not accept the format of the request. Gatehouse and the server may be different versions; tell support.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server. Send a smaller file or fewer items.</source>
        <translation>What you sent is too large for the server. Send a smaller file or fewer items.</translation>
    </message>
    <message>
        <source>You are not signed in (any more). Sign in again.</source>
        <translation>You are not signed in (any more). Sign in again.</translation>
    </message>
    <message>
        <source>Your sign-in needed renewing and could not be renewed. Sign in again.</source>
        <translation>Your sign-in needed renewing and could not be renewed. Sign in again.</translation>
    </message>
    <message>
        <source>Your role in this organization does not allow this. Ask an administrator if you need it.</source>
        <translation>Your role in this organization does not allow this. Ask an administrator if you need it.</translation>
    </message>
    <message>
        <source>The username, email or password is not right. Check them and try again.</source>
        <translation>The username, email or password is not right. Check them and try again.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later, or ask an administrator to unlock it.</source>
        <translation>This account is locked after too many failed sign-ins. Try again later, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>This staff account is disabled. Ask an administrator to enable it.</source>
        <translation>This staff account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>The remembered sign-in is no longer valid. Sign in with your password.</source>
        <translation>The remembered sign-in is no longer valid. Sign in with your password.</translation>
    </message>
    <message>
        <source>The session was ended for safety because its sign-in was used twice, perhaps on another device. Sign in again, and tell your administrator if that was not you.</source>
        <translation>The session was ended for safety because its sign-in was used twice, perhaps on another device. Sign in again, and tell your administrator if that was not you.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>You are not a member of that organization. Choose another one, or ask an administrator to add you.</source>
        <translation>You are not a member of that organization. Choose another one, or ask an administrator to add you.</translation>
    </message>
    <message>
        <source>Choosing the organization took too long. Sign in again.</source>
        <translation>Choosing the organization took too long. Sign in again.</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it to see the current state, then try again.</source>
        <translation>Someone else changed this in the meantime. Reload it to see the current state, then try again.</translation>
    </message>
    <message>
        <source>The server refused a decision without its replay key. This is a fault in Gatehouse; tell support.</source>
        <translation>The server refused a decision without its replay key. This is a fault in Gatehouse; tell support.</translation>
    </message>
    <message>
        <source>This decision was already sent with different details. Reload to see what was recorded.</source>
        <translation>This decision was already sent with different details. Reload to see what was recorded.</translation>
    </message>
    <message>
        <source>Someone else is working on this item. Pick another one, or wait until their claim runs out.</source>
        <translation>Someone else is working on this item. Pick another one, or wait until their claim runs out.</translation>
    </message>
    <message>
        <source>This item has already been decided. Reload the queue to see the decision.</source>
        <translation>This item has already been decided. Reload the queue to see the decision.</translation>
    </message>
    <message>
        <source>This applicant already has a submission under review. Wait for its decision before submitting another.</source>
        <translation>This applicant already has a submission under review. Wait for its decision before submitting another.</translation>
    </message>
    <message>
        <source>Only the applicant&apos;s latest rejected submission can be submitted again. Reload the applicant&apos;s history.</source>
        <translation>Only the applicant&apos;s latest rejected submission can be submitted again. Reload the applicant&apos;s history.</translation>
    </message>
    <message>
        <source>The image was not accepted. Use a PNG or JPEG image of at most 2 MiB.</source>
        <translation>The image was not accepted. Use a PNG or JPEG image of at most 2 MiB.</translation>
    </message>
    <message>
        <source>The server accepts this only from the developer portal. Check the portal&apos;s configured key.</source>
        <translation>The server accepts this only from the developer portal. Check the portal&apos;s configured key.</translation>
    </message>
    <message>
        <source>%1 is required. Fill it in.</source>
        <translation>%1 is required. Fill it in.</translation>
    </message>
    <message>
        <source>%1 has the wrong kind of value. Correct it and try again.</source>
        <translation>%1 has the wrong kind of value. Correct it and try again.</translation>
    </message>
    <message>
        <source>The server does not know the field %1. Gatehouse and the server may be different versions; tell support.</source>
        <translation>The server does not know the field %1. Gatehouse and the server may be different versions; tell support.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Leave it as it is.</source>
        <translation>%1 cannot be changed here. Leave it as it is.</translation>
    </message>
    <message>
        <source>%1 is too long. Shorten it.</source>
        <translation>%1 is too long. Shorten it.</translation>
    </message>
    <message>
        <source>%1 must not be empty. Fill it in.</source>
        <translation>%1 must not be empty. Fill it in.</translation>
    </message>
    <message>
        <source>%1 contains invisible control characters. Type it again.</source>
        <translation>%1 contains invisible control characters. Type it again.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range. Correct it.</source>
        <translation>%1 is outside the allowed range. Correct it.</translation>
    </message>
    <message>
        <source>%1 has a value that is not allowed. Choose one of the offered values.</source>
        <translation>%1 has a value that is not allowed. Choose one of the offered values.</translation>
    </message>
    <message>
        <source>Enter the resident ID number.</source>
        <translation>Enter the resident ID number.</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters. Check the number.</source>
        <translation>A resident ID number has 18 characters. Check the number.</translation>
    </message>
    <message>
        <source>A resident ID number has digits only, with X allowed as the last character. Check the number.</source>
        <translation>A resident ID number has digits only, with X allowed as the last character. Check the number.</translation>
    </message>
    <message>
        <source>The first six digits of this ID number are not a region code. Check the number.</source>
        <translation>The first six digits of this ID number are not a region code. Check the number.</translation>
    </message>
    <message>
        <source>The birth date in this ID number (digits 7 to 14) does not exist. Check the number.</source>
        <translation>The birth date in this ID number (digits 7 to 14) does not exist. Check the number.</translation>
    </message>
    <message>
        <source>The birth date in this ID number (digits 7 to 14) is in the future. Check the number.</source>
        <translation>The birth date in this ID number (digits 7 to 14) is in the future. Check the number.</translation>
    </message>
    <message>
        <source>The last character of this ID number does not match the others. Check the number for a typo.</source>
        <translation>The last character of this ID number does not match the others. Check the number for a typo.</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>Enter the unified social credit code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters. Check the code.</source>
        <translation>A unified social credit code has 18 characters. Check the code.</translation>
    </message>
    <message>
        <source>A unified social credit code has digits and capital letters other than I, O, S, V and Z. Check the code.</source>
        <translation>A unified social credit code has digits and capital letters other than I, O, S, V and Z. Check the code.</translation>
    </message>
    <message>
        <source>The last character of this credit code does not match the others. Check the code for a typo.</source>
        <translation>The last character of this credit code does not match the others. Check the code for a typo.</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message>
        <source>A mobile number has digits only, with +86 allowed in front. Check the number.</source>
        <translation>A mobile number has digits only, with +86 allowed in front. Check the number.</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits. Check the number.</source>
        <translation>A mainland mobile number has 11 digits. Check the number.</translation>
    </message>
    <message>
        <source>This is not a mainland China mobile number (those start with 13 to 19). Check the number.</source>
        <translation>This is not a mainland China mobile number (those start with 13 to 19). Check the number.</translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation>Enter the email address.</translation>
    </message>
    <message>
        <source>This email address is too long. Check it.</source>
        <translation>This email address is too long. Check it.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain. Check the address.</source>
        <translation>An email address needs an @ between the name and the domain. Check the address.</translation>
    </message>
    <message>
        <source>The part of this email address before the @ is not valid. Check the address.</source>
        <translation>The part of this email address before the @ is not valid. Check the address.</translation>
    </message>
    <message>
        <source>The domain of this email address (after the @) is not valid. Check the address.</source>
        <translation>The domain of this email address (after the @) is not valid. Check the address.</translation>
    </message>
    <message>
        <source>Enter the website address.</source>
        <translation>Enter the website address.</translation>
    </message>
    <message>
        <source>This website address is too long. Check it.</source>
        <translation>This website address is too long. Check it.</translation>
    </message>
    <message>
        <source>A website address starts with https:// or http://. Check the address.</source>
        <translation>A website address starts with https:// or http://. Check the address.</translation>
    </message>
    <message>
        <source>The website&apos;s host name is not valid (it needs a dot, as in example.com). Check the address.</source>
        <translation>The website&apos;s host name is not valid (it needs a dot, as in example.com). Check the address.</translation>
    </message>
    <message>
        <source>A website address must not contain a user name or password. Remove them.</source>
        <translation>A website address must not contain a user name or password. Remove them.</translation>
    </message>
    <message>
        <source>Enter the contact number.</source>
        <translation>Enter the contact number.</translation>
    </message>
    <message>
        <source>This is neither a mainland mobile number nor a landline with area code (such as 010-12345678). Check the number.</source>
        <translation>This is neither a mainland mobile number nor a landline with area code (such as 010-12345678). Check the number.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1, or ask an administrator to unlock it.</source>
        <translation>This account is locked after too many failed sign-ins. Try again after %1, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1 %2, or ask an administrator to unlock it.</source>
        <translation>This account is locked after too many failed sign-ins. Try again after %1 %2, or ask an administrator to unlock it.</translation>
    </message>
    <message numerus="yes">
        <source>The username, email or password is not right. Check them and try again; %n more failed attempt(s) will lock the account for a while.</source>
        <translation>
            <numerusform>The username, email or password is not right. Check them and try again; %n more failed attempt will lock the account for a while.</numerusform>
            <numerusform>The username, email or password is not right. Check them and try again; %n more failed attempts will lock the account for a while.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests in a short time. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many requests in a short time. Wait %n second and try again.</numerusform>
            <numerusform>Too many requests in a short time. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is temporarily unavailable. Try again in %n second(s).</source>
        <translation>
            <numerusform>The server is temporarily unavailable. Try again in %n second.</numerusform>
            <numerusform>The server is temporarily unavailable. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is working on this item. Pick another one, or wait until their claim runs out.</source>
        <translation>%1 is working on this item. Pick another one, or wait until their claim runs out.</translation>
    </message>
    <message numerus="yes">
        <source>Check the other %n marked field(s) too.</source>
        <translation>
            <numerusform>Check the other %n marked field too.</numerusform>
            <numerusform>Check the other %n marked fields too.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid. Correct it and try again.</source>
        <translation>%1 is not valid. Correct it and try again.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Username or email</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Contact number</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>This action does not fit the account&apos;s current status. Reload the account to see its status.</source>
        <translation>This action does not fit the account&apos;s current status. Reload the account to see its status.</translation>
    </message>
    <message>
        <source>The account has no mobile number, so no code can be sent to it.</source>
        <translation>The account has no mobile number, so no code can be sent to it.</translation>
    </message>
    <message>
        <source>This number has reached its SMS limit. Wait until the next code is allowed, or reset the SMS quota.</source>
        <translation>This number has reached its SMS limit. Wait until the next code is allowed, or reset the SMS quota.</translation>
    </message>
    <message>
        <source>You have revealed personal data too often in the last hour. Wait before revealing more.</source>
        <translation>You have revealed personal data too often in the last hour. Wait before revealing more.</translation>
    </message>
    <message>
        <source>This app is already bound to an open platform account. Unbind it there first.</source>
        <translation>This app is already bound to an open platform account. Unbind it there first.</translation>
    </message>
    <message>
        <source>This app is not bound to an open platform account. Reload the account.</source>
        <translation>This app is not bound to an open platform account. Reload the account.</translation>
    </message>
    <message>
        <source>The app and the open platform account belong to different owners, so they cannot be bound.</source>
        <translation>The app and the open platform account belong to different owners, so they cannot be bound.</translation>
    </message>
    <message>
        <source>Another third-party platform holds this exclusive permission set for the app. Revoke that authorization first.</source>
        <translation>Another third-party platform holds this exclusive permission set for the app. Revoke that authorization first.</translation>
    </message>
    <message>
        <source>This authorization has already been revoked. Reload the account.</source>
        <translation>This authorization has already been revoked. Reload the account.</translation>
    </message>
    <message>
        <source>A department cannot go under itself or one of its own sub-departments. Choose another place.</source>
        <translation>A department cannot go under itself or one of its own sub-departments. Choose another place.</translation>
    </message>
    <message>
        <source>This department still has members or sub-departments. Choose where they should go, then delete it.</source>
        <translation>This department still has members or sub-departments. Choose where they should go, then delete it.</translation>
    </message>
    <message>
        <source>Another department at the same place already has this name. Choose a different name.</source>
        <translation>Another department at the same place already has this name. Choose a different name.</translation>
    </message>
    <message>
        <source>This individual team has reached its member limit. Remove a member, or upgrade the team through enterprise verification.</source>
        <translation>This individual team has reached its member limit. Remove a member, or upgrade the team through enterprise verification.</translation>
    </message>
    <message>
        <source>This account is already a member of the organization. Search for them in the tree instead.</source>
        <translation>This account is already a member of the organization. Search for them in the tree instead.</translation>
    </message>
    <message>
        <source>The owner role changes only by transferring ownership. Transfer ownership to another member first.</source>
        <translation>The owner role changes only by transferring ownership. Transfer ownership to another member first.</translation>
    </message>
    <message>
        <source>%1 refers to something that does not exist here (any more). Reload and choose again.</source>
        <translation>%1 refers to something that does not exist here (any more). Reload and choose again.</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Target department</source>
        <translation>Target department</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>The department this one stood in has been deleted since. Restore that department first, or create this one again elsewhere.</source>
        <translation>The department this one stood in has been deleted since. Restore that department first, or create this one again elsewhere.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>%1 %</source>
        <comment>zoom percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom out (%1)</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom in (%1)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>Fit the whole image in the window</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+0)</source>
        <translation>Actual size (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Real-name level distribution</source>
        <translation>Real-name level distribution</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <comment>count (percentage of all accounts)</comment>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Click to show every level again.</source>
        <translation>Click to show every level again.</translation>
    </message>
    <message>
        <source>Click to list only this level.</source>
        <translation>Click to list only this level.</translation>
    </message>
    <message>
        <source>Accounts without a real-name record are not in the list.</source>
        <translation>Accounts without a real-name record are not in the list.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln account(s), %2% of all</source>
        <comment>level name: count accounts, percentage of all accounts</comment>
        <translation>
            <numerusform>%1: %Ln account, %2% of all</numerusform>
            <numerusform>%1: %Ln accounts, %2% of all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) in all.</source>
        <translation>
            <numerusform>%Ln account in all.</numerusform>
            <numerusform>%Ln accounts in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPreviewView</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Choose a reason to see the rejection mail.</source>
        <translation>Choose a reason to see the rejection mail.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>To: %1 · in %2</source>
        <translation>To: %1 · in %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>What the applicant will receive when this is decided.</source>
        <translation>What the applicant will receive when this is decided.</translation>
    </message>
    <message>
        <source>The mail appears here.</source>
        <translation>The mail appears here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;witch Organization</source>
        <translation>S&amp;witch Organization</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>&amp;About Gatehouse</translation>
    </message>
    <message>
        <source>None of the console&apos;s panes is open to your roles in this organization. Ask an administrator for a role, or switch to another organization from the File menu.</source>
        <translation>None of the console&apos;s panes is open to your roles in this organization. Ask an administrator for a role, or switch to another organization from the File menu.</translation>
    </message>
    <message>
        <source>Gatehouse — %1</source>
        <translation>Gatehouse — %1</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>About Gatehouse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;The administration console of a mini-program open platform: workspace applications, enterprise verifications, accounts, organizations and the audit log.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;The administration console of a mini-program open platform: workspace applications, enterprise verifications, accounts, organizations and the audit log.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your roles in this organization do not open that pane.</source>
        <translation>Your roles in this organization do not open that pane.</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>No member of %1 matches &quot;%2&quot;.</source>
        <translation>No member of %1 matches &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>top level</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>More members match: type more of the name.</source>
        <translation>More members match: type more of the name.</translation>
    </message>
    <message>
        <source>Search members by name, username or e-mail</source>
        <translation>Search members by name, username or e-mail</translation>
    </message>
    <message>
        <source>Searching needs the server, which cannot be reached now. Searches made before the connection was lost still answer.</source>
        <translation>Searching needs the server, which cannot be reached now. Searches made before the connection was lost still answer.</translation>
    </message>
    <message>
        <source>Offline: this search as it was answered %1.</source>
        <translation>Offline: this search as it was answered %1.</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>The organization&apos;s top level</source>
        <translation>The organization&apos;s top level</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Move To</translation>
    </message>
    <message>
        <source>Move Here</source>
        <translation>Move Here</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
</context>
<context>
    <name>OrganizationDetailView</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>None (top level)</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Latin name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Organizations of this account</source>
        <translation>Organizations of this account</translation>
    </message>
    <message>
        <source>Offline: as it was %1.</source>
        <translation>Offline: as it was %1.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>%1 in all, %2 directly in it</source>
        <translation>%1 in all, %2 directly in it</translation>
    </message>
    <message>
        <source>Sub-departments</source>
        <translation>Sub-departments</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 of at most %2</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Choose a department or a member to see it here.</source>
        <translation>Choose a department or a member to see it here.</translation>
    </message>
    <message>
        <source>Show this member&apos;s account in the Accounts pane.</source>
        <translation>Show this member&apos;s account in the Accounts pane.</translation>
    </message>
    <message>
        <source>Your roles here do not include reading accounts.</source>
        <translation>Your roles here do not include reading accounts.</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation>Open Account</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Your roles here do not include editing organizations.</source>
        <translation>Your roles here do not include editing organizations.</translation>
    </message>
    <message>
        <source>Edits need the server, which cannot be reached now.</source>
        <translation>Edits need the server, which cannot be reached now.</translation>
    </message>
    <message>
        <source>Create a department in the selected one, or at the top level.</source>
        <translation>Create a department in the selected one, or at the top level.</translation>
    </message>
    <message>
        <source>Rename the selected department.</source>
        <translation>Rename the selected department.</translation>
    </message>
    <message>
        <source>Move the selected departments and members to another department.</source>
        <translation>Move the selected departments and members to another department.</translation>
    </message>
    <message>
        <source>Delete the selected department, or remove the selected member.</source>
        <translation>Delete the selected department, or remove the selected member.</translation>
    </message>
    <message>
        <source>Add an account of this platform organization as a member.</source>
        <translation>Add an account of this platform organization as a member.</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s title.</source>
        <translation>Change the selected member&apos;s title.</translation>
    </message>
    <message>
        <source>Make the selected member an administrator of the organization.</source>
        <translation>Make the selected member an administrator of the organization.</translation>
    </message>
    <message>
        <source>Make the selected administrator an ordinary member.</source>
        <translation>Make the selected administrator an ordinary member.</translation>
    </message>
    <message>
        <source>Remove the selected member from the organization.</source>
        <translation>Remove the selected member from the organization.</translation>
    </message>
    <message>
        <source>Make the selected member the organization&apos;s owner.</source>
        <translation>Make the selected member the organization&apos;s owner.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo the last change made in this pane.</source>
        <translation>Undo the last change made in this pane.</translation>
    </message>
    <message>
        <source>Make the undone change again.</source>
        <translation>Make the undone change again.</translation>
    </message>
    <message>
        <source>&amp;New Department…</source>
        <translation>&amp;New Department…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Move To…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Add Member…</translation>
    </message>
    <message>
        <source>Change &amp;Title…</source>
        <translation>Change &amp;Title…</translation>
    </message>
    <message>
        <source>Make Ad&amp;ministrator</source>
        <translation>Make Ad&amp;ministrator</translation>
    </message>
    <message>
        <source>Make Ordinary Me&amp;mber</source>
        <translation>Make Ordinary Me&amp;mber</translation>
    </message>
    <message>
        <source>&amp;Remove from Organization…</source>
        <translation>&amp;Remove from Organization…</translation>
    </message>
    <message>
        <source>Trans&amp;fer Ownership…</source>
        <translation>Trans&amp;fer Ownership…</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (department, %n member(s))</source>
        <translation>
            <numerusform>• %1 (department, %n member)</numerusform>
            <numerusform>• %1 (department, %n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (member)</source>
        <translation>• %1 (member)</translation>
    </message>
    <message>
        <source>the top level of %1</source>
        <translation>the top level of %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Move these to %1?</source>
        <translation>Move these to %1?</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more.</source>
        <translation>
            <numerusform>
… and %n more.</numerusform>
            <numerusform>
… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where should the %n selected item(s) go?</source>
        <translation>
            <numerusform>Where should the selected item go?</numerusform>
            <numerusform>Where should the %n selected items go?</numerusform>
        </translation>
    </message>
    <message>
        <source>New Department</source>
        <translation>New Department</translation>
    </message>
    <message>
        <source>Name of the new department in %1:</source>
        <translation>Name of the new department in %1:</translation>
    </message>
    <message>
        <source>Name of the new top-level department:</source>
        <translation>Name of the new top-level department:</translation>
    </message>
    <message>
        <source>New Department %1</source>
        <translation>New Department %1</translation>
    </message>
    <message>
        <source>Rename Department</source>
        <translation>Rename Department</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Delete Department</source>
        <translation>Delete Department</translation>
    </message>
    <message>
        <source>Delete the empty department %1?</source>
        <translation>Delete the empty department %1?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <source>Account ID of the new member:</source>
        <translation>Account ID of the new member:</translation>
    </message>
    <message>
        <source>Add Account %1</source>
        <translation>Add Account %1</translation>
    </message>
    <message>
        <source>Change Title</source>
        <translation>Change Title</translation>
    </message>
    <message>
        <source>Title of %1 (empty for none):</source>
        <translation>Title of %1 (empty for none):</translation>
    </message>
    <message>
        <source>Change the Title of %1</source>
        <translation>Change the Title of %1</translation>
    </message>
    <message>
        <source>Change the Role of %1</source>
        <translation>Change the Role of %1</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Remove Member</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Remove %1 from %2?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Transfer Ownership</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2? %3 becomes an administrator.</source>
        <translation>Make %1 the owner of %2? %3 becomes an administrator.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer Ownership to %1</source>
        <translation>Transfer Ownership to %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Item(s)</source>
        <translation>
            <numerusform>Move %n Item</numerusform>
            <numerusform>Move %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2 members and %n sub-department(s). Choose where they go; then it is deleted. Undo brings it back with them.</source>
        <translation>
            <numerusform>%1 holds %2 members and %n sub-department. Choose where they go; then it is deleted. Undo brings it back with them.</numerusform>
            <numerusform>%1 holds %2 members and %n sub-departments. Choose where they go; then it is deleted. Undo brings it back with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationListModel</name>
    <message numerus="yes">
        <source>%1 · %2 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n member</numerusform>
            <numerusform>%1 · %2 · %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>%1, you work in several platform organizations. Choose the one to work in now; you can switch later from the File menu.</source>
        <translation>%1, you work in several platform organizations. Choose the one to work in now; you can switch later from the File menu.</translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <comment>organization name, then the staff member&apos;s roles</comment>
        <translation>%1
Roles: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationTerms</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
</context>
<context>
    <name>OrganizationTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-department(s)</source>
        <translation>
            <numerusform>%n sub-department</numerusform>
            <numerusform>%n sub-departments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 members in all, %3 directly in it</source>
        <translation>%1: %2 members in all, %3 directly in it</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title and role</source>
        <translation>Title and role</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>OrganizationsPane</name>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing the parts of the tree opened before, as they were %1. Edits are off.</source>
        <translation>Offline: the server cannot be reached. Showing the parts of the tree opened before, as they were %1. Edits are off.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n member(s)</source>
        <translation>
            <numerusform>at most %n member</numerusform>
            <numerusform>at most %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Team organizations, their departments and members. Drag members and departments to move them; every change can be undone with Ctrl+Z while this pane is open.</source>
        <translation>Team organizations, their departments and members. Drag members and departments to move them; every change can be undone with Ctrl+Z while this pane is open.</translation>
    </message>
    <message>
        <source>Filter organizations by name</source>
        <translation>Filter organizations by name</translation>
    </message>
    <message>
        <source>Search Members</source>
        <translation>Search Members</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Your roles let you read this queue, not decide: claiming and deciding need the reviewer or administrator role.</source>
        <translation>Your roles let you read this queue, not decide: claiming and deciding need the reviewer or administrator role.</translation>
    </message>
    <message>
        <source>The server cannot be reached: claims and decisions are possible again when it is back.</source>
        <translation>The server cannot be reached: claims and decisions are possible again when it is back.</translation>
    </message>
    <message>
        <source>A decision is being sent.</source>
        <translation>A decision is being sent.</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <source>This item is already decided.</source>
        <translation>This item is already decided.</translation>
    </message>
    <message>
        <source>%1 is working on this item; wait until they release it or their claim runs out.</source>
        <translation>%1 is working on this item; wait until they release it or their claim runs out.</translation>
    </message>
    <message>
        <source>Claim one item at a time.</source>
        <translation>Claim one item at a time.</translation>
    </message>
    <message>
        <source>You already hold this item; the claim is renewed while it is open.</source>
        <translation>You already hold this item; the claim is renewed while it is open.</translation>
    </message>
    <message>
        <source>Claim the item: others see you are working on it (5 minutes, renewed while it is open)</source>
        <translation>Claim the item: others see you are working on it (5 minutes, renewed while it is open)</translation>
    </message>
    <message>
        <source>Select the item you hold.</source>
        <translation>Select the item you hold.</translation>
    </message>
    <message>
        <source>You do not hold this item.</source>
        <translation>You do not hold this item.</translation>
    </message>
    <message>
        <source>Give the item back to the queue</source>
        <translation>Give the item back to the queue</translation>
    </message>
    <message>
        <source>None of the selected items can be decided: they are decided already or someone else holds them.</source>
        <translation>None of the selected items can be decided: they are decided already or someone else holds them.</translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected item(s), after a preview</source>
        <translation>
            <numerusform>Approve the %n selected item, after a preview</numerusform>
            <numerusform>Approve the %n selected items, after a preview</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the item; the applicant is mailed the result</source>
        <translation>Approve the item; the applicant is mailed the result</translation>
    </message>
    <message numerus="yes">
        <source>Reject the %n selected item(s) with one reason, after a preview</source>
        <translation>
            <numerusform>Reject the %n selected item with one reason, after a preview</numerusform>
            <numerusform>Reject the %n selected items with one reason, after a preview</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject the item with a reason; the applicant is mailed it</source>
        <translation>Reject the item with a reason; the applicant is mailed it</translation>
    </message>
    <message>
        <source>Decide one item to open the next; for a selection use Approve or Reject.</source>
        <translation>Decide one item to open the next; for a selection use Approve or Reject.</translation>
    </message>
    <message>
        <source>Approve the item, then claim and open the next one due</source>
        <translation>Approve the item, then claim and open the next one due</translation>
    </message>
    <message>
        <source>Reject the item with a reason, then claim and open the next one due</source>
        <translation>Reject the item with a reason, then claim and open the next one due</translation>
    </message>
    <message>
        <source>Claim and open the item under review that is due first and nobody holds</source>
        <translation>Claim and open the item under review that is due first and nobody holds</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Approve and Open Next…</source>
        <translation>Approve and Open Next…</translation>
    </message>
    <message>
        <source>Reject and Open Next…</source>
        <translation>Reject and Open Next…</translation>
    </message>
    <message>
        <source>Open &amp;Next Item</source>
        <translation>Open &amp;Next Item</translation>
    </message>
    <message>
        <source>Search the Queue</source>
        <translation>Search the Queue</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Search the queue</translation>
    </message>
</context>
<context>
    <name>QueueDetailView</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Offline: this is the item as it was %1.</source>
        <translation>Offline: this is the item as it was %1.</translation>
    </message>
    <message>
        <source>The item could not be loaded: %1</source>
        <translation>The item could not be loaded: %1</translation>
    </message>
    <message>
        <source>No logo: the workspace gets this avatar, the first character of the company name on a solid colour.</source>
        <translation>No logo: the workspace gets this avatar, the first character of the company name on a solid colour.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Submission %1</source>
        <translation>Submission %1</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>Claimed by you</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <source>None: the workspace gets the generated avatar shown above.</source>
        <translation>None: the workspace gets the generated avatar shown above.</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Loading the image…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Applicant account</source>
        <translation>Applicant account</translation>
    </message>
    <message>
        <source>Mail language</source>
        <translation>Mail language</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note to applicant</source>
        <translation>Note to applicant</translation>
    </message>
    <message>
        <source>Click to zoom (%1 × %2)</source>
        <translation>Click to zoom (%1 × %2)</translation>
    </message>
    <message>
        <source>Open %1 at full size</source>
        <translation>Open %1 at full size</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>The image could not be read.</translation>
    </message>
    <message>
        <source>No image: %1</source>
        <translation>No image: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation>Loading the audit trail…</translation>
    </message>
    <message>
        <source>Opened as the next item</source>
        <translation>Opened as the next item</translation>
    </message>
    <message>
        <source>Nothing recorded for this item yet.</source>
        <translation>Nothing recorded for this item yet.</translation>
    </message>
    <message>
        <source>Offline: the trail as it was last fetched.</source>
        <translation>Offline: the trail as it was last fetched.</translation>
    </message>
    <message>
        <source>Everything done to this item, newest first. Reviewers read it without the audit log&apos;s permission.</source>
        <translation>Everything done to this item, newest first. Reviewers read it without the audit log&apos;s permission.</translation>
    </message>
    <message>
        <source>Select an item to see everything the applicant submitted, their earlier submissions, and the mail they will receive.</source>
        <translation>Select an item to see everything the applicant submitted, their earlier submissions, and the mail they will receive.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Mail Preview</source>
        <translation>Mail Preview</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>If approved</source>
        <translation>If approved</translation>
    </message>
    <message>
        <source>If rejected because…</source>
        <translation>If rejected because…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Search company, applicant or email</source>
        <translation>Search company, applicant or email</translation>
    </message>
    <message>
        <source>Search company, applicant, email or credit code</source>
        <translation>Search company, applicant, email or credit code</translation>
    </message>
    <message>
        <source>The server searches as you type; case does not matter.</source>
        <translation>The server searches as you type; case does not matter.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Approved or rejected</source>
        <translation>Approved or rejected</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>&amp;Claimed:</source>
        <translation>&amp;Claimed:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>By me</source>
        <translation>By me</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <source>By others</source>
        <translation>By others</translation>
    </message>
    <message>
        <source>By anyone</source>
        <translation>By anyone</translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation>Su&amp;bmitted:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>submitted from … to …</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Submitted on or after this day (China Standard Time)</source>
        <translation>Submitted on or after this day (China Standard Time)</translation>
    </message>
    <message>
        <source>Submitted on or before this day (China Standard Time)</source>
        <translation>Submitted on or before this day (China Standard Time)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
</context>
<context>
    <name>QueueHistoryView</name>
    <message>
        <source>Every submission from this applicant, oldest first. A rejected applicant fixes what the reason says and submits again.</source>
        <translation>Every submission from this applicant, oldest first. A rejected applicant fixes what the reason says and submits again.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>This submission</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1 (this one)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Submission 1: the first, nothing to compare with</source>
        <translation>Submission 1: the first, nothing to compare with</translation>
    </message>
    <message>
        <source>Submission %1: nothing changed since submission %2</source>
        <translation>Submission %1: nothing changed since submission %2</translation>
    </message>
    <message numerus="yes">
        <source>Submission %1 against submission %2: %n field(s) changed</source>
        <translation>
            <numerusform>Submission %1 against submission %2: %n field changed</numerusform>
            <numerusform>Submission %1 against submission %2: %n fields changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed in this submission</source>
        <translation>Changed in this submission</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>Your claim could not be renewed: %1</source>
        <translation>Your claim could not be renewed: %1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing this queue as it was %1; claims and decisions wait until the server is back.</source>
        <translation>Offline: the server cannot be reached. Showing this queue as it was %1; claims and decisions wait until the server is back.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>%1 Nothing of this queue is kept offline yet.</source>
        <translation>%1 Nothing of this queue is kept offline yet.</translation>
    </message>
    <message>
        <source>Technical merchants apply for a workspace; the company name becomes its name. Review takes 1–2 business days; the applicant is mailed the result.</source>
        <translation>Technical merchants apply for a workspace; the company name becomes its name. Review takes 1–2 business days; the applicant is mailed the result.</translation>
    </message>
    <message>
        <source>Individual users upgrade to corporate with their company&apos;s details and business licence; approval makes their team corporate.</source>
        <translation>Individual users upgrade to corporate with their company&apos;s details and business licence; approval makes their team corporate.</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Review actions</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln item(s) kept offline.</source>
        <translation>
            <numerusform>Showing %1 of %Ln item kept offline.</numerusform>
            <numerusform>Showing %1 of %Ln items kept offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>No items match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln item(s); scroll down for more.</source>
        <translation>
            <numerusform>Showing %1 of %Ln item; scroll down for more.</numerusform>
            <numerusform>Showing %1 of %Ln items; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln item(s).</source>
        <translation>
            <numerusform>Showing %Ln item.</numerusform>
            <numerusform>Showing all %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTerms</name>
    <message>
        <source>Workspace applications</source>
        <translation>Workspace applications</translation>
    </message>
    <message>
        <source>Enterprise verifications</source>
        <translation>Enterprise verifications</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Technical merchant</source>
        <translation>Technical merchant</translation>
    </message>
    <message>
        <source>Business merchant</source>
        <translation>Business merchant</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Individual developer</source>
        <translation>Individual developer</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>Overdue by %n business day</numerusform>
            <numerusform>Overdue by %n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) left</source>
        <translation>
            <numerusform>%n business day left</numerusform>
            <numerusform>%n business days left</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>Claimed by %1 until %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Business logo</source>
        <translation>Business logo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Contact number</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Unified Social Credit Code</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Company / workspace</source>
        <translation>Company / workspace</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>audit trail action</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Submitted again</source>
        <comment>audit trail action</comment>
        <translation>Submitted again</translation>
    </message>
    <message>
        <source>Claimed</source>
        <comment>audit trail action</comment>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>audit trail action</comment>
        <translation>Released</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <comment>audit trail action</comment>
        <translation>Decided: %1</translation>
    </message>
    <message>
        <source>Decided</source>
        <comment>audit trail action</comment>
        <translation>Decided</translation>
    </message>
</context>
<context>
    <name>RealnameFilterBar</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>&amp;Business registration:</source>
        <translation>&amp;Business registration:</translation>
    </message>
    <message>
        <source>Eligible or not</source>
        <translation>Eligible or not</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>&amp;Verified between</source>
        <translation>&amp;Verified between</translation>
    </message>
    <message>
        <source>and</source>
        <comment>verified between date and date</comment>
        <translation>and</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Clear Filters</translation>
    </message>
</context>
<context>
    <name>RealnameLevelsPane</name>
    <message>
        <source>Real-name levels</source>
        <translation>Real-name levels</translation>
    </message>
    <message>
        <source>How the accounts divide over the real-name levels. Click a bar to list that level; double-click a record or press Enter to open its account.</source>
        <translation>How the accounts divide over the real-name levels. Click a bar to list that level; double-click a record or press Enter to open its account.</translation>
    </message>
    <message>
        <source>Filter the Real-Name Records</source>
        <translation>Filter the Real-Name Records</translation>
    </message>
    <message>
        <source>Counting the real-name levels…</source>
        <translation>Counting the real-name levels…</translation>
    </message>
    <message>
        <source>The real-name levels could not be counted.</source>
        <translation>The real-name levels could not be counted.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing the real-name levels as they were %1.</source>
        <translation>Offline: the server cannot be reached. Showing the real-name levels as they were %1.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No records shown.</source>
        <translation>No records shown.</translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation>No records match these filters.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records, kept offline.</source>
        <translation>Showing %1 of %2 records, kept offline.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records; loading more…</source>
        <translation>Showing %1 of %2 records; loading more…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records; scroll down for more.</source>
        <translation>Showing %1 of %2 records; scroll down for more.</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n record(s).</source>
        <translation>
            <numerusform>Showing %n record.</numerusform>
            <numerusform>Showing all %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 accounts hold a real-name record; %Ln are eligible for business registration (%3% of level 4).</source>
        <translation>
            <numerusform>%1 of %2 accounts hold a real-name record; %Ln is eligible for business registration (%3% of level 4).</numerusform>
            <numerusform>%1 of %2 accounts hold a real-name record; %Ln are eligible for business registration (%3% of level 4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligible for business registration: level 4, four-element check passed and ID card valid today.</source>
        <translation>Eligible for business registration: level 4, four-element check passed and ID card valid today.</translation>
    </message>
    <message>
        <source>%1 Counted at %2.</source>
        <comment>the sentences before; when the server counted</comment>
        <translation>%1 Counted at %2.</translation>
    </message>
</context>
<context>
    <name>RealnameRecordModel</name>
    <message>
        <source>Long-term</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Verified %1; face verification %2</source>
        <translation>Verified %1; face verification %2</translation>
    </message>
    <message>
        <source>Verified %1; no face verification</source>
        <translation>Verified %1; no face verification</translation>
    </message>
    <message>
        <source>May take part in business registration</source>
        <translation>May take part in business registration</translation>
    </message>
    <message>
        <source>May not take part in business registration: %1</source>
        <translation>May not take part in business registration: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>ID valid until</source>
        <translation>ID valid until</translation>
    </message>
    <message>
        <source>Four-element check</source>
        <translation>Four-element check</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>Business registration</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>real-name level column</comment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>account status column</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RealnameTerms</name>
    <message>
        <source>Level 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>Level 4</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>No real-name record</source>
        <translation>No real-name record</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Unactivated</source>
        <translation>Unactivated</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Below level 4</source>
        <translation>Below level 4</translation>
    </message>
    <message>
        <source>Four-element check not passed</source>
        <translation>Four-element check not passed</translation>
    </message>
    <message>
        <source>ID card expired</source>
        <translation>ID card expired</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why? For example: caller verified by phone, ticket 4411</source>
        <translation>Why? For example: caller verified by phone, ticket 4411</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the audit log):</source>
        <translation>&amp;Reason (required, kept in the audit log):</translation>
    </message>
    <message>
        <source>Write a reason first: every support action is audited with its reason.</source>
        <translation>Write a reason first: every support action is audited with its reason.</translation>
    </message>
</context>
<context>
    <name>ResetAccessDialog</name>
    <message>
        <source>Reset Password and Unlock</source>
        <translation>Reset Password and Unlock</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Reset the password</translation>
    </message>
    <message>
        <source>A disabled account cannot get a new password; enable it first.</source>
        <translation>A disabled account cannot get a new password; enable it first.</translation>
    </message>
    <message>
        <source>This account was never activated: send the activation again instead.</source>
        <translation>This account was never activated: send the activation again instead.</translation>
    </message>
    <message>
        <source>A one-time &amp;temporary password, shown once here; the user must change it at the next sign-in</source>
        <translation>A one-time &amp;temporary password, shown once here; the user must change it at the next sign-in</translation>
    </message>
    <message>
        <source>A reset &amp;link for the user, valid 24 hours</source>
        <translation>A reset &amp;link for the user, valid 24 hours</translation>
    </message>
    <message>
        <source>&amp;Unlock the account</source>
        <translation>&amp;Unlock the account</translation>
    </message>
    <message>
        <source>Locked until %1 because of %2.</source>
        <translation>Locked until %1 because of %2.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>The account is not locked.</translation>
    </message>
    <message>
        <source>Only a locked account can be unlocked.</source>
        <translation>Only a locked account can be unlocked.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;End all sessions (%n open)</source>
        <translation>
            <numerusform>&amp;End all sessions (%n open)</numerusform>
            <numerusform>&amp;End all sessions (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? For example: caller verified by phone, ticket 4411</source>
        <translation>Why? For example: caller verified by phone, ticket 4411</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log):</source>
        <translation>Reason (required, kept in the audit log):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>The account is unlocked.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n session ended.</numerusform>
            <numerusform>%n sessions ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the user this temporary password. It is shown only this once; the user must change it at the next sign-in.</source>
        <translation>Give the user this temporary password. It is shown only this once; the user must change it at the next sign-in.</translation>
    </message>
    <message>
        <source>Send the user this reset link. It works once, until %1.</source>
        <translation>Send the user this reset link. It works once, until %1.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Choose what to do.</source>
        <translation>Choose what to do.</translation>
    </message>
    <message>
        <source>Write a reason first: every support action is audited with its reason.</source>
        <translation>Write a reason first: every support action is audited with its reason.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>Support agent</translation>
    </message>
    <message>
        <source>Organization administrator</source>
        <translation>Organization administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server address, for example https://gatehouse.example.com.</source>
        <translation>Enter the server address, for example https://gatehouse.example.com.</translation>
    </message>
    <message>
        <source>This is not a server address. Enter it like https://gatehouse.example.com.</source>
        <translation>This is not a server address. Enter it like https://gatehouse.example.com.</translation>
    </message>
    <message>
        <source>Gatehouse connects over https:// only. Change the start of the address to https://.</source>
        <translation>Gatehouse connects over https:// only. Change the start of the address to https://.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost). Use https:// for a server on the network.</source>
        <translation>Plain http:// is allowed only to this computer (localhost). Use https:// for a server on the network.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>There is no remembered sign-in for this server. Sign in with your password.</source>
        <translation>There is no remembered sign-in for this server. Sign in with your password.</translation>
    </message>
    <message>
        <source>The remembered sign-in could not be read: %1 Sign in with your password.</source>
        <translation>The remembered sign-in could not be read: %1 Sign in with your password.</translation>
    </message>
    <message>
        <source>Gatehouse cannot remember this sign-in: %1 You are signed in for this session only.</source>
        <translation>Gatehouse cannot remember this sign-in: %1 You are signed in for this session only.</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organization: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Last contact with the server: %1</source>
        <translation>Last contact with the server: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window.</source>
        <translation>These keys work anywhere in the main window.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Gatehouse</source>
        <translation>Sign in to Gatehouse</translation>
    </message>
    <message>
        <source>Administration Portal</source>
        <translation>Administration Portal</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://gatehouse.example.com</source>
        <translation>https://gatehouse.example.com</translation>
    </message>
    <message>
        <source>The address of your platform&apos;s Gatehouse server. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>The address of your platform&apos;s Gatehouse server. Plain http:// is only allowed for this computer (localhost).</translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation>&amp;Username or email:</translation>
    </message>
    <message>
        <source>e.g. li.na or li.na@example.com</source>
        <translation>e.g. li.na or li.na@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Keeps you signed in between starts. The key is kept in the system keychain, never in a file.</source>
        <translation>Keeps you signed in between starts. The key is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Sign In</translation>
    </message>
    <message>
        <source>Enter your username or email.</source>
        <translation>Enter your username or email.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Gatehouse cannot remember you. You can still sign in; you will stay signed in until you quit.</source>
        <translation>The system keychain is not available, so Gatehouse cannot remember you. You can still sign in; you will stay signed in until you quit.</translation>
    </message>
</context>
<context>
    <name>SupportSummary</name>
    <message>
        <source>Account %1: %2 (%3)</source>
        <translation>Account %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 until %2, for %3</source>
        <translation>%1 until %2, for %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Mobile: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Real-name level: %1</source>
        <translation>Real-name level: %1</translation>
    </message>
    <message>
        <source>Real-name level: %1, four-element check %2, ID number %3</source>
        <translation>Real-name level: %1, four-element check %2, ID number %3</translation>
    </message>
    <message>
        <source>Open sessions: %1</source>
        <translation>Open sessions: %1</translation>
    </message>
    <message>
        <source>Last sign-in: %1</source>
        <translation>Last sign-in: %1</translation>
    </message>
    <message>
        <source>SMS codes sent: %1 in the last minute, %2 in the last hour, %3 today</source>
        <translation>SMS codes sent: %1 in the last minute, %2 in the last hour, %3 today</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
</context>
</TS>
