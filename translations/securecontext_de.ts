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
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="35"/>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="37"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="39"/>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aktivität&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="42"/>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="42"/>
        <source>Filter by connection</source>
        <translation>Nach Verbindung filtern</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="43"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="43"/>
        <source>Filter by agent</source>
        <translation>Nach Agent filtern</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="44"/>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="44"/>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="45"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="45"/>
        <source>Filter by outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="46"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="46"/>
        <source>Filter by time</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="57"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="58"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Std.</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="59"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="60"/>
        <source>All time</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="72"/>
        <source>Number of events shown</source>
        <translation>Anzahl der angezeigten Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="73"/>
        <source>Export the events shown as CSV</source>
        <translation>Angezeigte Ereignisse als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="74"/>
        <source>Save the events that match the filters as a CSV file for a spreadsheet</source>
        <translation>Die Ereignisse, die den Filtern entsprechen, als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="123"/>
        <source>All</source>
        <comment>filter choice that matches every event</comment>
        <translation>Alle</translation>
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
            <numerusform>Das neueste %n Ereignis wird angezeigt</numerusform>
            <numerusform>Die neuesten %n Ereignisse werden angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ActivityPage.cpp" line="216"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="224"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="231"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="240"/>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="241"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="247"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
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
    <name>AgentPermissionsEditor</name>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="20"/>
        <source>&amp;Every connection</source>
        <translation>&amp;Jede Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="21"/>
        <source>&amp;Only these connections:</source>
        <translation>&amp;Nur diese Verbindungen:</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="23"/>
        <source>&amp;Read access tokens</source>
        <translation>Zugriffstokens &amp;lesen</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="24"/>
        <source>&amp;Proxy only (call provider APIs through SecureContext, never see a token)</source>
        <translation>Nur &amp;Proxy (APIs des Anbieters über SecureContext aufrufen, nie ein Token sehen)</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="25"/>
        <source>A&amp;dmin (read the audit trail, list and revoke other agents)</source>
        <translation>A&amp;dministrator (Prüfprotokoll lesen, andere Agenten auflisten und widerrufen)</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="30"/>
        <source>Every connection</source>
        <translation>Jede Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="31"/>
        <source>Only the chosen connections</source>
        <translation>Nur die ausgewählten Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="32"/>
        <source>Connections the agent may use</source>
        <translation>Verbindungen, die der Agent nutzen darf</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="34"/>
        <source>Read access tokens</source>
        <translation>Zugriffstokens lesen</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="35"/>
        <source>Proxy only</source>
        <translation>Nur Proxy</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="36"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/AgentPermissionsEditor.cpp" line="38"/>
        <source>Connections the agent may use:</source>
        <translation>Verbindungen, die der Agent nutzen darf:</translation>
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
        <translation>Unbekannte Verbindung %1</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="55"/>
        <source>Approved, key not yet collected</source>
        <comment>agent status</comment>
        <translation>Genehmigt, Schlüssel noch nicht abgeholt</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="57"/>
        <source>Active</source>
        <comment>agent status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="59"/>
        <source>Expired</source>
        <comment>agent status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="61"/>
        <source>Revoked</source>
        <comment>agent status</comment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="69"/>
        <source>every connection</source>
        <translation>jede Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="71"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="75"/>
        <source>unknown connection %1</source>
        <translation>unbekannte Verbindung %1</translation>
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
        <translation>Ruft die APIs von %1 über den Proxy auf, sieht nie ein Token.</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="89"/>
        <source>Reads access tokens of %1.</source>
        <translation>Liest Zugriffstokens von %1.</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="91"/>
        <source>May use %1, without reading tokens.</source>
        <translation>Darf %1 nutzen, ohne Tokens zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="93"/>
        <source>Admin: reads the audit trail and manages other agents.</source>
        <translation>Administrator: liest das Prüfprotokoll und verwaltet andere Agenten.</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="117"/>
        <source>Never</source>
        <comment>agent key expiry</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="119"/>
        <source>Never</source>
        <comment>agent last use</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="132"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="136"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="138"/>
        <source>Paired</source>
        <translation>Gekoppelt</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="140"/>
        <source>Key expires</source>
        <translation>Schlüssel läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/AgentsModel.cpp" line="142"/>
        <source>Last use</source>
        <translation>Letzte Nutzung</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="26"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="28"/>
        <source>Re&amp;view requests…</source>
        <translation>Anfragen &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="29"/>
        <source>&amp;Edit permissions…</source>
        <translation>Berechtigungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="30"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="32"/>
        <source>&lt;h2&gt;Agents&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Agenten&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="43"/>
        <source>Pending requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="44"/>
        <source>Review pending requests</source>
        <translation>Offene Anfragen prüfen</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="51"/>
        <source>Edit the permissions of the selected agent</source>
        <translation>Berechtigungen des ausgewählten Agenten bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="53"/>
        <source>Revoke the selected agent</source>
        <translation>Ausgewählten Agenten widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="54"/>
        <source>The agent&apos;s key stops working at once</source>
        <translation>Der Schlüssel des Agenten funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="78"/>
        <source>No request is waiting for you.</source>
        <translation>Keine Anfrage wartet auf Sie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AgentsPage.cpp" line="79"/>
        <source>%n request(s) waiting for your decision.</source>
        <comment>pairing and connect requests</comment>
        <translation>
            <numerusform>%n Anfrage wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Anfragen warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="100"/>
        <source>Permissions of %1</source>
        <translation>Berechtigungen von %1</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="104"/>
        <source>Permissions of the agent</source>
        <translation>Berechtigungen des Agenten</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="106"/>
        <source>Save the permissions</source>
        <translation>Berechtigungen speichern</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="107"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="128"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="129"/>
        <source>Revoke the agent %1?

