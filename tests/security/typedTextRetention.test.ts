import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Whether a message's text, and its folded form, can still be found in a fresh process's heap after the matcher folded
 * it and then `others` other messages. The text is made inside a function that returns nothing, so only a cache of
 * ours can hold it afterwards.
 */
function textStillInHeap(others: number): boolean {
    const script = `
        const v8 = require('node:v8');
        const { plainWords } = require('./conversation/utteranceWords');
        const marker = require('node:crypto').randomBytes(8).toString('hex');
        (() => { plainWords('My Password Is ' + marker + '-Zq!'); })();
        for (let i = 0; i < ${others}; i += 1) plainWords('another message ' + i);
        global.gc();
        const file = v8.writeHeapSnapshot(require('node:path').join(require('node:os').tmpdir(), 'typed-' + process.pid + '.heapsnapshot'));
        const snapshot = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
        require('node:fs').rmSync(file);
        const found = snapshot.strings.some((text) => text.includes(marker) && /password/i.test(text));
        process.stdout.write(found ? 'found' : 'gone');
    `;
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
    return output.trim().endsWith('found');
}

describe('what people type is not kept by the word matcher', () => {
    it('keeps a message only while it is one of the last few folded (so the check can see it)', () => {
        expect(textStillInHeap(0)).toBe(true);
    });

    it('forgets it once a few more messages have been folded', () => {
        expect(textStillInHeap(40)).toBe(false);
    });
});
