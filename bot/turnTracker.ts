import type { Middleware, TurnContext } from 'botbuilder';

/** Counts turns in progress so a shutdown can let them finish before closing the database. */
export class TurnTracker implements Middleware {
    private active = 0;
    private idleWaiters: Array<() => void> = [];

    async onTurn(_context: TurnContext, next: () => Promise<void>): Promise<void> {
        this.active += 1;
        try {
            await next();
        } finally {
            this.active -= 1;
            if (this.active === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
        }
    }

    get inFlight(): number {
        return this.active;
    }

    /** Resolves true when no turn is running, or false if `timeoutMs` passes first. */
    async drain(timeoutMs: number): Promise<boolean> {
        if (this.active === 0) return true;
        return new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), timeoutMs);
            this.idleWaiters.push(() => {
                clearTimeout(timer);
                resolve(true);
            });
        });
    }
}
