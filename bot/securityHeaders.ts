import type { Request, Response } from 'restify';

/** A year: browsers remember to use https only for this long after the last response that said so. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Headers every response carries; a page that needs a looser policy (the widget may be framed by its own origin)
 * sets its own Content-Security-Policy, which replaces this default. HSTS only when the public origin is https:
 * sent over plain http it would be ignored, and on localhost it would pin the developer's browser.
 */
export function securityHeaders(publicBaseUrl: string): (req: Request, res: Response, next: () => void) => void {
    const https = new URL(publicBaseUrl).protocol === 'https:';
    return (_req, res, next) => {
        if (https) res.setHeader('Strict-Transport-Security', `max-age=${HSTS_MAX_AGE_SECONDS}`);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'no-referrer');
        res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
        next();
    };
}
