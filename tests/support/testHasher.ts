import { PasswordHasher, type ScryptCost } from '../../services/accounts/passwordHasher';

/**
 * scrypt's cost in tests that are not about the hash: the same code and stored format at a small N. The production
 * cost (N = 2^15) takes about 150 ms of CPU a hash on the CI machine and 2^12 about 20; a dialog test hashes a dozen
 * secrets (password, codes, five reset answers) and was spending half its time there. tests/services/accounts/
 * passwordHasher.test.ts checks the production cost itself.
 */
export const TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 8, r: 8, p: 1 };

/** A hasher at TEST_SCRYPT_COST. */
export function testHasher(): PasswordHasher {
    return new PasswordHasher(TEST_SCRYPT_COST);
}
