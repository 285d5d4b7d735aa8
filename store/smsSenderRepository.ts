import { isUniqueViolation } from './storeErrors';
import type { StoreClient } from './storeClient';

/** What we keep about a number that texts us: whether it opted out and whether it is inside a flow. */
export interface SmsSenderRecord {
    optedOut: boolean;
    inFlow: boolean;
}

/** SMS senders (SmsSender, by keyed hash of the number) and the Twilio MessageSids already taken (SmsInboundMessage). */
export class SmsSenderRepository {
    constructor(private readonly db: StoreClient) {}

    /** The sender's record; a number never seen has not opted out and is not in a flow. */
    async find(phoneHash: string): Promise<SmsSenderRecord> {
        const row = await this.db.smsSender.findUnique({ where: { phoneHash } });
        return { optedOut: row?.optedOutAt != null, inFlow: row?.inFlow ?? false };
    }

    async setOptedOut(phoneHash: string, optedOut: boolean, at: Date): Promise<void> {
        const optedOutAt = optedOut ? at : null;
        await this.db.smsSender.upsert({ where: { phoneHash }, create: { phoneHash, optedOutAt }, update: { optedOutAt } });
    }

    async setInFlow(phoneHash: string, inFlow: boolean): Promise<void> {
        await this.db.smsSender.upsert({ where: { phoneHash }, create: { phoneHash, inFlow }, update: { inFlow } });
    }

    /** Takes a MessageSid once: false when it was taken before (a Twilio retry of a webhook it thinks failed). */
    async claimMessage(messageSid: string): Promise<boolean> {
        try {
            await this.db.smsInboundMessage.create({ data: { messageSid } });
            return true;
        } catch (error) {
            if (isUniqueViolation(error)) return false;
            throw error;
        }
    }

    /** Forgets MessageSids older than `cutoff` (Twilio stops retrying within minutes); returns how many went. */
    async pruneMessagesBefore(cutoff: Date): Promise<number> {
        return (await this.db.smsInboundMessage.deleteMany({ where: { receivedAt: { lt: cutoff } } })).count;
    }
}
