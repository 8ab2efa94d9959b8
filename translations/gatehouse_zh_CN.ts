<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgeText</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDetailView</name>
    <message>
        <source>Select an entry to see who did what, and what it changed.</source>
        <translation>选择一条记录，查看谁做了什么、改动了哪些内容。</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>请求 ID：</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改动前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改动后</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>(ID %1)</source>
        <translation>（ID %1）</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>No. %1, hash %2…</source>
        <translation>第 %1 条，哈希 %2…</translation>
    </message>
    <message>
        <source>This entry records no field changes.</source>
        <translation>这条记录没有字段改动。</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>An action code such as auth.sign_in; the server matches it exactly.</source>
        <translation>操作代码，例如 auth.sign_in；服务器按完全相同匹配。</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>对象(&amp;T)：</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Any ID</source>
        <translation>任意 ID</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>%1: %2</source>
        <comment>target type: target name</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AuditLogPane</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Everything staff did on the platform, newest first. Every entry is hash-chained to the one before it.</source>
        <translation>工作人员在平台上的全部操作，最新的在前。每条记录都与上一条以哈希链相连。</translation>
    </message>
    <message>
        <source>Filter the Audit Log</source>
        <translation>筛选审计日志</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing the audit log as it was %1.</source>
        <translation>离线：无法连接服务器。以下是%1获取的审计日志。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; loading more…</source>
        <translation>
            <numerusform>已显示 %n 条记录；正在加载更多…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>已显示 %n 条记录；向下滚动可查看更早的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>已显示 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTerms</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Session renewed</source>
        <translation>会话已续期</translation>
    </message>
    <message>
        <source>Refresh token reused</source>
        <translation>刷新令牌被重复使用</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>切换组织</translation>
    </message>
    <message>
        <source>Unlock staff member</source>
        <translation>解锁工作人员</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>被锁定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>非成员</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>无所属组织</translation>
    </message>
    <message>
        <source>Organization choice required</source>
        <translation>需选择组织</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Workspace application</source>
        <translation>工作空间申请</translation>
    </message>
    <message>
        <source>Enterprise verification</source>
        <translation>企业认证</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Submit workspace application</source>
        <translation>提交工作空间申请</translation>
    </message>
    <message>
        <source>Resubmit workspace application</source>
        <translation>重新提交工作空间申请</translation>
    </message>
    <message>
        <source>Claim workspace application</source>
        <translation>认领工作空间申请</translation>
    </message>
    <message>
        <source>Release workspace application</source>
        <translation>释放工作空间申请</translation>
    </message>
    <message>
        <source>Decide workspace application</source>
        <translation>审核工作空间申请</translation>
    </message>
    <message>
        <source>Submit enterprise verification</source>
        <translation>提交企业认证</translation>
    </message>
    <message>
        <source>Resubmit enterprise verification</source>
        <translation>重新提交企业认证</translation>
    </message>
    <message>
        <source>Claim enterprise verification</source>
        <translation>认领企业认证</translation>
    </message>
    <message>
        <source>Release enterprise verification</source>
        <translation>释放企业认证</translation>
    </message>
    <message>
        <source>Decide enterprise verification</source>
        <translation>审核企业认证</translation>
    </message>
    <message>
        <source>Save rejection reason</source>
        <translation>保存驳回原因</translation>
    </message>
    <message>
        <source>Save business calendar day</source>
        <translation>保存工作日历</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>Business calendar day</source>
        <translation>工作日历日期</translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>The offline cache could not be opened (%1). Gatehouse works without it.</source>
        <translation>无法打开离线缓存（%1）。Gatehouse 将在没有离线缓存的情况下继续工作。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gatehouse: the administration console of a mini-program open platform.
Without options it opens the sign-in window for the servers you used before.</source>
        <translation>Gatehouse：小程序开放平台的管理控制台。
