// A name inside a web or mail address printed in the text ("…/announces-addition-huawei-technologies-
// co-ltd", "press@huawei.com") is part of the address, not a mention: marking it would paint half a
// link (found on held-out set 4). Addresses are found once per text, in linear time, and a mention is
// looked up among them: a page full of address-like runs must not make matching slow (found in review).

/** Characters of a printed address (RUN_CHAR below): a run of them is split at , ; ( ) [ ] ' " and spaces. */
/** Longer runs are not addresses anyone prints in a story, and are not worth a look. */
const MAX_RUN = 2048;
const LETTER = /[A-Za-z]/;
const HOST_CHAR = /[A-Za-z0-9-]/;
const LOWER = /[a-z]/;
/** Where the host name that ends at `dot` (the "." before its top-level domain) begins in `run`. */
function hostStart(run: string, dot: number): number {
  let i = dot;
  while (i > 0 && (HOST_CHAR.test(run[i - 1]!) || run[i - 1] === '.')) i--;
  return i;
}

/** Where an address begins in a run of address characters, or -1 when the run holds none. */
function addressStart(run: string): number {
  const scheme = run.indexOf('://');
  if (scheme > 0) {
    let i = scheme;
    while (i > 0 && LETTER.test(run[i - 1]!)) i--;
    if (i < scheme) return i;
  }
  if (/^www\./i.test(run)) return 0;
  // user@host.tld: the address begins with the user name (everything in the run before the @).
  const at = run.indexOf('@');
  if (at > 0 && /^[A-Za-z0-9-]+\.[a-z]{2,}/.test(run.slice(at + 1, at + 1 + 255))) return 0;
  // host.tld/path: a lower-case top-level domain after a dot, then a path. A bare host name
  // ("Reference: cgtn.com") is left alone: it names the outlet or firm as a reader would.
  // Each "/" looks back over its own letters only, so the whole run costs one pass.
  for (let slash = run.indexOf('/'); slash !== -1; slash = run.indexOf('/', slash + 1)) {
    let i = slash;
    while (i > 0 && LOWER.test(run[i - 1]!)) i--;
    if (slash - i >= 2 && i >= 2 && run[i - 1] === '.' && HOST_CHAR.test(run[i - 2]!)) return hostStart(run, i - 1);
  }
  return -1;
}

const RUN_CHAR = /[A-Za-z0-9\-._~:/?#@!$&*+=%]/;
/** Every address holds one of these: "/" (a scheme or a path), "@" (mail), or "www.". */
const TRIGGER = /[/@]|www\./gi;

/**
 * The printed addresses in a text, as [start, end) pairs in order. Only runs around a "/", "@" or
 * "www." are looked at (ordinary words are not: a story is mostly words), each run once, and no
 * further than MAX_RUN either way, so the cost stays linear in the text however it is made.
 */
export function webAddressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let covered = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const at = m.index;
    if (at < covered) continue;
    let left = at;
    while (left > 0 && at - left <= MAX_RUN && RUN_CHAR.test(text[left - 1]!)) left--;
    let right = at + 1;
    while (right < text.length && right - at <= MAX_RUN && RUN_CHAR.test(text[right]!)) right++;
    covered = right;
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, right);
    const run = text.slice(left, right);
    if (run.length < 4 || run.length > MAX_RUN) continue;
    const start = addressStart(run);
    if (start >= 0) spans.push([left + start, left + run.replace(/[.!?]+$/, '').length]);
  }
  return spans;
}

/** True when [start, end) lies inside one of `spans` (from webAddressSpans of the same text). */
export function insideWebAddress(spans: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return start >= s && end <= e;
  }
  return false;
}
