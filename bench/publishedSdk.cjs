// @ts-check
/**
 * Preloaded (`node --require bench/publishedSdk.cjs`) into the process of bench/turns.ts's yardstick echo bot: every
 * file scripts/nativeAsyncSdk.cjs rewrote is compiled from the copy it kept as published (`<file>.published`), so the
 * yardstick is the Bot Framework SDK as anyone installs it, beside the echo bot on the SDK as Sendero runs it.
 * A preload, because the hook must be in place before anything loads the SDK.
 */
const fs = require('node:fs');
const Module = require('node:module');

const { MARK, PUBLISHED } = require('../scripts/nativeAsyncSdk.cjs');

const prototype = /** @type {{ _compile(content: string, filename: string): unknown }} */ (/** @type {unknown} */ (Module.prototype));
const compile = prototype._compile;
prototype._compile = function (content, filename) {
    if (!content.startsWith(MARK)) return compile.call(this, content, filename);
    // A file rewritten before the copies were kept: fail, rather than measure the rewritten SDK as the published one.
    const published = `${filename}${PUBLISHED}`;
    if (!fs.existsSync(published)) throw new Error(`${filename} has no copy as published: run npm ci again`);
    return compile.call(this, fs.readFileSync(published, 'utf8'), filename);
};
