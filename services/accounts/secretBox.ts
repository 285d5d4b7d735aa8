import crypto from 'node:crypto';

const KEY_BYTES = 32;
const IV_BYTES = 12;
/** IVs drawn per refill of the pool (see nextIv). */
const IVS_PER_DRAW = 64;
const FORMAT = 'v1';

/**
 * Seals secrets that must be read back (TOTP secrets, a live one-time code awaiting re-delivery) with AES-256-GCM.
 * `context` is bound as associated data, so a sealed value copied into another field or row does not open.
 */
export class SecretBox {
    private readonly sealKey: Buffer;
    private readonly fingerprintKey: Buffer;
    private ivPool = Buffer.alloc(0);
    private ivOffset = 0;

    constructor(key: Buffer) {
        if (key.length !== KEY_BYTES) throw new RangeError(`the secrets key must be ${KEY_BYTES} bytes`);
        // Separate subkeys, so a fingerprint never shares a key with encryption.
        this.sealKey = Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), 'sendero seal', KEY_BYTES));
        this.fingerprintKey = Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), 'sendero fingerprint', KEY_BYTES));
    }

    /** `v1.<iv>.<tag>.<ciphertext>`, base64url. */
    seal(plain: string, context: string): string {
        const iv = this.nextIv();
        const cipher = crypto.createCipheriv('aes-256-gcm', this.sealKey, iv);
        cipher.setAAD(Buffer.from(context, 'utf8'));
        const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        return [FORMAT, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
    }

    /**
     * A fresh random IV, never handed out twice: taken from random bytes drawn 64 IVs at a time, because one draw per
     * seal was a third of what sealing cost (the conversation's recent lines are sealed on every turn). IVs are public.
     */
    private nextIv(): Buffer {
        if (this.ivOffset + IV_BYTES > this.ivPool.length) {
            this.ivPool = crypto.randomBytes(IV_BYTES * IVS_PER_DRAW);
            this.ivOffset = 0;
        }
        const iv = this.ivPool.subarray(this.ivOffset, this.ivOffset + IV_BYTES);
        this.ivOffset += IV_BYTES;
        return iv;
    }

    /** Opens a sealed value; throws when it was tampered with, sealed under another key, or for another context. */
    open(sealed: string, context: string): string {
        const [format, iv, tag, ciphertext] = sealed.split('.');
        if (format !== FORMAT || iv === undefined || tag === undefined || ciphertext === undefined) {
            throw new Error('not a sealed value');
        }
        const decipher = crypto.createDecipheriv('aes-256-gcm', this.sealKey, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    }

    /** A keyed hash (HMAC-SHA256, hex) for looking a value up without storing it, e.g. an email in a lock table. */
    fingerprint(value: string): string {
        return crypto.createHmac('sha256', this.fingerprintKey).update(value, 'utf8').digest('hex');
    }
}
