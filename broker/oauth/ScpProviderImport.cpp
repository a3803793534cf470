#include "oauth/ScpProviderImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcScpImport, "securecontext.oauth.scpimport")

using namespace Qt::StringLiterals;

namespace {

const QString EnvPrefix = u"env:"_s;

// SCP member names and the Provider JSON keys they become.
const QList<std::pair<QString, QString>> &renamedMembers()
{
    static const QList<std::pair<QString, QString>> members = {
        {u"authorize_url"_s, u"authorization_url"_s},
        {u"token_url"_s, u"token_url"_s},
        {u"userinfo_url"_s, u"userinfo_url"_s},
        {u"display_name"_s, u"display_name"_s},
        {u"client_id"_s, u"client_id"_s},
    };
    return members;
}

Error fileError(const QString &problem)
{
    return Error{u"INVALID_SCP_FILE"_s, problem};
}

Error entryError(const QString &name, const QString &member, const QString &problem)
{
    const QString field = member.isEmpty() ? u"providers.%1"_s.arg(name) : u"providers.%1.%2"_s.arg(name, member);
    return Error{u"INVALID_SCP_PROVIDER"_s, field + u": "_s + problem};
}

// Resolves a top-level string member of an entry, following "env:NAME" as the reference's
// config.py does. Returns nullopt for an absent or null member. An unset or empty variable is
// an error, because the reference refuses to start an enabled provider without it.
Result<std::optional<QString>> resolveString(const QString &name, const QJsonObject &entry, const QString &member,
                                             const ScpProviderImport::EnvironmentLookup &environment)
{
    static const QRegularExpression variablePattern(u"^[A-Za-z_][A-Za-z0-9_]{0,127}$"_s);

    const QJsonValue value = entry.value(member);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return entryError(name, member, u"must be a string"_s);

    const QString text = value.toString();
    if (!text.startsWith(EnvPrefix))
        return std::optional<QString>(text);

    const QString variable = text.mid(EnvPrefix.size());
    if (!variablePattern.match(variable).hasMatch())
        return entryError(name, member, u"names an invalid environment variable; expected env:NAME with NAME made of letters, digits and '_'"_s);

    const std::optional<QString> resolved = environment ? environment(variable) : std::nullopt;
    if (!resolved || resolved->isEmpty())
        return entryError(name, member, u"environment variable %1 is not set"_s.arg(variable));
    return resolved;
}

std::optional<Provider> findPreset(const QList<Provider> &presets, const QString &name)
{
    for (const Provider &preset : presets) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

// Maps a Provider validation message back to the SCP member name.
QString scpMessage(const QString &name, const QString &message)
{
    for (const auto &[scpMember, providerKey] : renamedMembers()) {
        if (message.startsWith(providerKey + u':'))
            return u"providers.%1.%2%3"_s.arg(name, scpMember, message.mid(providerKey.size()));
    }
    if (message.startsWith(u"extra_authorization_params"_s))
        return u"providers.%1.additional_params%2"_s.arg(name, message.mid(QStringView(u"extra_authorization_params").size()));
    return u"providers.%1.%2"_s.arg(name, message);
}

Result<ScpImportedProvider> importEntry(const QString &name, const QJsonValue &value, const QList<Provider> &presets,
                                        const ScpProviderImport::EnvironmentLookup &environment)
{
    if (!value.isObject())
        return entryError(name, QString(), u"must be an object"_s);
    const QJsonObject entry = value.toObject();

    // The reference names providers by their key and uses "name" for display only. A
    // different "name" would leave it unclear which callback path the user registered.
    const Result<std::optional<QString>> declaredName = resolveString(name, entry, u"name"_s, environment);
    if (!declaredName)
        return declaredName.error();
    if (declaredName.value() && *declaredName.value() != name)
        return entryError(name, u"name"_s, u"must equal the key \"%1\" of the entry"_s.arg(name));

    const std::optional<Provider> preset = findPreset(presets, name);
    QJsonObject json = preset ? preset->toJson() : QJsonObject();
    json.insert(u"name"_s, name);
    if (!preset)
        json.insert(u"display_name"_s, name);

    for (const auto &[scpMember, providerKey] : renamedMembers()) {
        const Result<std::optional<QString>> resolved = resolveString(name, entry, scpMember, environment);
        if (!resolved)
            return resolved.error();
        if (resolved.value())
            json.insert(providerKey, *resolved.value());
    }

    if (!json.contains(u"authorization_url"_s) || !json.contains(u"token_url"_s)) {
        const QString missing = json.contains(u"authorization_url"_s) ? u"token_url"_s : u"authorize_url"_s;
        return entryError(name, missing, u"is missing, and there is no preset named %1 to take it from"_s.arg(name));
    }

    const QJsonValue scopes = entry.value(u"scopes"_s);
    if (!scopes.isUndefined() && !scopes.isNull())
        json.insert(u"scopes"_s, scopes);

    // The entry's parameters are added to the preset's, and win where both set one.
    const QJsonValue params = entry.value(u"additional_params"_s);
    if (!params.isUndefined() && !params.isNull()) {
        if (!params.isObject())
            return entryError(name, u"additional_params"_s, u"must be an object of strings"_s);
        QJsonObject merged = json.value(u"extra_authorization_params"_s).toObject();
        const QJsonObject object = params.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        json.insert(u"extra_authorization_params"_s, merged);
    }

    const Result<std::optional<QString>> clientSecret = resolveString(name, entry, u"client_secret"_s, environment);
    if (!clientSecret)
        return clientSecret.error();

    Result<Provider> provider = Provider::fromJson(json, ProviderSource::UserFile);
    if (!provider)
        return Error{u"INVALID_SCP_PROVIDER"_s, scpMessage(name, provider.error().message)};

    return ScpImportedProvider{std::move(provider).value(), clientSecret.value().value_or(QString())};
}

} // namespace

ScpProviderImport::Outcome ScpProviderImport::importJson(const QByteArray &json, const QList<Provider> &presets,
                                                         const EnvironmentLookup &environment)
{
    Outcome outcome;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        outcome.errors.append(fileError(u"The file is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                                            .arg(parseError.offset)));
        return outcome;
    }
    if (!document.isObject()) {
        outcome.errors.append(fileError(u"The file must contain a JSON object"_s));
        return outcome;
    }

    const QJsonValue providers = document.object().value(u"providers"_s);
    if (!providers.isObject()) {
        outcome.errors.append(fileError(u"providers: must be an object of provider entries"_s));
        return outcome;
    }

    const QJsonObject entries = providers.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QString name = it.key();
        const QJsonValue enabled = it.value().toObject().value(u"enabled"_s);
        if (it.value().isObject() && !enabled.isUndefined() && !enabled.isNull()) {
            if (!enabled.isBool()) {
                outcome.errors.append(entryError(name, u"enabled"_s, u"must be true or false"_s));
                continue;
            }
            if (!enabled.toBool()) {
                outcome.skipped.append(name);
                continue;
            }
        }

        Result<ScpImportedProvider> imported = importEntry(name, it.value(), presets, environment);
        if (imported)
            outcome.providers.append(std::move(imported).value());
        else
            outcome.errors.append(imported.error());
    }

    qCInfo(lcScpImport) << "Imported" << outcome.providers.size() << "SCP providers; skipped"
                        << outcome.skipped.size() << "disabled and" << outcome.errors.size() << "invalid entries";
    return outcome;
}

ScpProviderImport::Outcome ScpProviderImport::importFile(const QString &path, const QList<Provider> &presets,
                                                         const EnvironmentLookup &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Outcome outcome;
        outcome.errors.append(fileError(u"%1: cannot be read: %2"_s.arg(path, file.errorString())));
        return outcome;
    }

    // One byte past the limit detects an oversized file without trusting its reported size.
    const QByteArray content = file.read(MaxFileSize + 1);
    if (content.size() > MaxFileSize) {
        Outcome outcome;
        outcome.errors.append(fileError(u"%1: is larger than %2 bytes"_s.arg(path).arg(MaxFileSize)));
        return outcome;
    }

    Outcome outcome = importJson(content, presets, environment);
    for (Error &error : outcome.errors) {
        if (error.code == u"INVALID_SCP_FILE"_s)
            error.message = path + u": "_s + error.message;
    }
    return outcome;
}

ScpProviderImport::EnvironmentLookup ScpProviderImport::processEnvironment()
{
    return [](const QString &name) -> std::optional<QString> {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(name))
            return std::nullopt;
        return environment.value(name);
    };
}
