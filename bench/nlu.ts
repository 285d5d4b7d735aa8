/**
 * The intent classifier measured on the held-out files (never trained on): accuracy per locale, out-of-scope messages
 * answered as out of scope, the most frequent confusions, latency per utterance, training and load time, and how
 * often the language of a held-out sentence is told from its words alone. Bounded: one pass over the files.
 *
 *   npm run bench:nlu                    # the table for bench/README.md
 *   npm run bench:nlu -- --tune          # thresholds and network/neighbour shares from 5-fold cross-validation on train.json (not on held-out)
 *   npm run bench:nlu -- --tune --locale fr   # one locale, with its cross-validated confusions
 *   npm run bench:nlu -- --tune --locales-dir /tmp/draft   # the same on a draft copy of locales/ (<dir>/<lng>/nlu/train.json)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { answeredIntent, blendScores, confidenceOf, IntentClassifier, type ModelParts } from '../conversation/intentClassifier';
import { nluLanguages, readNluExamples, readTrainingData, saveModel, trainingFingerprint, type NluExample } from '../conversation/nluTraining';
import type { FreeTextIntent } from '../conversation/recognizer';

const { values } = parseArgs({
    options: { tune: { type: 'boolean', default: false }, folds: { type: 'string', default: '5' }, locale: { type: 'string' }, 'locales-dir': { type: 'string' } },
});

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

async function measure(): Promise<void> {
    const data = readTrainingData();
    let started = performance.now();
    const classifier = await IntentClassifier.train(data, trainingFingerprint());
    const trainMs = performance.now() - started;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-nlu-')), 'model.json');
    saveModel(classifier, file);
    started = performance.now();
    const loaded = IntentClassifier.fromModel(JSON.parse(fs.readFileSync(file, 'utf8')));
    const loadMs = performance.now() - started;
    const examples = [...data.values()].reduce((sum, list) => sum + list.length, 0);
    console.log(`training: ${data.size} locales, ${examples} examples, ${trainMs.toFixed(0)} ms; model ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, loaded in ${loadMs.toFixed(0)} ms\n`);

    console.log('| locale | held-out | accuracy | in scope right | out of scope rejected | would confirm | language told | p50 | p99 | top confusions (gold → answered) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    const totals = { right: 0, all: 0 };
    for (const language of nluLanguages('heldout')) {
        const heldout = readNluExamples(language, 'heldout');
        const latencies: number[] = [];
        const confusions = new Map<string, number>();
        let right = 0, inScope = 0, inScopeRight = 0, none = 0, noneRejected = 0, unsure = 0, told = 0;
        for (const example of heldout) {
            const begin = performance.now();
            const reading = await loaded.read(example.text, language);
            latencies.push(performance.now() - begin);
            const { intent } = answeredIntent(reading);
            if (loaded.writtenIn(example.text) === language) told += 1;
            if (reading.confidence === 'unsure') unsure += 1;
            if (intent === example.intent) right += 1;
            else confusions.set(`${example.intent} → ${intent}`, (confusions.get(`${example.intent} → ${intent}`) ?? 0) + 1);
            if (example.intent === 'none') {
                none += 1;
                if (intent === 'none') noneRejected += 1;
            } else {
                inScope += 1;
                if (intent === example.intent) inScopeRight += 1;
            }
        }
        totals.right += right;
        totals.all += heldout.length;
        latencies.sort((a, b) => a - b);
        const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([pair, count]) => `${pair} (${count})`).join(', ');
        console.log(
            `| ${language} | ${heldout.length} | ${pct(right, heldout.length)} | ${pct(inScopeRight, inScope)} | ${pct(noneRejected, none)} | ${pct(unsure, heldout.length)} | ${pct(told, heldout.length)} | ${percentile(latencies, 50).toFixed(2)} ms | ${percentile(latencies, 99).toFixed(2)} ms | ${top} |`,
        );
    }
    console.log(`\nall locales: ${pct(totals.right, totals.all)} of ${totals.all}`);
}

type Reading = { gold: FreeTextIntent; parts: ModelParts };

/** Out-of-fold readings of the training data: what each part of the model says about sentences it was not trained on. */
async function crossValidate(language: string, examples: readonly NluExample[], folds: number): Promise<Reading[]> {
    const readings: Reading[] = [];
    for (let fold = 0; fold < folds; fold += 1) {
        const train = examples.filter((_, index) => index % folds !== fold);
        const test = examples.filter((_, index) => index % folds === fold);
        // The network is trained in every locale here, to measure what it adds.
        const classifier = await IntentClassifier.train(new Map([[language, train]]), '', { network: true });
        for (const example of test) {
            const parts = await classifier.parts(example.text, language);
            if (parts) readings.push({ gold: example.intent, parts });
        }
    }
    return readings;
}

