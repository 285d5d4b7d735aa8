import crypto from 'node:crypto';
import { createI18n } from '../../../locales/index';
import { createAccountServices } from '../../../services/accounts/accountServices';
import { OutboxNotifier } from '../../../services/notifications/outboxNotifier';
import { createTestStore, type TestStore } from '../../support/testStore';
import { createRepositories } from '../../../store/repositories';

describe('createAccountServices', () => {
    let testStore: TestStore;
    beforeEach(async () => {
        testStore = await createTestStore();
    });
    afterEach(() => testStore.dispose());

    it('wires the services so a registration sends its code in Spanish and links use PUBLIC_BASE_URL', async () => {
        const repositories = createRepositories(testStore.client);
        const services = createAccountServices({
            repositories,
            notifier: new OutboxNotifier(repositories.outbox),
            i18n: createI18n('en'),
            secretsKey: crypto.randomBytes(32),
            orgName: 'Org',
            publicBaseUrl: 'http://localhost:3978',
        });
        const { registrationId } = await services.registration.start('ana@example.com', 'conv-1', 'es');
        const [mail] = await testStore.client.outboxMessage.findMany();
        expect(mail.subject).toBe('Org: confirme su correo electrónico');
        const { url } = await services.passwordLinks.createLink('registration', registrationId, 'conv-1');
        expect(url.startsWith('http://localhost:3978/account/password/')).toBe(true);
        await expect(services.sessions.isSignedIn('conv-1')).resolves.toBe(false);
    });
});
