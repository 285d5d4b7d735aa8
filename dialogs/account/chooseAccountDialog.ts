import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import { translator } from '../../conversation/turnLanguage';
import { conversationKey } from '../../conversation/conversationKey';
import type { ConversationServices } from '../conversationServices';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { issuesUscisAccountNumbers } from '../organization';
import { localizedChoiceOptions, type LocalizedChoice, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { emailInMessage } from './accountPrompts';
import { saysEmailWasWrong } from './emailChangeAsked';
import type { AccountPrefill } from './accountPrefill';
import type { CreateAccountOptions } from './createAccountDialog';

export const CHOOSE_ACCOUNT_DIALOG = 'chooseAccountDialog';
const CHOOSE_STEPS = 'chooseAccountSteps';
const WHICH_ACCOUNT_PROMPT = 'chooseAccountWhichPrompt';

/** The two accounts "Create an account" can mean, in the order they are offered (most people mean the first). */
export const ACCOUNT_KINDS = ['uscis', 'organization'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * The two accounts as choices, by their short names and the words that name them; shared with SignInTroubleDialog and
 * DeleteAccountDialog. The organisation's own account is also named by the organisation's name, which the question
 * shows ("An account with Sendero": "Sendero", "con Sendero"; `chooseAccount.organizationSynonyms` holds the
 * `{{orgName}}` forms). One list per name, so each question's options are the same list every turn.
 */
export function accountKindChoices(orgName: string): readonly LocalizedChoice[] {
    let choices = choicesByOrgName.get(orgName);
    if (!choices) {
        choices = Object.freeze(
            ACCOUNT_KINDS.map((value) => ({ value, titleKey: `chooseAccount.${value}`, synonymsKey: `chooseAccount.${value}Synonyms`, ...(value === 'organization' && { synonymParams: { orgName } }) })),
        );
        choicesByOrgName.set(orgName, choices);
    }
    return choices;
}

const choicesByOrgName = new Map<string, readonly LocalizedChoice[]>();

/**
 * For the questions with these choices: `chooseAccount.uscisWords` and `.organizationWords`, phrases that choose an
 * account anywhere in a sentence ("una cuenta de este asistente", "the government one"). Not "online account", said
 * of either, nor "esta", which is also "está".
 */
export const ACCOUNT_WORDS_INSIDE = 'chooseAccount';

/** What the menu passes on: an email typed with the request, and the account the request named ("a USCIS account"). */
export interface ChooseAccountOptions {
    prefill?: AccountPrefill;
    account?: AccountKind;
}

/** The flows behind each answer, passed in so a test can hand in others. */
export type AccountKindFlows = Record<AccountKind, Dialog>;

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/**
 * "Create an account", first asking which one. Most people mean their USCIS online account, which only USCIS can
 * create: that answer starts the step-by-step guide to the USCIS sign-up. The other is an account with the
 * organisation (to follow cases and get messages here). A deployment that issues the USCIS account number itself
 * (ACCOUNT_NUMBER_SCOPE=uscis) has only one meaning, and so does a conversation with a sign-up already under way.
 */
export class ChooseAccountDialog extends InterruptibleDialog {
    protected readonly helpKey = 'chooseAccount.help';

    constructor(
        services: ConversationServices,
        private readonly flows: AccountKindFlows,
    ) {
        super(CHOOSE_ACCOUNT_DIALOG, services);
        this.addDialog(new AccountChoicePrompt(WHICH_ACCOUNT_PROMPT, services.organization, emailGivenValidator, 'eitherAccount'))
            .addDialog(flows.uscis)
            .addDialog(flows.organization)
            .addDialog(new WaterfallDialog(CHOOSE_STEPS, [this.askWhichStep.bind(this), this.startChosenStep.bind(this), this.finishStep.bind(this)]));
        this.initialDialogId = CHOOSE_STEPS;
    }

    /** Asks which account, unless there is only one it can mean, or the request named one ("how do I make a USCIS account?"). */
    private async askWhichStep(step: WaterfallStepContext<ChooseAccountOptions>): Promise<DialogTurnResult> {
        const { organization, accounts } = this.services;
        const onlyOne = issuesUscisAccountNumbers(organization) || (await accounts.registration.findOpen(conversationKey(step.context))) !== undefined;
        const chosen: AccountKind | undefined = onlyOne ? 'organization' : step.options.account;
        if (chosen) return step.next({ value: chosen, index: ACCOUNT_KINDS.indexOf(chosen), score: 1 } satisfies FoundChoice);
        return step.prompt(WHICH_ACCOUNT_PROMPT, localizedChoiceOptions(whichAccountSpec(organization.name)));
    }

    /**
     * Starts the guide to the USCIS sign-up, or the sign-up with the organisation (with an email already given). An
     * email typed at the question is kept for the sign-up here, and the question asked again; one said to be wrong is
     * dropped (the sign-up will ask for it), and the question asked again.
     */
    private async startChosenStep(step: WaterfallStepContext<ChooseAccountOptions>): Promise<DialogTurnResult> {
        const kind = (step.result as FoundChoice).value as AccountKind | typeof EMAIL_GIVEN | typeof EMAIL_WRONG;
        if (kind === EMAIL_WRONG) {
            const { email: _dropped, ...rest } = step.options.prefill ?? {};
            await step.context.sendActivity(translator(step.context)('chooseAccount.emailDropped', { orgName: this.services.organization.name }));
            return step.replaceDialog(CHOOSE_STEPS, { ...step.options, prefill: rest } satisfies ChooseAccountOptions);
        }
        if (kind === EMAIL_GIVEN) {
            const email = emailInMessage(step.context, step.context.activity.text ?? '');
            await step.context.sendActivity(translator(step.context)('chooseAccount.emailKept', { orgName: this.services.organization.name }));
            return step.replaceDialog(CHOOSE_STEPS, { ...step.options, ...(email.ok && { prefill: { ...step.options.prefill, email: email.value } }) } satisfies ChooseAccountOptions);
        }
        const { prefill } = step.options;
        delete step.options.prefill;
        if (kind === 'organization' && prefill?.email) return step.beginDialog(this.flows.organization.id, { prefill } satisfies CreateAccountOptions);
        return step.beginDialog(this.flows[kind].id);
    }

    /** Ends the way the chosen flow ended. */
    private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.endDialog(isFlowOutcome(step.result) ? step.result : COMPLETED);
    }
}

/** What the question's answer is when it is an email address ("ana@example.com", "my email is ana@example.com"). */
const EMAIL_GIVEN = 'emailGiven';

/** What the question's answer is when it says an address was wrong ("I typed the wrong email"). */
const EMAIL_WRONG = 'emailWrong';

/**
 * "Which account?" "ana@example.com": the address the sign-up here will ask for, typed early. Not a mistyped choice
 * (before: "Please choose one of the two accounts"): kept, said so, and the question asked again. "I typed the wrong
 * email" (`prompts.emailChange.words`), after one: not a choice either (before: "Please choose one of the two accounts").
 */
async function emailGivenValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const { activity } = prompt.context;
    if (activity.type !== 'message') return false;
    const text = activity.text ?? '';
    const value = emailInMessage(prompt.context, text).ok ? EMAIL_GIVEN : saysEmailWasWrong(prompt.context, text) ? EMAIL_WRONG : undefined;
    if (value === undefined) return false;
    prompt.recognized.value = { value, index: -1, score: 1 };
    prompt.recognized.succeeded = true;
    return true;
}

function whichAccountSpec(orgName: string): LocalizedChoiceSpec {
    return {
        promptKey: 'chooseAccount.prompt',
        retryKey: 'chooseAccount.retry',
        params: { orgName },
        // Both accounts sign in with an email: someone without one learns where to get one before choosing.
        missing: { thing: 'email', answerKey: 'prompts.missing.email.chooseAccount' },
        choices: accountKindChoices(orgName),
        wordsInside: ACCOUNT_WORDS_INSIDE,
        leftWhenDeclined: true,
    };
}
