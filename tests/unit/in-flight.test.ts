import { describe, expect, it } from 'vitest';
import { InFlight, settlesWithin } from '../../src/bot/in-flight.js';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('waiting for in-flight work at shutdown', () => {
  it('is idle at once with nothing running', async () => {
    expect(await new InFlight().idle(0)).toBe(true);
  });

  it('waits for work, including work that starts while waiting, and counts a failure as finished', async () => {
    const work = new InFlight();
    const log: string[] = [];
    void work.track(later(20, 'a').then((v) => log.push(v)));
    work.track(Promise.reject(new Error('handler failed'))).catch(() => {});
    setTimeout(() => void work.track(later(30, 'b').then((v) => log.push(v))), 10);
    expect(await work.idle(5_000)).toBe(true);
    expect(log).toEqual(['a', 'b']);
    expect(work.size).toBe(0);
  });

  it('gives up at the deadline when work never finishes', async () => {
    const work = new InFlight();
    void work.track(new Promise(() => {}));
    expect(await work.idle(50)).toBe(false);
    expect(work.size).toBe(1);
    expect(await settlesWithin(new Promise(() => {}), 10)).toBe(false);
    expect(await settlesWithin(later(1, 'x'), 1_000)).toBe(true);
  });
});
