// Source addresses as readers get them: the page's own address, without what a feed, a newsletter or
// a subscriber's session appended (utm_* tags, a reader token such as "?BC=bc_..."), and without the
// trailing dot a crawler kept on a host name. The stored copy was read at the longer address; the
// page is the same without it, and a reader's click on a card tells its publisher nothing more.

/** Query parameters that say where a click came from, never which page it is. */
const TRACKING_PARAM = /^(?:utm_[a-z_]+|BC|itid|ref|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|_mc|module|pgtype|oref|traffic_source|_rt|_rt_nonce|share)$/i;

export function withoutTracking(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url; // Not an address: the schema and the card's https check deal with it.
  }
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);
  // Kept parameters stay exactly as written (URLSearchParams would re-encode them).
  const kept = parsed.search.slice(1).split('&').filter((pair: string) => pair !== '' && !TRACKING_PARAM.test(pair.split('=')[0]!));
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return parsed.href;
}
