import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/**
 * "I don't know which email I used", "my lawyer said I have an account but I don't know the email": how to find the
 * address a USCIS online account uses (its mail comes from MyAccount@uscis.dhs.gov; else USCIS's help form), and the
 * way back into the account with this chat (`understanding.forgotEmail`). Read by `understanding.forgotEmailWords`,
 * unless a password is named too ("I forgot my email password"). The classifier read these as a sign-in problem with
 * no answer for a forgotten address, or, with a lawyer named, as the legal-advice question.
 */
export function asksWhichEmailAccountUses(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return said !== '' && containsAnyPhrase(context, 'understanding.forgotEmailWords', said) && !containsAnyPhrase(context, 'understanding.forgotEmailNotWith', said);
}
