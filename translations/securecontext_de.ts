<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="24"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="41"/>
        <location filename="../ui/AboutDialog.cpp" line="51"/>
        <source>About SecureContext</source>
        <translation>Über SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="47"/>
        <source>&lt;h2&gt;SecureContext %1&lt;/h2&gt;&lt;p&gt;Connect your accounts once and give local AI agents short-lived access to them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SecureContext %1&lt;/h2&gt;&lt;p&gt;Verbinden Sie Ihre Konten einmal und geben Sie lokalen KI-Agenten kurzlebigen Zugriff darauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="64"/>
        <source>SecureContext %1</source>
        <translation>SecureContext %1</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="65"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
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
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="31"/>
        <source>From a &amp;preset</source>
        <translation>Aus einer &amp;Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="32"/>
        <source>By &amp;issuer URL</source>
        <translation>Über Aussteller-UR&amp;L</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="33"/>
        <source>By &amp;hand</source>
        <translation>&amp;Manuell</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="34"/>
        <source>How to add the provider</source>
        <translation>Art, den Anbieter hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="39"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="45"/>
        <location filename="../ui/AddProviderDialog.cpp" line="356"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="46"/>
        <source>Add the provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="47"/>
        <source>Close without adding</source>
        <translation>Schließen, ohne hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="79"/>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="84"/>
        <source>P&amp;reset:</source>
        <translation>Vorla&amp;ge:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="89"/>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="90"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="91"/>
        <source>Copy redirect URI</source>
        <translation>Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="96"/>
        <source>Redirect URI to register:</source>
        <translation>Zu registrierende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="109"/>
        <source>Register an OAuth client at the provider with this redirect URI, then enter its client id and secret below.</source>
        <translation>Registrieren Sie beim Anbieter einen OAuth-Client mit dieser Weiterleitungs-URI und geben Sie dann unten dessen Client-ID und Secret ein.</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="120"/>
        <source>Iss&amp;uer URL:</source>
        <translation>Aussteller-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="120"/>
        <source>Issuer URL</source>
        <translation>Aussteller-URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="122"/>
        <location filename="../ui/AddProviderDialog.cpp" line="136"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="122"/>
        <source>Issuer provider name</source>
        <translation>Name des Anbieters (Aussteller)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="123"/>
        <location filename="../ui/AddProviderDialog.cpp" line="137"/>
        <source>lower-case letters, digits, _ and -</source>
        <translation>Kleinbuchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="124"/>
        <location filename="../ui/AddProviderDialog.cpp" line="138"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="124"/>
        <source>Issuer provider display name</source>
        <translation>Anzeigename des Anbieters (Aussteller)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="125"/>
        <source>SecureContext reads the endpoints from the issuer&apos;s OpenID Connect or OAuth 2.0 metadata (/.well-known/...).</source>
        <translation>SecureContext liest die Endpunkte aus den OpenID-Connect- oder OAuth-2.0-Metadaten des Ausstellers (/.well-known/...).</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="136"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="138"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="147"/>
        <source>Use P&amp;KCE (S256)</source>
        <translation>P&amp;KCE verwenden (S256)</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="139"/>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="139"/>
        <source>Authori&amp;zation URL:</source>
        <translation>Autorisierungs-U&amp;RL:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="140"/>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="140"/>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="141"/>
        <source>&amp;Userinfo URL:</source>
        <translation>&amp;Userinfo-URL:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="141"/>
        <source>Userinfo URL</source>
        <translation>Userinfo-URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="142"/>
        <location filename="../ui/AddProviderDialog.cpp" line="144"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="143"/>
        <source>Re&amp;vocation URL:</source>
        <translation>&amp;Widerrufs-URL:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="143"/>
        <source>Revocation URL</source>
        <translation>Widerrufs-URL</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="145"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="145"/>
        <source>Scop&amp;es:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="146"/>
        <source>separated by spaces</source>
        <translation>durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="149"/>
        <source>Use PKCE</source>
        <translation>PKCE verwenden</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="156"/>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="158"/>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="158"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="159"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="159"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="161"/>
        <source>Stored in the keychain; leave empty for a public client</source>
        <translation>Wird im Schlüsselbund gespeichert; für einen öffentlichen Client leer lassen</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="228"/>
        <source>Preset: choose a provider.</source>
        <translation>Vorlage: Wählen Sie einen Anbieter.</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="232"/>
        <source>Client id: enter the client id that the provider issued for SecureContext.</source>
        <translation>Client-ID: Geben Sie die Client-ID ein, die der Anbieter für SecureContext ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="249"/>
        <source>Issuer URL: enter an https:// URL (http:// only on this computer).</source>
        <translation>Aussteller-URL: Geben Sie eine https://-URL ein (http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="254"/>
        <source>Name: enter a short name of lower-case letters, digits, _ and -.</source>
        <translation>Name: Geben Sie einen kurzen Namen aus Kleinbuchstaben, Ziffern, _ und - ein.</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="279"/>
        <source>%1: %2</source>
        <comment>field name: English reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/AddProviderDialog.cpp" line="356"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ConnectFlowDialog</name>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="25"/>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="26"/>
        <source>&amp;Open browser</source>
        <translation>Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="27"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="29"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="32"/>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="36"/>
        <source>Sign in and allow access in your browser</source>
        <translation>Im Browser anmelden und Zugriff erlauben</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="36"/>
        <source>Exchange the authorization code</source>
        <translation>Autorisierungscode eintauschen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="37"/>
        <source>Store the tokens in the keychain</source>
        <translation>Tokens im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="49"/>
        <source>Connection progress</source>
        <translation>Fortschritt der Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="52"/>
        <source>Time left to sign in</source>
        <translation>Verbleibende Zeit zum Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="55"/>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="58"/>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="59"/>
        <source>Copy the link to open it in a browser of your choice</source>
        <translation>Link kopieren, um ihn in einem Browser Ihrer Wahl zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="64"/>
        <source>Open the sign-in link in the browser</source>
        <translation>Anmeldelink im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="69"/>
        <source>Start the sign-in again</source>
        <translation>Anmeldung neu starten</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="74"/>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="79"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="128"/>
        <source>No browser opened. Copy the link below, open it in your browser and sign in to %1.</source>
        <translation>Es wurde kein Browser geöffnet. Kopieren Sie den Link unten, öffnen Sie ihn in Ihrem Browser und melden Sie sich bei %1 an.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="176"/>
        <source>Starting the sign-in…</source>
        <translation>Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="179"/>
        <source>Waiting for you to sign in to %1 in your browser…</source>
        <translation>Warten auf Ihre Anmeldung bei %1 im Browser…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="182"/>
        <source>Exchanging the authorization code for tokens…</source>
        <translation>Autorisierungscode wird gegen Tokens eingetauscht…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="185"/>
        <source>Connected to %1. Agents can now use this connection.</source>
        <translation>Mit %1 verbunden. Agenten können diese Verbindung jetzt verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectFlowDialog.cpp" line="216"/>
        <source>The sign-in link expires in %1:%2.</source>
        <comment>minutes:seconds</comment>
        <translation>Der Anmeldelink läuft in %1:%2 ab.</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="57"/>
        <source>Active</source>
        <comment>connection status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="59"/>
        <source>Refreshing</source>
        <comment>connection status</comment>
        <translation>Wird erneuert</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="61"/>
        <source>Sign-in needed</source>
        <comment>connection status</comment>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="63"/>
        <source>Revoked</source>
        <comment>connection status</comment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="70"/>
        <source>Connect %1 again to sign in.</source>
        <translation>Verbinden Sie %1 erneut, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="74"/>
        <source>Disconnected; the connection is being removed.</source>
        <translation>Getrennt; die Verbindung wird entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="91"/>
        <source>Not stated</source>
        <comment>token expiry unknown</comment>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="94"/>
        <source>Expired</source>
        <comment>access token</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="96"/>
        <source>in %1:%2</source>
        <comment>minutes:seconds until the access token expires</comment>
        <translation>in %1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConnectionsModel.cpp" line="101"/>
        <source>in %n hour(s)</source>
        <comment>access token expiry</comment>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="141"/>
        <source>Never</source>
        <comment>last token refresh</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="158"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="160"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="164"/>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="166"/>
        <source>Access token expires</source>
        <translation>Zugriffstoken läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="168"/>
        <source>Last refresh</source>
        <translation>Letzte Erneuerung</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsModel.cpp" line="170"/>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="23"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="25"/>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="26"/>
        <source>Copy &amp;session id</source>
        <translation>&amp;Sitzungs-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="27"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="28"/>
        <source>Sessions of this connection</source>
        <translation>Sitzungen dieser Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="30"/>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verbindungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="44"/>
        <source>Connection status details</source>
        <translation>Details zum Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="48"/>
        <source>Reconnect the selected connection</source>
        <translation>Ausgewählte Verbindung neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="49"/>
        <source>Sign in to the provider again, for a connection that needs it</source>
        <translation>Erneut beim Anbieter anmelden, für eine Verbindung, die es braucht</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="54"/>
        <source>Copy the session id of the selected connection</source>
        <translation>Sitzungs-ID der ausgewählten Verbindung kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="55"/>
        <source>Agents use the session id to fetch this connection&apos;s access token</source>
        <translation>Agenten verwenden die Sitzungs-ID, um das Zugriffstoken dieser Verbindung abzurufen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="57"/>
        <source>Disconnect the selected connection</source>
        <translation>Ausgewählte Verbindung trennen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="58"/>
        <source>Revoke the connection&apos;s tokens at the provider and delete them from this computer</source>
        <translation>Die Tokens der Verbindung beim Anbieter widerrufen und von diesem Computer löschen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="70"/>
        <source>Sessions that agents hold for this connection will be listed here.</source>
        <translation>Hier werden die Sitzungen aufgeführt, die Agenten für diese Verbindung halten.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="74"/>
        <source>Sessions of the selected connection</source>
        <translation>Sitzungen der ausgewählten Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="125"/>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="126"/>
        <source>Disconnect %1 at %2?

