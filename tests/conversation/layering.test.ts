import fs from 'node:fs';
import path from 'node:path';

/**
 * The layers point one way: bot/ (transport) → dialogs/ (flows) → conversation/ (what every turn needs) → services/.
 * conversation/ is used by both bot/ and dialogs/ and imports neither; bot/ reaches dialogs/ only from its composition
 * root; and a dialog asks channelTraits what a channel can show instead of naming channels.
 */
const ROOT = path.resolve(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
    return fs.readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => path.join(folder, file));
}

/** The repository folder each relative import of a file points into (`dialogs`, `services`...). */
function importedFolders(file: string): Array<{ specifier: string; folder: string }> {
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    return specifiers
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({ specifier, folder: path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)).split(path.sep)[0] }));
}

/**
 * Channel ids (the Bot Framework's and ours). 'sms' and 'email' are also two-step methods in dialogs ('email' | 'sms'),
 * so they are not in this list: that no dialog reads the channel id at all is checked instead, which covers them.
 */
const CHANNEL_NAMES = ['msteams', 'webchat', 'directline', 'directlinespeech', 'emulator', 'twilio-sms', 'facebook', 'slack', 'telegram', 'skype', 'kik', 'groupme', 'alexa', 'omnichannel', 'telephony'];

describe('layering', () => {
    test('conversation/ imports neither bot/ nor dialogs/', () => {
        const offending = sourceFiles('conversation').flatMap((file) =>
            importedFolders(file).filter(({ folder }) => folder === 'bot' || folder === 'dialogs').map(({ specifier }) => `${file}: ${specifier}`),
        );
        expect(offending).toEqual([]);
    });

    test('bot/ imports dialogs/ only from its composition root, bot/app.ts', () => {
        const offending = sourceFiles('bot')
            .filter((file) => file !== path.join('bot', 'app.ts'))
            .flatMap((file) => importedFolders(file).filter(({ folder }) => folder === 'dialogs').map(({ specifier }) => `${file}: ${specifier}`));
        expect(offending).toEqual([]);
    });

    test('dialogs/ and conversation/ never import bot/ (transport)', () => {
        const offending = [...sourceFiles('dialogs'), ...sourceFiles('conversation')].flatMap((file) =>
            importedFolders(file).filter(({ folder }) => folder === 'bot').map(({ specifier }) => `${file}: ${specifier}`),
        );
        expect(offending).toEqual([]);
    });

    test('no dialog names a channel or reads the channel id: it asks channelTraits', () => {
        const offending = sourceFiles('dialogs').flatMap((file) => {
            const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
            const names = CHANNEL_NAMES.filter((name) => new RegExp(`['"\`]${name}['"\`]`, 'i').test(source));
            const readsChannelId = /\bchannelId\b/.test(source) ? ['channelId'] : [];
            return [...names, ...readsChannelId].map((found) => `${file}: ${found}`);
        });
        expect(offending).toEqual([]);
    });

    test('the check can fail: it finds the channel names that channelTraits holds', () => {
        const source = fs.readFileSync(path.join(ROOT, 'conversation', 'channelTraits.ts'), 'utf8');
        expect(CHANNEL_NAMES.filter((name) => new RegExp(`['"\`]?${name}['"\`]?\\s*:`).test(source))).toEqual(
            expect.arrayContaining(['msteams', 'webchat', 'directline', 'emulator', 'twilio-sms']),
        );
        expect(importedFolders(path.join('bot', 'app.ts')).some(({ folder }) => folder === 'dialogs')).toBe(true);
    });
});
