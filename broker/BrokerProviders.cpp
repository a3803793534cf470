#include "Broker.h"
#include "BrokerPrivate.h"

#include "agents/AgentDirectory.h"
#include "agents/AgentManager.h"
#include "agents/AgentStore.h"
#include "api/HttpServer.h"
#include "api/routes/ApiRoutes.h"
#include "api/routes/ApiSharedState.h"
#include "audit/ActivityAudit.h"
#include "audit/AuditLog.h"
#include "connections/ConnectRequestQueue.h"
#include "audit/AuditQuery.h"
#include "connections/ConnectionManager.h"
#include "connections/SessionManager.h"
#include "connections/FlowController.h"
#include "connections/ProviderDirectory.h"
#include "connections/TokenCache.h"
#include "events/ConnectionEventPublisher.h"
#include "events/EventBus.h"
#include "metrics/MetricsSampler.h"
#include "metrics/ProcessMemory.h"
#include "metrics/TokenReadCounters.h"
#include "oauth/ProviderCatalog.h"
#include "oauth/ProviderDiscovery.h"
#include "oauth/ScpProviderImport.h"
#include "oauth/SessionId.h"
#include "oauth/TokenClient.h"
#include "store/Database.h"
#include "store/MetadataStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

// The Broker's provider slots: provider files, discovery and import of the SCP reference's providers.

Result<void> Broker::writeUserProvider(const Provider &provider)
{
    const QString directory = QDir(d->options.dataDir).filePath(u"providers"_s);
    QDir().mkpath(directory);

    // QSaveFile replaces the file in one step, so a crash never leaves half a provider.
    QSaveFile file(QDir(directory).filePath(provider.name + u".json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(provider.toJson()).toJson()) < 0 || !file.commit()) {
        return Error{u"PROVIDER_FILE_WRITE_FAILED"_s,
                     u"Cannot write the provider file %1: %2"_s.arg(file.fileName(), file.errorString())};
    }
    return {};
}

void Broker::reloadProviders()
{
    Result<QHash<QString, QString>> clientIds = d->metadata.loadClientIds();
    d->providers.load(QDir(d->options.dataDir).filePath(u"providers"_s), clientIds ? clientIds.value() : QHash<QString, QString>(),
                      d->server ? d->server->serverPort() : d->options.apiPort);
    d->apiState.setProviders(d->providers.toApiJson());
    Q_EMIT providersChanged(d->providers.summaries());
}

void Broker::addProviderFromIssuer(const QString &issuer, const QString &name, const QString &displayName)
{
    if (!d->running) {
        Q_EMIT providersAdded({}, {Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s}});
        return;
    }
    if (d->providers.find(name)) {
        Q_EMIT providersAdded({}, {Error{u"PROVIDER_EXISTS"_s,
                                         u"A provider named %1 exists already; choose another name"_s.arg(name)}});
        return;
    }

    auto *discovery = new ProviderDiscovery(this);
    QPointer<Broker> self(this);
    discovery->discover(issuer, name, displayName, [self, discovery, name](const Result<Provider> &provider) {
        discovery->deleteLater();
        if (!self)
            return;
        if (!provider) {
            qCWarning(lcBroker) << "Discovery for" << name << "failed:" << provider.error().code;
            Q_EMIT self->providersAdded({}, {provider.error()});
            return;
        }

        Provider added = provider.value();
        added.source = ProviderSource::UserFile;
        if (Result<void> written = self->writeUserProvider(added); !written) {
            Q_EMIT self->providersAdded({}, {written.error()});
            return;
        }
        qCInfo(lcBroker).noquote() << "Added provider" << name << "from its issuer's metadata";
        self->reloadProviders();
        Q_EMIT self->providersAdded({name}, {});
    });
}

