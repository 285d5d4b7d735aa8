import crypto from 'node:crypto';

/** A form field as Twilio posts it: repeated keys arrive as arrays. */
export type TwilioForm = Record<string, string | string[] | undefined>;

/**
 * Twilio's request signature (X-Twilio-Signature): base64 HMAC-SHA1, keyed by the account's auth token, over the URL
 * Twilio was configured with followed by every POST parameter as name + value, names in sorted order (a repeated
 * name's values sorted too). https://www.twilio.com/docs/usage/security#validating-requests
 */
export function twilioSignature(authToken: string, url: string, form: TwilioForm): string {
    let data = url;
    for (const name of Object.keys(form).sort()) {
        const value = form[name];
        if (value === undefined) continue;
        for (const item of (Array.isArray(value) ? [...value] : [value]).sort()) data += name + item;
    }
    return crypto.createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** Whether `signature` is Twilio's for this request, compared in constant time. */
export function isValidTwilioSignature(authToken: string, url: string, form: TwilioForm, signature: string | undefined): boolean {
    if (!signature) return false;
    const expected = Buffer.from(twilioSignature(authToken, url, form));
    const given = Buffer.from(signature);
    return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
