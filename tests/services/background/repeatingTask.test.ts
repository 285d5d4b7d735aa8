import { RepeatingTask } from '../../../services/background/repeatingTask';

/** Resolves when `predicate` holds, checking on every macrotask; fails after 500 checks. */
async function until(predicate: () => boolean): Promise<void> {
    for (let i = 0; i < 500 && !predicate(); i++) await new Promise((resolve) => setImmediate(resolve));
    expect(predicate()).toBe(true);
}

describe('RepeatingTask', () => {
    test('runs a round at start, never two at once, and a wake during a round runs one more right after', async () => {
        let rounds = 0;
        let inRound = 0;
        let overlapped = false;
        let release: () => void = () => undefined;
        const task = new RepeatingTask(
            async () => {
                rounds++;
                inRound++;
                if (inRound > 1) overlapped = true;
                await new Promise<void>((resolve) => (release = resolve));
                inRound--;
            },
            60_000,
            () => undefined,
        );
        task.start();
        await until(() => rounds === 1);
        task.wake();
        task.wake();
        release();
        await until(() => rounds === 2);
        release();
        await task.stop();
        expect(rounds).toBe(2);
        expect(overlapped).toBe(false);
    });

    test('a failed round is reported and the loop goes on; wake before start and after stop does nothing', async () => {
        const errors: unknown[] = [];
        let rounds = 0;
        const task = new RepeatingTask(
            async () => {
                rounds++;
                if (rounds === 1) throw new Error('boom');
            },
            60_000,
            (error) => errors.push(error),
        );
        task.wake();
        await new Promise((resolve) => setImmediate(resolve));
        expect(rounds).toBe(0);
        task.start();
        await until(() => errors.length === 1);
        task.wake();
        await until(() => rounds === 2);
        await task.stop();
        task.wake();
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(rounds).toBe(2);
        expect(task.isStarted).toBe(false);
    });
});
