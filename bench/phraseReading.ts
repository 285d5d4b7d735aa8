/**
 * The time to read one message for the requests only USCIS can act on (`uscisMatterIn`: some fifty phrase lists, read
 * for every message typed at the menu before the classifier), in two compiled trees, in alternating rounds so that a
 * shared machine's drift touches both alike. The messages are a fixed set in English and Spanish; most name no matter,
 * as most messages do, so every list is read to its end. Both trees read the same locale files (the source tree's
 * locales/, where compiled code looks for them): what differs is the code, and which matters each tree knows.
 *
 *   npm run build && npm run bench:phrases -- --a dist-before --b dist [--rounds 8] [--passes 1000]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TestAdapter, TurnContext } from 'botbuilder';

const { values } = parseArgs({
    options: {
        a: { type: 'string' },
        b: { type: 'string', default: 'dist' },
        rounds: { type: 'string', default: '8' },
        passes: { type: 'string', default: '1000' },
    },
});

const MESSAGES: Readonly<Record<string, readonly string[]>> = {
    en: ['help', 'I lost my green card', 'when is my interview', 'my case has been pending for 2 years', 'how do I change my address', 'I want to talk to a person', 'what does case was received mean', 'can I travel while my case is pending'],
    es: ['ayuda', 'perdí mi green card', 'cuándo es mi entrevista', 'mi caso lleva dos años', 'cómo cambio mi dirección', 'quiero hablar con una persona'],
};

interface Build {
    readonly name: string;
    /** Reads every message `passes` times; returns µs per message and a checksum of the matters found. */
    run(passes: number): { usPerMessage: number; found: number };
}

function loadBuild(dist: string): Build {
    const root = path.resolve(dist);
    const { bindTurnLanguage } = require(path.join(root, 'conversation/turnLanguage.js')) as { bindTurnLanguage(context: TurnContext, i18n: unknown, language: string): void };
    const { uscisMatterIn } = require(path.join(root, 'dialogs/uscisMatters.js')) as { uscisMatterIn(context: TurnContext, text: string): string | undefined };
    const { createI18n } = require(path.join(root, 'locales/index.js')) as { createI18n(language: string): unknown };
    const i18n = createI18n('en');
    const adapter = new TestAdapter();
    const contexts = Object.keys(MESSAGES).map((language) => {
        const context = new TurnContext(adapter, { type: 'message', text: '', channelId: 'test', conversation: { id: language, isGroup: false, name: '', conversationType: '' }, from: { id: 'user', name: '' }, recipient: { id: 'bot', name: '' } });
        bindTurnLanguage(context, i18n, language);
        return { context, messages: MESSAGES[language] };
    });
    return {
        name: dist,
        run(passes) {
            let found = 0;
            let count = 0;
            const started = process.hrtime.bigint();
            for (let pass = 0; pass < passes; pass++) {
                for (const { context, messages } of contexts) {
                    // A number that differs by pass, so the folded-words memo sees new messages as a server would.
                    for (const message of messages) found += (uscisMatterIn(context, `${message} ${pass % 64}`) ?? '').length;
                    count += messages.length;
                }
            }
            return { usPerMessage: Number(process.hrtime.bigint() - started) / 1000 / count, found };
        },
    };
}

const median = (numbers: number[]) => [...numbers].sort((x, y) => x - y)[Math.floor(numbers.length / 2)];

function main(): void {
    if (!values.a) throw new Error('--a <compiled tree> is required (e.g. a copy of dist/ from another commit)');
    const builds = [loadBuild(values.a), loadBuild(values.b)];
    const rounds = Number(values.rounds);
    const passes = Number(values.passes);
    for (const build of builds) build.run(Math.ceil(passes / 5)); // warm-up: the lists folded and compiled once
    const times: number[][] = [[], []];
    const found: number[] = [0, 0];
    for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const index of order) {
            const result = builds[index].run(passes);
            times[index].push(result.usPerMessage);
            found[index] = result.found;
        }
    }
    const differences = times[0].map((a, round) => times[1][round] - a);
    const round2 = (value: number) => Math.round(value * 100) / 100;
    console.log(
        JSON.stringify(
            {
                node: process.version,
                messagesPerRound: passes * Object.values(MESSAGES).reduce((sum, list) => sum + list.length, 0),
                rounds,
                a: { tree: builds[0].name, medianUsPerMessage: round2(median(times[0])), checksum: found[0] },
                b: { tree: builds[1].name, medianUsPerMessage: round2(median(times[1])), checksum: found[1] },
                pairedMedianDifferenceUs: round2(median(differences)),
                pairedMedianDifferencePercent: round2((median(differences) / median(times[0])) * 100),
            },
            null,
            2,
        ),
    );
}

main();
