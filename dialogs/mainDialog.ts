import { Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { contactDetailsText } from './contactDetails';
import { isPrivateConversation } from '../conversation/conversationKey';
import type { ConversationServices } from './conversationServices';
import { isFlowOutcome } from './flowOutcome';
import { InterruptibleDialog } from './interruptibleDialog';
import { MENU_OPTIONS, SPOKEN_FLOWS, type FlowOption, type MenuOption, type SpokenFlow } from './menuOptions';
import type { CheckStatusOptions } from './cases/checkStatusDialog';
import { asksToStopUpdates } from './cases/stopCaseUpdatesDialog';
import { parseReceiptNumber } from '../services/validators';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoiceSpec } from './prompts/localizedChoicePrompt';
import type { ConversationStart } from '../conversation/conversationStart';
import { topIntent, type RecognizerResult } from '../conversation/recognizer';
import { recognizeTurn } from '../conversation/recognizeTurn';
import { translator, turnLanguage } from '../conversation/turnLanguage';

export const MAIN_DIALOG = 'mainDialog';
const MENU_PROMPT = 'menuPrompt';
const MENU_WATERFALL = 'menuWaterfall';

/** A menu option named inside a sentence is enough to go there; the phrase recognizer scores that 0.8. */
const MENU_MIN_SCORE = 0.5;

/** What the main dialog can start: every menu option's flow, and the flows reached by saying them ("my cases"). */
export type MainDialogFlows = Record<FlowOption, Dialog> &
    Partial<Record<SpokenFlow, Dialog>> & {
        /** "Stop updates" (StopCaseUpdatesDialog), said in any supported language. */
        stopCaseUpdates?: Dialog;
    };

/** Anything the main dialog can go to: a menu option, or a flow reached by saying it. */
type Destination = MenuOption | SpokenFlow | 'stopCaseUpdates';

export interface MainDialogOptions extends ConversationStart {
    /** True when the user has just finished something: the menu asks "anything else?". */
    again?: boolean;
}

/** Offers the menu, starts the chosen flow, and comes back to the menu when it ends. */
export class MainDialog extends InterruptibleDialog {
    protected readonly helpKey = 'help.menu';

    constructor(services: ConversationServices, private readonly flows: MainDialogFlows) {
        super(MAIN_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(MENU_PROMPT, this.menuAnswerValidator.bind(this)));
        for (const flow of Object.values(flows)) if (flow) this.addDialog(flow);
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
        const named = step.options.utterance ? await this.destinationNamed(step.context, step.options.utterance, 'firstMessage') : undefined;
        // The first message is used once, here; it must not stay in dialog state (it could be anything the user typed).
        delete step.options.utterance;
        if (named) return step.next({ value: named, index: MENU_OPTIONS.indexOf(named as MenuOption), score: 1 } satisfies FoundChoice);
        return step.prompt(MENU_PROMPT, localizedChoiceOptions(spec));
    }

    /** Starts the flow for the chosen option; "talk to a person" is answered here. */
    private async startChosenFlowStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const option = (step.result as FoundChoice).value as Destination;
        if (option === 'stopCaseUpdates' || isSpokenFlow(option)) return step.beginDialog(this.flows[option]!.id);
        if (option === 'talkToPerson') {
            await step.context.sendActivity(contactDetailsText(step.context, this.services.organization));
            return step.next();
        }
        // Account matters are personal: in a group chat other members would see (and could answer) every question.
        if (ACCOUNT_OPTIONS.has(option) && !isPrivateConversation(step.context)) {
            await step.context.sendActivity(translator(step.context)('privacy.privateChatOnly'));
            return step.next();
        }
        // A receipt number in the message that chose the option ("status of EAC9999103403") is not asked again.
        const receiptNumber = await this.receiptTyped(step.context);
        if (option === 'checkStatus' && receiptNumber) return step.beginDialog(this.flows.checkStatus.id, { receiptNumber: receiptNumber.typed } satisfies CheckStatusOptions);
        if (option === 'addPaperCase' && receiptNumber?.sure) return step.beginDialog(this.flows.addPaperCase.id, { receiptNumber: receiptNumber.value });
        return step.beginDialog(this.flows[option].id);
    }

    /** Shows the menu again: from the top after "start over", otherwise as "anything else?". */
    private async returnToMenuStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const startOver = isFlowOutcome(step.result) && step.result.outcome === 'startOver';
        return step.replaceDialog(MENU_WATERFALL, { again: !startOver } satisfies MainDialogOptions);
    }

    /**
     * Where a message asks to go, as the recognizer reads it at the menu. A first message may name an option inside a
     * sentence ("I want to check my case status"); at the menu question, where an option is usually chosen by its name
     * or number, a sentence counts only for what it is plainly about (`fromCues`), a spoken-only flow ("my cases"), or
     * a receipt number, which means "check this case".
     */
    private async destinationNamed(context: TurnContext, text: string, at: 'firstMessage' | 'menuQuestion'): Promise<Destination | undefined> {
        if (this.flows.stopCaseUpdates && asksToStopUpdates(context, text)) return 'stopCaseUpdates';
        const result = await this.recognizeMenu(context, text);
        const spoken = topIntent(result, SPOKEN_FLOWS, MENU_MIN_SCORE);
        if (spoken && this.flows[spoken.name]) return spoken.name;
        const option = topIntent(result, MENU_OPTIONS, MENU_MIN_SCORE);
        if (option && (at === 'firstMessage' || option.fromCues === true)) return option.name;
        if (receiptIn(result)) return 'checkStatus';
        return undefined;
    }

    /** At the menu question, an answer that names no option may still say where to go (see destinationNamed). */
    private async menuAnswerValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        if (prompt.recognized.succeeded) return true;
        const text = prompt.context.activity.type === 'message' ? prompt.context.activity.text : undefined;
        const named = text ? await this.destinationNamed(prompt.context, text, 'menuQuestion') : undefined;
        if (!named) return false;
        prompt.recognized.value = { value: named, index: MENU_OPTIONS.indexOf(named as MenuOption), score: 1 };
        prompt.recognized.succeeded = true;
        return true;
    }

    /** The recognizer's reading of `text` at the menu; this turn's own message is read once however often it is asked. */
    private async recognizeMenu(context: TurnContext, text: string): Promise<RecognizerResult> {
        const thisTurn = text === context.activity.text ? await recognizeTurn(this.services.recognizer, context, 'menu') : undefined;
        return thisTurn ?? this.services.recognizer.recognize({ text, locale: turnLanguage(context), expecting: 'menu' });
    }

    /**
     * The receipt number in this turn's message, if any: `typed` as written (the status flow confirms a corrected O/I),
     * `value` normalised, `sure` when nothing had to be corrected.
     */
    private async receiptTyped(context: TurnContext): Promise<{ typed: string; value: string; sure: boolean } | undefined> {
        const text = context.activity.type === 'message' ? context.activity.text : undefined;
        if (!text) return undefined;
        const entity = receiptIn(await this.recognizeMenu(context, text));
        if (!entity) return undefined;
        const parsed = parseReceiptNumber(entity.text);
        return { typed: entity.text, value: entity.value, sure: parsed.ok && !parsed.value.corrected };
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

function isSpokenFlow(destination: Destination): destination is SpokenFlow {
    return (SPOKEN_FLOWS as readonly string[]).includes(destination);
}

function receiptIn(result: RecognizerResult): { value: string; text: string } | undefined {
    return result.entities.find((entity) => entity.type === 'receiptNumber');
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
