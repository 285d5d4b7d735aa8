import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/**
 * "My husband has an account, can I use his?", "can my wife and I share one account?": a USCIS online account is one
 * person's, never shared, and a case stays in the account it was added to (`understanding.sharedAccount`). Read by
 * `understanding.sharedAccountWords`: another person's account named, or sharing one. The classifier read these as
 * what the online account is for, to confirm.
 */
export function asksAboutSharedAccount(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return said !== '' && containsAnyPhrase(context, 'understanding.sharedAccountWords', said);
}
