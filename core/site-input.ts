// What a reader types into "Add a site", to the site key the settings store (hostname, no "www.").
// A pasted address is accepted too: only its hostname is kept. Anything that is not a plain DNS
// name (an IP address, a port, a wildcard, a single label like "localhost") is refused, because
// the site key becomes a host-permission pattern and must name exactly one site.
import { isCuratedNewsHost } from './news-sites';
import { siteKey } from './settings';

export type SiteInput =
  | { ok: true; site: string; curated: boolean }
  | { ok: false; reason: 'empty' | 'invalid' };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function parseSiteInput(text: string): SiteInput {
  let host = text.trim().toLowerCase();
  if (!host) return { ok: false, reason: 'empty' };
  // "https://www.example.com/path?x" or "example.com/path": keep the host part only.
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#][\s\S]*$/, '').replace(/\.$/, '');
  if (host.length > 253 || /[^a-z0-9.-]/.test(host)) return { ok: false, reason: 'invalid' };
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return { ok: false, reason: 'invalid' };
  // The last label of a DNS name is never all digits: that is an IPv4 address.
  if (/^\d+$/.test(labels.at(-1)!)) return { ok: false, reason: 'invalid' };
  const site = siteKey(host);
  return { ok: true, site, curated: isCuratedNewsHost(site) };
}
