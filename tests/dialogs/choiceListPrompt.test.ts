import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ConversationServices } from '../../dialogs/conversationServices';
import { InterruptibleDialog } from '../../dialogs/interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../../dialogs/prompts/localizedChoicePrompt';
import { i18n, clientPerTest, say, texts } from '../support/dialogHarness';

// A question with short options, which a channel without buttons lists inline: "(1) x or (2) y".
const FRUIT: Record<string, { ask: string; apple: string; pear: string; plum: string }> = {
    en: { ask: 'Which fruit?', apple: 'Apple', pear: 'Pear', plum: 'Plum' },
    es: { ask: '¿Qué fruta?', apple: 'Manzana', pear: 'Pera', plum: 'Ciruela' },
    vi: { ask: 'Trái cây nào?', apple: 'Táo', pear: 'Lê', plum: 'Mận' },
    ar: { ask: 'أي فاكهة؟', apple: 'تفاح', pear: 'كمثرى', plum: 'برقوق' },
};
for (const [language, keys] of Object.entries(FRUIT)) i18n.addResourceBundle(language, 'translation', { listFlow: keys }, true);

const openClient = clientPerTest();

class FruitFlow extends InterruptibleDialog {
    protected readonly helpKey = 'help.inFlow';

    constructor(
        services: ConversationServices,
        private readonly values: string[],
    ) {
        super('listFlow', services);
        this.addDialog(new LocalizedChoicePrompt('listPrompt')).addDialog(new WaterfallDialog('listSteps', [this.askStep.bind(this)]));
        this.initialDialogId = 'listSteps';
    }

    private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.prompt('listPrompt', localizedChoiceOptions({ promptKey: 'listFlow.ask', choices: this.values.map((value) => ({ value, titleKey: `listFlow.${value}` })) }));
    }
}

/** The flow's question as an SMS user writing in `locale` sees it. */
async function askedOverSms(locale: string, values: string[]): Promise<string> {
    const client = await openClient({ channelId: 'sms', locale, flows: (services) => ({ createAccount: new FruitFlow(services, values) }) });
    await say(client, 'hi');
    return texts(await say(client, '2')).join('\n');
}

describe('choice questions on a channel without buttons', () => {
    test.each([
        ['en-US', 'Which fruit? (1) Apple or (2) Pear'],
        ['es-MX', '¿Qué fruta? (1) Manzana o (2) Pera'],
        // botbuilder's ChoicePrompt knew no Vietnamese or Arabic and joined these with an English "or".
        ['vi-VN', 'Trái cây nào? (1) Táo hoặc (2) Lê'],
        ['ar-EG', 'أي فاكهة؟ (1) تفاح أو (2) كمثرى'],
    ])('two short options are joined with the words of the conversation language (%s)', async (locale, expected) => {
        expect(await askedOverSms(locale, ['apple', 'pear'])).toContain(expected);
    });

    test('three options use the language list separator and its last "or"', async () => {
        expect(await askedOverSms('en-US', ['apple', 'pear', 'plum'])).toContain('Which fruit? (1) Apple, (2) Pear, or (3) Plum');
        expect(await askedOverSms('es-MX', ['apple', 'pear', 'plum'])).toContain('¿Qué fruta? (1) Manzana, (2) Pera o (3) Ciruela');
    });
});
