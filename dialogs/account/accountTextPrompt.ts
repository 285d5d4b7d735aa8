import type { TurnContext } from 'botbuilder';
import type { PromptOptions, PromptValidator } from '../../conversation/dialogKit';
import type { OrganizationProfile } from '../organization';
import { LocalizedTextPrompt } from '../prompts/localizedTextPrompt';
import { countingFailures, offerHelpDesk, takeHelpDeskOffer, type StuckAbout } from './promptRetries';

/**
 * A LocalizedTextPrompt for the account flows: its validator's refusals are counted, and after every third failed try
 * the retry also offers the help desk. Validators explain a refusal with `refuseWith`, or keep the question
 * open with `notice` (not a failure).
 */
export class AccountTextPrompt extends LocalizedTextPrompt {
    constructor(
        dialogId: string,
        private readonly organization: OrganizationProfile,
        validator?: PromptValidator<string>,
        /** Whom the help-desk offer names (see StuckAbout): most account questions are about this assistant's own account. */
        private readonly stuckAbout: StuckAbout = 'ownAccount',
    ) {
        super(dialogId, countingFailures(validator));
    }

    protected override async onPrompt(context: TurnContext, state: Record<string, unknown>, options: PromptOptions, isRetry: boolean): Promise<void> {
        const offer = isRetry && takeHelpDeskOffer(state);
        await super.onPrompt(context, state, options, isRetry);
        if (offer) await offerHelpDesk(context, this.organization, this.stuckAbout);
    }
}
