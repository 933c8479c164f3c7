'use strict';
/**
 * The add-in's manifest for a deployment, from the development manifest.xml: every
 * https://localhost:3000 becomes the base URL, and the environment sets what Microsoft 365's admin
 * center tells apart — a test and a production add-in can be deployed side by side:
 *
 *   environment  Id                                     DisplayName          Version
 *   production   9f192d86-88a8-4bec-b379-6eaed137df6b   Budgettjek           <package version>.0
 *   test         3c0f7a52-5d1e-4c8e-9b6a-0e2f6d1b7a41   Budgettjek (test)    <package version>.<build>
 *
 * ProviderName and SupportUrl are the organisation's (the support page defaults to the add-in's own
 * help page). Used by webpack.config.js and scripts/build-addin.js; tested offline by
 * tests/addin/deployManifest.test.ts.
 */
const DEV_URL = 'https://localhost:3000';
const IDS = { test: '3c0f7a52-5d1e-4c8e-9b6a-0e2f6d1b7a41', production: '9f192d86-88a8-4bec-b379-6eaed137df6b' };
const ENVIRONMENTS = Object.keys(IDS);

/** "0.2.0" → "0.2.0.0" (the manifest's four-part version); test builds use the fourth part. */
function manifestVersion(packageVersion, build = 0) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" is not major.minor.patch`);
  if (!Number.isInteger(build) || build < 0 || build > 65535) throw new Error(`build number ${build} is not 0–65535`);
  return `${m[1]}.${m[2]}.${m[3]}.${build}`;
}

function escapeXml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A base URL the manifest may use: https, no query or fragment, no trailing slash. */
function checkBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`base URL "${baseUrl}" is not a URL (e.g. https://budgettjek.kommune.dk)`);
  }
  if (url.protocol !== 'https:') throw new Error(`base URL "${baseUrl}" must be https (Office loads add-ins over https only)`);
  if (url.search || url.hash) throw new Error(`base URL "${baseUrl}" must not have a query or fragment`);
  return url.href.replace(/\/+$/, '');
}

/**
 * The manifest text for `env` at `baseUrl`.
 * @param {string} text the development manifest.xml
 * @param {{ baseUrl: string, env: 'test'|'production', version: string, build?: number, provider?: string, supportUrl?: string }} o
 */
function deploymentManifest(text, o) {
  if (!ENVIRONMENTS.includes(o.env)) throw new Error(`environment "${o.env}" is not one of ${ENVIRONMENTS.join(', ')}`);
  const base = checkBaseUrl(o.baseUrl);
  const replace = (t, re, value, what) => {
    if (!re.test(t)) throw new Error(`manifest.xml has no ${what}`);
    return t.replace(re, value);
  };
  let out = text.split(DEV_URL).join(base);
  out = replace(out, /<Id>[^<]*<\/Id>/, `<Id>${IDS[o.env]}</Id>`, '<Id>');
  out = replace(out, /<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(o.version, o.env === 'test' ? o.build ?? 1 : 0)}</Version>`, '<Version>');
  if (o.provider) out = replace(out, /<ProviderName>[^<]*<\/ProviderName>/, `<ProviderName>${escapeXml(o.provider)}</ProviderName>`, '<ProviderName>');
  if (o.supportUrl) out = replace(out, /<SupportUrl DefaultValue="[^"]*"\/>/, `<SupportUrl DefaultValue="${escapeXml(new URL(o.supportUrl).href)}"/>`, '<SupportUrl>');
  if (o.env === 'test') {
    out = replace(out, /<DisplayName DefaultValue="([^"]*)">\s*<Override Locale="en-US" Value="([^"]*)"\/>/, (_, da, en) => `<DisplayName DefaultValue="${da} (test)">\n    <Override Locale="en-US" Value="${en} (test)"/>`, '<DisplayName>');
  }
  return out;
}

module.exports = { DEV_URL, IDS, ENVIRONMENTS, manifestVersion, deploymentManifest, checkBaseUrl };
