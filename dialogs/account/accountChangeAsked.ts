import type { TurnContext } from 'botbuilder';
import { turnLanguage } from '../../conversation/turnLanguage';
import { containsAnyPhrase, containsWords, plainPhrases, plainWords } from '../../conversation/utteranceWords';

/** Chinese and Japanese join words without a space: a verb and a thing in them are one run ("更改密码"). */
const UNSPACED_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * "I have a new phone number and can't sign in", "olvidé mi contraseña y cambié de número": a way back in is what they
 * ask for (the sign-in trouble's words), not where a number is changed, which needs signing in first.
 */
const SIGN_IN_TROUBLE = 'menu.options.recoverAccess.synonyms';

/** The verb-and-thing phrases of each language, built once from its locale lists. */
const pairsByLanguage = new Map<string, readonly string[]>();

/**
 * "How do I change the phone number on my account?", "cómo cambio mi número de teléfono", "change my two-step
 * verification": a change to an account's sign-in details, which no flow makes (`understanding.accountChanges` says
 * where each account's is changed). Said as one of `understanding.accountChangeWords`, or as one of
 * `understanding.accountChange.verbs` right before or right after one of `understanding.accountChange.things` (Korean
 * puts the verb last). Side by side, not anywhere in the message: "send me an update on my case by email" asks for no
 * change.
 */
export function asksToChangeAccountDetail(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    if (said === '' || containsAnyPhrase(context, SIGN_IN_TROUBLE, said)) return false;
    if (containsAnyPhrase(context, 'understanding.accountChangeWords', said)) return true;
    return verbThingPairs(context).some((pair) => containsWords(said, pair));
}

function verbThingPairs(context: TurnContext): readonly string[] {
    const language = turnLanguage(context);
    let pairs = pairsByLanguage.get(language);
    if (!pairs) {
        const verbs = [...plainPhrases(context, 'understanding.accountChange.verbs', language)];
        const things = [...plainPhrases(context, 'understanding.accountChange.things', language)];
        pairs = verbs.flatMap((verb) => things.flatMap((thing) => [joined(verb, thing), joined(thing, verb)]));
        pairsByLanguage.set(language, pairs);
    }
    return pairs;
}

function joined(first: string, second: string): string {
    return UNSPACED_EDGE.test(first.at(-1) ?? '') && UNSPACED_EDGE.test(second[0] ?? '') ? `${first}${second}` : `${first} ${second}`;
}
