import type { CircuitState } from './circuitBreaker';

/**
 * The seam between the case dialogs and whatever knows case statuses: the embedded sandbox (CASE_SERVICE=sandbox)
 * or the USCIS Case Status API (CASE_SERVICE=uscis). Dialogs depend on this interface only; which one runs is
 * decided once, in createCaseService. Errors are the typed ones in caseErrors.ts, never HTTP details.
 *
 * @example
 * const status = await cases.getCase('EAC9999103403');
 * status.title.en; // "Case Was Approved"
 */
export interface CaseService {
    /** Which back end answers (for logs and for wording such as "the USCIS sandbox"). */
    readonly kind: 'sandbox' | 'uscis';

    /**
     * The case's current status and history. Throws CaseNotRecognized (404), CaseBadFormat (422),
     * CaseServiceUnavailable (5xx, outside hours, timeout, breaker open) or CaseRateLimited (429 or quota).
     */
    getCase(receiptNumber: string): Promise<CaseStatus>;

    /**
     * Checks an Online Access Code for an IOE receipt and, when valid, uses it up (a code works once, for 90 days).
     * Returns 'unsupported' when this back end cannot check codes (the USCIS Case Status API has no such call):
     * the caller must then say plainly that the code was not checked.
     */
    redeemAccessCode(receiptNumber: string, accessCode: string): Promise<AccessCodeVerdict>;

    /**
     * The circuit breaker's state, for /readyz and /metrics: `open` while calls are refused after repeated outages.
     * Absent on a back end without a breaker (the sandbox never has an outage).
     */
    circuitState?(): CircuitState;
}

export type AccessCodeVerdict = 'valid' | 'invalid' | 'expired' | 'alreadyUsed' | 'unsupported';

/** Text the service gives in English and, where it has it, Spanish. */
export interface ServiceText {
    en: string;
    es?: string;
}

/** Where a status sits in a case's life; decides the plain-language explanation and next step we show. */
export type StatusBucket =
    | 'received'
    | 'biometrics'
    | 'review'
    | 'actionNeeded'
    | 'intentToDeny'
    | 'interview'
    | 'approved'
    | 'sentToState'
    | 'cardProduced'
    | 'cardMailed'
    | 'cardDelivered'
    | 'denied'
    | 'rejected'
    | 'withdrawn'
    | 'expediteDenied'
    | 'reopened'
    | 'feeWaived'
    | 'closedOtherMeans'
    | 'problem'
    | 'other';

export interface CaseHistoryEntry {
    /** Absent when the service sent none or an unreadable one. */
    date?: Date;
    title: ServiceText;
}

export interface CaseStatus {
    receiptNumber: string;
    /** "I-130"; absent when the service does not say. */
    formType?: string;
    title: ServiceText;
    /** Plain text (HTML stripped). */
    description: ServiceText;
    bucket: StatusBucket;
    /** Oldest first. */
    history: CaseHistoryEntry[];
    submittedAt?: Date;
    modifiedAt?: Date;
}
