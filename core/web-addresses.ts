// A name inside a web or mail address printed in the text ("…/announces-addition-huawei-technologies-
// co-ltd", "press@huawei.com") is part of the address, not a mention: marking it would paint half a
// link (found on held-out set 4). Addresses are found once per text, in linear time, and a mention is
// looked up among them: a page full of address-like runs must not make matching slow (found in review).
// Kept small on purpose: this ships in the content script, whose size has a budget.

/** Longer runs are not addresses anyone prints in a story, and are not worth a look. */
const MAX_RUN = 2048;
/** Characters of a printed address: a run of them is split at , ; ( ) [ ] ' " and spaces. */
const RUN_CHAR = /[\w\-.~:/?#@!$&*+=%]/;
/** Every address holds one of these: "/" (a scheme or a path), "@" (mail), or "www.". */
const TRIGGER = /[/@]|www\./gi;

/**
 * Where an address begins in a run of address characters, or -1 when the run holds none: after
 * "://", at "www." or a mail address's start, or at the host name of a lower-case "host.tld/path".
 * A name before it ("Huawei:https://...") is not in it; a bare host name ("cgtn.com") is not one.
 */
function addressStart(run: string): number {
  const scheme = run.indexOf('://');
  if (scheme >= 0) return scheme + 3;
  const www = run.search(/(?:^|[^\w.])www\./i);
  if (www >= 0) return www === 0 && /^www/i.test(run) ? 0 : www + 1;
  if (/^[^@]+@[\w-]+\.[a-z]{2}/.test(run)) return 0;
  // Each "/" looks back over its own letters only, so the whole run costs one pass.
  for (let slash = run.indexOf('/'); slash >= 0; slash = run.indexOf('/', slash + 1)) {
    let i = slash;
    while (i > 0 && run[i - 1]! >= 'a' && run[i - 1]! <= 'z') i--;
    if (slash - i > 1 && i > 1 && run[i - 1] === '.' && /[\w-]/.test(run[i - 2]!)) {
      while (i > 0 && /[\w.-]/.test(run[i - 1]!)) i--;
      return i;
    }
  }
  return -1;
}

/**
 * The printed addresses in a text, as [start, end) pairs in order. Only runs around a "/", "@" or
 * "www." are looked at (a story is mostly words), each run once and no further than MAX_RUN either
 * way, so the cost stays linear in the text however it is made.
 */
export function webAddressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const at = m.index;
    let left = at;
    while (left > 0 && at - left <= MAX_RUN && RUN_CHAR.test(text[left - 1]!)) left--;
    let right = at + 1;
    while (right < text.length && right - at <= MAX_RUN && RUN_CHAR.test(text[right]!)) right++;
    TRIGGER.lastIndex = right;
    const run = text.slice(left, right);
    const start = run.length > MAX_RUN ? -1 : addressStart(run);
    if (start < 0) continue;
    // Sentence punctuation after an address is not part of it (a loop: a regex here would backtrack).
    let end = run.length;
    while (end > start && '.!?'.includes(run[end - 1]!)) end--;
    spans.push([left + start, left + end]);
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
