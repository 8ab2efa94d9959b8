<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountSearchBox</name>
    <message>
        <source>ID number, mobile, email, username, name, OpenID or account id</source>
        <translation>身份证号、手机号、邮箱、用户名、姓名、OpenID 或账号 ID</translation>
    </message>
    <message>
        <source>Type anything that identifies the account; what it was recognised as shows beside the box. Results follow as you type.</source>
        <translation>输入任何能识别账号的信息；识别结果显示在输入框旁，边输入边出结果。</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Read the search as this kind instead of recognising it</source>
        <translation>按此类型搜索，不自动识别</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>前缀匹配</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确匹配</translation>
    </message>
    <message>
        <source>ID numbers, mobile numbers, OpenIDs and account ids always match whole; names, usernames and emails may match their start.</source>
        <translation>身份证号、手机号、OpenID 和账号 ID 总是完整匹配；姓名、用户名和邮箱可按开头匹配。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Searching by: %1</source>
        <translation>按%1搜索</translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation>实名等级</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
</context>
<context>
    <name>AccountTabs</name>
    <message>
        <source>revealed until %1</source>
        <translation>明文显示至 %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>拼音姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>until %1, because of %2</source>
        <translation>至 %1，原因：%2</translation>
    </message>
    <message>
        <source>The lock has run out; the next sign-in clears it.</source>
        <translation>锁定已到期，下次登录时自动解除。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>注册方</translation>
    </message>
    <message>
        <source>A third-party platform, on the user&apos;s behalf; not yet activated</source>
        <translation>第三方平台代为注册，尚未激活</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation>实名等级</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>must be changed at the next sign-in</source>
        <translation>下次登录时必须修改</translation>
    </message>
    <message>
        <source>reset %1</source>
        <translation>%1 重置</translation>
    </message>
    <message>
        <source>a reset link is valid until %1</source>
        <translation>重置链接有效期至 %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>活动会话</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>激活时间</translation>
    </message>
    <message>
        <source>Activation sent</source>
        <translation>激活码发送时间</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>工商注册</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>不符合条件：%1</translation>
    </message>
    <message>
        <source>This account has no real-name record.</source>
        <translation>该账号没有实名记录。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <source>%1 – long-term</source>
        <translation>%1 – 长期有效</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n year(s))</source>
        <translation>
            <numerusform>%1 – %2（%n 年）</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>ID validity period</source>
        <translation>身份证有效期</translation>
    </message>
    <message>
        <source>Four-element check</source>
        <translation>四要素核验</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核验时间</translation>
    </message>
    <message>
        <source>Face verification</source>
        <translation>人脸识别</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>用户本人</translation>
    </message>
    <message>
        <source>History of level changes</source>
        <translation>等级变更历史</translation>
    </message>
    <message>
        <source>No level changes recorded.</source>
        <translation>没有等级变更记录。</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>This account is a member of no organization.</source>
        <translation>该账号不属于任何组织。</translation>
    </message>
    <message>
        <source>This account has no mobile number, so no SMS codes.</source>
        <translation>该账号没有手机号，因此没有短信验证码。</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Last 60 minutes</source>
        <translation>最近 60 分钟</translation>
    </message>
    <message>
        <source>Today (China Standard Time)</source>
        <translation>今天（北京时间）</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>下一条验证码</translation>
    </message>
    <message>
        <source>Can be sent now</source>
        <translation>现在即可发送</translation>
    </message>
    <message>
        <source>Not before %1 (limit: %2)</source>
        <translation>%1 之后才能发送（上限：%2）</translation>
    </message>
    <message>
        <source>Quota last reset</source>
        <translation>上次重置发送上限</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Recent codes</source>
        <translation>最近的验证码</translation>
    </message>
    <message>
        <source>No codes sent recently.</source>
        <translation>最近没有发送验证码。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>活动中</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <source>Recent sign-ins</source>
        <translation>最近登录记录</translation>
    </message>
    <message>
        <source>No sign-ins recorded.</source>
        <translation>没有登录记录。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>没有会话。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nobody has changed or revealed anything of this account yet.</source>
        <translation>尚无人修改或查看过该账号的明文。</translation>
    </message>
    <message>
        <source>Open platform accounts</source>
        <translation>开放平台账号</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>, registered by %1</source>
        <translation>，由%1注册</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) bound</source>
        <translation>
            <numerusform>已绑定 %n 个应用</numerusform>
        </translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Not bound to an open platform account</source>
        <translation>未绑定开放平台账号</translation>
    </message>
    <message>
        <source>Bound to %1 since %2</source>
        <translation>自 %2 起绑定到%1</translation>
    </message>
    <message>
        <source>%1 (exclusive)</source>
        <translation>%1（互斥）</translation>
    </message>
    <message>
        <source>Authorized %1</source>
        <translation>%1 授权</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 撤销</translation>
    </message>
