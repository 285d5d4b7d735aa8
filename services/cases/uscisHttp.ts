/** How one HTTP request to USCIS ended: an answer (any status), a timeout, or no connection at all. */
export type UscisHttpAnswer =
    | { kind: 'answer'; status: number; body: unknown; retryAfterSeconds?: number }
    | { kind: 'timeout' }
    | { kind: 'network' };

/**
 * One request with a deadline that covers the body too (a server that sends headers and then stalls still times
 * out). Never throws: the callers classify the outcome. The body is JSON or undefined (a proxy's HTML page).
 */
export async function requestUscis(url: string, init: RequestInit, timeoutMs: number): Promise<UscisHttpAnswer> {
    try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const text = await response.text();
        const answer: UscisHttpAnswer = { kind: 'answer', status: response.status, body: parseJson(text) };
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter !== undefined) answer.retryAfterSeconds = retryAfter;
        return answer;
    } catch (error) {
        return isTimeout(error) ? { kind: 'timeout' } : { kind: 'network' };
    }
}

function isTimeout(error: unknown): boolean {
    return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}

/** Retry-After as seconds ("30") or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
    if (header === null || header.trim() === '') return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds) : undefined;
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - now) / 1000));
}
