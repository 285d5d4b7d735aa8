/**
 * Runs `round` now and then again every `intervalMs` after each round ends, until stopped; `wake()` runs the next round
 * at once (or right after the one in progress). Rounds never overlap, a failed round is reported and the loop goes on,
 * and a waiting loop does not keep the process alive. Used by the notification worker and the case status poller.
 *
 * @example
 * const loop = new RepeatingTask(() => worker.drain(), 1000, (error) => logger.error({ err: error }, 'round failed'));
 * loop.start();
 * await loop.stop(); // waits for the round in progress
 */
export class RepeatingTask {
    private timer: NodeJS.Timeout | undefined;
    private running: Promise<void> | undefined;
    private started = false;
    private wakeAgain = false;

    constructor(
        private readonly round: () => Promise<unknown>,
        private readonly intervalMs: number,
        private readonly onError: (error: unknown) => void,
    ) {}

    get isStarted(): boolean {
        return this.started;
    }

    /** Starts the loop with a round now; work a previous run left due is picked up at once. */
    start(): void {
        if (this.started) return;
        this.started = true;
        this.schedule(0);
    }

    /** Runs a round now (something was just queued). Before start() or after stop(), does nothing. */
    wake(): void {
        if (!this.started) return;
        if (this.running) {
            this.wakeAgain = true;
            return;
        }
        this.schedule(0);
    }

    /** Stops the loop and waits for the round in progress. */
    async stop(): Promise<void> {
        this.started = false;
        clearTimeout(this.timer);
        this.timer = undefined;
        await this.running;
    }

    private schedule(delayMs: number): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.running = this.round()
                .then(
                    () => undefined,
                    (error: unknown) => this.onError(error),
                )
                .finally(() => {
                    this.running = undefined;
                    if (!this.started) return;
                    const again = this.wakeAgain;
                    this.wakeAgain = false;
                    this.schedule(again ? 0 : this.intervalMs);
                });
        }, delayMs);
        this.timer.unref();
    }
}
