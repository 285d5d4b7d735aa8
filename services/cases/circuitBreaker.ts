import { systemClock, type Clock } from '../accounts/clock';

export type CircuitState = 'closed' | 'open' | 'halfOpen';

export interface CircuitBreakerOptions {
    /** Consecutive unavailability failures (5xx, timeouts, network errors) that open the circuit. */
    failureThreshold: number;
    /** How long the circuit stays open before one trial request may go through. */
    coolDownMs: number;
    now?: Clock;
}

/**
 * Stops calling a service that keeps failing, so users hear "try later" at once instead of after a timeout and
 * the service gets room to recover. Closed: requests flow, failures are counted. Open: requests are refused until
 * the cool-down ends. Half-open: one trial request goes through; its success closes the circuit, its failure opens
 * it again for another cool-down. In memory, so each process keeps its own.
 *
 * @example
 * if (!breaker.tryAcquire()) throw new CaseServiceUnavailable('circuit open');
 * try { await call(); breaker.recordSuccess(); } catch (e) { breaker.recordFailure(); throw e; }
 */
export class CircuitBreaker {
    private consecutiveFailures = 0;
    private openedAt: number | undefined;
    private trialInFlight = false;
    private readonly now: Clock;

    constructor(private readonly options: CircuitBreakerOptions) {
        if (options.failureThreshold < 1) throw new RangeError('failureThreshold must be at least 1');
        this.now = options.now ?? systemClock;
    }

    get state(): CircuitState {
        if (this.openedAt === undefined) return 'closed';
        return this.now().getTime() - this.openedAt >= this.options.coolDownMs ? 'halfOpen' : 'open';
    }

    /** When the circuit may let a trial through (undefined while closed). */
    get retryAt(): Date | undefined {
        return this.openedAt === undefined ? undefined : new Date(this.openedAt + this.options.coolDownMs);
    }

    /**
     * Whether a request may go now. In half-open state only the first caller gets true (the trial); the others are
     * refused until the trial reports back, so a recovering service is not hit by everyone at once.
     */
    tryAcquire(): boolean {
        const state = this.state;
        if (state === 'closed') return true;
        if (state === 'open' || this.trialInFlight) return false;
        this.trialInFlight = true;
        return true;
    }

    /** The service answered (any answer that shows it is up, a 404 included). */
    recordSuccess(): void {
        this.consecutiveFailures = 0;
        this.openedAt = undefined;
        this.trialInFlight = false;
    }

    /** The service was unavailable. A failed trial, or the threshold reached, opens the circuit (again). */
    recordFailure(): void {
        this.consecutiveFailures += 1;
        if (this.trialInFlight || this.consecutiveFailures >= this.options.failureThreshold) {
            this.openedAt = this.now().getTime();
        }
        this.trialInFlight = false;
    }

    /** The request ended without telling whether the service is up (e.g. our token was refused): free the trial. */
    recordNeutral(): void {
        this.trialInFlight = false;
    }
}
