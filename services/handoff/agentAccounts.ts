import crypto from 'node:crypto';
import { authenticator } from 'otplib';
import type { AgentRecord, AgentRepository, AgentSessionRepository } from '../../store/agentRepository';
import type { SignInLockRepository } from '../../store/signInRepository';
import { CodeInvalid, SignInLocked } from '../accounts/accountErrors';
import { AttemptLocks } from '../accounts/attemptLocks';
import type { Clock } from '../accounts/clock';
import type { PasswordHasher } from '../accounts/passwordHasher';
import type { SecretBox } from '../accounts/secretBox';
import { TOTP_STEP_SECONDS, TOTP_WINDOW_STEPS } from '../accounts/totp';
import type { RateLimiter } from '../limits/rateLimiter';
import { AgentSignInLocked, AgentSignInRefused } from './handoffErrors';

/** A console left alone this long signs out; no session lasts longer than a working day. */
export const AGENT_IDLE_MINUTES = 30;
export const AGENT_SESSION_HOURS = 12;
export const AGENT_PASSWORD_MIN_LENGTH = 12;
/** Sign-in tries from one client address per 15 minutes, whatever the usernames. */
const TRIES_PER_ADDRESS = { max: 20, windowSeconds: 15 * 60 };

export interface AgentIdentity {
    id: string;
    username: string;
    displayName: string;
}

export interface AgentSession {
    agent: AgentIdentity;
    /** The cookie value; only its hash is stored. */
    token: string;
    /** Sent back in X-CSRF-Token on every state change; only its hash is stored. */
    csrfToken: string;
}

export interface AgentAccountsDeps {
    agents: AgentRepository;
    sessions: AgentSessionRepository;
    signInLocks: SignInLockRepository;
    limiter: RateLimiter;
    hasher: PasswordHasher;
    secretBox: SecretBox;
    issuer: string;
    now: Clock;
}

/**
 * Help-desk agents: created from the command line (`npm run agent:add`), signing in to the console with a password
 * and an authenticator code. Wrong tries are limited per client address and locked per username after five, as user
 * sign-in is (AttemptLocks); a session is a random cookie token plus a CSRF token, both stored only as hashes.
 */
export class AgentAccounts {
    private readonly locks: AttemptLocks;

    constructor(private readonly deps: AgentAccountsDeps) {
        this.locks = new AttemptLocks({ signInLocks: deps.signInLocks, now: deps.now });
    }

    /** Creates (or, with `replace`, resets) an agent and returns what their authenticator app needs, to show once. */
    async create(input: { username: string; displayName: string; password: string; replace?: boolean }): Promise<{ otpauthUri: string; manualEntryKey: string }> {
        const username = normalizeUsername(input.username);
        if (!/^[a-z0-9._@-]{3,64}$/.test(username)) throw new RangeError('a username is 3 to 64 letters, digits, dots, dashes, underscores or @');
        if (input.password.length < AGENT_PASSWORD_MIN_LENGTH) throw new RangeError(`the password must have at least ${AGENT_PASSWORD_MIN_LENGTH} characters`);
        const secret = authenticator.generateSecret(20);
        const passwordHash = await this.deps.hasher.hash(input.password);
        const existing = await this.deps.agents.findByUsername(username);
        if (existing) {
            if (!input.replace) throw new RangeError(`the agent "${username}" exists already`);
            await this.deps.agents.updateSecrets(existing.id, passwordHash, this.deps.secretBox.seal(secret, sealContext(existing.id)));
        } else {
            const id = crypto.randomUUID();
            await this.deps.agents.create({ id, username, displayName: input.displayName.trim() || username, passwordHash, sealedTotp: this.deps.secretBox.seal(secret, sealContext(id)) });
        }
        return { otpauthUri: authenticator.keyuri(username, this.deps.issuer, secret), manualEntryKey: secret };
    }

    private decoy: Promise<string> | undefined;
    /** A hash made by this hasher, at its cost, so checking an unknown username takes as long as a known one. */
    private decoyHash(): Promise<string> {
        this.decoy ??= this.deps.hasher.hash('no such agent');
        return this.decoy;
    }

