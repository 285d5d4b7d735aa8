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
    /** The token's hash and the facts a refresh needs: when it was issued and when its chain began. */
    tokenHash: string;
    createdAt: Date;
    chainStartedAt: Date;
}

export interface DirectLineTokenPolicy {
    /** Lifetime of one token. */
    ttlSeconds: number;
    /** No token of a refresh chain expires later than this after the chain's first token was issued. */
    maxLifetimeSeconds: number;
}

/**
 * How long a refreshed token keeps working: requests the page sent just before it swapped tokens (a poll, a message)
 * still arrive with the old one, and a 403 there would end the chat. Long enough for those, short enough to be useless
 * to anyone who copied the old token.
 */
export const RETIRED_TOKEN_GRACE_SECONDS = 30;

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
 * conversation it opens and its expiry, so a leaked database does not leak usable tokens. A refresh replaces a token
 * (the old one is retired) and never extends its chain past the maximum lifetime.
 */
export class DirectLineTokens {
    private readonly policy: DirectLineTokenPolicy;

    constructor(
        private readonly repository: DirectLineRepository,
        policy: number | DirectLineTokenPolicy,
    ) {
        this.policy = typeof policy === 'number' ? { ttlSeconds: policy, maxLifetimeSeconds: Math.max(policy, 24 * 60 * 60) } : policy;
    }

    /** The first token of a new chain. */
    async issue(conversationId: string, now = new Date()): Promise<IssuedToken> {
        const token = newToken();
        const expiresAt = this.expiryFor(now, now);
        await this.repository.saveToken(hashToken(token), conversationId, expiresAt, now, now);
        return { token, conversationId, expiresIn: secondsBetween(now, expiresAt) };
    }

    /**
     * A token that replaces `current`: same conversation, same chain start, and `current` stops working after a short
     * grace. Undefined when the chain has reached its maximum lifetime or `current` was already refreshed.
     */
    async refresh(current: VerifiedToken, now = new Date()): Promise<IssuedToken | undefined> {
        const expiresAt = this.expiryFor(current.chainStartedAt, now);
        if (expiresAt.getTime() <= now.getTime()) return undefined;
        const token = newToken();
        const rotated = await this.repository.rotateToken(
            {
                oldTokenHash: current.tokenHash,
                oldCreatedAt: current.createdAt,
                newTokenHash: hashToken(token),
                conversationId: current.conversationId,
                expiresAt,
                chainStartedAt: current.chainStartedAt,
                retireAt: new Date(now.getTime() + RETIRED_TOKEN_GRACE_SECONDS * 1000),
            },
            now,
        );
        return rotated ? { token, conversationId: current.conversationId, expiresIn: secondsBetween(now, expiresAt) } : undefined;
    }

    /** The conversation a token opens, or undefined when the token is malformed, unknown or expired. */
    async verify(token: string | undefined, now = new Date()): Promise<VerifiedToken | undefined> {
        if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
        const tokenHash = hashToken(token);
        const grant = await this.repository.findToken(tokenHash, now);
        if (!grant) return undefined;
        return {
            conversationId: grant.conversationId,
            expiresIn: secondsBetween(now, grant.expiresAt),
            tokenHash,
            createdAt: grant.createdAt,
            chainStartedAt: grant.chainStartedAt,
        };
    }

    /** A new token's expiry: one TTL from now, but never past the chain's end. */
    private expiryFor(chainStartedAt: Date, now: Date): Date {
        const chainEnds = chainStartedAt.getTime() + this.policy.maxLifetimeSeconds * 1000;
        return new Date(Math.min(now.getTime() + this.policy.ttlSeconds * 1000, chainEnds));
    }
}

function newToken(): string {
    return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

function secondsBetween(from: Date, to: Date): number {
    return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
}
