import { optionNamedIn } from '../../conversation/choiceMatching';
import type { LocalePhrases } from '../../conversation/turnLanguage';
import type { FaqTopic } from './faqTopics';

/**
 * The common questions that answer messages the classifier finds out of scope, when those messages use their words:
 * "do I need a lawyer?" is better answered by what the legal-advice topic says (who may give legal advice, free help,
 * notarios) than by "I can't help with that", "what is an A-number?" by the topic that tells the numbers apart, and
 * "I moved, how do I change my address?" by the one about managing a case online (where to change the address).
 */
export const WORDED_TOPICS = ['legalAdvice', 'numbers', 'manageCase'] as const satisfies readonly FaqTopic[];
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
