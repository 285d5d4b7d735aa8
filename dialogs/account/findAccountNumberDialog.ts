import type { TurnContext } from 'botbuilder';
import {
    WaterfallDialog,
    type Dialog,
    type DialogContext,
    type DialogTurnResult,
    type FoundChoice,
    type PromptValidatorContext,
    type WaterfallStepContext,
} from '../../conversation/dialogKit';
import { NotSignedIn } from '../../services/accounts/accountErrors';
import { parseAccountNumber, typedAscii } from '../../services/validators';
import { conversationKey } from '../../conversation/conversationKey';
import type { ConversationServices } from '../conversationServices';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { scopedKey, type OrganizationProfile } from '../organization';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { LocalizedTextPrompt, localizedTextOptions } from '../prompts/localizedTextPrompt';
import { refuseWith } from '../prompts/promptRefusal';
import { ACCESS_NOTICE_MISSING, ACCOUNT_FOR_NUMBER_MISSING } from '../prompts/missingMeans';
import { groupForReading } from './readableGroups';
import { translator } from '../../conversation/turnLanguage';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { sendAccountError } from './accountPrompts';
import type { SignInDialogOptions, SignInOutcome } from './signInDialog';
import type { AccountPrefill } from './accountPrefill';

export const FIND_ACCOUNT_NUMBER_DIALOG = 'findAccountNumberDialog';
const GUIDE_STEPS = 'findAccountNumberGuideSteps';
const LOOKUP_STEPS = 'findAccountNumberLookupSteps';
const TOPIC_PROMPT = 'findAccountNumberTopicPrompt';
const NUMBER_PROMPT = 'findAccountNumberNumberPrompt';

/** What the guide offers, in this order; "done" only after a first answer. */
const TOPICS = ['whereToFind', 'whatItIsNot', 'checkNumber', 'lookUp'] as const;
type Topic = (typeof TOPICS)[number] | 'done';
/** The value the topic prompt returns when the user typed a number instead of choosing. */
const TYPED_NUMBER = 'typedNumber';
/** A message with this many digits is a number to check, not an option number. */
const MIN_DIGITS_OF_A_NUMBER = 7;

export interface GuideOptions {
    /** True after a first answer: the question becomes "anything else about the number?" and can be ended. */
    again?: boolean;
    /** The topic the message that chose the flow already asked ("where do I find my account number?"): answered at once. */
    topic?: 'whereToFind';
    /** A number typed with the request is checked at once; an email means the look-up, signing in with it. */
    prefill?: AccountPrefill;
}

interface LookupOptions {
    email?: string;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/**
 * "Find my account number": where the 12-digit online account number is printed and what it is not (an A-Number,
 * a receipt number), a check of a number the user has, and, after sign-in, the number itself (also emailed).
 */
export class FindAccountNumberDialog extends InterruptibleDialog {
    protected readonly helpKey = 'findAccountNumber.help';

    /** The help names the organisation's account number unless this deployment issues USCIS account numbers. */
    protected override async helpText(innerDc: DialogContext): Promise<string> {
        const { organization } = this.services;
        return translator(innerDc.context)(scopedKey(organization, this.helpKey), { orgName: organization.name });
    }

    /** `signIn` is the conversation's one sign-in (SignInDialog), required before the look-up. */
    constructor(
        services: ConversationServices,
        private readonly children: { signIn: Dialog<SignInDialogOptions> },
    ) {
        super(FIND_ACCOUNT_NUMBER_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(TOPIC_PROMPT, topicValidator))
            .addDialog(new LocalizedTextPrompt(NUMBER_PROMPT, numberValidator))
            .addDialog(children.signIn)
            .addDialog(
                new WaterfallDialog<GuideOptions>(GUIDE_STEPS, [
                    this.askTopicStep.bind(this),
                    this.answerTopicStep.bind(this),
                    this.checkNumberStep.bind(this),
                    this.askAgainStep.bind(this),
                ]),
            )
            .addDialog(new WaterfallDialog<LookupOptions>(LOOKUP_STEPS, [this.signInStep.bind(this), this.showNumberStep.bind(this)]));
        this.initialDialogId = GUIDE_STEPS;
    }

