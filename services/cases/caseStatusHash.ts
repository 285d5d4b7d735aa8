import { createHash } from 'node:crypto';
import type { CaseStatus } from './caseService';

/**
 * A fingerprint of what a subscriber is told about: the English status title, its bucket, and each history entry's
 * title and date. The poller compares it with the last one it saw; a different value means "tell them". Only what the
 * service says about the case counts: not the long description (whose wording the service may rephrase without any
 * change to the case), not the Spanish text (added or reworded on its own), not the receipt number, and never the raw
 * API response or its `message`. Titles are compared as the service sends them, without spacing or letter case.
 *
 * @example
 * caseStatusHash(await cases.getCase('EAC9999103403')); // 'b5f1…' (64 hex characters)
 */
export function caseStatusHash(status: CaseStatus): string {
    const canonical = {
        title: normalized(status.title.en),
        bucket: status.bucket,
        history: status.history.map((entry) => ({ title: normalized(entry.title.en), date: entry.date ? dayOf(entry.date) : null })),
    };
    return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function normalized(text: string): string {
    return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The calendar day only: a service that sends midnight in one call and a time in the next is not a change. */
function dayOf(date: Date): string | null {
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