</context>
<context>
    <name>AccountTerms</name>
    <message>
        <source>Unactivated</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>登录失败次数过多</translation>
    </message>
    <message>
        <source>a suspicious sign-in</source>
        <translation>可疑登录</translation>
    </message>
    <message>
        <source>locked by support</source>
        <translation>客服锁定</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>OpenID / UnionID</source>
        <translation>OpenID / UnionID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>拼音姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>SMS verification code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>Face verification</source>
        <translation>人脸识别</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>单点登录</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Refused: locked</source>
        <translation>已拒绝：账号已锁定</translation>
    </message>
    <message>
        <source>Level 3 real-name</source>
        <translation>三级实名</translation>
    </message>
    <message>
        <source>Level 4 real-name</source>
        <translation>四级实名</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待核验</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Four-element check</source>
        <translation>四要素核验</translation>
    </message>
    <message>
        <source>By an administrator</source>
        <translation>管理员操作</translation>
    </message>
    <message>
        <source>no real-name record</source>
        <translation>没有实名记录</translation>
    </message>
    <message>
        <source>real-name level below 4</source>
        <translation>实名等级低于四级</translation>
    </message>
    <message>
        <source>the four-element check has not passed</source>
        <translation>四要素核验未通过</translation>
    </message>
    <message>
        <source>the ID card has expired</source>
        <translation>身份证已过期</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Refused: one a minute</source>
        <translation>已拒绝：每分钟一条</translation>
    </message>
    <message>
        <source>Refused: three an hour</source>
        <translation>已拒绝：每小时三条</translation>
    </message>
    <message>
        <source>Refused: five a day</source>
        <translation>已拒绝：每天五条</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account activation</source>
        <translation>账号激活</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Test code from support</source>
        <translation>客服测试验证码</translation>
    </message>
    <message>
        <source>Change of mobile number</source>
        <translation>更换手机号</translation>
    </message>
    <message>
        <source>one code a minute</source>
        <translation>每分钟一条</translation>
    </message>
    <message>
        <source>three codes an hour</source>
        <translation>每小时三条</translation>
    </message>
    <message>
        <source>five codes a day</source>
        <translation>每天五条</translation>
    </message>
    <message>
        <source>Open platform management</source>
        <translation>开放平台管理</translation>
    </message>
    <message>
        <source>Message management</source>
        <translation>消息管理</translation>
    </message>
    <message>
        <source>Mini program development</source>
        <translation>小程序开发</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>公众号</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Loading the account…</source>
        <translation>正在加载账号…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · account %2 · %3</source>
        <translation>%1 · 账号 %2 · %3</translation>
    </message>
    <message>
        <source>Your roles do not include support actions; support agents and administrators have them.</source>
        <translation>您的角色不能执行客服操作；客服专员和管理员可以。</translation>
    </message>
    <message>
        <source>A disabled account cannot be reset; enable it first.</source>
        <translation>已停用的账号不能重置，请先启用。</translation>
    </message>
    <message>
        <source>This account has no open sessions.</source>
        <translation>该账号没有活动会话。</translation>
    </message>
    <message>
        <source>This account has no mobile number to send the activation code to.</source>
        <translation>该账号没有可接收激活码的手机号。</translation>
    </message>
    <message>
        <source>Only an unactivated account gets an activation code.</source>
        <translation>只有未激活的账号才能接收激活码。</translation>
    </message>
    <message>
        <source>This account has no mobile number.</source>
        <translation>该账号没有手机号。</translation>
    </message>
    <message>
        <source>The values are shown; they hide themselves after two minutes.</source>
        <translation>明文正在显示，两分钟后自动隐藏。</translation>
    </message>
    <message>
        <source>Your roles do not let you see personal data in clear; support agents and administrators may, with a reason.</source>
        <translation>您的角色不能查看个人信息明文；客服专员和管理员填写原因后可以查看。</translation>
    </message>
    <message>
        <source>This app is not bound to an open platform account.</source>
        <translation>该应用未绑定开放平台账号。</translation>
    </message>
    <message>
        <source>Select a bound app first.</source>
        <translation>请先选择一个已绑定的应用。</translation>
    </message>
    <message>
        <source>This authorization is already revoked.</source>
        <translation>该授权已被撤销。</translation>
    </message>
    <message>
        <source>Select a third-party platform&apos;s authorization first.</source>
        <translation>请先选择一个第三方平台的授权。</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in, and every open session ends.</source>
        <translation>%1将无法登录，所有活动会话都会结束。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>账号已停用。</translation>
    </message>
    <message>
        <source>Enable Account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1将可以重新登录。</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The account is enabled.</source>
        <translation>账号已启用。</translation>
    </message>
    <message>
        <source>End Sessions</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Every open session of %1 ends; the user must sign in again.</source>
        <translation>%1的所有活动会话都会结束，用户需要重新登录。</translation>
    </message>
    <message>
        <source>The sessions are ended.</source>
        <translation>会话已结束。</translation>
    </message>
    <message>
        <source>Resend Activation</source>
        <translation>重新发送激活码</translation>
    </message>
    <message>
        <source>An activation code goes by SMS to %1, within the send limit (one a minute, three an hour, five a day).</source>
        <translation>激活码将以短信发送到 %1，受发送上限约束（每分钟一条，每小时三条，每天五条）。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>The activation code is sent.</source>
        <translation>激活码已发送。</translation>
    </message>
    <message>
        <source>Reset SMS Quota</source>
        <translation>重置短信发送上限</translation>
    </message>
    <message>
        <source>Codes sent so far to %1 stop counting against the send limit.</source>
        <translation>此前发送到 %1 的验证码将不再计入发送上限。</translation>
    </message>
    <message>
        <source>Reset Quota</source>
        <translation>重置上限</translation>
    </message>
    <message>
        <source>The SMS quota is reset.</source>
        <translation>短信发送上限已重置。</translation>
    </message>
    <message>
        <source>Unbind App</source>
        <translation>解绑应用</translation>
    </message>
    <message>
        <source>%1 will no longer be bound to an open platform account.</source>
        <translation>%1将不再绑定开放平台账号。</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>解绑</translation>
    </message>
    <message>
        <source>The app is unbound.</source>
        <translation>应用已解绑。</translation>
    </message>
    <message>
        <source>Revoke Authorization</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>%1 loses the permission set &quot;%2&quot; on this app.</source>
        <translation>%1将失去该应用的权限集“%2”。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The authorization is revoked.</source>
        <translation>授权已撤销。</translation>
    </message>
    <message>
        <source>Reveal Personal Data</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <source>The clear values are shown here for two minutes and are never stored. The reveal and its reason are audited.</source>
        <translation>明文仅在此处显示两分钟，不会被保存。查看明文及其原因会记入审计日志。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <source>Personal data shown until %1. It is not stored anywhere.</source>
        <translation>个人信息明文显示至 %1，不会保存在任何地方。</translation>
    </message>
    <message>
        <source>A masked summary of the account is on the clipboard.</source>
        <translation>已将账号的脱敏摘要复制到剪贴板。</translation>
    </message>
    <message>
        <source>Search for an account, then choose it in the list to see it here.</source>
        <translation>搜索账号，然后在列表中选择，即可在此查看。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Real-name</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Identities &amp;&amp; bindings</source>
        <translation>身份与绑定</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reset Password / Unlock…</source>
        <translation>重置密码 / 解锁…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>End Sessions…</source>
        <translation>结束会话…</translation>
    </message>
    <message>
        <source>Resend Activation…</source>
        <translation>重新发送激活码…</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <source>Copy Support Summary</source>
        <translation>复制客服摘要</translation>
    </message>
    <message>
        <source>Reset SMS Quota…</source>
        <translation>重置短信发送上限…</translation>
    </message>
    <message>
        <source>Unbind App…</source>
        <translation>解绑应用…</translation>
    </message>
    <message>
        <source>Revoke Authorization…</source>
        <translation>撤销授权…</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing this account as it was %1; actions wait until it is back.</source>
        <translation>离线：无法连接服务器。显示的是该账号%1的状态；操作需等服务器恢复后进行。</translation>
    </message>
    <message>
        <source>Offline: actions wait until the server can be reached again.</source>
        <translation>离线：操作需等服务器恢复连接后进行。</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Type to search; results follow as you type.</source>
        <translation>输入即可搜索，边输入边出结果。</translation>
    </message>
    <message>
        <source>Not searched: correct the text first.</source>
        <translation>未搜索：请先更正输入内容。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>没有匹配的账号。</translation>
    </message>
    <message>
        <source>Showing %1 of at least %2 accounts; narrow the search to see fewer.</source>
        <translation>显示 %1 个，共至少 %2 个账号；请缩小搜索范围。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 accounts; scroll down for more.</source>
        <translation>显示 %1 个，共 %2 个账号；向下滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n account(s).</source>
        <translation>
            <numerusform>共 %n 个账号，已全部显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find an account by what the user tells you: ID number, mobile number, email, username, name, OpenID or account id. Personal data stays masked unless you reveal it with a reason.</source>
        <translation>根据用户提供的信息查找账号：身份证号、手机号、邮箱、用户名、姓名、OpenID 或账号 ID。个人信息默认脱敏，填写原因后才可查看明文。</translation>
    </message>
    <message>
        <source>Search Accounts</source>
        <translation>搜索账号</translation>
    </message>
