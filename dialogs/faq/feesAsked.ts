import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { uscisFormNamedIn } from '../../services/uscisForms';
import type { TFunction } from '../../locales';

/**
 * "How much does citizenship cost?", "what is the fee for the I-765?": the forms-and-fees answer, fees first (it
 * opened with which forms can be filed online), and the page of a form the message names, which has its fee.
 */
export function asksAboutFees(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'faq.topics.formsOnline.costWords', plainWords(text));
}

/** The forms-and-fees answer for a question about fees, in the channel's variant ('full' or 'short'). */
export function feesAnswer(t: TFunction, text: string, variant: 'full' | 'short'): string {
    const answer = t(`faq.answers.formsOnline.feesFirst.${variant}`);
    const named = uscisFormNamedIn(text);
    return named ? `${t('faq.answers.formsOnline.formPage', { form: named.form, url: named.page })}\n\n${answer}` : answer;
}
