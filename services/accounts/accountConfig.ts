import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';
import { databaseUrlProblem, parseDatabaseUrl } from '../../store/databaseUrl';
import { SecretsKeyProblem } from './accountErrors';
import { PRODUCTION_MIN_HASH_COST } from './passwordHasher';

const KEY_BYTES = 32;

function isBase64Key(text: string): boolean {
    return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && Buffer.from(text, 'base64').length === KEY_BYTES;
}

/**
 * The account services' environment variables, as a zod object SHAPE to spread into bot/config.ts's schema.
 * SECRETS_KEY: base64 of 32 random bytes (`openssl rand -base64 32`); seals TOTP secrets. Required in production;
 *   elsewhere, when unset, a key is created once in SECRETS_KEY_FILE so sealed secrets survive restarts.
 * SECRETS_KEY_FILE: where that development key lives; default `./data/secrets.key` (whatever the database is).
 * PASSWORD_HASH_COST: scrypt's N as a power of two for passwords, codes and reset answers; 15 (32 MiB, about 100 ms a
 *   hash) unless set. Production refuses less; 17 is 128 MiB a hash, the most a 384 MB process should spend at once.
 *   Each hash records its cost, so changing it leaves earlier hashes verifiable.
 */
export const accountConfigShape = {
    SECRETS_KEY: z
        .string()
        .trim()
        .refine(isBase64Key, { message: 'must be base64 of exactly 32 bytes (openssl rand -base64 32)' })
        .optional(),
    SECRETS_KEY_FILE: z.string().trim().min(1).optional(),
    PASSWORD_HASH_COST: z.coerce.number().int().min(8).max(17).default(PRODUCTION_MIN_HASH_COST),
};

const accountConfigSchema = z.object(accountConfigShape);
/** The parsed account variables, as they appear in the spread-in Config. */
export type AccountConfig = z.infer<typeof accountConfigSchema>;
/** What finding the secrets key reads. */
type SecretsKeyConfig = Pick<AccountConfig, 'SECRETS_KEY' | 'SECRETS_KEY_FILE'>;

/** What production needs of the account variables: a hash cost no lower than the default (a test's cheap cost is not). */
export function productionAccountProblems(config: AccountConfig): string[] {
    return config.PASSWORD_HASH_COST < PRODUCTION_MIN_HASH_COST
        ? [`PASSWORD_HASH_COST: at least ${PRODUCTION_MIN_HASH_COST} in production (a lower cost makes a stolen hash quick to guess)`]
        : [];
}

/** The default key file: `data/secrets.key` under the working folder (`npm start` runs in the project folder). */
export function defaultSecretsKeyFile(cwd: string = process.cwd()): string {
    return path.resolve(cwd, 'data', 'secrets.key');
}

/**
 * Where the key file of an earlier version is: it defaulted to `secrets.key` beside the SQLite database. Undefined
 * when DATABASE_URL names no SQLite file (PostgreSQL never had one).
 */
function legacySecretsKeyFile(databaseUrl: string, cwd: string): string | undefined {
    const location = databaseUrlProblem(databaseUrl) === undefined ? parseDatabaseUrl(databaseUrl) : undefined;
    if (location?.provider !== 'sqlite' || location.file === ':memory:') return undefined;
    return path.join(path.dirname(path.resolve(cwd, location.file)), 'secrets.key');
}

/**
 * The key file to use when SECRETS_KEY is unset: SECRETS_KEY_FILE, else `./data/secrets.key`. An existing key must
 * keep working, or every secret sealed with it is lost: when the default file does not exist but an earlier
 * version's key beside a SQLite database elsewhere does, that file stays in use where it is (it is not moved, so a
 * copy or a rollback of the deployment still finds it). The two defaults coincide for the default database.
 */
export function secretsKeyFileFor(config: SecretsKeyConfig & { DATABASE_URL: string }, cwd: string = process.cwd()): string {
    if (config.SECRETS_KEY_FILE) return path.resolve(cwd, config.SECRETS_KEY_FILE);
    const file = defaultSecretsKeyFile(cwd);
    const legacy = legacySecretsKeyFile(config.DATABASE_URL, cwd);
    if (legacy && legacy !== file && !fs.existsSync(file) && fs.existsSync(legacy)) return legacy;
    return file;
}

/**
 * The 32-byte key for SecretBox. Uses SECRETS_KEY; in production a missing key is a start-up error (a key made up at
 * run time would lose every sealed secret on the next deploy). Elsewhere, reads or creates (mode 0600) the key file
 * secretsKeyFileFor names.
 */
export function resolveSecretsKey(config: SecretsKeyConfig & { NODE_ENV: string; DATABASE_URL: string }, cwd: string = process.cwd()): Buffer {
    if (config.SECRETS_KEY) return Buffer.from(config.SECRETS_KEY, 'base64');
    if (config.NODE_ENV === 'production') {
        throw new SecretsKeyProblem('SECRETS_KEY is required in production (base64 of 32 bytes: openssl rand -base64 32)');
    }
    return readOrCreateKeyFile(secretsKeyFileFor(config, cwd));
}

function readOrCreateKeyFile(file: string): Buffer {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
        // 'wx' fails if the file exists, so two processes starting together cannot each write a different key.
        fs.writeFileSync(file, `${crypto.randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = fs.readFileSync(file, 'utf8').trim();
    if (!isBase64Key(text)) throw new SecretsKeyProblem(`${file} does not hold base64 of 32 bytes; delete it or set SECRETS_KEY`);
    return Buffer.from(text, 'base64');
}
