import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ComponentRegistration, TestAdapter, TurnContext, ConversationState, MemoryStorage } from 'botbuilder';
import { DialogsComponentRegistration } from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { Dialog, DialogSet, WaterfallDialog, type DialogState } from '../../conversation/dialogKit';

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

/** A dialog set with one dialog that waits (so `dialog.` memory exists), and a turn of one conversation per message. */
function waitingDialog(conversationId: string): { dialogs: DialogSet; contextFor(text: string): TurnContext } {
    const conversationState = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    dialogs.add(new WaterfallDialog('waiting', [async () => Dialog.EndOfTurn]));
    const adapter = new TestAdapter();
    const contextFor = (text: string) => {
        const context = new TurnContext(adapter, { type: 'message', text, channelId: 'test', conversation: { id: conversationId, isGroup: false, conversationType: '', name: '' }, from: { id: 'u', name: '' }, recipient: { id: 'b', name: '' } });
        context.turnState.set('ConversationState', conversationState);
        return context;
    };
    return { dialogs, contextFor };
}

describe('dialog memory paths', () => {
    const { dialogs, contextFor } = waitingDialog('paths');

    test('a path is parsed as before, and the segments handed out are the caller\'s own', async () => {
        const dc = await dialogs.createContext(contextFor('one'));
        await dc.beginDialog('waiting');
        expect(dc.state.parsePath('dialog.values.choice')).toEqual(['dialog', 'values', 'choice']);
        const segments = dc.state.parsePath('dialog.values.choice');
        segments.pop();
        expect(dc.state.parsePath('dialog.values.choice')).toEqual(['dialog', 'values', 'choice']);
        expect(dc.state.parsePath('turn.list[2]')).toEqual(['turn', 'list', 2]);
        expect(() => dc.state.parsePath('turn.not a path')).toThrow(/Invalid path/);
        expect(() => dc.state.parsePath('turn.not a path')).toThrow(/Invalid path/);
        dc.state.setValue('dialog.values.gone', 1);
        dc.state.deleteValue('dialog.values.gone');
        expect(dc.state.getValue('dialog.values.gone')).toBeUndefined();
        expect(dc.state.getValue('turn.activity.text')).toBe('one');
    });

    test('a bracketed path that names another value is read anew each time', async () => {
        const dc = await dialogs.createContext(contextFor('two'));
        dc.state.setValue('turn.key', 'first');
        expect(dc.state.parsePath('user[turn.key]')).toEqual(['user', 'first']);
        dc.state.setValue('turn.key', 'second');
        expect(dc.state.parsePath('user[turn.key]')).toEqual(['user', 'second']);
    });

    test('writes note no changes while nothing tracks paths, and are tracked once something does', async () => {
        const dc = await dialogs.createContext(contextFor('three'));
        await dc.beginDialog('waiting');
        dc.state.setValue('conversation.watched', 1);
        expect(dc.state.getValue('dialog._tracker')).toBeUndefined();
        const paths = dc.state.trackPaths(['conversation.watched']);
        const counter = 5;
        dc.state.setValue('dialog.eventCounter', counter + 1);
        expect(dc.state.anyPathChanged(counter, paths)).toBe(false);
        dc.state.setValue('conversation.watched', 2);
        expect(dc.state.anyPathChanged(counter, paths)).toBe(true);
    });
});

describe('dialog memory scopes gathered once', () => {
    const { dialogs, contextFor } = waitingDialog('scopes');
    const configurationOf = (context: TurnContext) => context.turnState.get('DialogStateManagerConfiguration') as { memoryScopes: Array<{ name: string }> };

    test('every turn gets the lists the first turn gathered, and memory works through them', async () => {
        const first = contextFor('first');
        await dialogs.createContext(first);
        const second = contextFor('second');
        const dc = await dialogs.createContext(second);
        expect(configurationOf(second)).toBe(configurationOf(first));
        expect(configurationOf(second).memoryScopes.map((scope) => scope.name)).toEqual(expect.arrayContaining(['turn', 'dialog', 'conversation', 'user', 'settings']));
        await dc.beginDialog('waiting');
        dc.state.setValue('dialog.answer', 42);
        expect(dc.state.getValue('dialog.answer')).toBe(42);
        expect(dc.state.getValue('turn.activity.text')).toBe('second');
    });

    test('a turn that brings memory scopes of its own gets them', async () => {
        await dialogs.createContext(contextFor('before'));
        const context = contextFor('own');
        const extra = { name: 'extra', includeInSnapshot: false, getMemory: () => ({ kept: 'yes' }), setMemory: () => undefined, load: async () => undefined, saveChanges: async () => undefined, delete: async () => undefined };
        context.turnState.set('memoryScopes', [extra]);
        const dc = await dialogs.createContext(context);
        expect(dc.state.getValue('extra.kept')).toBe('yes');
        const plain = contextFor('plain');
        await dialogs.createContext(plain);
        expect(configurationOf(plain).memoryScopes.map((scope) => scope.name)).not.toContain('extra');
    });
});

