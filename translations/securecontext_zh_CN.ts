<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="24"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="41"/>
        <location filename="../ui/AboutDialog.cpp" line="51"/>
        <source>About SecureContext</source>
        <translation>关于 SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="47"/>
        <source>&lt;h2&gt;SecureContext %1&lt;/h2&gt;&lt;p&gt;Connect your accounts once and give local AI agents short-lived access to them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SecureContext %1&lt;/h2&gt;&lt;p&gt;只需连接一次您的账户，即可让本地 AI 代理获得短期访问权限。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="64"/>
        <source>SecureContext %1</source>
        <translation>SecureContext %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="65"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（构建时使用 %2）</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="66"/>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="35"/>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="37"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="39"/>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;活动&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="42"/>
        <source>Co&amp;nnection:</source>
        <translation>连接(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="42"/>
        <source>Filter by connection</source>
        <translation>按连接筛选</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="43"/>
        <source>A&amp;gent:</source>
        <translation>代理(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="43"/>
        <source>Filter by agent</source>
        <translation>按代理筛选</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="44"/>
        <source>Ac&amp;tion:</source>
        <translation>操作(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="44"/>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="45"/>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="45"/>
        <source>Filter by outcome</source>
        <translation>按结果筛选</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="46"/>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="46"/>
        <source>Filter by time</source>
        <translation>按时间筛选</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="57"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="58"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="59"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="60"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="72"/>
        <source>Number of events shown</source>
        <translation>显示的事件数</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="73"/>
        <source>Export the events shown as CSV</source>
        <translation>将显示的事件导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="74"/>
        <source>Save the events that match the filters as a CSV file for a spreadsheet</source>
        <translation>将符合筛选条件的事件保存为 CSV 文件，以便在电子表格中使用</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="123"/>
        <source>All</source>
        <comment>filter choice that matches every event</comment>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="135"/>
        <source>%1 (%2)</source>
        <comment>account (provider)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ActivityPage.cpp" line="215"/>
        <source>Showing the newest %n event(s)</source>
        <translation>
            <numerusform>显示最新的 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ActivityPage.cpp" line="216"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="224"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="231"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="240"/>
        <source>Export activity</source>
        <translation>导出活动</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="241"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="247"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>AddProviderDialog</name>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="29"/>
        <source>Add provider</source>
        <translation>添加提供方</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="31"/>
        <source>From a &amp;preset</source>
        <translation>从预设(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="32"/>
        <source>By &amp;issuer URL</source>
        <translation>通过签发者 URL(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="33"/>
        <source>By &amp;hand</source>
        <translation>手动(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="34"/>
        <source>How to add the provider</source>
        <translation>添加提供方的方式</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="39"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="45"/>
        <location filename="../ui/AddProviderDialog.cpp" line="356"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="46"/>
        <source>Add the provider</source>
        <translation>添加该提供方</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="47"/>
        <source>Close without adding</source>
        <translation>关闭且不添加</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="79"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="84"/>
        <source>P&amp;reset:</source>
        <translation>预设(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="89"/>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="90"/>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="91"/>
        <source>Copy redirect URI</source>
        <translation>复制重定向 URI</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="96"/>
        <source>Redirect URI to register:</source>
        <translation>需注册的重定向 URI：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="109"/>
        <source>Register an OAuth client at the provider with this redirect URI, then enter its client id and secret below.</source>
        <translation>请在提供方处使用此重定向 URI 注册一个 OAuth 客户端，然后在下方输入其客户端 ID 和密钥。</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="120"/>
        <source>Iss&amp;uer URL:</source>
        <translation>签发者 URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="120"/>
        <source>Issuer URL</source>
        <translation>签发者 URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="122"/>
        <location filename="../ui/AddProviderDialog.cpp" line="136"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="122"/>
        <source>Issuer provider name</source>
        <translation>提供方名称（签发者）</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="123"/>
        <location filename="../ui/AddProviderDialog.cpp" line="137"/>
        <source>lower-case letters, digits, _ and -</source>
        <translation>小写字母、数字、_ 和 -</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="124"/>
        <location filename="../ui/AddProviderDialog.cpp" line="138"/>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="124"/>
        <source>Issuer provider display name</source>
        <translation>提供方显示名称（签发者）</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="125"/>
        <source>SecureContext reads the endpoints from the issuer&apos;s OpenID Connect or OAuth 2.0 metadata (/.well-known/...).</source>
        <translation>SecureContext 会从签发者的 OpenID Connect 或 OAuth 2.0 元数据（/.well-known/...）中读取端点。</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="136"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="138"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="147"/>
        <source>Use P&amp;KCE (S256)</source>
        <translation>使用 PKCE (S256)(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="139"/>
        <source>Authorization URL</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="139"/>
        <source>Authori&amp;zation URL:</source>
        <translation>授权 URL(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="140"/>
        <source>&amp;Token URL:</source>
        <translation>令牌 URL(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="140"/>
        <source>Token URL</source>
        <translation>令牌 URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="141"/>
        <source>&amp;Userinfo URL:</source>
        <translation>Userinfo URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="141"/>
        <source>Userinfo URL</source>
        <translation>Userinfo URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="142"/>
        <location filename="../ui/AddProviderDialog.cpp" line="144"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="143"/>
        <source>Re&amp;vocation URL:</source>
        <translation>撤销 URL(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="143"/>
        <source>Revocation URL</source>
        <translation>撤销 URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="145"/>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="145"/>
        <source>Scop&amp;es:</source>
        <translation>作用域(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="146"/>
        <source>separated by spaces</source>
        <translation>以空格分隔</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="149"/>
        <source>Use PKCE</source>
        <translation>使用 PKCE</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="156"/>
        <source>OAuth client</source>
        <translation>OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="158"/>
        <source>&amp;Client id:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="158"/>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="159"/>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="159"/>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="161"/>
        <source>Stored in the keychain; leave empty for a public client</source>
        <translation>保存在钥匙串中；公共客户端请留空</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="228"/>
        <source>Preset: choose a provider.</source>
        <translation>预设：请选择一个提供方。</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="232"/>
        <source>Client id: enter the client id that the provider issued for SecureContext.</source>
        <translation>客户端 ID：请输入提供方为 SecureContext 签发的客户端 ID。</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="249"/>
        <source>Issuer URL: enter an https:// URL (http:// only on this computer).</source>
        <translation>签发者 URL：请输入 https:// 地址（http:// 仅限本机）。</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="254"/>
        <source>Name: enter a short name of lower-case letters, digits, _ and -.</source>
        <translation>名称：请输入由小写字母、数字、_ 和 - 组成的短名称。</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="279"/>
        <source>%1: %2</source>
        <comment>field name: English reason</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="356"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>AgentPermissionsEditor</name>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="20"/>
        <source>&amp;Every connection</source>
        <translation>所有连接(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="21"/>
        <source>&amp;Only these connections:</source>
        <translation>仅限这些连接(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="23"/>
        <source>&amp;Read access tokens</source>
        <translation>读取访问令牌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="24"/>
        <source>&amp;Proxy only (call provider APIs through SecureContext, never see a token)</source>
        <translation>仅代理转发(&amp;P)（通过 SecureContext 调用提供方 API，永远看不到令牌）</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="25"/>
        <source>A&amp;dmin (read the audit trail, list and revoke other agents)</source>
        <translation>管理员(&amp;D)（读取审计记录，列出并撤销其他代理）</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="30"/>
        <source>Every connection</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="31"/>
        <source>Only the chosen connections</source>
        <translation>仅限所选连接</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="32"/>
        <source>Connections the agent may use</source>
        <translation>代理可使用的连接</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="34"/>
        <source>Read access tokens</source>
        <translation>读取访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="35"/>
        <source>Proxy only</source>
        <translation>仅代理转发</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="36"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="38"/>
        <source>Connections the agent may use:</source>
        <translation>代理可使用的连接：</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="116"/>
        <source>%1 (%2)</source>
        <comment>provider (account)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="121"/>
        <source>Unknown connection %1</source>
        <translation>未知连接 %1</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="55"/>
        <source>Approved, key not yet collected</source>
        <comment>agent status</comment>
        <translation>已批准，密钥尚未领取</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="57"/>
        <source>Active</source>
        <comment>agent status</comment>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="59"/>
        <source>Expired</source>
        <comment>agent status</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="61"/>
        <source>Revoked</source>
        <comment>agent status</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="69"/>
        <source>every connection</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="71"/>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="75"/>
        <source>unknown connection %1</source>
        <translation>未知连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="78"/>
        <source>%1 (%2)</source>
        <comment>provider (account)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="87"/>
        <source>Calls the APIs of %1 through the proxy, never sees a token.</source>
        <translation>通过代理转发调用 %1 的 API，永远看不到令牌。</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="89"/>
        <source>Reads access tokens of %1.</source>
        <translation>读取 %1 的访问令牌。</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="91"/>
        <source>May use %1, without reading tokens.</source>
        <translation>可使用 %1，但不能读取令牌。</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="93"/>
        <source>Admin: reads the audit trail and manages other agents.</source>
        <translation>管理员：读取审计记录并管理其他代理。</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="117"/>
        <source>Never</source>
        <comment>agent key expiry</comment>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="119"/>
        <source>Never</source>
        <comment>agent last use</comment>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="132"/>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="134"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="136"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="138"/>
        <source>Paired</source>
        <translation>配对时间</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="140"/>
        <source>Key expires</source>
        <translation>密钥过期</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="142"/>
        <source>Last use</source>
        <translation>上次使用</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="26"/>
        <source>Agents</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="28"/>
        <source>Re&amp;view requests…</source>
        <translation>审核请求(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="29"/>
        <source>&amp;Edit permissions…</source>
        <translation>编辑权限(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="30"/>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="32"/>
        <source>&lt;h2&gt;Agents&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;代理&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="43"/>
        <source>Pending requests</source>
        <translation>待处理的请求</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="44"/>
        <source>Review pending requests</source>
        <translation>审核待处理的请求</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="51"/>
        <source>Edit the permissions of the selected agent</source>
        <translation>编辑所选代理的权限</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="53"/>
        <source>Revoke the selected agent</source>
        <translation>撤销所选代理</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="54"/>
        <source>The agent&apos;s key stops working at once</source>
        <translation>该代理的密钥将立即失效</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="78"/>
        <source>No request is waiting for you.</source>
        <translation>没有等待您处理的请求。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AgentsPage.cpp" line="79"/>
        <source>%n request(s) waiting for your decision.</source>
        <comment>pairing and connect requests</comment>
        <translation>
            <numerusform>%n 个请求等待您决定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="100"/>
        <source>Permissions of %1</source>
        <translation>%1 的权限</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="104"/>
        <source>Permissions of the agent</source>
        <translation>代理的权限</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="106"/>
        <source>Save the permissions</source>
        <translation>保存权限</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="107"/>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="128"/>
        <source>Revoke %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="129"/>
        <source>Revoke the agent %1?

Its key stops working at once. To use SecureContext again, the agent has to pair again.</source>
        <translation>要撤销代理 %1 吗？

其密钥将立即失效。该代理如需再次使用 SecureContext，必须重新配对。</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="135"/>
        <location filename="../ui/AgentsPage.cpp" line="136"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ApprovalPrompts</name>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="31"/>
        <source>Pair %1 (code %2)</source>
        <translation>配对 %1（配对码 %2）</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="34"/>
        <source>Connect %1 for %2</source>
        <translation>为 %2 连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="99"/>
        <source>%1 asks to pair</source>
        <translation>%1 请求配对</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="100"/>
        <source>Check the pairing code %1 and allow or deny the agent.</source>
        <translation>请核对配对码 %1，然后允许或拒绝该代理。</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="127"/>
        <source>%1 asks to connect %2</source>
        <translation>%1 请求连接 %2</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="128"/>
        <source>Allow or deny the agent&apos;s request in SecureContext.</source>
        <translation>请在 SecureContext 中允许或拒绝该代理的请求。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="110"/>
        <source>Token read</source>
        <translation>读取令牌</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="111"/>
        <source>Token refresh</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="112"/>
        <source>Grant</source>
        <translation>已授予访问权限</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="113"/>
        <source>Sign-in started</source>
        <translation>登录已开始</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="114"/>
        <source>Sign-in finished</source>
        <translation>登录已完成</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="115"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="116"/>
        <source>Session created</source>
        <translation>会话已创建</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="117"/>
        <source>Session revoked</source>
        <translation>会话已撤销</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="118"/>
        <source>Session extended</source>
        <translation>会话已延长</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="119"/>
        <source>Sessions cleaned up</source>
        <translation>会话已清理</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="120"/>
        <source>Pairing requested</source>
        <translation>请求配对</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="121"/>
        <source>Pairing approved</source>
        <translation>配对已批准</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="122"/>
        <source>Pairing denied</source>
        <translation>配对已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="123"/>
        <source>Agent revoked</source>
        <translation>代理已撤销</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="124"/>
        <source>Connect requested</source>
        <translation>请求连接</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="134"/>
        <source>OK</source>
        <comment>audit outcome</comment>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="136"/>
        <source>Denied</source>
        <comment>audit outcome</comment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="138"/>
        <source>Not found</source>
        <comment>audit outcome</comment>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="140"/>
        <source>Failed</source>
        <comment>audit outcome</comment>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="142"/>
        <source>Pending</source>
        <comment>audit outcome</comment>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="206"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="208"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="210"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="212"/>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="214"/>
        <source>Session</source>
        <comment>column of session id prefixes</comment>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="216"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="218"/>
        <source>Remote address</source>
        <translation>远程地址</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="220"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ConnectFlowDialog</name>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="25"/>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="26"/>
        <source>&amp;Open browser</source>
        <translation>打开浏览器(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="27"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="28"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="29"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="32"/>
        <source>Connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="36"/>
        <source>Sign in and allow access in your browser</source>
        <translation>在浏览器中登录并允许访问</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="36"/>
        <source>Exchange the authorization code</source>
        <translation>兑换授权码</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="37"/>
        <source>Store the tokens in the keychain</source>
        <translation>将令牌保存到钥匙串</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="49"/>
        <source>Connection progress</source>
        <translation>连接进度</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="52"/>
        <source>Time left to sign in</source>
        <translation>剩余登录时间</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="55"/>
        <source>Sign-in link</source>
        <translation>登录链接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="58"/>
        <source>Copy the sign-in link</source>
        <translation>复制登录链接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="59"/>
        <source>Copy the link to open it in a browser of your choice</source>
        <translation>复制链接，以便在您选择的浏览器中打开</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="64"/>
        <source>Open the sign-in link in the browser</source>
        <translation>在浏览器中打开登录链接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="69"/>
        <source>Start the sign-in again</source>
        <translation>重新开始登录</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="74"/>
        <source>Cancel the sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="79"/>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="128"/>
        <source>No browser opened. Copy the link below, open it in your browser and sign in to %1.</source>
        <translation>未能打开浏览器。请复制下方链接，在浏览器中打开并登录 %1。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="176"/>
        <source>Starting the sign-in…</source>
        <translation>正在开始登录…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="179"/>
        <source>Waiting for you to sign in to %1 in your browser…</source>
        <translation>正在等待您在浏览器中登录 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="182"/>
        <source>Exchanging the authorization code for tokens…</source>
        <translation>正在用授权码兑换令牌…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="185"/>
        <source>Connected to %1. Agents can now use this connection.</source>
        <translation>已连接到 %1。代理现在可以使用此连接。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="216"/>
        <source>The sign-in link expires in %1:%2.</source>
        <comment>minutes:seconds</comment>
        <translation>登录链接将在 %1:%2 后过期。</translation>
    </message>
</context>
<context>
    <name>ConnectRequestPrompt</name>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="20"/>
        <source>Connect %1 for %2</source>
        <translation>为 %2 连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="24"/>
        <source>The agent %1 asks you to connect an account at %2. Allow starts the sign-in in your browser; the agent receives a session of the new connection.</source>
        <translation>代理 %1 请求您连接 %2 上的账户。选择“允许”后将在浏览器中开始登录；该代理会获得新连接的一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="30"/>
        <source>Connect request</source>
        <translation>连接请求</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="32"/>
        <source>Every scope the provider grants</source>
        <translation>提供方授予的所有作用域</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="35"/>
        <source>Requested scopes</source>
        <translation>请求的作用域</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="37"/>
        <source>Until revoked</source>
        <comment>session lifetime</comment>
        <translation>直到撤销</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConnectRequestPrompt.cpp" line="38"/>
        <source>%n hour(s)</source>
        <comment>session lifetime</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConnectRequestPrompt.cpp" line="39"/>
        <source>%n minute(s)</source>
        <comment>session lifetime</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="41"/>
        <source>Session lifetime</source>
        <translation>会话有效期</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="43"/>
        <source>Scopes:</source>
        <translation>作用域：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="44"/>
        <source>Session lifetime:</source>
        <translation>会话有效期：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="45"/>
        <source>Request expires:</source>
        <translation>请求过期时间：</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="48"/>
        <source>&amp;Allow</source>
        <translation>允许(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="49"/>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="50"/>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="51"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="57"/>
        <source>Active</source>
        <comment>connection status</comment>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="59"/>
        <source>Refreshing</source>
        <comment>connection status</comment>
        <translation>正在刷新</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="61"/>
        <source>Sign-in needed</source>
        <comment>connection status</comment>
        <translation>需要登录</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="63"/>
        <source>Revoked</source>
        <comment>connection status</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="70"/>
        <source>Connect %1 again to sign in.</source>
        <translation>请重新连接 %1 以登录。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="74"/>
        <source>Disconnected; the connection is being removed.</source>
        <translation>已断开；正在移除此连接。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="91"/>
        <source>Not stated</source>
        <comment>token expiry unknown</comment>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="94"/>
        <source>Expired</source>
        <comment>access token</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="96"/>
        <source>in %1:%2</source>
        <comment>minutes:seconds until the access token expires</comment>
        <translation>%1:%2 后</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConnectionsModel.cpp" line="101"/>
        <source>in %n hour(s)</source>
        <comment>access token expiry</comment>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="141"/>
        <source>Never</source>
        <comment>last token refresh</comment>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="158"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="160"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="162"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="164"/>
        <source>Granted scopes</source>
        <translation>已授予的作用域</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="166"/>
        <source>Access token expires</source>
        <translation>访问令牌过期</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="168"/>
        <source>Last refresh</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="170"/>
        <source>Session id</source>
        <translation>会话 ID</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="24"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="26"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="27"/>
        <source>Copy &amp;session id</source>
        <translation>复制会话 ID(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="28"/>
        <source>&amp;Disconnect…</source>
        <translation>断开(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="29"/>
        <source>Sessions of this connection</source>
        <translation>此连接的会话</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="32"/>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;连接&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="46"/>
        <source>Connection status details</source>
        <translation>连接状态详情</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="50"/>
        <source>Reconnect the selected connection</source>
        <translation>重新连接所选连接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="51"/>
        <source>Sign in to the provider again, for a connection that needs it</source>
        <translation>为需要的连接重新登录提供方</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="56"/>
        <source>Copy the session id of the selected connection</source>
        <translation>复制所选连接的会话 ID</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="57"/>
        <source>Agents use the session id to fetch this connection&apos;s access token</source>
        <translation>代理使用会话 ID 获取此连接的访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="59"/>
        <source>Disconnect the selected connection</source>
        <translation>断开所选连接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="60"/>
        <source>Revoke the connection&apos;s tokens at the provider and delete them from this computer</source>
        <translation>在提供方处撤销此连接的令牌，并从本机删除</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="72"/>
        <source>Sessions of the selected connection</source>
        <translation>所选连接的会话</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="125"/>
        <source>Disconnect %1</source>
        <translation>断开 %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="126"/>
        <source>Disconnect %1 at %2?

SecureContext revokes the connection&apos;s tokens at the provider and deletes them from this computer. Agents that use its session id lose access at once. To use the account again, connect it again.</source>
        <translation>要断开 %2 上的 %1 吗？

SecureContext 会在提供方处撤销此连接的令牌，并从本机删除。使用其会话 ID 的代理将立即失去访问权限。如需再次使用该账户，请重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="132"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="141"/>
        <source>Disconnecting…</source>
        <translation>正在断开…</translation>
    </message>
</context>
<context>
    <name>CreateSessionDialog</name>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="42"/>
        <source>Let the agent see the &amp;refresh token</source>
        <translation>允许代理查看刷新令牌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="48"/>
        <source>New session of %1</source>
        <translation>%1 的新会话</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="52"/>
        <source>A session lets one agent read this connection&apos;s access token with its session id.</source>
        <translation>会话让一个代理可以凭其会话 ID 读取此连接的访问令牌。</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="55"/>
        <source>Agent name</source>
        <translation>代理名称</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="57"/>
        <source>for example: mail summarizer</source>
        <translation>例如：邮件摘要助手</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="60"/>
        <source>Session lifetime</source>
        <translation>会话有效期</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="61"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="62"/>
        <source>8 hours</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="63"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="64"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="65"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="66"/>
        <source>No expiry</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="69"/>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="70"/>
        <source>Scopes of the session</source>
        <translation>会话的作用域</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="76"/>
        <source>Scope %1</source>
        <translation>作用域 %1</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="82"/>
        <source>The provider did not list the granted scopes; the session gets all of them.</source>
        <translation>提供方未列出已授予的作用域；该会话将获得全部作用域。</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="84"/>
        <source>Let the agent see the refresh token</source>
        <translation>允许代理查看刷新令牌</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="85"/>
        <source>With the refresh token the agent can get new access tokens on its own, without SecureContext and after the session ends, until you disconnect the account.</source>
        <translation>有了刷新令牌，代理可以自行获取新的访问令牌，无需经过 SecureContext，并且在会话结束后仍可获取，直到您断开该账户。</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="88"/>
        <source>Refresh token warning</source>
        <translation>刷新令牌警告</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="95"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="100"/>
        <source>&amp;Agent name:</source>
        <translation>代理名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="101"/>
        <source>&amp;Lifetime:</source>
        <translation>有效期(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="115"/>
        <source>The session is ready. Give this id to the agent now: SecureContext shows it only once. The agent reads the access token with GET /api/tokens/&lt;session id&gt;.</source>
        <translation>会话已就绪。请立即将此 ID 交给代理：SecureContext 只显示一次。代理通过 GET /api/tokens/&lt;会话 ID&gt; 读取访问令牌。</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="120"/>
        <source>New session id</source>
        <translation>新会话 ID</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="121"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="122"/>
        <source>Copy the session id</source>
        <translation>复制会话 ID</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="134"/>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="135"/>
        <source>Create the session</source>
        <translation>创建会话</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="195"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="19"/>
        <location filename="../ui/DashboardPage.cpp" line="122"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="21"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;仪表板&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="24"/>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="25"/>
        <source>Latency p50 / p95 / p99</source>
        <translation>延迟 p50 / p95 / p99</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="26"/>
        <source>Errors/s</source>
        <translation>错误/秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="27"/>
        <location filename="../ui/DashboardPage.cpp" line="45"/>
        <source>Open connections</source>
        <translation>打开的连接</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="28"/>
        <source>Refreshes/s</source>
        <translation>刷新/秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="29"/>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="32"/>
        <location filename="../ui/DashboardPage.cpp" line="123"/>
        <source>Pause the charts</source>
        <translation>暂停图表</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="33"/>
        <source>Stop redrawing the charts; samples are still collected</source>
        <translation>停止重绘图表；仍会继续收集样本</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="42"/>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="42"/>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="42"/>
        <location filename="../ui/DashboardPage.cpp" line="44"/>
        <location filename="../ui/DashboardPage.cpp" line="46"/>
        <source>1/s</source>
        <translation>次/秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="43"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="43"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="44"/>
        <source>Errors per second</source>
        <translation>每秒错误数</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="44"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="45"/>
        <source>connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="46"/>
        <source>Refreshes per second</source>
        <translation>每秒刷新数</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="46"/>
        <source>refreshes</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>resident</source>
        <translation>常驻</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="122"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="123"/>
        <source>Resume the charts</source>
        <translation>继续图表</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="132"/>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="141"/>
        <source>n/a</source>
        <comment>memory not reported</comment>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>FlowErrorText</name>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="14"/>
        <source>The sign-in was cancelled or refused at the provider. Connect again and allow access.</source>
        <translation>登录在提供方处被取消或拒绝。请重新连接并允许访问。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="16"/>
        <source>The provider rejected the client id or client secret. Check them under Set up client and connect again.</source>
        <translation>提供方拒绝了客户端 ID 或客户端密钥。请在“设置客户端”中检查后重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="19"/>
        <source>The provider does not allow one of the requested scopes for this client. Remove the scope or allow it in the client&apos;s settings at the provider.</source>
        <translation>提供方不允许此客户端使用所请求的某个作用域。请移除该作用域，或在提供方的客户端设置中允许它。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="22"/>
        <source>The provider rejected the authorization code, which happens when it expired or was used before. Connect again.</source>
        <translation>提供方拒绝了授权码，这通常是因为授权码已过期或已被使用。请重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="25"/>
        <source>The provider had a temporary problem. Try again in a few minutes.</source>
        <translation>提供方出现临时问题。请几分钟后重试。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="27"/>
        <source>The provider did not grant access: %1</source>
        <translation>提供方未授予访问权限：%1</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="31"/>
        <source>The browser did not return to SecureContext in time. Connect again.</source>
        <translation>浏览器未能及时返回 SecureContext。请重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="33"/>
        <source>The answer came from a different server than the one you signed in to, so SecureContext rejected it. Connect again.</source>
        <translation>该响应来自与您登录的服务器不同的服务器，因此 SecureContext 已拒绝它。请重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="36"/>
        <source>This provider needs a client id first. Use Set up client.</source>
        <translation>此提供方需要先设置客户端 ID。请使用“设置客户端”。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="38"/>
        <source>The broker has not started yet. Wait a moment and try again.</source>
        <translation>代理服务尚未启动。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="40"/>
        <source>SecureContext could not reach the provider&apos;s token endpoint. Check the network connection and try again.</source>
        <translation>SecureContext 无法访问提供方的令牌端点。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="43"/>
        <source>Connecting failed: %1</source>
        <comment>the argument is the broker&apos;s English message</comment>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>SecureContext</source>
        <translation>SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Broker state</source>
        <translation>代理服务状态</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Starting…</source>
        <comment>broker state</comment>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Stopped</source>
        <comment>broker state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Session id copied to the clipboard</source>
        <translation>会话 ID 已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Agents</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Close window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;About SecureContext</source>
        <translation>关于 SecureContext(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>SecureContext is still running</source>
        <translation>SecureContext 仍在运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Agents can still use your connections. Quit from the tray icon&apos;s menu.</source>
        <translation>代理仍可使用您的连接。如需退出，请使用托盘图标的菜单。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>API: http://127.0.0.1:%1</source>
        <translation>API：http://127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Running</source>
        <comment>broker state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Not running</source>
        <comment>broker state</comment>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>The broker could not start</source>
        <translation>代理服务无法启动</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Agents (%1)</source>
        <comment>navigation entry with pending requests</comment>
        <translation>代理 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Connected %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>Connecting %1 failed</source>
        <translation>连接 %1 失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>%1 needs you to sign in again</source>
        <translation>%1 需要您重新登录</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Agents cannot use %1 until you reconnect it.</source>
        <translation>在您重新连接之前，代理无法使用 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Disconnected. The tokens were revoked at the provider and deleted.</source>
        <translation>已断开。令牌已在提供方处撤销并删除。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>Disconnected, with warnings</source>
        <translation>已断开，但有警告</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>The connection was deleted from this computer, but not everything was revoked at the provider:

%1</source>
        <translation>此连接已从本机删除，但并非所有内容都已在提供方处撤销：

%1</translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message>
        <location filename="../ui/MetricsChart.cpp" line="29"/>
        <source>seconds ago</source>
        <translation>秒前</translation>
    </message>
</context>
<context>
    <name>PairingPrompt</name>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="22"/>
        <source>Pair agent %1</source>
        <translation>配对代理 %1</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="26"/>
        <source>An agent asks to use your connections:</source>
        <translation>有代理请求使用您的连接：</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="29"/>
        <source>Agent name</source>
        <translation>代理名称</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="35"/>
        <source>Pairing code</source>
        <translation>配对码</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="42"/>
        <source>Check that the agent shows the same code. If it does not, deny the request.</source>
        <translation>请确认代理显示的是相同的配对码。如果不同，请拒绝该请求。</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="48"/>
        <source>Remote address</source>
        <translation>远程地址</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="50"/>
        <source>Request expires</source>
        <translation>请求过期时间</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="52"/>
        <source>Connecting from:</source>
        <translation>连接来源：</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="53"/>
        <source>Request expires:</source>
        <translation>请求过期时间：</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="58"/>
        <source>Permissions to grant</source>
        <translation>要授予的权限</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="59"/>
        <source>Requested permissions. You can narrow them before allowing.</source>
        <translation>请求的权限。您可以在允许之前缩小范围。</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="63"/>
        <source>Allow &amp;once</source>
        <translation>允许一次(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="64"/>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="65"/>
        <source>The agent&apos;s key works for 24 hours</source>
        <translation>代理的密钥有效期为 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="66"/>
        <source>Allow &amp;always</source>
        <translation>始终允许(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="67"/>
        <source>Allow always</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="68"/>
        <source>The agent&apos;s key works until you revoke it</source>
        <translation>代理的密钥在您撤销前一直有效</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="69"/>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="70"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>ProviderClientDialog</name>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="18"/>
        <source>OAuth client for %1</source>
        <translation>%1 的 OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="20"/>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="22"/>
        <source>Stored in the keychain; leave empty for a public client</source>
        <translation>保存在钥匙串中；公共客户端请留空</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="23"/>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="27"/>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="28"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="29"/>
        <source>Copy redirect URI</source>
        <translation>复制重定向 URI</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="36"/>
        <source>Redirect URI to register:</source>
        <translation>需注册的重定向 URI：</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="37"/>
        <source>Client id:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="38"/>
        <source>Client secret:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="41"/>
        <source>Save the OAuth client</source>
        <translation>保存 OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="42"/>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="52"/>
        <source>Register an OAuth client at %1 with the redirect URI below, then enter its client id and secret.</source>
        <translation>请在 %1 处使用下方重定向 URI 注册一个 OAuth 客户端，然后输入其客户端 ID 和密钥。</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="46"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="46"/>
        <source>Client id needed</source>
        <comment>provider status</comment>
        <translation>需要客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="48"/>
        <source>Added by you</source>
        <comment>provider source</comment>
        <translation>由您添加</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="48"/>
        <source>Preset</source>
        <comment>provider source</comment>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="63"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="67"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="69"/>
        <source>Redirect URI to register</source>
        <translation>需注册的重定向 URI</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="21"/>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="22"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="23"/>
        <source>Set up &amp;client…</source>
        <translation>设置客户端(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="24"/>
        <source>&amp;Add provider…</source>
        <translation>添加提供方(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="26"/>
        <source>&lt;h2&gt;Providers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;提供方&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="27"/>
        <source>Services you can connect. Set up an OAuth client for a provider once, then connect your account.</source>
        <translation>您可以连接的服务。为提供方设置一次 OAuth 客户端，然后连接您的账户。</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="43"/>
        <source>Connect the selected provider</source>
        <translation>连接所选提供方</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="44"/>
        <source>Sign in to the provider in your browser and store the connection</source>
        <translation>在浏览器中登录提供方并保存连接</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="49"/>
        <source>Set the OAuth client of the selected provider</source>
        <translation>设置所选提供方的 OAuth 客户端</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="51"/>
        <source>Add a provider</source>
        <translation>添加一个提供方</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>SecureContext</source>
        <translation>SecureContext</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="23"/>
        <source>&amp;New session…</source>
        <translation>新建会话(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="24"/>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="25"/>
        <source>Re&amp;fresh now</source>
        <translation>立即刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="27"/>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="27"/>
        <source>Session</source>
        <comment>column of session id prefixes</comment>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="27"/>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="28"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="28"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="29"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="43"/>
        <source>New session of the selected connection</source>
        <translation>为所选连接新建会话</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="44"/>
        <source>Give an agent its own session id with a lifetime and a part of the scopes</source>
        <translation>为代理提供专属会话 ID，并设定有效期和部分作用域</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="46"/>
        <source>Revoke the selected session</source>
        <translation>撤销所选会话</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="47"/>
        <source>The session id stops working at once; the connection stays</source>
        <translation>该会话 ID 将立即失效；连接保持不变</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="49"/>
        <source>Refresh the connection&apos;s access token now</source>
        <translation>立即刷新此连接的访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="50"/>
        <source>Ask the provider for a new access token now instead of shortly before expiry</source>
        <translation>立即向提供方请求新的访问令牌，而不是等到临近过期时</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="76"/>
        <source>Active</source>
        <comment>session status</comment>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="78"/>
        <source>Expired</source>
        <comment>session status</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="80"/>
        <source>Revoked</source>
        <comment>session status</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="87"/>
        <source>%1 (%2)</source>
        <comment>account (provider)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="130"/>
        <source>You</source>
        <comment>session made by the person in the console</comment>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="131"/>
        <source>All granted</source>
        <comment>session scopes</comment>
        <translation>全部已授予</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="134"/>
        <source>Never</source>
        <comment>session expiry</comment>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="147"/>
        <source>The agent can see the refresh token</source>
        <translation>代理可以查看刷新令牌</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="156"/>
        <source>Select a connection to see its sessions.</source>
        <translation>选择一个连接以查看其会话。</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="158"/>
        <source>No sessions yet. Create one for each agent, so you can revoke each on its own.</source>
        <translation>尚无会话。请为每个代理各创建一个会话，以便单独撤销。</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="226"/>
        <source>you</source>
        <comment>session made by the person in the console</comment>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="228"/>
        <source>Revoke session</source>
        <translation>撤销会话</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="229"/>
        <source>Revoke the session %1… of %2?

Its session id stops working at once. The connection and its other sessions stay.</source>
        <translation>要撤销 %2 的会话 %1… 吗？

其会话 ID 将立即失效。该连接及其其他会话保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="235"/>
        <location filename="../ui/SessionsPanel.cpp" line="236"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="244"/>
        <source>Session revoked</source>
        <translation>会话已撤销</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="254"/>
        <source>Refreshing the access token…</source>
        <translation>正在刷新访问令牌…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="27"/>
        <source>Start SecureContext when I &amp;log in</source>
        <translation>登录时启动 SecureContext(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="28"/>
        <source>Start &amp;minimized to the tray</source>
        <translation>启动时最小化到托盘(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="32"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="34"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;设置&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="37"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="38"/>
        <source>API port</source>
        <translation>API 端口</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="39"/>
        <source>TCP port of the local API on 127.0.0.1; agents use it in their URLs</source>
        <translation>本地 API 在 127.0.0.1 上的 TCP 端口；代理会在 URL 中使用它</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="40"/>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="41"/>
        <source>Start minimized to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="42"/>
        <source>Log level</source>
        <translation>日志级别</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="43"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="44"/>
        <source>Information (default)</source>
        <translation>信息（默认）</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="45"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="46"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="47"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="54"/>
        <source>Data location</source>
        <translation>数据位置</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="55"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="56"/>
        <source>Open the data location</source>
        <translation>打开数据位置</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="67"/>
        <source>API &amp;port:</source>
        <translation>API 端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="70"/>
        <source>Log &amp;level:</source>
        <translation>日志级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="71"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="72"/>
        <source>Data location:</source>
        <translation>数据位置：</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="76"/>
        <source>Settings note</source>
        <translation>设置提示</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="78"/>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="119"/>
        <source>The settings could not be written to %1.</source>
        <translation>无法将设置写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="124"/>
        <source>Saved. The port, log level and language change when SecureContext starts again.</source>
        <translation>已保存。端口、日志级别和语言将在 SecureContext 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="125"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <location filename="../ui/StartAtLogin.cpp" line="50"/>
        <source>The start-at-login entry in %1 could not be changed.</source>
        <translation>无法更改 %1 中的登录时启动项。</translation>
    </message>
    <message>
        <location filename="../ui/StartAtLogin.cpp" line="56"/>
        <source>The start-at-login entry %1 could not be removed.</source>
        <translation>无法删除登录时启动项 %1。</translation>
    </message>
    <message>
        <location filename="../ui/StartAtLogin.cpp" line="86"/>
        <source>The start-at-login entry %1 could not be written: %2</source>
        <translation>无法写入登录时启动项 %1：%2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="14"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="15"/>
        <source>&amp;Pending approvals</source>
        <translation>待处理的请求(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="17"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="23"/>
        <source>&amp;Show SecureContext</source>
        <translation>显示 SecureContext(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="24"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="28"/>
        <source>SecureContext</source>
        <translation>SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="47"/>
        <source>SecureContext: %1</source>
        <translation>SecureContext：%1</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="61"/>
        <source>No provider is set up</source>
        <translation>尚未设置任何提供方</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="67"/>
        <source>&amp;Pending approvals (%1)</source>
        <translation>待处理的请求 (%1)(&amp;P)</translation>
    </message>
</context>
</TS>
