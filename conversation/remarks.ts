import type { TurnContext } from 'botbuilder';
import type { LocalePhrases } from './turnLanguage';
import { containsAnyPhrase, containsWords, plainPhrases, plainPhraseSet, plainWords, withoutPhrases } from './utteranceWords';

/**
 * Things people say to a question that are not an answer and not a command: thanks, asking what they are talking
 * to ("are you a real person?", "is this USCIS?"), goodbye ("bye", "that's all"), and a moment asked for ("wait", "let
 * me look for it", "un momento"). Each is answered in a line and the question stands (after a goodbye or a moment asked
 * for, without being asked again: the person is leaving, or looking for the answer). Only the whole message counts, so
 * "thanks, it is EAC9999103403" stays an answer; where no answer is free text, "are you a real person?" also counts
 * inside a short message (remarkInside).
 */
export type Remark = 'thanks' | 'aboutMe' | 'farewell' | 'wait';

const REMARKS: readonly Remark[] = ['thanks', 'aboutMe', 'farewell', 'wait'];

/** The line that answers a goodbye: the question is not asked again after it (the user is leaving). */
export const FAREWELL_ANSWER_KEY = 'remarks.farewell.answer';

/** The line that answers "wait", "one moment": the question is not asked again after it either (it is still open). */
const WAIT_ANSWER_KEY = 'remarks.wait.answer';

/** The lines after which the question on screen is not sent again: the person is leaving, or looking for the answer. */
export const QUIET_ANSWER_KEYS: ReadonlySet<string> = new Set([FAREWELL_ANSWER_KEY, WAIT_ANSWER_KEY]);

/**
 * The remark the whole message is (`remarks.<remark>.phrases`), in the conversation's language or, for someone who
 * writes "thanks" in a Spanish conversation, in another supported one; undefined for anything else.
 */
function remarkIn(phrases: LocalePhrases, text: string): Remark | undefined {
    // A listed remark first: "have a nice day" alone is a goodbye, though it is praise after a thanks.
    return wholeMessageIn(phrases, text, REMARKS) ?? (saysThanksWithPraise(phrases, text) ? 'thanks' : undefined);
}

/**
 * The locale key of the line that answers an acknowledgement, when the whole message is one
 * (`remarks.acknowledged.phrases`: "ok", "got it", "تمام"). Not a remark every question answers, since at a yes/no
 * question (and "Did you want to…?") it is a yes; where nothing is asked that it could answer (the menu), it gets a
 * line instead of "I can't help with that".
 */
export function acknowledgementAnswerKey(phrases: LocalePhrases, text: string): string | undefined {
    return wholeMessageIn(phrases, text, ['acknowledged'] as const) && 'remarks.acknowledged.answer';
}

/** Which of the `remarks.<name>.phrases` lists the whole message is in: the conversation's language first, then the others. */
function wholeMessageIn<Name extends string>(phrases: LocalePhrases, text: string, names: readonly Name[]): Name | undefined {
    // Plain words, so "thank you, bye" and "ok, thanks" are the listed "thank you bye" and "ok thanks".
    const said = plainWords(text);
    if (said === '') return undefined;
    for (const language of ownLanguageFirst(phrases)) {
        const name = names.find((candidate) => plainPhraseSet(phrases.list(`remarks.${candidate}.phrases`, language)).has(said));
        if (name) return name;
    }
    return undefined;
}

/**
 * "Thank you so much, you helped me a lot", "very helpful, thanks", "gracias por todo": thanks said with praise
 * (`remarks.thanks.praise`), or praise alone, and nothing else, in any supported language. Before, the menu read such a
 * message as a request and showed itself again without a word of thanks back.
 */
function saysThanksWithPraise(phrases: LocalePhrases, text: string): boolean {
    const said = plainWords(text);
    return said !== '' && ownLanguageFirst(phrases).some((language) => thanksWithPraise(phrases, said, language));
}

