import fs from 'node:fs';
import path from 'node:path';
import type { detectAll } from 'tinyld';

/** One language tinyld names for a text, with its share of the evidence (0 to 1). */
export type LanguageGuess = ReturnType<typeof detectAll>[number];

/**
 * The copy scripts/tinyldModel.cjs writes beside tinyld's own file, and how its first line names its languages: the
 * script's COPY and HEADER, restated because it runs at install, before anything is compiled, and is not in dist/.
 */
const COPY = 'tinyld.normal.sendero.js';
const HEADER = /^\/\* sendero: tinyld normal model for ([a-z,]+) /;

interface Guesser {
    detectAll: typeof detectAll;
    /** The languages its model keeps; undefined: all of tinyld's. */
    languages?: ReadonlySet<string>;
}

let trimmed: Guesser | null | undefined;
let published: Guesser | undefined;

/**
 * tinyld's statistical guess among `only` (two-letter codes), from the copy of it whose model keeps only Sendero's
 * languages (about 5 MB less heap in every process) when that copy keeps all of `only`, else from tinyld as published:
 * the same answers either way (scripts/tinyldModel.cjs says why). Loaded at the first guess.
 */
export function guessLanguages(text: string, only: readonly string[]): LanguageGuess[] {
    return guesserFor(only).detectAll(text, { only: [...only] });
}

/** Which tinyld answers for `only`: the trimmed copy, or tinyld as published. */
export function guesserFor(only: readonly string[]): Guesser {
    if (trimmed === undefined) trimmed = loadTrimmed();
    const kept = trimmed?.languages;
    if (trimmed && kept && only.every((language) => kept.has(language))) return trimmed;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (published ??= { detectAll: (require('tinyld') as { detectAll: typeof detectAll }).detectAll });
}

function loadTrimmed(): Guesser | null {
    const file = path.join(path.dirname(require.resolve('tinyld')), COPY);
    let source: string;
    try {
        source = fs.readFileSync(file, 'utf8');
    } catch {
        // Not written (an install that skipped scripts): tinyld as published.
        return null;
    }
    const languages = HEADER.exec(source)?.[1];
    if (!languages) return null;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return { detectAll: (require(file) as { detectAll: typeof detectAll }).detectAll, languages: new Set(languages.split(',')) };
}
