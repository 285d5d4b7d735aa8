import { ClassifierRecognizer } from '../../conversation/classifierRecognizer';
import { loadIntentClassifier } from '../../conversation/nluTraining';
import { PhraseRecognizer } from '../../conversation/phraseRecognizer';
import { createI18n } from '../../locales';

let recognizer: ClassifierRecognizer;
beforeAll(async () => {
    recognizer = new ClassifierRecognizer(new PhraseRecognizer(createI18n('en')), await loadIntentClassifier());
}, 120_000);

describe('classifier recognizer: phrases first, the classifier for free text at the menu', () => {
    test('a command word stays a command and is not classified', async () => {
        const result = await recognizer.recognize({ text: 'help', locale: 'en', expecting: 'menu' });
        expect(result.intents[0]).toEqual({ name: 'help', score: 1 });
        expect(result.freeText).toBeUndefined();
    });

    test('a menu option named whole is the option', async () => {
        const result = await recognizer.recognize({ text: '4', locale: 'en', expecting: 'menu' });
        expect(result.intents[0].name).toBe('checkStatus');
        expect(result.freeText).toBeUndefined();
    });

    test('an answer to a question is never classified, so it is never re-routed', async () => {
        for (const expecting of ['answer', 'anyWords'] as const) {
            const result = await recognizer.recognize({ text: 'I forgot my password and my account number', locale: 'en', expecting });
            expect(result.freeText).toBeUndefined();
        }
    });

    test('free text at the menu is read by the classifier', async () => {
        const result = await recognizer.recognize({ text: 'hey there', locale: 'en', expecting: 'menu' });
        expect(result.freeText).toMatchObject({ language: 'en', confidence: 'sure' });
        expect(result.freeText?.intents[0].name).toBe('greeting');
    });

    test('out of scope is said so', async () => {
        const result = await recognizer.recognize({ text: 'who won the football game last night', locale: 'en', expecting: 'menu' });
        expect(result.freeText?.confidence).toBe('outOfScope');
    });

    test('Spanish in an English conversation is read in Spanish and reported as Spanish', async () => {
        const result = await recognizer.recognize({ text: '¿Cómo encuentro mi número de cuenta?', locale: 'en-US', expecting: 'menu' });
        expect(result.language).toBe('es');
        expect(result.freeText).toMatchObject({ language: 'es', confidence: 'sure' });
        expect(result.freeText?.intents[0].name).toBe('findAccountNumber');
    });

    test('entities still come from the phrases, beside the reading', async () => {
        const result = await recognizer.recognize({ text: 'I want to make an account, my email is Ana@Example.org', locale: 'en', expecting: 'menu' });
        expect(result.entities).toContainEqual(expect.objectContaining({ type: 'email', value: 'ana@example.org' }));
        expect(result.freeText?.intents[0].name).toBe('createAccount');
    });
});
