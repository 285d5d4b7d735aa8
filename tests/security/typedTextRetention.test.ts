import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Whether a message's text, and its folded form, can still be found in a fresh process's heap after it was read
 * (folded by the word matcher, or matched against a question's options) and then `others` other messages were folded.
 * The text is made inside a function that returns nothing, so only a cache of ours can hold it afterwards.
 */
function textStillInHeap(read: 'fold' | 'choice', others: number): boolean {
    const script = `
        const v8 = require('node:v8');
        const { plainWords } = require('./conversation/utteranceWords');
        const { matchChoice } = require('./conversation/choiceMatching');
        const { localePhrases } = require('./conversation/turnLanguage');
        const { createI18n } = require('./locales');
        const phrases = localePhrases(createI18n('en'), 'en');
        const options = [{ title: 'Email', synonyms: [] }, { title: 'Text message', synonyms: [] }];
        const marker = require('node:crypto').randomBytes(8).toString('hex');
        (() => {
            const typed = 'My Password Is ' + marker + '-Zq!';
            if ('${read}' === 'fold') plainWords(typed);
            else matchChoice(phrases, options, typed);
        })();
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
        expect(textStillInHeap('fold', 0)).toBe(true);
        expect(textStillInHeap('choice', 0)).toBe(true);
    });

    it('forgets it once a few more messages have been folded', () => {
        expect(textStillInHeap('fold', 40)).toBe(false);
    });

    it('does not keep a password-like answer to a question with options (only answers of a few letter words are kept)', () => {
        expect(textStillInHeap('choice', 40)).toBe(false);
    });
});