不带选项时，打开登录窗口，可选择以前使用过的服务器。</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Start a local demo platform (gatehouse-server --demo on a free loopback port, with its own temporary database) and sign in to it as the demo administrator. The server stops when the console quits. GATEHOUSE_SERVER_BINARY names the server program if it is not installed beside the console.</source>
        <translation>启动本地演示平台（在空闲的本机回环端口上运行 gatehouse-server --demo，使用独立的临时数据库），并以演示管理员身份登录。控制台退出时服务器随之停止。如果服务器程序没有安装在控制台旁边，可用 GATEHOUSE_SERVER_BINARY 指定。</translation>
    </message>
    <message>
        <source>Fill in the server to sign in to, e.g. https://gatehouse.example.com. Plain http:// is accepted for this computer only.</source>
        <translation>预先填入要登录的服务器，例如 https://gatehouse.example.com。明文 http:// 仅限本机使用。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The language of the console: en (English) or zh_CN (Simplified Chinese). It can be changed later in View › Language.</source>
        <translation>控制台的语言：en（英文）或 zh_CN（简体中文）。之后可在“视图 › 语言”中更改。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Keep settings (server profiles, window layout, language) in this INI file instead of the usual place; the offline cache goes beside it. For tests and portable use.</source>
        <translation>将设置（服务器配置、窗口布局、语言）保存在此 INI 文件中，而不是默认位置；离线缓存放在它旁边。用于测试和便携使用。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Save a picture of the window named by --screenshot-window to this PNG file once it has loaded, then quit. For documentation.</source>
        <translation>待 --screenshot-window 指定的窗口加载完成后，将其截图保存为此 PNG 文件，然后退出。用于文档。</translation>
    </message>
    <message>
        <source>The window --screenshot saves: signin or main (the default).</source>
        <translation>--screenshot 截取的窗口：signin（登录窗口）或 main（主窗口，默认）。</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together: the demo brings its own server.</source>
        <translation>--demo 与 --server 不能同时使用：演示平台自带服务器。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation>未知的语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown window &quot;%1&quot; for --screenshot-window: use signin or main.</source>
        <translation>--screenshot-window 的窗口“%1”未知：请使用 signin 或 main。</translation>
    </message>
    <message>
        <source>Try gatehouse --help.</source>
        <translation>请运行 gatehouse --help 查看用法。</translation>
    </message>
    <message>
        <source>Open this pane first, by its name: e.g. audit for the audit log. Without it, the pane used last.</source>
        <translation>先打开此面板（按名称），例如 audit 为审计日志。不指定时打开上次使用的面板。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>Starting the demo platform…</source>
        <translation>正在启动演示平台…</translation>
    </message>
    <message>
        <source>Signing you in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer (the system&apos;s secret service is not running or not unlocked).</source>
        <translation>此电脑上没有可用的钥匙串（系统的密钥服务未运行或未解锁）。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>钥匙串未在 %n 秒内响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused the request. Check that it is unlocked and try again.</source>
        <translation>钥匙串拒绝了请求。请确认它已解锁，然后重试。</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message numerus="yes">
        <source>The demo platform did not start within %n second(s).</source>
        <translation>
            <numerusform>演示平台未能在 %n 秒内启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo platform could not be started: no temporary folder could be made (%1).</source>
        <translation>无法启动演示平台：无法创建临时文件夹（%1）。</translation>
    </message>
    <message>
        <source>The demo platform stopped while starting (exit code %1).</source>
        <translation>演示平台在启动过程中停止了（退出码 %1）。</translation>
    </message>
    <message>
        <source>The demo platform stopped while starting (exit code %1): %2</source>
        <translation>演示平台在启动过程中停止了（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>The demo platform crashed. Restart the console to start it again.</source>
        <translation>演示平台崩溃了。请重新启动控制台以再次启动它。</translation>
    </message>
    <message>
        <source>The demo platform stopped unexpectedly (exit code %1).</source>
        <translation>演示平台意外停止了（退出码 %1）。</translation>
    </message>
    <message>
        <source>The demo platform could not be started: %1 is missing or cannot be run. Set GATEHOUSE_SERVER_BINARY to the gatehouse-server program.</source>
        <translation>无法启动演示平台：%1 不存在或无法运行。请将 GATEHOUSE_SERVER_BINARY 设为 gatehouse-server 程序的路径。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Gatehouse did not send the request: the server address is not allowed. Use an https:// address.</source>
        <translation>Gatehouse 没有发送请求：服务器地址不被允许。请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>服务器未及时响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Check that the address is a Gatehouse server of a matching version.</source>
        <translation>无法读取服务器的响应。请确认该地址是版本匹配的 Gatehouse 服务器。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and that the server is running.</source>
        <translation>服务器拒绝了连接。请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again; if it keeps happening, the server may be restarting.</source>
        <translation>服务器在响应前关闭了连接。请重试；如果反复出现，服务器可能正在重启。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the address and your network connection.</source>
        <translation>找不到服务器的名称。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>The network connection was lost. Check your network connection; Gatehouse keeps trying.</source>
        <translation>网络连接已断开。请检查网络连接；Gatehouse 会继续尝试。</translation>
    </message>
    <message>
        <source>This computer&apos;s network connection failed. Check that it is online and try again.</source>
        <translation>此电脑的网络连接出错。请确认已联网后重试。</translation>
    </message>
    <message>
        <source>The system did not allow network access in the background. Bring Gatehouse to the front and try again.</source>
        <translation>系统不允许在后台访问网络。请将 Gatehouse 切换到前台后重试。</translation>
    </message>
    <message>
        <source>The server sent the request around in circles. Check the server address; ask your administrator if it keeps happening.</source>
        <translation>服务器让请求陷入了循环。请检查服务器地址；如果反复出现，请联系管理员。</translation>
    </message>
    <message>
        <source>The server tried to send the request to an insecure http:// address, and Gatehouse refused. Ask your administrator to check the server.</source>
        <translation>服务器试图把请求转到不安全的 http:// 地址，Gatehouse 已拒绝。请让管理员检查服务器。</translation>
    </message>
    <message>
        <source>The proxy server refused the connection. Check this computer&apos;s proxy settings.</source>
        <translation>代理服务器拒绝了连接。请检查此电脑的代理设置。</translation>
    </message>
    <message>
        <source>The proxy server closed the connection unexpectedly. Try again, or check this computer&apos;s proxy settings.</source>
        <translation>代理服务器意外关闭了连接。请重试，或检查此电脑的代理设置。</translation>
    </message>
    <message>
        <source>The proxy server could not be found. Check this computer&apos;s proxy settings.</source>
        <translation>找不到代理服务器。请检查此电脑的代理设置。</translation>
    </message>
    <message>
        <source>The proxy server did not answer in time. Try again, or check this computer&apos;s proxy settings.</source>
        <translation>代理服务器未及时响应。请重试，或检查此电脑的代理设置。</translation>
    </message>
    <message>
        <source>The proxy server asks for a sign-in Gatehouse does not have. Check this computer&apos;s proxy settings.</source>
        <translation>代理服务器要求的登录信息 Gatehouse 没有。请检查此电脑的代理设置。</translation>
    </message>
    <message>
        <source>The proxy server failed. Check this computer&apos;s proxy settings.</source>
        <translation>代理服务器出错。请检查此电脑的代理设置。</translation>
    </message>
    <message>
        <source>The server denied access. Ask an administrator for the permission you need.</source>
        <translation>服务器拒绝访问。请向管理员申请所需的权限。</translation>
    </message>
    <message>
        <source>The server does not allow this operation here. Reload and try again.</source>
        <translation>服务器不允许在此执行该操作。请重新加载后重试。</translation>
    </message>
    <message>
        <source>The server has nothing at this address. Reload; if it keeps happening, the console and server versions may not match.</source>
        <translation>服务器在此地址上没有内容。请重新加载；如果反复出现，控制台与服务器的版本可能不匹配。</translation>
    </message>
    <message>
        <source>The server asks you to sign in. Sign in again.</source>
        <translation>服务器要求登录。请重新登录。</translation>
    </message>
    <message>
        <source>The request could not be sent again. Try again.</source>
        <translation>请求无法再次发送。请重试。</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Reload it and try again.</source>
        <translation>有人同时修改了此内容。请重新加载后重试。</translation>
    </message>
    <message>
        <source>This no longer exists on the server. Reload the list.</source>
        <translation>服务器上已不存在此内容。请重新加载列表。</translation>
    </message>
    <message>
        <source>The server could not handle the request. Check what you entered and try again.</source>
        <translation>服务器无法处理该请求。请检查输入的内容后重试。</translation>
    </message>
    <message>
        <source>Gatehouse cannot connect to this kind of address. Use an https:// address.</source>
        <translation>Gatehouse 无法连接这类地址。请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check that Gatehouse and the server are matching versions.</source>
        <translation>服务器不接受该请求。请确认 Gatehouse 与服务器的版本匹配。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Check the address: it may not be a Gatehouse server.</source>
        <translation>无法理解服务器的响应。请检查地址：它可能不是 Gatehouse 服务器。</translation>
    </message>
    <message>
        <source>The server ran into an internal error. Try again later; if it keeps happening, tell support.</source>
        <translation>服务器发生内部错误。请稍后重试；如果反复出现，请告知技术支持。</translation>
    </message>
    <message>
        <source>The server does not support this operation. It may be older than this console; ask your administrator.</source>
        <translation>服务器不支持此操作。它可能比此控制台旧；请联系管理员。</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a few minutes.</source>
        <translation>服务器暂时不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <source>The server reported an error. Try again later; if it keeps happening, tell support.</source>
        <translation>服务器报告了错误。请稍后重试；如果反复出现，请告知技术支持。</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check your network connection and try again.</source>
        <translation>网络错误中断了请求。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be set up. Check the address; if it is right, ask your administrator to check the server&apos;s TLS settings.</source>
        <translation>无法与服务器建立安全（TLS）连接。请检查地址；如果地址无误，请让管理员检查服务器的 TLS 设置。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so its identity cannot be checked, and Gatehouse did not connect. Ask your administrator for a certificate from a trusted authority.</source>
        <translation>服务器的证书是自签名的，无法核实其身份，Gatehouse 没有连接。请让管理员使用受信任机构颁发的证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an authority this computer does not trust, and Gatehouse did not connect. Ask your administrator which certificate authority to install.</source>
        <translation>服务器的证书来自此电脑不信任的机构，Gatehouse 没有连接。请向管理员询问应安装哪个证书颁发机构。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked, and Gatehouse did not connect. Tell your administrator at once.</source>
        <translation>服务器的证书已被吊销，Gatehouse 没有连接。请立即告知管理员。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet, and Gatehouse did not connect. Check this computer&apos;s date and time, then ask your administrator to renew the certificate.</source>
        <translation>服务器的证书已过期或尚未生效，Gatehouse 没有连接。请检查此电脑的日期和时间，然后请管理员更新证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different address, and Gatehouse did not connect. Check the server address for a typo.</source>
        <translation>服务器的证书属于另一个地址，Gatehouse 没有连接。请检查服务器地址是否有拼写错误。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, and Gatehouse did not connect. Ask your administrator to check the server&apos;s certificate.</source>
        <translation>无法验证服务器的证书，Gatehouse 没有连接。请让管理员检查服务器的证书。</translation>
    </message>
    <message>
        <source>The server could not accept the request. Check what you entered and try again.</source>
        <translation>服务器无法接受该请求。请检查输入的内容后重试。</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>您的会话已失效。请重新登录。</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask an administrator if you need it.</source>
        <translation>您的角色不允许此操作。如有需要，请联系管理员。</translation>
    </message>
    <message>
        <source>It is not on the server (any more). Reload the list.</source>
        <translation>服务器上没有（或已不再有）此内容。请重新加载列表。</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request. Check your network connection and try again.</source>
        <translation>服务器等待请求超时。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>This conflicts with a change someone else made. Reload and try again.</source>
        <translation>这与他人所做的修改冲突。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it to see the current state.</source>
        <translation>在此期间有人修改了此内容。请重新加载以查看当前状态。</translation>
    </message>
    <message>
        <source>What you sent is too large for the server. Send something smaller.</source>
        <translation>发送的内容对服务器来说太大。请发送较小的内容。</translation>
    </message>
    <message>
        <source>The server did not accept the format of the request. Gatehouse and the server may be different versions.</source>
        <translation>服务器不接受该请求的格式。Gatehouse 与服务器的版本可能不同。</translation>
    </message>
    <message>
        <source>The server could not process what was sent. Check the entries and try again.</source>
        <translation>服务器无法处理发送的内容。请检查填写的内容后重试。</translation>
    </message>
    <message>
        <source>This is locked at the moment. Try again later.</source>
        <translation>此内容目前已锁定。请稍后重试。</translation>
    </message>
    <message>
        <source>The server needs to know which version you changed. Reload and try again.</source>
        <translation>服务器需要知道您修改的是哪个版本。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>短时间内请求过多。请稍候再试。</translation>
    </message>
    <message>
        <source>The request&apos;s headers were too large for the server. Sign in again; if it keeps happening, tell support.</source>
        <translation>请求头对服务器来说太大。请重新登录；如果反复出现，请告知技术支持。</translation>
    </message>
    <message>
        <source>The server ran into an internal error. Try again later; if it keeps happening, give support the request ID %1.</source>
        <translation>服务器发生内部错误。请稍后重试；如果反复出现，请将请求 ID %1 提供给技术支持。</translation>
    </message>
    <message>
        <source>A gateway between this computer and the server failed. Try again in a few minutes.</source>
        <translation>此电脑与服务器之间的网关出错。请几分钟后重试。</translation>
    </message>
    <message>
        <source>The server redirected the request, and Gatehouse does not follow redirects. Check the server address.</source>
        <translation>服务器重定向了请求，而 Gatehouse 不跟随重定向。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Check what you entered; if it keeps happening, tell support.</source>
        <translation>服务器拒绝了请求（HTTP %1）。请检查输入的内容；如果反复出现，请告知技术支持。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later; if it keeps happening, tell support.</source>
        <translation>服务器出错（HTTP %1）。请稍后重试；如果反复出现，请告知技术支持。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later; if it keeps happening, give support the request ID %2.</source>
        <translation>服务器出错（HTTP %1）。请稍后重试；如果反复出现，请将请求 ID %2 提供给技术支持。</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer (HTTP %1). Check that the address is a Gatehouse server.</source>
        <translation>服务器返回了意外的响应（HTTP %1）。请确认该地址是 Gatehouse 服务器。</translation>
    </message>
    <message>
        <source>The server could not read the request Gatehouse sent. This is a fault in Gatehouse; tell support.</source>
        <translation>服务器无法读取 Gatehouse 发送的请求。这是 Gatehouse 的故障，请告知技术支持。</translation>
    </message>
    <message>
        <source>The request reached the server too slowly. Check your network connection and try again.</source>
        <translation>请求到达服务器太慢。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Some entries need correcting. Check the marked fields and try again.</source>
        <translation>有些内容需要更正。请检查标出的字段后重试。</translation>
    </message>
    <message>
        <source>The server did not accept the format of the request. Gatehouse and the server may be different versions; tell support.</source>
        <translation>服务器不接受该请求的格式。Gatehouse 与服务器的版本可能不同，请告知技术支持。</translation>
    </message>
    <message>
        <source>What you sent is too large for the server. Send a smaller file or fewer items.</source>
        <translation>发送的内容对服务器来说太大。请发送较小的文件或较少的条目。</translation>
    </message>
    <message>
        <source>You are not signed in (any more). Sign in again.</source>
        <translation>您未登录（或登录已失效）。请重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in needed renewing and could not be renewed. Sign in again.</source>
        <translation>您的登录需要续期，但续期失败。请重新登录。</translation>
    </message>
    <message>
        <source>Your role in this organization does not allow this. Ask an administrator if you need it.</source>
        <translation>您在此组织中的角色不允许此操作。如有需要，请联系管理员。</translation>
    </message>
    <message>
        <source>The username, email or password is not right. Check them and try again.</source>
        <translation>用户名、邮箱或密码不正确。请检查后重试。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later, or ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，此账号已锁定。请稍后重试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>This staff account is disabled. Ask an administrator to enable it.</source>
        <translation>此工作人员账号已停用。请管理员启用。</translation>
    </message>
    <message>
        <source>The remembered sign-in is no longer valid. Sign in with your password.</source>
        <translation>记住的登录已失效。请用密码登录。</translation>
    </message>
    <message>
        <source>The session was ended for safety because its sign-in was used twice, perhaps on another device. Sign in again, and tell your administrator if that was not you.</source>
        <translation>为安全起见，会话已结束：它的登录凭据被使用了两次，可能是在另一台设备上。请重新登录；如果那不是您本人，请告知管理员。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的会话已结束。请重新登录。</translation>
    </message>
    <message>
        <source>You are not a member of that organization. Choose another one, or ask an administrator to add you.</source>
        <translation>您不是该组织的成员。请选择其他组织，或请管理员将您加入。</translation>
    </message>
    <message>
        <source>Choosing the organization took too long. Sign in again.</source>
        <translation>选择组织用时过长。请重新登录。</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it to see the current state before you decide.</source>
        <translation>在此期间有人修改了此内容。请先重新加载查看当前状态，再作决定。</translation>
    </message>
    <message>
        <source>The server refused a decision without its replay key. This is a fault in Gatehouse; tell support.</source>
        <translation>服务器拒绝了缺少重放密钥的审核决定。这是 Gatehouse 的故障，请告知技术支持。</translation>
    </message>
    <message>
        <source>This decision was already sent with different details. Reload to see what was recorded.</source>
        <translation>此审核决定已以不同的内容发送过。请重新加载查看记录的内容。</translation>
    </message>
    <message>
        <source>Someone else is working on this item. Pick another one, or wait until their claim runs out.</source>
        <translation>其他人正在处理此条目。请选择其他条目，或等待其认领到期。</translation>
    </message>
    <message>
        <source>This item has already been decided. Reload the queue to see the decision.</source>
        <translation>此条目已有审核决定。请重新加载队列查看。</translation>
    </message>
    <message>
        <source>This applicant already has a submission under review. Wait for its decision before submitting another.</source>
        <translation>此申请人已有一份审核中的提交。请等待其审核决定后再提交。</translation>
    </message>
    <message>
        <source>Only the applicant&apos;s latest rejected submission can be submitted again. Reload the applicant&apos;s history.</source>
        <translation>只有申请人最近一次被驳回的提交可以重新提交。请重新加载申请人的历史记录。</translation>
    </message>
    <message>
        <source>The image was not accepted. Use a PNG or JPEG image of at most 2 MiB.</source>
        <translation>图片未被接受。请使用不超过 2 MiB 的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The server accepts this only from the developer portal. Check the portal&apos;s configured key.</source>
        <translation>服务器只接受来自开发者后台的此类请求。请检查开发者后台配置的密钥。</translation>
    </message>
    <message>
        <source>%1 is required. Fill it in.</source>
        <translation>%1为必填项。请填写。</translation>
    </message>
    <message>
        <source>%1 has the wrong kind of value. Correct it and try again.</source>
        <translation>%1的值类型不对。请更正后重试。</translation>
    </message>
    <message>
        <source>The server does not know the field %1. Gatehouse and the server may be different versions; tell support.</source>
        <translation>服务器不认识字段%1。Gatehouse 与服务器的版本可能不同，请告知技术支持。</translation>
    </message>
    <message>
        <source>%1 cannot be changed here. Leave it as it is.</source>
        <translation>%1不能在此修改。请保持原样。</translation>
    </message>
    <message>
        <source>%1 is too long. Shorten it.</source>
        <translation>%1太长。请缩短。</translation>
    </message>
    <message>
        <source>%1 must not be empty. Fill it in.</source>
        <translation>%1不能为空。请填写。</translation>
    </message>
    <message>
        <source>%1 contains invisible control characters. Type it again.</source>
        <translation>%1含有不可见的控制字符。请重新输入。</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range. Correct it.</source>
        <translation>%1超出允许的范围。请更正。</translation>
    </message>
    <message>
        <source>%1 has a value that is not allowed. Choose one of the offered values.</source>
        <translation>%1的值不被允许。请从提供的选项中选择。</translation>
    </message>
    <message>
        <source>Enter the resident ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters. Check the number.</source>
        <translation>身份证号为 18 位。请检查号码。</translation>
    </message>
    <message>
        <source>A resident ID number has digits only, with X allowed as the last character. Check the number.</source>
        <translation>身份证号只能包含数字，最后一位可以是 X。请检查号码。</translation>
    </message>
    <message>
        <source>The first six digits of this ID number are not a region code. Check the number.</source>
        <translation>此身份证号的前六位不是行政区划代码。请检查号码。</translation>
    </message>
    <message>
        <source>The birth date in this ID number (digits 7 to 14) does not exist. Check the number.</source>
        <translation>此身份证号中的出生日期（第 7 至 14 位）不存在。请检查号码。</translation>
    </message>
    <message>
        <source>The birth date in this ID number (digits 7 to 14) is in the future. Check the number.</source>
        <translation>此身份证号中的出生日期（第 7 至 14 位）晚于今天。请检查号码。</translation>
    </message>
    <message>
        <source>The last character of this ID number does not match the others. Check the number for a typo.</source>
        <translation>此身份证号的校验位与其余号码不符。请检查是否输错。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters. Check the code.</source>
        <translation>统一社会信用代码为 18 位。请检查代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has digits and capital letters other than I, O, S, V and Z. Check the code.</source>
        <translation>统一社会信用代码由数字和除 I、O、S、V、Z 以外的大写字母组成。请检查代码。</translation>
    </message>
    <message>
        <source>The last character of this credit code does not match the others. Check the code for a typo.</source>
        <translation>此统一社会信用代码的校验位与其余字符不符。请检查是否输错。</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>A mobile number has digits only, with +86 allowed in front. Check the number.</source>
        <translation>手机号只能包含数字，前面可以加 +86。请检查号码。</translation>
    </message>
    <message>
        <source>A mainland mobile number has 11 digits. Check the number.</source>
        <translation>中国大陆手机号为 11 位。请检查号码。</translation>
    </message>
    <message>
        <source>This is not a mainland China mobile number (those start with 13 to 19). Check the number.</source>
        <translation>这不是中国大陆手机号（大陆手机号以 13 至 19 开头）。请检查号码。</translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation>请输入邮箱地址。</translation>
    </message>
    <message>
        <source>This email address is too long. Check it.</source>
        <translation>此邮箱地址太长。请检查。</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain. Check the address.</source>
        <translation>邮箱地址的名称与域名之间需要有 @。请检查地址。</translation>
    </message>
    <message>
        <source>The part of this email address before the @ is not valid. Check the address.</source>
        <translation>此邮箱地址 @ 之前的部分无效。请检查地址。</translation>
    </message>
    <message>
        <source>The domain of this email address (after the @) is not valid. Check the address.</source>
        <translation>此邮箱地址的域名（@ 之后）无效。请检查地址。</translation>
    </message>
    <message>
        <source>Enter the website address.</source>
        <translation>请输入网站地址。</translation>
    </message>
    <message>
        <source>This website address is too long. Check it.</source>
        <translation>此网站地址太长。请检查。</translation>
    </message>
    <message>
        <source>A website address starts with https:// or http://. Check the address.</source>
        <translation>网站地址以 https:// 或 http:// 开头。请检查地址。</translation>
    </message>
    <message>
        <source>The website&apos;s host name is not valid (it needs a dot, as in example.com). Check the address.</source>
        <translation>网站的主机名无效（需要包含点，例如 example.com）。请检查地址。</translation>
    </message>
    <message>
        <source>A website address must not contain a user name or password. Remove them.</source>
        <translation>网站地址中不能包含用户名或密码。请删除。</translation>
    </message>
    <message>
        <source>Enter the contact number.</source>
        <translation>请输入联系电话。</translation>
    </message>
    <message>
        <source>This is neither a mainland mobile number nor a landline with area code (such as 010-12345678). Check the number.</source>
        <translation>这既不是中国大陆手机号，也不是带区号的固定电话（例如 010-12345678）。请检查号码。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1, or ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，此账号已锁定。请在 %1 之后重试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1 %2, or ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，此账号已锁定。请在 %1 %2 之后重试，或请管理员解锁。</translation>
    </message>
    <message numerus="yes">
        <source>The username, email or password is not right. Check them and try again; %n more failed attempt(s) will lock the account for a while.</source>
        <translation>
            <numerusform>用户名、邮箱或密码不正确。请检查后重试；再失败 %n 次，账号将被锁定一段时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests in a short time. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>短时间内请求过多。请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is temporarily unavailable. Try again in %n second(s).</source>
        <translation>
            <numerusform>服务器暂时不可用。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is working on this item. Pick another one, or wait until their claim runs out.</source>
        <translation>%1 正在处理此条目。请选择其他条目，或等待其认领到期。</translation>
    </message>
    <message numerus="yes">
        <source>Check the other %n marked field(s) too.</source>
        <translation>
            <numerusform>另有 %n 个标出的字段也请检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid. Correct it and try again.</source>
        <translation>%1无效。请更正后重试。</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>用户名或邮箱</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>A department cannot go under itself or one of its own sub-departments. Choose another place.</source>
        <translation>部门不能移到它自己或它的下级部门之下。请选择其他位置。</translation>
    </message>
    <message>
        <source>This department still has members or sub-departments. Choose where they should go, then delete it.</source>
        <translation>此部门仍有成员或下级部门。请先选择它们的去处，再删除该部门。</translation>
    </message>
    <message>
        <source>Another department at the same place already has this name. Choose a different name.</source>
        <translation>同一位置已有同名部门。请换一个名称。</translation>
    </message>
    <message>
        <source>This individual team has reached its member limit. Remove a member, or upgrade the team through enterprise verification.</source>
        <translation>此个人团队已达到成员上限。请移除一名成员，或通过企业认证升级团队。</translation>
    </message>
    <message>
        <source>This account is already a member of the organization. Search for them in the tree instead.</source>
        <translation>该账号已是此组织的成员。请在组织结构中搜索。</translation>
    </message>
    <message>
        <source>The owner role changes only by transferring ownership. Transfer ownership to another member first.</source>
        <translation>所有者角色只能通过转让所有权变更。请先将所有权转让给其他成员。</translation>
    </message>
    <message>
        <source>%1 refers to something that does not exist here (any more). Reload and choose again.</source>
        <translation>%1指向的内容在这里不存在（或已不存在）。请重新加载后再选择。</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Target department</source>
        <translation>目标部门</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;witch Organization</source>
        <translation>切换组织(&amp;W)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>关于 Gatehouse(&amp;A)</translation>
    </message>
    <message>
        <source>None of the console&apos;s panes is open to your roles in this organization. Ask an administrator for a role, or switch to another organization from the File menu.</source>
        <translation>您在此组织中的角色无法使用控制台的任何面板。请向管理员申请角色，或通过“文件”菜单切换到其他组织。</translation>
    </message>
    <message>
        <source>Gatehouse — %1</source>
        <translation>Gatehouse — %1</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>关于 Gatehouse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;The administration console of a mini-program open platform: workspace applications, enterprise verifications, accounts, organizations and the audit log.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;小程序开放平台的管理控制台：工作空间申请、企业认证、账号、组织和审计日志。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1, you work in several platform organizations. Choose the one to work in now; you can switch later from the File menu.</source>
        <translation>%1，您在多个平台组织中工作。请选择现在要进入的组织；之后可通过“文件”菜单切换。</translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <comment>organization name, then the staff member&apos;s roles</comment>
        <translation>%1
