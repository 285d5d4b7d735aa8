import type restify from 'restify';

/**
 * Whether a request may reach a development-only page (the outbox, the sandbox's advance button): it comes from this
 * machine and straight, not through a proxy. A reverse proxy on this machine connects from loopback on behalf of
 * anyone, so any header a proxy adds refuses: Forwarded (RFC 7239), the X-Forwarded-* family, X-Real-IP (nginx), Via.
 */
export function isLocalDirectRequest(req: restify.Request): boolean {
    return isLoopback(req.socket.remoteAddress) && !cameThroughProxy(req);
}

function cameThroughProxy(req: restify.Request): boolean {
    return Object.keys(req.headers).some((name) => /^(forwarded|x-forwarded-.*|x-real-ip|via)$/i.test(name));
}

function isLoopback(address: string | undefined): boolean {
    return address === '::1' || /^(::ffff:)?127\./.test(address ?? '');
}
