import type { AccountRepository } from '../../store/accountRepository';
import type { Notifier } from '../notifications/notifier';
import { maskEmail } from './accountLookupService';
import type { AccountMessages } from './accountMessages';
import type { SignInSessions } from './signInSessions';

/**
 * Deletes the account a conversation is signed in to, when its owner asks ("delete my account"). Only the signed-in
 * conversation can: NotSignedIn otherwise. The account's address is told afterwards, so a deletion its owner did not
 * ask for does not go unnoticed.
 */
export class AccountClosure {
    constructor(private readonly deps: { accounts: AccountRepository; sessions: SignInSessions; notifier: Notifier; messages: AccountMessages }) {}

    /**
     * Deletes the signed-in account and everything kept for it (AccountRepository.deleteWithEverything), which ends its
     * sign-ins everywhere. Returns the address, masked, that was told; undefined when the account was already gone.
     */
    async deleteSignedInAccount(conversationKey: string): Promise<{ emailedTo: string } | undefined> {
        const accountId = await this.deps.sessions.requireAccountId(conversationKey);
        const deleted = await this.deps.accounts.deleteWithEverything(accountId);
        if (!deleted) return undefined;
        const message = this.deps.messages.compose('accountDeleted', 'email', deleted.locale);
        await this.deps.notifier.send({
            channel: 'email',
            to: deleted.email,
            ...message,
            idempotencyKey: `account-deleted:${deleted.id}`,
            conversationKey,
            kind: 'notice',
        });
        return { emailedTo: maskEmail(deleted.email) };
    }
}
