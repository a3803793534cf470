#pragma once

#include <QString>

// An error as a value: a stable upper-case code for machines (API replies, tests) and an
// English message for logs. Foreign errors (QtKeychain, QNetworkReply, SQL) are mapped to
// this type in exactly one place each.
struct Error
{
    QString code;
    QString message;

    bool operator==(const Error &other) const = default;
};
