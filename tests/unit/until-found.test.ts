// untilFound: how the content session asks the background for the card's stylesheet (review 1 of pass 10).
import { describe, expect, it, vi } from 'vitest';
import { untilFound } from '../../page/until-found';

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
  it('gives up on an answer that never comes, and asks again', async () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn().mockReturnValueOnce(new Promise(() => undefined)).mockResolvedValueOnce('css');
      const get = untilFound<string>(load, 1000);
      const first = get();
      const second = get();
      await vi.advanceTimersByTimeAsync(1000);
      expect(await first).toBeUndefined();
      expect(await second).toBeUndefined();
      expect(await get()).toBe('css');
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
