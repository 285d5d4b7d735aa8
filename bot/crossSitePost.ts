import type { Request } from 'restify';

/**
 * Whether a POST came from a page on another site. A browser says so itself: Sec-Fetch-Site (every current browser;
 * a page cannot forge it) is `same-origin` for our own form and `none` for a user-initiated request; `same-site` (a
 * sibling subdomain) and `cross-site` are refused. An older browser sends Origin instead, which must be ours (the
 * public origin, or the Host the request was sent to); `null` (sandboxed or privacy-stripped) is refused. A request
 * with neither header does not come from a browser page, so it cannot carry a visitor's cookies or intent: allowed.
 */
export function isCrossSitePost(req: Request, publicBaseUrl: string | undefined): boolean {
    const fetchSite = headerValue(req, 'sec-fetch-site');
    if (fetchSite !== undefined) return fetchSite !== 'same-origin' && fetchSite !== 'none';
    const origin = headerValue(req, 'origin');
    if (origin === undefined) return false;
    if (origin === 'null') return true;
    let originUrl: URL;
    try {
        originUrl = new URL(origin);
    } catch {
        return true;
    }
    if (publicBaseUrl && originUrl.origin === new URL(publicBaseUrl).origin) return false;
    const host = headerValue(req, 'host');
    return host === undefined || originUrl.host !== host.toLowerCase();
}

function headerValue(req: Request, name: string): string | undefined {
    const value = req.headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() !== '' ? first.trim().toLowerCase() : undefined;
}
