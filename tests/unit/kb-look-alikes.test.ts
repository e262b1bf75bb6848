// The real knowledge base on text that only looks like China policy: acronyms with everyday meanings
// elsewhere are marked only in a China context, and a name is never its own context (found on
// held-out set 4: an advertising glossary's "cost per click (CPC)" was marked six times).
import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../../core/matcher';
import { loadKb } from '../../scripts/kb-files';

const kb = loadKb();
if (!kb.ok) throw new Error(kb.problems.join('\n'));
const matcher = new CompiledMatcher(kb.index);
const ids = (text: string) => matcher.match(text).map((m) => m.entityId);

describe('acronyms that mean other things outside China policy', () => {
  it('are not marked in text about something else, however often they recur', () => {
    expect(ids('Cost per click (CPC) is a billing method. A site with a CPC rate of 60 cents charges $600. Set CPC bids, or a "max CPC".')).toEqual([]);
    expect(ids('Trades clear through a central counterparty (CCP); CCP margin calls rose.')).toEqual([]);
    expect(ids("India's NFRA fined the auditors; the NFRA order runs to 40 pages.")).toEqual([]);
    expect(ids('Brussels transit operator STIB added trams. Palm Beach State College (PBSC) opened a campus.')).toEqual([]);
  });
  it('are marked in a story about China', () => {
    expect(ids('The CPC said on Monday that China would expand chip subsidies.')).toContain('cpc');
    expect(ids('China said the CCP leadership backs the plan.')).toContain('cpc');
  });
});
