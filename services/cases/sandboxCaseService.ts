import { createHash, timingSafeEqual } from 'node:crypto';
import type { SandboxCaseRepository, SandboxCaseStateRecord } from '../../store/sandboxCaseRepository';
import { parseOnlineAccessCode, parseReceiptNumber } from '../validators';
import { CaseBadFormat, CaseNotRecognized } from './caseErrors';
import type { AccessCodeVerdict, CaseService, CaseStatus } from './caseService';
import {
    ACCESS_CODE_VALID_DAYS,
    RESERVED_RECEIPTS,
    SANDBOX_CASES,
    sandboxDescription,
    sandboxTitle,
    type SandboxCase,
    type SandboxStep,
    type ScheduledSandboxCase,
    type StaticSandboxCase,
} from './sandboxFixtures';
import { bucketFor } from './statusBuckets';
import { plainText } from './uscisResponseSchema';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** advance() was asked to move a case that does not move (a staging, IOE or unknown receipt). */
export class SandboxCaseNotScheduled extends Error {
    constructor(readonly receiptNumber: string) {
        super('this sandbox case does not move on a schedule');
        this.name = 'SandboxCaseNotScheduled';
    }
}

export interface SandboxCaseServiceOptions {
    repository: SandboxCaseRepository;
    /** A scheduled case moves one step every this many minutes since it was first seen (CASE_SANDBOX_STEP_MINUTES). */
    stepMinutes: number;
    now?: () => Date;
    /** The cases it knows; default: sandboxFixtures.ts. */
    cases?: ReadonlyMap<string, SandboxCase>;
}

/**
 * The embedded case service (CASE_SERVICE=sandbox): answers from sandboxFixtures.ts as the USCIS sandbox would, with
 * its state (first sightings, used access codes) in the store, so it survives restarts and is shared by every process
 * on one database.
 *
 * @example
 * const cases = new SandboxCaseService({ repository: repositories.sandboxCases, stepMinutes: 2 });
 * (await cases.getCase('EAC9999103403')).bucket; // 'approved'
 * await cases.redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4'); // 'valid', then 'alreadyUsed'
 */
export class SandboxCaseService implements CaseService {
    readonly kind = 'sandbox' as const;
    private readonly now: () => Date;
    private readonly stepMs: number;
    private readonly cases: ReadonlyMap<string, SandboxCase>;

    constructor(private readonly options: SandboxCaseServiceOptions) {
        this.now = options.now ?? (() => new Date());
        this.stepMs = options.stepMinutes * MINUTE_MS;
        this.cases = options.cases ?? SANDBOX_CASES;
    }

    async getCase(receiptNumber: string): Promise<CaseStatus> {
        const fixture = this.lookUp(receiptNumber);
        if (fixture.kind === 'scheduled') return this.scheduledStatus(fixture, await this.stateOf(fixture));
        // A case with an access code is anchored at its first sighting too, so the code's age counts from there.
        if (fixture.accessCode) await this.stateOf(fixture);
        return this.status(fixture, fixture.steps);
    }

    async redeemAccessCode(receiptNumber: string, accessCode: string): Promise<AccessCodeVerdict> {
        const fixture = this.lookUp(receiptNumber);
        const expected = fixture.accessCode;
        const typed = parseOnlineAccessCode(accessCode);
        if (!expected || !typed.ok || !sameCode(typed.value, expected.code)) return 'invalid';
        const state = await this.stateOf(fixture);
        if (state.accessCodeUsedAt) return 'alreadyUsed';
        const issuedAt = state.firstSeenAt.getTime() - expected.issuedDaysBeforeFirstSeen * DAY_MS;
        const now = this.now();
        if (now.getTime() >= issuedAt + ACCESS_CODE_VALID_DAYS * DAY_MS) return 'expired';
        // Of two redemptions racing past the check above, the conditional update lets one win.
        return (await this.options.repository.claimAccessCode(fixture.receiptNumber, now)) ? 'valid' : 'alreadyUsed';
    }

