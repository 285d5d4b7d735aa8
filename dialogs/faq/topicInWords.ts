import { optionNamedIn } from '../../conversation/choiceMatching';
import type { TurnContext } from 'botbuilder';
import type { FreeTextIntent } from '../../conversation/recognizer';
import type { LocalePhrases } from '../../conversation/turnLanguage';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { OPTION_OF_INTENT } from '../menuOptions';
import type { FaqTopic } from './faqTopics';

/**
 * The common questions that answer messages the classifier finds out of scope, when those messages use their words:
 * "do I need a lawyer?" is better answered by what the legal-advice topic says (who may give legal advice, free help,
 * notarios) than by "I can't help with that", "what is an A-number?" by the topic that tells the numbers apart, and
 * "I moved, how do I change my address?" by the one about managing a case online (where to change the address), "who
 * can see what I write here?" by what this chat keeps and who sees it.
 */
export const WORDED_TOPICS = ['legalAdvice', 'numbers', 'manageCase', 'privacy'] as const satisfies readonly FaqTopic[];
export type WordedTopic = (typeof WORDED_TOPICS)[number];

const TOPIC_WORDS = WORDED_TOPICS.map((topic) => ({ value: topic, titleKey: `faq.topics.${topic}.title`, synonymsKey: `faq.topics.${topic}.synonyms` }));

/** The one worded topic whose words (`faq.topics.<topic>`) the message uses anywhere; undefined for none, or both. */
export function wordedTopicIn(phrases: LocalePhrases, text: string): WordedTopic | undefined {
    const index = optionNamedIn(phrases, TOPIC_WORDS, text);
    return index === undefined ? undefined : WORDED_TOPICS[index];
}

export function isWordedTopic(value: string): value is WordedTopic {
    return (WORDED_TOPICS as readonly string[]).includes(value);
}

/**
 * True when a message uses the privacy topic's words ("is this chat private?", "why do you need my email?") and the
 * classifier's sure reading, if any, is not a task: the classifier has no privacy intent and reads such questions as
 * the one about scams, whose answer does not say what this chat keeps or who sees it. The words are specific enough
 * to win over another topic's ("do you keep my messages" also names the case-managing topic's "messages").
 */
export function asksAboutPrivacy(context: TurnContext, text: string, sureIntent: FreeTextIntent | undefined): boolean {
    return !(sureIntent && sureIntent in OPTION_OF_INTENT) && containsAnyPhrase(context, 'faq.topics.privacy.synonyms', plainWords(text));
}
