// Source links are shown only for https addresses, checked again at render time: a record that
// reached a card some other way (an imported pack, a corrupted store) can never become a
// javascript:, data: or plain-http link.

/** The address as a link target if it is a well-formed https URL; otherwise undefined (show as text). */
export function httpsHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname) return undefined;
  return parsed.href;
}
