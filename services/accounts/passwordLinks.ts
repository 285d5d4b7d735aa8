import crypto from 'node:crypto';
import type { PasswordLinkRecord, PasswordLinkRepository } from '../../store/passwordLinkRepository';
import { LinkExpired, LinkNotFound, PasswordRejected } from './accountErrors';
import { addMinutes, type Clock } from './clock';
import type { PasswordRule } from '../validators';

export const PASSWORD_LINK_MINUTES = 15;

/** What the link sets a password for: a registration in progress or a password reset. */
export type PasswordLinkPurpose = 'registration' | 'reset';

/** Emitted once a password was set through a link, so the bot can continue that conversation's dialog. */
export interface PasswordSetEvent {
    conversationKey: string;
    purpose: PasswordLinkPurpose;
    targetId: string;
}

export type PasswordLinkOutcome = { status: 'set' } | { status: 'rejected'; failures: PasswordRule[] } | { status: 'mismatch' };

/**
 * Where a link's password goes. Each setter checks the policy (throwing PasswordRejected) and stores only a hash:
 * RegistrationService.setPasswordFromLink and PasswordResetService.setNewPassword.
 */
export type PasswordSetters = Record<PasswordLinkPurpose, (targetId: string, password: string) => Promise<void>>;

interface Dependencies {
    links: PasswordLinkRepository;
    /** PUBLIC_BASE_URL, without a trailing slash. */
    publicBaseUrl: string;
    setters: PasswordSetters;
    now: Clock;
    /** Told when an onPasswordSet listener fails; the password is set either way. */
    onListenerError?: (error: unknown) => void;
}

type PasswordSetListener = (event: PasswordSetEvent) => void | Promise<void>;

/**
 * Single-use links to a small web page with a masked password field, for channels that cannot mask what is typed
 * (SMS, most messengers). A link lives 15 minutes; only the SHA-256 of its token is stored (the token is 256 random
 * bits, so a slow hash adds nothing).
 */
export class PasswordLinks {
    private readonly listeners = new Set<PasswordSetListener>();

    constructor(private readonly deps: Dependencies) {}

    /**
     * A new link for the registration or reset `targetId`, started in `conversationKey`. With `language`, the link
     * carries it (?lang=es) so the page opens in the conversation's language rather than the browser's.
     */
    async createLink(purpose: PasswordLinkPurpose, targetId: string, conversationKey: string, language?: string): Promise<{ url: string; expiresAt: Date }> {
        const token = crypto.randomBytes(32).toString('base64url');
        const expiresAt = addMinutes(this.deps.now(), PASSWORD_LINK_MINUTES);
        // Only the newest link works: an older one, still in a message somewhere, must not set a password later.
        await this.deps.links.replaceOpenLinks({ tokenHash: hashToken(token), purpose, targetId, conversationKey, expiresAt, createdAt: this.deps.now() });
        const query = language ? `?lang=${encodeURIComponent(language)}` : '';
        return { url: `${this.deps.publicBaseUrl}/account/password/${token}${query}`, expiresAt };
    }

    /** Checks that a link can still be used: LinkNotFound for an unknown token, LinkExpired when used or expired. */
    async check(token: string): Promise<{ purpose: PasswordLinkPurpose }> {
        const link = await this.find(token);
        return { purpose: link.purpose as PasswordLinkPurpose };
    }

    /**
     * Sets the password through a link. A password breaking the policy, or not matching its confirmation, leaves the
     * link usable so the user can try again; success uses the link up and emits onPasswordSet.
     */
    async setPassword(token: string, password: string, confirmation: string): Promise<PasswordLinkOutcome> {
        const link = await this.find(token);
        if (password !== confirmation) return { status: 'mismatch' };
        // Claim first, so two submits racing cannot both set a password.
        if (!(await this.deps.links.claim(link.tokenHash, this.deps.now()))) throw new LinkExpired('used');
        const purpose = link.purpose as PasswordLinkPurpose;
        try {
            await this.deps.setters[purpose](link.targetId, password);
        } catch (error) {
            await this.deps.links.release(link.tokenHash);
            if (error instanceof PasswordRejected) return { status: 'rejected', failures: error.failures };
            throw error;
        }
        await this.deps.links.revokeOpenLinks(purpose, link.targetId, this.deps.now());
        this.emit({ conversationKey: link.conversationKey, purpose, targetId: link.targetId });
        return { status: 'set' };
    }

    /** Uses up every open link for a registration or reset (its password was set another way, or the flow moved on). */
    async revokeAll(purpose: PasswordLinkPurpose, targetId: string): Promise<void> {
        await this.deps.links.revokeOpenLinks(purpose, targetId, this.deps.now());
    }

    /** Calls `listener` after each password set through a link. Returns a function that removes it. */
    onPasswordSet(listener: PasswordSetListener): () => void {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    private emit(event: PasswordSetEvent): void {
        for (const listener of this.listeners) {
            // A failing listener must not turn a saved password into an error page.
            Promise.resolve()
                .then(() => listener(event))
                .catch((error: unknown) => (this.deps.onListenerError ?? reportUnhandled)(error));
        }
    }

    private async find(token: string): Promise<PasswordLinkRecord> {
        const link = await this.deps.links.findByTokenHash(hashToken(token));
        if (!link) throw new LinkNotFound();
        if (link.usedAt) throw new LinkExpired('used');
        if (this.deps.now() >= link.expiresAt) throw new LinkExpired('expired');
        return link;
    }
}

function hashToken(token: string): string {
    return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

function reportUnhandled(error: unknown): void {
    // No logger was given: surface it the way Node surfaces any unhandled failure.
    process.emitWarning(error instanceof Error ? error : new Error(String(error)), 'PasswordSetListenerError');
}
