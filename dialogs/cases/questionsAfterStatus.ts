import type { StatusBucket } from '../../services/cases/caseService';
import type { StepTopic } from '../prompts/stepHelp';

/** The statuses that mean an appointment (an interview, fingerprints): "when is it?" asks its date. */
const APPOINTMENT_BUCKETS: ReadonlySet<StatusBucket> = new Set(['interview', 'biometrics']);
/** Statuses of a card on its way: "when will it come?" is about the mailing, not USCIS's usual processing times. */
const CARD_BUCKETS: ReadonlySet<StatusBucket> = new Set(['cardProduced', 'cardMailed', 'cardDelivered']);

/**
 * What a question right after a status is about, by the status shown: "when is it?" after an interview or fingerprint
 * status asks where its date is; "when will it come?" after a card's status, where its mailing shows, and after an
 * approval, that a card (if the case comes with one) is made and mailed next. Asked at the offer of updates or at the
 * menu that follows, these are about the case just shown, not a new status check.
 *
 * @example
 * topicsOfStatusShown('interview') // ['appointmentDate']
 */
export function topicsOfStatusShown(bucket: StatusBucket): StepTopic[] {
    if (APPOINTMENT_BUCKETS.has(bucket)) return ['appointmentDate'];
    if (bucket === 'approved') return ['cardAfterApproval'];
    return CARD_BUCKETS.has(bucket) ? ['cardArrival'] : [];
}
