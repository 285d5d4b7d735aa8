import { DEFAULT_SCRYPT_COST, PasswordHasher } from '../../../services/accounts/passwordHasher';

describe('PasswordHasher', () => {
    const hasher = new PasswordHasher();

    it('writes scrypt, its cost, a salt and the hash into one string that does not contain the secret', async () => {
        const encoded = await hasher.hash('Sendero#Rio2029');
        expect(encoded).toMatch(new RegExp(`^scrypt\\$N=${DEFAULT_SCRYPT_COST.N},r=8,p=1\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$`));
        expect(encoded).not.toContain('Sendero#Rio2029');
    });

    it('verifies the right secret and refuses a wrong one', async () => {
        const encoded = await hasher.hash('Sendero#Rio2029');
        await expect(hasher.verify('Sendero#Rio2029', encoded)).resolves.toBe(true);
        await expect(hasher.verify('sendero#Rio2029', encoded)).resolves.toBe(false);
        await expect(hasher.verify('', encoded)).resolves.toBe(false);
    });

    it('salts every hash, so the same secret hashes differently', async () => {
        expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
    });

    it('verifies hashes made with other cost parameters (read from the string)', async () => {
        const cheap = await new PasswordHasher({ N: 1024, r: 8, p: 1 }).hash('old');
        expect(cheap).toContain('N=1024');
        await expect(hasher.verify('old', cheap)).resolves.toBe(true);
    });

    it('treats composed and decomposed accents as the same password', async () => {
        const encoded = await hasher.hash('Mañana#1x');
        await expect(hasher.verify('Man\u0303ana#1x', encoded)).resolves.toBe(true);
    });

    it('answers false, not an exception, for a malformed hash', async () => {
        await expect(hasher.verify('x', 'not-a-hash')).resolves.toBe(false);
        await expect(hasher.verify('x', 'scrypt$N=1024,r=8,p=1$$')).resolves.toBe(false);
    });
});
