#include "FlowErrorText.h"

using namespace Qt::StringLiterals;

QString FlowErrorText::explain(const Error &error)
{
    const QString &code = error.code;

    // Errors the provider sent to the callback or the token endpoint. The flow names
    // access_denied AUTHORIZATION_DENIED and invalid_scope and invalid_client PROVIDER_<ERROR>;
    // the token endpoint's other errors carry OAUTH_<ERROR>. The OAUTH_ forms of the first
    // three are kept for errors from before the PROVIDER_ codes.
    if (code == u"AUTHORIZATION_DENIED"_s || code == u"OAUTH_ACCESS_DENIED"_s)
        return tr("The sign-in was cancelled or refused at the provider. Connect again and allow access.");
    if (code == u"PROVIDER_INVALID_CLIENT"_s || code == u"OAUTH_INVALID_CLIENT"_s || code == u"OAUTH_UNAUTHORIZED_CLIENT"_s)
        return tr("The provider rejected the client id or client secret. Check them under Set up client and "
                  "connect again.");
    if (code == u"PROVIDER_INVALID_SCOPE"_s || code == u"OAUTH_INVALID_SCOPE"_s)
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
