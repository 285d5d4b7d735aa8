import { CodeInvalid, ResetLocked } from '../../services/accounts/accountErrors';
import type { PasswordResetService } from '../../services/accounts/passwordResetService';
import {
    createAccountTestKit,
    createPasswordReset,
    createRegistrationService,
    createSignIn,
    otherCode,
    registerFully,
    type AccountTestKit,
} from '../services/accounts/accountTestKit';

// Issue item (low): reset codes could be guessed 30 times across 6 resets in seconds, because the five tries were
// counted per reset. They are now counted per address (a keyed hash, the same with or without an account).

const RESETS = 6;
const GUESSES_PER_RESET = 5;

let kit: AccountTestKit;
let reset: PasswordResetService;
beforeEach(async () => {
    kit = await createAccountTestKit();
    reset = createPasswordReset(kit, createSignIn(kit).sessions);
    await registerFully(kit, createRegistrationService(kit), 'ana@example.com');
    kit.clock.advanceMinutes(5);
});
afterEach(() => kit.dispose());

/** Six resets, five wrong guesses each, as fast as they can be sent; returns what each guess was answered. */
async function guessAcrossResets(email: string): Promise<string[]> {
    const answers: string[] = [];
    for (let r = 0; r < RESETS; r++) {
        const { resetId } = await reset.start(email, `attacker-${r}`);
        for (let g = 0; g < GUESSES_PER_RESET; g++) {
            const error = await reset.confirmEmail(resetId, String(100000 + r * 10 + g)).catch((e: unknown) => e);
            answers.push(error instanceof CodeInvalid ? `invalid:${error.attemptsLeft}` : error instanceof ResetLocked ? 'locked' : String(error));
        }
    }
    return answers;
}

async function resetCodesChecked(): Promise<number> {
    const rows = await kit.testStore.client.oneTimeCode.findMany({ where: { purpose: 'passwordReset' } });
    return rows.reduce((sum, row) => sum + row.attempts, 0);
}

describe('wrong reset codes are counted per address, not per reset', () => {
    it('six resets with five guesses each: five are checked, then the address is locked, even for the right code', async () => {
        const answers = await guessAcrossResets('ana@example.com');
        expect(answers.slice(0, 5)).toEqual(['invalid:4', 'invalid:3', 'invalid:2', 'invalid:1', 'locked']);
        expect(answers.slice(5).every((answer) => answer === 'locked')).toBe(true);
        expect(await resetCodesChecked()).toBe(5);

        // The owner's real code, in a new reset, while the lock lasts: refused.
        const { resetId } = await reset.start('ana@example.com', 'owner');
        await expect(reset.confirmEmail(resetId, await kit.latestCode('ana@example.com'))).rejects.toBeInstanceOf(ResetLocked);

        // After 20 minutes the count starts again and the right code works.
        kit.clock.advanceMinutes(20);
        const later = await reset.start('ana@example.com', 'owner-later');
        await expect(reset.confirmEmail(later.resetId, otherCode(await kit.latestCode('ana@example.com')))).rejects.toMatchObject({ attemptsLeft: 4 });
        await expect(reset.confirmEmail(later.resetId, await kit.latestCode('ana@example.com'))).resolves.toBe('proveIdentity');
    });

    it('an address without an account is answered exactly the same (no enumeration), and addresses are counted apart', async () => {
        const known = await guessAcrossResets('ana@example.com');
        const unknown = await guessAcrossResets('nobody@example.com');
        expect(unknown).toEqual(known);
        // Another unknown address is not affected by the first one's lock.
        const { resetId } = await reset.start('someone.else@example.com', 'conv-x');
        await expect(reset.confirmEmail(resetId, '123456')).rejects.toMatchObject({ code: 'codeInvalid', attemptsLeft: 4 });
    });

    it('the lock key is a keyed hash: no address in the lock table', async () => {
        await guessAcrossResets('nobody@example.com');
        const locks = await kit.testStore.client.signInLock.findMany();
        expect(locks).toHaveLength(1);
        expect(locks[0].lockKey).toMatch(/^password-reset:[0-9a-f]{64}$/);
    });
});
