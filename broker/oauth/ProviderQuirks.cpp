#include "oauth/ProviderQuirks.h"

#include <array>
#include <utility>

namespace {

template <typename Enum, std::size_t Size>
using NameTable = std::array<std::pair<Enum, QLatin1String>, Size>;

const NameTable<TokenAuthMethod, 3> TokenAuthMethods = {{
    {TokenAuthMethod::ClientSecretPost, QLatin1String("client_secret_post")},
    {TokenAuthMethod::ClientSecretBasic, QLatin1String("client_secret_basic")},
    {TokenAuthMethod::None, QLatin1String("none")},
}};

const NameTable<TokenResponseFormat, 2> TokenResponseFormats = {{
    {TokenResponseFormat::Standard, QLatin1String("standard")},
    {TokenResponseFormat::SlackUserToken, QLatin1String("slack_user_token")},
}};

const NameTable<RedirectHost, 2> RedirectHosts = {{
    {RedirectHost::Ipv4Loopback, QLatin1String("127.0.0.1")},
    {RedirectHost::Localhost, QLatin1String("localhost")},
}};

const NameTable<RedirectPortPolicy, 2> RedirectPortPolicies = {{
    {RedirectPortPolicy::Fixed, QLatin1String("fixed")},
    {RedirectPortPolicy::Any, QLatin1String("any")},
}};

template <typename Enum, std::size_t Size>
QString nameOf(const NameTable<Enum, Size> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return name;
    }
    return QString();
}

// JSON values are compared exactly, because a provider file with "Client_Secret_Post" is
// more likely a typo for another key than a deliberate choice.
template <typename Enum, std::size_t Size>
std::optional<Enum> valueOf(const NameTable<Enum, Size> &table, const QString &text)
{
    for (const auto &[entry, name] : table) {
        if (text == name)
            return entry;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t Size>
QStringList namesOf(const NameTable<Enum, Size> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names.append(entry.second);
    return names;
}

} // namespace

namespace ProviderQuirks {

QString toString(TokenAuthMethod method)
{
    return nameOf(TokenAuthMethods, method);
}

QString toString(TokenResponseFormat format)
{
    return nameOf(TokenResponseFormats, format);
}

QString toString(RedirectHost host)
{
    return nameOf(RedirectHosts, host);
}

QString toString(RedirectPortPolicy policy)
{
    return nameOf(RedirectPortPolicies, policy);
}

std::optional<TokenAuthMethod> parseTokenAuthMethod(const QString &text)
{
    return valueOf(TokenAuthMethods, text);
}

std::optional<TokenResponseFormat> parseTokenResponseFormat(const QString &text)
{
    return valueOf(TokenResponseFormats, text);
}

std::optional<RedirectHost> parseRedirectHost(const QString &text)
{
    return valueOf(RedirectHosts, text);
}

std::optional<RedirectPortPolicy> parseRedirectPortPolicy(const QString &text)
{
    return valueOf(RedirectPortPolicies, text);
}

QStringList tokenAuthMethodNames()
{
    return namesOf(TokenAuthMethods);
}

QStringList tokenResponseFormatNames()
{
    return namesOf(TokenResponseFormats);
}

QStringList redirectHostNames()
{
    return namesOf(RedirectHosts);
}

QStringList redirectPortPolicyNames()
{
    return namesOf(RedirectPortPolicies);
}

} // namespace ProviderQuirks
