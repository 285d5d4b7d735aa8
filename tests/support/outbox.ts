import Database from 'better-sqlite3';

/** One message as GET /dev/outbox.json shows it. */
export interface OutboxJsonEntry {
    channel: 'email' | 'sms';
    to: string;
    subject: string | null;
    body: string;
    createdAt: string;
}

/** The dev outbox for one recipient, newest first (the app must run with NODE_ENV=development). */
export async function readOutbox(baseUrl: string, to: string): Promise<OutboxJsonEntry[]> {
    const response = await fetch(`${baseUrl}/dev/outbox.json?to=${encodeURIComponent(to)}`);
    if (response.status !== 200) throw new Error(`GET /dev/outbox.json answered ${response.status}; start the app with NODE_ENV=development`);
    return (await response.json()) as OutboxJsonEntry[];
}

/**
 * Messages are sent by the notification worker after the answer, so a test polls the dev outbox until the newest
 * message to `to` matches (default: any message), and returns it. Fails after `timeoutMs` naming the recipient.
 */
export async function waitForOutboxMessage(
    baseUrl: string,
    to: string,
    options: { match?: (entry: OutboxJsonEntry) => boolean; timeoutMs?: number } = {},
): Promise<OutboxJsonEntry> {
    const match = options.match ?? (() => true);
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
        const found = (await readOutbox(baseUrl, to)).find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching message to ${to} reached the dev outbox`);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

/** Waits until the notification queue in a database file holds nothing waiting or being sent. */
export async function waitForQueueDrained(databaseFile: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const db = new Database(databaseFile, { readonly: true });
        let pending: number;
        try {
            pending = (db.prepare(`SELECT COUNT(*) AS n FROM "QueuedNotification" WHERE status IN ('queued', 'sending')`).get() as { n: number }).n;
        } finally {
            db.close();
        }
        if (pending === 0) return;
        if (Date.now() > deadline) throw new Error(`${pending} notifications still queued`);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}
