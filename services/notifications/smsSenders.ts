import type { SmsSenderRecord, SmsSenderRepository } from '../../store/smsSenderRepository';
import type { SecretBox } from '../accounts/secretBox';

/**
 * The numbers that text Sendero: who opted out (STOP) and who is inside a flow. Numbers are known by a keyed hash
 * only, so the table names no one.
 *
 * @example
 * if (await senders.isOptedOut('+15551234567')) return; // nothing is sent until the number texts START
 */
export class SmsSenders {
    constructor(
        private readonly repository: SmsSenderRepository,
        private readonly secretBox: SecretBox,
        private readonly now: () => Date = () => new Date(),
    ) {}

    async isOptedOut(phone: string): Promise<boolean> {
        return (await this.repository.find(this.hash(phone))).optedOut;
    }

    /** Whether the number opted out and whether it is inside a flow, in one read. */
    async find(phone: string): Promise<SmsSenderRecord> {
        return this.repository.find(this.hash(phone));
    }

    async optOut(phone: string): Promise<void> {
        await this.repository.setOptedOut(this.hash(phone), true, this.now());
    }

    async optIn(phone: string): Promise<void> {
        await this.repository.setOptedOut(this.hash(phone), false, this.now());
    }

    async setInFlow(phone: string, inFlow: boolean): Promise<void> {
        await this.repository.setInFlow(this.hash(phone), inFlow);
    }

    /** Takes a Twilio MessageSid once; false for a retry of one already taken. */
    async claimMessage(messageSid: string): Promise<boolean> {
        return this.repository.claimMessage(messageSid);
    }

    async pruneMessages(olderThanSeconds: number): Promise<number> {
        return this.repository.pruneMessagesBefore(new Date(this.now().getTime() - olderThanSeconds * 1000));
    }

    /** The rate-limit bucket of the texts one number sends us (a keyed hash, never the number). */
    inboundBucket(phone: string): string {
        return `sms:inbound:${this.hash(phone)}`;
    }

    private hash(phone: string): string {
        return this.secretBox.fingerprint(`sms-sender:${phone.trim()}`);
    }
}
