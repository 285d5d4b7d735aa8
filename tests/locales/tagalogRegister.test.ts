import { localeTexts } from '../support/localeTexts';

/*
 * Tagalog speaks to the user politely throughout (po, ninyo, kayo), as a help desk does. Found by chatting: the sign-in
 * question alone said "hindi mo mapasok", "account mo" and "tutulungan kita", among texts that say "ninyo" and "po".
 * Phrases in quotes are what the user types, and stay as people type them.
 */
test('tl: no sentence the bot says addresses the user as "mo", "ka" or "kita"', () => {
    const familiar = localeTexts('tl').filter(([, text]) => /\b(mo|ka|kita|kitang)\b/i.test(text.replace(/"[^"]*"|«[^»]*»/g, '')));
    expect(familiar.map(([key]) => key)).toEqual([]);
});
