import { localeTexts } from '../support/localeTexts';

/*
 * One word for one thing in each language, as the product's own terms. Found by reading: one Arabic answer said
 * قضية for a case (and "case card"), where every other text, the menu included, says ملف.
 */
const spoken = (text: string) => text.replace(/"[^"]*"|«[^»]*»|\{\{\w+\}\}|\S+@\S+|https?:\/\/\S+/g, '');

test('ar: a case is ملف in every sentence the bot says, never قضية', () => {
    expect(localeTexts('ar').filter(([, text]) => /قضي(ة|تك|تي|ا)/.test(spoken(text))).map(([key]) => key)).toEqual([]);
});

test('es: an email is "correo electrónico" (or "correo"), never "email"', () => {
    expect(localeTexts('es').filter(([, text]) => /\be-?mails?\b/i.test(spoken(text))).map(([key]) => key)).toEqual([]);
});
