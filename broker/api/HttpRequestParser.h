#pragma once

#include "api/HttpRequest.h"
#include "core/Error.h"

#include <QByteArrayView>

#include <memory>

// Incremental HTTP/1.1 request parser for one connection, built on the Node.js http-parser C
// library (2.9). The wire format is where request smuggling and resource exhaustion start, so we
// rely on a widely deployed, fuzzed parser for tokenizing, chunked decoding and the
// Content-Length / Transfer-Encoding rules instead of writing our own. This class adds what the
// library leaves to its user: header and body size limits, origin-form targets, header field
// joining and a queue of complete requests.
//
// Feed bytes as they arrive, in pieces of any size. Complete requests come out in order. After
// a failure the parser ignores further input, and the requests completed before the failure
// stay available. Not thread-safe; each connection owns one.
class HttpRequestParser
{
public:
    struct Limits
    {
        // Maximum size of the request line plus header field lines, counted without optional
        // whitespace. Larger header blocks fail with 431. http-parser 2.9 also stops any header
        // block at its compile-time HTTP_MAX_HEADER_SIZE (80 KiB in Debian's build), so larger
        // values have no effect.
        int maxHeaderBytes = 16 * 1024;

        // Maximum body size after chunked decoding. Larger bodies fail with 413 before they
        // are buffered.
        qint64 maxBodyBytes = 1024 * 1024;
    };

    // Why the input cannot be parsed, with the HTTP status to send before closing:
    // 400 malformed, 413 body too large, 431 header block too large, 505 not HTTP/1.x.
    struct Failure
    {
        int status = 0;
        Error error;
    };

    HttpRequestParser();
    explicit HttpRequestParser(const Limits &limits);
    ~HttpRequestParser();

    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Parses the next bytes of the stream. Does nothing after a failure, or after a request
    // that ends the connection (Connection: close, HTTP/1.0 without keep-alive, Upgrade).
    void feed(QByteArrayView data);

    bool hasRequest() const;

    // Removes and returns the oldest complete request. Only valid when hasRequest() is true.
    HttpRequest takeRequest();

    bool hasFailed() const;

    // Only valid when hasFailed() is true.
    const Failure &failure() const;

    // True from the first byte of a request until its header block is complete.
    bool isReadingHeaders() const;

    // True from the header block's end until the body of that request is complete.
    bool isReadingBody() const;

    // Number of requests whose first byte has been seen, including the one in progress.
    quint64 requestsStarted() const;

    // True once the parser ignores further input because a request ended the connection.
    bool isFinished() const;

    // Returns true once per request whose headers asked for `Expect: 100-continue` and whose
    // body has not arrived yet, so the connection can send the interim 100 response.
    bool takeContinueRequest();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
