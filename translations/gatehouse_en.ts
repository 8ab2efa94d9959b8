<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Someone else changed this in the meantime. Reload it to see the current state before you decide.</source>
        <translation>Someone else changed this in the meantime. Reload it to see the current state before you decide.</translation>
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
</TS>
