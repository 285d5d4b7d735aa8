import type { TurnContext } from 'botbuilder';
import { INTERRUPTION_INTENTS, topIntent, type Expectation, type Recognizer } from './recognizer';
import { recognizeTurn } from './recognizeTurn';

/** Something the user can say in the middle of any question. */
export type Interruption =
    | { kind: 'help' }
    | { kind: 'cancel' }
    | { kind: 'startOver' }
    | { kind: 'chooseLanguage' }
    | { kind: 'switchLanguage'; language: string }
    | { kind: 'talkToPerson' };

/** How sure a recognizer must be before a message is taken as a command rather than an answer. */
export const INTERRUPTION_MIN_SCORE = 0.7;

/**
 * The interruption this turn's message is, if any: the recognizer's best interruption intent, in the turn's language.
 * Only a text message can be one (a card submission or an event never is).
 */
export async function recognizeInterruption(recognizer: Recognizer, context: TurnContext, expecting: Expectation = 'answer'): Promise<Interruption | undefined> {
    const result = await recognizeTurn(recognizer, context, expecting);
    if (!result) return undefined;
    const intent = topIntent(result, INTERRUPTION_INTENTS, INTERRUPTION_MIN_SCORE);
    if (!intent) return undefined;
    if (intent.name !== 'switchLanguage') return { kind: intent.name };
    const language = result.entities.find((entity) => entity.type === 'language')?.value;
    return language ? { kind: 'switchLanguage', language } : undefined;
}
