import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/**
 * "How do I add my lawyer to my account?", "¿mi abogado puede usar mi cuenta?": a lawyer or accredited representative
 * let into the applicant's own online account, which USCIS does not do (a representative has an account of their own
 * and files Form G-28; `understanding.representativeAccess` says so, and never to share a password). Read as one of
 * `understanding.representative.people` with one of `understanding.representative.access`, so "do I need a lawyer to
 * create an account?" is not one. The classifier read these as adding a paper case.
 */
export function asksToLetRepresentativeIn(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return said !== '' && containsAnyPhrase(context, 'understanding.representative.people', said) && containsAnyPhrase(context, 'understanding.representative.access', said);
}
