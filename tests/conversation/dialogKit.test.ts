import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ComponentRegistration, TestAdapter, TurnContext, ConversationState, MemoryStorage } from 'botbuilder';
import { DialogsComponentRegistration } from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { DialogSet, type DialogState } from '../../conversation/dialogKit';

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

describe('botbuilder-dialogs registered once', () => {
    test('every DialogStateManager gets the one registration, and its memory scopes are made once', () => {
        const first = new DialogsComponentRegistration();
        expect(new DialogsComponentRegistration()).toBe(first);
        expect(first.getMemoryScopes()).toBe(first.getMemoryScopes());
        expect(first.getPathResolvers()).toBe(first.getPathResolvers());
        expect(ComponentRegistration.components.filter((component) => component.constructor.name === 'DialogsComponentRegistration').length).toBeLessThanOrEqual(1);
    });

    test('dialog memory still reads and writes through the shared scopes, turn after turn', async () => {
        const conversationState = new ConversationState(new MemoryStorage());
        const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
        const adapter = new TestAdapter();
        for (const [turn, text] of ['first', 'second'].entries()) {
            const context = new TurnContext(adapter, { type: 'message', text, channelId: 'test', conversation: { id: 'c', isGroup: false, conversationType: '', name: '' }, from: { id: 'u', name: '' }, recipient: { id: 'b', name: '' } });
            context.turnState.set('ConversationState', conversationState);
            const dc = await dialogs.createContext(context);
            dc.state.setValue('turn.seen', text);
            dc.state.setValue('conversation.turns', turn + 1);
            expect(dc.state.getValue('turn.seen')).toBe(text);
            expect(dc.state.getValue('conversation.turns')).toBe(turn + 1);
            expect(dc.state.getValue('turn.activity.text')).toBe(text);
            await conversationState.saveChanges(context);
        }
    });
});

