import { DomainError } from '../domainError';
import type { AccessCodeVerdict } from './caseService';

/**
 * Why a case could not be linked to an account; the dialogs map each to localized words (caseErrorMessage.ts).
 * Separate from CaseServiceError: these are our store's and the access code's answers, not the case service's.
 */
export abstract class CaseLinkError extends DomainError {}

/** The receipt is linked to another account. Whose is never said, to the user or in the message. */
export class CaseLinkedElsewhere extends CaseLinkError {
    readonly code = 'caseLinkedElsewhere';
    constructor() {
        super('the case is linked to another account');
    }
}

/** An IOE receipt is linked with its Online Access Code: ask for it, then link again with it. */
export class AccessCodeRequired extends CaseLinkError {
    readonly code = 'accessCodeRequired';
    constructor() {
        super('an IOE receipt needs its Online Access Code');
    }
}

/** The service refused the Online Access Code: wrong, past its 90 days, or already used (perhaps by someone else). */
export class AccessCodeRejected extends CaseLinkError {
    readonly code = 'accessCodeRejected';
    constructor(readonly verdict: Extract<AccessCodeVerdict, 'invalid' | 'expired' | 'alreadyUsed'>) {
        super(`the access code was refused: ${verdict}`);
    }
}

/** Too many Online Access Code tries for this account in the last hour: a code cannot be guessed by starting over. */
export class AccessCodeTriesExhausted extends CaseLinkError {
    readonly code = 'accessCodeTriesExhausted';
    constructor(readonly retryAfterSeconds: number) {
        super('too many access code tries for this account');
    }
}
