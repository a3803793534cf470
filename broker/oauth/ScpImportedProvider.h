#pragma once

#include "oauth/Provider.h"

#include <QString>

// One provider read from a SecureContext Protocol providers.json, with its client secret kept
// apart from the provider so that the caller can store it in the keychain. Provider files
// never contain a client secret.
struct ScpImportedProvider
{
    Provider provider;
    // Empty when the entry has none, which suits a public client.
    QString clientSecret;
};
