import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/** What is said before the legal-advice answer to someone whose visa has expired. */
export const VISA_EXPIRED_ANSWER_KEY = 'understanding.visaExpired.answer';

/** "My visa expired", "se me venció la visa", "签证过期了": words of `faq.topics.legalAdvice.visaExpiredWords`. */
export const VISA_EXPIRED_WORDS = 'faq.topics.legalAdvice.visaExpiredWords';

/**
 * "My visa expired, what do I do?": whether one may stay is a lawyer's question, and gets the legal-advice answer. Many
 * read a visa's end date as the day they must leave, when it is only the last day the visa can be used to come in; how
 * long one may stay is on the I-94, so that comes first.
 */
export function saysVisaExpired(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, VISA_EXPIRED_WORDS, plainWords(text));
}
