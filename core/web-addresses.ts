// A name inside a web address printed in the text ("…/announces-addition-huawei-technologies-co-ltd")
// is part of the address, not a mention: marking it would paint half a link (found on held-out set 4).

/** Characters a printed web address may contain (RFC 3986's unreserved and reserved sets, and %). */
const ADDRESS_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
/** How far to look either side of a name for the rest of its address: longer addresses are rare. */
const REACH = 300;
/** A run that is a web or mail address: a scheme, "www.", a host name followed by a path, or user@host. */
const ADDRESS = /:\/\/|^www\.|[A-Za-z0-9-]+\.[A-Za-z]{2,}\/|@[A-Za-z0-9-]+\.[A-Za-z]{2,}/;

/** True when text[start, end) lies inside a web address written out in the text. */
export function insideWebAddress(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!ADDRESS_CHAR.test(text[i]!)) return false;
  let left = start;
  while (left > 0 && start - left < REACH && ADDRESS_CHAR.test(text[left - 1]!)) left--;
  let right = end;
  while (right < text.length && right - end < REACH && ADDRESS_CHAR.test(text[right]!)) right++;
  // Trailing sentence punctuation is not part of the address; it cannot make a run one either.
  const run = text.slice(left, right);
  return run.length > end - start && ADDRESS.test(run);
}
