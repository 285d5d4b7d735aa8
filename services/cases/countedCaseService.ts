import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable } from './caseErrors';
import type { AccessCodeVerdict, CaseService, CaseStatus } from './caseService';
import type { CircuitState } from './circuitBreaker';

/** How one call to the case service ended: a status, one of the typed errors, or something unexpected. */
export type CaseCallResult = 'ok' | 'notRecognized' | 'badFormat' | 'unavailable' | 'rateLimited' | 'failed' | AccessCodeVerdict;

/** Where case-service calls are counted (the transport's metrics implement it; this layer knows no metrics library). */
export interface CaseCallCounter {
    caseCall(call: { backend: CaseService['kind']; operation: 'getCase' | 'redeemAccessCode'; result: CaseCallResult }): void;
}

/**
 * A CaseService that counts every call by result and passes it on unchanged (errors included).
 *
 * @example
 * const cases = new CountedCaseService(createCaseService(config, deps), metrics);
 */
export class CountedCaseService implements CaseService {
    constructor(
        private readonly inner: CaseService,
        private readonly counter: CaseCallCounter,
    ) {}

    get kind(): CaseService['kind'] {
        return this.inner.kind;
    }

    async getCase(receiptNumber: string): Promise<CaseStatus> {
        try {
            const status = await this.inner.getCase(receiptNumber);
            this.count('getCase', 'ok');
            return status;
        } catch (error) {
            this.count('getCase', resultOf(error));
            throw error;
        }
    }

    async redeemAccessCode(receiptNumber: string, accessCode: string): Promise<AccessCodeVerdict> {
        try {
            const verdict = await this.inner.redeemAccessCode(receiptNumber, accessCode);
            this.count('redeemAccessCode', verdict);
            return verdict;
        } catch (error) {
            this.count('redeemAccessCode', resultOf(error));
            throw error;
        }
    }

    circuitState(): CircuitState {
        return this.inner.circuitState?.() ?? 'closed';
    }

    private count(operation: 'getCase' | 'redeemAccessCode', result: CaseCallResult): void {
        this.counter.caseCall({ backend: this.inner.kind, operation, result });
    }
}

function resultOf(error: unknown): CaseCallResult {
    if (error instanceof CaseNotRecognized) return 'notRecognized';
    if (error instanceof CaseBadFormat) return 'badFormat';
    if (error instanceof CaseServiceUnavailable) return 'unavailable';
    if (error instanceof CaseRateLimited) return 'rateLimited';
    return 'failed';
}