    /**
     * Moves a scheduled case one step now (for demos and tests), by moving its first sighting one step earlier: the
     * step dates stay in the past and stay the same on every read. Nothing happens at the last step. Throws
     * SandboxCaseNotScheduled for a case that does not move, and the getCase errors for reserved or unknown receipts.
     */
    async advance(receiptNumber: string): Promise<void> {
        const fixture = this.lookUp(receiptNumber);
        if (fixture.kind !== 'scheduled') throw new SandboxCaseNotScheduled(fixture.receiptNumber);
        for (;;) {
            const state = await this.stateOf(fixture);
            if (this.stepIndex(fixture, state) >= fixture.titles.length - 1) return;
            const earlier = new Date(state.firstSeenAt.getTime() - this.stepMs);
            if (await this.options.repository.moveFirstSeen(fixture.receiptNumber, state.firstSeenAt, earlier)) return;
        }
    }

    /** The fixture for a receipt; throws what the real sandbox would answer otherwise. */
    private lookUp(receiptNumber: string): SandboxCase {
        const parsed = parseReceiptNumber(receiptNumber);
        // The real API does not read O as 0: a corrected receipt is one it would refuse.
        if (!parsed.ok || parsed.value.corrected) throw RESERVED_RECEIPTS.EAC9999000422();
        const receipt = parsed.value.receiptNumber;
        const reserved = RESERVED_RECEIPTS[receipt];
        if (reserved) throw reserved();
        const fixture = this.cases.get(receipt);
        if (!fixture) throw RESERVED_RECEIPTS.EAC9999000404();
        return fixture;
    }

    private async stateOf(fixture: SandboxCase): Promise<SandboxCaseStateRecord> {
        const firstSeenAt = this.now();
        const usedBefore = fixture.kind === 'static' && fixture.accessCode?.usedBeforeFirstSeen;
        return this.options.repository.findOrCreate(fixture.receiptNumber, {
            firstSeenAt,
            accessCodeUsedAt: usedBefore ? new Date(firstSeenAt.getTime() - DAY_MS) : null,
        });
    }

    private stepIndex(fixture: ScheduledSandboxCase, state: SandboxCaseStateRecord): number {
        const elapsed = Math.max(0, this.now().getTime() - state.firstSeenAt.getTime());
        return Math.min(fixture.titles.length - 1, Math.floor(elapsed / this.stepMs));
    }

    private scheduledStatus(fixture: ScheduledSandboxCase, state: SandboxCaseStateRecord): CaseStatus {
        const reached = fixture.titles.slice(0, this.stepIndex(fixture, state) + 1);
        const steps = reached.map((title, index) => ({ title, date: new Date(state.firstSeenAt.getTime() + index * this.stepMs) }));
        return this.status({ kind: 'static', receiptNumber: fixture.receiptNumber, formType: fixture.formType, steps, withHistory: true, spanish: true }, steps);
    }

    private status(fixture: StaticSandboxCase, steps: SandboxStep[]): CaseStatus {
        const current = steps[steps.length - 1];
        const description = sandboxDescription(current, fixture);
        const title = sandboxTitle(current.title, fixture.spanish);
        return {
            receiptNumber: fixture.receiptNumber,
            formType: fixture.formType,
            title,
            description: { en: plainText(description.en), ...(description.es === undefined ? {} : { es: plainText(description.es) }) },
            bucket: bucketFor(title.en),
            history: fixture.withHistory ? steps.map((step) => ({ date: step.date, title: sandboxTitle(step.title, fixture.spanish) })) : [],
            submittedAt: fixture.submittedAt,
            modifiedAt: fixture.modifiedAt,
        };
    }
}

/** Compares digests, so the time taken says nothing about how much of a guess was right. */
function sameCode(typed: string, expected: string): boolean {
    const digest = (text: string) => createHash('sha256').update(text).digest();
    return timingSafeEqual(digest(typed), digest(expected));
}
