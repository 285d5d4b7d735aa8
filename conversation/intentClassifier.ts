import { FeatureIndex } from './featureIndex';
import type { NluExample } from './nluTraining';
import { FREE_TEXT_INTENTS, type FreeTextIntent, type FreeTextReading } from './recognizer';
import { simplifiedChinese } from '../locales/chineseScript';

/*
 * Two models per language, their scores blended: NLP.js's own network (@nlpjs/nlu's NluNeural, the classifier inside
 * @nlpjs/nlp) over our words (textFeatures), and a softmax (multinomial logistic regression) of ours over TF-IDF
 * features of words, word pairs and character n-grams, which also gives the cosine similarity to the nearest in-scope
 * training example: a sentence that only shares a word or two with a task ("how to open a checking account") is out of
 * scope. Out-of-scope examples count twice while the softmax learns; a binary logistic model over the same features
 * (in scope or not) gates the answer; the votes of the nearest training examples (k-NN) are a third part of the blend. NLP.js ships JavaScript without type declarations: the few members used are typed by hand. The words are ours
 * so every language gets the same treatment whether or not NLP.js has a package for it (none for Vietnamese; its
 * Chinese one compiles a 9 MB dictionary, about a second, before the first sentence).
 */
interface NluClassification {
    intent: string;
    score: number;
}
interface NeuralNluInstance {
    train(corpus: Array<{ utterance: string; intent: string }>): Promise<unknown>;
    process(text: string): Promise<{ classifications: NluClassification[] }>;
    prepare(text: unknown, settings?: unknown): Promise<unknown>;
    toJSON(): object;
    fromJSON(json: object): void;
    /** Whether any of a message's features was seen with `intent` in training; a classification without one scores 0. */
    intentIsActivated(intent: string, tokens: Record<string, number>, allowList?: unknown): boolean;
    /** A prepared sentence's features that the network knows, the rest counted into its `nonefeature`. */
    textToFeatures(input: FeaturesInput): FeaturesInput;
}
/** What NluNeural holds that FeatureNlu slims once a saved network is loaded. */
interface NeuralNluInternals {
    features: Record<string, number>;
    intentFeatures: Record<string, Record<string, number>> | null;
    spellCheck: { setFeatures(features: object): void };
    nonefeatureValue: number;
    numIntents: number;
    numFeatures: number;
    settings: { nonedeltaValue?: number; nonedeltaMultiplier: number };
    neuralNetwork?: {
        perceptrons?: Array<{ changes: Float32Array }>;
        lookup?: {
            inputLookup: {
                dict: Record<string, number | undefined>;
                items: string[];
                prepare(item: Record<string, number>): { keys: number[]; data: Record<number, number> };
            };
        };
    };
}
/** What NLP.js's textToFeatures is given and returns. */
interface FeaturesInput {
    tokens: Record<string, number>;
    settings: { nonedeltaValue?: number; useNoneFeature?: boolean };
}
type NeuralNluClass = new (settings: object, container: unknown) => NeuralNluInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NluNeural } = require('@nlpjs/nlu') as { NluNeural: NeuralNluClass };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => unknown };

interface Stemmer {
    stemWord(word: string): string;
}
type StemmerClass = new () => Stemmer;

/*
 * Each stemmer from its own file: a language package's index also loads its sentiment lexicon, stop words and
 * tokenizer, which the classifier never uses (about 3 MB of heap in every process).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const STEMMERS: Readonly<Record<string, Stemmer>> = {
    en: new (require('@nlpjs/lang-en-min/src/stemmer-en') as StemmerClass)(),
    es: new (require('@nlpjs/lang-es/src/stemmer-es') as StemmerClass)(),
    fr: new (require('@nlpjs/lang-fr/src/stemmer-fr') as StemmerClass)(),
    tl: new (require('@nlpjs/lang-tl/src/stemmer-tl') as StemmerClass)(),
    ar: new (require('@nlpjs/lang-ar/src/stemmer-ar') as StemmerClass)(),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Languages written in their own script: the script alone says which one a message is in. */
const SCRIPTS: ReadonlyArray<{ language: string; letters: RegExp }> = [
    { language: 'zh', letters: /\p{Script=Han}/gu },
    { language: 'ko', letters: /\p{Script=Hangul}/gu },
    { language: 'ar', letters: /\p{Script=Arabic}/gu },
];
/** Letters only Vietnamese uses among our languages (ă, ơ, ư, đ and the stacked tone marks). */
const VIETNAMESE_LETTERS = /[ăâđêôơư]|[\u1EA0-\u1EF9]/iu;

/**
 * How sure the classifier must be, per language (`default` for any other). Chosen by cross-validation on the training
 * data (`npm run bench:nlu -- --tune`), never on the held-out files: at or above `sure` the bot acts; from `unsure`
 * it asks which of the top two was meant; below, the message is out of scope. So is a message whose cosine similarity
 * to every in-scope training example is below `similar`: it shares too little with anything Sendero does; and one the
 * binary in scope / out of scope model gives less than `inScope`.
 */
