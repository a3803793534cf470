#pragma once

#include "core/Error.h"
#include "oauth/Provider.h"
#include "oauth/ScpImportedProvider.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Converts the providers.json of the SecureContext Protocol reference service (Python/Flask)
// into Providers. That file has the form
//
//   {"providers": {"<name>": {"name", "display_name", "client_id", "client_secret", "scopes",
//                             "authorize_url", "token_url", "userinfo_url",
//                             "additional_params", "enabled", ...}},
//    "settings": {...}}
//
// where any top-level string of an entry may be "env:NAME", read from the environment
// variable NAME, as the reference does. The entry's key is the provider name. Entries with
// "enabled": false are skipped, and the reference's display-only members (description,
// provider_class, icon, color) and "settings" are ignored.
//
// When an entry lacks an endpoint and a preset of the same name exists, the entry is laid
// over that preset, so it keeps the preset's quirks. Without such a preset, both endpoints
// are required. Imported providers count as user files, so http is accepted on loopback hosts
// only.
//
// Each entry succeeds or fails on its own. Errors have code INVALID_SCP_PROVIDER and a
// message that starts with "providers.<name>.<member>: ", or INVALID_SCP_FILE for the file as
// a whole. No message contains a client secret or the value of an environment variable.
class ScpProviderImport
{
public:
    // The reference's own file is under 2 KiB.
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    // Returns the value of an environment variable, or nullopt when it is not set.
    using EnvironmentLookup = std::function<std::optional<QString>(const QString &name)>;

    struct Outcome
    {
        QList<ScpImportedProvider> providers;
        // Names of entries with "enabled": false.
        QStringList skipped;
        QList<Error> errors;
    };

    static Outcome importJson(const QByteArray &json, const QList<Provider> &presets,
                              const EnvironmentLookup &environment);
    static Outcome importFile(const QString &path, const QList<Provider> &presets,
                              const EnvironmentLookup &environment);

    // Looks variables up in this process's environment.
    static EnvironmentLookup processEnvironment();
};
