import type { RateLimiter } from '../limits/rateLimiter';
import crypto from 'node:crypto';
import type { CaseLinkProof, LinkedCaseRecord, LinkedCaseRepository } from '../../store/linkedCaseRepository';
import { parseReceiptNumber } from '../validators';
import { CaseBadFormat } from './caseErrors';
import { AccessCodeRejected, AccessCodeRequired, CaseLinkedElsewhere, AccessCodeTriesExhausted } from './caseLinkErrors';
import type { CaseService, CaseStatus } from './caseService';

/** What linking a paper-filed case did. */
/** Online Access Code tries one account may make in an hour, right or wrong. */
export const ACCESS_CODE_TRIES_PER_HOUR = 5;

export interface LinkOutcome {
    /** `linked`: linked now; `alreadyLinkedHere`: this account had it already (nothing changed). */
    status: 'linked' | 'alreadyLinkedHere';
    /** The case's current status, as the case service gave it while linking. */
    case: CaseStatus;
    /**
     * False only when an Online Access Code was taken without being checked (the back end cannot check codes, e.g.
     * the USCIS Case Status API): the user must be told so plainly.
     */
    accessCodeChecked: boolean;
}

/** One case in "my cases". */
export interface LinkedCaseSummary {
    receiptNumber: string;
    formType?: string;
    linkedAt: Date;
}

/**
 * Links paper-filed cases to accounts ("Add a paper-filed case") and lists them ("My cases").
 *
 * The order of `link` is deliberate: an existing link is answered first (no code is needed or used up for a case this
 * account already has, and a case linked elsewhere is refused before anything else); then the case is looked up, so a
 * receipt the service does not recognise (or cannot answer for) is never linked and never uses up a code; only then is
 * an IOE receipt's code redeemed; and the store's unique receipt number makes the link itself atomic.
 *
 * @example
 * const links = new CaseLinks({ service: caseService, linkedCases: repositories.linkedCases });
 * try {
 *     const outcome = await links.link(accountId, 'IOE0912345678', 'ABCD1234EFGH');
 * } catch (error) {
 *     // AccessCodeRequired, AccessCodeRejected, CaseLinkedElsewhere, or a CaseServiceError: caseErrorMessage.ts
 * }
 */
export class CaseLinks {
    constructor(
        private readonly deps: {
            service: CaseService;
            linkedCases: LinkedCaseRepository;
            /** Counts access-code tries per account (ACCESS_CODE_TRIES_PER_HOUR), across restarts of the flow. */
            limiter: RateLimiter;
            now?: () => Date;
        },
    ) {}

    /**
     * Links the receipt to the account. An IOE receipt needs its Online Access Code (AccessCodeRequired without it;
     * AccessCodeRejected when the service refuses it); any other receipt is linked by its number alone, as USCIS's
     * "Add a case" does. Throws CaseLinkedElsewhere when another account has it, CaseBadFormat for a receipt that is
     * not three letters and ten digits, and the CaseService's errors from the look-up.
     */
    async link(accountId: string, receipt: string, accessCode?: string): Promise<LinkOutcome> {
        const parsed = parseReceiptNumber(receipt);
        if (!parsed.ok) throw new CaseBadFormat(`receipt number refused: ${parsed.reason}`);
        const { receiptNumber, ioe } = parsed.value;

        const existing = await this.deps.linkedCases.findByReceipt(receiptNumber);
        if (existing?.accountId === accountId) return this.answerExisting(accountId, existing);
        if (ioe && !accessCode) throw new AccessCodeRequired();
        if (existing) {
            // An IOE case linked elsewhere is named as such only to someone holding its code; anyone else hears
            // about the code, so a receipt alone never tells whether another account has the case.
            if (ioe && accessCode) await this.redeem(accountId, receiptNumber, accessCode);
            throw new CaseLinkedElsewhere();
        }

        const status = await this.deps.service.getCase(receiptNumber);
        const linkedBy: CaseLinkProof = ioe && accessCode ? await this.redeem(accountId, receiptNumber, accessCode) : 'receipt';

        const linked = await this.deps.linkedCases.linkUnlessTaken({
            id: crypto.randomUUID(),
            accountId,
            receiptNumber,
            formType: status.formType ?? null,
            linkedBy,
            linkedAt: this.now(),
        });
        if (!linked) {
            // Another link for this receipt won a race with this one: answer as if it had been there first.
            const winner = await this.deps.linkedCases.findByReceipt(receiptNumber);
            if (!winner || winner.accountId !== accountId) throw new CaseLinkedElsewhere();
            return { status: 'alreadyLinkedHere', case: status, accessCodeChecked: winner.linkedBy !== 'accessCodeUnverified' };
        }
        return { status: 'linked', case: status, accessCodeChecked: linkedBy !== 'accessCodeUnverified' };
    }

    /** The account's linked cases, oldest first. */
    async listForAccount(accountId: string): Promise<LinkedCaseSummary[]> {
        const rows = await this.deps.linkedCases.listForAccount(accountId);
        return rows.map((row) => ({ receiptNumber: row.receiptNumber, ...(row.formType ? { formType: row.formType } : {}), linkedAt: row.linkedAt }));
    }

    /** Already linked: to this account, its current status; to another, a refusal that names no one. */
    /** One counted try of an Online Access Code; AccessCodeRejected unless the service accepts (or cannot check) it. */
    private async redeem(accountId: string, receiptNumber: string, accessCode: string): Promise<CaseLinkProof> {
        const tries = await this.deps.limiter.take(`case-access-code:${accountId}`, { max: ACCESS_CODE_TRIES_PER_HOUR, windowSeconds: 3600 });
        if (!tries.allowed) throw new AccessCodeTriesExhausted(tries.retryAfterSeconds);
        const verdict = await this.deps.service.redeemAccessCode(receiptNumber, accessCode);
        if (verdict === 'invalid' || verdict === 'expired' || verdict === 'alreadyUsed') throw new AccessCodeRejected(verdict);
        return verdict === 'valid' ? 'accessCode' : 'accessCodeUnverified';
    }

    private async answerExisting(accountId: string, existing: LinkedCaseRecord): Promise<LinkOutcome> {
        if (existing.accountId !== accountId) throw new CaseLinkedElsewhere();
        const status = await this.deps.service.getCase(existing.receiptNumber);
        return { status: 'alreadyLinkedHere', case: status, accessCodeChecked: existing.linkedBy !== 'accessCodeUnverified' };
    }

    private now(): Date {
        return this.deps.now?.() ?? new Date();
    }
}