export const THRESHOLDS: Readonly<Record<string, Thresholds>> = {
    default: { sure: 0.8, unsure: 0.3, similar: 0.2 },
    // From `npm run bench:nlu -- --tune`, 5 folds of train.json (cross-validated accuracy / out of scope rejected).
    ar: { sure: 0.8, unsure: 0.25, similar: 0, inScope: 0.35 }, // 82.1% / 77.0%
    en: { sure: 0.6, unsure: 0.35, similar: 0.25, inScope: 0.35 }, // 90.6% / 84.0%
    es: { sure: 0.6, unsure: 0.25, similar: 0.2, inScope: 0.35 }, // 89.3% / 87.5%
    fr: { sure: 0.45, unsure: 0.3, similar: 0, inScope: 0.5 }, // 93.3% / 95.0%
    ko: { sure: 0.55, unsure: 0.25, similar: 0.25, inScope: 0.65 }, // 89.1% / 89.0%
    tl: { sure: 0.55, unsure: 0.25, similar: 0.3, inScope: 0.2 }, // 90.3% / 86.3%
    vi: { sure: 0.75, unsure: 0.15, similar: 0.25, inScope: 0 }, // 85.7% / 79.6%
    zh: { sure: 0.8, unsure: 0.3, similar: 0.2, inScope: 0 }, // 86.3% / 76.6%
};

export interface Thresholds {
    sure: number;
    unsure: number;
    similar: number;
    /** Out of scope when the binary in scope / out of scope model gives it less than this (0 or absent: not asked). */
    inScope?: number;
}

export function thresholdsFor(language: string): Thresholds {
    return THRESHOLDS[language] ?? THRESHOLDS.default;
}

/**
 * The share of NLP.js's network in the blended score, per language (`default` for any other); the rest is the softmax's.
 * Chosen with THRESHOLDS by the same cross-validation.
 */
export const NETWORK_SHARE: Readonly<Record<string, number>> = {
    default: 0.25,
    tl: 0,
};

export function networkShareFor(language: string): number {
    return NETWORK_SHARE[language] ?? NETWORK_SHARE.default;
}

/**
 * The share of the nearest training examples' votes (k-NN) in the blended score, per language (`default` for any
 * other), taken from the softmax's part. Chosen with THRESHOLDS by the same cross-validation.
 */
export const NEIGHBOUR_SHARE: Readonly<Record<string, number>> = {
    default: 0,
    en: 0.3,
    es: 0.3,
    fr: 0.3,
    ko: 0.15,
    tl: 0.3,
    zh: 0.15,
};

export function neighbourShareFor(language: string): number {
    return NEIGHBOUR_SHARE[language] ?? NEIGHBOUR_SHARE.default;
}

type Scores = Array<{ name: FreeTextIntent; score: number }>;

/** What each part of a language's model says about a message (IntentClassifier.parts). */
export interface ModelParts {
    softmax: Scores;
    network?: Scores;
    neighbours: Scores;
    similarity: number;
    inScope: number;
}

/** The blend's shares for a language: the network's and the neighbours'; the softmax has the rest. */
export function sharesFor(language: string): { network: number; neighbours: number } {
    return { network: networkShareFor(language), neighbours: neighbourShareFor(language) };
}

/** The blended scores, best first: the softmax's, the network's (when it was trained) and the neighbours' votes. */
export function blendScores(parts: ModelParts, shares: { network: number; neighbours: number }): Scores {
    const network = parts.network ? shares.network : 0;
    const scores = new Map<FreeTextIntent, number>();
    const add = (list: Scores | undefined, share: number) => {
        if (list && share > 0) for (const { name, score } of list) scores.set(name, (scores.get(name) ?? 0) + share * score);
    };
    add(parts.softmax, 1 - network - shares.neighbours);
    add(parts.network, network);
    add(parts.neighbours, shares.neighbours);
    return [...scores].map(([name, score]) => ({ name, score })).sort((a, b) => b.score - a.score);
}

/** Bumped whenever textFeatures or the model changes: a model built by older code is then rebuilt. */
export const CLASSIFIER_VERSION = '9';

/** A saved classifier: what `npm run build` writes and start-up loads instead of training. */
export interface ClassifierModel {
    /** Digest of the training files and this code (trainingFingerprint): a stale model is retrained, not used. */
    fingerprint: string;
    /** `network` is left out where NETWORK_SHARE is 0: it would never be asked. */
    languages: Record<string, { network?: object; softmax: SavedLanguageModel }>;
}

/** One language's model as saved: numbers as base64 typed arrays, which load in milliseconds. */
interface SavedLanguageModel {
    intents: string[];
    features: string[];
    idf: string;
    weights: string;
    scale: number;
    bias: number[];
    /** The training examples as lists of feature indices, for the nearest-example similarity and votes. */
    exampleFeatures: string;
    exampleLengths: string;
    /** Each example's intent (an index into `intents`), as a base64 Uint8Array. */
    exampleLabels: string;
    gate?: { weights: string; scale: number; bias: number };
}

/** Training settings, measured by cross-validation (bench/nlu.ts); changing one means bumping CLASSIFIER_VERSION. */
export interface SoftmaxSettings {
    epochs: number;
    learningRate: number;
    /** A feature seen in fewer training examples than this is dropped: it cannot generalise, and it bloats the model. */
    minExamples: number;
    /** How much more an out-of-scope (`none`) example counts than an in-scope one while learning. */
    noneWeight: number;
    /** Whether to learn the binary in scope / out of scope model too. */
    gate: boolean;
}
export const SOFTMAX_SETTINGS: SoftmaxSettings = { epochs: 10, learningRate: 1, minExamples: 2, noneWeight: 2, gate: true };
/**
 * Where a language learns better otherwise, measured by the same cross-validation. French (5 folds of train.json,
 * accuracy / out of scope rejected): 89.8% / 90.1% as SOFTMAX_SETTINGS; 90.4% / 91.1% with 20 epochs; 91.0% / 91.2%
 * with 20 epochs, features seen once kept and two-letter grams (CHARACTER_GRAMS).
 */
