import crypto from 'node:crypto';
import type { AccountRepository } from '../../store/accountRepository';
import type { Notifier } from '../notifications/notifier';
import type { AccountMessages } from './accountMessages';
import type { SignInSessions } from './signInSessions';

/** Answers a signed-in conversation's questions about its own account. */
export class AccountLookupService {
    constructor(private readonly deps: { accounts: AccountRepository; sessions: SignInSessions; notifier: Notifier; messages: AccountMessages }) {}

    /**
     * The signed-in account's 12-digit online account number, also emailed to the account's address so the user has
     * it in writing. NotSignedIn when the conversation is not (or no longer) signed in.
     * `requestId` makes the email idempotent: pass the same value when a turn is retried (e.g. the activity id).
     */
    async accountNumber(conversationKey: string, requestId: string = crypto.randomUUID()): Promise<{ accountNumber: string; emailedTo: string }> {
        const accountId = await this.deps.sessions.requireAccountId(conversationKey);
        const account = await this.deps.accounts.getById(accountId);
        const message = this.deps.messages.compose('accountNumber', 'email', account.locale, { accountNumber: account.accountNumber });
        await this.deps.notifier.send({
            channel: 'email',
            to: account.email,
            ...message,
            idempotencyKey: `account-number:${account.id}:${requestId}`,
            conversationKey,
            kind: 'notice',
        });
        return { accountNumber: account.accountNumber, emailedTo: maskEmail(account.email) };
    }
}

/** "ana.lopez@example.com" → "a•••@example.com": enough for the user to recognise, little for anyone reading along. */
export function maskEmail(email: string): string {
    const at = email.lastIndexOf('@');
    if (at <= 0) return '•••';
    return `${email[0]}•••${email.slice(at)}`;
}