/** Whether `said` (plain words) is thanks and praise in `language`'s words, or praise alone. */
function thanksWithPraise(phrases: LocalePhrases, said: string, language: string): boolean {
    const praise = plainPhraseSet(phrases.list('remarks.thanks.praise', language));
    // Most messages hold no praise: a substring test each, before any phrase is taken out (every menu message comes here).
    let held = false;
    for (const phrase of praise) if ((held = said.includes(phrase))) break;
    if (!held) return false;
    const rest = withoutPhrases(said, praise);
    return rest !== said && (rest === '' || plainPhraseSet(phrases.list('remarks.thanks.phrases', language)).has(rest));
}

/** Longer messages are stories; in one this short, "are you a real person?" is still asked of me. */
const ABOUT_ME_INSIDE_MAX_WORDS = 12;

/**
 * Like remarkIn, and also a short message that asks what it is talking to among other words: "hi, are you a real
 * person or a bot?", "I got a text from you, are you a real person?" (the `remarks.aboutMe.phrases` anywhere). Never
 * where any words are an answer (a security answer may contain anything): the menu, a choice, a number, a code.
 */
export function remarkInside(phrases: LocalePhrases, text: string): Remark | undefined {
    // "Thanks for your time, bye": the goodbye after the thanks (the whole message, read first, is no remark here).
    const whole = remarkIn(phrases, text) ?? remarkIn(phrases, afterOpeningThanks(phrases, text));
    if (whole) return whole;
    const said = plainWords(text);
    if (said === '' || said.split(' ').length > ABOUT_ME_INSIDE_MAX_WORDS) return undefined;
    for (const language of ownLanguageFirst(phrases)) {
        for (const phrase of plainPhraseSet(phrases.list('remarks.aboutMe.phrases', language))) if (containsWords(said, phrase)) return 'aboutMe';
    }
    return undefined;
}

/** The conversation's language, then the other supported ones: people write a remark in their own language. */
function ownLanguageFirst(phrases: LocalePhrases): string[] {
    return [phrases.language, ...phrases.supported.filter((other) => other !== phrases.language)];
}

/** The most words a thanks said before a request may take ("thank you for your help,"). */
const OPENING_THANKS_MAX_WORDS = 6;

/**
 * The message without the thanks it opens with, when a request follows ("thank you, how do I add my case?", "gracias,
 * ¿cómo agrego mi caso?", "谢谢，我怎么添加案件"): the classifier read the whole as a greeting, and the request was lost
 * (the menu asked "What can I help you with?" again, or greeted). A message that is only thanks, with or without
 * praise, is left whole: it is the thanks remark. Words are split at spaces and at punctuation.
 */
export function withoutOpeningThanks(phrases: LocalePhrases, text: string): string {
    return remarkIn(phrases, text) === 'thanks' ? text : afterOpeningThanks(phrases, text);
}

/** The most words a greeting said before a request may take ("hola, buenas tardes, señorita"). */
const OPENING_GREETING_MAX_WORDS = 6;

/**
 * The message without the greetings it opens with, when a request follows ("hello, good afternoon, I would like to
 * know how my case is going", "hola buenas tardes quisiera saber cómo va mi trámite"): the classifier read such a
 * whole as a greeting, and the request got "Hello!" and the menu. Greetings are `remarks.greeting.phrases`, in any
 * supported language, taken off in turn ("hello" then "good afternoon"); a message that is only greetings is left whole.
 */
export function withoutOpeningGreeting(phrases: LocalePhrases, text: string): string {
    let rest = text;
    for (;;) {
        const after = withoutOpening(phrases, rest, 'remarks.greeting.phrases', OPENING_GREETING_MAX_WORDS);
        if (after === undefined) return rest;
        rest = after;
    }
}

/** `text` without the thanks it opens with, and any praise after it, whatever the whole message is. */
function afterOpeningThanks(phrases: LocalePhrases, text: string): string {
    let rest = text;
    // Thanks, then any praise after it ("thanks for your time, bye" is a goodbye): each opening taken off in turn.
    for (let key = 'remarks.thanks.phrases'; ; key = 'remarks.thanks.praise') {
        const after = withoutOpening(phrases, rest, key);
        if (after === undefined) return rest;
        rest = after;
    }
}

