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
        <location filename="../ui/ConnectionsPage.cpp" line="23"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="25"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="26"/>
        <source>Copy &amp;session id</source>
        <translation>复制会话 ID(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="27"/>
        <source>&amp;Disconnect…</source>
        <translation>断开(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="28"/>
        <source>Sessions of this connection</source>
        <translation>此连接的会话</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="30"/>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;连接&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="44"/>
        <source>Connection status details</source>
        <translation>连接状态详情</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="48"/>
        <source>Reconnect the selected connection</source>
        <translation>重新连接所选连接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="49"/>
        <source>Sign in to the provider again, for a connection that needs it</source>
        <translation>为需要的连接重新登录提供方</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="54"/>
        <source>Copy the session id of the selected connection</source>
        <translation>复制所选连接的会话 ID</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="55"/>
        <source>Agents use the session id to fetch this connection&apos;s access token</source>
        <translation>代理使用会话 ID 获取此连接的访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="57"/>
        <source>Disconnect the selected connection</source>
        <translation>断开所选连接</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="58"/>
        <source>Revoke the connection&apos;s tokens at the provider and delete them from this computer</source>
        <translation>在提供方处撤销此连接的令牌，并从本机删除</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="70"/>
        <source>Sessions that agents hold for this connection will be listed here.</source>
        <translation>代理为此连接持有的会话将在此列出。</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="74"/>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="19"/>
        <location filename="../ui/DashboardPage.cpp" line="106"/>
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
        <location filename="../ui/DashboardPage.cpp" line="107"/>
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
        <location filename="../ui/DashboardPage.cpp" line="106"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="107"/>
        <source>Resume the charts</source>
        <translation>继续图表</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="116"/>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="125"/>
        <source>n/a</source>
        <comment>memory not reported</comment>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>FlowErrorText</name>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="31"/>
        <source>The sign-in was cancelled or refused at the provider. Connect again and allow access.</source>
        <translation>登录在提供方处被取消或拒绝。请重新连接并允许访问。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="33"/>
        <source>The provider rejected the client id or client secret. Check them under Set up client and connect again.</source>
        <translation>提供方拒绝了客户端 ID 或客户端密钥。请在“设置客户端”中检查后重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="36"/>
        <source>The provider does not allow one of the requested scopes for this client. Remove the scope or allow it in the client&apos;s settings at the provider.</source>
        <translation>提供方不允许此客户端使用所请求的某个作用域。请移除该作用域，或在提供方的客户端设置中允许它。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="39"/>
        <source>The provider rejected the authorization code, which happens when it expired or was used before. Connect again.</source>
        <translation>提供方拒绝了授权码，这通常是因为授权码已过期或已被使用。请重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="42"/>
        <source>The provider had a temporary problem. Try again in a few minutes.</source>
        <translation>提供方出现临时问题。请几分钟后重试。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="44"/>
        <source>The provider did not grant access: %1</source>
        <translation>提供方未授予访问权限：%1</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="48"/>
        <source>The browser did not return to SecureContext in time. Connect again.</source>
        <translation>浏览器未能及时返回 SecureContext。请重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="50"/>
        <source>The answer came from a different server than the one you signed in to, so SecureContext rejected it. Connect again.</source>
        <translation>该响应来自与您登录的服务器不同的服务器，因此 SecureContext 已拒绝它。请重新连接。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="53"/>
        <source>This provider needs a client id first. Use Set up client.</source>
        <translation>此提供方需要先设置客户端 ID。请使用“设置客户端”。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="55"/>
        <source>The broker has not started yet. Wait a moment and try again.</source>
        <translation>代理服务尚未启动。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="57"/>
        <source>SecureContext could not reach the provider&apos;s token endpoint. Check the network connection and try again.</source>
        <translation>SecureContext 无法访问提供方的令牌端点。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="60"/>
        <source>Connecting failed: %1</source>
        <comment>the argument is the broker&apos;s English message</comment>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>SecureContext</source>
        <translation>SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Broker state</source>
        <translation>代理服务状态</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Starting…</source>
        <comment>broker state</comment>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Stopped</source>
        <comment>broker state</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Session id copied to the clipboard</source>
        <translation>会话 ID 已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Close window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;About SecureContext</source>
        <translation>关于 SecureContext(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>SecureContext is still running</source>
        <translation>SecureContext 仍在运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Agents can still use your connections. Quit from the tray icon&apos;s menu.</source>
        <translation>代理仍可使用您的连接。如需退出，请使用托盘图标的菜单。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>API: http://127.0.0.1:%1</source>
        <translation>API：http://127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Running</source>
        <comment>broker state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Not running</source>
        <comment>broker state</comment>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>The broker could not start</source>
        <translation>代理服务无法启动</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Connected %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Connecting %1 failed</source>
        <translation>连接 %1 失败</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>%1 needs you to sign in again</source>
        <translation>%1 需要您重新登录</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Agents cannot use %1 until you reconnect it.</source>
        <translation>在您重新连接之前，代理无法使用 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Disconnected. The tokens were revoked at the provider and deleted.</source>
        <translation>已断开。令牌已在提供方处撤销并删除。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>Disconnected, with warnings</source>
        <translation>已断开，但有警告</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
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
        <location filename="../ui/TrayIcon.cpp" line="16"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="21"/>
        <source>&amp;Show SecureContext</source>
        <translation>显示 SecureContext(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="22"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="26"/>
        <source>SecureContext</source>
        <translation>SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="44"/>
        <source>SecureContext: %1</source>
        <translation>SecureContext：%1</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="58"/>
        <source>No provider is set up</source>
        <translation>尚未设置任何提供方</translation>
    </message>
</context>
</TS>