    /** Asks what the user wants to know; typing a number here checks it. */
    private async askTopicStep(step: WaterfallStepContext<GuideOptions>): Promise<DialogTurnResult> {
        const { prefill } = step.options;
        delete step.options.prefill;
        if (prefill?.accountNumber) return step.next(prefill.accountNumber);
        if (prefill?.email) return step.beginDialog(LOOKUP_STEPS, { email: prefill.email } satisfies LookupOptions);
        const { topic } = step.options;
        delete step.options.topic;
        if (topic) return step.next({ value: topic, index: TOPICS.indexOf(topic), score: 1 } satisfies FoundChoice);
        return step.prompt(TOPIC_PROMPT, localizedChoiceOptions(guideSpec(step.options.again === true, this.services.organization)));
    }

    /** Answers the chosen topic, or starts the number check or the look-up. */
    private async answerTopicStep(step: WaterfallStepContext<GuideOptions>): Promise<DialogTurnResult> {
        // A number from the first message goes straight to the check; a finished look-up straight on to its outcome.
        if (typeof step.result === 'string' || isFlowOutcome(step.result)) return step.next(step.result);
        const topic = (step.result as FoundChoice).value as Topic | typeof TYPED_NUMBER;
        const t = translator(step.context);
        switch (topic) {
            case 'whereToFind':
            case 'whatItIsNot':
                await step.context.sendActivity(t(`findAccountNumber.${topic}`));
                return step.next();
            case TYPED_NUMBER:
                return step.next(step.context.activity.text ?? '');
            case 'checkNumber':
                return step.prompt(NUMBER_PROMPT, localizedTextOptions({ promptKey: 'findAccountNumber.check.ask' }));
            case 'lookUp':
                return step.beginDialog(LOOKUP_STEPS);
            case 'done':
                return step.endDialog(COMPLETED);
        }
    }

    /** Says what a number the user has looks like; after the look-up, ends the flow with its outcome. */
    private async checkNumberStep(step: WaterfallStepContext<GuideOptions>): Promise<DialogTurnResult> {
        if (isFlowOutcome(step.result)) return step.endDialog(step.result);
        if (typeof step.result === 'string') {
            const { key, params } = numberVerdict(step.result, this.services.organization);
            await step.context.sendActivity(translator(step.context)(key, params));
        }
        return step.next();
    }

    /** Offers the guide again, with a way to finish. */
    private async askAgainStep(step: WaterfallStepContext<GuideOptions>): Promise<DialogTurnResult> {
        return step.replaceDialog(GUIDE_STEPS, { again: true } satisfies GuideOptions);
    }

    /** Makes sure it is the account's owner before showing the number. */
    private async signInStep(step: WaterfallStepContext<LookupOptions>): Promise<DialogTurnResult> {
        const { email } = step.options;
        delete step.options.email;
        return step.beginDialog(this.children.signIn.id, { introKey: 'findAccountNumber.lookup.signInIntro', email } satisfies SignInDialogOptions);
    }

    /** Shows the signed-in account's number, grouped for reading, and says where a copy was emailed. */
    private async showNumberStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const signIn = step.result as SignInOutcome;
        if (signIn.outcome !== 'completed') return step.endDialog(signIn);
        let found: { accountNumber: string; emailedTo: string };
        try {
            found = await this.services.accounts.accountLookup.accountNumber(conversationKey(step.context), step.context.activity.id);
        } catch (error) {
            if (!(error instanceof NotSignedIn)) throw error;
            // The session ended between sign-in and look-up: say so and sign in again.
            await sendAccountError(step.context, error);
            return step.replaceDialog(LOOKUP_STEPS);
        }
        const t = translator(step.context);
        const { organization } = this.services;
        // The number shown is the organisation's own, unless this deployment issues the one USCIS forms ask for.
        await step.context.sendActivity(
            t(scopedKey(organization, 'findAccountNumber.lookup.result'), {
                accountNumber: groupForReading(found.accountNumber),
                emailedTo: found.emailedTo,
                orgName: organization.name,
            }),
        );
        return step.endDialog(COMPLETED);
    }
}