const LANGUAGE_SOFTMAX_SETTINGS: Readonly<Record<string, Partial<SoftmaxSettings>>> = {
    fr: { epochs: 20, minExamples: 1 },
};

export function softmaxSettingsFor(language: string): SoftmaxSettings {
    return { ...SOFTMAX_SETTINGS, ...LANGUAGE_SOFTMAX_SETTINGS[language] };
}

/** The lengths of characterGrams' `n:` grams, per language (`default` for any other), measured with the settings above. */
const CHARACTER_GRAMS: Readonly<Record<string, { shortest: number; longest: number }>> = {
    default: { shortest: 3, longest: 5 },
    fr: { shortest: 2, longest: 5 },
};
/** How many nearest training examples vote in measure()'s `neighbours`. */
const NEIGHBOURS = 5;

/** One language's model: the vocabulary with its IDF, the softmax weights, and an index of the training examples. */
class LanguageModel {
    /** Each feature's index (its row of `weights`, its `idf`), kept compact: see FeatureIndex. */
    private readonly vocabulary: FeatureIndex;
    /** feature index f -> the training examples having it, postingExamples[postingStarts[f] .. postingStarts[f + 1]). */
    private readonly postingStarts: Uint32Array;
    private readonly postingExamples: Uint16Array | Uint32Array;
    /**
     * 1 / each example's TF-IDF norm: an example's weight for a feature is idf[f] * exampleScale[e], so postings keep only
     * the example (not a weight per posting, nor the example rows once the postings are built: 9 MB less for 8 languages).
     */
    private readonly exampleScale: Float64Array;
    private readonly noneIndex: number;

    constructor(
        readonly intents: readonly FreeTextIntent[],
        /** The features, most common first (read here, then kept only as `vocabulary`). */
        features: readonly string[],
        private readonly idf: Float32Array,
        /** features x intents, quantised: weight = value * scale. */
        private readonly weights: Int16Array,
        private readonly scale: number,
        private readonly bias: readonly number[],
        /** Every example's feature indices, one after the other (as saved; read here, then kept only as postings), and each example's count of them. */
        exampleFeatures: Uint16Array,
        private readonly exampleLengths: Uint16Array,
        /** Each example's intent, an index into `intents`. */
        private readonly labels: Uint8Array,
        /** The binary model, when trained: one weight per feature (times `gateScale`) and a bias; positive = in scope. */
        private readonly gate?: { weights: Int16Array; scale: number; bias: number },
    ) {
        this.noneIndex = intents.indexOf('none');
        this.vocabulary = new FeatureIndex(features);
        this.postingStarts = new Uint32Array(features.length + 1);
        for (const index of exampleFeatures) this.postingStarts[index + 1] += 1;
        for (let index = 0; index < features.length; index += 1) this.postingStarts[index + 1] += this.postingStarts[index];
        const filled = this.postingStarts.slice(0, features.length);
        // Kept compact: the model stays in memory for the life of the process.
        this.postingExamples = exampleLengths.length <= 0xffff ? new Uint16Array(this.postingStarts[features.length]) : new Uint32Array(this.postingStarts[features.length]);
        this.exampleScale = new Float64Array(exampleLengths.length);
        let offset = 0;
        exampleLengths.forEach((length, example) => {
            const indices = exampleFeatures.subarray(offset, (offset += length));
            let norm = 0;
            for (const index of indices) norm += idf[index] * idf[index];
            this.exampleScale[example] = 1 / (Math.sqrt(norm) || 1);
            for (const index of indices) this.postingExamples[filled[index]++] = example;
        });
    }

    /** The example rows as saved (each example's feature indices, ascending), read back from the postings. */
    private exampleRows(): Uint16Array {
        const count = this.exampleLengths.length;
        const filled = new Uint32Array(count);
        for (let example = 1; example < count; example += 1) filled[example] = filled[example - 1] + this.exampleLengths[example - 1];
        const rows = new Uint16Array(this.postingStarts[this.vocabulary.size]);
        // Features in ascending order, so every example's row comes out ascending, as train() wrote it.
        for (let index = 0; index < this.vocabulary.size; index += 1) {
            for (let slot = this.postingStarts[index]; slot < this.postingStarts[index + 1]; slot += 1) rows[filled[this.postingExamples[slot]]++] = index;
        }
        return rows;
    }