</context>
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
    <message>
        <source>Reveal personal data</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Resend activation</source>
        <translation>重新发送激活</translation>
    </message>
    <message>
        <source>Reset SMS quota</source>
        <translation>重置短信额度</translation>
    </message>
    <message>
        <source>Send SMS verification code</source>
        <translation>发送短信验证码</translation>
    </message>
    <message>
        <source>Bind app</source>
        <translation>绑定应用</translation>
    </message>
    <message>
        <source>Unbind app</source>
        <translation>解绑应用</translation>
    </message>
    <message>
        <source>Grant authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Revoke authorization</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>Create department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <source>Reorder departments</source>
        <translation>调整部门顺序</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Move member</source>
        <translation>移动成员</translation>
    </message>
    <message>
        <source>Change member role</source>
        <translation>更改成员角色</translation>
    </message>
    <message>
        <source>Update member</source>
        <translation>更新成员信息</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation>转让所有权</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Open platform account</source>
        <translation>开放平台账号</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
</context>
<context>
    <name>BulkDecisionDialog</name>
    <message>
        <source>Left out: already %1.</source>
        <translation>不处理：%1。</translation>
    </message>
    <message>
        <source>Left out: %1 is working on it.</source>
        <translation>不处理：%1 正在处理。</translation>
    </message>
    <message>
        <source>Will be approved</source>
        <translation>将通过</translation>
    </message>
    <message>
        <source>Will be rejected</source>
        <translation>将驳回</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>✓ Approved</source>
        <translation>✓ 已通过</translation>
    </message>
    <message>
        <source>✓ Rejected</source>
        <translation>✓ 已驳回</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>未作出审核决定：%1</translation>
    </message>
    <message>
        <source>Choose a reason first: every applicant is told why.</source>
        <translation>请先选择原因：每位申请人都会收到原因说明。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n Item(s)</source>
        <translation>
            <numerusform>通过 %n 个条目(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %n Item(s)</source>
        <translation>
            <numerusform>驳回 %n 个条目(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n Failed Again</source>
        <translation>
            <numerusform>重新发送 %n 个失败的条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be approved; each applicant is mailed the result.</source>
        <translation>
            <numerusform>将通过 %n 个条目；每位申请人都会收到结果邮件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be rejected with the reason below; each applicant is mailed it.</source>
        <translation>
            <numerusform>将以下方原因驳回 %n 个条目；每位申请人都会收到该原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) will be left out.</source>
        <translation>
            <numerusform>所选条目中有 %n 个将不处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deciding… %1 of %2 done.</source>
        <translation>正在审核… 已完成 %1/%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) decided</source>
        <translation>
            <numerusform>已审核 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not decided (see why below).</source>
        <translation>
            <numerusform>%n 个未作出审核决定（原因见下方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Selected Items</source>
        <translation>通过所选条目</translation>
    </message>
    <message>
        <source>Reject Selected Items</source>
        <translation>驳回所选条目</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n selected item(s)?</source>
        <translation>
            <numerusform>通过所选的 %n 个条目？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n selected item(s)?</source>
        <translation>
            <numerusform>驳回所选的 %n 个条目？</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>&amp;Note to the applicants:</source>
        <translation>给申请人的说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional; required for &quot;other&quot;. The same note goes to every applicant.</source>
        <translation>可选；原因为“其他”时必填。每位申请人收到相同的说明。</translation>
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
    <message>
        <source>Lock the console after this many minutes without a key press or a click (1 to 1440; default 15, or security/idleLockMinutes in the settings). Locking signs out and forgets what the panes showed.</source>
        <translation>无键盘或鼠标操作达到这么多分钟后锁定控制台（1 到 1440；默认 15，或使用设置中的 security/idleLockMinutes）。锁定会退出登录，并清除各面板显示的内容。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>--idle-lock takes a number of minutes from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--idle-lock 需要 1 到 %1 之间的分钟数，而不是“%2”。</translation>
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
    <message>
        <source>There is no pane &quot;%1&quot; for your roles here.</source>
        <translation>您在这里的角色没有名为“%1”的面板。</translation>
    </message>
    <message numerus="yes">
        <source>Gatehouse locked itself after %n minute(s) without a key press or a click, and forgot what it was showing. Sign in again to go on.</source>
        <translation>
            <numerusform>Gatehouse 已在 %n 分钟无键盘或鼠标操作后自动锁定，并清除了显示的内容。请重新登录以继续。</numerusform>
        </translation>
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
    <name>DecisionDialog</name>
    <message>
        <source>Sending the decision…</source>
        <translation>正在发送审核决定…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This item is no longer under review.</source>
        <translation>此条目已不在审核中。</translation>
    </message>
    <message>
        <source>Choose a reason first: the applicant is told why.</source>
        <translation>请先选择原因：申请人会收到原因说明。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>说明超过了 %1 个字符。</translation>
    </message>
    <message>
        <source>This reason needs a note that says what to fix.</source>
        <translation>此原因需要填写说明，告诉申请人要修改什么。</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (required):</source>
        <translation>给申请人的说明（必填）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>给申请人的说明（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Reject %1?</source>
        <translation>驳回 %1？</translation>
    </message>
    <message>
        <source>Approve %1?</source>
        <translation>通过 %1？</translation>
    </message>
    <message>
        <source>%1 is mailed the reason and your note, fixes what they say and may submit a new %2.</source>
        <translation>%1 会收到原因和您的说明，按说明修改后可以重新提交%2。</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>verification request</source>
        <translation>认证申请</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; is created for %2 at once, and they are mailed the result.</source>
        <translation>将立即为 %2 创建工作空间“%1”，并邮件通知结果。</translation>
    </message>
    <message>
        <source>%1&apos;s team becomes a corporate team (no member limit) at once, and they are mailed the result.</source>
        <translation>%1 的团队将立即成为企业团队（无成员上限），并邮件通知结果。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>What should the applicant change? This goes into the mail, in the applicant&apos;s language.</source>
        <translation>申请人需要修改什么？这段内容会写进邮件，使用申请人的语言。</translation>
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation>插入模板(&amp;T)</translation>
    </message>
    <message>
        <source>Adds a starting sentence for this reason, in Chinese (the applicant&apos;s language)</source>
        <translation>为此原因插入一句开头，使用中文（申请人的语言）</translation>
    </message>
    <message>
        <source>Adds a starting sentence for this reason, in English (the applicant&apos;s language)</source>
        <translation>为此原因插入一句开头，使用英文（申请人的语言）</translation>
    </message>
    <message>
        <source>The mail the applicant will receive</source>
        <translation>申请人将收到的邮件</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>Reject and Open &amp;Next</source>
        <translation>驳回并打开下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Approve and Open &amp;Next</source>
        <translation>通过并打开下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DecisionFlow</name>
    <message>
        <source>Nothing left to open: every item under review is decided or held by someone.</source>
        <translation>没有可打开的条目了：审核中的条目都已有审核决定或已被他人认领。</translation>
    </message>
