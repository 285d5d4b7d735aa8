import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultSecretsKeyFile, resolveSecretsKey, secretsKeyFileFor, accountConfigShape } from '../../../services/accounts/accountConfig';
import { SecretsKeyProblem } from '../../../services/accounts/accountErrors';
import { SecretBox } from '../../../services/accounts/secretBox';
import { z } from 'zod';

describe('SecretBox', () => {
    const box = new SecretBox(crypto.randomBytes(32));

    it('seals to text that hides the plain value and opens it again', () => {
        const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:r1');
        expect(sealed).toMatch(/^v1\./);
        expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
        expect(box.open(sealed, 'totp:r1')).toBe('JBSWY3DPEHPK3PXP');
    });

    it('uses a fresh IV, so sealing twice gives different text', () => {
        expect(box.seal('same', 'c')).not.toBe(box.seal('same', 'c'));
    });

    it('refuses to open for another context, under another key, or after tampering', () => {
        const sealed = box.seal('secret', 'totp:r1');
        expect(() => box.open(sealed, 'totp:r2')).toThrow();
        expect(() => new SecretBox(crypto.randomBytes(32)).open(sealed, 'totp:r1')).toThrow();
        const parts = sealed.split('.');
        parts[3] = Buffer.from('tampered').toString('base64url');
        expect(() => box.open(parts.join('.'), 'totp:r1')).toThrow();
        expect(() => box.open('garbage', 'totp:r1')).toThrow();
    });

    it('never uses an IV twice, across many refills of its pool of random bytes, and every sealed value opens', () => {
        const fresh = new SecretBox(crypto.randomBytes(32));
        const sealed = Array.from({ length: 1000 }, (_, index) => fresh.seal(`line ${index}`, 'recent-lines:c1'));
        const ivs = sealed.map((value) => value.split('.')[1]);
        expect(new Set(ivs).size).toBe(1000);
        expect(ivs.every((iv) => Buffer.from(iv, 'base64url').length === 12)).toBe(true);
        sealed.forEach((value, index) => expect(fresh.open(value, 'recent-lines:c1')).toBe(`line ${index}`));
    });

    it('refuses a key that is not 32 bytes', () => {
        expect(() => new SecretBox(crypto.randomBytes(16))).toThrow(RangeError);
    });

    it('fingerprints are stable per key and differ between keys', () => {
        expect(box.fingerprint('ana@example.com')).toBe(box.fingerprint('ana@example.com'));
        expect(box.fingerprint('ana@example.com')).not.toBe(new SecretBox(crypto.randomBytes(32)).fingerprint('ana@example.com'));
    });
});

describe('resolveSecretsKey', () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-key-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('uses SECRETS_KEY when set', () => {
        const key = crypto.randomBytes(32);
        const resolved = resolveSecretsKey({ SECRETS_KEY: key.toString('base64'), NODE_ENV: 'production', DATABASE_URL: 'file:x.db' });
        expect(resolved.equals(key)).toBe(true);
    });

    it('is a start-up error in production when SECRETS_KEY is unset', () => {
        expect(() => resolveSecretsKey({ NODE_ENV: 'production', DATABASE_URL: `file:${dir}/s.db` })).toThrow(SecretsKeyProblem);
    });

    it('outside production creates ./data/secrets.key once (mode 0600), whatever the database, and reuses it', () => {
        for (const databaseUrl of [`file:${path.join(dir, 'elsewhere', 'sendero.db')}`, 'postgresql://db.internal/sendero']) {
            const first = resolveSecretsKey({ NODE_ENV: 'development', DATABASE_URL: databaseUrl }, dir);
            const file = defaultSecretsKeyFile(dir);
            expect(file).toBe(path.join(dir, 'data', 'secrets.key'));
            expect(fs.statSync(file).mode & 0o777).toBe(0o600);
            expect(first).toHaveLength(32);
            expect(resolveSecretsKey({ NODE_ENV: 'development', DATABASE_URL: databaseUrl }, dir).equals(first)).toBe(true);
            expect(fs.existsSync(path.join(dir, 'elsewhere', 'secrets.key'))).toBe(false);
        }
    });

    it('keeps using an earlier version\'s key beside a SQLite database elsewhere while ./data/secrets.key does not exist', () => {
        const databaseUrl = `file:${path.join(dir, 'var', 'sendero.db')}`;
        const legacy = path.join(dir, 'var', 'secrets.key');
        const key = crypto.randomBytes(32);
        fs.mkdirSync(path.dirname(legacy), { recursive: true });
        fs.writeFileSync(legacy, `${key.toString('base64')}\n`, { mode: 0o600 });
        expect(secretsKeyFileFor({ DATABASE_URL: databaseUrl }, dir)).toBe(legacy);
        expect(resolveSecretsKey({ NODE_ENV: 'development', DATABASE_URL: databaseUrl }, dir).equals(key)).toBe(true);
        expect(fs.existsSync(defaultSecretsKeyFile(dir))).toBe(false);
        // SECRETS_KEY_FILE, when set, always wins.
        expect(secretsKeyFileFor({ DATABASE_URL: databaseUrl, SECRETS_KEY_FILE: 'keys/k' }, dir)).toBe(path.join(dir, 'keys', 'k'));
    });

    it('refuses a key file that does not hold 32 bytes', () => {
        const file = path.join(dir, 'bad.key');
        fs.writeFileSync(file, 'short');
        expect(() => resolveSecretsKey({ NODE_ENV: 'test', DATABASE_URL: 'file:x.db', SECRETS_KEY_FILE: file })).toThrow(SecretsKeyProblem);
    });

    it('the config shape refuses a SECRETS_KEY that is not base64 of 32 bytes and allows it unset', () => {
        const schema = z.object(accountConfigShape);
        expect(schema.safeParse({ SECRETS_KEY: 'abc' }).success).toBe(false);
        expect(schema.safeParse({ SECRETS_KEY: crypto.randomBytes(32).toString('base64') }).success).toBe(true);
        expect(schema.safeParse({}).success).toBe(true);
    });
});