    static train(language: string, examples: readonly NluExample[], settings: SoftmaxSettings = softmaxSettingsFor(language)): LanguageModel {
        const intents = FREE_TEXT_INTENTS.filter((intent) => examples.some((example) => example.intent === intent));
        const texts = examples.map((example) => textFeatures(example.text, language).concat(characterGrams(example.text, language)));
        const counts = new Map<string, number>();
        for (const list of texts) for (const feature of list) counts.set(feature, (counts.get(feature) ?? 0) + 1);
        // The most common first, at most 65,535 of them: example rows are saved as 16-bit indices.
        const features = [...counts]
            .filter(([, count]) => count >= settings.minExamples)
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, 0xffff)
            .map(([feature]) => feature);
        const idf = Float32Array.from(features, (feature) => Math.log((examples.length + 1) / ((counts.get(feature) ?? 0) + 1)) + 1);
        const vocabulary = new Map(features.map((feature, index) => [feature, index]));
        const rows = texts.map((list) => Uint32Array.from(new Set(list.filter((feature) => vocabulary.has(feature)).map((feature) => vocabulary.get(feature) ?? 0))).sort());
        const labels = examples.map((example) => intents.indexOf(example.intent));
        const vectors = rows.map((row) => weighted(row, idf));
        const noneIndex = intents.indexOf('none');
        const sampleWeights = labels.map((label) => (label === noneIndex ? settings.noneWeight : 1));
        const { weights, bias } = softmaxRegression(vectors, labels, sampleWeights, features.length, intents.length, settings);
        let gate: { weights: Int16Array; scale: number; bias: number } | undefined;
        if (settings.gate && noneIndex >= 0) {
            const binary = softmaxRegression(vectors, labels.map((label) => (label === noneIndex ? 0 : 1)), sampleWeights, features.length, 2, settings);
            // Two classes: only the difference of their weights matters.
            const difference = Float64Array.from({ length: features.length }, (_, index) => binary.weights[index * 2 + 1] - binary.weights[index * 2]);
            const gateScale = difference.reduce((top, weight) => Math.max(top, Math.abs(weight)), 1e-9) / 32767;
            gate = { weights: Int16Array.from(difference, (weight) => Math.round(weight / gateScale)), scale: gateScale, bias: binary.bias[1] - binary.bias[0] };
        }
        const scale = weights.reduce((top, weight) => Math.max(top, Math.abs(weight)), 1e-9) / 32767;
        const quantised = Int16Array.from(weights, (weight) => Math.round(weight / scale));
        const exampleLengths = Uint16Array.from(rows, (row) => row.length);
        const exampleFeatures = new Uint16Array(exampleLengths.reduce((sum, length) => sum + length, 0));
        let offset = 0;
        for (const row of rows) {
            exampleFeatures.set(row, offset);
            offset += row.length;
        }
        return new LanguageModel(intents, features, idf, quantised, scale, bias, exampleFeatures, exampleLengths, Uint8Array.from(labels), gate);
    }

    static fromSaved(saved: SavedLanguageModel): LanguageModel {
        const gate = saved.gate && { weights: fromBase64(saved.gate.weights, Int16Array), scale: saved.gate.scale, bias: saved.gate.bias };
        return new LanguageModel(saved.intents as FreeTextIntent[], saved.features, fromBase64(saved.idf, Float32Array), fromBase64(saved.weights, Int16Array), saved.scale, saved.bias, fromBase64(saved.exampleFeatures, Uint16Array), fromBase64(saved.exampleLengths, Uint16Array), fromBase64(saved.exampleLabels, Uint8Array), gate);
    }

    toSaved(): SavedLanguageModel {
        return {
            intents: [...this.intents],
            features: this.vocabulary.names(),
            idf: toBase64(this.idf),
            weights: toBase64(this.weights),
            scale: this.scale,
            bias: [...this.bias],
            exampleFeatures: toBase64(this.exampleRows()),
            exampleLengths: toBase64(this.exampleLengths),
            exampleLabels: toBase64(this.labels),
            ...(this.gate && { gate: { weights: toBase64(this.gate.weights), scale: this.gate.scale, bias: this.gate.bias } }),
        };
    }

    /** How many training sentences had this feature (a `w:` word stem, say). */
    examplesWith(feature: string): number {
        const index = this.vocabulary.get(feature);
        return index === undefined ? 0 : this.postingStarts[index + 1] - this.postingStarts[index];
    }

    /**
     * Every intent's probability, best first; the cosine similarity of `text` to its nearest in-scope example; the
     * votes of its NEIGHBOURS nearest training examples (each weighted by its similarity, summing to 1); and the binary
     * model's probability that it is in scope (1 when there is none).
     */
    read(text: string, language: string): { intents: Array<{ name: FreeTextIntent; score: number }>; similarity: number; neighbours: Array<{ name: FreeTextIntent; score: number }>; inScope: number } {
        const indices = new Set<number>();
        for (const feature of textFeatures(text, language).concat(characterGrams(text, language))) {
            const index = this.vocabulary.get(feature);
            if (index !== undefined) indices.add(index);
        }
        const vector = weighted(Uint32Array.from(indices), this.idf);
        const count = this.intents.length;
        const logits = [...this.bias];
        for (const [index, value] of vector) for (let intent = 0; intent < count; intent += 1) logits[intent] += this.weights[index * count + intent] * this.scale * value;
        const probabilities = softmax(logits);
        let inScope = 1;
        if (this.gate) {
            let logit = this.gate.bias;
            for (const [index, value] of vector) logit += this.gate.weights[index] * this.gate.scale * value;
            inScope = 1 / (1 + Math.exp(-logit));
        }
        const overlap = new Float64Array(this.exampleLengths.length);
        for (const [index, value] of vector) {
            const weight = value * this.idf[index];
            for (let slot = this.postingStarts[index]; slot < this.postingStarts[index + 1]; slot += 1) overlap[this.postingExamples[slot]] += weight;
        }
        let similarity = 0;
        const nearest: number[] = [];
        overlap.forEach((sum, example) => {
            if (sum <= 0) return;
            // The cosine: the example's norm applied once, here, rather than in every posting.
            const value = (overlap[example] = sum * this.exampleScale[example]);
            if (this.labels[example] !== this.noneIndex) similarity = Math.max(similarity, value);
            if (nearest.length < NEIGHBOURS || value > overlap[nearest[nearest.length - 1]]) {
                nearest.push(example);
                nearest.sort((a, b) => overlap[b] - overlap[a]);
                if (nearest.length > NEIGHBOURS) nearest.pop();
            }
        });
        const votes = new Float64Array(count);
        let total = 0;
        for (const example of nearest) {
            votes[this.labels[example]] += overlap[example];
            total += overlap[example];
        }
        // No neighbour at all: the vote goes to out of scope.
        if (total === 0 && this.noneIndex >= 0) (votes[this.noneIndex] = 1), (total = 1);
        const neighbours = this.intents.map((name, index) => ({ name, score: total ? votes[index] / total : 0 })).sort((a, b) => b.score - a.score);
        const intents = this.intents.map((name, index) => ({ name, score: probabilities[index] })).sort((a, b) => b.score - a.score);
        return { intents, similarity, neighbours, inScope };
    }
}