void Broker::addProvider(const Provider &provider)
{
    if (!d->running) {
        Q_EMIT providersAdded({}, {Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s}});
        return;
    }
    if (d->providers.find(provider.name)) {
        Q_EMIT providersAdded({}, {Error{u"PROVIDER_EXISTS"_s,
                                         u"A provider named %1 exists already; choose another name"_s.arg(provider.name)}});
        return;
    }

    // The caller's value passes the same checks as a provider file read at start, so a
    // provider added here loads again after a restart.
    Result<Provider> checked = Provider::fromJson(provider.toJson(), ProviderSource::UserFile);
    if (!checked) {
        Q_EMIT providersAdded({}, {checked.error()});
        return;
    }

    Provider added = checked.value();
    added.source = ProviderSource::UserFile;
    if (Result<void> written = writeUserProvider(added); !written) {
        Q_EMIT providersAdded({}, {written.error()});
        return;
    }
    qCInfo(lcBroker).noquote() << "Added provider" << added.name << "entered by hand";
    reloadProviders();
    Q_EMIT providersAdded({added.name}, {});
}

void Broker::importScpProviders(const QString &path)
{
    if (!d->running) {
        Q_EMIT providersAdded({}, {Error{u"BROKER_NOT_READY"_s, u"The broker has not started"_s}});
        return;
    }

    const ProviderCatalog presets = ProviderCatalog::load(QString());
    const ScpProviderImport::Outcome outcome =
        ScpProviderImport::importFile(path, presets.providers(), ScpProviderImport::processEnvironment());

    QStringList added;
    QList<Error> problems = outcome.errors;
    QList<std::pair<QString, QString>> secrets;
    for (const ScpImportedProvider &imported : outcome.providers) {
        const Provider &provider = imported.provider;

        // An entry that only names a preset's client keeps the preset itself, so the app's
        // future updates of its endpoints still apply.
        Provider comparable = provider;
        comparable.clientId.clear();
        comparable.source = ProviderSource::Preset;
        const std::optional<Provider> preset = presets.find(provider.name);
        if (!preset || !(comparable == *preset)) {
            Provider userFile = provider;
            userFile.clientId.clear();
            userFile.source = ProviderSource::UserFile;
            if (Result<void> written = writeUserProvider(userFile); !written) {
                problems.append(written.error());
                continue;
            }
        }

        if (!provider.clientId.isEmpty()) {
            if (Result<void> saved = d->metadata.saveClientId(provider.name, provider.clientId); !saved) {
                problems.append(saved.error());
                continue;
            }
        }
        if (!imported.clientSecret.isEmpty())
            secrets.append({ProviderDirectory::clientSecretKey(provider.name), imported.clientSecret});
        added.append(provider.name);
    }

    // The secrets go to the keychain one at a time; the signal follows the last one.
    struct ImportState
    {
        QList<std::pair<QString, QString>> secrets;
        QStringList added;
        QList<Error> problems;
    };
    auto state = std::make_shared<ImportState>(ImportState{secrets, added, problems});
    writeImportedSecrets(state->secrets, [self = QPointer<Broker>(this), state](const QList<Error> &failures) {
        if (!self)
            return;
        state->problems += failures;
        qCInfo(lcBroker) << "Imported" << state->added.size() << "providers with" << state->problems.size() << "problems";
        self->reloadProviders();
        Q_EMIT self->providersAdded(state->added, state->problems);
    });
}

void Broker::writeImportedSecrets(QList<std::pair<QString, QString>> secrets, std::function<void(const QList<Error> &)> done,
                                  QList<Error> failures)
{
    if (secrets.isEmpty()) {
        done(failures);
        return;
    }
    const std::pair<QString, QString> next = secrets.takeFirst();
    QPointer<Broker> self(this);
    d->secrets->write(next.first, next.second, [self, secrets, done, failures](const Result<void> &written) mutable {
        if (!self)
            return;
        if (!written)
            failures.append(written.error());
        self->writeImportedSecrets(secrets, done, failures);
    });
}