    /**
     * Signs an agent in. AgentSignInRefused for any wrong part (which one is not told); AgentSignInLocked after too
     * many tries from the address or at the username.
     */
    async signIn(input: { username: string; password: string; code: string; clientAddress: string }): Promise<AgentSession> {
        const addressVerdict = await this.deps.limiter.take(`agent-signin-ip:${this.deps.secretBox.fingerprint(input.clientAddress)}`, TRIES_PER_ADDRESS);
        if (!addressVerdict.allowed) throw new AgentSignInLocked(addressVerdict.retryAfterSeconds);
        const username = normalizeUsername(input.username);
        const lockKey = `agent-signin:${this.deps.secretBox.fingerprint(username)}`;
        try {
            await this.locks.reserve(lockKey);
            const agent = await this.deps.agents.findByUsername(username);
            // An unknown name costs the same hash as a known one.
            const passwordOk = await this.deps.hasher.verify(input.password, agent?.passwordHash ?? (await this.decoyHash()));
            const codeOk = agent !== null && agent.disabledAt === null && passwordOk && (await this.checkCode(agent, input.code));
            if (!codeOk || !agent) await this.locks.fail(lockKey);
            await this.locks.clear(lockKey);
            return this.startSession(agent!);
        } catch (error) {
            if (error instanceof SignInLocked) throw new AgentSignInLocked(Math.max(1, Math.ceil((error.lockedUntil.getTime() - this.deps.now().getTime()) / 1000)));
            if (error instanceof CodeInvalid) throw new AgentSignInRefused();
            throw error;
        }
    }

    /** The signed-in agent for a cookie token, or undefined (unknown, expired, idle too long); refreshes its use. */
    async authenticate(token: string | undefined): Promise<(AgentIdentity & { csrfHash: string; tokenHash: string }) | undefined> {
        if (!token || token.length > 200) return undefined;
        const tokenHash = sha256(token);
        const session = await this.deps.sessions.find(tokenHash);
        const now = this.deps.now();
        if (!session) return undefined;
        if (session.expiresAt <= now || now.getTime() - session.lastUsedAt.getTime() > AGENT_IDLE_MINUTES * 60 * 1000) {
            await this.deps.sessions.delete(tokenHash);
            return undefined;
        }
        const agent = await this.deps.agents.find(session.agentId);
        if (!agent || agent.disabledAt) return undefined;
        await this.deps.sessions.touch(tokenHash, now);
        return { id: agent.id, username: agent.username, displayName: agent.displayName, csrfHash: session.csrfHash, tokenHash };
    }

    /** True when the CSRF token sent with a state change is the session's. */
    csrfMatches(session: { csrfHash: string }, csrfToken: string | undefined): boolean {
        if (!csrfToken) return false;
        const given = Buffer.from(sha256(csrfToken), 'hex');
        const expected = Buffer.from(session.csrfHash, 'hex');
        return given.length === expected.length && crypto.timingSafeEqual(given, expected);
    }

    /**
     * The session's CSRF token, derived from the session with SECRETS_KEY (a keyed hash), so a reloaded page can ask
     * for it again while a page on another site, which cannot read our responses, never learns it.
     */
    csrfTokenFor(tokenHash: string): string {
        return this.deps.secretBox.fingerprint(`agent-csrf:${tokenHash}`);
    }

    async signOut(tokenHash: string): Promise<void> {
        await this.deps.sessions.delete(tokenHash);
    }

    private async checkCode(agent: AgentRecord, code: string): Promise<boolean> {
        const secret = this.deps.secretBox.open(agent.sealedTotp, sealContext(agent.id));
        const nowMs = this.deps.now().getTime();
        const checker = authenticator.clone({ step: TOTP_STEP_SECONDS, window: TOTP_WINDOW_STEPS, epoch: nowMs });
        const delta = checker.checkDelta(code.replace(/[\s-]/g, ''), secret);
        if (delta === null) return false;
        // A code is good once: the same code replayed (or raced) in its window is refused.
        return this.deps.agents.acceptTotpStep(agent.id, Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS) + delta);
    }

    private async startSession(agent: AgentRecord): Promise<AgentSession> {
        const now = this.deps.now();
        const token = crypto.randomBytes(32).toString('base64url');
        const tokenHash = sha256(token);
        const csrfToken = this.csrfTokenFor(tokenHash);
        await this.deps.sessions.create({
            tokenHash,
            agentId: agent.id,
            csrfHash: sha256(csrfToken),
            lastUsedAt: now,
            expiresAt: new Date(now.getTime() + AGENT_SESSION_HOURS * 3600 * 1000),
        });
        return { agent: { id: agent.id, username: agent.username, displayName: agent.displayName }, token, csrfToken };
    }
}

function normalizeUsername(username: string): string {
    return username.trim().toLowerCase().normalize('NFC');
}

function sha256(value: string): string {
    return crypto.createHash('sha256').update(value, 'utf8').digest('hex');
}

function sealContext(agentId: string): string {
    return `agent-totp:${agentId}`;
}

