#include "api/routes/ApiRoutes.h"

#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/AgentRoutes.h"
#include "api/routes/AuditRoutes.h"
#include "api/routes/CallbackPage.h"
#include "api/routes/AgentAuthRoutes.h"
#include "api/routes/EventRoutes.h"
#include "api/routes/MetaRoutes.h"
#include "api/routes/SessionRoutes.h"
#include "api/routes/MetricsRoutes.h"
#include "api/routes/TokenRoutes.h"
#include "connections/FlowController.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace {

void handleCallback(const ApiRoutes::Context &context, const HttpRequest &request, Responder responder)
{
    FlowController *flows = context.flows;
    const QString provider = request.pathParams.value(u"provider"_s);
    const QUrlQuery query = request.query;
    QMetaObject::invokeMethod(flows, [flows, provider, query, responder] {
        flows->handleCallback(provider, query, [responder](const FlowController::CallbackPage &page) {
            responder.send(CallbackPage::render(page.status, page.title, page.message));
        });
    }, Qt::QueuedConnection);
}

} // namespace

namespace ApiRoutes {

std::shared_ptr<const Router> build(const Context &context)
{
    auto router = std::make_shared<Router>();

    MetaRoutes::add(*router, context);
    TokenRoutes::add(*router, context);
    AgentRoutes::add(*router, context);
    SessionRoutes::add(*router, context);
    AgentAuthRoutes::add(*router, context);
    EventRoutes::add(*router, context);
    AuditRoutes::add(*router, context);
    MetricsRoutes::add(*router, context);

    router->addRoute("GET", u"/oauth/<provider>/callback"_s, [context](const HttpRequest &request, Responder responder) {
        handleCallback(context, request, std::move(responder));
    });

    // Link scanners and prefetchers send HEAD; the flow waits for the browser's GET.
    router->addRoute("HEAD", u"/oauth/<provider>/callback"_s, [](const HttpRequest &, Responder responder) {
        responder.send(CallbackPage::headReply());
    });

    return router;
}

} // namespace ApiRoutes
