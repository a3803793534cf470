#pragma once

#include <QString>

// Who the user signed in as at the provider.
struct AccountIdentity
{
    QString subject; // the provider's stable id for the account; empty when it did not say
    QString display; // e-mail, login or name, for people
};
