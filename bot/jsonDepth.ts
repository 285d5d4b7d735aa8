import type { Request, Response } from 'restify';

/** Deepest nesting of arrays and objects a request body may have; an activity or a form is a handful of levels deep. */
export const MAX_JSON_DEPTH = 64;

/**
 * True when JSON text nests arrays/objects deeper than `maxDepth`. A linear scan of the text (strings and escapes
 * skipped), so a hostile body is refused before JSON.parse, zod, or botbuilder walk it recursively.
 */
export function jsonNestsDeeperThan(text: string, maxDepth: number): boolean {
    let depth = 0;
    let inString = false;
    for (let index = 0; index < text.length; index++) {
        const char = text.charCodeAt(index);
        if (inString) {
            if (char === 0x5c /* \ */) index++;
            else if (char === 0x22 /* " */) inString = false;
            continue;
        }
        if (char === 0x22) inString = true;
        else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
            if (++depth > maxDepth) return true;
        } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) depth--;
    }
    return false;
}

/**
 * A restify handler to run between reading the body and parsing it: a body nested deeper than MAX_JSON_DEPTH is
 * answered 400, for JSON and for text bodies alike (the Direct Line routes parse a text body as JSON too). Forms are
 * left to their own parser, which bounds nesting itself.
 */
export function refuseDeepJson(req: Request, res: Response, next: (error?: false) => void): void {
    const raw: unknown = req.body;
    const type = req.contentType().toLowerCase();
    const form = type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data';
    const text = form ? undefined : typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : undefined;
    if (text !== undefined && jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
        res.json(400, { error: { code: 'BadArgument', message: `the body is nested more than ${MAX_JSON_DEPTH} levels deep` } });
        next(false);
        return;
    }
    next();
}
