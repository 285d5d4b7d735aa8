import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/** The warning said before the legal-advice answer to someone who asks about travelling. */
export const TRAVEL_ANSWER_KEY = 'understanding.travel.answer';

/**
 * "Can I travel while my case is pending?", "¿puedo viajar a mi país?", "出国可以吗": whether one may go is a lawyer's
 * question for that case, and gets the legal-advice answer. Alone, that answer leaves out what matters before any
 * trip: leaving the U.S. can end a pending application (a green card application without advance parole), so the
 * warning comes first.
 */
export function asksAboutTravel(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'faq.topics.legalAdvice.travelWords', plainWords(text));
}