/** `text` after the longest opening of up to `maxWords` words that is one of `key`'s phrases, when words follow it. */
function withoutOpening(phrases: LocalePhrases, text: string, key: string, maxWords = OPENING_THANKS_MAX_WORDS): string | undefined {
    const words = [...text.matchAll(WORD)];
    const languages = ownLanguageFirst(phrases);
    for (let count = Math.min(maxWords, words.length - 1); count >= 1; count -= 1) {
        const last = words[count - 1]!;
        const opening = plainWords(text.slice(0, last.index + last[0].length));
        if (languages.some((language) => plainPhraseSet(phrases.list(key, language)).has(opening))) return text.slice(words[count]!.index);
    }
    return undefined;
}

/** A run of characters between spaces and punctuation marks (Latin, Chinese and Arabic commas and stops). */
const WORD = /[^\s,，.。!！?？、;；:：؛،]+/gu;

/** The locale key of the line that answers remarkInside's remark, or undefined. */
export function remarkInsideAnswerKey(phrases: LocalePhrases, text: string): string | undefined {
    const remark = remarkInside(phrases, text);
    return remark && `remarks.${remark}.answer`;
}

/** The line for someone afraid or worried (see feelingAnswerKey). */
export const WORRY_ANSWER_KEY = 'understanding.worry';
/**
 * The worry line's first sentence alone, for a worry about what this chat does with what one says ("I'm scared ICE
 * will see my information"): the rest of the worry line speaks of what USCIS will decide.
 */
export const WORRY_ALONE_ANSWER_KEY = 'understanding.worryAlone';
/** The line for someone fed up with this chat (see feelingAnswerKey). */
export const FRUSTRATION_ANSWER_KEY = 'understanding.frustration';

/**
 * The locale key of the plain line for someone who says how they feel, anywhere in the message: afraid or worried
 * (`understanding.worryWords`: "I'm scared my case will be denied", "tengo miedo": what I cannot know, and who can talk
 * about the case), or else fed up with this chat (`understanding.frustrationWords`: "this is useless", "you don't
 * understand me": sorry, what a program can do, and how to reach a person). Said before the message is acted on, or
 * alone when nothing else in it can be. Undefined for anything else.
 */
export function feelingAnswerKey(context: TurnContext, text: string): string | undefined {
    const said = plainWords(text);
    if (containsAnyPhrase(context, 'understanding.worryWords', said)) return WORRY_ANSWER_KEY;
    return containsAnyPhrase(context, 'understanding.frustrationWords', said) ? FRUSTRATION_ANSWER_KEY : undefined;
}

/**
 * What else a message that says a feeling asks, for reading it (see feelingAnswerKey): undefined when it asks nothing
 * (without its words of worry or frustration only words that frame a feeling are left, `understanding.feelingFrameWords`:
 * "this is so", "estoy muy", "너무"); otherwise the message without its words of frustration, as plain words, or as
 * written when it has none. The classifier reads "frustrating" or "annoying" by their letters, and "this is so" alone,
 * surely as the scams question, "esto no sirve" as a lost account. Words of worry stay: "我很担心我的案子" (I'm worried
 * about my case) is about the case's status, which they tell the classifier.
 */
export function askedBesideFeeling(context: TurnContext, text: string): string | undefined {
    const said = plainWords(text);
    const withoutFrustration = withoutPhrases(said, plainPhrases(context, 'understanding.frustrationWords'));
    const withoutFeelings = withoutPhrases(withoutFrustration, plainPhrases(context, 'understanding.worryWords'));
    if (withoutPhrases(withoutFeelings, plainPhrases(context, 'understanding.feelingFrameWords')) === '') return undefined;
    return withoutFrustration === said ? text : withoutFrustration;
}
