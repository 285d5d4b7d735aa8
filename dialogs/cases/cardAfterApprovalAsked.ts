import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/**
 * "I was approved, when does my card come?", "me aprobaron, ¿cuándo me llega la tarjeta?": an approval said with a
 * card's arrival asked (both lists' words). Asked right after an approval is shown, the step's own answer says the same
 * (prompts.stepHelp.cardAfterApproval); asked at the menu, `understanding.cardAfterApproval` does.
 */
export function asksForCardAfterApproval(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return containsAnyPhrase(context, 'understanding.approvalWords', said) && containsAnyPhrase(context, 'understanding.cardComingWords', said);
}