角色：%2</translation>
    </message>
</context>
<context>
    <name>QueueTerms</name>
    <message>
        <source>Workspace applications</source>
        <translation>工作空间申请</translation>
    </message>
    <message>
        <source>Enterprise verifications</source>
        <translation>企业认证</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Technical merchant</source>
        <translation>技术商户</translation>
    </message>
    <message>
        <source>Business merchant</source>
        <translation>业务商户</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Individual developer</source>
        <translation>个人开发者</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>%1 已认领，至 %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Business logo</source>
        <translation>企业标志</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Unified Social Credit Code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Company / workspace</source>
        <translation>公司 / 工作空间</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Organization administrator</source>
        <translation>组织管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server address, for example https://gatehouse.example.com.</source>
        <translation>请输入服务器地址，例如 https://gatehouse.example.com。</translation>
    </message>
    <message>
        <source>This is not a server address. Enter it like https://gatehouse.example.com.</source>
        <translation>这不是服务器地址。请按 https://gatehouse.example.com 的格式输入。</translation>
    </message>
    <message>
        <source>Gatehouse connects over https:// only. Change the start of the address to https://.</source>
        <translation>Gatehouse 只通过 https:// 连接。请把地址开头改为 https://。</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost). Use https:// for a server on the network.</source>
        <translation>明文 http:// 仅限连接本机（localhost）。连接网络上的服务器请使用 https://。</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>There is no remembered sign-in for this server. Sign in with your password.</source>
        <translation>没有记住此服务器的登录。请用密码登录。</translation>
    </message>
    <message>
        <source>The remembered sign-in could not be read: %1 Sign in with your password.</source>
        <translation>无法读取记住的登录：%1 请用密码登录。</translation>
    </message>
    <message>
        <source>Gatehouse cannot remember this sign-in: %1 You are signed in for this session only.</source>
        <translation>Gatehouse 无法记住这次登录：%1 本次登录仅在此次运行期间有效。</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Last contact with the server: %1</source>
        <translation>上次与服务器联系：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window.</source>
        <translation>这些按键在主窗口的任何位置都可使用。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Gatehouse</source>
        <translation>登录 Gatehouse</translation>
    </message>
    <message>
        <source>Administration Portal</source>
        <translation>管理后台</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>https://gatehouse.example.com</source>
        <translation>https://gatehouse.example.com</translation>
    </message>
    <message>
        <source>The address of your platform&apos;s Gatehouse server. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>您所在平台的 Gatehouse 服务器地址。明文 http:// 仅限本机（localhost）使用。</translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation>用户名或邮箱(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. li.na or li.na@example.com</source>
        <translation>例如 li.na 或 li.na@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在此电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps you signed in between starts. The key is kept in the system keychain, never in a file.</source>
        <translation>重新启动后仍保持登录。密钥保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your username or email.</source>
        <translation>请输入用户名或邮箱。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Gatehouse cannot remember you. You can still sign in; you will stay signed in until you quit.</source>
        <translation>系统钥匙串不可用，因此 Gatehouse 无法记住您的登录。您仍可登录，登录状态将保持到退出为止。</translation>
    </message>
</context>
</TS>
