import { randomUUID } from 'node:crypto';
import { en, es } from '../support/dialogHarness';
import { postExpectingReplies } from '../support/expectReplies';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Where nothing was shown before the first message (SMS, a channel without a welcome event), a first message that asks
 * what this is, or thanks, gets its line after the welcome, then the menu: not a guess at a task.
 */
let app: TestApp;
beforeAll(async () => {
    app = await startTestApp();
});
afterAll(async () => {
    await app?.dispose();
});

const textsOf = (replies: Array<{ type?: string; text?: string }>) => replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');

test.each([
    { locale: 'en-US', text: 'Who are you?', t: en, remark: 'aboutMe' },
    { locale: 'en-US', text: 'are you a robot', t: en, remark: 'aboutMe' },
    { locale: 'es-US', text: '¿Es usted de USCIS?', t: es, remark: 'aboutMe' },
    { locale: 'es-US', text: 'gracias', t: es, remark: 'thanks' },
])('"$text" as the first message ($locale): the welcome, its line, then the menu', async ({ locale, text, t, remark }) => {
    const replies = textsOf(await postExpectingReplies(app.url, `first-remark-${randomUUID()}`, { text, locale }));
    expect(replies[0]).toBe(t('welcome.greeting', { orgName: app.config.ORG_NAME }));
    const line = replies.indexOf(t(`remarks.${remark}.answer`));
    expect(line).toBeGreaterThan(0);
    expect(replies.slice(line + 1).join('\n')).toContain(t('menu.prompt'));
    expect(replies.join('\n')).not.toContain(t('understanding.outOfScope'));
});
