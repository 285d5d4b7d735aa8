import type { TurnContext } from 'botbuilder';
import { endsWithWords, opensWithWords, plainPhrases, plainWords } from '../conversation/utteranceWords';
import type { UscisMatter } from './uscisMatters';

/** The topics people type alone, each with the matter whose answer says how to get it. */
export const TOPICS_ALONE = ['naturalization', 'greenCard', 'workPermit'] as const satisfies readonly UscisMatter[];
export type TopicAlone = (typeof TOPICS_ALONE)[number];

/**
 * "Citizenship", "영주권", "permiso de trabajo": a topic, and nothing else (`understanding.topicAlone.<topic>.words`, the
 * whole message). It does not say whether the person wants to know how to get it or how their own case is going, so
 * the menu asks which (before: "Sorry, I can't help with that", or a guess to confirm). Read where the menu is unsure,
 * and on its sure readings too ("green card" alone, which the classifier reads surely as a case's status). So is a topic
 * asked for help with in words that add nothing to it (see withoutFrame): "I need help with my green card", "necesito
 * ayuda con la ciudadanía", "我需要绿卡方面的帮助", "영주권 관련 도움이 필요해요".
 *
 * @example
 * topicAloneIn(context, 'citizenship') // 'naturalization'
 * topicAloneIn(context, 'I need help with my citizenship application') // 'naturalization'
 */
export function topicAloneIn(context: TurnContext, text: string): TopicAlone | undefined {
    const said = plainWords(text);
    if (said === '') return undefined;
    const named = (words: string) => TOPICS_ALONE.find((topic) => plainPhrases(context, `understanding.topicAlone.${topic}.words`).has(words));
    const found = named(said);
    if (found) return found;
    const rest = withoutFrame(context, said);
    return rest === said || rest === '' ? undefined : named(rest);
}

/** Frame words, the longest first (so "i need help with" goes before "help with"), per phrase set. */
const longestFirst = new WeakMap<ReadonlySet<string>, readonly string[]>();

function byLength(phrases: ReadonlySet<string>): readonly string[] {
    let sorted = longestFirst.get(phrases);
    if (!sorted) longestFirst.set(phrases, (sorted = [...phrases].sort((a, b) => b.length - a.length)));
    return sorted;
}

/**
 * `said` (plain words) without the words of a help or a question asked around a topic: those that open it
 * (`understanding.topicAlone.leadWords`: "i need help with", "necesito ayuda con", "my", "solicitud de", "我需要") and
 * those that close it (`tailWords`: "application", "方面的帮助", "관련 도움이 필요해요", "ko"), as often as they stand there.
 * What is left is read as the whole message: "I need help with my green card" is "green card", while "I need help with
 * my green card renewal" keeps "renewal" and is not the topic alone.
 */
function withoutFrame(context: TurnContext, said: string): string {
    const leads = byLength(plainPhrases(context, 'understanding.topicAlone.leadWords'));
    const tails = byLength(plainPhrases(context, 'understanding.topicAlone.tailWords'));
    let rest = said;
    for (let changed = true; changed; ) {
        changed = false;
        const lead = leads.find((phrase) => phrase !== rest && opensWithWords(rest, phrase));
        if (lead !== undefined) {
            rest = rest.slice(lead.length).trim();
            changed = true;
        }
        const tail = tails.find((phrase) => phrase !== rest && endsWithWords(rest, phrase));
        if (tail !== undefined) {
            rest = rest.slice(0, rest.length - tail.length).trim();
            changed = true;
        }
    }
    return rest;
}
