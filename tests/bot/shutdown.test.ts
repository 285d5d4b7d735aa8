import { createHook } from 'node:async_hooks';
import { startTestAppOn } from '../support/testApp';
import { describeEachStore } from '../support/testPostgres';

/**
 * stop() lets the process end: no timer the app started may keep it running afterwards. One that outlived stop() by
 * up to a second made jest workers that had just stopped an app "fail to exit gracefully".
 */
interface TimerInternals {
    hasRef(): boolean;
    /** Node's own flag: cleared, or fired and not repeating. */
    _destroyed: boolean;
}

/** Where jest itself keeps timers (its reporters run in this process when one file runs alone). */
const JEST_OWN = /[\\/]node_modules[\\/](@jest|jest-[\w-]+)[\\/]/;

describeEachStore('stopping the app', (provider) => {
    test('once stopped, the app leaves no timer that keeps the process running', async () => {
        const timers: Array<{ timer: TimerInternals; madeAt: string }> = [];
        const hook = createHook({
            init(_id, type, _trigger, resource) {
                const madeAt = new Error().stack ?? '';
                if (type === 'Timeout' && !JEST_OWN.test(madeAt)) timers.push({ timer: resource as TimerInternals, madeAt });
            },
        });
        hook.enable();
        try {
            const app = await startTestAppOn(provider);
            // A request first, so the server has a kept-alive connection to close on the way out.
            expect((await fetch(`${app.url}/healthz`)).ok).toBe(true);
            await app.dispose();
        } finally {
            hook.disable();
        }
        // The app's own repeating work (notifications, housekeeping, funnel...) was seen starting.
        expect(timers.length).toBeGreaterThan(3);
        const holding = timers.filter(({ timer }) => timer.hasRef() && !timer._destroyed).map(({ madeAt }) => madeAt);
        expect(holding).toEqual([]);
    });
});
