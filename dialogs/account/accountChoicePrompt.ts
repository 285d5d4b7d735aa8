import type { TurnContext } from 'botbuilder';
import type { FoundChoice, PromptOptions, PromptValidator } from '../../conversation/dialogKit';
import type { OrganizationProfile } from '../organization';
import { LocalizedChoicePrompt } from '../prompts/localizedChoicePrompt';
import { countingFailures, offerHelpDesk, takeHelpDeskOffer, type StuckAbout } from './promptRetries';

/**
 * A LocalizedChoicePrompt for the account flows: an answer that is no option (or that the validator refuses with
 * `refuseWith`, which names the reason) counts as a failed try, and every third one also offers the help desk.
 */
export class AccountChoicePrompt extends LocalizedChoicePrompt {
    constructor(
        dialogId: string,
        private readonly organization: OrganizationProfile,
        validator?: PromptValidator<FoundChoice>,
        /** Whom the help-desk offer names (see StuckAbout): most account questions are about this assistant's own account. */
        private readonly stuckAbout: StuckAbout = 'ownAccount',
    ) {
        super(dialogId, countingFailures(validator));
    }

    protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
        const offer = isRetry && takeHelpDeskOffer(state);
        await super.onPrompt(context, state, options, isRetry);
        if (offer) await offerHelpDesk(context, this.organization, this.stuckAbout);
    }
}
