// A scripted browser for the end-to-end tests: it signs in at the server.mjs login page, approves
// (or denies) the consent page, and delivers the final redirect to the loopback callback.
//
// Usage: node authorize.mjs <authorization-url> [--login NAME] [--deny]
//
// On success it prints one JSON line and exits 0:
//   {"callback_status":200,"callback_path":"/oauth/x/callback","body":"<first 2000 characters>"}
// On failure it prints one line to stderr naming the failed step and exits 1.
// It never prints the authorization code or the callback URL's query.
//
// Requests go only to the authorization server's origin and to the one callback origin that the
// server redirects to, and both must be loopback addresses.

import process from 'node:process';

const USAGE = 'Usage: node authorize.mjs <authorization-url> [--login NAME] [--deny]';
const MAX_REQUESTS = 20;
const REQUEST_TIMEOUT_MS = 10_000;
const TOTAL_TIMEOUT_MS = 30_000;
const BODY_LIMIT = 2000;
const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';

class StepError extends Error {
  constructor(step, message) {
    super(`${step}: ${message}`);
  }
}

function parseArguments(argv) {
  const options = { authorizationUrl: undefined, login: 'alice', deny: false };

  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--deny') {
      options.deny = true;
    } else if (argument === '--login') {
      options.login = argv[i + 1];
      i += 1;
      if (!options.login) {
        throw new StepError('arguments', `missing value for --login. ${USAGE}`);
      }
    } else if (argument.startsWith('--')) {
      throw new StepError('arguments', `unknown option ${argument}. ${USAGE}`);
    } else if (options.authorizationUrl === undefined) {
      options.authorizationUrl = argument;
    } else {
      throw new StepError('arguments', `unexpected argument ${argument}. ${USAGE}`);
    }
  }

  if (options.authorizationUrl === undefined) {
    throw new StepError('arguments', `missing authorization URL. ${USAGE}`);
  }
  return options;
}

function isLoopbackHost(hostname) {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.[0-9]{1,3}){3}$/.test(hostname);
}

// Names a URL in error messages without its query, which may carry a code or state.
function describe(url) {
  return `${url.origin}${url.pathname}`;
}

// A cookie jar per origin that honours Path, expiry and deletion, which oidc-provider's
// interaction cookies rely on. It ignores Domain, Secure and SameSite because every request is a
// top-level navigation to a plain-HTTP loopback origin.
class CookieJar {
  constructor() {
    this.cookies = new Map();
  }

  store(url, response) {
    const headers = typeof response.headers.getSetCookie === 'function'
      ? response.headers.getSetCookie()
      : splitSetCookie(response.headers.get('set-cookie'));

    for (const header of headers) {
      const [pair, ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      if (separator <= 0) {
        continue;
      }

      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      let path = defaultCookiePath(url);
      let expired = false;
      for (const attribute of attributes) {
        const [key, ...rest] = attribute.split('=');
        const attributeName = key.trim().toLowerCase();
        const attributeValue = rest.join('=').trim();
        if (attributeName === 'path' && attributeValue.startsWith('/')) {
          path = attributeValue;
        } else if (attributeName === 'max-age' && Number(attributeValue) <= 0) {
          expired = true;
        } else if (attributeName === 'expires' && Date.parse(attributeValue) <= Date.now()) {
          expired = true;
        }
      }

      const key = `${url.origin} ${path} ${name}`;
      if (expired) {
        this.cookies.delete(key);
      } else {
        this.cookies.set(key, { origin: url.origin, path, name, value });
      }
    }
  }

  headerFor(url) {
    const matching = [...this.cookies.values()]
      .filter((cookie) => cookie.origin === url.origin && pathMatches(url.pathname, cookie.path))
      .sort((a, b) => b.path.length - a.path.length);
    return matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }
}

// Older Node.js releases have no Headers.getSetCookie and join Set-Cookie headers with ", ".
function splitSetCookie(joined) {
  if (!joined) {
    return [];
  }
  return joined.split(/,(?=\s*[^;,=\s]+=)/);
}

function defaultCookiePath(url) {
  const lastSlash = url.pathname.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : url.pathname.slice(0, lastSlash);
}

function pathMatches(requestPath, cookiePath) {
  if (requestPath === cookiePath) {
    return true;
  }
  if (!requestPath.startsWith(cookiePath)) {
    return false;
  }
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

function decodeHtmlAttribute(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (match, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (match, decimal) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// The visible text of an HTML page on one line, for error messages.
function pageText(html) {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[^;\s]+;/g, (entity) => decodeHtmlAttribute(entity))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

class Browser {
  constructor(serverOrigin) {
    this.serverOrigin = serverOrigin;
    this.callbackOrigin = undefined;
    this.jar = new CookieJar();
    this.requestCount = 0;
    this.deadline = Date.now() + TOTAL_TIMEOUT_MS;
  }

  async request(step, url, init = {}) {
    if (url.origin !== this.serverOrigin && url.origin !== this.callbackOrigin) {
      throw new StepError(step, `rejected a request to ${url.origin} because it is neither the server's origin nor the callback's`);
    }
    this.requestCount += 1;
    if (this.requestCount > MAX_REQUESTS) {
      throw new StepError(step, `stopped after ${MAX_REQUESTS} requests without reaching the callback`);
    }
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) {
      throw new StepError(step, `timed out after ${TOTAL_TIMEOUT_MS} ms without reaching the callback`);
    }

    const headers = { Accept: ACCEPT_HTML, ...init.headers };
    const cookie = this.jar.headerFor(url);
    if (cookie) {
      headers.Cookie = cookie;
    }

    let response;
    try {
      response = await fetch(url, {
        ...init,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(Math.min(REQUEST_TIMEOUT_MS, remaining)),
      });
    } catch (error) {
      const reason = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);
      throw new StepError(step, `request to ${describe(url)} failed: ${reason}`);
    }
    this.jar.store(url, response);
    return response;
  }
}

// Finds the devInteractions form on a page: its hidden "prompt" value and its action URL.
function findInteractionForm(html, pageUrl) {
  const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/gi) ?? [];
  for (const form of forms) {
    const prompt = /<input\b[^>]*name="prompt"[^>]*value="([^"]*)"/i.exec(form);
    const action = /<form\b[^>]*action="([^"]*)"/i.exec(form);
    if (prompt && action) {
      return { prompt: prompt[1], action: new URL(decodeHtmlAttribute(action[1]), pageUrl) };
    }
  }
  return undefined;
}

