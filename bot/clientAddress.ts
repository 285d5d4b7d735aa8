import { createHash } from 'node:crypto';
import type { Request } from 'restify';

/**
 * The client's address. With `trustedProxies` = 0 it is the socket's peer and X-Forwarded-For is ignored (anyone can
 * write that header). With n trusted proxies, each appends the address it received the request from, so the client is
 * the n-th entry from the right; entries further left were written by the client and are never believed.
 */
export function clientAddress(req: Request, trustedProxies: number): string {
    const peer = req.socket?.remoteAddress ?? 'unknown';
    if (trustedProxies <= 0) return peer;
    const header = req.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
    const chain = [...forwarded, peer];
    return chain[Math.max(0, chain.length - 1 - trustedProxies)];
}

/** A rate-limit bucket name for a client address: `ip:` and the SHA-256 of the address, never the address itself. */
export function addressBucket(address: string, scope: string): string {
    return `ip:${createHash('sha256').update(address, 'utf8').digest('hex')}:${scope}`;
}