SecureContext revokes the connection&apos;s tokens at the provider and deletes them from this computer. Agents that use its session id lose access at once. To use the account again, connect it again.</source>
        <translation>%1 bei %2 trennen?

SecureContext widerruft die Tokens der Verbindung beim Anbieter und löscht sie von diesem Computer. Agenten, die ihre Sitzungs-ID verwenden, verlieren sofort den Zugriff. Um das Konto wieder zu verwenden, verbinden Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="132"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="141"/>
        <source>Disconnecting…</source>
        <translation>Wird getrennt…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="19"/>
        <location filename="../ui/DashboardPage.cpp" line="106"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="21"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Übersicht&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="24"/>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="25"/>
        <source>Latency p50 / p95 / p99</source>
        <translation>Latenz p50 / p95 / p99</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="26"/>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="27"/>
        <location filename="../ui/DashboardPage.cpp" line="45"/>
        <source>Open connections</source>
        <translation>Offene Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="28"/>
        <source>Refreshes/s</source>
        <translation>Erneuerungen/s</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="29"/>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="32"/>
        <location filename="../ui/DashboardPage.cpp" line="107"/>
        <source>Pause the charts</source>
        <translation>Diagramme anhalten</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="33"/>
        <source>Stop redrawing the charts; samples are still collected</source>
        <translation>Diagramme nicht mehr neu zeichnen; Messwerte werden weiter gesammelt</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="42"/>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="42"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="42"/>
        <location filename="../ui/DashboardPage.cpp" line="44"/>
        <location filename="../ui/DashboardPage.cpp" line="46"/>
        <source>1/s</source>
        <translation>1/s</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="43"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="43"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="44"/>
        <source>Errors per second</source>
        <translation>Fehler pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="44"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="45"/>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="46"/>
        <source>Refreshes per second</source>
        <translation>Erneuerungen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="46"/>
        <source>refreshes</source>
        <translation>Erneuerungen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>resident</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="47"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="106"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="107"/>
        <source>Resume the charts</source>
        <translation>Diagramme fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="116"/>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="125"/>
        <source>n/a</source>
        <comment>memory not reported</comment>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>FlowErrorText</name>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="31"/>
        <source>The sign-in was cancelled or refused at the provider. Connect again and allow access.</source>
        <translation>Die Anmeldung wurde beim Anbieter abgebrochen oder abgelehnt. Verbinden Sie erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="33"/>
        <source>The provider rejected the client id or client secret. Check them under Set up client and connect again.</source>
        <translation>Der Anbieter hat die Client-ID oder das Client-Secret abgelehnt. Prüfen Sie beides unter „Client einrichten“ und verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="36"/>
        <source>The provider does not allow one of the requested scopes for this client. Remove the scope or allow it in the client&apos;s settings at the provider.</source>
        <translation>Der Anbieter erlaubt einen der angeforderten Scopes für diesen Client nicht. Entfernen Sie den Scope oder erlauben Sie ihn in den Client-Einstellungen beim Anbieter.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="39"/>
        <source>The provider rejected the authorization code, which happens when it expired or was used before. Connect again.</source>
        <translation>Der Anbieter hat den Autorisierungscode abgelehnt; das geschieht, wenn er abgelaufen ist oder schon verwendet wurde. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="42"/>
        <source>The provider had a temporary problem. Try again in a few minutes.</source>
        <translation>Beim Anbieter ist ein vorübergehendes Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="44"/>
        <source>The provider did not grant access: %1</source>
        <translation>Der Anbieter hat den Zugriff nicht gewährt: %1</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="48"/>
        <source>The browser did not return to SecureContext in time. Connect again.</source>
        <translation>Der Browser ist nicht rechtzeitig zu SecureContext zurückgekehrt. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="50"/>
        <source>The answer came from a different server than the one you signed in to, so SecureContext rejected it. Connect again.</source>
        <translation>Die Antwort kam von einem anderen Server als dem, bei dem Sie sich angemeldet haben, daher hat SecureContext sie abgelehnt. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="53"/>
        <source>This provider needs a client id first. Use Set up client.</source>
        <translation>Dieser Anbieter braucht zuerst eine Client-ID. Verwenden Sie „Client einrichten“.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="55"/>
        <source>The broker has not started yet. Wait a moment and try again.</source>
        <translation>Der Broker ist noch nicht gestartet. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="57"/>
        <source>SecureContext could not reach the provider&apos;s token endpoint. Check the network connection and try again.</source>
        <translation>SecureContext konnte den Token-Endpunkt des Anbieters nicht erreichen. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="60"/>
        <source>Connecting failed: %1</source>
        <comment>the argument is the broker&apos;s English message</comment>
        <translation>Verbinden fehlgeschlagen: %1</translation>
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
        <translation>Broker-Status</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Starting…</source>
        <comment>broker state</comment>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Stopped</source>
        <comment>broker state</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Session id copied to the clipboard</source>
        <translation>Sitzungs-ID in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;About SecureContext</source>
        <translation>Ü&amp;ber SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>SecureContext is still running</source>
        <translation>SecureContext läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Agents can still use your connections. Quit from the tray icon&apos;s menu.</source>
        <translation>Agenten können Ihre Verbindungen weiter nutzen. Beenden Sie das Programm über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>API: http://127.0.0.1:%1</source>
        <translation>API: http://127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Running</source>
        <comment>broker state</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Not running</source>
        <comment>broker state</comment>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>The broker could not start</source>
        <translation>Der Broker konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>Connected %1</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Connecting %1 failed</source>
        <translation>Verbinden mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>%1 needs you to sign in again</source>
        <translation>%1: Bitte erneut anmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Agents cannot use %1 until you reconnect it.</source>
        <translation>Agenten können %1 erst wieder nutzen, wenn Sie es neu verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Disconnected. The tokens were revoked at the provider and deleted.</source>
        <translation>Getrennt. Die Tokens wurden beim Anbieter widerrufen und gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>Disconnected, with warnings</source>
        <translation>Getrennt, mit Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>The connection was deleted from this computer, but not everything was revoked at the provider:

