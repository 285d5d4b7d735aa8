import { adaptiveCard } from '../adaptiveCard';
import type { Attachment, TurnContext } from 'botbuilder';
import type { AuthenticatorEnrolment } from '../../services/accounts/totp';
import { channelTraits } from '../../conversation/channelTraits';
import { showOnce } from '../../conversation/sensitiveInput';
import { translator } from '../../conversation/turnLanguage';
import { groupForReading } from './readableGroups';

/** Whether the channel renders an Adaptive Card image from a data: URL (every Adaptive Card channel we serve does). */
export function showsQrCode(context: TurnContext): boolean {
    return channelTraits(context).adaptiveCards !== false;
}

/**
 * Shows how to add the account to an authenticator app: the QR code as an image where the channel can show one, and
 * the setup key as text everywhere (grouped by four for typing). Both are show-once messages (replaced in the stored
 * history after delivery); the secret goes into these activities only, never into dialog state or a log line.
 */
export async function sendAuthenticatorSetup(context: TurnContext, enrolment: AuthenticatorEnrolment, orgName: string): Promise<void> {
    const t = translator(context);
    if (showsQrCode(context)) {
        await context.sendActivity(showOnce({ type: 'message', text: t('createAccount.twoStep.appIntro'), attachments: [qrCodeCard(context, enrolment, orgName)] }));
    } else {
        await context.sendActivity(t('createAccount.twoStep.appIntro'));
    }
    await context.sendActivity(showOnce({ type: 'message', text: t('createAccount.twoStep.appKey', { key: groupForReading(enrolment.manualEntryKey) }) }));
}

/** An Adaptive Card 1.5 with the QR code image; fallbackText for clients that cannot render it. */
export function qrCodeCard(context: TurnContext, enrolment: AuthenticatorEnrolment, orgName: string): Attachment {
    const t = translator(context);
    return adaptiveCard({
        version: '1.5',
        fallbackText: t('createAccount.twoStep.qrFallback'),
        body: [
            { type: 'TextBlock', text: t('createAccount.twoStep.qrTitle'), weight: 'Bolder', wrap: true },
            { type: 'Image', url: enrolment.qrCodeDataUrl, altText: t('createAccount.twoStep.qrAlt', { orgName }), size: 'Large', horizontalAlignment: 'Center' },
        ],
    });
}
