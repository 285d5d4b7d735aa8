import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
    secret: crypto.BinaryLike,
    salt: crypto.BinaryLike,
    keyLength: number,
    options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** scrypt's cost parameters. They are written into every hash, so raising them later leaves old hashes verifiable. */
export interface ScryptCost {
    N: number;
    r: number;
    p: number;
}

/** About 100 ms and 32 MiB per hash on a laptop: slow for a guesser, fine for a person signing in. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
/** DEFAULT_SCRYPT_COST's N as a power of two: the least production accepts (PASSWORD_HASH_COST). */
export const PRODUCTION_MIN_HASH_COST = 15;

/** scrypt's cost for `log2N` (PASSWORD_HASH_COST): N = 2^log2N, with DEFAULT_SCRYPT_COST's r and p. */
export function scryptCostOf(log2N: number): ScryptCost {
    return { ...DEFAULT_SCRYPT_COST, N: 2 ** log2N };
}
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
const ENCODED = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/**
 * Hashes secrets a person types (password, one-time and backup codes, reset answers) as
 * `scrypt$N=32768,r=8,p=1$<salt>$<hash>`, with a fresh salt per hash.
 */
export class PasswordHasher {
    constructor(private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {}

    async hash(secret: string): Promise<string> {
        const salt = crypto.randomBytes(SALT_BYTES);
        const derived = await derive(secret, salt, this.cost);
        const { N, r, p } = this.cost;
        return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64')}$${derived.toString('base64')}`;
    }

    /** True when `secret` hashes to `encoded`; compared in constant time. False for a malformed hash. */
    async verify(secret: string, encoded: string): Promise<boolean> {
        const match = ENCODED.exec(encoded);
        if (!match) return false;
        const cost = { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
        const expected = Buffer.from(match[5], 'base64');
        const derived = await derive(secret, Buffer.from(match[4], 'base64'), cost, expected.length);
        return derived.length === expected.length && crypto.timingSafeEqual(derived, expected);
    }
}

function derive(secret: string, salt: Buffer, cost: ScryptCost, keyLength = KEY_LENGTH): Promise<Buffer> {
    // NFC first, so "é" typed as one code point or as e + accent is the same password.
    return scrypt(secret.normalize('NFC'), salt, keyLength, { ...cost, maxmem: 256 * cost.N * cost.r });
}
