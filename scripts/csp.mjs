#!/usr/bin/env node
// The Content Security Policy for a civic-portal deployment, derived from config.json:
// everything from the site itself, WebAssembly compilation, the configured backend, and the
// hosts of the services declared in the consent section (the app contacts them only after
// consent): images only from the backend, declared image services and tags' hosts. No
// inline script or style is needed anywhere.
//
//   node scripts/csp.mjs [path/to/config.json]   # prints the header value
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function policy(config) {
  const origin = (url) => {
    try {
      return new URL(url).origin;
    } catch {
      return null; // site-relative: covered by 'self'
    }
  };
  const backend = [config.backend?.base_url, config.backend?.site_url].map(origin).filter(Boolean);
  const services = (config.consent?.categories ?? []).flatMap((c) => c.services ?? []);
  const hosts = (s) => (s.hosts ?? []).map((h) => `https://${h}`);
  const scriptHosts = services.filter((s) => (s.scripts ?? []).length).flatMap(hosts);
  const frameHosts = services.filter((s) => s.embed_url).flatMap(hosts);
  // Content images come from declared image services only (the app shows any other host's
  // image as a placeholder and never requests it); a tag's own beacons may be images.
  const imageHosts = services.filter((s) => s.images || (s.scripts ?? []).length).flatMap(hosts);
  const connectHosts = services.filter((s) => !s.embed_url && !s.images).flatMap(hosts);
  const list = (...xs) => [...new Set(xs.flat())].join(' ');
  return [
    `default-src 'self'`,
    `script-src ${list("'self'", "'wasm-unsafe-eval'", scriptHosts)}`,
    `style-src 'self'`,
    // The service worker (/sw.js) is the site's own file; without this it would fall back
    // to script-src and its third-party hosts.
    `worker-src 'self'`,
    // CMS pages carry images from the CMS's own host.
    `img-src ${list("'self'", 'data:', backend, imageHosts)}`,
    `connect-src ${list("'self'", backend, connectHosts)}`,
    `frame-src ${frameHosts.length ? list(frameHosts) : "'none'"}`,
    `frame-ancestors 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
  ].join('; ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? new URL('../public/config.json', import.meta.url);
  console.log(policy(JSON.parse(readFileSync(path, 'utf8'))));
}
