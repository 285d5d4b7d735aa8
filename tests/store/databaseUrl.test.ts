import { z } from 'zod';
import { DatabaseUrlError, databaseLocationSchema, databaseUrlProblem, databaseUrlSchema, parseDatabaseUrl } from '../../store/databaseUrl';

describe('parseDatabaseUrl', () => {
    test.each([
        ['file:./data/sendero.db', { provider: 'sqlite', file: './data/sendero.db' }],
        ['file:/var/lib/sendero/sendero.db', { provider: 'sqlite', file: '/var/lib/sendero/sendero.db' }],
        ['file::memory:', { provider: 'sqlite', file: ':memory:' }],
        ['  file:./x.db  ', { provider: 'sqlite', file: './x.db' }],
    ])('%s is a SQLite file', (url, expected) => {
        expect(parseDatabaseUrl(url)).toEqual(expected);
    });

    test.each([
        ['postgresql://sendero:secret@db.internal:5432/sendero', { provider: 'postgresql', url: 'postgresql://sendero:secret@db.internal:5432/sendero' }],
        ['postgres://sendero@localhost/sendero', { provider: 'postgresql', url: 'postgres://sendero@localhost/sendero' }],
        ['POSTGRESQL://sendero@localhost/sendero', { provider: 'postgresql', url: 'postgresql://sendero@localhost/sendero' }],
        [
            'postgresql://sendero@db/sendero?schema=bot&sslmode=require',
            { provider: 'postgresql', url: 'postgresql://sendero@db/sendero?sslmode=require', schema: 'bot' },
        ],
        ['postgresql://sendero@db/sendero?schema=bot', { provider: 'postgresql', url: 'postgresql://sendero@db/sendero', schema: 'bot' }],
    ])('%s is PostgreSQL (the schema parameter is taken out of the pg URL)', (url, expected) => {
        expect(parseDatabaseUrl(url)).toEqual(expected);
    });

    test.each([
        ['', /is empty/],
        ['   ', /is empty/],
        ['file:', /names no SQLite file/],
        ['file:./x.db?connection_limit=1', /options after "\?"/],
        ['mysql://db/sendero', /"mysql:" is not a supported store/],
        ['sqlserver://db', /"sqlserver:" is not a supported store/],
        ['./data/sendero.db', /is not a URL/],
        ['postgresql://', /names no host/],
        ['postgresql://db:99999/sendero', /not a valid postgresql|invalid port/],
        ['postgresql://db/sendero?schema=bad;drop', /schema= must be a plain PostgreSQL name/],
        ['postgresql://db/sendero?schema=', /schema= must be a plain PostgreSQL name/],
    ])('%j is refused with a message that says why', (url, message) => {
        expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError);
        expect(() => parseDatabaseUrl(url)).toThrow(message);
    });

    test('a refusal never repeats the URL, which may carry a password', () => {
        for (const url of ['postgresql://sendero:hunter2@db/sendero?schema=no;pe', 'postgresql://sendero:hunter2@db:99999/x', 'mysql://root:hunter2@db/x']) {
            expect(databaseUrlProblem(url)).toBeDefined();
            expect(databaseUrlProblem(url)).not.toContain('hunter2');
        }
    });
});

describe('DATABASE_URL in a zod config', () => {
    const config = z.object({ DATABASE_URL: databaseUrlSchema.default('file:./data/sendero.db') });

    test('a usable URL passes and the default is SQLite', () => {
        expect(config.parse({}).DATABASE_URL).toBe('file:./data/sendero.db');
        expect(config.parse({ DATABASE_URL: 'postgresql://db/sendero' }).DATABASE_URL).toBe('postgresql://db/sendero');
    });

    test('a bad URL fails with an issue on DATABASE_URL that says why', () => {
        const result = config.safeParse({ DATABASE_URL: 'mysql://db/sendero' });
        expect(result.success).toBe(false);
        expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['DATABASE_URL'], message: expect.stringMatching(/"mysql:" is not a supported store/) })]);
    });

    test('databaseLocationSchema yields the parsed location', () => {
        expect(databaseLocationSchema.parse('postgres://db/s?schema=x')).toEqual({ provider: 'postgresql', url: 'postgres://db/s', schema: 'x' });
    });
});
