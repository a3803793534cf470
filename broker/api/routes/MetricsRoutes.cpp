#include "api/routes/MetricsRoutes.h"

#include "api/ApiReply.h"
#include "api/HttpRequest.h"
#include "api/Responder.h"
#include "api/Router.h"
#include "api/routes/CallerAuth.h"
#include "metrics/MetricsSampler.h"
#include "metrics/PrometheusText.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace MetricsRoutes {

void add(Router &router, const ApiRoutes::Context &context)
{
    router.addRoute("GET", u"/metrics"_s, [context](const HttpRequest &request, Responder responder) {
        if (!CallerAuth::requireAdmin(request, *context.agents, responder))
            return;
        MetricsSampler *metrics = context.metrics;
        if (!metrics) {
            responder.send(ApiReply::error(503, u"METRICS_UNAVAILABLE"_s, u"Metrics are not available; the broker has not started"_s));
            return;
        }

        // The totals come from objects of the broker thread (refresh counts, audit counts).
        QMetaObject::invokeMethod(metrics, [metrics, responder] {
            HttpResponse response;
            response.status = 200;
            response.setHeader(QByteArrayLiteral("Content-Type"), QByteArray(PrometheusText::ContentType));
            response.body = PrometheusText::render(metrics->currentTotals());
            responder.send(response);
        }, Qt::QueuedConnection);
    });
}

} // namespace MetricsRoutes
