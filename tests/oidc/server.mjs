// A real OpenID Connect provider (oidc-provider 8.8.1) on 127.0.0.1 for the end-to-end tests.
//
// Usage:
//   node server.mjs --client-id ID --client-secret SECRET --redirect-uri URI [--redirect-uri URI ...]
//                   [--port N] [--access-token-ttl SECONDS] [--rotate-refresh-tokens]
//                   [--loopback-any-port]
//
// --loopback-any-port registers the client as a native application, so a redirect URI on
// http://127.0.0.1, http://[::1] or http://localhost matches a registered one that differs only in
// the port (RFC 8252 section 7.3; oidc-provider 8.8.1 does this in Client#redirectUriAllowed).
// Other redirect URIs still have to match exactly, and the token endpoint still requires the
// redirect_uri of the authorization request.
//
// Standard output is a line protocol for the test that started the server:
//   READY http://127.0.0.1:<port>        once, when the server accepts connections (the issuer)
//   GRANT <grant_type>                   after each successful token endpoint request
//   GRANT_ERROR <grant_type> <error>     after each failed token endpoint request
// No line ever contains a token, an authorization code or a secret. Diagnostics go to stderr.
//
// The server exits with status 0 on SIGTERM or SIGINT and when its standard input reaches end of
// file, so a test that dies without stopping it still takes it down. Keep stdin open (QProcess does
// by default) while the server is in use.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import process from 'node:process';

import Provider from 'oidc-provider';

const USAGE = 'Usage: node server.mjs --client-id ID --client-secret SECRET --redirect-uri URI'
  + ' [--redirect-uri URI ...] [--port N] [--access-token-ttl SECONDS] [--rotate-refresh-tokens]'
  + ' [--loopback-any-port]';

const SCOPES = ['openid', 'email', 'profile', 'offline_access'];

// Lifetimes in seconds, equal to oidc-provider 8.8.1's defaults. Setting them keeps the library from
// printing a notice for each one.
const AUTHORIZATION_CODE_TTL = 60;
const ID_TOKEN_TTL = 60 * 60;
const INTERACTION_TTL = 60 * 60;
const LONG_TTL = 14 * 24 * 60 * 60;

