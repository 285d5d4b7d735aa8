import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

// Plain CommonJS, as npm's postinstall runs it before anything is compiled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MARK, PUBLISHED, rewriteSdk, toNativeAsync } = require('../../scripts/nativeAsyncSdk.cjs') as {
    MARK: string;
    PUBLISHED: string;
    toNativeAsync(source: string): { code: string; converted: number; left: number };
    rewriteSdk(nodeModules: string, options?: { check?: boolean }): { files: number; converted: number; pending: string[] };
};

/** The helper TypeScript emits for ES2015 targets, as the SDK's compiled files carry it. */
const AWAITER = `var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};`;

/** Sites shaped as tsc emits them: methods, `arguments`, nesting, parenthesised and unparenthesised yields. */
const SAMPLE = `"use strict";
${AWAITER}
const seen = [];
class Store {
    constructor() { this.base = 10; }
    sum(x) {
        return __awaiter(this, void 0, void 0, function* () {
            seen.push('before the first await');
            const a = (yield x) + 1;
            const b = yield x + 1;
            const c = yield (x > 1 ? this.base : 0);
            const d = yield __awaiter(this, void 0, void 0, function* () { return (yield this.base) * 2; });
            return [a, b, c, d];
        });
    }
    count() {
        return __awaiter(this, arguments, void 0, function* () { return arguments.length + (yield 0); });
    }
    fail(message) {
        return __awaiter(this, void 0, void 0, function* () { throw new Error(message); });
    }
    later(message) {
        return __awaiter(this, void 0, void 0, function* () { yield null; throw new Error(message); });
    }
}
const double = (q) => __awaiter(void 0, void 0, void 0, function* () { return (yield q) * 2; });
const delegated = (q) => __awaiter(void 0, void 0, void 0, function* () { return yield* [q]; });
const readsThis = () => __awaiter(void 0, void 0, void 0, function* () { return typeof this; });
module.exports = { Store, double, delegated, readsThis, seen };
`;

interface SampleModule {
    Store: new () => { sum(x: number): Promise<number[]>; count(...args: unknown[]): Promise<number>; fail(m: string): Promise<never>; later(m: string): Promise<never> };
    double(q: number): Promise<number>;
    delegated(q: number): Promise<unknown>;
    readsThis(): Promise<string>;
    seen: string[];
}

function load(code: string): SampleModule {
    const module = { exports: {} as SampleModule };
    vm.runInThisContext(`(function (module, exports) {\n${code}\n})`)(module, module.exports);
    return module.exports;
}

async function behaviour(sample: SampleModule): Promise<unknown[]> {
    const store = new sample.Store();
    const pending = store.sum(5);
    // Everything before the first await runs synchronously, in both forms.
    const ranAtOnce = [...sample.seen];
    const thrown = store.fail('at once');
    return [
        ranAtOnce,
        await pending,
        await store.count(1, 'two', 3),
        await sample.double(21),
        await thrown.catch((error: Error) => `rejected: ${error.message}`),
        await store.later('later').catch((error: Error) => `rejected: ${error.message}`),
        Object.prototype.toString.call(pending) === '[object Promise]',
    ];
}

describe('scripts/nativeAsyncSdk: the SDK async functions as native ones', () => {
    const rewritten = toNativeAsync(SAMPLE);

    test('rewrites the sites it can and leaves yield* and a this-reading void-0 site as published', () => {
        expect(rewritten.converted).toBe(6);
        expect(rewritten.left).toBe(2);
        expect(rewritten.code.startsWith(MARK)).toBe(true);
        expect(rewritten.code).not.toMatch(/__awaiter\(this/);
        expect(rewritten.code).toContain('__awaiter(void 0, void 0, void 0, function* () { return yield* [q]; })');
        expect(rewritten.code).toContain('__awaiter(void 0, void 0, void 0, function* () { return typeof this; })');
    });

    test('the rewritten code behaves as the published code: values, this, arguments, order, rejections', async () => {
        const published = await behaviour(load(SAMPLE));
        const native = await behaviour(load(rewritten.code));
        expect(native).toEqual(published);
        expect(native).toEqual([['before the first await'], [6, 6, 10, 20], 3, 42, 'rejected: at once', 'rejected: later', true]);
        // The sites left as published still run as published.
        const [before, after] = [load(SAMPLE), load(rewritten.code)];
        expect(await after.delegated(7)).toEqual(await before.delegated(7));
        expect(await after.readsThis()).toBe(await before.readsThis());
    });

    test('running it again changes nothing', () => {
        expect(toNativeAsync(rewritten.code).code).toBe(rewritten.code);
        expect(toNativeAsync(rewritten.code).converted).toBe(0);
    });

    test('a package is rewritten in place once, keeping each file as published beside it; other packages are not touched', () => {
        const nodeModules = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-native-async-'));
        try {
            const write = (file: string, text: string) => {
                fs.mkdirSync(path.dirname(path.join(nodeModules, file)), { recursive: true });
                fs.writeFileSync(path.join(nodeModules, file), text);
            };
            write('botbuilder-core/package.json', '{"name":"botbuilder-core"}');
            write('botbuilder-core/lib/sample.js', SAMPLE);
            write('botbuilder-core/node_modules/botbuilder-stdlib/package.json', '{"name":"botbuilder-stdlib"}');
            write('botbuilder-core/node_modules/botbuilder-stdlib/lib/nested.js', SAMPLE);
            write('restify/package.json', '{"name":"restify"}');
            write('restify/lib/other.js', SAMPLE);
            expect(rewriteSdk(nodeModules, { check: true }).pending.sort()).toEqual([
                path.join('botbuilder-core', 'lib', 'sample.js'),
                path.join('botbuilder-core', 'node_modules', 'botbuilder-stdlib', 'lib', 'nested.js'),
            ]);
            expect(rewriteSdk(nodeModules)).toMatchObject({ files: 2, converted: 12 });
            for (const file of ['botbuilder-core/lib/sample.js', 'botbuilder-core/node_modules/botbuilder-stdlib/lib/nested.js']) {
                expect(fs.readFileSync(path.join(nodeModules, file), 'utf8')).toBe(rewritten.code);
                expect(fs.readFileSync(path.join(nodeModules, file + PUBLISHED), 'utf8')).toBe(SAMPLE);
            }
            expect(fs.readFileSync(path.join(nodeModules, 'restify/lib/other.js'), 'utf8')).toBe(SAMPLE);
            expect(rewriteSdk(nodeModules)).toMatchObject({ files: 0, converted: 0, pending: [] });
            expect(rewriteSdk(nodeModules, { check: true }).pending).toEqual([]);
        } finally {
            fs.rmSync(nodeModules, { recursive: true, force: true });
        }
    });

    test('npm install has rewritten the installed SDK (postinstall)', () => {
        expect(rewriteSdk(path.resolve(__dirname, '..', '..', 'node_modules'), { check: true }).pending).toEqual([]);
        const file = require.resolve('botbuilder-dialogs/lib/dialogContext.js');
        const dialogContext = fs.readFileSync(file, 'utf8');
        expect(dialogContext.startsWith(MARK)).toBe(true);
        expect(dialogContext).not.toMatch(/__awaiter\(this, void 0, void 0, function\* \(\)/);
        // The copy as published, which the bench's yardstick echo bot runs (bench/publishedSdk.cjs).
        expect(fs.readFileSync(file + PUBLISHED, 'utf8')).toMatch(/__awaiter\(this, void 0, void 0, function\* \(\)/);
    });
});
