import { textsFor, type I18n } from '../../locales/index';
import type { NotificationChannel } from '../notifications/notifier';

/**
 * Whose forms the 12-digit number Sendero issues belongs to. `organization` (the default): it is the organisation's
 * own account number, never to be written in a USCIS form field. `uscis`: this deployment issues the account number
 * that USCIS forms ask for (ACCOUNT_NUMBER_SCOPE=uscis).
 */
export const ACCOUNT_NUMBER_SCOPES = ['organization', 'uscis'] as const;
export type AccountNumberScope = (typeof ACCOUNT_NUMBER_SCOPES)[number];

/**
 * The locale key for a text that names the account number: `<key>_uscis` when this deployment issues USCIS account
 * numbers, else `<key>` (which calls it "your <organisation> account number"). The one place that choice is made.
 */
export function accountScopedKey(key: string, scope: AccountNumberScope = 'organization'): string {
    return scope === 'uscis' ? `${key}_uscis` : key;
}

/** Notifications whose text names the account number, and so depends on the scope. */
const SCOPED_KINDS: ReadonlySet<AccountMessageKind> = new Set(['accountCreated', 'accountNumber']);

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
    | 'passwordChanged'
    | 'accountDeleted';

/**
 * Renders account notifications from the `notifications` locale keys: `subject` and `body` for email, `sms` for a
 * text message (kept short for one SMS segment).
 */
export class AccountMessages {
    constructor(
        private readonly i18n: I18n,
        private readonly orgName: string,
        private readonly scope: AccountNumberScope = 'organization',
    ) {}

    compose(kind: AccountMessageKind, channel: NotificationChannel, locale: string, values: Record<string, string | number> = {}): ComposedMessage {
        const t = textsFor(this.i18n, locale);
        const options = { ...values, orgName: this.orgName };
        const key = (part: string) => {
            const base = `notifications.${kind}.${part}`;
            return SCOPED_KINDS.has(kind) ? accountScopedKey(base, this.scope) : base;
        };
        if (channel === 'sms') return { body: t(key('sms'), options) };
        return { subject: t(key('subject'), options), body: t(key('body'), options) };
    }
}
