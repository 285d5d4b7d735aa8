import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, containsWords, hasLongNumber, opensWithWords, plainPhrases, plainWords, withoutPhrases } from '../../conversation/utteranceWords';
import type { PromptValidator } from '../../conversation/dialogKit';
import { findReceiptNumber, findReceiptNumbers, mistypedReceiptIn, parseReceiptNumber, type ReceiptNumberProblem } from '../../services/validators';
import { refuseWith } from './promptRefusal';
import { yesOrNoIn } from './yesNo';
import { turnPhrases } from '../../conversation/turnLanguage';

/** What a prompt asks the user to have: saying they do not have it gets a next step, not a format error. */
export type MissingThing = 'email' | 'phone' | 'app' | 'receipt' | 'account' | 'accessCode' | 'accessNotice' | 'code';

/** A thing a prompt asks for, and the locale key of the next step for someone who does not have it. */
export interface MissingMeans {
    thing: MissingThing;
    answerKey: string;
    /** The next step for someone who has it but cannot remember it ("I forgot my email"); not asked when absent. */
    forgottenKey?: string;
    /** The next step after a plain "no" to the question (default: answerKey, as if the thing were missing). */
    declinedKey?: string;
}

/**
 * "I don't have the receipt number" at a receipt question: where it is printed, and when the first notice comes. A
 * forgotten number is found in the same place.
 */
export const RECEIPT_MISSING: MissingMeans = { thing: 'receipt', answerKey: 'prompts.missing.receipt.answer', forgottenKey: 'prompts.missing.receipt.answer' };

/**
 * "How do I check my case without the receipt number?": a status check asked for without the number it needs
 * (`prompts.missing.receipt.withoutWords`), which RECEIPT_MISSING's answer is for.
 */
export function asksWithoutReceipt(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'prompts.missing.receipt.withoutWords', plainWords(text));
}

/**
 * "Where do I find my case number?", "¿dónde encuentro mi número de caso?", "我的案件号码在哪里？": the receipt number, by
 * the names people give it (`prompts.missing.receipt.caseNumberWords`), with a word for where or lost
 * (`findAccountNumber.whereToFindWords`), which RECEIPT_MISSING's answer is for. The classifier read the Spanish as the
 * online account number, the Chinese and Vietnamese as the list of one's cases. Not a message with the number in it, nor
 * one that asks to add a case or to check a status (`caseNumberNotWith`): those flows ask for the number and say where
 * it is.
 */
export function asksWhereCaseNumberIs(context: TurnContext, text: string): boolean {
    if (hasLongNumber(text)) return false;
    const said = plainWords(text);
    return (
        containsAnyPhrase(context, 'prompts.missing.receipt.caseNumberWords', said) &&
        containsAnyPhrase(context, 'findAccountNumber.whereToFindWords', said) &&
        !containsAnyPhrase(context, 'menu.options.addPaperCase.synonyms', said) &&
        !containsAnyPhrase(context, 'prompts.missing.receipt.caseNumberNotWith', said)
    );
}

/** What "do I need an account to check my status?" is told: none is needed, the receipt number is enough. */
export const NO_ACCOUNT_NEEDED_KEY = 'prompts.missing.account.checkStatus';

/**
 * "How do I check my case without an account?", "do I need an account to check my status?"
 * (`prompts.missing.account.statusWords`), which NO_ACCOUNT_NEEDED_KEY answers.
 */
export function asksWithoutAccount(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'prompts.missing.account.statusWords', plainWords(text));
}

/**
 * "I lost the code", "it expired", "I never got it" at the Online Access Code question: where the code is printed, that
 * it works once within 90 days, and how to ask USCIS for a new one. A forgotten code is found in the same place.
 */
export const ACCESS_CODE_MISSING: MissingMeans = { thing: 'accessCode', answerKey: 'prompts.stepHelp.accessCode.answer', forgottenKey: 'prompts.stepHelp.accessCode.answer' };

/**
 * "I don't have that notice", "I never got the letter" in the account number guide: the number is in the USCIS
 * profile too, the notice goes only to some paper filers, and USCIS's account help desk is the way when neither works.
 */
export const ACCESS_NOTICE_MISSING: MissingMeans = { thing: 'accessNotice', answerKey: 'findAccountNumber.noNotice' };

/**
 * "I don't have an account" in the account number guide, whose answer would otherwise be the same "where to find it"
 * (in the profile, after signing in): without an account there may be no number, and paper filing needs none.
 */
export const ACCOUNT_FOR_NUMBER_MISSING: MissingMeans = { thing: 'account', answerKey: 'findAccountNumber.noAccount' };

/** "I don't have an account" at a sign-in question: how to make one, and what works without one. */
export const SIGN_IN_ACCOUNT_MISSING: MissingMeans = { thing: 'account', answerKey: 'prompts.missing.account.signIn', forgottenKey: 'prompts.missing.email.forgotten' };

