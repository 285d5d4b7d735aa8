import { UscisCallBudget } from '../../../services/cases/uscisCallBudget';

describe('UscisCallBudget', () => {
    let at: number;
    let sleeps: number[];
    const budget = (ratePerSecond: number, dailyQuota: number) =>
        new UscisCallBudget({
            ratePerSecond,
            dailyQuota,
            now: () => new Date(at),
            sleep: async (ms) => {
                sleeps.push(ms);
                at += ms;
            },
        });

    beforeEach(() => {
        at = Date.UTC(2024, 0, 10, 23, 59, 0);
        sleeps = [];
    });

    it('lets a burst of one second of requests through, then paces the rest', async () => {
        const calls = budget(5, 1000);
        for (let i = 0; i < 7; i += 1) expect(await calls.take()).toEqual({ allowed: true });
        expect(sleeps).toEqual([200, 200]);
    });

    it('refuses rather than waiting longer than maxWaitMs, and counts nothing then', async () => {
        const calls = new UscisCallBudget({ ratePerSecond: 1, dailyQuota: 1000, maxWaitMs: 1500, now: () => new Date(at), sleep: async () => undefined });
        await calls.take();
        await calls.take();
        expect(await calls.take()).toEqual({ allowed: false, retryAfterSeconds: 2 });
        expect(calls.usedInCurrentDay).toBe(2);
    });

    it('refuses once the daily quota is used and starts over at midnight GMT', async () => {
        const calls = budget(100, 3);
        for (let i = 0; i < 3; i += 1) await calls.take();
        expect(await calls.take()).toEqual({ allowed: false, retryAfterSeconds: 60 });
        at = Date.UTC(2024, 0, 11, 0, 0, 0);
        expect(await calls.take()).toEqual({ allowed: true });
        expect(calls.usedInCurrentDay).toBe(1);
    });

    it('holds everything back while paused after a 429', async () => {
        const calls = budget(100, 1000);
        calls.pause(5);
        expect(await calls.take()).toEqual({ allowed: false, retryAfterSeconds: 5 });
        at += 5000;
        expect(await calls.take()).toEqual({ allowed: true });
    });
});
