import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from '../../conversation/dialogKit';
import { conversationKey } from '../../conversation/conversationKey';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { foldedPhrases, supportedLanguages, translator, turnLanguage } from '../../conversation/turnLanguage';
import { foldUtterance } from '../../locales';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';

export const STOP_CASE_UPDATES_DIALOG = 'stopCaseUpdatesDialog';
const STOP_STEPS = 'stopCaseUpdatesSteps';
const WHICH_PROMPT = 'stopCaseUpdatesWhichPrompt';
const ALL = 'all';

/** The locale key of the phrases that mean "stop updates" ("dejar de recibir"). */
export const STOP_UPDATES_PHRASES = 'caseSubscriptions.stop.phrases';

/**
 * Words that ask to stop updates inside a longer message ("how do I unsubscribe?", "stop sending me messages", "ya no
 * me manden avisos"), unless said of the codes an account sends (`notWith`), which are not case updates.
 */
const STOP_UPDATES_WORDS = 'caseSubscriptions.stop.words';
const STOP_UPDATES_NOT_WITH = 'caseSubscriptions.stop.notWith';

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/** The locale key of the phrases that ask which cases this chat gets updates about ("my updates", "mis avisos"). */
const LIST_UPDATES_PHRASES = 'caseSubscriptions.list.phrases';

/** How StopCaseUpdatesDialog is started: `listOnly` says which cases get updates (and how to stop) and stops none. */
export interface StopCaseUpdatesOptions {
    listOnly?: boolean;
}

/**
 * True when the whole message asks to stop case updates, in the conversation's language or another supported one
 * (a subscriber may have switched language since), or a longer one in the conversation's language says so: the main
 * menu starts StopCaseUpdatesDialog for it.
 */
export function asksToStopUpdates(context: TurnContext, text = context.activity.text ?? ''): boolean {
    if (wholeMessageIn(context, STOP_UPDATES_PHRASES, text)) return true;
    const said = plainWords(text);
    return containsAnyPhrase(context, STOP_UPDATES_WORDS, said) && !containsAnyPhrase(context, STOP_UPDATES_NOT_WITH, said);
}

/** True when the whole message asks which cases this chat gets updates about, in any supported language. */
export function asksWhichUpdates(context: TurnContext, text = context.activity.text ?? ''): boolean {
    return wholeMessageIn(context, LIST_UPDATES_PHRASES, text);
}

function wholeMessageIn(context: TurnContext, key: string, text: string): boolean {
    const said = foldUtterance(text);
    if (!said) return false;
    const languages = [turnLanguage(context), ...supportedLanguages(context)];
    return languages.some((language) => foldedPhrases(context, key, language).has(said));
}

/**
 * "Stop updates" / "dejar de recibir": ends this conversation's case subscriptions. With one, it ends at once; with
 * several, the user picks the case or "all of them". Email subscriptions made from this chat end here too. Started
 * with `listOnly` ("my updates", "which cases am I following?"), it lists them, each with how it is sent, and ends.
 */
export class StopCaseUpdatesDialog extends InterruptibleDialog {
    protected readonly helpKey = 'caseSubscriptions.stop.help';

    constructor(services: ConversationServices) {
        super(STOP_CASE_UPDATES_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(WHICH_PROMPT)).addDialog(
            new WaterfallDialog(STOP_STEPS, [this.whichStep.bind(this), this.stopStep.bind(this)]),
        );
        this.initialDialogId = STOP_STEPS;
    }

    /** Nothing to stop, one case (no question), or asks which; with `listOnly`, the list. */
    private async whichStep(step: WaterfallStepContext<StopCaseUpdatesOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const subscriptions = await this.services.cases.subscriptions.listForConversation(conversationKey(step.context));
        if (step.options?.listOnly) {
            const lines = subscriptions.map(({ receiptNumber, deliverBy }) => t('caseSubscriptions.list.line', { receipt: receiptNumber, how: t(`caseSubscriptions.how.${deliverBy}`) }));
            await step.context.sendActivity(lines.length > 0 ? t('caseSubscriptions.list.some', { lines: lines.join('\n') }) : t('caseSubscriptions.list.none'));
            return step.endDialog(COMPLETED);
        }
        if (subscriptions.length === 0) {
            await step.context.sendActivity(t('caseSubscriptions.stop.none'));
            return step.endDialog(COMPLETED);
        }
        const receipts = subscriptions.map((subscription) => subscription.receiptNumber);
        if (receipts.length === 1) return step.next({ value: receipts[0], index: 0, score: 1 } satisfies FoundChoice);
        return step.prompt(WHICH_PROMPT, localizedChoiceOptions(whichSpec(receipts)));
    }

    /** Ends the chosen subscription (or all of them) and says so. */
    private async stopStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const chosen = (step.result as FoundChoice).value;
        const key = conversationKey(step.context);
        const { subscriptions } = this.services.cases;
        if (chosen === ALL) {
            for (const subscription of await subscriptions.listForConversation(key)) await subscriptions.unsubscribe(subscription.receiptNumber, key);
            await step.context.sendActivity(t('caseSubscriptions.stop.doneAll'));
        } else {
            await subscriptions.unsubscribe(chosen, key);
            await step.context.sendActivity(t('caseSubscriptions.stop.done', { receipt: chosen }));
        }
        return step.endDialog(COMPLETED);
    }
}

function whichSpec(receipts: string[]): LocalizedChoiceSpec {
    return {
        promptKey: 'caseSubscriptions.stop.which',
        retryKey: 'caseSubscriptions.stop.retry',
        choices: [
            ...receipts.map((receipt) => ({ value: receipt, title: receipt })),
            { value: ALL, titleKey: 'caseSubscriptions.stop.all', synonymsKey: 'caseSubscriptions.stop.allWords' },
        ],
    };
}
