import { foldUtterance, matchLanguage, type I18n } from '../locales';
import { parseAccountNumber, parseEmail, parseReceiptNumber, parseUsPhone, receiptCandidates, typedAscii } from '../services/validators';
import { choiceNamedInside, matchableChoices, matchChoice } from './choiceMatching';
import { SPOKEN_TASK_INTENTS, TASK_INTENTS, TASK_NAMED_MIN_SCORE, type InterruptionIntent, type SpokenTaskIntent, type Recognizer, type RecognizedEntity, type RecognizedIntent, type RecognizerInput, type RecognizerResult } from './recognizer';
import { languageNamedBy } from './languageSwitch';
import { remarkInside } from './remarks';
import { localePhrases, type LocalePhrases } from './turnLanguage';
import { containsWords, plainPhrase, plainWords } from './utteranceWords';

/** A task named by the whole message ("check my case status") is sure; one named inside a sentence a little less. */
const WHOLE_MESSAGE = 1;
const INSIDE_A_SENTENCE = TASK_NAMED_MIN_SCORE;
/** A task read from a sentence's topic words (`menu.cues`): enough to go there, below any option actually named. */
const FROM_CUES = 0.6;
/**
 * Asking for a person in a sentence ("can I talk to a real person?", `interruptions.personCues`): enough to interrupt
 * a question (recognizeInterruption wants 0.7), below a command typed whole.
 */
const PERSON_ASKED_IN_A_SENTENCE = 0.8;
/** Longer messages are stories or answers, not a request for a person. */
const PERSON_CUES_MAX_WORDS = 15;

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
    /** Per conversation language (see interruptionWords); locale files do not change while the bot runs. */
    private readonly interruptionIndex = new Map<string, InterruptionWords>();

    constructor(private readonly i18n: I18n) {
        this.supported = [...(i18n.options.supportedLngs || [])].filter((language) => language !== 'cimode');
    }

    async recognize(input: RecognizerInput): Promise<RecognizerResult> {
        const language = matchLanguage(input.locale, this.supported) ?? this.supported[0];
        const phrases = localePhrases(this.i18n, language);
        const intents: RecognizedIntent[] = [];
        const interruption = this.interruption(phrases, input.text, input.expecting);
        if (input.expecting === 'menu') {
            // At the menu, "talk to a person" is an option like the others, named in the conversation's language.
            if (interruption && interruption.name !== 'talkToPerson') intents.push({ name: interruption.name, score: WHOLE_MESSAGE });
            const task = menuTask(phrases, input.text);
            if (task) intents.push(task);
        } else if (interruption) {
            intents.push({ name: interruption.name, score: WHOLE_MESSAGE });
        } else if (input.expecting !== 'anyWords' && this.asksForPerson(phrases, input.text) && remarkInside(phrases, input.text) !== 'aboutMe') {
            // At a question whose answer is a choice, a number or a code, a sentence asking for a person is that.
            // Never where any words answer (a security answer is the user's own), nor at the menu (an option there).
            // "Are you a real person?" asks about the bot: the prompt answers it (see conversation/remarks.ts).
            intents.push({ name: 'talkToPerson', score: PERSON_ASKED_IN_A_SENTENCE });
        }
        const entities = [...(interruption?.language ? [{ type: 'language' as const, value: interruption.language, text: input.text.trim() }] : []), ...valuesIn(input.text)];
        return { intents: intents.sort((a, b) => b.score - a.score), entities };
    }

    private interruption(phrases: LocalePhrases, text: string, expecting: RecognizerInput['expecting']): { name: InterruptionIntent; language?: string } | undefined {
        const said = foldUtterance(text);
        if (!said) return undefined;
        const words = this.interruptionWords(phrases);
        const switchTo = words.switchTo.get(said);
        if (switchTo) return { name: 'switchLanguage', language: switchTo };
        const named = languageNamedBy(text, phrases.supported);
        if (named) return { name: 'switchLanguage', language: named };
        const name = words.interruptions.get(said);
        if (name) return { name };
        // "What?", "¿cómo?", "hein ?": the question was not understood, so its help says it again another way. Never
        // where any words answer: "Como" may be the city a security answer names.
        return expecting !== 'anyWords' && words.clarify.has(said) ? { name: 'help' } : undefined;
    }

    /** Whether a short message asks for a person in a sentence, in any supported language (`interruptions.personCues`). */
    private asksForPerson(phrases: LocalePhrases, text: string): boolean {
        const said = plainWords(text);
        if (said === '' || said.split(' ').length > PERSON_CUES_MAX_WORDS) return false;
        return this.interruptionWords(phrases).personCues.some((cue) => cueMatches(cue, text));
    }

    /**
     * Every language's interruption words, folded, in one map per conversation language: the first list that has a
     * phrase wins, in the order the lists are tried (switch words in every language; then help, cancel, start over,
     * choose a language and talk to a person, in the conversation's language first). Built once per language.
     */
    private interruptionWords(phrases: LocalePhrases): InterruptionWords {
        let words = this.interruptionIndex.get(phrases.language);
        if (words) return words;
        const switchTo = new Map<string, string>();
        for (const language of phrases.supported) {
            for (const phrase of phrases.folded('language.switchWords', language)) if (!switchTo.has(phrase)) switchTo.set(phrase, language);
        }
        const interruptions = new Map<string, InterruptionIntent>();
        const add = (phrase: string, name: InterruptionIntent) => {
            if (phrase && !interruptions.has(phrase)) interruptions.set(phrase, name);
        };
        for (const language of [phrases.language, ...phrases.supported.filter((other) => other !== phrases.language)]) {
            for (const [key, name] of INTERRUPTION_LISTS) for (const phrase of phrases.folded(key, language)) add(phrase, name);
            for (const phrase of phrases.folded('menu.options.talkToPerson.synonyms', language)) add(phrase, 'talkToPerson');
            add(foldUtterance(phrases.text('menu.options.talkToPerson.title', language)), 'talkToPerson');
        }
        const personCues = [phrases.language, ...phrases.supported.filter((other) => other !== phrases.language)].flatMap((language) =>
            phrases.list('interruptions.personCues', language),
        );
        const clarify = new Set(phrases.supported.flatMap((language) => [...phrases.folded('interruptions.clarifyWords', language)]));
        words = { switchTo, interruptions, personCues, clarify };
        this.interruptionIndex.set(phrases.language, words);
        return words;
    }
}

