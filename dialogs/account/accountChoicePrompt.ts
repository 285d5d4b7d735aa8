import type { TurnContext } from 'botbuilder';
import type { FoundChoice, PromptOptions, PromptValidator } from 'botbuilder-dialogs';
import type { OrganizationProfile } from '../organization';
import { LocalizedChoicePrompt, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { countingFailures, offerHelpDesk, takeHelpDeskOffer, takeRefusal } from './promptRetries';

/**
 * A LocalizedChoicePrompt for the account flows: an answer that is no option (or that the validator refuses with
 * `refuse`, which names the reason) counts as a failed try, and every third one also offers the help desk.
 */
export class AccountChoicePrompt extends LocalizedChoicePrompt {
    constructor(
        dialogId: string,
        private readonly organization: OrganizationProfile,
        validator?: PromptValidator<FoundChoice>,
    ) {
        super(dialogId, countingFailures(validator));
    }

    protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
        const refusal = takeRefusal(state);
        const offer = isRetry && takeHelpDeskOffer(state);
        const spec = options.validations as LocalizedChoiceSpec;
        // The refusal's key replaces the retry text for this one retry; the stored options stay as they were.
        const shown: PromptOptions = refusal
            ? { ...options, validations: { ...spec, retryKey: refusal.key, params: { ...spec.params, ...refusal.params } } satisfies LocalizedChoiceSpec }
            : options;
        await super.onPrompt(context, state, shown, isRetry);
        if (offer) await offerHelpDesk(context, this.organization);
    }
}
