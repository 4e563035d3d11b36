// A local OpenID Connect issuer for the end-to-end tests (oidc-provider 9), standing in for the
// city's identity provider. Test-only: plain http on the loopback interface, in-memory storage,
// keys made fresh on every start, and a login page that accepts ANY login name as the user's
// (verified) email address without checking a password. It loads nothing from the network.
//
//   node e2e/oidc-issuer.mjs        (E2E_OIDC_PORT, default 3199; E2E_PORT of the app, default 3100)
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";

const PORT = Number(process.env.E2E_OIDC_PORT ?? 3199);
const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST = "127.0.0.1";
const ISSUER = `http://${HOST}:${PORT}`;

const CLIENT = {
  client_id: "masterplan-monitor",
  client_secret: "e2e-secret",
  redirect_uris: [`http://${HOST}:${APP_PORT}/api/auth/callback/oidc`],
  grant_types: ["authorization_code"],
  response_types: ["code"],
  // A registered client has exactly one authentication method; next-auth (openid-client) uses
  // client_secret_basic. client_secret_post stays enabled on the issuer (clientAuthMethods).
  token_endpoint_auth_method: "client_secret_basic",
};

const FORM_TARGETS = [...new Set(CLIENT.redirect_uris.map((uri) => new URL(uri).origin))].join(" ");

// Signing key for ID tokens, made per start (nothing to keep between test runs).
const signingKey = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256", kid: "e2e" };

function displayName(login) {
  const local = String(login).split("@")[0] ?? String(login);
  return local.replace(/[._-]+/g, " ").replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

const provider = new Provider(ISSUER, {
  clients: [CLIENT],
  clientAuthMethods: ["client_secret_basic", "client_secret_post"],
  responseTypes: ["code"],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString("base64url")] },
  // Any login name is an account whose email is that name, verified.
  async findAccount(_ctx, id) {
    const login = String(id).trim();
    return {
      accountId: login,
      async claims() {
        return { sub: login, email: login, email_verified: true, name: displayName(login) };
      },
    };
  },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Like Keycloak and Entra ID: the requested claims go into the ID token too (next-auth reads the
  // profile from the ID token when `idToken: true`), not only into the userinfo response.
  conformIdTokenClaims: false,
  // PKCE (S256) is accepted and checked when the client sends it, not required of this confidential client.
  pkce: { required: () => false },
  // Only server-to-server calls (token, userinfo) from the app; no browser CORS needed.
  clientBasedCORS: () => false,
  // Our own minimal interaction pages below (the built-in dev pages load a Google font).
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  renderError(ctx, out) {
    ctx.type = "html";
    ctx.body = page("Fehler", `<pre>${escape(JSON.stringify(out, null, 2))}</pre>`);
  },
});

function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escape(title)} – E2E-Test-Issuer</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

function send(res, status, html) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // Nothing on these pages may load from anywhere. The form posts back here, but Chromium checks
    // form-action on every redirect that follows the POST too, and the last one goes to the app's
    // callback (another origin): without it, `form-action 'self'` blocks the sign-in.
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${FORM_TARGETS}; frame-ancestors 'none'; base-uri 'none'`,
  });
  res.end(html);
}

async function readForm(req) {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error("form too large");
  }
  return new URLSearchParams(body);
}

// GET /interaction/:uid shows the login form (or grants consent right away: the app is first-party),
// POST /interaction/:uid signs in as the entered login, GET /interaction/:uid/abort cancels.
async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page("Fehler", "<p>Unbekannte Interaktion.</p>"));
  const { prompt, params, session } = details;

  if (action === "abort") {
    return provider.interactionFinished(req, res, { error: "access_denied", error_description: "End-User aborted interaction" }, { mergeWithLastSubmission: false });
  }

  if (prompt.name === "consent") {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(" "));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    if (prompt.details.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes)) grant.addResourceScope(indicator, scopes.join(" "));
    }
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }

  if (prompt.name !== "login") return send(res, 501, page("Fehler", `<p>Nicht unterstützt: ${escape(prompt.name)}</p>`));

  if (req.method === "POST") {
    const form = await readForm(req);
    const login = (form.get("login") ?? "").trim();
    if (login) return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }

  const hint = params.login_hint ? ` value="${escape(params.login_hint)}"` : "";
  return send(
    res,
    200,
    page(
      "Anmelden beim Test-Issuer",
      `<p>Jeder Anmeldename gilt als bestätigte E-Mail-Adresse; das Passwort wird nicht geprüft.</p>
<form method="post" action="/interaction/${escape(uid)}">
  <p><label for="login">Anmeldename (E-Mail)</label><br><input id="login" name="login" type="text" required autofocus${hint}></p>
  <p><label for="password">Passwort</label><br><input id="password" name="password" type="password"></p>
  <p><button type="submit">Anmelden</button> <a href="/interaction/${escape(uid)}/abort">Abbrechen</a></p>
</form>`,
    ),
  );
}

const providerCallback = provider.callback();
const server = http.createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)(\/abort)?\/?(?:\?.*)?$/.exec(req.url ?? "");
  if (!match) return providerCallback(req, res);
  interaction(req, res, match[1], match[2] ? "abort" : req.method === "POST" ? "submit" : "render").catch((error) => {
    console.error("oidc issuer interaction failed:", error);
    if (!res.headersSent) send(res, 400, page("Fehler", `<p>${escape(error?.message ?? error)}</p>`));
  });
});

server.listen(PORT, HOST, () => console.log(`oidc issuer ready at ${ISSUER}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