/**
 * "I didn't get the code", "no me llegó el correo", "nothing yet" at a question for a code sent by email or text: that it
 * can take minutes, where else to look, and how to get another (`new code`), not "A code has 6 digits". For a code sent
 * to an address just typed (`newEmail`), how to start again with the right address too; for one sent to an account's
 * address (`email`), a person when that address is out of reach.
 */
export const CODE_NOT_ARRIVED = {
    email: { thing: 'code', answerKey: 'prompts.missing.code.email' },
    newEmail: { thing: 'code', answerKey: 'prompts.missing.code.newEmail' },
    sms: { thing: 'code', answerKey: 'prompts.missing.code.sms' },
} as const satisfies Record<string, MissingMeans>;

/**
 * What the email question of a sign-in answers first: a forgotten address (where to look for it), no email at all,
 * and no account at all (SIGN_IN_ACCOUNT_MISSING).
 */
export const SIGN_IN_EMAIL_MISSING: readonly MissingMeans[] = [
    // A plain "no" to the sign-in email is more likely no account than an address no longer used.
    { thing: 'email', answerKey: 'prompts.missing.email.signIn', forgottenKey: 'prompts.missing.email.forgotten', declinedKey: SIGN_IN_ACCOUNT_MISSING.answerKey },
    SIGN_IN_ACCOUNT_MISSING,
];

/**
 * The validator of a receipt question: the number, alone or written in a sentence ("my receipt is …", or with a
 * particle: "EAC9999103403이에요"), is the answer. A refused answer is told, before the question again: a sentence, what
 * is needed and how to say it is missing (one text for both receipt questions); a try at the number, what to fix, in
 * the flow's own words.
 */
export function receiptValidator(flow: 'caseStatus' | 'addCase'): PromptValidator<string> {
    return async (prompt) => {
        const found = findReceiptNumber(prompt.recognized.value ?? '');
        if (found) {
            prompt.recognized.value = found;
            return true;
        }
        // Several numbers: the status flow checks each in turn (it reads them from the message); a case is added alone.
        if (findReceiptNumbers(prompt.recognized.value ?? '').length > 1) return flow === 'caseStatus' || refuseWith(prompt, 'addCase.receiptProblems.several');
        const parsed = parseReceiptNumber(prompt.recognized.value ?? '');
        if (parsed.ok) return true;
        // A digit short or long: how many it has, which says more than "too short".
        const mistyped = mistypedReceiptIn(prompt.recognized.value ?? '');
        if (mistyped) return refuseWith(prompt, 'prompts.receiptDigitCount', { typed: mistyped.typed, digits: String(mistyped.digits) });
        return refuseWith(prompt, refusalKey(flow, parsed.reason));
    };
}

function refusalKey(flow: 'caseStatus' | 'addCase', reason: ReceiptNumberProblem): string {
    return reason === 'words' ? 'prompts.receiptWords' : `${flow}.receiptProblems.${reason}`;
}

/**
 * True when the message says the user does not have the thing asked for: "I don't have an email", "no tengo
 * celular", or just "I don't have one". A thing may add ways of its own to say so (prompts.missing.<thing>.negations
 * and .alone): a receipt number is also missing when it is lost or not known ("where is it?", "I don't know it"),
 * which for an email would be a forgotten address, not a missing one. A message with an "@" or a digit is an attempt
 * at the answer, never this.
 */
export function saysMissing(context: TurnContext, thing: MissingThing, text: string): boolean {
    const said = attemptFree(text);
    return said !== undefined && (namesMissing(context, thing, said) || opensWith(said, plainPhrases(context, 'prompts.missing.alone')));
}

/**
 * The locale key of the next step for a message saying one of `means` is missing or forgotten, else undefined. A
 * message that names a thing goes to that thing ("I don't have an account" at an email question); one that names none
 * ("I don't have one", "I forgot", or a plain "no") is about the first thing listed, the one the question asks for;
 * with `namedOnly` (a choice question, which asks for no thing) it is about none.
 */
