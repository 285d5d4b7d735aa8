import { Dialog, type DialogContext, type DialogTurnResult } from '../conversation/dialogKit';
import { contactDetailsText } from './contactDetails';
import type { FlowOutcome } from './flowOutcome';
import type { FlowOption } from './menuOptions';
import type { OrganizationProfile } from './organization';
import { translator } from '../conversation/turnLanguage';

/**
 * Stands in for a flow whose issue has not landed: it says plainly that the assistant cannot do this yet and where a
 * reliable answer is, instead of guessing.
 */
export class ComingSoonDialog extends Dialog {
    constructor(readonly flow: FlowOption, private readonly organization: OrganizationProfile) {
        super(`comingSoon.${flow}`);
    }

    override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
        const t = translator(dc.context);
        await dc.context.sendActivity(`${t('comingSoon.notYet', { flow: t(`flows.${this.flow}`) })}\n\n${t('comingSoon.uscisWebsite')}`);
        await dc.context.sendActivity(contactDetailsText(dc.context, this.organization));
        return dc.endDialog({ outcome: 'completed' } satisfies FlowOutcome);
    }
}
