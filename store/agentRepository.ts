import { createUnlessTaken } from './storeErrors';
import type { StoreClient } from './storeClient';

export interface AgentRecord {
    id: string;
    username: string;
    displayName: string;
    passwordHash: string;
    sealedTotp: string;
    totpLastStep: number | null;
    disabledAt: Date | null;
}

export interface AgentSessionRecord {
    tokenHash: string;
    agentId: string;
    csrfHash: string;
    lastUsedAt: Date;
    expiresAt: Date;
}

/**
 * How long a count of enabled agents is reused. Every "talk to a person" asks whether there is a help desk at all, and
 * agents come and go rarely: an agent added by another process (`npm run agent:add`) counts within this time; one
 * added through this repository counts at once.
 */
export const ENABLED_AGENTS_REUSE_MS = 10_000;

/** Help-desk agents (HelpDeskAgent). */
export class AgentRepository {
    private enabled: { count: number; at: number } | undefined;

    constructor(private readonly db: StoreClient) {}

    /** False when the username is taken. */
    async create(agent: Omit<AgentRecord, 'totpLastStep' | 'disabledAt'>): Promise<boolean> {
        try {
            return await createUnlessTaken(() => this.db.helpDeskAgent.create({ data: agent }));
        } finally {
            this.enabled = undefined;
        }
    }

    async findByUsername(username: string): Promise<AgentRecord | null> {
        return this.db.helpDeskAgent.findUnique({ where: { username } });
    }

    async find(id: string): Promise<AgentRecord | null> {
        return this.db.helpDeskAgent.findUnique({ where: { id } });
    }

    /** How many agents can sign in (not disabled); a count read in the last ENABLED_AGENTS_REUSE_MS is reused. */
    async countEnabled(): Promise<number> {
        const now = Date.now();
        if (this.enabled && now - this.enabled.at < ENABLED_AGENTS_REUSE_MS) return this.enabled.count;
        const count = await this.db.helpDeskAgent.count({ where: { disabledAt: null } });
        this.enabled = { count, at: now };
        return count;
    }

    async updateSecrets(id: string, passwordHash: string, sealedTotp: string): Promise<void> {
        await this.db.helpDeskAgent.update({ where: { id }, data: { passwordHash, sealedTotp, totpLastStep: null } });
    }

    /** Accepts a TOTP step only if it is later than the last one accepted (a code is good once). */
    async acceptTotpStep(id: string, step: number): Promise<boolean> {
        const changed = await this.db.helpDeskAgent.updateMany({ where: { id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
        return changed.count === 1;
    }
}

/** Signed-in agent consoles (HelpDeskAgentSession); rows hold hashes of the tokens only. */
export class AgentSessionRepository {
    constructor(private readonly db: StoreClient) {}

    async create(session: AgentSessionRecord): Promise<void> {
        await this.db.helpDeskAgentSession.create({ data: session });
    }

    async find(tokenHash: string): Promise<AgentSessionRecord | null> {
        return this.db.helpDeskAgentSession.findUnique({ where: { tokenHash } });
    }

    async touch(tokenHash: string, lastUsedAt: Date): Promise<void> {
        await this.db.helpDeskAgentSession.updateMany({ where: { tokenHash }, data: { lastUsedAt } });
    }

    async delete(tokenHash: string): Promise<void> {
        await this.db.helpDeskAgentSession.deleteMany({ where: { tokenHash } });
    }

    /** Agents with a console used since `since` (how many people are answering now). */
    async countActiveAgents(since: Date, now: Date): Promise<number> {
        const rows = await this.db.helpDeskAgentSession.findMany({ where: { lastUsedAt: { gte: since }, expiresAt: { gt: now } }, distinct: ['agentId'], select: { agentId: true } });
        return rows.length;
    }

    async deleteExpired(now: Date): Promise<number> {
        return (await this.db.helpDeskAgentSession.deleteMany({ where: { expiresAt: { lt: now } } })).count;
    }
}
