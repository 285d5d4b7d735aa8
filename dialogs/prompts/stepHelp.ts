import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, looksLikeQuestion, plainWords } from '../../conversation/utteranceWords';

/**
 * Things a nervous first-time user asks about at a step ("what is a backup code?"). Each has a list of words and a
 * short answer under `prompts.stepHelp.<topic>` in every locale.
 */
export type StepTopic =
    | 'twoStep'
    | 'backupCode'
    | 'setupKey'
    | 'specialCharacter'
    | 'password'
    | 'authenticatorApp'
    | 'terms'
    | 'securityQuestions'
    | 'accountNumber'
    | 'processingTime'
    /** "When is it?", "where do I go?" right after an interview or fingerprint status: where the date is, not USCIS's usual times. */
    | 'appointmentDate'
    /** "What should I bring?" right after an interview status: what to bring to an interview, not "I only know the status". */
    | 'interviewBring'
    /** The same right after a fingerprint (biometrics) status: the appointment's notice says what to bring. */
    | 'appointmentBring'
    /** "When will my card come?" right after a card's status (made, mailed, delivered): where the mailing shows, and when to ask USCIS. */
    | 'cardArrival'
    /**
     * The same question right after an approval: a card, if the case comes with one, is made and mailed after it (the
     * status says so first), and some approvals (a relative's petition) come with none.
     */
    | 'cardAfterApproval'
    /**
     * "How long do I have to respond?" right after a status that asks for an answer (a request for evidence, a notice of
     * intent to deny): the notice gives the date, not USCIS's usual times.
     */
    | 'responseDeadline'
    /** "What do I need to send?", "how do I respond?" right after a request for evidence: how one is answered, and uploads. */
    | 'evidenceToSend'
    /** "What's next?" right after "Case Was Received": what follows a filing (fingerprints, then evidence, an interview or a decision). */
    | 'nextAfterReceipt'
    /** The same right after a fingerprint status: what follows fingerprints (background checks, then an interview, evidence or a decision). */
    | 'nextAfterBiometrics'
    /** The same right after an interview's status: what happens at the interview and what to bring. */
    | 'nextAfterInterviewSet'
    /**
     * "How long until the embassy contacts me?", "what's next?" right after "Case Was Sent To The Department of State":
     * the National Visa Center's and the consulate's steps, checked at CEAC, not USCIS's usual times.
     */
    | 'afterSentToState'
    /**
     * The same right after a relative's petition (Form I-130) is approved: no green card by itself; abroad, the National
     * Visa Center and a consulate next; here, Form I-485 if one qualifies (the petitionApproved matter's answer).
     */
    | 'nextAfterPetitionApproved'
    /**
     * "Can I appeal?" right after a status that is no denial (a case still open, or approved): nothing is decided against
     * the user yet; an appeal or a motion follows a denial, whose letter says how and by when, and a notice that asks for
     * something is answered by its date (before: the denied matter's "I'm sorry… why your case was denied").
     */
    | 'appealBeforeDecision'
    /**
     * "Can I reschedule it?", "I can't go that day" right after a fingerprint appointment's status: how one is moved (the
     * online account before the day; the Contact Center after a miss), not "I only know what USCIS shows".
     */
    | 'appointmentMove'
    /** The same right after an interview's status: as its notice says, or the Contact Center, for a good reason. */
    | 'interviewMove'
    /**
     * "Do I have to go?", "can I skip it?" right after an interview's status: USCIS decides, no one can ask to skip one,
     * and a missed one can lead to a denial (the interviewRequired matter's answer), not "I only know what USCIS shows".
     */
    | 'interviewSkip'
    /** "What does this mean?" after a status: its plain explanation again (the question's params name the bucket). */
    | 'statusMeaning'
    /** The same at the menu right after a status, in fewer words ("what does this mean?", not "what should I do"). */
    | 'statusMeaningShown'
    /** The same question at the menu right after "USCIS does not recognize that receipt number": what that means. */
    | 'receiptNotRecognizedShown'
    | 'accessCode'
    /** "What is that?", "where do I find it?" at the Online Access Code question: the code, as accessCode answers. */
    | 'accessCodeHere';

