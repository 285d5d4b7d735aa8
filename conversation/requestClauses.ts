import type { TurnContext } from 'botbuilder';
import { plainPhrases, plainWords, splitAtPhrases } from './utteranceWords';

/** Where a sentence ends: a full stop, question or exclamation mark, or semicolon (before a space), in any script here. */
const SENTENCE_END = /[.!?;]+(?=\s|$)|[。！？；؟]+/u;

/**
 * The parts of a message that may each ask for something, as plain words: its sentences, each cut at the words that join
 * two requests (`understanding.requestJoiners`: "and", "y", "và", "和"). "Check my case status and find my account number"
 * has two parts; most messages have one. Each part read alone is how a second request is found.
 */
export function requestClauses(context: TurnContext, text: string): string[] {
    const joiners = plainPhrases(context, 'understanding.requestJoiners');
    return text.split(SENTENCE_END).flatMap((sentence) => splitAtPhrases(plainWords(sentence), joiners));
}
