// @ts-check
/**
 * Rewrites the Bot Framework SDK's down-levelled async functions into native ones, in place, after `npm install`.
 *
 * The SDK's packages are compiled for ES2015: every `async` method became `__awaiter(this, …, function* () {…})`,
 * which makes a new generator function on every call. Each such function gets its own prototype and, when called,
 * its own hidden class in V8's old generation pointing back at it, so the call's closure and everything it reaches
 * (the request, the turn context, the activity) outlive the next young-generation collections and are promoted, then
 * collected by full mark-compacts. On a menu turn that was about a quarter of what the turn allocated (bench/README.md,
 * 2026-12-03). Native `async` functions have no prototype and none of this.
 *
 * What changes, per call site: `__awaiter(this, A, void 0, function* () { BODY })` becomes
 * `(async () => { BODY })()`, and each `yield X` of that generator becomes `(await (X))`. An arrow keeps `this` and
 * `arguments` of the enclosing function, which is what `__awaiter` passed. A site that passes anything else as `this`
 * (a captured `_this`), uses `yield*`, or passes `void 0` while its body reads `this` or `arguments`, is left as it is.
 *
 * Plain CommonJS: npm's postinstall runs it before `npm run build` could compile anything. Each rewritten file starts
 * with MARK, so running again changes nothing, and keeps its published text beside it (PUBLISHED). Without this step
 * the SDK works exactly as published, only slower.
 *
 *   node scripts/nativeAsyncSdk.cjs           # the SDK packages under ./node_modules
 *   node scripts/nativeAsyncSdk.cjs --check   # exit 1 if any of them is not rewritten
 */
const fs = require('node:fs');
const path = require('node:path');
const acorn = require('acorn');

const MARK = '/* sendero: async functions made native (scripts/nativeAsyncSdk.cjs) */';

/** The suffix of the copy each rewritten file keeps of itself as published (`dialogContext.js.published`). */
const PUBLISHED = '.published';

/** The SDK packages whose code runs on every turn. */
const SDK_PACKAGES = ['botbuilder', 'botbuilder-core', 'botbuilder-dialogs', 'botframework-connector', 'botbuilder-stdlib'];

/**
 * @typedef {{ start: number, end: number, [key: string]: any }} Node
 * @typedef {{ start: number, end: number, text: string }} Edit
 */

/**
 * The source with its `__awaiter` sites made native async functions; how many were and how many were left.
 * @param {string} source CommonJS JavaScript
 * @returns {{ code: string, converted: number, left: number }}
 */
function toNativeAsync(source) {
    if (source.startsWith(MARK)) return { code: source, converted: 0, left: 0 };
    /** @type {Node} */
    const program = /** @type {any} */ (acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true, preserveParens: true }));
    /** @type {Edit[]} */
    const edits = [];
    let converted = 0;
    let left = 0;

    /**
     * @param {Node} node
     * @param {Node | null} generator the converted generator whose `yield`s this code belongs to
     */
    const visit = (node, generator) => {
        if (node.type === 'CallExpression' && isAwaiterCall(node)) {
            const body = node.arguments[3];
            if (convertible(node)) {
                converted += 1;
                edits.push({ start: node.start, end: body.body.start, text: '(async () => ' });
                edits.push({ start: body.body.end, end: node.end, text: ')()' });
                for (const argument of node.arguments.slice(0, 3)) visit(argument, generator);
                visit(body.body, body);
                return;
            }
            left += 1;
        }
        if (node.type === 'YieldExpression' && generator) {
            if (node.argument) {
                edits.push({ start: node.start, end: node.argument.start, text: '(await (' });
                edits.push({ start: node.argument.end, end: node.argument.end, text: '))' });
            } else {
                edits.push({ start: node.start, end: node.end, text: '(await undefined)' });
            }
        }
        // A function of its own (not an arrow) owns the `yield`s inside it.
        const inner = node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration' ? null : generator;
        for (const child of children(node)) visit(child, inner);
    };
    visit(program, null);
    if (converted === 0) return { code: source, converted, left };
    // From the end backwards, so each edit's offsets still hold; an insertion goes before a replacement ending there.
    edits.sort((a, b) => b.start - a.start || b.end - a.end);
    let code = source;
    for (const edit of edits) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
    return { code: `${MARK}\n${code}`, converted, left };
}

/** @param {Node} node */
function isAwaiterCall(node) {
    const [self, args, promise, body] = node.arguments;
    return (
        node.callee.type === 'Identifier' &&
        node.callee.name === '__awaiter' &&
        node.arguments.length === 4 &&
        body.type === 'FunctionExpression' &&
        body.generator &&
        !body.async &&
        !body.id &&
        body.params.length === 0 &&
        isVoid0(promise) &&
        (self.type === 'ThisExpression' || isVoid0(self)) &&
        (isVoid0(args) || (args.type === 'Identifier' && args.name === 'arguments'))
    );
}

