import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from '../../conversation/dialogKit';
import type { ConversationServices } from '../conversationServices';
import type { CommonQuestionsOptions } from '../faq/faqTopics';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { issuesUscisAccountNumbers } from '../organization';
import { localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { translator } from '../../conversation/turnLanguage';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { ACCOUNT_WORDS_INSIDE, accountKindChoices, ACCOUNT_KINDS, type AccountKind } from './chooseAccountDialog';
import type { RecoverAccessOptions } from './recoverAccessDialog';

export const SIGN_IN_TROUBLE_DIALOG = 'signInTroubleDialog';
const TROUBLE_STEPS = 'signInTroubleSteps';
const WHICH_ACCOUNT_PROMPT = 'signInTroubleWhichPrompt';

export interface SignInTroubleOptions extends RecoverAccessOptions {
    /**
     * The account the message meant: the one it named, or `ask` when a sentence did not say ("I forgot my password"
     * typed to the menu may mean the USCIS online account as well as the one here). Unset (the menu's own option):
     * this assistant's account.
     */
    account?: AccountKind | 'ask';
}

/** The flows behind each answer: this assistant's recovery, and the common problems of the USCIS account. */
export interface SignInTroubleFlows {
    recoverAccess: Dialog;
    /** Started with the account-problems topic (CommonQuestionsOptions). */
    commonQuestions: Dialog;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/**
 * "I can't sign in", for the account the message named, or asking which when the words did not say. A USCIS online
 * account is reset or unlocked on the USCIS website, so that answer says how (for the reason given, or its common
 * problems); the other goes to this assistant's own recovery (RecoverAccessDialog), with whatever the message already
 * said (the reason). A deployment whose accounts are the USCIS ones (ACCOUNT_NUMBER_SCOPE=uscis) has one meaning and
 * never asks.
 */
export class SignInTroubleDialog extends InterruptibleDialog {
    protected readonly helpKey = 'signInTrouble.help';

    constructor(
        services: ConversationServices,
        private readonly flows: SignInTroubleFlows,
    ) {
        super(SIGN_IN_TROUBLE_DIALOG, services);
        this.addDialog(new AccountChoicePrompt(WHICH_ACCOUNT_PROMPT, services.organization, undefined, 'eitherAccount'))
            .addDialog(flows.recoverAccess)
            .addDialog(flows.commonQuestions)
            .addDialog(new WaterfallDialog<SignInTroubleOptions>(TROUBLE_STEPS, [this.askWhichStep.bind(this), this.startChosenStep.bind(this), this.finishStep.bind(this)]));
        this.initialDialogId = TROUBLE_STEPS;
    }

    private async askWhichStep(step: WaterfallStepContext<SignInTroubleOptions>): Promise<DialogTurnResult> {
        const { organization } = this.services;
        const kind = issuesUscisAccountNumbers(organization) ? 'organization' : (step.options.account ?? 'organization');
        if (kind === 'ask') return step.prompt(WHICH_ACCOUNT_PROMPT, localizedChoiceOptions(whichAccountSpec(organization.name)));
        return step.next({ value: kind, index: ACCOUNT_KINDS.indexOf(kind), score: 1 } satisfies FoundChoice);
    }

    /**
     * This assistant's account: its recovery. The USCIS account, with the reason said ("I forgot my password"): what to
     * do about that on the USCIS website, which is all there is to say; without one, its common problems.
     */
    private async startChosenStep(step: WaterfallStepContext<SignInTroubleOptions>): Promise<DialogTurnResult> {
        const kind = (step.result as FoundChoice).value as AccountKind;
        const { topic } = step.options;
        if (kind === 'uscis' && topic) {
            await step.context.sendActivity(translator(step.context)(`signInTrouble.uscis.${topic}`));
            return step.endDialog(COMPLETED);
        }
        if (kind === 'uscis') return step.beginDialog(this.flows.commonQuestions.id, { topic: 'troubleshooting', aboutUscisAccount: true } satisfies CommonQuestionsOptions);
        const { account: _meant, ...recover } = step.options;
        return step.beginDialog(this.flows.recoverAccess.id, recover satisfies RecoverAccessOptions);
    }

    /** Ends the way the chosen flow ended. */
    private async finishStep(step: WaterfallStepContext<SignInTroubleOptions>): Promise<DialogTurnResult> {
        return step.endDialog(isFlowOutcome(step.result) ? step.result : COMPLETED);
    }
}

function whichAccountSpec(orgName: string): LocalizedChoiceSpec {
    return {
        promptKey: 'signInTrouble.prompt',
        retryKey: 'chooseAccount.retry',
        params: { orgName },
        choices: accountKindChoices(orgName),
        wordsInside: ACCOUNT_WORDS_INSIDE,
        leftWhenDeclined: true,
    };
}
