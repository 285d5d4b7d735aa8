import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Sendero takes botbuilder-dialogs' classes through conversation/dialogKit.ts, from the files that define them: the
 * package's index also loads recognizers for prompts Sendero does not use (about 13 MB of heap in every process).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const PRODUCTION_FOLDERS = ['bot', 'conversation', 'dialogs', 'services', 'store'];
const UNUSED_RECOGNIZERS = /@microsoft\/recognizers-text-(suite|date-time|number-with-unit|sequence|choice)\/|botbuilder-dialogs\/lib\/index\.js/;

/** The node_modules files a fresh node process has loaded after requiring `module` (through tsx, from the sources). */
function modulesLoadedBy(module: string): string[] {
    const script = `require(${JSON.stringify(module)}); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((file) => file.includes('node_modules'))));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
    return JSON.parse(output) as string[];
}

describe('the dialog seam', () => {
    test('no production file but conversation/dialogKit.ts imports botbuilder-dialogs', () => {
        const offending = PRODUCTION_FOLDERS.flatMap((folder) =>
            fs
                .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
                .filter((file) => file.endsWith('.ts') && !file.includes('generated'))
                .map((file) => path.join(folder, file))
                .filter((file) => file !== path.join('conversation', 'dialogKit.ts'))
                .filter((file) => /from\s+['"]botbuilder-dialogs(\/[^'"]*)?['"]/.test(fs.readFileSync(path.join(ROOT, file), 'utf8'))),
        );
        expect(offending).toEqual([]);
    });

    test('the server loads none of the recognizers the package index would', () => {
        const loaded = modulesLoadedBy('./bot/app');
        expect(loaded.some((file) => file.includes('botbuilder-dialogs/lib/componentDialog.js'))).toBe(true);
        expect(loaded.filter((file) => UNUSED_RECOGNIZERS.test(file))).toEqual([]);
    });

    test('the check can fail: the package index loads them', () => {
        expect(modulesLoadedBy('botbuilder-dialogs').filter((file) => UNUSED_RECOGNIZERS.test(file)).length).toBeGreaterThan(2);
    });
});