/** The interruption word lists, in the order they are tried within a language. */
const INTERRUPTION_LISTS: ReadonlyArray<readonly [string, InterruptionIntent]> = [
    ['interruptions.helpWords', 'help'],
    ['interruptions.cancelWords', 'cancel'],
    ['interruptions.startOverWords', 'startOver'],
    ['interruptions.languageWords', 'chooseLanguage'],
];

interface InterruptionWords {
    /** A folded switch phrase ("español", "in english") → the language it asks for. */
    switchTo: ReadonlyMap<string, string>;
    /** A folded interruption phrase → what it asks for. */
    interruptions: ReadonlyMap<string, InterruptionIntent>;
    /** Every language's ways of asking for a person inside a sentence (cues, see cueMatches), the conversation's first. */
    personCues: readonly string[];
    /**
     * Every language's folded words for "what did you say?" ("what", "huh", "¿cómo?"), each the whole message: help,
     * as `interruptions.helpWords` are, but kept apart from them because a help word found inside a question is read
     * as asking for help (mainDialog) and "what" opens questions.
     */
    clarify: ReadonlySet<string>;
}

/** The menu's options, and the tasks only said ("my cases"), as choices: made once (see matchableChoices). */
const TASK_CHOICES = TASK_INTENTS.map((task) => ({ value: task, titleKey: `menu.options.${task}.title`, synonymsKey: `menu.options.${task}.synonyms` }));
const SPOKEN_TASK_CHOICES = SPOKEN_TASK_INTENTS.map((task) => ({ value: task, title: '', synonymsKey: `menu.spoken.${task}.synonyms` }));

/**
 * The task a message names at the menu, in the conversation's language: a menu option (numbers count only as a whole
 * message, "2"), else a spoken-only task ("my cases"), else an option named inside a sentence, else the one task
 * whose topic words the sentence has (`menu.cues`).
 */
function menuTask(phrases: LocalePhrases, text: string): RecognizedIntent | undefined {
    const choices = matchableChoices(phrases, TASK_CHOICES);
    const exact = matchChoice(phrases, choices, text, { explicitOnly: true });
    if (exact !== undefined) return { name: TASK_INTENTS[exact], score: WHOLE_MESSAGE };
    const spokenChoices = matchableChoices(phrases, SPOKEN_TASK_CHOICES);
    const spokenExact = matchChoice(phrases, spokenChoices, text, { byNameOnly: true });
    if (spokenExact !== undefined) return { name: SPOKEN_TASK_INTENTS[spokenExact], score: WHOLE_MESSAGE };
    const spokenInside = choiceNamedInside(spokenChoices, text);
    if (spokenInside !== undefined && !asksSomethingElse(phrases, SPOKEN_TASK_INTENTS[spokenInside], text)) {
        return { name: SPOKEN_TASK_INTENTS[spokenInside], score: INSIDE_A_SENTENCE };
    }
    const inside = choiceNamedInside(choices, text);
    if (inside !== undefined) return { name: TASK_INTENTS[inside], score: INSIDE_A_SENTENCE };
    const cued = TASK_INTENTS.filter((task) => phrases.list(`menu.cues.${task}`).some((cue) => cueMatches(cue, text)));
    return cued.length === 1 ? { name: cued[0], score: FROM_CUES, fromCues: true } : undefined;
}

/**
 * Whether a sentence that names a spoken-only task also has one of its `menu.spoken.<task>.notWith` words, which mean
 * it asks for something else: "what is the status of my cases" wants statuses, and the list of cases shows none (the
 * status check offers a signed-in user's cases instead). The sentence is then read as if it did not name the task.
 */
function asksSomethingElse(phrases: LocalePhrases, task: SpokenTaskIntent, text: string): boolean {
    const said = plainWords(text);
    return phrases.list(`menu.spoken.${task}.notWith`).some((words) => containsWords(said, plainPhrase(words)));
}

/**
 * A cue is groups of words separated by spaces, each group's alternatives separated by "/": "paper/mailed add/link"
 * matches a sentence that has "paper" or "mailed" AND "add" or "link", as whole words, anywhere. "+" joins the words
 * of one alternative ("người+thật": those two words, in that order).
 */
function cueMatches(cue: string, text: string): boolean {
    const said = plainWords(text);
    const groups = cue.split(/\s+/).filter(Boolean);
    return groups.length > 0 && groups.every((group) => group.split('/').some((word) => containsWords(said, plainPhrase(word.replace(/\+/g, ' ')))));
}

/** Receipt numbers, account numbers, emails and phone numbers in a message: the whole of it, or any word group. */
function valuesIn(typed: string): RecognizedEntity[] {
    // Full-width or Arabic-Indic digits are the same numbers ("ＥＡＣ９９９…", "٩٩٩").
    const text = typedAscii(typed);
    const found: RecognizedEntity[] = [];
    const add = (entity: RecognizedEntity) => {
        if (!found.some((known) => known.type === entity.type && known.value === entity.value)) found.push(entity);
    };
    let rest = text;
    for (const candidate of [text.trim(), ...receiptCandidates(text)]) {
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
