import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ConversationServices } from '../../dialogs/conversationServices';
import { InterruptibleDialog } from '../../dialogs/interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../../dialogs/prompts/localizedChoicePrompt';
import { translator } from '../../conversation/turnLanguage';
import { en, es, i18n, clientPerTest, say, texts } from '../support/dialogHarness';

// A one-question flow, with its own locale keys, standing in for any real flow built on InterruptibleDialog.
i18n.addResourceBundle('en', 'translation', { testFlow: { ask: 'Which fruit?', apple: 'Apple', pear: 'Pear', done: 'Fruit noted.' } }, true);
i18n.addResourceBundle('es', 'translation', { testFlow: { ask: '¿Qué fruta?', apple: 'Manzana', pear: 'Pera', done: 'Fruta anotada.' } }, true);

const openClient = clientPerTest();

class FruitFlow extends InterruptibleDialog {
    protected readonly helpKey = 'help.inFlow';

    constructor(services: ConversationServices) {
        super('fruitFlow', services);
        this.addDialog(new LocalizedChoicePrompt('fruitPrompt')).addDialog(
            new WaterfallDialog('fruitSteps', [this.askFruitStep.bind(this), this.thankStep.bind(this)]),
        );
        this.initialDialogId = 'fruitSteps';
    }

    private async askFruitStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.prompt(
            'fruitPrompt',
            localizedChoiceOptions({
                promptKey: 'testFlow.ask',
                choices: [
                    { value: 'apple', titleKey: 'testFlow.apple' },
                    { value: 'pear', titleKey: 'testFlow.pear' },
                ],
            }),
        );
    }

    private async thankStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        await step.context.sendActivity(translator(step.context)('testFlow.done'));
        return step.endDialog({ outcome: 'completed' });
    }
}

async function fruitClient(locale?: string) {
    return openClient({
        locale,
        flows: (services) => ({ createAccount: new FruitFlow(services) }),
    });
}

/** Starts the flow: menu, then option 2. */
async function enterFlow(locale?: string) {
    const client = await fruitClient(locale);
    await say(client, 'hi');
    const replies = texts(await say(client, '2'));
    return { client, replies };
}

describe('interruptions inside a flow', () => {
    test('the flow asks its question', async () => {
        const { replies } = await enterFlow();
        expect(replies).toEqual([expect.stringMatching(/^Which fruit\? \(1\) Apple or \(2\) Pear/)]);
    });

    test('help explains what can be done in a flow and asks the question again', async () => {
        const { client } = await enterFlow();
        const replies = texts(await say(client, 'help'));
        expect(replies[0]).toContain(en('help.inFlow'));
        expect(replies[1]).toMatch(/^Which fruit\?/);
    });

    test('cancel leaves the flow and offers the menu again', async () => {
        const { client } = await enterFlow();
        const replies = texts(await say(client, 'cancel'));
        expect(replies[0]).toBe(en('cancel.done'));
        expect(replies[1]).toMatch(new RegExp(`^${en('menu.again')}`));
        expect(texts(await say(client, '2'))[0]).toMatch(/^Which fruit\?/);
    });

    test('start over leaves the flow and shows the menu from the top', async () => {
        const { client } = await enterFlow();
        const replies = texts(await say(client, 'start over'));
        expect(replies).toEqual([en('startOver.done'), expect.stringMatching(new RegExp(`^${en('menu.prompt')}`))]);
    });

    test('switching language mid-question asks the same question in the new language', async () => {
        const { client } = await enterFlow();
        const replies = texts(await say(client, 'español'));
        expect(replies).toEqual([es('language.changed'), expect.stringMatching(/^¿Qué fruta\? \(1\) Manzana o \(2\) Pera/)]);
        expect(texts(await say(client, 'pera'))[0]).toBe(es('testFlow.done'));
    });

    test('the language menu mid-question returns to the question', async () => {
        const { client } = await enterFlow();
        expect(texts(await say(client, 'language'))[0]).toMatch(/English[\s\S]*Español/);
        const replies = texts(await say(client, 'Español'));
        expect(replies).toEqual([es('language.changed'), expect.stringMatching(/^¿Qué fruta\?/)]);
    });

    test('talk to a person mid-question gives contacts and keeps the place', async () => {
        const { client } = await enterFlow();
        const replies = texts(await say(client, 'agent'));
        expect(replies[0]).toMatch(new RegExp(`^${en('contact.intro')}`));
        expect(replies[1]).toMatch(/^Which fruit\?/);
        expect(texts(await say(client, '1'))[0]).toBe(en('testFlow.done'));
    });

    test.each(['can I talk to a real person please', 'nói chuyện với người thật'])('"%s" mid-question is the same request: contacts, and the place is kept', async (sentence) => {
        const { client } = await enterFlow();
        const replies = texts(await say(client, sentence));
        expect(replies[0]).toMatch(new RegExp(`^${en('contact.intro')}`));
        expect(replies[1]).toMatch(/^Which fruit\?/);
        expect(texts(await say(client, '1'))[0]).toBe(en('testFlow.done'));
    });

    test('answering finishes the flow and the menu asks "anything else"', async () => {
        const { client } = await enterFlow();
        const replies = texts(await say(client, 'apple'));
        expect(replies[0]).toBe(en('testFlow.done'));
        expect(replies[1]).toMatch(new RegExp(`^${en('menu.again')}`));
    });

    test.each([
        ['ayuda', 'help.inFlow'],
        ['cancelar', 'cancel.done'],
        ['empezar de nuevo', 'startOver.done'],
    ])('es: "%s" works inside a flow', async (command, key) => {
        const { client, replies: first } = await enterFlow('es-US');
        expect(first[0]).toMatch(/^¿Qué fruta\?/);
        const replies = texts(await say(client, command));
        expect(replies[0]).toContain(es(key));
    });

    test('es: a Spanish answer to the question is recognized', async () => {
        const { client } = await enterFlow('es-US');
        expect(texts(await say(client, 'manzana'))[0]).toBe(es('testFlow.done'));
    });
});
