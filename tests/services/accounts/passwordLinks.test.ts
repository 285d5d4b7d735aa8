import { LinkExpired, LinkNotFound, StepOutOfOrder } from '../../../services/accounts/accountErrors';
import { PasswordLinks, type PasswordSetEvent } from '../../../services/accounts/passwordLinks';
import type { RegistrationService } from '../../../services/accounts/registrationService';
import {
    createAccountTestKit,
    createPasswordLinks,
    createPasswordReset,
    createRegistrationService,
    createSignIn,
    registrationAtPasswordStep,
    type AccountTestKit,
} from './accountTestKit';

let kit: AccountTestKit;
let registration: RegistrationService;
let links: PasswordLinks;

beforeEach(async () => {
    kit = await createAccountTestKit();
    registration = createRegistrationService(kit);
    links = createPasswordLinks(kit, registration, createPasswordReset(kit, createSignIn(kit).sessions));
});
afterEach(() => kit.dispose());

function tokenOf(url: string): string {
    return url.split('/').pop()!;
}

describe('PasswordLinks', () => {
    it('makes a URL under PUBLIC_BASE_URL with a long random token, storing only its hash', async () => {
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        const { url, expiresAt } = await links.createLink('registration', registrationId, 'conv-1');
        expect(url).toMatch(/^https:\/\/sendero\.example\/account\/password\/[A-Za-z0-9_-]{43}$/);
        expect(expiresAt).toEqual(new Date(kit.clock.now().getTime() + 15 * 60_000));
        const row = await kit.testStore.client.passwordLink.findFirstOrThrow();
        expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
        expect(JSON.stringify(row)).not.toContain(tokenOf(url));
    });

    it('sets the password once, emits the event with the conversation key, and is then used up', async () => {
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        const { url } = await links.createLink('registration', registrationId, 'conv-1');
        const events: PasswordSetEvent[] = [];
        links.onPasswordSet((event) => {
            events.push(event);
        });
        await expect(links.setPassword(tokenOf(url), 'Sendero#Rio2029', 'Sendero#Rio2029')).resolves.toEqual({ status: 'set' });
        await new Promise((resolve) => setImmediate(resolve));
        expect(events).toEqual([{ conversationKey: 'conv-1', purpose: 'registration', targetId: registrationId }]);
        expect((await registration.progress(registrationId)).nextStep).toBe('chooseTwoStep');
        await expect(links.setPassword(tokenOf(url), 'Sendero#Rio2029', 'Sendero#Rio2029')).rejects.toEqual(new LinkExpired('used'));
        await expect(links.check(tokenOf(url))).rejects.toBeInstanceOf(LinkExpired);
    });

    it('only the newest link works: making a new one uses up the older ones', async () => {
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        const first = await links.createLink('registration', registrationId, 'conv-1');
        const second = await links.createLink('registration', registrationId, 'conv-1');
        await expect(links.check(tokenOf(first.url))).rejects.toEqual(new LinkExpired('used'));
        await expect(links.check(tokenOf(second.url))).resolves.toEqual({ purpose: 'registration' });
    });

    it('a password set another way (the masked card) uses up the links, and a registration that moved on refuses a late one', async () => {
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        const { url } = await links.createLink('registration', registrationId, 'conv-1');
        await registration.setPassword(registrationId, 'Sendero#Rio2029');
        await links.revokeAll('registration', registrationId);
        await expect(links.check(tokenOf(url))).rejects.toEqual(new LinkExpired('used'));
        // Even without the revocation, the service no longer takes a password once that step is done.
        await expect(registration.setPassword(registrationId, 'Other#Pass2030')).rejects.toBeInstanceOf(StepOutOfOrder);
    });

    it('a refused or mismatched password leaves the link usable', async () => {
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        const { url } = await links.createLink('registration', registrationId, 'conv-1');
        await expect(links.setPassword(tokenOf(url), 'weak', 'weak')).resolves.toEqual({
            status: 'rejected',
            failures: ['tooShort', 'missingUppercase', 'missingSpecial'],
        });
        await expect(links.setPassword(tokenOf(url), 'Sendero#Rio2029', 'Sendero#Rio2028')).resolves.toEqual({ status: 'mismatch' });
        await expect(links.setPassword(tokenOf(url), 'Sendero#Rio2029', 'Sendero#Rio2029')).resolves.toEqual({ status: 'set' });
    });

    it('expires after 15 minutes', async () => {
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        const { url } = await links.createLink('registration', registrationId, 'conv-1');
        kit.clock.advanceMinutes(14);
        await expect(links.check(tokenOf(url))).resolves.toEqual({ purpose: 'registration' });
        kit.clock.advanceMinutes(1);
        await expect(links.check(tokenOf(url))).rejects.toEqual(new LinkExpired('expired'));
        await expect(links.setPassword(tokenOf(url), 'Sendero#Rio2029', 'Sendero#Rio2029')).rejects.toBeInstanceOf(LinkExpired);
    });

    it('refuses an unknown token', async () => {
        await expect(links.check('not-a-token')).rejects.toBeInstanceOf(LinkNotFound);
    });

    it('a failing listener does not undo or fail the password change', async () => {
        const errors: unknown[] = [];
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        const withReporter = new PasswordLinks({
            links: kit.repositories.passwordLinks,
            publicBaseUrl: 'https://sendero.example',
            setters: { registration: (id, pw) => registration.setPasswordFromLink(id, pw), reset: async () => undefined },
            now: kit.clock.now,
            onListenerError: (error) => errors.push(error),
        });
        withReporter.onPasswordSet(() => {
            throw new Error('bot is down');
        });
        const { url } = await withReporter.createLink('registration', registrationId, 'conv-1');
        await expect(withReporter.setPassword(tokenOf(url), 'Sendero#Rio2029', 'Sendero#Rio2029')).resolves.toEqual({ status: 'set' });
        await new Promise((resolve) => setImmediate(resolve));
        expect(errors).toEqual([new Error('bot is down')]);
    });
});
