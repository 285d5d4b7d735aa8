import { CodeInvalid, SignInLocked } from '../../services/accounts/accountErrors';
import type { SignInService } from '../../services/accounts/signInService';
import type { SignInSessions } from '../../services/accounts/signInSessions';
import { createAccountTestKit, createRegistrationService, createSignIn, otherCode, registerFully, type AccountTestKit } from '../services/accounts/accountTestKit';

// Issue item 5: twenty conversations at the sign-in code prompt for one account, all posting a wrong code at the same
// moment, were all checked; the right code just after signed in and wiped the failure count. A try is now taken from
// the account's count with one conditional update before any code is checked.

const EMAIL = 'ana@example.com';
const CONVERSATIONS = 20;

let kit: AccountTestKit;
let signIn: SignInService;
let sessions: SignInSessions;

beforeEach(async () => {
    kit = await createAccountTestKit();
    ({ signIn, sessions } = createSignIn(kit));
    await registerFully(kit, createRegistrationService(kit), EMAIL, { email: true });
    kit.clock.advanceMinutes(5);
});
afterEach(() => kit.dispose());

/** Twenty sign-ins for one account, each with its own emailed code (read from the outbox as it arrives). */
async function openSignIns(): Promise<Array<{ signInId: string; conversationKey: string; code: string }>> {
    const opened = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
        const conversationKey = `attacker-${i}`;
        const { signInId } = await signIn.start(EMAIL, conversationKey);
        await signIn.sendCode(signInId, 'email');
        opened.push({ signInId, conversationKey, code: await kit.latestCode(EMAIL) });
    }
    return opened;
}

/** How many wrong sign-in codes were compared with a stored code: each comparison that failed counted one attempt on its code. */
async function wrongCodesChecked(): Promise<number> {
    const rows = await kit.testStore.client.oneTimeCode.findMany({ where: { purpose: 'signIn' } });
    return rows.reduce((sum, row) => sum + row.attempts, 0);
}

describe('concurrent wrong sign-in codes cannot beat the lockout', () => {
    it('twenty wrong codes at once: at most five are checked, the account locks, and the right code afterwards is refused', async () => {
        const attempts = await openSignIns();
        const outcomes = await Promise.allSettled(attempts.map(({ signInId, code }) => signIn.verify(signInId, otherCode(code))));

        const errors = outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as unknown) : outcome.value));
        expect(errors.every((error) => error instanceof CodeInvalid || error instanceof SignInLocked)).toBe(true);
        expect(errors.filter((error) => error instanceof CodeInvalid).length).toBeLessThanOrEqual(4);
        expect(await wrongCodesChecked()).toBeLessThanOrEqual(5);
        const lock = await kit.testStore.client.signInLock.findFirstOrThrow();
        expect(lock.lockedUntil).not.toBeNull();

        // The right code for one of the open sign-ins, a moment later: refused while the lock lasts, count kept.
        const right = attempts[attempts.length - 1];
        await expect(signIn.verify(right.signInId, right.code)).rejects.toBeInstanceOf(SignInLocked);
        await expect(sessions.isSignedIn(right.conversationKey)).resolves.toBe(false);
        expect((await kit.testStore.client.signInLock.findFirstOrThrow()).lockedUntil).toEqual(lock.lockedUntil);
    });

    it('nineteen wrong and the right one together: at most five codes are checked in all', async () => {
        const attempts = await openSignIns();
        const outcomes = await Promise.allSettled(
            attempts.map(({ signInId, code }, index) => signIn.verify(signInId, index === CONVERSATIONS - 1 ? code : otherCode(code))),
        );
        const signedIn = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
        const checked = (await wrongCodesChecked()) + signedIn;
        expect(checked).toBeLessThanOrEqual(5);
    });

    it('a genuine success still clears the count (sequential tries behave as before)', async () => {
        const [first, second] = await openSignIns();
        await expect(signIn.verify(first.signInId, otherCode(first.code))).rejects.toMatchObject({ attemptsLeft: 4 });
        await signIn.verify(second.signInId, second.code);
        expect(await kit.testStore.client.signInLock.count()).toBe(0);
    });
});
