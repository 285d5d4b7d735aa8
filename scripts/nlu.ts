/**
 * The intent classifier from the command line: one utterance per stdin line, one JSON line per utterance on stdout,
 * `{"text":…,"locale":…,"intent":…,"score":…}`, with the intent names (`none` for out of scope). Without
 * --locale, `locale` is the language the line is written in (en when it cannot tell). Nothing else goes to stdout:
 * this is how accuracy is measured, so keep the shape stable.
 *
 *   npm run --silent nlu -- --stdin [--locale xx] < utterances.txt
 */
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { answeredIntent } from '../conversation/intentClassifier';
import { loadIntentClassifier } from '../conversation/nluTraining';

const FALLBACK_LANGUAGE = 'en';

async function main(): Promise<void> {
    const { values } = parseArgs({ options: { stdin: { type: 'boolean', default: false }, locale: { type: 'string' } } });
    if (!values.stdin) {
        process.stderr.write('usage: npm run --silent nlu -- --stdin [--locale xx]\n');
        process.exitCode = 2;
        return;
    }
    const classifier = await loadIntentClassifier();
    if (values.locale && !classifier.languages.includes(values.locale)) {
        process.stderr.write(`no training data for locale "${values.locale}" (have: ${classifier.languages.join(', ')})\n`);
        process.exitCode = 2;
        return;
    }
    for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        const text = line.trim();
        if (!text) continue;
        const locale = values.locale ?? classifier.writtenIn(text) ?? FALLBACK_LANGUAGE;
        const { intent, score } = answeredIntent(await classifier.read(text, locale));
        process.stdout.write(`${JSON.stringify({ text, locale, intent, score: Math.round(score * 1000) / 1000 })}\n`);
    }
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
});