/** A list of features present (each counted once) as a unit-length TF-IDF vector. */
function weighted(indices: Uint32Array, idf: Float32Array): Array<[number, number]> {
    let norm = 0;
    for (const index of indices) norm += idf[index] * idf[index];
    norm = Math.sqrt(norm) || 1;
    return Array.from(indices, (index) => [index, idf[index] / norm]);
}

/** Multinomial logistic regression by stochastic gradient descent, in a fixed order so training is repeatable. */
function softmaxRegression(
    rows: ReadonlyArray<Array<[number, number]>>,
    labels: readonly number[],
    sampleWeights: readonly number[],
    features: number,
    classes: number,
    settings: SoftmaxSettings,
): { weights: Float64Array; bias: number[] } {
    const weights = new Float64Array(features * classes);
    const bias = new Array<number>(classes).fill(0);
    const order = rows.map((_, index) => index);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
        for (let index = order.length - 1; index > 0; index -= 1) {
            const other = Math.floor(random() * (index + 1));
            [order[index], order[other]] = [order[other], order[index]];
        }
        const baseRate = settings.learningRate / (1 + 0.2 * epoch);
        for (const row of order) {
            const rate = baseRate * sampleWeights[row];
            const logits = [...bias];
            for (const [index, value] of rows[row]) for (let k = 0; k < classes; k += 1) logits[k] += weights[index * classes + k] * value;
            const gradient = softmax(logits);
            gradient[labels[row]] -= 1;
            for (const [index, value] of rows[row]) for (let k = 0; k < classes; k += 1) weights[index * classes + k] -= rate * gradient[k] * value;
            for (let k = 0; k < classes; k += 1) bias[k] -= rate * gradient[k];
        }
    }
    return { weights, bias };
}

function softmax(logits: readonly number[]): number[] {
    const top = Math.max(...logits);
    const exps = logits.map((logit) => Math.exp(logit - top));
    const sum = exps.reduce((total, value) => total + value, 0);
    return exps.map((value) => value / sum);
}

