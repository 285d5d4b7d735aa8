import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { postExpectingReplies } from './expectReplies';

/**
 * Helpers for the scale and crash tests: a plain-fetch client for one conversation on either way in (the built-in
 * Direct Line endpoint or /api/messages with deliveryMode expectReplies), able to talk to a different server process
 * on every call, and a bounded-parallel runner.
 */

/** Runs `work` for every item, at most `parallel` at once; rejects with the first failure once all have settled. */
export async function inParallel<T>(items: readonly T[], parallel: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
    let next = 0;
    const failures: unknown[] = [];
    const lane = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                await work(items[index], index);
            } catch (error) {
                failures.push(error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, lane));
    if (failures.length > 0) throw failures[0];
}

/** One of `urls`, at random: a load balancer with no stickiness. */
export function anyOf<T>(items: readonly T[]): T {
    return items[Math.floor(Math.random() * items.length)];
}

/** A web-chat conversation over /v3/directline, whose every request may go to another instance. */
export class DirectLineConversation {
    private constructor(
        readonly token: string,
        readonly conversationId: string,
    ) {}

    /** Takes a token and starts the conversation (the welcome turn), each on an instance `pick` chooses. */
    static async open(pick: () => string, locale = 'en-US'): Promise<DirectLineConversation> {
        const response = await fetch(`${pick()}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale }) });
        if (response.status !== 200) throw new Error(`token: ${response.status} ${await response.text()}`);
        const issued = (await response.json()) as { token: string; conversationId: string };
        const conversation = new DirectLineConversation(issued.token, issued.conversationId);
        const started = await fetch(`${pick()}/v3/directline/conversations`, { method: 'POST', headers: conversation.headers() });
        if (started.status !== 201) throw new Error(`start: ${started.status} ${await started.text()}`);
        return conversation;
    }

    /** Posts a message to `baseUrl` and returns the id the server gave it (the POST returns once its turn is over). */
    async post(baseUrl: string, text: string): Promise<string> {
        const response = await fetch(`${baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities`, {
            method: 'POST',
            headers: this.headers(),
            body: JSON.stringify({ type: 'message', text, locale: 'en-US', channelData: { clientActivityID: randomUUID() } }),
        });
        if (response.status !== 200) throw new Error(`post: ${response.status} ${await response.text()}`);
        return ((await response.json()) as { id: string }).id;
    }

    /** The whole stored history, both sides, page by page. */
    async history(baseUrl: string): Promise<Partial<Activity>[]> {
        const all: Partial<Activity>[] = [];
        let watermark = '';
        for (;;) {
            const response = await fetch(`${baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities?watermark=${watermark}`, {
                headers: this.headers(),
            });
            if (response.status !== 200) throw new Error(`history: ${response.status}`);
            const page = (await response.json()) as { activities: Partial<Activity>[]; watermark: string };
            if (page.activities.length === 0) return all;
            all.push(...page.activities);
            watermark = page.watermark;
        }
    }

    private headers(): Record<string, string> {
        return { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' };
    }
}

/** One English message to /api/messages with deliveryMode expectReplies: the replies come back in the answer. */
export async function postEnglishExpectingReplies(
    baseUrl: string,
    conversationId: string,
    text: string,
    id: string = randomUUID(),
): Promise<{ id: string; replies: Partial<Activity>[] }> {
    return { id, replies: await postExpectingReplies(baseUrl, conversationId, { id, locale: 'en-US', text }) };
}

/** The text of the message replies, one string each. */
export function messageTexts(activities: readonly Partial<Activity>[]): string[] {
    return activities.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');
}

/** The stored conversation facts (SenderoBot keeps a message counter there) from a BotStateItem document. */
export function messageCountOf(document: string | undefined): number {
    if (!document) return 0;
    const state = JSON.parse(document) as { facts?: { messageCount?: number } };
    return state.facts?.messageCount ?? 0;
}
