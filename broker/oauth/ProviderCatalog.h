#pragma once

#include "core/Error.h"
#include "oauth/Provider.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The providers available to the broker: the presets compiled in under :/providers/ plus every
// *.json file in the user's provider folder.
//
// A user file whose provider name equals a preset's replaces that preset. A file that cannot
// be read or fails validation is skipped and listed in loadErrors(). A second user file with
// a name already taken by another user file is skipped the same way; files are read in
// alphabetical order, so the first one wins.
class ProviderCatalog
{
public:
    // Files above this size are skipped unread. Real provider files are a few kilobytes.
    static constexpr qint64 MaxFileSize = 256 * 1024;

    // Loads presets and user files. An empty userProviderDir, or one that does not exist,
    // means no user files.
    static ProviderCatalog load(const QString &userProviderDir);

    // Returns all providers, sorted by name.
    QList<Provider> providers() const;
    std::optional<Provider> find(const QString &name) const;

    // Returns one error per skipped file. Each message starts with the file path, followed
    // by the JSON key at fault where there is one.
    QList<Error> loadErrors() const;

private:
    void loadFile(const QString &path, ProviderSource source);

    QMap<QString, Provider> m_providers;
    // Provider name to the user file that defined it, to detect two files with one name.
    QMap<QString, QString> m_userFiles;
    QList<Error> m_loadErrors;
};