function toBase64(array: ArrayBufferView): string {
    return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64<T extends Float32Array | Int16Array | Uint16Array | Uint32Array | Uint8Array>(text: string, type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
    const bytes = Buffer.from(text, 'base64');
    // Copied into a buffer of its own: a typed array must start at a multiple of its element size.
    return new type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/**
 * The offline intent classifier: one small model per language, trained from `locales/<lng>/nlu/train.json`.
 *
 * @example
 * const classifier = await IntentClassifier.train(readTrainingData());
 * await classifier.read('how do I add my paper case', 'en');
 * // { language: 'en', intents: [{ name: 'addPaperCase', score: 0.97 }, ...], confidence: 'sure' }
 */
export class IntentClassifier {
    private constructor(
        private readonly models: ReadonlyMap<string, { network?: NeuralNluInstance; softmax: LanguageModel }>,
        readonly fingerprint: string,
    ) {}

    /**
     * `network`: whether to train NLP.js's network too (by default only where NETWORK_SHARE is above 0; the bench's
     * cross-validation trains it everywhere to measure it).
     */
    static async train(data: ReadonlyMap<string, readonly NluExample[]>, fingerprint = '', options: { settings?: SoftmaxSettings; network?: boolean } = {}): Promise<IntentClassifier> {
        const models = new Map<string, { network?: NeuralNluInstance; softmax: LanguageModel }>();
        for (const [language, examples] of data) {
            let network: NeuralNluInstance | undefined;
            if (options.network ?? networkShareFor(language) > 0) {
                network = newNetwork(language);
                await network.train(examples.map((example) => ({ utterance: example.text, intent: example.intent })));
            }
            models.set(language, { network, softmax: LanguageModel.train(language, examples, options.settings) });
        }
        return new IntentClassifier(models, fingerprint);
    }

    /**
     * `asNlpJsLoads`: each network loaded as NLP.js itself loads one, with what only training reads (FeatureNlu); the
     * tests compare the slimmed networks with it.
     */
    static fromModel(model: ClassifierModel, options: { asNlpJsLoads?: boolean } = {}): IntentClassifier {
        const models = new Map<string, { network?: NeuralNluInstance; softmax: LanguageModel }>();
        for (const [language, saved] of Object.entries(model.languages)) {
            let network: NeuralNluInstance | undefined;
            if (saved.network) {
                network = newNetwork(language, !options.asNlpJsLoads);
                network.fromJSON(saved.network);
            }
            models.set(language, { network, softmax: LanguageModel.fromSaved(saved.softmax) });
        }
        return new IntentClassifier(models, model.fingerprint);
    }

    toModel(): ClassifierModel {
        return {
            fingerprint: this.fingerprint,
            languages: Object.fromEntries([...this.models].map(([language, { network, softmax }]) => [language, { ...(network && { network: savedNetwork(network) }), softmax: softmax.toSaved() }])),
        };
    }

    /** The languages it was trained in. */
    get languages(): string[] {
        return [...this.models.keys()];
    }

    /** Every intent scored, best first, as `language`'s models read `text`; empty when it has no such model. */
    async classify(text: string, language: string): Promise<Array<{ name: FreeTextIntent; score: number }>> {
        return (await this.measure(text, language)).intents;
    }

    /**
     * What each part of `language`'s model says about `text`, unblended: the softmax's scores, the network's (absent
     * where it was not trained), the nearest training examples' votes, the cosine similarity to the nearest in-scope
     * example (0 to 1) and the binary model's probability that it is in scope. Undefined without such a model.
     */
    async parts(text: string, language: string): Promise<ModelParts | undefined> {
        const model = this.models.get(language);
        if (!model) return undefined;
        const { intents: softmax, similarity, neighbours, inScope } = model.softmax.read(text, language);
        let network: Scores | undefined;
        if (model.network) {
            const { classifications } = await model.network.process(text);
            const scores = new Map<FreeTextIntent, number>();
            for (const { intent, score } of classifications) {
                // NLP.js's own "None" (only unknown words) and our trained `none` mean the same: out of scope.
                const name = intent === 'None' ? 'none' : (intent as FreeTextIntent);
                if ((FREE_TEXT_INTENTS as readonly string[]).includes(name)) scores.set(name, (scores.get(name) ?? 0) + score);
            }
            network = [...scores].map(([name, score]) => ({ name, score }));
        }
        return { softmax, network, neighbours, similarity, inScope };
    }

    /**
     * classify, with the cosine similarity of `text` to the nearest in-scope training example (0 to 1) and the binary
     * model's probability that it is in scope. `shares` are the network's and the neighbours' parts of each score
     * (NETWORK_SHARE and NEIGHBOUR_SHARE unless given).
     */
    async measure(text: string, language: string, shares = sharesFor(language)): Promise<{ intents: Scores; similarity: number; inScope: number }> {
        const parts = await this.parts(text, language);
        if (!parts) return { intents: [], similarity: 0, inScope: 0 };
        return { intents: blendScores(parts, shares), similarity: parts.similarity, inScope: parts.inScope };
    }

    /** The classifier's reading of `text` in `language`, with how sure it is (see THRESHOLDS). */
    async read(text: string, language: string): Promise<FreeTextReading> {
        const { intents, similarity, inScope } = await this.measure(text, language);
        return { language, intents, confidence: confidenceOf(intents, thresholdsFor(language), similarity, inScope) };
    }

    /**
     * The language `text` is plainly written in, among the trained ones, or undefined when it cannot tell: its script
     * (Chinese, Korean, Arabic), letters only Vietnamese has, else the language whose training words cover most of it,
     * when that is clearly more than `usual` (the conversation's language) covers. Words every language's examples
     * share ("USCIS", "green card", "password") say nothing.
     */
    writtenIn(text: string, usual?: string): string | undefined {
        const letters = [...text.matchAll(/\p{L}/gu)].length;
        if (letters === 0) return undefined;
        for (const { language, letters: pattern } of SCRIPTS) {
            if (this.models.has(language) && (text.match(pattern)?.length ?? 0) * 2 > letters) return language;
        }
        if (this.models.has('vi') && VIETNAMESE_LETTERS.test(text)) return 'vi';
        const latin = this.languages.filter((language) => !SCRIPTS.some((script) => script.language === language));
        const telling = wordFeatures(text, 'und').filter((word) => !latin.every((language) => this.knows(language, stemOf(word, language))));
        if (telling.length === 0) return undefined;
        const coverage = latin.map((language) => ({
            language,
            share: telling.filter((word) => this.knows(language, stemOf(word, language))).length / telling.length,
        }));
        coverage.sort((a, b) => b.share - a.share);
        const best = coverage[0];
        const usualShare = coverage.find((entry) => entry.language === usual)?.share ?? 0;
        if (!best || best.share < 0.6) return undefined;
        if (best.language !== usual && best.share - usualShare < 0.3) return undefined;
        return best.language;
    }

    /**
     * Whether `language`'s training sentences use this word more than once: the same bar in every language, though
     * some keep features seen once (LANGUAGE_SOFTMAX_SETTINGS).
     */
    private knows(language: string, stem: string): boolean {
        return (this.models.get(language)?.softmax.examplesWith(`w:${stem}`) ?? 0) >= SOFTMAX_SETTINGS.minExamples;
    }
}

/**
 * sure, unsure or out of scope, from the best intent's score, the similarity to the nearest in-scope example and the
 * binary model's probability that the message is in scope.
 */
export function confidenceOf(intents: ReadonlyArray<{ name: FreeTextIntent; score: number }>, thresholds: Thresholds, similarity = 1, inScope = 1): FreeTextReading['confidence'] {
    const top = intents[0];
    if (!top || top.name === 'none' || top.score < thresholds.unsure || similarity < thresholds.similar || inScope < (thresholds.inScope ?? 0)) return 'outOfScope';
    return top.score >= thresholds.sure ? 'sure' : 'unsure';
}

/** The intent the `nlu` command and the bench report: the best one, or `none` when the bot would call it out of scope. */
export function answeredIntent(reading: FreeTextReading): { intent: FreeTextIntent; score: number } {
    const top = reading.intents[0];
    if (!top || reading.confidence === 'outOfScope') return { intent: 'none', score: top?.name === 'none' ? top.score : 1 - (top?.score ?? 0) };
    return { intent: top.name, score: top.score };
}

/**
 * The network as saved, without its `featuresToIntent` index: NLP.js builds that while training and never reads it to
 * classify, and it was a seventh of the model file (and of the network's memory once loaded).
 */
function savedNetwork(network: NeuralNluInstance): object {
    const { featuresToIntent: _trainingOnly, ...saved } = network.toJSON() as { featuresToIntent?: unknown };
    return saved;
}

function newNetwork(language: string, slimOnLoad = true): NeuralNluInstance {
    const network = new FeatureNlu({ locale: language, log: false, useNoneFeature: true, spellCheck: false }, containerBootstrap());
    network.slimOnLoad = slimOnLoad;
    return network;
}

/**
 * NLP.js's network with our features in place of its tokenizer and stemmer, and, once a saved network is loaded, less
 * of what NluNeural keeps for training or keeps twice: about 10 MB for seven languages in every process, for the same
 * scores (a test compares every held-out sentence with NLP.js's own loading).
 *
 * - Each perceptron's `changes` (momentum while learning, as large as its weights) is emptied.
 * - The spell checker is off (`spellCheck: false`), so its own list of every feature, by length, is dropped.
 * - The network's inputs (its lookup's `dict` and `items`, and the NLU's `features`, the same names less NLP.js's
 *   `nonefeature`) become one FeatureIndex, which the lookup's `prepare` and textToFeatures read.
 * - `intentFeatures` (per intent, an object naming every feature its sentences had) becomes a bit per intent for each
 *   input, which intentIsActivated reads.
 * toJSON writes all of them back as NLP.js saves them (each object's names in the inputs' order). Nothing is slimmed when
 * the saved network does not have that shape (a feature that is not an input, more than 32 intents): never so far.
 */
class FeatureNlu extends NluNeural {
    /** False: loaded as NLP.js loads it, everything kept (what the tests compare the slimmed network with). */
    slimOnLoad = true;
    private slim?: {
        inputs: FeatureIndex;
        /** For each input, a bit for each intent whose training sentences had that feature. */
        inputIntents: Uint32Array;
        /** Each intent's bit, in the order `intentFeatures` listed the intents. */
        intentBits: ReadonlyMap<string, number>;
    };

    override async prepare(text: unknown, settings?: unknown): Promise<unknown> {
        if (typeof text !== 'string') return super.prepare(text, settings);
        const locale = (this as unknown as { settings: { locale: string } }).settings.locale;
        return Object.fromEntries(textFeatures(text, locale).map((feature) => [feature, 1]));
    }

    override fromJSON(json: object): void {
        super.fromJSON(json);
        if (!this.slimOnLoad) return;
        const self = this as unknown as NeuralNluInternals;
        self.spellCheck.setFeatures({});
        for (const perceptron of self.neuralNetwork?.perceptrons ?? []) perceptron.changes = new Float32Array(0);
        const lookup = self.neuralNetwork?.lookup?.inputLookup;
        const intents = Object.entries(self.intentFeatures ?? {});
        if (!lookup || intents.length > 32) return;
        const inputs = new FeatureIndex(lookup.items);
        const known = Object.keys(self.features);
        if (inputs.size !== known.length + (inputs.get(NONE_FEATURE) === undefined ? 0 : 1) || known.some((feature) => inputs.get(feature) === undefined)) return;
        const inputIntents = new Uint32Array(inputs.size);
        for (const [bit, [, features]] of intents.entries()) {
            for (const feature of Object.keys(features)) {
                const input = inputs.get(feature);
                if (input === undefined) return;
                inputIntents[input] |= 1 << bit;
            }
        }
        this.slim = { inputs, inputIntents, intentBits: new Map(intents.map(([intent], bit) => [intent, 1 << bit])) };
        // What NLP.js's Lookup.prepare does, read from the index.
        lookup.prepare = (item) => {
            const keys: number[] = [];
            const data: Record<number, number> = {};
            for (const [key, value] of Object.entries(item)) {
                const input = inputs.get(key);
                if (input === undefined) continue;
                keys.push(input);
                data[input] = value;
            }
            return { keys, data };
        };
        lookup.dict = {};
        Object.defineProperty(lookup, 'items', { get: () => inputs.names(), configurable: true });
        self.features = {};
        // Not null: NLP.js filters classifications only while it has this object.
        self.intentFeatures = {};
    }

    /** NLP.js's textToFeatures (a feature it never saw counts towards its `nonefeature`), with the inputs as its features. */
    override textToFeatures(input: FeaturesInput): FeaturesInput {
        if (!this.slim) return super.textToFeatures(input);
        const self = this as unknown as NeuralNluInternals;
        let unknown = 0;
        const features: Record<string, number> = {};
        for (const token of Object.keys(input.tokens)) {
            if (token === NONE_FEATURE) input.tokens[token] = self.nonefeatureValue;
            else if (this.slim.inputs.get(token) === undefined) unknown += 1;
            else features[token] = input.tokens[token];
        }
        let delta = input.settings.nonedeltaValue === undefined ? self.numIntents / self.numFeatures : (self.settings.nonedeltaValue as number);
        let noneValue = 0;
        for (let count = 0; count < unknown; count += 1) {
            noneValue += delta;
            delta *= self.settings.nonedeltaMultiplier;
        }
        if (input.settings && input.settings.useNoneFeature && noneValue) features[NONE_FEATURE] = noneValue;
        input.tokens = features;
        return input;
    }

    override intentIsActivated(intent: string, tokens: Record<string, number>, allowList?: unknown): boolean {
        if (!this.slim || allowList) return super.intentIsActivated(intent, tokens, allowList);
        const bit = this.slim.intentBits.get(intent);
        if (bit === undefined) return false;
        for (const token of Object.keys(tokens)) {
            const input = this.slim.inputs.get(token);
            if (input !== undefined && (this.slim.inputIntents[input] & bit) !== 0) return true;
        }
        return false;
    }

    override toJSON(): object {
        const json = super.toJSON() as { features?: unknown; intentFeatures?: unknown };
        if (this.slim) {
            const { inputs, inputIntents, intentBits } = this.slim;
            const names = inputs.names();
            const named = (keep: (input: number) => boolean) => Object.fromEntries(names.filter((_, input) => keep(input)).map((feature) => [feature, 1]));
            json.features = named((input) => names[input] !== NONE_FEATURE);
            json.intentFeatures = Object.fromEntries([...intentBits].map(([intent, bit]) => [intent, named((input) => (inputIntents[input] & bit) !== 0)]));
        }
        return json;
    }
}

/** NLP.js's name for the input that counts a sentence's unknown words. */
const NONE_FEATURE = 'nonefeature';

/**
 * What the model sees of a sentence's words: `w:` word stems and `b:` pairs of neighbouring stems (Vietnamese carries
 * meaning in two-syllable words; "account number" is not "receipt number"), and in Chinese and Korean, which do not
 * put spaces between words, `c:` single characters and pairs of characters. Accents and tone marks are dropped:
 * people often leave them out. Traditional Chinese is read in simplified characters, as the training sentences are.
 */
export function textFeatures(written: string, language: string): string[] {
    const text = simplifiedChinese(written);
    const features = new Set<string>();
    const words = wordFeatures(text, language);
    words.forEach((word, index) => {
        features.add(`w:${word}`);
        if (index > 0) features.add(`b:${words[index - 1]}_${word}`);
    });
    for (const run of text.normalize('NFKC').match(/[\p{Script=Han}\p{Script=Hangul}]+/gu) ?? []) {
        const chars = [...run];
        chars.forEach((char, index) => {
            features.add(`c:${char}`);
            if (index > 0) features.add(`c:${chars[index - 1]}${char}`);
        });
    }
    return [...features];
}

/**
 * `n:` character n-grams (3 to 5, or as CHARACTER_GRAMS says for `language`) of the folded sentence, words joined by one
 * space: they match a word with a typo, a stem no stemmer knows (Vietnamese, Korean, Chinese), or a Korean noun with its
 * particle attached ("계정을", "계정이").
 */
export function characterGrams(text: string, language = 'default'): string[] {
    const { shortest, longest } = CHARACTER_GRAMS[language] ?? CHARACTER_GRAMS.default;
    const words = fold(simplifiedChinese(text)).replace(/\d{5,}/g, '#').split(/[^\p{L}\p{N}#]+/u).filter(Boolean);
    const letters = [...` ${words.join(' ')} `];
    const grams = new Set<string>();
    for (let start = 0; start < letters.length; start += 1) {
        for (let length = shortest; length <= longest && start + length <= letters.length; length += 1) grams.add(`n:${letters.slice(start, start + length).join('')}`);
    }
    return [...grams];
}

/** A sentence's words (other than Chinese and Korean runs), folded and stemmed in `language`. */
function wordFeatures(text: string, language: string): string[] {
    const words = fold(text)
        .replace(/[\p{Script=Han}\p{Script=Hangul}]+/gu, ' ')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    // A receipt or phone number is a kind of word, not a word to learn by heart.
    return words.map((word) => (/\d{5,}/.test(word) ? '#number' : stemOf(word, language)));
}

function stemOf(word: string, language: string): string {
    const stemmer = STEMMERS[language];
    return stemmer && !word.startsWith('#') ? fold(stemmer.stemWord(word)) : word;
}

/** Lower case without accents, tone marks or Arabic vowel signs, and Arabic letter variants made one. */
function fold(text: string): string {
    return text
        .normalize('NFKC')
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
        .replace(/[أإآ]/g, 'ا')
        .replace(/ى/g, 'ي')
        .replace(/ة/g, 'ه')
        .normalize('NFC');
}
