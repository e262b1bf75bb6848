// untilFound: how the content session asks the background for the card's stylesheet (review 1 of pass 10).
import { describe, expect, it, vi } from 'vitest';
import { untilFound } from '../../core/until-found';

describe('untilFound', () => {
  it('asks once for callers that come before the answer, and keeps a found value', async () => {
    let answer: (v: string) => void = () => undefined;
    const load = vi.fn(() => new Promise<string | undefined>((r) => (answer = r)));
    const get = untilFound(load);
    const both = Promise.all([get(), get()]);
    answer('css');
    expect(await both).toEqual(['css', 'css']);
    expect(await get()).toBe('css');
    expect(load).toHaveBeenCalledTimes(1);
  });
  it('asks again after an answer that never came (undefined) or a failure', async () => {
    const answers: (() => Promise<string | undefined>)[] = [async () => undefined, async () => { throw new Error('no receiver'); }, async () => 'css'];
    const load = vi.fn(() => answers.shift()!());
    const get = untilFound(load);
    expect(await get()).toBeUndefined();
    expect(await get()).toBeUndefined();
    expect(await get()).toBe('css');
    expect(await get()).toBe('css');
    expect(load).toHaveBeenCalledTimes(3);
  });
});
