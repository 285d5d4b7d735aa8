// @ts-check
/**
 * Writes, after `npm install`, a copy of tinyld's language guesser whose model keeps only the languages Sendero has
 * locales for (locales/<lng>/), beside tinyld's own file: node_modules/tinyld/dist/tinyld.normal.sendero.js.
 *
 * tinyld's "normal" model covers 64 languages and is built into objects when the module loads: about 6.6 MB of heap
 * in every process, for a guess Sendero only ever asks among its own languages (`detectAll(text, { only })`). With
 * `only`, a language left out of the model and a language in it but not in `only` count the same: a gram unique to it
 * is skipped, its score in a shared gram is never read. So the copy answers exactly as tinyld does for any `only`
 * among the languages it keeps (tests/conversation/languageGuesser.test.ts checks that on every held-out sentence).
 * conversation/languageGuesser.ts uses the copy when it keeps every language asked about, else tinyld itself.
 *
 * The model is the object literal `{id:"tinyld-dict",multiples:{…},uniques:{…}}` in tinyld's file: `uniques` maps a
 * gram to one language's number (base 36), `multiples` maps a gram to four-character chunks, a language's number and
 * its score (two base-36 characters each). The numbers are positions in tinyld's language table (`C` in its code),
 * read here by running the file with that table exported.
 *
 * Plain CommonJS, like scripts/nativeAsyncSdk.cjs: npm's postinstall runs it before anything is compiled. Without this
 * step the guesser is tinyld as published, with the same answers and more memory.
 *
 *   node scripts/tinyldModel.cjs
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const acorn = require('acorn');

const ROOT = path.join(__dirname, '..');
/** The first line of the copy: the languages it keeps, two-letter codes, comma-separated (conversation/languageGuesser.ts reads it). */
const HEADER = '/* sendero: tinyld normal model for ';
const COPY = 'tinyld.normal.sendero.js';

/** @param {string} file @param {string} source @returns {any} */
function load(file, source) {
    const module = new Module(file, undefined);
    module.filename = file;
    module.paths = Module._nodeModulePaths(path.dirname(file));
    // @ts-expect-error Module#_compile is Node's own, untyped
    module._compile(source, file);
    return module.exports;
}

/** The object literal with `id: "tinyld-dict"`, anywhere in the syntax tree. @param {any} node @returns {any} */
function findModel(node) {
    if (!node || typeof node !== 'object') return undefined;
    if (node.type === 'ObjectExpression' && node.properties.some((/** @type {any} */ p) => p.key?.name === 'id' && p.value?.value === 'tinyld-dict')) return node;
    for (const value of Object.values(node)) {
        const found = Array.isArray(value) ? value.map(findModel).find(Boolean) : value && typeof value.type === 'string' ? findModel(value) : undefined;
        if (found) return found;
    }
    return undefined;
}

function main() {
    const tinyld = require.resolve('tinyld', { paths: [ROOT] });
    const source = fs.readFileSync(tinyld, 'utf8');
    const languages = fs
        .readdirSync(path.join(ROOT, 'locales'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    /** @type {{ toISO3(code: string): string, __senderoLanguageTable: Record<string, string> }} */
    const published = load(tinyld, `${source}\n;module.exports.__senderoLanguageTable = C;`);
    const keep = new Set(languages.map((language) => published.toISO3(language)).filter(Boolean));
    const kept = (/** @type {string} */ number) => keep.has(published.__senderoLanguageTable[parseInt(number, 36)]);

    const literal = findModel(acorn.parse(source, { ecmaVersion: 'latest' }));
    if (!literal) throw new Error(`${tinyld}: no "tinyld-dict" model found; tinyld changed, and the guesser will use it as published`);
    const model = /** @type {{ id: string, multiples: Record<string, string>, uniques: Record<string, string> }} */ (Function(`return (${source.slice(literal.start, literal.end)})`)());

    const multiples = Object.fromEntries(
        Object.entries(model.multiples)
            .map(([gram, chunks]) => [gram, (chunks.match(/.{1,4}/g) ?? []).filter((chunk) => kept(chunk.slice(0, 2))).join('')])
            .filter(([, chunks]) => chunks !== ''),
    );
    const uniques = Object.fromEntries(Object.entries(model.uniques).filter(([, number]) => kept(String(number))));
    const pruned = JSON.stringify({ id: model.id, multiples, uniques });
    const header = `${HEADER}${languages.join(',')} (scripts/tinyldModel.cjs) */\n`;
    fs.writeFileSync(path.join(path.dirname(tinyld), COPY), header + source.slice(0, literal.start) + pruned + source.slice(literal.end));
    console.log(`tinyld model for ${languages.join(', ')}: ${Object.keys(model.multiples).length} -> ${Object.keys(multiples).length} shared grams, ${Object.keys(model.uniques).length} -> ${Object.keys(uniques).length} unique ones`);
}

try {
    main();
} catch (error) {
    // Never fails the install: the guesser then loads tinyld as published.
    console.warn(`scripts/tinyldModel.cjs: ${error instanceof Error ? error.message : String(error)}`);
}
