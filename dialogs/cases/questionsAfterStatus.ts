import type { StatusBucket } from '../../services/cases/caseService';
import type { StepTopic } from '../prompts/stepHelp';

/**
 * The questions of the step right after each status, in the order they are looked for:
 * - an appointment (an interview, fingerprints): "when is it?" asks its date, "what should I bring?" what to bring to
 *   it (to an interview: the notice, an ID, the originals; to fingerprints: what the notice says), and "what's next?"
 *   what happens there (an interview) or after (fingerprints);
 * - an approval: "when will it come?", that a card (if the case comes with one) is made and mailed next;
 * - evidence asked for, or a denial intended: "how long do I have?", that the notice gives the date to answer by; after
 *   evidence asked for, "what do I need to send?", how a request for evidence is answered and uploaded (a denial
 *   intended is a lawyer's matter, as its own next step says);
 * - a case received: "what's next?", what follows a filing;
 * - a case sent to the Department of State: "how long?" or "what's next?", the National Visa Center's and the
 *   consulate's steps;
 * - a card on its way: "when will it come?" is about the mailing, not USCIS's usual processing times.
 */
const TOPICS_AFTER: Readonly<Partial<Record<StatusBucket, readonly StepTopic[]>>> = {
    interview: ['appointmentDate', 'interviewBring', 'nextAfterInterviewSet'],
    biometrics: ['appointmentDate', 'appointmentBring', 'nextAfterBiometrics'],
    approved: ['cardAfterApproval'],
    actionNeeded: ['responseDeadline', 'evidenceToSend'],
    intentToDeny: ['responseDeadline'],
    received: ['nextAfterReceipt'],
    sentToState: ['afterSentToState'],
    cardProduced: ['cardArrival'],
    cardMailed: ['cardArrival'],
    cardDelivered: ['cardArrival'],
};

/**
 * What a question right after a status is about, by the status shown (TOPICS_AFTER). Asked at the offer of updates or
 * at the menu that follows, these are about the case just shown, not a new status check.
 *
 * @example
 * topicsOfStatusShown('interview') // ['appointmentDate', 'interviewBring', 'nextAfterInterviewSet']
 */
export function topicsOfStatusShown(bucket: StatusBucket): StepTopic[] {
    return [...(TOPICS_AFTER[bucket] ?? [])];
}
