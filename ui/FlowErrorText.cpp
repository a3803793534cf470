#include "FlowErrorText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Returns the code that an AUTHORIZATION_FAILED error names as "OAUTH_<ERROR>", or the code
// itself for every other error.
// TODO: the callback's OAuth error (RFC 6749 section 4.1.2.1) reaches the GUI only inside the
// English message — give it its own Error code in FlowController and drop this parse.
QString effectiveCode(const Error &error)
{
    if (error.code != u"AUTHORIZATION_FAILED"_s)
        return error.code;
    static const QRegularExpression providerError(u"^The provider returned the error ([a-z_]+)"_s);
    const QRegularExpressionMatch match = providerError.match(error.message);
    return match.hasMatch() ? u"OAUTH_"_s + match.captured(1).toUpper() : error.code;
}

} // namespace

QString FlowErrorText::explain(const Error &error)
{
    const QString code = effectiveCode(error);

    // Errors the provider sent to the callback or the token endpoint. AUTHORIZATION_DENIED is
    // the callback's name for access_denied; the token endpoint's errors carry OAUTH_<error>.
    if (code == u"AUTHORIZATION_DENIED"_s || code == u"OAUTH_ACCESS_DENIED"_s)
        return tr("The sign-in was cancelled or refused at the provider. Connect again and allow access.");
    if (code == u"OAUTH_INVALID_CLIENT"_s || code == u"OAUTH_UNAUTHORIZED_CLIENT"_s)
        return tr("The provider rejected the client id or client secret. Check them under Set up client and "
                  "connect again.");
    if (code == u"OAUTH_INVALID_SCOPE"_s)
        return tr("The provider does not allow one of the requested scopes for this client. Remove the scope "
                  "or allow it in the client's settings at the provider.");
    if (code == u"OAUTH_INVALID_GRANT"_s)
        return tr("The provider rejected the authorization code, which happens when it expired or was used "
                  "before. Connect again.");
    if (code == u"OAUTH_SERVER_ERROR"_s || code == u"OAUTH_TEMPORARILY_UNAVAILABLE"_s)
        return tr("The provider had a temporary problem. Try again in a few minutes.");
    if (code == u"AUTHORIZATION_FAILED"_s)
        return tr("The provider did not grant access: %1").arg(error.message);

    // Errors of the flow itself.
    if (code == u"FLOW_TIMED_OUT"_s)
        return tr("The browser did not return to SecureContext in time. Connect again.");
    if (code == u"ISSUER_MISMATCH"_s)
        return tr("The answer came from a different server than the one you signed in to, so SecureContext "
                  "rejected it. Connect again.");
    if (code == u"PROVIDER_NOT_CONFIGURED"_s)
        return tr("This provider needs a client id first. Use Set up client.");
    if (code == u"BROKER_NOT_READY"_s)
        return tr("The broker has not started yet. Wait a moment and try again.");
    if (code == u"TOKEN_ENDPOINT_UNREACHABLE"_s || code == u"TOKEN_ENDPOINT_TIMEOUT"_s)
        return tr("SecureContext could not reach the provider's token endpoint. Check the network connection "
                  "and try again.");

    return tr("Connecting failed: %1", "the argument is the broker's English message").arg(error.message);
}
