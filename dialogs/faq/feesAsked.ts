import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { uscisFormNamedIn, uscisFormPage } from '../../services/uscisForms';
import type { TFunction } from '../../locales';

/** "I can't afford the fee", "no tengo dinero para pagar": a fee one cannot pay, which the fee waiver may answer. */
export const CANNOT_PAY_WORDS = 'faq.topics.formsOnline.cannotPayWords';

/** "How do I get a fee waiver?", "exención de tarifa", "费用减免": the waiver itself (Form I-912). */
const WAIVER_WORDS = 'faq.topics.formsOnline.waiverWords';

/**
 * "How much does citizenship cost?", "what is the fee for the I-765?", "I have no money to pay": the forms-and-fees
 * answer, fees first (it opened with which forms can be filed online), and the page of a form the message names, by
 * number or by what it is for ("citizenship": Form N-400), which has its fee.
 */
export function asksAboutFees(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return containsAnyPhrase(context, 'faq.topics.formsOnline.costWords', said) || asksAboutWaiver(context, said);
}

/** A fee one cannot pay, or the waiver named: its paragraph first, before the fees themselves. */
function asksAboutWaiver(context: TurnContext, said: string): boolean {
    return containsAnyPhrase(context, CANNOT_PAY_WORDS, said) || containsAnyPhrase(context, WAIVER_WORDS, said);
}

/**
 * The forms asked about by what they are for ("citizenship", "work permit", "renew my green card"), in the order they
 * are looked for (`faq.topics.formsOnline.formWords.<form>`): renewing a green card before anything else it names.
 */
const FORMS_BY_PURPOSE = ['I-90', 'N-400', 'I-765', 'I-821D'] as const;

/** The form a message names by number, else by what it is for, with its page; undefined when it names none. */
function formAskedAbout(context: TurnContext, text: string): { form: string; page: string } | undefined {
    const said = plainWords(text);
    const byPurpose = FORMS_BY_PURPOSE.find((form) => containsAnyPhrase(context, `faq.topics.formsOnline.formWords.${form}`, said));
    return uscisFormNamedIn(text) ?? (byPurpose && uscisFormPage(byPurpose));
}

/**
 * The forms-and-fees answer for a question about fees, in the channel's variant ('full' or 'short'); the fee waiver's
 * paragraph first for a fee one cannot pay or the waiver asked about (the short answer is one paragraph already).
 */
export function feesAnswer(context: TurnContext, t: TFunction, text: string, variant: 'full' | 'short'): string {
    const waiverFirst = variant === 'full' && asksAboutWaiver(context, plainWords(text));
    const answer = t(waiverFirst ? 'faq.answers.formsOnline.waiverFirst.full' : `faq.answers.formsOnline.feesFirst.${variant}`);
    const named = formAskedAbout(context, text);
    return named ? `${t('faq.answers.formsOnline.formPage', { form: named.form, url: named.page })}\n\n${answer}` : answer;
}
