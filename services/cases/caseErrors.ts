import { DomainError } from '../domainError';
/** Something the case service said that the user can be told about; the dialogs map each to localized words. */
export abstract class CaseServiceError extends DomainError {}

/** 404: the service does not recognize the receipt (a typo, or a case too new to appear). Not proof it does not exist. */
export class CaseNotRecognized extends CaseServiceError {
    readonly code = 'caseNotRecognized';
}

/** 422: the service refused the receipt's format (we check it first, so this is rare). */
export class CaseBadFormat extends CaseServiceError {
    readonly code = 'caseBadFormat';
}

/** 5xx, outside the service's hours, a timeout, or the circuit breaker is open: try later; never "not found". */
export class CaseServiceUnavailable extends CaseServiceError {
    readonly code = 'caseServiceUnavailable';
    constructor(
        message: string,
        /** When the service says it will be back (outside hours), if known. */
        readonly retryAfter?: Date,
    ) {
        super(message);
    }
}

/** 429 or our daily quota is used up. */
export class CaseRateLimited extends CaseServiceError {
    readonly code = 'caseRateLimited';
    constructor(
        message: string,
        readonly retryAfterSeconds?: number,
    ) {
        super(message);
    }
}
