import type { TurnContext } from 'botbuilder';
import { plainPhrases, plainWords } from '../conversation/utteranceWords';
import type { UscisMatter } from './uscisMatters';

/** The topics people type alone, each with the matter whose answer says how to get it. */
export const TOPICS_ALONE = ['naturalization', 'greenCard', 'workPermit'] as const satisfies readonly UscisMatter[];
export type TopicAlone = (typeof TOPICS_ALONE)[number];

/**
 * "Citizenship", "영주권", "permiso de trabajo": a topic, and nothing else (`understanding.topicAlone.<topic>.words`, the
 * whole message). It does not say whether the person wants to know how to get it or how their own case is going, so
 * the menu asks which (before: "Sorry, I can't help with that", or a guess to confirm). Read only where the menu is
 * otherwise unsure.
 *
 * @example
 * topicAloneIn(context, 'citizenship') // 'naturalization'
 */
export function topicAloneIn(context: TurnContext, text: string): TopicAlone | undefined {
    const said = plainWords(text);
    if (said === '') return undefined;
    return TOPICS_ALONE.find((topic) => plainPhrases(context, `understanding.topicAlone.${topic}.words`).has(said));
}
