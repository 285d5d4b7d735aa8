import { createLogger } from '../../bot/logger';

describe('the logger', () => {
    test('an error is logged with its kind, message and stack, never with what botbuilder attaches to it', () => {
        const lines: string[] = [];
        const logger = createLogger('info', { write: (line: string) => lines.push(line) });
        const error = Object.assign(new Error('step failed'), { dialogContext: { stack: [{ state: { answer: 'Rosa Parks Street' } }] } });
        logger.error({ err: error }, 'turn failed');
        const line = JSON.parse(lines[0]) as { err: { type: string; message: string; stack: string } };
        expect(line.err).toEqual({ type: 'Error', message: 'step failed', stack: expect.stringContaining('step failed') });
        expect(lines[0]).not.toContain('Rosa Parks');
    });

    test('fields named like secrets are redacted', () => {
        const lines: string[] = [];
        const logger = createLogger('info', { write: (line: string) => lines.push(line) });
        logger.info({ text: 'my words', token: 'abc', password: 'p' }, 'x');
        expect(lines[0]).not.toMatch(/my words|abc|"p"/);
    });
});
