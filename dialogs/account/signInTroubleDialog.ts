import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import type { ConversationServices } from '../conversationServices';
import type { CommonQuestionsOptions } from '../faq/faqTopics';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { issuesUscisAccountNumbers } from '../organization';
import { localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { translator, turnPhrases } from '../../conversation/turnLanguage';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { ACCOUNT_WORDS_INSIDE, accountKindChoices, ACCOUNT_KINDS, type AccountKind } from './chooseAccountDialog';
import { notice } from './promptRetries';
import { recoverTopicNamed, type RecoverAccessOptions, type RecoverTopic } from './recoverAccessDialog';

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
        this.addDialog(new AccountChoicePrompt(WHICH_ACCOUNT_PROMPT, services.organization, this.keepReasonSaid.bind(this), 'eitherAccount'))
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
     * "Which account?" answered with the reason instead ("the code never arrives", "nunca me llegó el código", "لم يصلني
     * الرمز"): the reason is kept in the question's state, the question asked again with a line that it can be helped
     * (not the bare "choose one of the two accounts"), and the account chosen then carries it, so the reason is not
     * asked a second time. A reason that starts this flow over by itself ("I forgot my password") never reaches here.
     */
    private async keepReasonSaid(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        const state = prompt.state as { reasonSaid?: RecoverTopic };
        if (prompt.recognized.succeeded) {
            if (state.reasonSaid) (prompt.recognized.value as ChosenAccount).reasonSaid = state.reasonSaid;
            return true;
        }
        const reason = recoverTopicNamed(turnPhrases(prompt.context), prompt.context.activity.text ?? '');
        if (!reason) return false;
        state.reasonSaid = reason;
        return notice(prompt, 'signInTrouble.reasonKept', { orgName: this.services.organization.name });
    }

    /**
     * This assistant's account: its recovery. The USCIS account, with the reason said ("I forgot my password"): what to
     * do about that on the USCIS website, which is all there is to say; without one, its common problems.
     */
    private async startChosenStep(step: WaterfallStepContext<SignInTroubleOptions>): Promise<DialogTurnResult> {
        const chosen = step.result as ChosenAccount;
        const kind = chosen.value as AccountKind;
        const topic = step.options.topic ?? chosen.reasonSaid;
        if (kind === 'uscis' && topic) {
            await step.context.sendActivity(translator(step.context)(`signInTrouble.uscis.${topic}`));
            return step.endDialog(COMPLETED);
        }
        if (kind === 'uscis') return step.beginDialog(this.flows.commonQuestions.id, { topic: 'troubleshooting', aboutUscisAccount: true } satisfies CommonQuestionsOptions);
        const { account: _meant, ...recover } = step.options;
        return step.beginDialog(this.flows.recoverAccess.id, { ...recover, ...(topic && { topic }) } satisfies RecoverAccessOptions);
    }

    /** Ends the way the chosen flow ended. */
    private async finishStep(step: WaterfallStepContext<SignInTroubleOptions>): Promise<DialogTurnResult> {
        return step.endDialog(isFlowOutcome(step.result) ? step.result : COMPLETED);
    }
}

/** The account chosen at "which account?", with the reason for not signing in if it was said there first. */
type ChosenAccount = FoundChoice & { reasonSaid?: RecoverTopic };

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
