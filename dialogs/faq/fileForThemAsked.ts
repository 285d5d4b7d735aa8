import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { NOTARIO_WORDS } from './legalAdvicePrefaces';

/** What this chat says first to someone who asks it to fill in or file a form for them. */
export const FILE_FOR_THEM_ANSWER_KEY = 'understanding.fileForThem.answer';

const FILED_BY_LAWYER_WORDS = 'understanding.uscisMatters.filedByLawyer.words';

/**
 * "Can you file for me?", "¿me puede llenar el formulario?", "帮我填表": a form to fill in or file (`actionWords`) asked
 * of this chat on the user's behalf (`words`). It can't; it says so, then how to file online (a lawyer or an accredited
 * representative can file for them). Not "which form is right for me", nor doing it oneself (`notWith`), nor a notario
 * or an agent who would do it ("移民中介说可以帮我办"), whom the legal-advice answer warns about, nor a lawyer who filed
 * ("律师帮我递交的", the lawyer filed it for me: `filedByLawyer`'s words). Before: out of scope in English, the filing
 * steps without a word on who files in others.
 */
export function asksToFileForThem(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return (
        said !== '' &&
        containsAnyPhrase(context, 'understanding.fileForThem.words', said) &&
        containsAnyPhrase(context, 'understanding.fileForThem.actionWords', said) &&
        !containsAnyPhrase(context, 'understanding.fileForThem.notWith', said) &&
        !containsAnyPhrase(context, NOTARIO_WORDS, said) &&
        !containsAnyPhrase(context, FILED_BY_LAWYER_WORDS, said)
    );
}