function fail(message) {
  process.stderr.write(`server.mjs: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parsePositiveInteger(name, text, minimum) {
  if (!/^[0-9]+$/.test(text ?? '')) {
    fail(`${name} must be a whole number, got ${JSON.stringify(text)}`);
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < minimum) {
    fail(`${name} must be at least ${minimum}, got ${text}`);
  }
  return value;
}

function parseArguments(argv) {
  const options = {
    port: 0,
    clientId: undefined,
    clientSecret: undefined,
    redirectUris: [],
    accessTokenTtl: 3600,
    rotateRefreshTokens: false,
    loopbackAnyPort: false,
  };

  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    if (name === '--rotate-refresh-tokens') {
      options.rotateRefreshTokens = true;
      continue;
    }
    if (name === '--loopback-any-port') {
      options.loopbackAnyPort = true;
      continue;
    }

    const value = argv[i + 1];
    if (value === undefined) {
      fail(`missing value for ${name}`);
    }
    i += 1;

    switch (name) {
      case '--port':
        options.port = parsePositiveInteger('--port', value, 0);
        if (options.port > 65535) {
          fail(`--port must be at most 65535, got ${value}`);
        }
        break;
      case '--client-id':
        options.clientId = value;
        break;
      case '--client-secret':
        options.clientSecret = value;
        break;
      case '--redirect-uri':
        options.redirectUris.push(value);
        break;
      case '--access-token-ttl':
        options.accessTokenTtl = parsePositiveInteger('--access-token-ttl', value, 1);
        break;
      default:
        fail(`unknown option ${name}`);
    }
  }

  if (!options.clientId) {
    fail('missing --client-id');
  }
  if (!options.clientSecret) {
    fail('missing --client-secret');
  }
  if (options.redirectUris.length === 0) {
    fail('missing --redirect-uri');
  }
  return options;
}

// Every account exists: the login name typed into the login form becomes the subject.
async function findAccount(ctx, sub) {
  return {
    accountId: sub,
    async claims() {
      return {
        sub,
        email: `${sub}@example.test`,
        email_verified: true,
        name: sub.charAt(0).toUpperCase() + sub.slice(1),
      };
    },
  };
}

function buildConfiguration(options) {
  // A fresh signing key and cookie key per run, so the library's published development keys are
  // never used and no key material is stored on disk.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' };

  return {
    clients: [{
      client_id: options.clientId,
      client_secret: options.clientSecret,
      redirect_uris: options.redirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      application_type: options.loopbackAnyPort ? 'native' : 'web',
      // oidc-provider 8.8.1 accepts client_secret_basic from a client registered for
      // client_secret_post too, because its token endpoint treats the two methods as one.
      token_endpoint_auth_method: 'client_secret_post',
      scope: SCOPES.join(' '),
    }],
    scopes: SCOPES,
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    features: {
      devInteractions: { enabled: true },
      userinfo: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
    },
    pkce: {
      methods: ['S256'],
      required: () => true,
    },
    findAccount,
    rotateRefreshToken: () => options.rotateRefreshTokens,
    ttl: {
      AccessToken: options.accessTokenTtl,
      AuthorizationCode: AUTHORIZATION_CODE_TTL,
      IdToken: ID_TOKEN_TTL,
      Interaction: INTERACTION_TTL,
      RefreshToken: LONG_TTL,
      Session: LONG_TTL,
      Grant: LONG_TTL,
    },
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
  };
}

// Grant types and error codes come from the request, so anything outside the characters that
// registered values use is replaced before it reaches the line protocol.
function protocolWord(value) {
  if (typeof value === 'string' && /^[A-Za-z0-9_.:~-]{1,200}$/.test(value)) {
    return value;
  }
  return value === undefined ? 'missing' : 'invalid';
}

function emitLine(line) {
  // Node.js writes to a pipe or file synchronously on Linux, so the line is out before the call
  // returns.
  process.stdout.write(`${line}\n`);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));

  // oidc-provider prints its notices with console.info, which writes to stdout, but stdout carries
  // only the line protocol described at the top of this file.
  console.info = (...args) => console.error(...args);
  console.log = (...args) => console.error(...args);

  // Listen first because the issuer URL must contain the port, which is unknown when --port is 0.
  const server = http.createServer();
  server.listen(options.port, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${server.address().port}`;

  const provider = new Provider(issuer, buildConfiguration(options));

  // oidc-provider validates static client metadata on first use. Loading the client here turns an
  // invalid --redirect-uri into a start failure instead of a failure of every later request.
  await provider.Client.find(options.clientId);

  provider.on('grant.success', (ctx) => {
    emitLine(`GRANT ${protocolWord(ctx.oidc?.params?.grant_type)}`);
  });
  provider.on('grant.error', (ctx, error) => {
    emitLine(`GRANT_ERROR ${protocolWord(ctx.oidc?.params?.grant_type)} ${protocolWord(error?.error)}`);
  });
  provider.on('server_error', (ctx, error) => {
    process.stderr.write(`server.mjs: server_error on ${ctx.method} ${ctx.path}: ${error?.message}\n`);
  });
  server.on('request', provider.callback());

  let stopping = false;
  const stop = (reason) => {
    if (stopping) {
      return;
    }
    stopping = true;
    process.stderr.write(`server.mjs: stopping (${reason})\n`);
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.stdin.on('end', () => stop('standard input closed'));
  process.stdin.on('error', () => stop('standard input failed'));
  process.stdin.resume();

  emitLine(`READY ${issuer}`);
}

main().catch((error) => {
  // oidc-provider's own errors carry an OAuth error code and a description, which are more useful
  // than a stack trace into the library.
  const reason = error?.error_description
    ? `${error.error}: ${error.error_description}`
    : error?.stack ?? error;
  process.stderr.write(`server.mjs: failed to start: ${reason}\n`);
  process.exit(1);
});
