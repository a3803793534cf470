#pragma once

#include <QString>

// The state of one connection as GET /api/health lists it: no token, no account name.
struct ConnectionState
{
    QString connectionId;
    QString provider;
    QString status; // a ConnectionStatus value
    QString reason; // English text of the last failure, empty when none
};
