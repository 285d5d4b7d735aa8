import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { localesDirectory } from '../locales';
import { CLASSIFIER_VERSION, IntentClassifier, type ClassifierModel } from './intentClassifier';
import { FREE_TEXT_INTENTS, type FreeTextIntent } from './recognizer';

/** One labelled example sentence. */
export interface NluExample {
    text: string;
    intent: FreeTextIntent;
}

/**
 * `train` is what the classifier learns from; `heldout` is written separately and only ever measured against (the
 * bench and the accuracy-floor test), never trained on.
 */
export type NluSplit = 'train' | 'heldout';

/** The file of one locale's split: locales/<lng>/nlu/<split>.json, `{ "<intent>": ["utterance", ...] }`. */
export function nluFile(language: string, split: NluSplit, dir = localesDirectory()): string {
    return path.join(dir, language, 'nlu', `${split}.json`);
}

/** Every locale that has this split, sorted. */
export function nluLanguages(split: NluSplit, dir = localesDirectory()): string[] {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && fs.existsSync(nluFile(entry.name, split, dir)))
        .map((entry) => entry.name)
        .sort();
}

/**
 * One locale's examples. An unknown intent name is an error (a typo would silently teach nothing); an intent the file
 * leaves out is simply not learned in that locale.
 */
export function readNluExamples(language: string, split: NluSplit, dir = localesDirectory()): NluExample[] {
    const file = nluFile(language, split, dir);
    const content = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const examples: NluExample[] = [];
    for (const [intent, utterances] of Object.entries(content)) {
        if (!(FREE_TEXT_INTENTS as readonly string[]).includes(intent)) throw new Error(`${file}: unknown intent "${intent}"`);
        if (!Array.isArray(utterances)) throw new Error(`${file}: "${intent}" is not a list`);
        for (const text of utterances) if (typeof text === 'string' && text.trim()) examples.push({ text, intent: intent as FreeTextIntent });
    }
    return examples;
}

/** Every locale's training examples. */
export function readTrainingData(dir = localesDirectory()): Map<string, NluExample[]> {
    return new Map(nluLanguages('train', dir).map((language) => [language, readNluExamples(language, 'train', dir)]));
}

/** A digest of every training file and the classifier's version: a model built from other data or code is not reused. */
export function trainingFingerprint(dir = localesDirectory()): string {
    const hash = createHash('sha256').update(CLASSIFIER_VERSION);
    for (const language of nluLanguages('train', dir)) hash.update(language).update(fs.readFileSync(nluFile(language, 'train', dir)));
    return hash.digest('hex').slice(0, 16);
}

/** Where `npm run build` writes the trained model (dist/ is build output, not committed). */
export function defaultModelFile(dir = localesDirectory()): string {
    return path.resolve(dir, '..', 'dist', 'nlu-model.json');
}

/**
 * The classifier for the training files as they are now: the built model when it was built from them (under a
 * second), else trained here (20 to 30 seconds with eight languages) and saved for the next start, so a fresh clone,
 * `npm test` and a changed training file all work without a build step.
 */
export async function loadIntentClassifier(options: { modelFile?: string; dir?: string; save?: boolean } = {}): Promise<IntentClassifier> {
    const dir = options.dir ?? localesDirectory();
    const modelFile = options.modelFile ?? defaultModelFile(dir);
    const fingerprint = trainingFingerprint(dir);
    // Reading the 20 MB model takes about 0.4 s: a process that starts the app again (a restart in place, a test
    // file's several servers) reuses the classifier it read, which no reading changes.
    const key = `${modelFile}\n${fingerprint}`;
    let classifier = loadedClassifiers.get(key);
    if (!classifier) {
        classifier = readOrTrain(modelFile, fingerprint, dir, options.save !== false);
        loadedClassifiers.set(key, classifier);
        classifier.catch(() => loadedClassifiers.delete(key));
    }
    return classifier;
}

/** The classifiers this process has read or trained, by model file and training fingerprint. */
const loadedClassifiers = new Map<string, Promise<IntentClassifier>>();

async function readOrTrain(modelFile: string, fingerprint: string, dir: string, save: boolean): Promise<IntentClassifier> {
    const saved = readModel(modelFile);
    if (saved?.fingerprint === fingerprint) return IntentClassifier.fromModel(saved);
    const classifier = await IntentClassifier.train(readTrainingData(dir), fingerprint);
    if (save) saveModel(classifier, modelFile);
    return classifier;
}

/** Writes the model whole or not at all: another process may be reading or writing the same file. */
export function saveModel(classifier: IntentClassifier, modelFile: string): void {
    fs.mkdirSync(path.dirname(modelFile), { recursive: true });
    const partial = `${modelFile}.${process.pid}.tmp`;
    fs.writeFileSync(partial, JSON.stringify(classifier.toModel()));
    fs.renameSync(partial, modelFile);
}

function readModel(modelFile: string): ClassifierModel | undefined {
    if (!fs.existsSync(modelFile)) return undefined;
    try {
        return JSON.parse(fs.readFileSync(modelFile, 'utf8')) as ClassifierModel;
    } catch {
        // A damaged or half-copied model is rebuilt from the training files, never trusted.
        return undefined;
    }
}
