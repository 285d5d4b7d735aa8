import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the code running now belongs to, wherever it runs: the HTTP request's and the turn's log ids, and the turn
 * itself (for code botbuilder calls without it). One AsyncLocalStorage for all of it: while any is in use, every
 * promise the process makes pays for each one (bench/README.md, 2026-12-01).
 */
export interface AsyncScope {
    requestId?: string;
    turnId?: string;
    /** Never logged: the turn's context, typed by whoever reads it. */
    turn?: unknown;
}

const scope = new AsyncLocalStorage<AsyncScope>();

/** Runs `work` in the scope in effect here with `changes` applied (what is not changed is kept). */
export function withinScope<T>(changes: AsyncScope, work: () => T): T {
    return scope.run({ ...scope.getStore(), ...changes }, work);
}

/** The scope in effect here (undefined outside any request or turn). */
export function currentScope(): AsyncScope | undefined {
    return scope.getStore();
}
