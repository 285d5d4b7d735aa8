import { CircuitBreaker } from '../../../services/cases/circuitBreaker';

describe('CircuitBreaker', () => {
    let at: number;
    const now = () => new Date(at);
    const breaker = () => new CircuitBreaker({ failureThreshold: 3, coolDownMs: 30_000, now });

    beforeEach(() => {
        at = Date.UTC(2024, 0, 10, 15, 0, 0);
    });

    it('stays closed below the threshold and forgets failures after a success', () => {
        const circuit = breaker();
        circuit.recordFailure();
        circuit.recordFailure();
        circuit.recordSuccess();
        circuit.recordFailure();
        circuit.recordFailure();
        expect(circuit.state).toBe('closed');
        expect(circuit.tryAcquire()).toBe(true);
    });

    it('opens after N consecutive failures and refuses until the cool-down ends', () => {
        const circuit = breaker();
        for (let i = 0; i < 3; i += 1) circuit.recordFailure();
        expect(circuit.state).toBe('open');
        expect(circuit.tryAcquire()).toBe(false);
        expect(circuit.retryAt).toEqual(new Date(at + 30_000));
        at += 29_999;
        expect(circuit.tryAcquire()).toBe(false);
    });

    it('half-opens after the cool-down and lets exactly one trial through', () => {
        const circuit = breaker();
        for (let i = 0; i < 3; i += 1) circuit.recordFailure();
        at += 30_000;
        expect(circuit.state).toBe('halfOpen');
        expect(circuit.tryAcquire()).toBe(true);
        expect(circuit.tryAcquire()).toBe(false);
    });

    it('closes when the trial succeeds', () => {
        const circuit = breaker();
        for (let i = 0; i < 3; i += 1) circuit.recordFailure();
        at += 30_000;
        circuit.tryAcquire();
        circuit.recordSuccess();
        expect(circuit.state).toBe('closed');
        expect(circuit.tryAcquire()).toBe(true);
        expect(circuit.tryAcquire()).toBe(true);
    });

    it('opens again for a whole cool-down when the trial fails', () => {
        const circuit = breaker();
        for (let i = 0; i < 3; i += 1) circuit.recordFailure();
        at += 30_000;
        circuit.tryAcquire();
        circuit.recordFailure();
        expect(circuit.state).toBe('open');
        at += 29_000;
        expect(circuit.tryAcquire()).toBe(false);
        at += 1_000;
        expect(circuit.tryAcquire()).toBe(true);
    });

    it('frees the trial without judging the service on a neutral outcome', () => {
        const circuit = breaker();
        for (let i = 0; i < 3; i += 1) circuit.recordFailure();
        at += 30_000;
        circuit.tryAcquire();
        circuit.recordNeutral();
        expect(circuit.state).toBe('halfOpen');
        expect(circuit.tryAcquire()).toBe(true);
    });
});
