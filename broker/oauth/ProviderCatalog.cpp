#include "oauth/ProviderCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProviderCatalog, "securecontext.oauth.providercatalog")

// The resources live in a static library, where the linker drops the object file that
// registers them unless something refers to it. Q_INIT_RESOURCE is that reference. It
// declares a global function, so it must run outside any namespace.
static void initProviderResources()
{
    Q_INIT_RESOURCE(securecontext_resources);
}

using namespace Qt::StringLiterals;

namespace {

const QString PresetDir = u":/providers"_s;

QStringList jsonFilesIn(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QFileInfoList entries =
        dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);

    QStringList paths;
    for (const QFileInfo &entry : entries)
        paths.append(entry.filePath());
    return paths;
}

} // namespace

ProviderCatalog ProviderCatalog::load(const QString &userProviderDir)
{
    initProviderResources();

    ProviderCatalog catalog;
    const QStringList presetFiles = jsonFilesIn(PresetDir);
    for (const QString &path : presetFiles)
        catalog.loadFile(path, ProviderSource::Preset);

    if (!userProviderDir.isEmpty()) {
        const QFileInfo dirInfo(userProviderDir);
        if (dirInfo.exists() && !dirInfo.isDir()) {
            catalog.m_loadErrors.append(Error{u"INVALID_PROVIDER_FILE"_s,
                                              u"%1: is not a folder"_s.arg(userProviderDir)});
        } else if (dirInfo.isDir()) {
            const QStringList userFiles = jsonFilesIn(userProviderDir);
            for (const QString &path : userFiles)
                catalog.loadFile(path, ProviderSource::UserFile);
        }
    }

    for (const Error &error : std::as_const(catalog.m_loadErrors))
        qCWarning(lcProviderCatalog).noquote() << "Skipped provider file:" << error.message;
    qCInfo(lcProviderCatalog) << "Loaded" << catalog.m_providers.size() << "providers from"
                              << presetFiles.size() << "presets and" << catalog.m_userFiles.size()
                              << "user files; skipped" << catalog.m_loadErrors.size() << "files";
    return catalog;
}

void ProviderCatalog::loadFile(const QString &path, ProviderSource source)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadErrors.append(Error{u"INVALID_PROVIDER_FILE"_s,
                                  u"%1: cannot be read: %2"_s.arg(path, file.errorString())});
        return;
    }

    // Reading one byte past the limit detects an oversized file without trusting its
    // reported size, which special files do not have.
    const QByteArray content = file.read(MaxFileSize + 1);
    if (content.size() > MaxFileSize) {
        m_loadErrors.append(Error{u"INVALID_PROVIDER_FILE"_s,
                                  u"%1: is larger than %2 bytes"_s.arg(path).arg(MaxFileSize)});
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_loadErrors.append(Error{u"INVALID_PROVIDER_FILE"_s,
                                  u"%1: is not valid JSON: %2 at offset %3"_s.arg(
                                      path, parseError.errorString())
                                      .arg(parseError.offset)});
        return;
    }
    if (!document.isObject()) {
        m_loadErrors.append(Error{u"INVALID_PROVIDER_FILE"_s,
                                  u"%1: must contain a JSON object"_s.arg(path)});
        return;
    }

    Result<Provider> provider = Provider::fromJson(document.object(), source);
    if (!provider) {
        m_loadErrors.append(Error{provider.error().code, path + u": "_s + provider.error().message});
        return;
    }

    const QString name = provider.value().name;
    if (source == ProviderSource::UserFile) {
        const auto earlier = m_userFiles.constFind(name);
        if (earlier != m_userFiles.cend()) {
            m_loadErrors.append(Error{u"DUPLICATE_PROVIDER"_s,
                                      u"%1: name: provider %2 is already defined by %3"_s.arg(
                                          path, name, *earlier)});
            return;
        }
        m_userFiles.insert(name, path);
        if (m_providers.contains(name))
            qCInfo(lcProviderCatalog).noquote() << "User file" << path << "replaces preset provider" << name;
    } else if (m_providers.contains(name)) {
        m_loadErrors.append(Error{u"DUPLICATE_PROVIDER"_s,
                                  u"%1: name: preset %2 is defined twice"_s.arg(path, name)});
        return;
    }

    m_providers.insert(name, std::move(provider).value());
}

QList<Provider> ProviderCatalog::providers() const
{
    return m_providers.values();
}

std::optional<Provider> ProviderCatalog::find(const QString &name) const
{
    const auto it = m_providers.constFind(name);
    if (it == m_providers.cend())
        return std::nullopt;
    return *it;
}

QList<Error> ProviderCatalog::loadErrors() const
{
    return m_loadErrors;
}
