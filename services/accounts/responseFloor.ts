import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Makes the given methods take at least `floorMs`, whether they succeed or fail. The steps that a stranger could
 * use to probe whether an email has an account (start a sign-in, send or check a code, start a reset) do slightly
 * different work for a real account (a message is sent); answering all of them on the same clock removes that signal.
 */
export function withResponseFloor<T extends object>(target: T, methods: ReadonlyArray<keyof T & string>, floorMs: number): T {
    if (floorMs <= 0) return target;
    for (const name of methods) {
        const original = target[name];
        if (typeof original !== 'function') throw new Error(`${name} is not a method`);
        const floored = async (...args: unknown[]): Promise<unknown> => {
            const started = performance.now();
            try {
                return await (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            } finally {
                const remaining = floorMs - (performance.now() - started);
                if (remaining > 0) await sleep(remaining);
            }
        };
        Object.defineProperty(target, name, { value: floored, configurable: true, writable: true });
    }
    return target;
}
