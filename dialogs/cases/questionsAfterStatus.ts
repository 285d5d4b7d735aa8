import type { StatusBucket } from '../../services/cases/caseService';
import type { StepTopic } from '../prompts/stepHelp';
import { uscisFormsNamedIn } from '../../services/uscisForms';

/**
 * The questions of the step right after each status, in the order they are looked for:
 * - an appointment (an interview, fingerprints): "when is it?" asks its date, "what should I bring?" what to bring to
 *   it (to an interview: the notice, an ID, the originals; to fingerprints: what the notice says), "what's next?"
 *   what happens there (an interview) or after (fingerprints), "can I reschedule it?" how it is moved, and after an
 *   interview "do I have to go?" that USCIS decides and a missed one can lead to a denial;
 * - an approval: "when will it come?", that a card (if the case comes with one) is made and mailed next;
 * - evidence asked for, or a denial intended: "how long do I have?", that the notice gives the date to answer by; after
 *   evidence asked for, "what do I need to send?", how a request for evidence is answered and uploaded (a denial
 *   intended is a lawyer's matter, as its own next step says);
 * - a case received: "what's next?", what follows a filing;
 * - a case sent to the Department of State: "how long?" or "what's next?", the National Visa Center's and the
 *   consulate's steps;
 * - a card on its way: "when will it come?" is about the mailing, not USCIS's usual processing times;
 * - and after any status that is no decision against the user (NOT_DECIDED_AGAINST), "can I appeal?": not yet.
 */
const TOPICS_AFTER: Readonly<Partial<Record<StatusBucket, readonly StepTopic[]>>> = {
    // Moving it first: "can I change the date?" names the date, but asks to move it.
    // Whether one must go after what to bring: "is it necessary to bring my kids?" asks what to bring.
    interview: ['interviewMove', 'appointmentDate', 'interviewBring', 'interviewSkip', 'nextAfterInterviewSet'],
    biometrics: ['appointmentMove', 'appointmentDate', 'appointmentBring', 'nextAfterBiometrics'],
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
 * The statuses after which there is nothing to appeal: a case still open (a notice of intent to deny included, which is
 * answered, not appealed) or approved. Not a denial, a rejection (its own answer), a withdrawal, an expedite request
 * refused, a case closed another way, or a status we cannot read.
 */
const NOT_DECIDED_AGAINST: ReadonlySet<StatusBucket> = new Set<StatusBucket>([
    'received',
    'biometrics',
    'review',
    'actionNeeded',
    'intentToDeny',
    'interview',
    'approved',
    'sentToState',
    'cardProduced',
    'cardMailed',
    'cardDelivered',
    'reopened',
    'feeWaived',
]);

/**
 * The questions after a status that depend on the case's form, looked for after those of the status alone: right after a
 * relative's petition (Form I-130) is approved, "what's next?" and "how long until she gets the visa?" ask what follows
 * that approval (the National Visa Center abroad, Form I-485 here), not USCIS's usual times; "when will my card come?"
 * is still the card's question, whose answer says such an approval comes with none.
 */
const TOPICS_AFTER_FORM: Readonly<Record<string, Partial<Record<StatusBucket, readonly StepTopic[]>>>> = {
    'I-130': { approved: ['nextAfterPetitionApproved'] },
};

/**
 * What a question right after a status is about, by the status shown (TOPICS_AFTER), then by its case's form
 * (TOPICS_AFTER_FORM). Asked at the offer of updates or at the menu that follows, these are about the case just shown,
 * not a new status check.
 *
 * @example
 * topicsOfStatusShown('interview') // ['interviewMove', 'appointmentDate', 'interviewBring', 'interviewSkip', 'nextAfterInterviewSet', 'appealBeforeDecision']
 * topicsOfStatusShown('approved', 'I-130') // ['cardAfterApproval', 'nextAfterPetitionApproved', 'appealBeforeDecision']
 * topicsOfStatusShown('denied') // []
 */
export function topicsOfStatusShown(bucket: StatusBucket, formType?: string): StepTopic[] {
    // "I-130", "i130" and "Form I-130" are one form, as a message names it (uscisFormsNamedIn).
    const [form] = formType === undefined ? [] : uscisFormsNamedIn(formType);
    return [
        ...(TOPICS_AFTER[bucket] ?? []),
        ...((form !== undefined && TOPICS_AFTER_FORM[form]?.[bucket]) || []),
        ...(NOT_DECIDED_AGAINST.has(bucket) ? (['appealBeforeDecision'] as const) : []),
    ];
}