</context>
<context>
    <name>DecisionOutbox</name>
    <message>
        <source>Not decided: someone got there first. %1</source>
        <translation>未作出决定：已有人先处理。%1</translation>
    </message>
    <message>
        <source>Waits for the server: %1</source>
        <translation>等待服务器：%1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后仍未发送：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionOutcome</name>
    <message>
        <source>Another reviewer</source>
        <translation>另一位审核员</translation>
    </message>
    <message>
        <source>%1 already approved it.</source>
        <translation>%1 已通过。</translation>
    </message>
    <message>
        <source>%1 already approved it (%2).</source>
        <translation>%1 已通过（%2）。</translation>
    </message>
    <message>
        <source>%1 already rejected it.</source>
        <translation>%1 已驳回。</translation>
    </message>
    <message>
        <source>%1 already rejected it (%2).</source>
        <translation>%1 已驳回（%2）。</translation>
    </message>
    <message>
        <source>The applicant withdrew it.</source>
        <translation>申请人已撤回。</translation>
    </message>
    <message>
        <source>It changed since you opened it and is still under review.</source>
        <translation>自您打开后它已被修改，目前仍在审核中。</translation>
    </message>
    <message>
        <source>Not decided: someone got there first. %1 The item has been refreshed; your reason text is kept.</source>
        <translation>未作出审核决定：有人抢先一步。%1 条目已刷新；您填写的原因已保留。</translation>
    </message>
    <message>
        <source>Not decided yet: %1 Your reason text is kept; sending again is safe and never decides twice.</source>
        <translation>尚未作出审核决定：%1 您填写的原因已保留；再次发送是安全的，绝不会重复审核。</translation>
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
        <source>Someone else changed this in the meantime. Reload it to see the current state, then try again.</source>
        <translation>在此期间有人修改了此内容。请重新加载查看当前状态，然后再试。</translation>
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
        <source>This action does not fit the account&apos;s current status. Reload the account to see its status.</source>
        <translation>此操作与账号的当前状态不符。请重新加载账号查看其状态。</translation>
    </message>
    <message>
        <source>The account has no mobile number, so no code can be sent to it.</source>
        <translation>该账号没有手机号，无法发送验证码。</translation>
    </message>
    <message>
        <source>This number has reached its SMS limit. Wait until the next code is allowed, or reset the SMS quota.</source>
        <translation>此号码已达到短信发送上限。请等到可以发送下一条验证码，或重置短信额度。</translation>
    </message>
    <message>
        <source>You have revealed personal data too often in the last hour. Wait before revealing more.</source>
        <translation>过去一小时内您查看明文的次数过多。请稍候再查看。</translation>
    </message>
    <message>
        <source>This app is already bound to an open platform account. Unbind it there first.</source>
        <translation>此应用已绑定到一个开放平台账号。请先在那里解绑。</translation>
    </message>
    <message>
        <source>This app is not bound to an open platform account. Reload the account.</source>
        <translation>此应用未绑定开放平台账号。请重新加载账号。</translation>
    </message>
    <message>
        <source>The app and the open platform account belong to different owners, so they cannot be bound.</source>
        <translation>该应用与开放平台账号属于不同的主体，无法绑定。</translation>
    </message>
    <message>
        <source>Another third-party platform holds this exclusive permission set for the app. Revoke that authorization first.</source>
        <translation>另一个第三方平台（服务商）持有该应用的这组互斥权限。请先撤销那项授权。</translation>
    </message>
    <message>
        <source>This authorization has already been revoked. Reload the account.</source>
        <translation>此授权已被撤销。请重新加载账号。</translation>
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
    <message>
        <source>The department this one stood in has been deleted since. Restore that department first, or create this one again elsewhere.</source>
        <translation>该部门原先所在的上级部门已被删除。请先恢复那个部门，或在其他位置重新创建此部门。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>%1 %</source>
        <comment>zoom percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>缩小（%1）</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>放大（%1）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>在窗口中显示整张图片</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+0)</source>
        <translation>实际大小（Ctrl+0）</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Real-name level distribution</source>
        <translation>实名等级分布</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <comment>count (percentage of all accounts)</comment>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Click to show every level again.</source>
        <translation>点击以重新显示所有等级。</translation>
    </message>
    <message>
        <source>Click to list only this level.</source>
        <translation>点击以只列出此等级。</translation>
    </message>
    <message>
        <source>Accounts without a real-name record are not in the list.</source>
        <translation>无实名记录的账号不在列表中。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln account(s), %2% of all</source>
        <comment>level name: count accounts, percentage of all accounts</comment>
        <translation>
            <numerusform>%1：%Ln 个账号，占全部的 %2%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) in all.</source>
        <translation>
            <numerusform>共 %Ln 个账号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPreviewView</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Choose a reason to see the rejection mail.</source>
        <translation>选择原因以查看驳回邮件。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>To: %1 · in %2</source>
        <translation>收件人：%1 · %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>What the applicant will receive when this is decided.</source>
        <translation>作出审核决定后申请人将收到的内容。</translation>
    </message>
    <message>
        <source>The mail appears here.</source>
        <translation>邮件会显示在这里。</translation>
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
    <message>
        <source>Your roles in this organization do not open that pane.</source>
        <translation>您在此组织中的角色无法打开该面板。</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>No member of %1 matches &quot;%2&quot;.</source>
        <translation>%1 中没有与“%2”匹配的成员。</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>More members match: type more of the name.</source>
        <translation>还有更多成员匹配：请输入更完整的姓名。</translation>
    </message>
    <message>
        <source>Search members by name, username or e-mail</source>
        <translation>按姓名、用户名或电子邮箱搜索成员</translation>
    </message>
    <message>
        <source>Searching needs the server, which cannot be reached now. Searches made before the connection was lost still answer.</source>
        <translation>搜索需要连接服务器，但现在无法连接。断开连接之前做过的搜索仍可显示结果。</translation>
    </message>
    <message>
        <source>Offline: this search as it was answered %1.</source>
        <translation>离线：显示的是%1这次搜索的结果。</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>The organization&apos;s top level</source>
        <translation>组织的顶层</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>Move Here</source>
        <translation>移到这里</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