Its key stops working at once. To use SecureContext again, the agent has to pair again.</source>
        <translation>Den Agenten %1 widerrufen?

Sein Schlüssel funktioniert sofort nicht mehr. Um SecureContext wieder zu nutzen, muss sich der Agent erneut koppeln.</translation>
    </message>
    <message>
        <location filename="../ui/AgentsPage.cpp" line="135"/>
        <location filename="../ui/AgentsPage.cpp" line="136"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>ApprovalPrompts</name>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="31"/>
        <source>Pair %1 (code %2)</source>
        <translation>%1 koppeln (Code %2)</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="34"/>
        <source>Connect %1 for %2</source>
        <translation>%1 für %2 verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="99"/>
        <source>%1 asks to pair</source>
        <translation>%1 möchte sich koppeln</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="100"/>
        <source>Check the pairing code %1 and allow or deny the agent.</source>
        <translation>Prüfen Sie den Kopplungscode %1 und erlauben oder verweigern Sie den Agenten.</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="127"/>
        <source>%1 asks to connect %2</source>
        <translation>%1 möchte %2 verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ApprovalPrompts.cpp" line="128"/>
        <source>Allow or deny the agent&apos;s request in SecureContext.</source>
        <translation>Erlauben oder verweigern Sie die Anfrage des Agenten in SecureContext.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="110"/>
        <source>Token read</source>
        <translation>Token gelesen</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="111"/>
        <source>Token refresh</source>
        <translation>Token erneuert</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="112"/>
        <source>Grant</source>
        <translation>Zugriff gewährt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="113"/>
        <source>Sign-in started</source>
        <translation>Anmeldung gestartet</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="114"/>
        <source>Sign-in finished</source>
        <translation>Anmeldung beendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="115"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="116"/>
        <source>Session created</source>
        <translation>Sitzung erstellt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="117"/>
        <source>Session revoked</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="118"/>
        <source>Session extended</source>
        <translation>Sitzung verlängert</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="119"/>
        <source>Sessions cleaned up</source>
        <translation>Sitzungen bereinigt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="120"/>
        <source>Pairing requested</source>
        <translation>Kopplung angefragt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="121"/>
        <source>Pairing approved</source>
        <translation>Kopplung genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="122"/>
        <source>Pairing denied</source>
        <translation>Kopplung verweigert</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="123"/>
        <source>Agent revoked</source>
        <translation>Agent widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="124"/>
        <source>Connect requested</source>
        <translation>Verbindung angefragt</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="134"/>
        <source>OK</source>
        <comment>audit outcome</comment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="136"/>
        <source>Denied</source>
        <comment>audit outcome</comment>
        <translation>Verweigert</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="138"/>
        <source>Not found</source>
        <comment>audit outcome</comment>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="140"/>
        <source>Failed</source>
        <comment>audit outcome</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="142"/>
        <source>Pending</source>
        <comment>audit outcome</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="206"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="208"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="210"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="212"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="214"/>
        <source>Session</source>
        <comment>column of session id prefixes</comment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="216"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="218"/>
        <source>Remote address</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="220"/>
        <source>Detail</source>
        <translation>Detail</translation>
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
    <name>ConnectRequestPrompt</name>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="20"/>
        <source>Connect %1 for %2</source>
        <translation>%1 für %2 verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="24"/>
        <source>The agent %1 asks you to connect an account at %2. Allow starts the sign-in in your browser; the agent receives a session of the new connection.</source>
        <translation>Der Agent %1 bittet Sie, ein Konto bei %2 zu verbinden. „Erlauben“ startet die Anmeldung in Ihrem Browser; der Agent erhält eine Sitzung der neuen Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="30"/>
        <source>Connect request</source>
        <translation>Verbindungsanfrage</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="32"/>
        <source>Every scope the provider grants</source>
        <translation>Alle Scopes, die der Anbieter gewährt</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="35"/>
        <source>Requested scopes</source>
        <translation>Angeforderte Scopes</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="37"/>
        <source>Until revoked</source>
        <comment>session lifetime</comment>
        <translation>Bis zum Widerruf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConnectRequestPrompt.cpp" line="38"/>
        <source>%n hour(s)</source>
        <comment>session lifetime</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConnectRequestPrompt.cpp" line="39"/>
        <source>%n minute(s)</source>
        <comment>session lifetime</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="41"/>
        <source>Session lifetime</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="43"/>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="44"/>
        <source>Session lifetime:</source>
        <translation>Sitzungsdauer:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="45"/>
        <source>Request expires:</source>
        <translation>Anfrage läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="48"/>
        <source>&amp;Allow</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="49"/>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="50"/>
        <source>&amp;Deny</source>
        <translation>&amp;Verweigern</translation>
    </message>
    <message>
        <location filename="../ui/ConnectRequestPrompt.cpp" line="51"/>
        <source>Deny</source>
        <translation>Verweigern</translation>
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
        <location filename="../ui/ConnectionsPage.cpp" line="24"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="26"/>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="27"/>
        <source>Copy &amp;session id</source>
        <translation>&amp;Sitzungs-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="28"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="29"/>
        <source>Sessions of this connection</source>
        <translation>Sitzungen dieser Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="32"/>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verbindungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="46"/>
        <source>Connection status details</source>
        <translation>Details zum Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="50"/>
        <source>Reconnect the selected connection</source>
        <translation>Ausgewählte Verbindung neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="51"/>
        <source>Sign in to the provider again, for a connection that needs it</source>
        <translation>Erneut beim Anbieter anmelden, für eine Verbindung, die es braucht</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="56"/>
        <source>Copy the session id of the selected connection</source>
        <translation>Sitzungs-ID der ausgewählten Verbindung kopieren</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="57"/>
        <source>Agents use the session id to fetch this connection&apos;s access token</source>
        <translation>Agenten verwenden die Sitzungs-ID, um das Zugriffstoken dieser Verbindung abzurufen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="59"/>
        <source>Disconnect the selected connection</source>
        <translation>Ausgewählte Verbindung trennen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="60"/>
        <source>Revoke the connection&apos;s tokens at the provider and delete them from this computer</source>
        <translation>Die Tokens der Verbindung beim Anbieter widerrufen und von diesem Computer löschen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="72"/>
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
    <name>CreateSessionDialog</name>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="42"/>
        <source>Let the agent see the &amp;refresh token</source>
        <translation>Den Agenten das &amp;Refresh-Token sehen lassen</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="48"/>
        <source>New session of %1</source>
        <translation>Neue Sitzung von %1</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="52"/>
        <source>A session lets one agent read this connection&apos;s access token with its session id.</source>
        <translation>Mit einer Sitzung kann ein Agent das Zugriffstoken dieser Verbindung über seine Sitzungs-ID lesen.</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="55"/>
        <source>Agent name</source>
        <translation>Name des Agenten</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="57"/>
        <source>for example: mail summarizer</source>
        <translation>zum Beispiel: Mail-Zusammenfasser</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="60"/>
        <source>Session lifetime</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="61"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="62"/>
        <source>8 hours</source>
        <translation>8 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="63"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="64"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="65"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="66"/>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="69"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="70"/>
        <source>Scopes of the session</source>
        <translation>Scopes der Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="76"/>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="82"/>
        <source>The provider did not list the granted scopes; the session gets all of them.</source>
        <translation>Der Anbieter hat die gewährten Scopes nicht aufgeführt; die Sitzung erhält alle.</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="84"/>
        <source>Let the agent see the refresh token</source>
        <translation>Den Agenten das Refresh-Token sehen lassen</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="85"/>
        <source>With the refresh token the agent can get new access tokens on its own, without SecureContext and after the session ends, until you disconnect the account.</source>
        <translation>Mit dem Refresh-Token kann sich der Agent selbst neue Zugriffstokens holen, ohne SecureContext und auch nach dem Ende der Sitzung, bis Sie das Konto trennen.</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="88"/>
        <source>Refresh token warning</source>
        <translation>Warnung zum Refresh-Token</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="95"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="100"/>
        <source>&amp;Agent name:</source>
        <translation>Name des &amp;Agenten:</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="101"/>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="115"/>
        <source>The session is ready. Give this id to the agent now: SecureContext shows it only once. The agent reads the access token with GET /api/tokens/&lt;session id&gt;.</source>
        <translation>Die Sitzung ist bereit. Geben Sie diese ID jetzt an den Agenten weiter: SecureContext zeigt sie nur einmal an. Der Agent liest das Zugriffstoken mit GET /api/tokens/&lt;Sitzungs-ID&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="120"/>
        <source>New session id</source>
        <translation>Neue Sitzungs-ID</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="121"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="122"/>
        <source>Copy the session id</source>
        <translation>Sitzungs-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="134"/>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="135"/>
        <source>Create the session</source>
        <translation>Sitzung erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateSessionDialog.cpp" line="195"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="19"/>
        <location filename="../ui/DashboardPage.cpp" line="122"/>
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
        <location filename="../ui/DashboardPage.cpp" line="123"/>
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
        <location filename="../ui/DashboardPage.cpp" line="122"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="123"/>
        <source>Resume the charts</source>
        <translation>Diagramme fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="132"/>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
    <message>
        <location filename="../ui/DashboardPage.cpp" line="141"/>
        <source>n/a</source>
        <comment>memory not reported</comment>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>FlowErrorText</name>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="14"/>
        <source>The sign-in was cancelled or refused at the provider. Connect again and allow access.</source>
        <translation>Die Anmeldung wurde beim Anbieter abgebrochen oder abgelehnt. Verbinden Sie erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="16"/>
        <source>The provider rejected the client id or client secret. Check them under Set up client and connect again.</source>
        <translation>Der Anbieter hat die Client-ID oder das Client-Secret abgelehnt. Prüfen Sie beides unter „Client einrichten“ und verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="19"/>
        <source>The provider does not allow one of the requested scopes for this client. Remove the scope or allow it in the client&apos;s settings at the provider.</source>
        <translation>Der Anbieter erlaubt einen der angeforderten Scopes für diesen Client nicht. Entfernen Sie den Scope oder erlauben Sie ihn in den Client-Einstellungen beim Anbieter.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="22"/>
        <source>The provider rejected the authorization code, which happens when it expired or was used before. Connect again.</source>
        <translation>Der Anbieter hat den Autorisierungscode abgelehnt; das geschieht, wenn er abgelaufen ist oder schon verwendet wurde. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="25"/>
        <source>The provider had a temporary problem. Try again in a few minutes.</source>
        <translation>Beim Anbieter ist ein vorübergehendes Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="27"/>
        <source>The provider did not grant access: %1</source>
        <translation>Der Anbieter hat den Zugriff nicht gewährt: %1</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="31"/>
        <source>The browser did not return to SecureContext in time. Connect again.</source>
        <translation>Der Browser ist nicht rechtzeitig zu SecureContext zurückgekehrt. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="33"/>
        <source>The answer came from a different server than the one you signed in to, so SecureContext rejected it. Connect again.</source>
        <translation>Die Antwort kam von einem anderen Server als dem, bei dem Sie sich angemeldet haben, daher hat SecureContext sie abgelehnt. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="36"/>
        <source>This provider needs a client id first. Use Set up client.</source>
        <translation>Dieser Anbieter braucht zuerst eine Client-ID. Verwenden Sie „Client einrichten“.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="38"/>
        <source>The broker has not started yet. Wait a moment and try again.</source>
        <translation>Der Broker ist noch nicht gestartet. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="40"/>
        <source>SecureContext could not reach the provider&apos;s token endpoint. Check the network connection and try again.</source>
        <translation>SecureContext konnte den Token-Endpunkt des Anbieters nicht erreichen. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/FlowErrorText.cpp" line="43"/>
        <source>Connecting failed: %1</source>
        <comment>the argument is the broker&apos;s English message</comment>
        <translation>Verbinden fehlgeschlagen: %1</translation>
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
        <translation>Broker-Status</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Starting…</source>
        <comment>broker state</comment>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Stopped</source>
        <comment>broker state</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Session id copied to the clipboard</source>
        <translation>Sitzungs-ID in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;About SecureContext</source>
        <translation>Ü&amp;ber SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>SecureContext is still running</source>
        <translation>SecureContext läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Agents can still use your connections. Quit from the tray icon&apos;s menu.</source>
        <translation>Agenten können Ihre Verbindungen weiter nutzen. Beenden Sie das Programm über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>API: http://127.0.0.1:%1</source>
        <translation>API: http://127.0.0.1:%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Running</source>
        <comment>broker state</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Not running</source>
        <comment>broker state</comment>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>The broker could not start</source>
        <translation>Der Broker konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Agents (%1)</source>
        <comment>navigation entry with pending requests</comment>
        <translation>Agenten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Connected %1</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>Connecting %1 failed</source>
        <translation>Verbinden mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>%1 needs you to sign in again</source>
        <translation>%1: Bitte erneut anmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Agents cannot use %1 until you reconnect it.</source>
        <translation>Agenten können %1 erst wieder nutzen, wenn Sie es neu verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Disconnected. The tokens were revoked at the provider and deleted.</source>
        <translation>Getrennt. Die Tokens wurden beim Anbieter widerrufen und gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>Disconnected, with warnings</source>
        <translation>Getrennt, mit Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
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
    <name>PairingPrompt</name>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="22"/>
        <source>Pair agent %1</source>
        <translation>Agent %1 koppeln</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="26"/>
        <source>An agent asks to use your connections:</source>
        <translation>Ein Agent möchte Ihre Verbindungen nutzen:</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="29"/>
        <source>Agent name</source>
        <translation>Name des Agenten</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="35"/>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="42"/>
        <source>Check that the agent shows the same code. If it does not, deny the request.</source>
        <translation>Prüfen Sie, ob der Agent denselben Code anzeigt. Wenn nicht, verweigern Sie die Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="48"/>
        <source>Remote address</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="50"/>
        <source>Request expires</source>
        <translation>Anfrage läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="52"/>
        <source>Connecting from:</source>
        <translation>Verbindung von:</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="53"/>
        <source>Request expires:</source>
        <translation>Anfrage läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="58"/>
        <source>Permissions to grant</source>
        <translation>Zu gewährende Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="59"/>
        <source>Requested permissions. You can narrow them before allowing.</source>
        <translation>Angeforderte Berechtigungen. Sie können sie vor dem Erlauben einschränken.</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="63"/>
        <source>Allow &amp;once</source>
        <translation>&amp;Einmal erlauben</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="64"/>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="65"/>
        <source>The agent&apos;s key works for 24 hours</source>
        <translation>Der Schlüssel des Agenten gilt 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="66"/>
        <source>Allow &amp;always</source>
        <translation>&amp;Immer erlauben</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="67"/>
        <source>Allow always</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="68"/>
        <source>The agent&apos;s key works until you revoke it</source>
        <translation>Der Schlüssel des Agenten gilt, bis Sie ihn widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="69"/>
        <source>&amp;Deny</source>
        <translation>&amp;Verweigern</translation>
    </message>
    <message>
        <location filename="../ui/PairingPrompt.cpp" line="70"/>
        <source>Deny</source>
        <translation>Verweigern</translation>
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
    <name>SessionsPanel</name>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="23"/>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="24"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="25"/>
        <source>Re&amp;fresh now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="27"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="27"/>
        <source>Session</source>
        <comment>column of session id prefixes</comment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="27"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="28"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="28"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="29"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="43"/>
        <source>New session of the selected connection</source>
        <translation>Neue Sitzung der ausgewählten Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="44"/>
        <source>Give an agent its own session id with a lifetime and a part of the scopes</source>
        <translation>Einem Agenten eine eigene Sitzungs-ID mit einer Dauer und einem Teil der Scopes geben</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="46"/>
        <source>Revoke the selected session</source>
        <translation>Ausgewählte Sitzung widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="47"/>
        <source>The session id stops working at once; the connection stays</source>
        <translation>Die Sitzungs-ID funktioniert sofort nicht mehr; die Verbindung bleibt bestehen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="49"/>
        <source>Refresh the connection&apos;s access token now</source>
        <translation>Zugriffstoken der Verbindung jetzt erneuern</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="50"/>
        <source>Ask the provider for a new access token now instead of shortly before expiry</source>
        <translation>Den Anbieter jetzt statt kurz vor dem Ablauf um ein neues Zugriffstoken bitten</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="76"/>
        <source>Active</source>
        <comment>session status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="78"/>
        <source>Expired</source>
        <comment>session status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="80"/>
        <source>Revoked</source>
        <comment>session status</comment>
        <translation>Widerrufen</translation>
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
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="131"/>
        <source>All granted</source>
        <comment>session scopes</comment>
        <translation>Alle gewährten</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="134"/>
        <source>Never</source>
        <comment>session expiry</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="147"/>
        <source>The agent can see the refresh token</source>
        <translation>Der Agent kann das Refresh-Token sehen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="156"/>
        <source>Select a connection to see its sessions.</source>
        <translation>Wählen Sie eine Verbindung aus, um ihre Sitzungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="158"/>
        <source>No sessions yet. Create one for each agent, so you can revoke each on its own.</source>
        <translation>Noch keine Sitzungen. Erstellen Sie für jeden Agenten eine eigene, damit Sie jede einzeln widerrufen können.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="226"/>
        <source>you</source>
        <comment>session made by the person in the console</comment>
        <translation>Ihnen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="228"/>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="229"/>
        <source>Revoke the session %1… of %2?

Its session id stops working at once. The connection and its other sessions stay.</source>
        <translation>Die Sitzung %1… von %2 widerrufen?

Die Sitzungs-ID funktioniert sofort nicht mehr. Die Verbindung und ihre anderen Sitzungen bleiben bestehen.</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="235"/>
        <location filename="../ui/SessionsPanel.cpp" line="236"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="244"/>
        <source>Session revoked</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/SessionsPanel.cpp" line="254"/>
        <source>Refreshing the access token…</source>
        <translation>Zugriffstoken wird erneuert…</translation>
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
        <location filename="../ui/TrayIcon.cpp" line="15"/>
        <source>&amp;Pending approvals</source>
        <translation>&amp;Offene Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="17"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="23"/>
        <source>&amp;Show SecureContext</source>
        <translation>SecureContext &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="24"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="28"/>
        <source>SecureContext</source>
        <translation>SecureContext</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="47"/>
        <source>SecureContext: %1</source>
        <translation>SecureContext: %1</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="61"/>
        <source>No provider is set up</source>
        <translation>Kein Anbieter eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="67"/>
        <source>&amp;Pending approvals (%1)</source>
        <translation>&amp;Offene Anfragen (%1)</translation>
    </message>
</context>
</TS>
