#pragma once

#include "metrics/LatencyHistogram.h"

#include <QtGlobal>

#include <array>

// A snapshot of the HTTP server's counters, summed over its worker threads.
struct HttpStats
{
    // Responses written for parsed requests since the server was created. Responses to input
    // that never became a request (400 on garbage, 503 over the connection limit) are not
    // included here but are in responsesByClass.
    quint64 requestsServed = 0;

    // Responses written per status class. Index 0 counts 1xx and index 4 counts 5xx.
    std::array<quint64, 5> responsesByClass{};

    // Client connections open now.
    int openConnections = 0;

    // Time from a parsed request to its response written to the socket, for every response
    // counted in requestsServed.
    LatencyHistogram latency;

    HttpStats &operator+=(const HttpStats &other)
    {
        requestsServed += other.requestsServed;
        for (std::size_t i = 0; i < responsesByClass.size(); ++i)
            responsesByClass[i] += other.responsesByClass[i];
        openConnections += other.openConnections;
        latency += other.latency;
        return *this;
    }
};
