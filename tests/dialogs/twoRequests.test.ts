import { askingAtTheMenu } from './menuWithEveryFlow';
import { en, i18n, say, texts } from '../support/dialogHarness';

// Two requests in one message ("check my case status and find my account number"). Before: the second was dropped
// without a word. Now the first flow runs, and the menu after it names the other.

const GREETING: Readonly<Record<string, string>> = { en: 'hello', es: 'hola', fr: 'bonjour', vi: 'xin chào', tl: 'kumusta', zh: '你好', ko: '안녕하세요', ar: 'مرحبا' };
const LOCALE: Readonly<Record<string, string>> = { en: 'en-US', es: 'es-US', fr: 'fr-FR', vi: 'vi-VN', tl: 'tl-PH', zh: 'zh-CN', ko: 'ko-KR', ar: 'ar' };

const { open } = askingAtTheMenu();

const TWO: ReadonlyArray<readonly [language: string, said: string]> = [
    ['en', 'I want to find my account number and check my case status'],
    ['es', 'Quiero ver el estado de mi caso y también encontrar mi número de cuenta'],
    ['fr', 'Je veux voir le statut de mon dossier et trouver mon numéro de compte'],
    ['vi', 'Tôi muốn xem tình trạng hồ sơ và tìm số tài khoản'],
    ['tl', 'Gusto kong alamin ang status ng kaso ko at hanapin ang account number ko'],
    ['zh', '我想查案件状态和找我的账户号码'],
    ['ar', 'أريد معرفة حالة ملفي و إيجاد رقم حسابي'],
    ['ko', '케이스 상태 확인 그리고 계정 번호 찾기'],
    ['ar', 'أريد معرفة حالة ملفي وإيجاد رقم حسابي'],
    ['ko', '케이스 상태 확인하고 계정 번호 찾기'],
];

const words = (language: string, key: string) => i18n.getFixedT(language)(key, { returnObjects: true }) as unknown as string[];

/** The message at the menu, then the first of `key`'s words at the flow's first question: the replies to each. */
async function twoRequestsThen(language: string, said: string, key: string): Promise<{ first: string[]; after: string[]; more: (text: string) => Promise<string[]> }> {
    const { client } = await open({ locale: LOCALE[language] });
    await say(client, GREETING[language]);
    const first = texts(await say(client, said));
    const after = texts(await say(client, words(language, key)[0]));
    return { first, after, more: async (text) => texts(await say(client, text)) };
}

test.each(TWO)('%s: "%s" starts one task, and the menu after it names the other', async (language, said) => {
    const t = i18n.getFixedT(language);
    const { first, after } = await twoRequestsThen(language, said, 'interruptions.cancelWords');
    const started = first[0] === t('caseStatus.ask.receipt') ? 'checkStatus' : 'findAccountNumber';
    // Otherwise the number's flow started: its first question.
    if (started === 'findAccountNumber') expect(first[0].startsWith(t('findAccountNumber.ask'))).toBe(true);
    const other = started === 'checkStatus' ? 'findAccountNumber' : 'checkStatus';
    expect(after.at(-2)).toBe(t('understanding.alsoAsked', { task: t(`understanding.tasks.${other}`) }));
    expect(after.at(-1)!.startsWith(t('menu.again'))).toBe(true);
});

test('en: the other task is named once, not at every menu after', async () => {
    const { after, more } = await twoRequestsThen('en', TWO[0][1], 'interruptions.cancelWords');
    const also = en('understanding.alsoAsked', { task: en('understanding.tasks.findAccountNumber') });
    expect(after).toContain(also);
    expect(await more('help')).not.toContain(also);
});

test('en: "start over" in the first task forgets the other', async () => {
    const { after } = await twoRequestsThen('en', TWO[0][1], 'interruptions.startOverWords');
    expect(after.join('\n')).not.toContain(en('understanding.alsoAsked', { task: en('understanding.tasks.findAccountNumber') }).slice(0, 20));
    expect(after.at(-1)!.startsWith(en('menu.prompt'))).toBe(true);
});

test.each([
    // One request, joined to words that ask for no task.
    'I want to check my case status and see what it means',
    'check my case status and thank you',
    // The same task twice.
    'check my case status and see my case status',
])('en: "%s" asks for one task: nothing else is named after it', async (said) => {
    const { after } = await twoRequestsThen('en', said, 'interruptions.cancelWords');
    expect(after.join('\n')).not.toContain(en('understanding.alsoAsked', { task: '' }).slice(0, 20));
});

test('en: read unsure, asked which was meant: the one chosen starts, and the menu after it names the other', async () => {
    const { client } = await open({ locale: 'en-US' });
    await say(client, 'hello');
    const asked = texts(await say(client, 'find my account number and create an account'));
    expect(asked[0].startsWith(en('understanding.confirm', { task: en('understanding.tasks.findAccountNumber') }))).toBe(true);
    expect(texts(await say(client, '1'))[0].startsWith(en('findAccountNumber.ask'))).toBe(true);
    const after = texts(await say(client, 'cancel'));
    expect(after.at(-2)).toBe(en('understanding.alsoAsked', { task: en('understanding.tasks.createAccount') }));
});
