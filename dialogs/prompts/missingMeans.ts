import type { TurnContext } from 'botbuilder';
import { containsWords, plainPhrases, plainWords } from '../../conversation/utteranceWords';
import type { ReceiptNumberProblem } from '../../services/validators';

/** What a prompt asks the user to have: saying they do not have it gets a next step, not a format error. */
export type MissingThing = 'email' | 'phone' | 'app' | 'receipt';

/** A thing a prompt asks for, and the locale key of the next step for someone who does not have it. */
export interface MissingMeans {
    thing: MissingThing;
    answerKey: string;
}

/** "I don't have the receipt number" at a receipt question: where it is printed, and when the first notice comes. */
export const RECEIPT_MISSING: MissingMeans = { thing: 'receipt', answerKey: 'prompts.missing.receipt.answer' };

/**
 * The locale key of what a receipt question says to a refused answer: a sentence gets what is needed and how to say it
 * is missing (one text for both receipt questions); a try at the number gets what to fix, in the flow's own words.
 */
export function receiptRefusalKey(flow: 'caseStatus' | 'addCase', reason: ReceiptNumberProblem): string {
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
    if (/[@\d]/.test(text)) return false;
    const said = plainWords(text);
    if (said === '') return false;
    const listed = (list: 'alone' | 'negations') => [...plainPhrases(context, `prompts.missing.${list}`), ...plainPhrases(context, `prompts.missing.${thing}.${list}`)];
    // "I don't have it" alone, or opening a longer message: "I don't have it yet, I only mailed my forms last week".
    if (listed('alone').some((phrase) => said === phrase || said.startsWith(`${phrase} `))) return true;
    const negated = listed('negations').some((negation) => containsWords(said, negation));
    return negated && [...plainPhrases(context, `prompts.missing.${thing}.nouns`)].some((noun) => containsWords(said, noun));
}