export function missingAnswerKey(context: TurnContext, means: MissingMeans | readonly MissingMeans[], text: string, rules: { namedOnly?: boolean } = {}): string | undefined {
    const said = attemptFree(text);
    if (said === undefined) return undefined;
    if (!rules.namedOnly && saysANumberMissing(context, said)) return A_NUMBER_NOT_NEEDED;
    const listed: readonly MissingMeans[] = Array.isArray(means) ? means : [means as MissingMeans];
    for (const { thing, answerKey, forgottenKey } of listed) {
        if (forgottenKey && namesForgotten(context, thing, said)) return forgottenKey;
        if (namesMissing(context, thing, said, rules.namedOnly)) return answerKey;
    }
    const [asked] = listed;
    if (!asked || rules.namedOnly) return undefined;
    // A plain "no" ("nope", "not really", "I'd rather not") to a question that asks for a thing: it is not at hand, and
    // "That doesn't look like an email address" would not help.
    if (yesOrNoIn(turnPhrases(context), text) === 'no') return asked.declinedKey ?? asked.answerKey;
    // "I forgot" alone: only the whole message, as "I forgot my password" is about something else.
    if (asked.forgottenKey && plainPhrases(context, 'prompts.forgotten.alone').has(said)) return asked.forgottenKey;
    return opensWith(said, plainPhrases(context, 'prompts.missing.alone')) ? asked.answerKey : undefined;
}

/** That no question here needs an A-Number: said before the question is asked again. */
const A_NUMBER_NOT_NEEDED = 'prompts.aNumber.notNeeded';

/**
 * "I don't have an A-number", "no tengo número A", typed at a question that asks for something else: no question in
 * this chat asks for one (before: what to do without the thing asked, "your account signs in with an email address",
 * or where a receipt number is printed).
 */
function saysANumberMissing(context: TurnContext, said: string): boolean {
    if (!containsAnyPhrase(context, 'prompts.aNumber.words', said)) return false;
    return opensWith(said, plainPhrases(context, 'prompts.missing.alone'), true) || containsAnyPhrase(context, 'prompts.missing.negations', said);
}

/** The message's plain words, or undefined when it is empty or an attempt at the answer (an "@" or a digit in it). */
function attemptFree(text: string): string | undefined {
    if (/[@\d]/.test(text)) return undefined;
    const said = plainWords(text);
    return said === '' ? undefined : said;
}

/**
 * The thing's own ways of saying it is missing, or a negation with one of its nouns ("no tengo correo"). Where no
 * question about the thing is on screen (`namedOnly`: the menu), the message must name the thing ("no sé leer bien" is
 * not a lost receipt), and a plain one-word negation ("no", "non", "لا"; not the thing's own, such as "lost") counts
 * only in a short message ("no email", "sin aviso"): in "me llegó una carta y no entiendo" it negates something else.
 */
function namesMissing(context: TurnContext, thing: MissingThing, said: string, namedOnly = false): boolean {
    // "I don't have it" alone, or opening a longer message: "I don't have it yet, I only mailed my forms last week".
    if (opensWith(said, plainPhrases(context, `prompts.missing.${thing}.alone`), true) && (!namedOnly || namesThing(context, thing, said))) return true;
    // "How long does it take?" at the question for a code sent: the whole message, said while waiting for the thing
    // (`waitWords`); not at the menu, where it asks USCIS's processing times.
    if (!namedOnly && plainPhrases(context, `prompts.missing.${thing}.waitWords`).has(said)) return true;
    const short = !namedOnly || said.split(' ').length <= SHORT_MESSAGE_WORDS;
    const negated =
        [...plainPhrases(context, 'prompts.missing.negations')].some((negation) => (short || negation.includes(' ')) && containsWords(said, negation)) ||
        containsAnyPhrase(context, `prompts.missing.${thing}.negations`, said);
    return negated && namesThing(context, thing, said);
}

/** At most this many words, a one-word negation is about the thing the message names ("no tengo correo", 3). */
const SHORT_MESSAGE_WORDS = 4;

/** "I forgot my email", "no recuerdo el número": a word for forgetting with one of the thing's nouns. */
function namesForgotten(context: TurnContext, thing: MissingThing, said: string): boolean {
    return containsAnyPhrase(context, 'prompts.forgotten.negations', said) && namesThing(context, thing, said);
}

function namesThing(context: TurnContext, thing: MissingThing, said: string): boolean {
    return containsAnyPhrase(context, `prompts.missing.${thing}.nouns`, thing === 'receipt' ? withoutPhrases(said, plainPhrases(context, OTHER_NUMBERS)) : said);
}

/**
 * Numbers that are not a receipt's, though "number" is one of its nouns: "I forgot my password and my phone number
 * changed" lost no receipt (before: where a receipt number is printed), nor did "olvidé mi número de cuenta".
 */
const OTHER_NUMBERS = 'prompts.missing.receipt.otherNumbers';

/**
 * Whether `said` opens with one of the phrases as whole words. `joined`: in Chinese, where words are not spaced, a
 * phrase may open a longer word run ("我刚寄出去" opens with "我刚寄"); only for a thing's own phrases, as the generic
 * "没有" (I don't have it) would open "没有别的了" (nothing else).
 */
function opensWith(said: string, phrases: ReadonlySet<string>, joined = false): boolean {
    for (const phrase of phrases) if (joined ? opensWithWords(said, phrase) : said === phrase || said.startsWith(`${phrase} `)) return true;
    return false;
}
