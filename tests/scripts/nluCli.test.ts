import { runNpmScript } from '../support/npmScript';

/** Runs `npm run --silent nlu -- <args>` with `input` on stdin; resolves with stdout and the exit code. */
function runNlu(args: string[], input: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
    return runNpmScript('nlu', args, { input });
}

const INTENTS = ['findAccountNumber', 'createAccount', 'addPaperCase', 'checkStatus', 'fileFormOnline', 'accountRecovery', 'talkToAgent', 'help', 'cancel', 'greeting', 'changeLanguage', 'faq.benefits', 'faq.security', 'faq.contact', 'faq.evidence', 'faq.formsOnline', 'faq.numbers', 'none'];

describe('npm run nlu', () => {
    test('prints one JSON line per utterance and nothing else, with the detected locale', async () => {
        const { stdout, code } = await runNlu(['--stdin'], 'hi\n¿Cómo encuentro mi número de cuenta?\n\nwill it rain tomorrow\n');
        expect(code).toBe(0);
        const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(lines).toHaveLength(3);
        for (const line of lines) {
            expect(Object.keys(line)).toEqual(['text', 'locale', 'intent', 'score']);
            expect(INTENTS).toContain(line.intent);
            expect(line.score).toEqual(expect.any(Number));
        }
        expect(lines[0]).toMatchObject({ text: 'hi', locale: 'en', intent: 'greeting' });
        expect(lines[1]).toMatchObject({ locale: 'es', intent: 'findAccountNumber' });
        expect(lines[2]).toMatchObject({ intent: 'none' });
    }, 120_000);

    test('--locale reads every line in that locale', async () => {
        const { stdout, code } = await runNlu(['--stdin', '--locale', 'es'], 'hola\n');
        expect(code).toBe(0);
        expect(JSON.parse(stdout)).toMatchObject({ text: 'hola', locale: 'es', intent: 'greeting' });
    }, 120_000);

    test('an unknown locale is refused on stderr', async () => {
        const { stdout, stderr, code } = await runNlu(['--stdin', '--locale', 'xx'], 'hi\n');
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toMatch(/xx/);
    }, 120_000);
});
