import { foldUtterance, matchLanguage, type I18n } from '../locales';
import { parseAccountNumber, parseEmail, parseReceiptNumber, parseUsPhone } from '../services/validators';
import { choiceNamedInside, matchableChoices, matchChoice } from './choiceMatching';
import { TASK_INTENTS, type InterruptionIntent, type Recognizer, type RecognizedEntity, type RecognizedIntent, type RecognizerInput, type RecognizerResult } from './recognizer';
import { localePhrases, type LocalePhrases } from './turnLanguage';

/** A task named by the whole message ("check my case status") is sure; one named inside a sentence a little less. */
const WHOLE_MESSAGE = 1;
const INSIDE_A_SENTENCE = 0.8;

/**
 * The first recognizer: exact phrases from the locale files.
 *
 * Interruptions are recognised when the whole message is one of the locale's phrases for them. Whole-message matching
 * keeps an answer such as "I need help with my password reset" from being taken as a command. Language names are
 * recognised in every language, so a Spanish speaker can type "español" in an English conversation; the other
 * interruptions are tried in the conversation's language first, then in the others, for someone who ended up in a
 * language they do not read.
 *
 * At the menu (`expecting: 'menu'`), a task is recognised when the message names one option (its label, a synonym or
 * its number on the menu) or when a sentence contains one option's words only, in the conversation's language.
 *
 * Entities come from the validators' parsers: a receipt number, an account number, an email, a US phone, a language.
 */
export class PhraseRecognizer implements Recognizer {
    private readonly supported: string[];

    constructor(private readonly i18n: I18n) {
        this.supported = [...(i18n.options.supportedLngs || [])].filter((language) => language !== 'cimode');
    }

    async recognize(input: RecognizerInput): Promise<RecognizerResult> {
        const language = matchLanguage(input.locale, this.supported) ?? this.supported[0];
        const phrases = localePhrases(this.i18n, language);
        const intents: RecognizedIntent[] = [];
        const interruption = this.interruption(phrases, input.text);
        if (input.expecting === 'menu') {
            // At the menu, "talk to a person" is an option like the others, named in the conversation's language.
            if (interruption && interruption.name !== 'talkToPerson') intents.push({ name: interruption.name, score: WHOLE_MESSAGE });
            const task = menuTask(phrases, input.text);
            if (task) intents.push(task);
        } else if (interruption) {
            intents.push({ name: interruption.name, score: WHOLE_MESSAGE });
        }
        const entities = [...(interruption?.language ? [{ type: 'language' as const, value: interruption.language, text: input.text.trim() }] : []), ...valuesIn(input.text)];
        return { intents: intents.sort((a, b) => b.score - a.score), entities };
    }

    private interruption(phrases: LocalePhrases, text: string): { name: InterruptionIntent; language?: string } | undefined {
        const said = foldUtterance(text);
        if (!said) return undefined;
        const matches = (key: string, language: string) => phrases.folded(key, language).has(said);
        for (const language of phrases.supported) {
            if (matches('language.switchWords', language)) return { name: 'switchLanguage', language };
        }
        const languages = [phrases.language, ...phrases.supported.filter((language) => language !== phrases.language)];
        for (const language of languages) {
            if (matches('interruptions.helpWords', language)) return { name: 'help' };
            if (matches('interruptions.cancelWords', language)) return { name: 'cancel' };
            if (matches('interruptions.startOverWords', language)) return { name: 'startOver' };
            if (matches('interruptions.languageWords', language)) return { name: 'chooseLanguage' };
            const personTitle = foldUtterance(phrases.text('menu.options.talkToPerson.title', language));
            if (matches('menu.options.talkToPerson.synonyms', language) || said === personTitle) return { name: 'talkToPerson' };
        }
        return undefined;
    }
}

/** The menu option a message names, in the conversation's language; numbers count only as a whole message ("2"). */
function menuTask(phrases: LocalePhrases, text: string): RecognizedIntent | undefined {
    const choices = matchableChoices(
        phrases,
        TASK_INTENTS.map((task) => ({ value: task, titleKey: `menu.options.${task}.title`, synonymsKey: `menu.options.${task}.synonyms` })),
    );
    const exact = matchChoice(phrases, choices, text, { explicitOnly: true });
    if (exact !== undefined) return { name: TASK_INTENTS[exact], score: WHOLE_MESSAGE };
    const inside = choiceNamedInside(choices, text);
    return inside === undefined ? undefined : { name: TASK_INTENTS[inside], score: INSIDE_A_SENTENCE };
}

/** Receipt numbers, account numbers, emails and phone numbers in a message: the whole of it, or any word group. */
function valuesIn(text: string): RecognizedEntity[] {
    const found: RecognizedEntity[] = [];
    const add = (entity: RecognizedEntity) => {
        if (!found.some((known) => known.type === entity.type && known.value === entity.value)) found.push(entity);
    };
    let rest = text;
    for (const candidate of [text.trim(), ...(text.match(/[A-Za-z]{3}[\s-]?[\dOoIl][\dOoIl\s-]{8,14}[\dOoIl]/g) ?? [])]) {
        const receipt = parseReceiptNumber(candidate);
        if (!receipt.ok) continue;
        add({ type: 'receiptNumber', value: receipt.value.receiptNumber, text: candidate.trim() });
        // The receipt's ten digits are not also a phone or account number.
        rest = rest.replace(candidate, ' ');
    }
    for (const candidate of text.match(/\S+@\S+/g) ?? []) {
        const email = parseEmail(candidate.replace(/[.,;:!?)]+$/, ''));
        if (email.ok) add({ type: 'email', value: email.value, text: candidate });
    }
    for (const candidate of rest.match(/\+?\(?\d[\d\s().-]{6,18}\d/g) ?? []) {
        const account = parseAccountNumber(candidate);
        if (account.ok) {
            add({ type: 'accountNumber', value: account.value, text: candidate.trim() });
            continue;
        }
        const phone = parseUsPhone(candidate);
        if (phone.ok) add({ type: 'phone', value: phone.value, text: candidate.trim() });
    }
    return found;
}