/**
 * For each locale, the network and neighbour shares and the `unsure`, `similar` and `inScope` thresholds with the best
 * cross-validated accuracy less a tenth of any out-of-scope rejection short of 95%, and the lowest `sure` threshold
 * above `unsure` at which 96% of what is accepted is right.
 */
async function tune(): Promise<void> {
    const folds = Number(values.folds);
    for (const [language, examples] of readTrainingData(values['locales-dir'])) {
        if (values.locale && values.locale !== language) continue;
        const all = await crossValidate(language, examples, folds);
        type Entry = { share: number; neighbours: number; inScope: number; unsure: number; similar: number; accuracy: number; rejection: number; score: number; blended: Array<{ gold: FreeTextIntent; intents: ReturnType<typeof blendScores>; parts: ModelParts }> };
        let best: Entry | undefined;
        for (const share of [0, 0.25, 0.5]) {
            for (const neighbours of [0, 0.15, 0.3]) {
                const blended = all.map(({ gold, parts }) => ({ gold, parts, intents: blendScores(parts, { network: share, neighbours }) }));
                for (const inScope of [0, 0.2, 0.35, 0.5, 0.65]) {
                    for (const unsure of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
                        for (const similar of [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
                            let right = 0, none = 0, rejected = 0;
                            for (const { gold, intents, parts } of blended) {
                                const confidence = confidenceOf(intents, { sure: 1, unsure, similar, inScope }, parts.similarity, parts.inScope);
                                const answered = confidence === 'outOfScope' ? 'none' : intents[0].name;
                                if (answered === gold) right += 1;
                                if (gold === 'none') {
                                    none += 1;
                                    if (answered === 'none') rejected += 1;
                                }
                            }
                            const accuracy = right / blended.length, rejection = none ? rejected / none : 1;
                            const score = accuracy + 0.1 * Math.min(0, rejection - 0.95);
                            if (!best || score > best.score) best = { share, neighbours, inScope, unsure, similar, accuracy, rejection, score, blended };
                        }
                    }
                }
            }
        }
        if (!best) continue;
        const chosen = best;
        const candidates = Array.from({ length: 19 }, (_, index) => 0.05 * (index + 1));
        const sure = candidates.find((threshold) => {
            if (threshold < chosen.unsure) return false;
            const accepted = chosen.blended.filter(({ intents, parts }) => intents[0] && intents[0].name !== 'none' && intents[0].score >= threshold && parts.similarity >= chosen.similar && parts.inScope >= chosen.inScope);
            return accepted.length === 0 || accepted.filter(({ gold, intents }) => gold === intents[0].name).length / accepted.length >= 0.96;
        }) ?? 0.95;
        console.log(
            `    ${language}: { sure: ${sure.toFixed(2)}, unsure: ${chosen.unsure.toFixed(2)}, similar: ${chosen.similar.toFixed(2)}, inScope: ${chosen.inScope.toFixed(2)} }, network share ${chosen.share}, neighbour share ${chosen.neighbours} // cross-validated accuracy ${(100 * chosen.accuracy).toFixed(1)}%, out of scope rejected ${(100 * chosen.rejection).toFixed(1)}%`,
        );
        // Where the cross-validated answers go wrong (gold → answered), to say where train.json needs more wordings.
        const confusions = new Map<string, number>();
        for (const { gold, intents, parts } of chosen.blended) {
            const confidence = confidenceOf(intents, { sure: 1, unsure: chosen.unsure, similar: chosen.similar, inScope: chosen.inScope }, parts.similarity, parts.inScope);
            const answered = confidence === 'outOfScope' ? 'none' : intents[0].name;
            if (answered !== gold) confusions.set(`${gold} → ${answered}`, (confusions.get(`${gold} → ${answered}`) ?? 0) + 1);
        }
        const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([pair, count]) => `${pair} (${count})`).join(', ');
        console.log(`        cross-validated confusions: ${top}`);
    }
}

(values.tune ? tune() : measure()).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
