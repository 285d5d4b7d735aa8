import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { createI18n } from '../../locales/index';
import { registerPasswordPageRoutes } from '../../bot/passwordPageRoutes';
import type { PasswordLinks, PasswordSetEvent } from '../../services/accounts/passwordLinks';
import type { RegistrationService } from '../../services/accounts/registrationService';
import {
    createAccountTestKit,
    createPasswordLinks,
    createPasswordReset,
    createRegistrationService,
    createSignIn,
    ORG_NAME,
    registrationAtPasswordStep,
    type AccountTestKit,
} from '../services/accounts/accountTestKit';

let kit: AccountTestKit;
let registration: RegistrationService;
let links: PasswordLinks;
let server: Server;
let baseUrl: string;

beforeEach(async () => {
    kit = await createAccountTestKit();
    registration = createRegistrationService(kit);
    links = createPasswordLinks(kit, registration, createPasswordReset(kit, createSignIn(kit).sessions));
    // The same body and query parsing as bot/server.ts.
    server = restify.createServer({ name: 'password-page-test', handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, mapFiles: false }));
    registerPasswordPageRoutes(server, { links, i18n: createI18n('en'), defaultLanguage: 'en', orgName: ORG_NAME });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await kit.dispose();
});

/** A live link for a registration at its password step, as a path on the test server. */
async function linkPath(): Promise<{ path: string; registrationId: string }> {
    const registrationId = await registrationAtPasswordStep(kit, registration, 'ana.lopez@example.com');
    const { url } = await links.createLink('registration', registrationId, 'conv-42');
    return { path: new URL(url).pathname, registrationId };
}

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
    return fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(fields).toString(),
    });
}

function expectStrictHeaders(response: Response): void {
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; style-src 'sha256-[A-Za-z0-9+/=]+'; form-action 'self'; frame-ancestors 'none'/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
}

describe('the password page', () => {
    it('GET shows a masked password and confirmation field and lists the policy, with strict headers', async () => {
        const { path } = await linkPath();
        const response = await fetch(`${baseUrl}${path}`);
        expect(response.status).toBe(200);
        expectStrictHeaders(response);
        const html = await response.text();
        expect(html).toContain('<html lang="en">');
        expect(html).toContain('name="password" type="password" autocomplete="new-password"');
        expect(html).toContain('name="confirm" type="password"');
        expect(html).toContain('<form method="post"');
        for (const rule of ['at least 8 characters', 'uppercase letter', 'lowercase letter', 'special character', 'not contain your email', 'not be a common password']) {
            expect(html).toContain(rule);
        }
        expect(html).toContain('<meta name="viewport"');
        expect(html).not.toMatch(/<script/i);
    });

    it('the inline style matches the hash in the CSP', async () => {
        const { path } = await linkPath();
        const response = await fetch(`${baseUrl}${path}`);
        const html = await response.text();
        const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
        const hash = require('node:crypto').createHash('sha256').update(style).digest('base64');
        expect(response.headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
    });

    it('is in Spanish with ?lang=es or an Accept-Language that prefers Spanish', async () => {
        const { path } = await linkPath();
        const byQuery = await (await fetch(`${baseUrl}${path}?lang=es`)).text();
        expect(byQuery).toContain('<html lang="es">');
        expect(byQuery).toContain('Elija su contraseña');
        expect(byQuery).toContain('action="?lang=es"');
        const byHeader = await (await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': 'de-DE;q=1, es-MX;q=0.9, en;q=0.5' } })).text();
        expect(byHeader).toContain('Nueva contraseña');
    });

    it('POST with a weak password lists the failed rules, does not echo it, and keeps the link usable', async () => {
        const { path, registrationId } = await linkPath();
        const response = await post(path, { password: 'ana.lopez', confirm: 'ana.lopez' });
        expect(response.status).toBe(422);
        expectStrictHeaders(response);
        const html = await response.text();
        const problem = /<div class="problem" role="alert">([\s\S]*?)<\/div>/.exec(html)![1];
        expect(problem).toContain('That password can&#39;t be used');
        expect(problem).toContain('include an uppercase letter');
        expect(problem).toContain('not contain your email address');
        expect(problem).not.toContain('include a lowercase letter');
        expect(html).not.toContain('ana.lopez');
        expect((await registration.progress(registrationId)).nextStep).toBe('setPassword');
        expect((await fetch(`${baseUrl}${path}`)).status).toBe(200);
    });

    it('POST with two different passwords says so without echoing either', async () => {
        const { path } = await linkPath();
        const response = await post(path, { password: 'Sendero#Rio2029', confirm: 'Sendero#Rio2028' }, { 'Accept-Language': 'es' });
        expect(response.status).toBe(422);
        const html = await response.text();
        expect(html).toContain('Las dos contraseñas son distintas');
        expect(html).not.toContain('Sendero#Rio202');
    });

    it('POST with a good password succeeds, emits the event for the conversation, and the link then answers 410', async () => {
        const { path, registrationId } = await linkPath();
        const events: PasswordSetEvent[] = [];
        links.onPasswordSet((event) => {
            events.push(event);
        });
        const response = await post(path, { password: 'Sendero#Rio2029', confirm: 'Sendero#Rio2029' });
        expect(response.status).toBe(200);
        expectStrictHeaders(response);
        const html = await response.text();
        expect(html).toContain('Password saved');
        expect(html).not.toContain('Sendero#Rio2029');
        expect(events).toEqual([{ conversationKey: 'conv-42', purpose: 'registration', targetId: registrationId }]);
        expect((await registration.progress(registrationId)).nextStep).toBe('chooseTwoStep');

        const again = await post(path, { password: 'Another#Pass2029', confirm: 'Another#Pass2029' });
        expect(again.status).toBe(410);
        expectStrictHeaders(again);
        expect(await again.text()).toContain('expired or was already used');
        expect((await fetch(`${baseUrl}${path}`)).status).toBe(410);
    });

    it('answers 410 for an expired link and 404 for an unknown one', async () => {
        const { path } = await linkPath();
        kit.clock.advanceMinutes(15);
        expect((await fetch(`${baseUrl}${path}`)).status).toBe(410);
        expect((await post(path, { password: 'Sendero#Rio2029', confirm: 'Sendero#Rio2029' })).status).toBe(410);
        const unknown = await fetch(`${baseUrl}/account/password/not-a-real-token`);
        expect(unknown.status).toBe(404);
        expectStrictHeaders(unknown);
        expect(await unknown.text()).toContain('This link is not valid');
        expect((await post('/account/password/not-a-real-token', { password: 'x', confirm: 'x' })).status).toBe(404);
    });

    it('a link whose registration has moved on answers 410, not an error page', async () => {
        const { path, registrationId } = await linkPath();
        // The password was set in the chat meanwhile (without the dialog's revocation, to test the service's own check).
        await registration.setPassword(registrationId, 'Sendero#Rio2029');
        const response = await post(path, { password: 'Other#Pass2030', confirm: 'Other#Pass2030' });
        expect(response.status).toBe(410);
    });

    it('POST without the fields shows the form again with 400', async () => {
        const { path } = await linkPath();
        const response = await post(path, { something: 'else' });
        expect(response.status).toBe(400);
        expect(await response.text()).toContain('name="password"');
    });
});
