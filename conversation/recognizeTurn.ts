import type { TurnContext } from 'botbuilder';
import type { Expectation, Recognizer, RecognizerResult } from './recognizer';
import { turnLanguage } from './turnLanguage';

const RESULTS = Symbol('recognizedThisTurn');

/**
 * The recognizer's reading of this turn's message for what the dialog expects, or undefined when the turn has no text.
 * Read once per turn and expectation: the bot, the interruptible base dialog and the menu all ask about one message,
 * and a trained classifier behind the same interface would otherwise run several times per turn.
 */
export async function recognizeTurn(
    recognizer: Recognizer,
    context: TurnContext,
    expecting: Expectation,
    /** What of the message to read, when not all of it (see askedBesideFeeling). */
    text = context.activity.type === 'message' ? context.activity.text : undefined,
): Promise<RecognizerResult | undefined> {
    if (!text) return undefined;
    let results = context.turnState.get(RESULTS) as Map<string, Promise<RecognizerResult>> | undefined;
    if (!results) context.turnState.set(RESULTS, (results = new Map()));
    const locale = turnLanguage(context);
    const key = `${expecting}\u0000${locale}\u0000${text}`;
    let result = results.get(key);
    if (!result) results.set(key, (result = recognizer.recognize({ text, locale, expecting })));
    return result;
}
