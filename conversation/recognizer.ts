/**
 * What a message means, independent of how it is worked out. Today's implementation matches whole phrases from the
 * locale files (PhraseRecognizer); a trained classifier can take its place behind the same interface.
 */

/** Something the user can say in the middle of any question. */
export const INTERRUPTION_INTENTS = ['help', 'cancel', 'startOver', 'chooseLanguage', 'switchLanguage', 'talkToPerson'] as const;
export type InterruptionIntent = (typeof INTERRUPTION_INTENTS)[number];

/**
 * What the user can come to do, in the order the main menu shows it. Each also names a menu option; `talkToPerson`
 * is both a task and an interruption.
 */
export const TASK_INTENTS = ['findAccountNumber', 'createAccount', 'addPaperCase', 'checkStatus', 'commonQuestions', 'recoverAccess', 'talkToPerson'] as const;
export type TaskIntent = (typeof TASK_INTENTS)[number];

/**
 * Tasks reached by saying them ("my cases", "mis casos") rather than from the numbered menu, which stays short. The
 * phrase recognizer reads them at the menu from `menu.spoken.<task>.synonyms`.
 */
export const SPOKEN_TASK_INTENTS = ['myCases', 'deleteAccount'] as const;
export type SpokenTaskIntent = (typeof SPOKEN_TASK_INTENTS)[number];

export type IntentName = InterruptionIntent | TaskIntent | SpokenTaskIntent;

/**
 * The least score of a task named by the message: the whole option (1) or its name inside a sentence (0.8), not one
 * read from a sentence's topic words (0.6).
 */
export const TASK_NAMED_MIN_SCORE = 0.8;

/**
 * What the trained classifier tells free text apart by (the labels of `locales/<lng>/nlu/*.json`; a stable interface:
 * the `nlu` command prints them). `none` is out of scope.
 */
export const FREE_TEXT_INTENTS = [
    'findAccountNumber',
    'createAccount',
    'addPaperCase',
    'checkStatus',
    'fileFormOnline',
    'accountRecovery',
    'talkToAgent',
    'help',
    'cancel',
    'greeting',
    'changeLanguage',
    'faq.benefits',
    'faq.security',
    'faq.contact',
    'faq.evidence',
    'faq.formsOnline',
    'faq.numbers',
    'none',
] as const;
export type FreeTextIntent = (typeof FREE_TEXT_INTENTS)[number];

/** Kinds of value a recognizer picks out of a message. */
export type EntityType = 'receiptNumber' | 'accountNumber' | 'email' | 'phone' | 'language';

/**
 * What the conversation is waiting for, so an answer can be weighed against a command:
 * `menu`: the main menu (or a first message that may name a task); `anyWords`: a question whose answer can be any
 * words ("What was your first language?"); `answer`: any other question.
 */
export type Expectation = 'menu' | 'anyWords' | 'answer';

export interface RecognizerInput {
    text: string;
    /** The language the conversation is in (a supported language such as `en`, or a locale such as `es-US`). */
    locale: string;
    expecting?: Expectation;
}

export interface RecognizedIntent {
    name: IntentName;
    /** 0 to 1; the phrase recognizer gives 1 for a whole-message match and less for a phrase inside a sentence. */
    score: number;
    /**
     * True when the task was read from what a sentence is about (its topic words, `menu.cues`), not from a name of the
     * option: "I mailed a paper I-130, how do I add it?" is about adding a paper case without naming the option.
     */
    fromCues?: boolean;
}

export interface RecognizedEntity {
    type: EntityType;
    /** The normalised value: a receipt number in capitals, 12 digits, a lower-case email, an E.164 phone, `es`. */
    value: string;
    /** The text it was read from. */
    text: string;
}

/** The trained classifier's reading of a free-text message (see ClassifierRecognizer). */
export interface FreeTextReading {
    /** The language it was read in: the conversation's, or the one the message is plainly written in. */
    language: string;
    /** Best first, every intent scored 0 to 1; `none` first when the message is out of scope. */
    intents: Array<{ name: FreeTextIntent; score: number }>;
    /** sure: act on the first; unsure: ask which of the first two; outOfScope: none of Sendero's tasks. */
    confidence: 'sure' | 'unsure' | 'outOfScope';
}

export interface RecognizerResult {
    /** Best first; empty when nothing was recognised. */
    intents: RecognizedIntent[];
    entities: RecognizedEntity[];
    /**
     * A supported language the message is plainly written in (its script, or a confident reading in that language),
     * when the recognizer can tell; it may be the conversation's own.
     */
    language?: string;
    /** At the menu, free text as the classifier reads it; absent when the whole message is a command or an option. */
    freeText?: FreeTextReading;
}

/**
 * Turns a message into ranked intents and entities.
 *
 * @example
 * const result = await recognizer.recognize({ text: 'ayuda', locale: 'es', expecting: 'answer' });
 * // { intents: [{ name: 'help', score: 1 }], entities: [] }
 */
export interface Recognizer {
    recognize(input: RecognizerInput): Promise<RecognizerResult>;
}

/** The best intent among `names` scoring at least `minScore`, or undefined. */
export function topIntent<T extends IntentName>(result: RecognizerResult, names: readonly T[], minScore: number): RecognizedIntent & { name: T } | undefined {
    const candidates = result.intents.filter((intent): intent is RecognizedIntent & { name: T } => (names as readonly string[]).includes(intent.name));
    const best = candidates.reduce<(RecognizedIntent & { name: T }) | undefined>((top, intent) => (!top || intent.score > top.score ? intent : top), undefined);
    return best && best.score >= minScore ? best : undefined;
}

/**
 * The task a message names, by its option or its name inside a sentence; never one only guessed from topic words.
 * Where a message may ask for another task than the one on screen, only this is taken as asking for it.
 */
export function taskNamedIn(result: RecognizerResult): (RecognizedIntent & { name: TaskIntent }) | undefined {
    return namedAmong(result, TASK_INTENTS);
}

/** A task reached by saying it ("my cases", "delete my account") that the message names, as taskNamedIn reads tasks. */
export function spokenTaskNamedIn(result: RecognizerResult): (RecognizedIntent & { name: SpokenTaskIntent }) | undefined {
    return namedAmong(result, SPOKEN_TASK_INTENTS);
}

/** The best of `names` the message names surely, not one only guessed from topic words. */
function namedAmong<T extends IntentName>(result: RecognizerResult, names: readonly T[]): (RecognizedIntent & { name: T }) | undefined {
    const task = topIntent(result, names, TASK_NAMED_MIN_SCORE);
    return task && !task.fromCues ? task : undefined;
}

/** The receipt number a recognizer found in the message, if any. */
export function receiptIn(result: RecognizerResult): RecognizedEntity | undefined {
    return result.entities.find((entity) => entity.type === 'receiptNumber');
}

/** Every different receipt number a recognizer found in the message, in the order written. */
export function receiptsIn(result: RecognizerResult): RecognizedEntity[] {
    return result.entities.filter((entity) => entity.type === 'receiptNumber');
}
