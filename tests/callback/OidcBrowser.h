#pragma once

#include <QString>
#include <QUrl>

// A scripted browser for the oidc-provider test server. It fills in the login and consent
// forms with one cookie jar and follows redirects by hand. It stops at the redirect to the
// client and returns that callback URL, with its code, state and iss, without requesting it.
// The test then sends the callback itself, to the address and with the Host header it wants.
class OidcBrowser
{
public:
    // Returns the callback URL, or an empty URL and sets `error`. `deny` presses the consent
    // page's cancel link, so the callback carries error=access_denied.
    static QUrl signIn(const QUrl &authorizationUrl, const QString &login, QString *error, bool deny = false);
};
