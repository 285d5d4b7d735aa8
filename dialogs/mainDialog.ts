import { Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { contactDetailsText } from './contactDetails';
import { isPrivateConversation } from '../conversation/conversationKey';
import type { ConversationServices } from './conversationServices';
import { isFlowOutcome } from './flowOutcome';
import { InterruptibleDialog } from './interruptibleDialog';
import { MENU_OPTIONS, type FlowOption, type MenuOption } from './menuOptions';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoiceSpec } from './prompts/localizedChoicePrompt';
import type { ConversationStart } from '../conversation/conversationStart';
import { topIntent } from '../conversation/recognizer';
import { translator, turnLanguage } from '../conversation/turnLanguage';

export const MAIN_DIALOG = 'mainDialog';
const MENU_PROMPT = 'menuPrompt';
const MENU_WATERFALL = 'menuWaterfall';

/** A menu option named inside a sentence is enough to go there; the phrase recognizer scores that 0.8. */
const MENU_MIN_SCORE = 0.5;

export interface MainDialogOptions extends ConversationStart {
    /** True when the user has just finished something: the menu asks "anything else?". */
    again?: boolean;
}

/** Offers the menu, starts the chosen flow, and comes back to the menu when it ends. */
export class MainDialog extends InterruptibleDialog {
    protected readonly helpKey = 'help.menu';

    constructor(services: ConversationServices, private readonly flows: Record<FlowOption, Dialog>) {
        super(MAIN_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(MENU_PROMPT));
        for (const flow of Object.values(flows)) this.addDialog(flow);
        this.addDialog(
            new WaterfallDialog<MainDialogOptions>(MENU_WATERFALL, [
                this.showMenuStep.bind(this),
                this.startChosenFlowStep.bind(this),
                this.returnToMenuStep.bind(this),
            ]),
        );
        this.initialDialogId = MENU_WATERFALL;
    }

    /** Asks what the user needs, unless their first message already said it. */
    private async showMenuStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const spec = menuSpec(step.options.again === true);
        const named = step.options.utterance ? await this.menuOptionNamed(step, step.options.utterance) : undefined;
        // The first message is used once, here; it must not stay in dialog state (it could be anything the user typed).
        delete step.options.utterance;
        if (named) return step.next({ value: named, index: MENU_OPTIONS.indexOf(named), score: 1 } satisfies FoundChoice);
        return step.prompt(MENU_PROMPT, localizedChoiceOptions(spec));
    }

    /** Starts the flow for the chosen option; "talk to a person" is answered here. */
    private async startChosenFlowStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const option = (step.result as FoundChoice).value as MenuOption;
        if (option === 'talkToPerson') {
            await step.context.sendActivity(contactDetailsText(step.context, this.services.organization));
            return step.next();
        }
        // Account matters are personal: in a group chat other members would see (and could answer) every question.
        if (ACCOUNT_OPTIONS.has(option) && !isPrivateConversation(step.context)) {
            await step.context.sendActivity(translator(step.context)('privacy.privateChatOnly'));
            return step.next();
        }
        return step.beginDialog(this.flows[option].id);
    }

    /** Shows the menu again: from the top after "start over", otherwise as "anything else?". */
    private async returnToMenuStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const startOver = isFlowOutcome(step.result) && step.result.outcome === 'startOver';
        return step.replaceDialog(MENU_WATERFALL, { again: !startOver } satisfies MainDialogOptions);
    }

    /** The menu option a first message names ("I want to check my case status"), as the recognizer reads it. */
    private async menuOptionNamed(step: WaterfallStepContext<MainDialogOptions>, utterance: string): Promise<MenuOption | undefined> {
        const result = await this.services.recognizer.recognize({ text: utterance, locale: turnLanguage(step.context), expecting: 'menu' });
        return topIntent(result, MENU_OPTIONS, MENU_MIN_SCORE)?.name;
    }

    /** At the menu there is nothing to cancel. */
    protected override async onCancel(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.context.sendActivity(translator(innerDc.context)('cancel.nothing'));
        return this.repromptAndWait(innerDc);
    }

    /** At the top level, starting over means the menu from the beginning. */
    protected override async onStartOver(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.context.sendActivity(translator(innerDc.context)('startOver.done'));
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(MENU_WATERFALL, {} satisfies MainDialogOptions);
    }
}

const ACCOUNT_OPTIONS: ReadonlySet<MenuOption> = new Set(['findAccountNumber', 'createAccount', 'recoverAccess']);

function menuSpec(again: boolean): LocalizedChoiceSpec {
    return {
        promptKey: again ? 'menu.again' : 'menu.prompt',
        retryKey: 'menu.retry',
        choices: MENU_OPTIONS.map((option) => ({
            value: option,
            titleKey: `menu.options.${option}.title`,
            synonymsKey: `menu.options.${option}.synonyms`,
        })),
    };
}
