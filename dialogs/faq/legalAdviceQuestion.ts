import { matchableChoices, matchChoice } from '../../conversation/choiceMatching';
import type { LocalePhrases } from '../../conversation/turnLanguage';

/** The legal-advice topic's words (`faq.topics.legalAdvice`), as the one choice a message is matched against. */
const LEGAL_ADVICE = [{ value: 'legalAdvice', titleKey: 'faq.topics.legalAdvice.title', synonymsKey: 'faq.topics.legalAdvice.synonyms' }] as const;

/**
 * True when a message uses the words of the legal-advice common question anywhere in it ("do I need a lawyer?",
 * "¿soy elegible?", "can you be my attorney"). The menu asks it only of messages it found nothing else in: such a
 * message is better answered by what that topic says (who may give legal advice, free help, notarios) than by "I
 * can't help with that".
 */
export function asksForLegalAdvice(phrases: LocalePhrases, text: string): boolean {
    return matchChoice(phrases, matchableChoices(phrases, LEGAL_ADVICE), text, { byNameOnly: true, synonymsInside: true }) === 0;
}