</context>
<context>
    <name>OrganizationDetailView</name>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>无（顶层）</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Organizations of this account</source>
        <translation>该账号所在的组织</translation>
    </message>
    <message>
        <source>Offline: as it was %1.</source>
        <translation>离线：显示的是%1的状态。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>%1 in all, %2 directly in it</source>
        <translation>共 %1 人，直属 %2 人</translation>
    </message>
    <message>
        <source>Sub-departments</source>
        <translation>下级部门</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1（成员上限 %2）</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Choose a department or a member to see it here.</source>
        <translation>选择一个部门或成员，在此查看详情。</translation>
    </message>
    <message>
        <source>Show this member&apos;s account in the Accounts pane.</source>
        <translation>在“账号”面板中查看该成员的账号。</translation>
    </message>
    <message>
        <source>Your roles here do not include reading accounts.</source>
        <translation>您在此处的角色不包含查看账号的权限。</translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation>打开账号</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Your roles here do not include editing organizations.</source>
        <translation>您在此处的角色不包含编辑组织的权限。</translation>
    </message>
    <message>
        <source>Edits need the server, which cannot be reached now.</source>
        <translation>编辑需要连接服务器，但现在无法连接。</translation>
    </message>
    <message>
        <source>Create a department in the selected one, or at the top level.</source>
        <translation>在所选部门中（或在顶层）新建部门。</translation>
    </message>
    <message>
        <source>Rename the selected department.</source>
        <translation>重命名所选部门。</translation>
    </message>
    <message>
        <source>Move the selected departments and members to another department.</source>
        <translation>将所选部门和成员移动到另一个部门。</translation>
    </message>
    <message>
        <source>Delete the selected department, or remove the selected member.</source>
        <translation>删除所选部门，或移除所选成员。</translation>
    </message>
    <message>
        <source>Add an account of this platform organization as a member.</source>
        <translation>将本平台组织的一个账号添加为成员。</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s title.</source>
        <translation>修改所选成员的职务。</translation>
    </message>
    <message>
        <source>Make the selected member an administrator of the organization.</source>
        <translation>将所选成员设为组织的管理员。</translation>
    </message>
    <message>
        <source>Make the selected administrator an ordinary member.</source>
        <translation>将所选管理员改为普通成员。</translation>
    </message>
    <message>
        <source>Remove the selected member from the organization.</source>
        <translation>将所选成员移出组织。</translation>
    </message>
    <message>
        <source>Make the selected member the organization&apos;s owner.</source>
        <translation>将所选成员设为组织的所有者。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo the last change made in this pane.</source>
        <translation>撤销在此面板中所做的上一次更改。</translation>
    </message>
    <message>
        <source>Make the undone change again.</source>
        <translation>重新执行已撤销的更改。</translation>
    </message>
    <message>
        <source>&amp;New Department…</source>
        <translation>新建部门(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Title…</source>
        <translation>修改职务(&amp;T)…</translation>
    </message>
    <message>
        <source>Make Ad&amp;ministrator</source>
        <translation>设为管理员(&amp;M)</translation>
    </message>
    <message>
        <source>Make Ordinary Me&amp;mber</source>
        <translation>设为普通成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove from Organization…</source>
        <translation>移出组织(&amp;R)…</translation>
    </message>
    <message>
        <source>Trans&amp;fer Ownership…</source>
        <translation>转让所有权(&amp;F)…</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动“%1”</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (department, %n member(s))</source>
        <translation>
            <numerusform>• %1（部门，%n 名成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (member)</source>
        <translation>• %1（成员）</translation>
    </message>
    <message>
        <source>the top level of %1</source>
        <translation>%1 的顶层</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move these to %1?</source>
        <translation>将以下各项移动到 %1？</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more.</source>
        <translation>
            <numerusform>
…… 另有 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where should the %n selected item(s) go?</source>
        <translation>
            <numerusform>所选的 %n 项要移动到哪里？</numerusform>
        </translation>
    </message>
    <message>
        <source>New Department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Name of the new department in %1:</source>
        <translation>在 %1 中新建部门的名称：</translation>
    </message>
    <message>
        <source>Name of the new top-level department:</source>
        <translation>新建顶层部门的名称：</translation>
    </message>
    <message>
        <source>New Department %1</source>
        <translation>新建部门“%1”</translation>
    </message>
    <message>
        <source>Rename Department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Delete Department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Delete the empty department %1?</source>
        <translation>删除空部门 %1？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Account ID of the new member:</source>
        <translation>新成员的账号 ID：</translation>
    </message>
    <message>
        <source>Add Account %1</source>
        <translation>添加账号 %1</translation>
    </message>
    <message>
        <source>Change Title</source>
        <translation>修改职务</translation>
    </message>
    <message>
        <source>Title of %1 (empty for none):</source>
        <translation>%1 的职务（留空表示无）：</translation>
    </message>
    <message>
        <source>Change the Title of %1</source>
        <translation>修改“%1”的职务</translation>
    </message>
    <message>
        <source>Change the Role of %1</source>
        <translation>修改“%1”的角色</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>将 %1 移出 %2？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>转让所有权</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2? %3 becomes an administrator.</source>
        <translation>将 %1 设为 %2 的所有者？%3 将成为管理员。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转让</translation>
    </message>
    <message>
        <source>Transfer Ownership to %1</source>
        <translation>将所有权转让给“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Item(s)</source>
        <translation>
            <numerusform>移动 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2 members and %n sub-department(s). Choose where they go; then it is deleted. Undo brings it back with them.</source>
        <translation>
            <numerusform>%1 有 %2 名成员和 %n 个下级部门。请选择它们的去处，然后删除该部门。撤销可将它连同这些成员和部门一起恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationListModel</name>
    <message numerus="yes">
        <source>%1 · %2 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 名成员</numerusform>
        </translation>
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
    <name>OrganizationTerms</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
</context>
<context>
    <name>OrganizationTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-department(s)</source>
        <translation>
            <numerusform>%n 个下级部门</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 members in all, %3 directly in it</source>
        <translation>%1：共 %2 名成员，直属 %3 名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title and role</source>
        <translation>职务和角色</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>OrganizationsPane</name>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing the parts of the tree opened before, as they were %1. Edits are off.</source>
        <translation>离线：无法连接服务器。显示之前展开过的部分，为%1的状态。编辑已停用。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n member(s)</source>
        <translation>
            <numerusform>最多 %n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Team organizations, their departments and members. Drag members and departments to move them; every change can be undone with Ctrl+Z while this pane is open.</source>
        <translation>团队组织及其部门和成员。拖动成员和部门即可移动；此面板打开期间，每次更改都可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Filter organizations by name</source>
        <translation>按名称筛选组织</translation>
    </message>
    <message>
        <source>Search Members</source>
        <translation>搜索成员</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Your roles let you read this queue, not decide: claiming and deciding need the reviewer or administrator role.</source>
        <translation>您的角色可以查看此队列，但不能审核：认领和审核需要审核员或管理员角色。</translation>
    </message>
    <message>
        <source>The server cannot be reached: claims and decisions are possible again when it is back.</source>
        <translation>无法连接服务器：服务器恢复后才能认领和审核。</translation>
    </message>
    <message>
        <source>A decision is being sent.</source>
        <translation>正在发送一个审核决定。</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>请先选择一个条目。</translation>
    </message>
    <message>
        <source>This item is already decided.</source>
        <translation>此条目已有审核决定。</translation>
    </message>
    <message>
        <source>%1 is working on this item; wait until they release it or their claim runs out.</source>
        <translation>%1 正在处理此条目；请等待其释放或认领到期。</translation>
    </message>
    <message>
        <source>Claim one item at a time.</source>
        <translation>一次只能认领一个条目。</translation>
    </message>
    <message>
        <source>You already hold this item; the claim is renewed while it is open.</source>
        <translation>您已认领此条目；打开期间认领会自动续期。</translation>
    </message>
    <message>
        <source>Claim the item: others see you are working on it (5 minutes, renewed while it is open)</source>
        <translation>认领此条目：其他人会看到您正在处理（5 分钟，打开期间自动续期）</translation>
    </message>
    <message>
        <source>Select the item you hold.</source>
        <translation>请选择您认领的条目。</translation>
    </message>
    <message>
        <source>You do not hold this item.</source>
        <translation>您没有认领此条目。</translation>
    </message>
    <message>
        <source>Give the item back to the queue</source>
        <translation>将此条目释放回队列</translation>
    </message>
    <message>
        <source>None of the selected items can be decided: they are decided already or someone else holds them.</source>
        <translation>所选条目都无法审核：它们已有审核决定或已被他人认领。</translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected item(s), after a preview</source>
        <translation>
            <numerusform>预览后通过所选的 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the item; the applicant is mailed the result</source>
        <translation>通过此条目；申请人会收到结果邮件</translation>
    </message>
    <message numerus="yes">
        <source>Reject the %n selected item(s) with one reason, after a preview</source>
        <translation>
            <numerusform>预览后以同一原因驳回所选的 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject the item with a reason; the applicant is mailed it</source>
        <translation>以某一原因驳回此条目；申请人会收到该原因</translation>
    </message>
    <message>
        <source>Decide one item to open the next; for a selection use Approve or Reject.</source>
        <translation>审核一个条目后再打开下一个；对多个所选条目请使用“通过”或“驳回”。</translation>
    </message>
    <message>
        <source>Approve the item, then claim and open the next one due</source>
        <translation>通过此条目，然后认领并打开下一个到期的条目</translation>
    </message>
    <message>
        <source>Reject the item with a reason, then claim and open the next one due</source>
        <translation>以某一原因驳回此条目，然后认领并打开下一个到期的条目</translation>
    </message>
    <message>
        <source>Claim and open the item under review that is due first and nobody holds</source>
        <translation>认领并打开最早到期且无人认领的审核中条目</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>认领(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>释放(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>通过(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Approve and Open Next…</source>
        <translation>通过并打开下一个…</translation>
    </message>
    <message>
        <source>Reject and Open Next…</source>
        <translation>驳回并打开下一个…</translation>
    </message>
    <message>
        <source>Open &amp;Next Item</source>
        <translation>打开下一个条目(&amp;N)</translation>
    </message>
    <message>
        <source>Search the Queue</source>
        <translation>搜索队列</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>搜索队列</translation>
    </message>
</context>
<context>
    <name>QueueDetailView</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Offline: this is the item as it was %1.</source>
        <translation>离线：以下是%1获取的条目。</translation>
    </message>
    <message>
        <source>The item could not be loaded: %1</source>
        <translation>无法加载此条目：%1</translation>
    </message>
    <message>
        <source>No logo: the workspace gets this avatar, the first character of the company name on a solid colour.</source>
        <translation>未上传标志：工作空间将使用此头像，即纯色背景上的公司名称首字。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Submission %1</source>
        <translation>第 %1 次提交</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>已由您认领</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>审核人：%1，%2</translation>
    </message>
    <message>
        <source>None: the workspace gets the generated avatar shown above.</source>
        <translation>无：工作空间将使用上方生成的头像。</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>编号</translation>
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
        <source>Applicant account</source>
        <translation>申请人账号</translation>
    </message>
    <message>
        <source>Mail language</source>
        <translation>邮件语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note to applicant</source>
        <translation>给申请人的说明</translation>
    </message>
    <message>
        <source>Click to zoom (%1 × %2)</source>
        <translation>点击放大（%1 × %2）</translation>
    </message>
    <message>
        <source>Open %1 at full size</source>
        <translation>以原始大小打开%1</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取图片。</translation>
    </message>
    <message>
        <source>No image: %1</source>
        <translation>无图片：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation>正在加载审计记录…</translation>
    </message>
    <message>
        <source>Opened as the next item</source>
        <translation>作为下一个条目打开</translation>
    </message>
    <message>
        <source>Nothing recorded for this item yet.</source>
        <translation>此条目还没有任何记录。</translation>
    </message>
    <message>
        <source>Offline: the trail as it was last fetched.</source>
        <translation>离线：以下是上次获取的记录。</translation>
    </message>
    <message>
        <source>Everything done to this item, newest first. Reviewers read it without the audit log&apos;s permission.</source>
        <translation>对此条目的全部操作，最新的在前。审核员无需审计日志权限即可查看。</translation>
    </message>
    <message>
        <source>Select an item to see everything the applicant submitted, their earlier submissions, and the mail they will receive.</source>
        <translation>选择一个条目，查看申请人提交的全部内容、以前的提交，以及申请人将收到的邮件。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Mail Preview</source>
        <translation>邮件预览</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>If approved</source>
        <translation>如果通过</translation>
    </message>
    <message>
        <source>If rejected because…</source>
        <translation>如果驳回，原因是…</translation>
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
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Search company, applicant or email</source>
        <translation>搜索公司、申请人或邮箱</translation>
    </message>
    <message>
        <source>Search company, applicant, email or credit code</source>
        <translation>搜索公司、申请人、邮箱或统一社会信用代码</translation>
    </message>
    <message>
        <source>The server searches as you type; case does not matter.</source>
        <translation>服务器随输入即时搜索，不区分大小写。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Approved or rejected</source>
        <translation>已通过或已驳回</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>截止(&amp;U)：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>&amp;Claimed:</source>
        <translation>认领(&amp;C)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>By me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>By others</source>
        <translation>他人认领的</translation>
    </message>
    <message>
        <source>By anyone</source>
        <translation>已被认领</translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation>提交时间(&amp;B)：</translation>
    </message>
    <message>
        <source>to</source>
        <comment>submitted from … to …</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Submitted on or after this day (China Standard Time)</source>
        <translation>在此日期当天或之后提交（北京时间）</translation>
    </message>
    <message>
        <source>Submitted on or before this day (China Standard Time)</source>
        <translation>在此日期当天或之前提交（北京时间）</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>QueueHistoryView</name>
    <message>
        <source>Every submission from this applicant, oldest first. A rejected applicant fixes what the reason says and submits again.</source>
        <translation>此申请人的全部提交，最早的在前。被驳回的申请人按原因修改后重新提交。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>This submission</source>
        <translation>本次提交</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1（本次）</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Submission 1: the first, nothing to compare with</source>
        <translation>第 1 次提交：首次提交，没有可比较的内容</translation>
    </message>
    <message>
        <source>Submission %1: nothing changed since submission %2</source>
        <translation>第 %1 次提交：与第 %2 次提交相比没有改动</translation>
    </message>
    <message numerus="yes">
        <source>Submission %1 against submission %2: %n field(s) changed</source>
        <translation>
            <numerusform>第 %1 次提交与第 %2 次提交相比：%n 个字段有改动</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed in this submission</source>
        <translation>本次提交中有改动</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>Your claim could not be renewed: %1</source>
        <translation>您的认领无法续期：%1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing this queue as it was %1; claims and decisions wait until the server is back.</source>
        <translation>离线：无法连接服务器。以下是%1获取的队列；认领和审核需等服务器恢复。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1 Nothing of this queue is kept offline yet.</source>
        <translation>%1 此队列还没有离线保存的内容。</translation>
    </message>
    <message>
        <source>Technical merchants apply for a workspace; the company name becomes its name. Review takes 1–2 business days; the applicant is mailed the result.</source>
        <translation>技术商户申请工作空间，公司名称即工作空间名称。审核需 1–2 个工作日，结果会邮件通知申请人。</translation>
    </message>
    <message>
        <source>Individual users upgrade to corporate with their company&apos;s details and business licence; approval makes their team corporate.</source>
        <translation>个人用户提交公司信息和营业执照，申请升级为企业；通过后其团队成为企业团队。</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>审核操作</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln item(s) kept offline.</source>
        <translation>
            <numerusform>显示离线保存的 %Ln 项中的 %1 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>没有符合筛选条件的项。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln item(s); scroll down for more.</source>
        <translation>
            <numerusform>显示 %Ln 项中的 %1 项；向下滚动查看更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln item(s).</source>
        <translation>
            <numerusform>显示全部 %Ln 项。</numerusform>
        </translation>
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
    <message>
        <source>Image %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>audit trail action</comment>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Submitted again</source>
        <comment>audit trail action</comment>
        <translation>已重新提交</translation>
    </message>
    <message>
        <source>Claimed</source>
        <comment>audit trail action</comment>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>audit trail action</comment>
        <translation>已释放</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <comment>audit trail action</comment>
        <translation>已审核：%1</translation>
    </message>
    <message>
        <source>Decided</source>
        <comment>audit trail action</comment>
        <translation>已审核</translation>
    </message>
</context>
<context>
    <name>RealnameFilterBar</name>
    <message>
        <source>&amp;Level:</source>
        <translation>等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>&amp;Business registration:</source>
        <translation>工商注册(&amp;B)：</translation>
    </message>
    <message>
        <source>Eligible or not</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>可参与</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不可参与</translation>
    </message>
    <message>
        <source>&amp;Verified between</source>
        <translation>实名认证时间介于(&amp;V)</translation>
    </message>
    <message>
        <source>and</source>
        <comment>verified between date and date</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RealnameLevelsPane</name>
    <message>
        <source>Real-name levels</source>
        <translation>实名等级</translation>
    </message>
    <message>
        <source>How the accounts divide over the real-name levels. Click a bar to list that level; double-click a record or press Enter to open its account.</source>
        <translation>账号在各实名等级中的分布。点击条形可只列出该等级；双击记录或按回车键可打开其账号。</translation>
    </message>
    <message>
        <source>Filter the Real-Name Records</source>
        <translation>筛选实名记录</translation>
    </message>
    <message>
        <source>Counting the real-name levels…</source>
        <translation>正在统计实名等级…</translation>
    </message>
    <message>
        <source>The real-name levels could not be counted.</source>
        <translation>无法统计实名等级。</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. Showing the real-name levels as they were %1.</source>
        <translation>离线：无法连接服务器。以下是%1获取的实名等级。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No records shown.</source>
        <translation>未显示任何记录。</translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records, kept offline.</source>
        <translation>显示 %2 条记录中的 %1 条（离线保存）。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records; loading more…</source>
        <translation>显示 %2 条记录中的 %1 条；正在加载更多…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records; scroll down for more.</source>
        <translation>显示 %2 条记录中的 %1 条；向下滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n record(s).</source>
        <translation>
            <numerusform>显示全部 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 accounts hold a real-name record; %Ln are eligible for business registration (%3% of level 4).</source>
        <translation>
            <numerusform>%2 个账号中有 %1 个持有实名记录；%Ln 个可参与工商注册（占四级实名的 %3%）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligible for business registration: level 4, four-element check passed and ID card valid today.</source>
        <translation>可参与工商注册：四级实名、四要素核验已通过且身份证今日仍在有效期内。</translation>
    </message>
    <message>
        <source>%1 Counted at %2.</source>
        <comment>the sentences before; when the server counted</comment>
        <translation>%1统计于 %2。</translation>
    </message>
</context>
<context>
    <name>RealnameRecordModel</name>
    <message>
        <source>Long-term</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>可参与</translation>
    </message>
    <message>
        <source>Verified %1; face verification %2</source>
        <translation>实名认证于 %1；人脸识别于 %2</translation>
    </message>
    <message>
        <source>Verified %1; no face verification</source>
        <translation>实名认证于 %1；未进行人脸识别</translation>
    </message>
    <message>
        <source>May take part in business registration</source>
        <translation>可参与工商注册</translation>
    </message>
    <message>
        <source>May not take part in business registration: %1</source>
        <translation>不可参与工商注册：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>ID valid until</source>
        <translation>身份证有效期至</translation>
    </message>
    <message>
        <source>Four-element check</source>
        <translation>四要素核验</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>实名认证时间</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>工商注册</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>real-name level column</comment>
        <translation>实名等级</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>account status column</comment>
        <translation>账号状态</translation>
    </message>
</context>
<context>
    <name>RealnameTerms</name>
    <message>
        <source>Level 3</source>
        <translation>三级实名</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>四级实名</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级实名</translation>
    </message>
    <message>
        <source>No real-name record</source>
        <translation>无实名记录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Unactivated</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待核验</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Below level 4</source>
        <translation>未达四级实名</translation>
    </message>
    <message>
        <source>Four-element check not passed</source>
        <translation>四要素核验未通过</translation>
    </message>
    <message>
        <source>ID card expired</source>
        <translation>身份证已过期</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why? For example: caller verified by phone, ticket 4411</source>
        <translation>原因，例如：已电话核实来电者身份，工单 4411</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept in the audit log):</source>
        <translation>原因(&amp;R)（必填，记入审计日志）：</translation>
    </message>
    <message>
        <source>Write a reason first: every support action is audited with its reason.</source>
        <translation>请先填写原因：每项客服操作都会连同原因记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ResetAccessDialog</name>
    <message>
        <source>Reset Password and Unlock</source>
        <translation>重置密码与解锁</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>A disabled account cannot get a new password; enable it first.</source>
        <translation>已停用的账号不能设置新密码，请先启用。</translation>
    </message>
    <message>
        <source>This account was never activated: send the activation again instead.</source>
        <translation>该账号从未激活：请改为重新发送激活码。</translation>
    </message>
    <message>
        <source>A one-time &amp;temporary password, shown once here; the user must change it at the next sign-in</source>
        <translation>一次性临时密码(&amp;T)，仅在此显示一次；用户下次登录时必须修改</translation>
    </message>
    <message>
        <source>A reset &amp;link for the user, valid 24 hours</source>
        <translation>发给用户的重置链接(&amp;L)，24 小时内有效</translation>
    </message>
    <message>
        <source>&amp;Unlock the account</source>
        <translation>解锁账号(&amp;U)</translation>
    </message>
    <message>
        <source>Locked until %1 because of %2.</source>
        <translation>锁定至 %1，原因：%2。</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>账号未锁定。</translation>
    </message>
    <message>
        <source>Only a locked account can be unlocked.</source>
        <translation>只有已锁定的账号才能解锁。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;End all sessions (%n open)</source>
        <translation>
            <numerusform>结束所有会话(&amp;E)（%n 个活动）</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? For example: caller verified by phone, ticket 4411</source>
        <translation>原因，例如：已电话核实来电者身份，工单 4411</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log):</source>
        <translation>原因（必填，记入审计日志）：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>账号已解锁。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>已结束 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the user this temporary password. It is shown only this once; the user must change it at the next sign-in.</source>
        <translation>请将此临时密码告知用户。它只显示这一次；用户下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Send the user this reset link. It works once, until %1.</source>
        <translation>请将此重置链接发给用户。链接只能使用一次，有效期至 %1。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Choose what to do.</source>
        <translation>请选择要执行的操作。</translation>
    </message>
    <message>
        <source>Write a reason first: every support action is audited with its reason.</source>
        <translation>请先填写原因：每项客服操作都会连同原因记入审计日志。</translation>
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
<context>
    <name>SupportSummary</name>
    <message>
        <source>Account %1: %2 (%3)</source>
        <translation>账号 %1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 until %2, for %3</source>
        <translation>%1，至 %2，原因：%3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>手机号：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>Real-name level: %1</source>
        <translation>实名等级：%1</translation>
    </message>
    <message>
        <source>Real-name level: %1, four-element check %2, ID number %3</source>
        <translation>实名等级：%1，四要素核验：%2，身份证号：%3</translation>
    </message>
    <message>
        <source>Open sessions: %1</source>
        <translation>活动会话：%1</translation>
    </message>
    <message>
        <source>Last sign-in: %1</source>
        <translation>最近登录：%1</translation>
    </message>
    <message>
        <source>SMS codes sent: %1 in the last minute, %2 in the last hour, %3 today</source>
        <translation>已发送短信验证码：最近 1 分钟 %1 条，最近 1 小时 %2 条，今天 %3 条</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>版本：%1</translation>
    </message>
</context>
</TS>
