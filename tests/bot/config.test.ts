import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../bot/config';
import { TEAMS_PACKAGE_ONLY_VARIABLES } from '../../scripts/teamsPackage';

const envExampleLines = () =>
    fs
        .readFileSync(path.resolve(__dirname, '..', '..', '.env.example'), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Za-z_]+=/.test(line));

describe('configuration', () => {
    test('an empty environment gives the embedded setup', () => {
        const config = loadConfig({});
        expect(config).toMatchObject({
            PORT: 3978,
            DATABASE_URL: 'file:./data/sendero.db',
            PUBLIC_BASE_URL: 'http://localhost:3978',
            CASE_SERVICE: 'sandbox',
            DEFAULT_LOCALE: 'en',
            MicrosoftAppId: '',
        });
    });

    test('PUBLIC_BASE_URL follows PORT unless set, and loses a trailing slash', () => {
        expect(loadConfig({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
        expect(loadConfig({ PUBLIC_BASE_URL: 'https://help.example.org/' }).PUBLIC_BASE_URL).toBe('https://help.example.org');
    });

    test('empty strings count as unset, as in a copied .env.example', () => {
        expect(loadConfig({ PORT: '', ORG_NAME: '' })).toMatchObject({ PORT: 3978, ORG_NAME: 'Sendero' });
    });

    test.each([
        ['PORT', 'eighty'],
        ['PORT', '70000'],
        ['PUBLIC_BASE_URL', 'not a url'],
        ['LOG_LEVEL', 'loud'],
        ['WIDGET_ACCENT_COLOR', 'blue'],
        ['DATABASE_URL', 'mysql://db/sendero'],
    ])('a malformed %s stops start-up with a message naming it', (name, value) => {
        expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
        expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
    });

    test('every problem is listed at once', () => {
        try {
            loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
            throw new Error('expected a ConfigError');
        } catch (error) {
            expect((error as ConfigError).problems).toHaveLength(2);
        }
    });
});

describe('.env.example', () => {
    test('lists every variable Sendero reads (and the Teams package builder), and nothing else', () => {
        const listed = envExampleLines().map((line) => line.split('=')[0]);
        expect([...listed].sort()).toEqual([...CONFIG_VARIABLES, ...TEAMS_PACKAGE_ONLY_VARIABLES].sort());
    });

    test('its values are the defaults', () => {
        const env = Object.fromEntries(envExampleLines().map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
        expect(loadConfig(env)).toEqual(loadConfig({}));
    });
});
