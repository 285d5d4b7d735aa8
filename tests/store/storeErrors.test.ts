import { isUniqueViolation } from '../../store/storeErrors';
import { SentNotificationRepository } from '../../store/sentNotificationRepository';
import { createTestStore, type TestStore } from '../support/testStore';

describe('isUniqueViolation', () => {
    let store: TestStore;
    beforeEach(async () => {
        store = await createTestStore();
    });
    afterEach(() => store.dispose());

    it('is true for the error of a second row with the same unique key, and false for other errors', async () => {
        await store.client.sentNotification.create({ data: { idempotencyKey: 'k', channel: 'email' } });
        const duplicate = await store.client.sentNotification.create({ data: { idempotencyKey: 'k', channel: 'email' } }).catch((error: unknown) => error);
        expect(isUniqueViolation(duplicate)).toBe(true);
        const missing = await store.client.account.update({ where: { id: 'nobody' }, data: { locale: 'es' } }).catch((error: unknown) => error);
        expect(isUniqueViolation(missing)).toBe(false);
        expect(isUniqueViolation(new Error('P2002'))).toBe(false);
        expect(isUniqueViolation(Object.assign(new Error('look-alike'), { code: 'P2002' }))).toBe(false);
    });

    it('lets a repository answer a taken key with false instead of an error', async () => {
        const ledger = new SentNotificationRepository(store.client);
        expect(await ledger.claim('key-1', 'sms')).toBe(true);
        expect(await ledger.claim('key-1', 'sms')).toBe(false);
        await ledger.release('key-1');
        expect(await ledger.claim('key-1', 'sms')).toBe(true);
    });
});