/**
 * Whether a site means the same as an async arrow in its place: no `yield*`; with `void 0` for `this` or for the
 * arguments, a body that does not read them (an arrow would see the enclosing ones instead).
 * @param {Node} node
 */
function convertible(node) {
    const [self, args, , generator] = node.arguments;
    let ok = true;
    /** @param {Node} inner */
    const scan = (inner) => {
        if (!ok) return;
        if (inner.type === 'YieldExpression' && inner.delegate) ok = false;
        if (inner.type === 'ThisExpression' && isVoid0(self)) ok = false;
        if (inner.type === 'Identifier' && inner.name === 'arguments' && isVoid0(args)) ok = false;
        if (inner.type === 'FunctionExpression' || inner.type === 'FunctionDeclaration') return;
        for (const child of children(inner)) scan(child);
    };
    for (const child of children(generator.body)) scan(child);
    return ok;
}

/** @param {Node} node */
function isVoid0(node) {
    return node.type === 'UnaryExpression' && node.operator === 'void' && node.argument.type === 'Literal' && node.argument.value === 0;
}

/**
 * The child nodes of an ESTree node, in source order.
 * @param {Node} node
 * @returns {Node[]}
 */
function children(node) {
    /** @type {Node[]} */
    const found = [];
    for (const key of Object.keys(node)) {
        if (key === 'type' || key === 'start' || key === 'end' || key === 'loc' || key === 'range') continue;
        const value = node[key];
        if (Array.isArray(value)) for (const item of value) if (item && typeof item.type === 'string') found.push(item);
        if (value && typeof value.type === 'string') found.push(value);
    }
    return found;
}

/**
 * The .js files of a package's compiled code (lib/), without browser bundles.
 * @param {string} packageDir
 * @returns {string[]}
 */
function libFiles(packageDir) {
    const lib = path.join(packageDir, 'lib');
    if (!fs.existsSync(lib)) return [];
    return fs
        .readdirSync(lib, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js') && !file.endsWith('.min.js') && !path.basename(file).startsWith('browser'))
        .map((file) => path.join(lib, file));
}

/**
 * Every copy of the SDK packages under `nodeModules` (nested copies included).
 * @param {string} nodeModules
 * @returns {string[]}
 */
function sdkPackageDirs(nodeModules) {
    /** @type {string[]} */
    const dirs = [];
    /** @param {string} modules */
    const look = (modules) => {
        for (const name of SDK_PACKAGES) {
            const dir = path.join(modules, name);
            if (!fs.existsSync(path.join(dir, 'package.json'))) continue;
            dirs.push(dir);
            const nested = path.join(dir, 'node_modules');
            if (fs.existsSync(nested)) look(nested);
        }
    };
    look(nodeModules);
    return dirs;
}

/**
 * Rewrites (or, with `check`, only counts) the SDK under `nodeModules`.
 * @param {string} nodeModules
 * @param {{ check?: boolean }} [options]
 */
function rewriteSdk(nodeModules, options = {}) {
    let files = 0;
    let converted = 0;
    let left = 0;
    /** @type {string[]} */
    const pending = [];
    for (const dir of sdkPackageDirs(nodeModules)) {
        for (const file of libFiles(dir)) {
            const source = fs.readFileSync(file, 'utf8');
            if (source.startsWith(MARK) || !source.includes('__awaiter(')) continue;
            let result;
            try {
                result = toNativeAsync(source);
            } catch {
                // Not parseable as a script: leave it as published.
                continue;
            }
            if (result.converted === 0) continue;
            if (options.check) {
                pending.push(path.relative(nodeModules, file));
                continue;
            }
            // The file as published stays beside it (bench/turns.ts runs its yardstick echo bot on those).
            if (!fs.existsSync(`${file}${PUBLISHED}`)) fs.writeFileSync(`${file}${PUBLISHED}`, source);
            fs.writeFileSync(file, result.code);
            files += 1;
            converted += result.converted;
            left += result.left;
        }
    }
    return { files, converted, left, pending };
}

module.exports = { MARK, PUBLISHED, SDK_PACKAGES, toNativeAsync, rewriteSdk };

if (require.main === module) {
    const nodeModules = path.resolve(__dirname, '..', 'node_modules');
    const check = process.argv.includes('--check');
    const result = rewriteSdk(nodeModules, { check });
    if (check) {
        if (result.pending.length > 0) {
            console.error(`not rewritten yet: ${result.pending.join(', ')}`);
            process.exit(1);
        }
        console.log('the Bot Framework SDK runs native async functions');
    } else {
        console.log(`Bot Framework SDK: ${result.converted} async functions made native in ${result.files} files (${result.left} left as published)`);
    }
}
