import { createHash, randomBytes } from 'node:crypto';
import type { DirectLineRepository } from '../../store/directLineRepository';

/** A token handed to a client, in plain text; it exists only in the response, never in the store or the logs. */
export interface IssuedToken {
    token: string;
    conversationId: string;
    /** Seconds until the token stops working. */
    expiresIn: number;
}

/** What a valid token lets its bearer do: use one conversation. */
export interface VerifiedToken {
    conversationId: string;
    expiresIn: number;
}

const TOKEN_PREFIX = 'sdl1.';

/** SHA-256 of a token, hex: the only form in which a token is stored. */
export function hashToken(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token in an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    return match?.[1];
}

/**
 * Issues and checks conversation-scoped bearer tokens. A token is 32 random bytes; the store keeps its hash, the
 * conversation it opens and its expiry, so a leaked database does not leak usable tokens.
 */
export class DirectLineTokens {
    constructor(
        private readonly repository: DirectLineRepository,
        private readonly ttlSeconds: number,
    ) {}

    async issue(conversationId: string, now = new Date()): Promise<IssuedToken> {
        const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
        const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
        await this.repository.saveToken(hashToken(token), conversationId, expiresAt, now);
        return { token, conversationId, expiresIn: this.ttlSeconds };
    }

    /** The conversation a token opens, or undefined when the token is malformed, unknown or expired. */
    async verify(token: string | undefined, now = new Date()): Promise<VerifiedToken | undefined> {
        if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
        const grant = await this.repository.findToken(hashToken(token), now);
        if (!grant) return undefined;
        return {
            conversationId: grant.conversationId,
            expiresIn: Math.max(0, Math.floor((grant.expiresAt.getTime() - now.getTime()) / 1000)),
        };
    }
}
