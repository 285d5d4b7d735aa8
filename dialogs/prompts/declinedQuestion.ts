import type { TurnContext } from 'botbuilder';
import { turnPhrases } from '../../conversation/turnLanguage';
import { plainPhrases, plainWords } from '../../conversation/utteranceWords';
import { awaitsOwnAnswer, lastTryAnsweredNo } from './promptRefusal';
import { yesOrNoIn } from './yesNo';

/**
 * Whether `text` declines the question on screen rather than answering it, at a question that allows it (its spec's
 * leftWhenDeclined): "no thanks", "not now", "maybe later" (interruptions.declineWords, the whole message), unless it
 * picks one of the question's options; or a plain "no" once more, right after the question answered the last one. A
 * "no" to "What is the receipt number?" is told where the number is printed, and a second "no" is no wish to go on:
 * asked again and again, someone who does not know "cancel" could not get out. Never while the question waits for a
 * yes or no of its own ("Did you mean ana@gmail.com?"). `promptState` is the prompt's own state.
 */
export function declinesQuestion(context: TurnContext, text: string, promptState: object, picksOption: boolean): boolean {
    if (picksOption || awaitsOwnAnswer(promptState)) return false;
    if (saysNoThanks(context, text)) return true;
    return lastTryAnsweredNo(promptState) && yesOrNoIn(turnPhrases(context), text) === 'no';
}

/** "No thanks", "not now", "maybe later" (interruptions.declineWords), as the whole message. */
export function saysNoThanks(context: TurnContext, text: string): boolean {
    return plainPhrases(context, 'interruptions.declineWords').has(plainWords(text));
}
