import { matchLanguage } from '../locales';
import type { IntentClassifier } from './intentClassifier';
import type { FreeTextReading, Recognizer, RecognizerInput, RecognizerResult } from './recognizer';

/**
 * The phrase recognizer first, then the trained classifier for free text at the menu.
 *
 * What the phrase recognizer finds stays first and wins: interruption words, language names, menu options, and
 * entities (a receipt number, an email...). Only at the menu (`expecting: 'menu'`), when the whole message is no
 * command or option, does the classifier read it (`freeText`); the main dialog still prefers an option the sentence
 * names. An answer to a question ("what is
 * your email?") is never classified, so it is never re-routed.
 *
 * The message is read in the conversation's language, or in the supported language it is plainly written in (its
 * script, or its words), which is also reported as `language` for the offer to switch.
 *
 * @example
 * const recognizer = new ClassifierRecognizer(new PhraseRecognizer(i18n), loadIntentClassifier());
 * await recognizer.recognize({ text: '¿Cómo encuentro mi número de cuenta?', locale: 'en', expecting: 'menu' });
 * // { intents: [], entities: [], language: 'es', freeText: { language: 'es', confidence: 'sure', intents: [{ name: 'findAccountNumber', ... }] } }
 */
export class ClassifierRecognizer implements Recognizer {
    /** Trained or loaded once; a turn that comes before it is ready waits for it. */
    private readonly classifier: Promise<IntentClassifier>;

    constructor(
        private readonly phrases: Recognizer,
        classifier: IntentClassifier | Promise<IntentClassifier>,
    ) {
        this.classifier = Promise.resolve(classifier);
    }

    async recognize(input: RecognizerInput): Promise<RecognizerResult> {
        const result = await this.phrases.recognize(input);
        if (input.expecting !== 'menu') return result;
        const classifier = await this.classifier;
        const usual = matchLanguage(input.locale, classifier.languages) ?? input.locale;
        const language = classifier.writtenIn(input.text, usual);
        // An interruption or a menu option named whole is what the user said; the menu acts on it without a reading.
        if (result.intents.some((intent) => intent.score >= 1)) return { ...result, language };
        // A language with no training data yet is left to the phrases and the menu, as before the classifier.
        const readIn = language ?? usual;
        const freeText: FreeTextReading | undefined = classifier.languages.includes(readIn) ? await classifier.read(input.text, readIn) : undefined;
        return { ...result, language, freeText };
    }
}