/**
 * Topics asked with another topic's words: "what does that mean?" after a status and after an unknown receipt number;
 * "when will I get my card?" after a card's status and after an approval; "what should I bring?" after an interview's
 * status and after a fingerprint appointment's; "what's next?" after a case received, fingerprints and an interview set;
 * "how long until the embassy contacts us?" after a case sent to the Department of State and a relative's petition approved;
 * "can I reschedule it?" (or, told, "I can't go that day") after a fingerprint appointment's status and an interview's.
 */
const WORDS_OF: Readonly<Partial<Record<StepTopic, StepTopic>>> = {
    receiptNotRecognizedShown: 'statusMeaningShown',
    cardAfterApproval: 'cardArrival',
    appointmentBring: 'interviewBring',
    nextAfterBiometrics: 'nextAfterReceipt',
    nextAfterInterviewSet: 'nextAfterReceipt',
    nextAfterPetitionApproved: 'afterSentToState',
    interviewMove: 'appointmentMove',
};

/**
 * Topics also told, not asked (`prompts.stepHelp.<topic>.statedWords`): "it never arrived" right after a card's status is
 * the card not come, as "when will it arrive?" is (before: "Please answer yes or no"); "I want to appeal" right after a
 * status that is no denial is "can I appeal?"; "I can't go that day" right after an appointment's is "can I move it?";
 * "I don't want to go" right after an interview's is "do I have to go?".
 */
const SAID_AS_NEWS: ReadonlySet<StepTopic> = new Set(['cardArrival', 'appealBeforeDecision', 'appointmentMove', 'interviewMove', 'interviewSkip']);

/**
 * The locale key of the short answer to a question about the current step: the message must look like a question
 * and mention one of the step's topics (the first topic listed wins), or tell one of SAID_AS_NEWS in its own words.
 * Undefined for anything else.
 *
 * @example
 * stepHelpAnswer(context, ['backupCode'], '¿qué es un código de respaldo?') // 'prompts.stepHelp.backupCode.answer'
 */
export function stepHelpAnswer(context: TurnContext, topics: readonly StepTopic[] | undefined, text: string): string | undefined {
    if (!topics?.length) return undefined;
    const question = looksLikeQuestion(context, text);
    if (!question && !topics.some((candidate) => SAID_AS_NEWS.has(candidate))) return undefined;
    const said = plainWords(text);
    const topic = topics.find(
        (candidate) =>
            (question && containsAnyPhrase(context, `prompts.stepHelp.${WORDS_OF[candidate] ?? candidate}.words`, said)) ||
            (SAID_AS_NEWS.has(candidate) && containsAnyPhrase(context, `prompts.stepHelp.${WORDS_OF[candidate] ?? candidate}.statedWords`, said)),
    );
    return topic ? `prompts.stepHelp.${topic}.answer` : undefined;
}

/**
 * Whether a message says a case is taking long ("it's been months and nothing changed", "sigue pendiente"), in the
 * locale's `prompts.stepHelp.processingTime.delayWords`: not a question, but what USCIS's usual times answer.
 */
export function saysCaseIsLate(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'prompts.stepHelp.processingTime.delayWords', plainWords(text));
}

/**
 * USCIS's usual times without the offer of this status's updates (the processing-time step help's own answer): where no
 * case has been shown yet, or the question is not about one.
 */
export const USUAL_TIMES_ANSWER_KEY = 'prompts.stepHelp.processingTime.general';

/** Whether a message asks how long a case takes, or says one is taking long: both get USCIS's usual times. */
export function asksAboutProcessingTime(context: TurnContext, text: string): boolean {
    return stepHelpAnswer(context, ['processingTime'], text) !== undefined || saysCaseIsLate(context, text);
}

/**
 * The locale key for any other question asked at a step (the spec's `questionKey`), when the message looks like a
 * question. Tried last, after the dialog's own reading of a question (a common question, another task), so it never
 * keeps a question from where it would otherwise go.
 */
export function otherQuestionAnswer(context: TurnContext, questionKey: string | undefined, text: string): string | undefined {
    return questionKey && looksLikeQuestion(context, text) ? questionKey : undefined;
}