/**
 * Whether a sentence asks where the account number is ("where do I find my online account number?", "no encuentro mi
 * número de cuenta"), in the locale's `findAccountNumber.whereToFindWords`: the flow then answers that at once.
 */
export function asksWhereAccountNumberIs(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'findAccountNumber.whereToFindWords', plainWords(text));
}

function guideSpec(again: boolean, organization: OrganizationProfile): LocalizedChoiceSpec {
    const topics: Topic[] = again ? [...TOPICS, 'done'] : [...TOPICS];
    // "Look up my number" finds the number this deployment issued: named by scope, like every text about it.
    const titleKey = (value: Topic) => (value === 'lookUp' ? scopedKey(organization, 'findAccountNumber.topics.lookUp') : `findAccountNumber.topics.${value}`);
    return {
        promptKey: again ? 'findAccountNumber.askAgain' : 'findAccountNumber.ask',
        retryKey: 'findAccountNumber.retry',
        // "What is an account number?" and "I don't have that notice" are answered at the question, which then stands.
        stepHelp: ['accountNumber'],
        // Any other question here ("what's the difference?", "I filed on paper, do I even have one?"): what the number
        // is and is not, and where to look, rather than "Sorry, I didn't understand".
        questionKey: 'prompts.stepHelp.accountNumber.answer',
        missing: [ACCESS_NOTICE_MISSING, ACCOUNT_FOR_NUMBER_MISSING],
        // "Where can I find it?", "I have a number, is it my account number?", "show me my number": the options' words in
        // a sentence (`findAccountNumber.<topic>Words`), before the step's help, which would only say what the number is.
        wordsInside: 'findAccountNumber',
        wordsBeforeStepHelp: true,
        choices: topics.map((value) => ({ value, titleKey: titleKey(value), synonymsKey: `findAccountNumber.topics.${value}Synonyms` })),
    };
}

/** A typed number (seven digits or more) is taken as a number to check rather than an unrecognised option. */
async function topicValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    const digits = typedAscii(prompt.context.activity.text ?? '').match(/\d/g)?.length ?? 0;
    if (digits >= MIN_DIGITS_OF_A_NUMBER) {
        prompt.recognized.value = { value: TYPED_NUMBER, index: -1, score: 1 };
        return true;
    }
    return prompt.recognized.succeeded;
}

/** Anything with a letter or digit can be checked. */
async function numberValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const parsed = parseAccountNumber(prompt.recognized.value ?? '');
    return parsed.ok || parsed.reason !== 'empty' || refuseWith(prompt, 'findAccountNumber.check.ask');
}

/** Which explanation fits a typed number: an account number, an A-Number, a receipt number, or none of them. */
function numberVerdict(text: string, organization: OrganizationProfile): { key: string; params?: Record<string, string> } {
    const parsed = parseAccountNumber(text);
    // Sendero's own account numbers are 12 digits too: outside the uscis scope the answer says this is not one of them.
    if (parsed.ok) return { key: scopedKey(organization, 'findAccountNumber.check.looksRight'), params: { accountNumber: groupForReading(parsed.value), orgName: organization.name } };
    switch (parsed.reason) {
        case 'looksLikeANumber':
            return { key: 'findAccountNumber.check.aNumber' };
        case 'looksLikeReceiptNumber':
            return { key: 'findAccountNumber.check.receiptNumber' };
        case 'empty':
        case 'notTwelveDigits':
            return { key: 'findAccountNumber.check.notAccountNumber' };
    }
}