// Finds the consent page's "[ Cancel ]" link, which leads to /interaction/<uid>/abort.
function findAbortLink(html, pageUrl) {
  const links = html.matchAll(/<a\b[^>]*href="([^"]*)"/gi);
  for (const [, href] of links) {
    const url = new URL(decodeHtmlAttribute(href), pageUrl);
    if (/^\/interaction\/[^/]+\/abort$/.test(url.pathname)) {
      return url;
    }
  }
  return undefined;
}

function redactCode(text, callbackUrl) {
  const code = callbackUrl.searchParams.get('code');
  return code ? text.split(code).join('[code]') : text;
}

async function authorize(options) {
  let current;
  try {
    current = new URL(options.authorizationUrl);
  } catch {
    throw new StepError('arguments', 'the authorization URL is not a valid absolute URL');
  }
  if (current.protocol !== 'http:' || !isLoopbackHost(current.hostname)) {
    throw new StepError('arguments', `the authorization URL must be http:// on a loopback address, got ${describe(current)}`);
  }

  const browser = new Browser(current.origin);
  let step = 'authorization request';
  let response = await browser.request(step, current);

  for (;;) {
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) {
        throw new StepError(step, `HTTP ${response.status} from ${describe(current)} without a Location header`);
      }
      await response.arrayBuffer();

      const next = new URL(location, current);
      if (next.origin === browser.serverOrigin) {
        step = `redirect to ${next.pathname}`;
        current = next;
        response = await browser.request(step, current);
        continue;
      }

      return deliverCallback(browser, next);
    }

    const html = await response.text();
    if (response.status !== 200) {
      throw new StepError(step, `HTTP ${response.status} from ${describe(current)}: ${pageText(html)}`);
    }

    const form = findInteractionForm(html, current);
    if (!form) {
      throw new StepError(step, `no login or consent form on ${describe(current)}: ${pageText(html)}`);
    }

    if (form.prompt === 'login') {
      step = 'login form';
      current = form.action;
      response = await browser.request(step, current, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: options.login, password: 'any-password' }).toString(),
      });
    } else if (form.prompt === 'consent' && options.deny) {
      step = 'consent abort link';
      const abort = findAbortLink(html, current);
      if (!abort) {
        throw new StepError(step, `no abort link on the consent page ${describe(current)}`);
      }
      current = abort;
      response = await browser.request(step, current);
    } else if (form.prompt === 'consent') {
      step = 'consent form';
      current = form.action;
      response = await browser.request(step, current, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'consent' }).toString(),
      });
    } else {
      throw new StepError(step, `unexpected interaction prompt ${JSON.stringify(form.prompt)} on ${describe(current)}`);
    }
  }
}

async function deliverCallback(browser, callbackUrl) {
  const step = 'callback';
  if (callbackUrl.protocol !== 'http:' || !isLoopbackHost(callbackUrl.hostname)) {
    throw new StepError(step, `the server redirected to ${describe(callbackUrl)}, which is not an http:// loopback URL`);
  }

  browser.callbackOrigin = callbackUrl.origin;
  const response = await browser.request(step, callbackUrl);
  let body;
  try {
    body = await response.text();
  } catch (error) {
    throw new StepError(step, `reading the response from ${describe(callbackUrl)} failed: ${error?.message}`);
  }

  return {
    callback_status: response.status,
    callback_path: callbackUrl.pathname,
    body: redactCode(body, callbackUrl).slice(0, BODY_LIMIT),
  };
}

try {
  const result = await authorize(parseArguments(process.argv.slice(2)));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
} catch (error) {
  const message = error instanceof StepError ? error.message : `unexpected error: ${error?.message ?? error}`;
  process.stderr.write(`authorize.mjs: ${message}\n`);
  process.exit(1);
}
