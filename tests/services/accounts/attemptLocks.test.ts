import { CodeInvalid, SignInLocked } from '../../../services/accounts/accountErrors';
import { LOCK_MINUTES, MAX_FAILED_TRIES } from '../../../services/accounts/attemptLocks';
import { createAccountTestKit, type AccountTestKit } from './accountTestKit';

describe('AttemptLocks', () => {
    let kit: AccountTestKit;
    beforeEach(async () => {
        kit = await createAccountTestKit();
    });
    afterEach(() => kit.dispose());

    /** Reserves a try and reports it wrong; returns what was thrown. */
    async function wrongTry(lockKey = 'test:key'): Promise<unknown> {
        try {
            await kit.locks.reserve(lockKey);
            return await kit.locks.fail(lockKey);
        } catch (error) {
            return error;
        }
    }

    it('counts wrong tries down, then locks for 20 minutes; then the count starts again', async () => {
        for (let left = MAX_FAILED_TRIES - 1; left >= 1; left--) expect(await wrongTry()).toMatchObject({ code: 'codeInvalid', attemptsLeft: left });
        const locked = await wrongTry();
        expect(locked).toBeInstanceOf(SignInLocked);
        expect((locked as SignInLocked).lockedUntil).toEqual(new Date(kit.clock.now().getTime() + LOCK_MINUTES * 60_000));
        await expect(kit.locks.assertNotLocked('test:key')).rejects.toBeInstanceOf(SignInLocked);
        await expect(kit.locks.reserve('test:key')).rejects.toBeInstanceOf(SignInLocked);
        kit.clock.advanceMinutes(LOCK_MINUTES);
        await kit.locks.assertNotLocked('test:key');
        expect(await wrongTry()).toMatchObject({ attemptsLeft: MAX_FAILED_TRIES - 1 });
    });

    it('only a success clears the count; keys are counted apart', async () => {
        await wrongTry();
        await wrongTry();
        expect(await wrongTry('other:key')).toMatchObject({ attemptsLeft: 4 });
        await kit.locks.reserve('test:key');
        await kit.locks.clear('test:key');
        expect(await wrongTry()).toBeInstanceOf(CodeInvalid);
        expect(await kit.testStore.client.signInLock.findUniqueOrThrow({ where: { lockKey: 'test:key' } })).toMatchObject({ failures: 1 });
    });

    it('reservations made at the same moment never exceed the limit', async () => {
        const results = await Promise.allSettled(Array.from({ length: 12 }, () => kit.locks.reserve('race:key')));
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(MAX_FAILED_TRIES);
        expect(results.filter((result) => result.status === 'rejected').every((result) => (result as PromiseRejectedResult).reason instanceof SignInLocked)).toBe(true);
    });
});
