import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ReceivedReply {
    conversationId: string;
    replyToId?: string;
    activity: Partial<Activity>;
    authorization?: string;
}

/**
 * A local stand-in for the Bot Connector service (the channel side of Teams, SMS, the Emulator): it accepts the
 * bot's replies at the documented v3 paths and records them, and answers member look-ups.
 */
export class FakeBotConnector {
    readonly replies: ReceivedReply[] = [];
    private server?: http.Server;
    private waiters: Array<() => void> = [];

    async start(): Promise<string> {
        this.server = http.createServer((req, res) => void this.handle(req, res));
        await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
        return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    }

    async stop(): Promise<void> {
        await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    }

    /** Replies sent to one conversation, in arrival order. */
    repliesTo(conversationId: string): Partial<Activity>[] {
        return this.replies.filter((reply) => reply.conversationId === conversationId).map((reply) => reply.activity);
    }

    /** Waits until `count` replies reached the conversation (or fails after `timeoutMs`). */
    async waitForReplies(conversationId: string, count: number, timeoutMs = 5000): Promise<Partial<Activity>[]> {
        const deadline = Date.now() + timeoutMs;
        while (this.repliesTo(conversationId).length < count) {
            if (Date.now() > deadline) {
                throw new Error(`expected ${count} replies to ${conversationId}, got ${this.repliesTo(conversationId).length}`);
            }
            await new Promise<void>((resolve) => {
                this.waiters.push(resolve);
                setTimeout(resolve, 50);
            });
        }
        return this.repliesTo(conversationId);
    }

    private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const url = new URL(req.url ?? '/', 'http://connector');
        const activityPath = url.pathname.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/);
        const memberPath = url.pathname.match(/^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/);
        res.setHeader('Content-Type', 'application/json');
        if (req.method === 'POST' && activityPath) {
            this.replies.push({
                conversationId: decodeURIComponent(activityPath[1]),
                replyToId: activityPath[2] ? decodeURIComponent(activityPath[2]) : undefined,
                activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>,
                authorization: req.headers.authorization,
            });
            this.waiters.splice(0).forEach((wake) => wake());
            res.end(JSON.stringify({ id: `reply-${this.replies.length}` }));
            return;
        }
        if (req.method === 'GET' && memberPath) {
            res.end(JSON.stringify({ id: decodeURIComponent(memberPath[2]), name: 'Test User' }));
            return;
        }
        res.statusCode = 404;
        res.end(JSON.stringify({ error: { code: 'NotFound', message: url.pathname } }));
    }
}