%1</source>
        <translation>Die Verbindung wurde von diesem Computer gelöscht, aber nicht alles wurde beim Anbieter widerrufen:

%1</translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message>
        <location filename="../ui/MetricsChart.cpp" line="29"/>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
</context>
<context>
    <name>ProviderClientDialog</name>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="18"/>
        <source>OAuth client for %1</source>
        <translation>OAuth-Client für %1</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="20"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="22"/>
        <source>Stored in the keychain; leave empty for a public client</source>
        <translation>Wird im Schlüsselbund gespeichert; für einen öffentlichen Client leer lassen</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="23"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="27"/>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="28"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="29"/>
        <source>Copy redirect URI</source>
        <translation>Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="36"/>
        <source>Redirect URI to register:</source>
        <translation>Zu registrierende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="37"/>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="38"/>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="41"/>
        <source>Save the OAuth client</source>
        <translation>OAuth-Client speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="42"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProviderClientDialog.cpp" line="52"/>
        <source>Register an OAuth client at %1 with the redirect URI below, then enter its client id and secret.</source>
        <translation>Registrieren Sie bei %1 einen OAuth-Client mit der Weiterleitungs-URI unten und geben Sie dann dessen Client-ID und Secret ein.</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="46"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="46"/>
        <source>Client id needed</source>
        <comment>provider status</comment>
        <translation>Client-ID nötig</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="48"/>
        <source>Added by you</source>
        <comment>provider source</comment>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="48"/>
        <source>Preset</source>
        <comment>provider source</comment>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="63"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="67"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersModel.cpp" line="69"/>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="21"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="22"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="23"/>
        <source>Set up &amp;client…</source>
        <translation>&amp;Client einrichten…</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="24"/>
        <source>&amp;Add provider…</source>
        <translation>Anbieter &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="26"/>
        <source>&lt;h2&gt;Providers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anbieter&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="27"/>
        <source>Services you can connect. Set up an OAuth client for a provider once, then connect your account.</source>
        <translation>Dienste, die Sie verbinden können. Richten Sie für einen Anbieter einmal einen OAuth-Client ein und verbinden Sie dann Ihr Konto.</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="43"/>
        <source>Connect the selected provider</source>
        <translation>Ausgewählten Anbieter verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="44"/>
        <source>Sign in to the provider in your browser and store the connection</source>
        <translation>Im Browser beim Anbieter anmelden und die Verbindung speichern</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="49"/>
        <source>Set the OAuth client of the selected provider</source>
        <translation>OAuth-Client des ausgewählten Anbieters festlegen</translation>
    </message>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="51"/>
        <source>Add a provider</source>
        <translation>Einen Anbieter hinzufügen</translation>
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
        <translation>SecureContext bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="28"/>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="32"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="34"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einstellungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="37"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="38"/>
        <source>API port</source>
        <translation>API-Port</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="39"/>
        <source>TCP port of the local API on 127.0.0.1; agents use it in their URLs</source>
        <translation>TCP-Port der lokalen API auf 127.0.0.1; Agenten verwenden ihn in ihren URLs</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="40"/>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="41"/>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="42"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="43"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="44"/>
        <source>Information (default)</source>
        <translation>Information (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="45"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="46"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="47"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="54"/>
        <source>Data location</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="55"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="56"/>
        <source>Open the data location</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="67"/>
        <source>API &amp;port:</source>
        <translation>API-&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="70"/>
        <source>Log &amp;level:</source>
        <translation>Protokoll&amp;stufe:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="71"/>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="72"/>
        <source>Data location:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="76"/>
        <source>Settings note</source>
        <translation>Hinweis zu den Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="78"/>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="119"/>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="124"/>
        <source>Saved. The port, log level and language change when SecureContext starts again.</source>
        <translation>Gespeichert. Port, Protokollstufe und Sprache ändern sich beim nächsten Start von SecureContext.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="125"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <location filename="../ui/StartAtLogin.cpp" line="50"/>
        <source>The start-at-login entry in %1 could not be changed.</source>
        <translation>Der Autostart-Eintrag in %1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/StartAtLogin.cpp" line="56"/>
        <source>The start-at-login entry %1 could not be removed.</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../ui/StartAtLogin.cpp" line="86"/>
        <source>The start-at-login entry %1 could not be written: %2</source>
        <translation>Der Autostart-Eintrag %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="14"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="16"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="21"/>
        <source>&amp;Show SecureContext</source>
        <translation>SecureContext &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="22"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="26"/>
        <source>SecureContext</source>
        <translation>SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="44"/>
        <source>SecureContext: %1</source>
        <translation>SecureContext: %1</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="58"/>
        <source>No provider is set up</source>
        <translation>Kein Anbieter eingerichtet</translation>
    </message>
</context>
</TS>
