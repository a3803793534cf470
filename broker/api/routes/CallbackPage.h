#pragma once

#include "api/HttpResponse.h"

#include <QString>

// The plain page the browser shows after an OAuth callback.
namespace CallbackPage {

// Renders the page from the resource template. Title and message are HTML-escaped, because
// the message can carry text from the provider.
HttpResponse render(int status, const QString &title, const QString &message);

// The reply to HEAD on a callback path: 200 without a body. It neither reads nor ends the
// flow, so a link scanner that probes the URL cannot spend the single-use state.
HttpResponse headReply();

} // namespace CallbackPage
