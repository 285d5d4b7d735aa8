import { authenticator } from 'otplib';

/** Talks to the agent console's API the way its page does: a cookie session and the CSRF token in a header. */
export class AgentConsoleClient {
    cookie = '';
    csrfToken = '';

    constructor(private readonly baseUrl: string) {}

    /** Signs in with the password and the authenticator's current code; returns the HTTP status. */
    async signIn(username: string, password: string, code: string): Promise<number> {
        const response = await fetch(`${this.baseUrl}/agent/api/sign-in`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username, password, code }),
        });
        const setCookie = response.headers.get('set-cookie');
        if (setCookie) this.cookie = setCookie.split(';')[0];
        const body = (await response.json()) as { csrfToken?: string };
        if (body.csrfToken) this.csrfToken = body.csrfToken;
        return response.status;
    }

    async get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }> {
        const response = await fetch(`${this.baseUrl}/agent/api${path}`, { headers: { Cookie: this.cookie } });
        return { status: response.status, body: (await response.json()) as T };
    }

    async post<T = Record<string, unknown>>(path: string, body: unknown = {}, csrfToken = this.csrfToken): Promise<{ status: number; body: T }> {
        const response = await fetch(`${this.baseUrl}/agent/api${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: this.cookie, 'X-CSRF-Token': csrfToken },
            body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as T };
    }

    async queue(): Promise<Array<{ id: string; status: string; language: string; channelId: string; reason: string }>> {
        return (await this.get<{ tickets: Array<{ id: string; status: string; language: string; channelId: string; reason: string }> }>('/queue')).body.tickets;
    }

    async lines(ticketId: string): Promise<Array<{ kind: string; author: string; text: string }>> {
        return (await this.get<{ lines: Array<{ kind: string; author: string; text: string }> }>(`/tickets/${ticketId}`)).body.lines;
    }
}

/** The code an authenticator app shows now for a key. */
export function currentCode(key: string): string {
    return authenticator.generate(key);
}

/** Waits until `check` returns something truthy (polling; a relay crosses processes through the store). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await check();
        if (value) return value;
        if (Date.now() > deadline) throw new Error('condition not met in time');
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

export const AGENT_PASSWORD = 'a long agent password 42';
