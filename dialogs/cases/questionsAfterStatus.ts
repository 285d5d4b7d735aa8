import type { StatusBucket } from '../../services/cases/caseService';
import type { StepTopic } from '../prompts/stepHelp';

/**
 * The statuses that mean an appointment (an interview, fingerprints): "when is it?" asks its date, "what should I
 * bring?" what to bring to it (to an interview: the notice, an ID, the originals; to fingerprints: what the notice says),
 * and "what's next?" what happens there (an interview) or after (fingerprints).
 */
const APPOINTMENT_TOPICS: Readonly<Partial<Record<StatusBucket, StepTopic[]>>> = {
    interview: ['appointmentDate', 'interviewBring', 'nextAfterInterviewSet'],
    biometrics: ['appointmentDate', 'appointmentBring', 'nextAfterBiometrics'],
};
/** Statuses of a card on its way: "when will it come?" is about the mailing, not USCIS's usual processing times. */
const CARD_BUCKETS: ReadonlySet<StatusBucket> = new Set(['cardProduced', 'cardMailed', 'cardDelivered']);

/**
 * What a question right after a status is about, by the status shown: "when is it?" after an interview or fingerprint
 * status asks where its date is, and "what should I bring?" what to bring; "when will it come?" after a card's status,
 * where its mailing shows, and after an approval, that a card (if the case comes with one) is made and mailed next;
 * "how long do I have?" after evidence asked for or a denial intended, that the notice gives the date to answer by;
 * "what do I need to send?" after evidence asked for, how a request for evidence is answered; "what's next?" after a
 * case received, what follows a filing; "how long?" or "what's next?" after a case sent to the Department of State, the
 * National Visa Center's and the consulate's steps. Asked at the offer of updates or at the menu that follows, these are about the
 * case just shown, not a new status check.
 *
 * @example
 * topicsOfStatusShown('interview') // ['appointmentDate', 'interviewBring', 'nextAfterInterviewSet']
 */
export function topicsOfStatusShown(bucket: StatusBucket): StepTopic[] {
    const appointment = APPOINTMENT_TOPICS[bucket];
    if (appointment) return [...appointment];
    if (bucket === 'approved') return ['cardAfterApproval'];
    // Evidence asked for: how to answer, and how to upload. A denial intended is a lawyer's matter (its own next step says so).
    if (bucket === 'actionNeeded') return ['responseDeadline', 'evidenceToSend'];
    if (bucket === 'intentToDeny') return ['responseDeadline'];
    if (bucket === 'received') return ['nextAfterReceipt'];
    if (bucket === 'sentToState') return ['afterSentToState'];
    return CARD_BUCKETS.has(bucket) ? ['cardArrival'] : [];
}
