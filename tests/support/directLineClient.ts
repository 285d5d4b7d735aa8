import type { Activity } from 'botbuilder';

/**
 * Talks to Sendero's Direct Line endpoint the way Web Chat does: a token from the page endpoint, start the
 * conversation, post activities, read history from a watermark.
 */
export class DirectLineTestClient {
    private watermark = '';

    private constructor(
        private readonly baseUrl: string,
        readonly token: string,
        readonly conversationId: string,
        private readonly locale: string,
    ) {}

    static async open(baseUrl: string, locale = 'en-US'): Promise<DirectLineTestClient> {
        const issued = (await (
            await fetch(`${baseUrl}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale }) })
        ).json()) as { token: string; conversationId: string };
        const client = new DirectLineTestClient(baseUrl, issued.token, issued.conversationId, locale);
        const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: client.headers() });
        if (started.status !== 201) throw new Error(`start failed: ${started.status}`);
        return client;
    }

    /** Everything the bot sent since the last read (the welcome, after open). */
    async botReplies(): Promise<Partial<Activity>[]> {
        const response = await fetch(`${this.baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities?watermark=${this.watermark}`, {
            headers: this.headers(),
        });
        const page = (await response.json()) as { activities: Partial<Activity>[]; watermark: string };
        this.watermark = page.watermark;
        return page.activities.filter((activity) => activity.from?.role === 'bot');
    }

    /** Posts a message (text or card submission) and returns the bot's replies to it (the POST returns after the turn). */
    async send(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
        const activity = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
        const response = await fetch(`${this.baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities`, {
            method: 'POST',
            headers: this.headers(),
            body: JSON.stringify({ from: { id: 'ignored-by-server' }, locale: this.locale, channelData: { clientActivityID: `c-${Date.now()}-${Math.random()}` }, ...activity }),
        });
        if (response.status !== 200) throw new Error(`post failed: ${response.status} ${await response.text()}`);
        return this.botReplies();
    }

    /** The whole stored history of the conversation, both sides. */
    async history(): Promise<Partial<Activity>[]> {
        const response = await fetch(`${this.baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities?watermark=`, {
            headers: this.headers(),
        });
        return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
    }

    private headers(): Record<string, string> {
        return { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' };
    }
}

/** The text of a bot reply, including a card's text blocks and a hero card's text. */
export function replyText(activity: Partial<Activity>): string {
    const parts = [activity.text ?? ''];
    for (const attachment of activity.attachments ?? []) {
        const content = attachment.content as { text?: string; body?: Array<{ text?: string }> } | undefined;
        if (content?.text) parts.push(content.text);
        for (const element of content?.body ?? []) if (element.text) parts.push(element.text);
    }
    return parts.filter(Boolean).join('\n');
}
