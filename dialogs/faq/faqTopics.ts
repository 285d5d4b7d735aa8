/**
 * The common questions Sendero answers, in the order the topic menu shows them. Each topic has, under `faq.topics.<id>`
 * in every locale, a short `title` and a list of `synonyms`, and under `faq.answers.<id>` a `full` answer and a `short`
 * one (300 characters at most in English) for channels that want short messages.
 */
export const FAQ_TOPICS = [
    'benefits',
    'fileOnline',
    'formsOnline',
    'tips',
    'manageCase',
    'numbers',
    'security',
    'privacy',
    'evidence',
    'troubleshooting',
    'contact',
    'legalAdvice',
] as const;

export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** How a flow (or the intent classifier) starts the common questions: with a topic, its answer comes first. */
export interface CommonQuestionsOptions {
    topic?: FaqTopic;
    /**
     * The person asked about their USCIS account ("my USCIS account is locked"): the account-problems answer leaves out
     * its pointer to this assistant's own "I can't sign in", which is another account.
     */
    aboutUscisAccount?: boolean;
    /**
     * The person said they moved or asked where to change an address ("I moved, how do I change my address?"): the
     * managing-a-case answer is its address line alone, not six paragraphs with the address second.
     */
    aboutAddress?: boolean;
    /**
     * The message the topic was read from, as the menu read it (misspellings put right: "how mutch is citizenship"),
     * when it was not read as typed; otherwise the turn's message is.
     */
    asked?: string;
}

/** True when `value` names a topic (options come from dialog state, so they are checked, not trusted). */
export function isFaqTopic(value: unknown): value is FaqTopic {
    return typeof value === 'string' && (FAQ_TOPICS as readonly string[]).includes(value);
}

/**
 * What "Anything else about this?" offers after each answer: two or three topics a reader of that answer often asks
 * about next. The answer about legal advice also offers a person (see CommonQuestionsDialog).
 */
export const RELATED_TOPICS: Readonly<Record<FaqTopic, readonly FaqTopic[]>> = {
    benefits: ['fileOnline', 'manageCase', 'security'],
    fileOnline: ['formsOnline', 'tips', 'evidence'],
    formsOnline: ['fileOnline', 'tips', 'legalAdvice'],
    tips: ['fileOnline', 'evidence', 'troubleshooting'],
    manageCase: ['evidence', 'troubleshooting', 'contact'],
    numbers: ['manageCase', 'benefits', 'contact'],
    security: ['privacy', 'troubleshooting', 'contact'],
    privacy: ['security', 'contact', 'legalAdvice'],
    evidence: ['manageCase', 'tips', 'legalAdvice'],
    troubleshooting: ['security', 'contact', 'manageCase'],
    contact: ['legalAdvice', 'troubleshooting', 'manageCase'],
    legalAdvice: ['contact', 'formsOnline'],
};
