import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/**
 * "I have two accounts, can you merge them?", "my case is in my old account": USCIS can't merge online accounts, and a
 * paper form filed without the account number makes a new one (`understanding.twoAccounts`). Read by
 * `understanding.twoAccountsWords`, unless the message also says it cannot sign in ("I can't sign in to my old
 * account"), which the sign-in help answers. The classifier read these as sending evidence.
 */
export function asksAboutTwoAccounts(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return said !== '' && containsAnyPhrase(context, 'understanding.twoAccountsWords', said) && !containsAnyPhrase(context, 'menu.options.recoverAccess.synonyms', said);
}
