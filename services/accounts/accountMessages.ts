import type { I18n } from '../../locales/index';
import type { NotificationChannel } from '../notifications/notifier';

/** The subject (email only) and plain-text body of one notification. */
export interface ComposedMessage {
    subject?: string;
    body: string;
}

/** Every notification the account services send; each has texts under `notifications.<kind>` in every locale. */
export type AccountMessageKind =
    | 'emailConfirmation'
    | 'alreadyRegistered'
    | 'twoStepSetup'
    | 'signInCode'
    | 'passwordResetCode'
    | 'accountCreated'
    | 'accountNumber'
    | 'passwordChanged';

/**
 * Renders account notifications from the `notifications` locale keys: `subject` and `body` for email, `sms` for a
 * text message (kept short for one SMS segment).
 */
export class AccountMessages {
    constructor(
        private readonly i18n: I18n,
        private readonly orgName: string,
    ) {}

    compose(kind: AccountMessageKind, channel: NotificationChannel, locale: string, values: Record<string, string | number> = {}): ComposedMessage {
        const t = this.i18n.getFixedT(locale);
        const options = { ...values, orgName: this.orgName };
        if (channel === 'sms') return { body: t(`notifications.${kind}.sms`, options) };
        return { subject: t(`notifications.${kind}.subject`, options), body: t(`notifications.${kind}.body`, options) };
    }
}
