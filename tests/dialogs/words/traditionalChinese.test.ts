import fs from 'node:fs';
import path from 'node:path';
import { foldUtterance, localesDirectory } from '../../../locales';
import { simplifiedChinese, writtenScript } from '../../../locales/chineseScript';
import { textFeatures } from '../../../conversation/intentClassifier';
import { i18n, say, texts, TEST_ORGANIZATION } from '../../support/dialogHarness';
import { askingAtTheMenu } from '../menuWithEveryFlow';

const traditional = i18n.getFixedT('zh', 'traditional');
const simplified = i18n.getFixedT('zh');

/*
 * Found by chatting with the bot: Chinese written as in Taiwan and Hong Kong (traditional characters) was read by the
 * shapes of its characters, and Sendero's Chinese words and training sentences are simplified: "怎麼找到我的帳號號碼"
 * (how do I find my account number) was out of scope, "我忘記密碼了" and "我要新增紙本申請的案件" were asked to be
 * confirmed. Traditional characters are now read as their simplified ones; Cantonese yes and no ("係", "唔使喇") are
 * answers too.
 */
const { askAtMenu, open } = askingAtTheMenu();

describe('traditional Chinese, read as simplified', () => {
    test('a traditional character folds to its simplified one; other scripts are left as they are', () => {
        expect(foldUtterance('怎麼找到我的帳號號碼？')).toBe(foldUtterance('怎么找到我的账号号码'));
        // Taiwan's and Hong Kong's own variants: 臺, 綫, 裏.
        expect(foldUtterance('臺灣 綫上 裏面')).toBe('台湾 线上 里面');
        expect(foldUtterance('Tiếng Việt')).toBe('tieng viet');
        expect(simplifiedChinese('I-485 EAC9999103403')).toBe('I-485 EAC9999103403');
        // Cantonese "搵" (find), which the conversion writes 揾, is Mandarin "找".
        expect(simplifiedChinese('點樣搵我嘅帳號號碼')).toBe('怎么找我的账号号码');
        expect(textFeatures('我的帳戶被鎖住了', 'zh')).toEqual(textFeatures('我的账户被锁住了', 'zh'));
    });

    test('the tables never rewrite a simplified training sentence: what the classifier learnt is what it reads', () => {
        for (const file of ['train.json', 'heldout.json']) {
            const data = JSON.parse(fs.readFileSync(path.join(localesDirectory(), 'zh', 'nlu', file), 'utf8')) as Record<string, string[]>;
            // 帐 and 账 are one character here; "繁體中文" names traditional Chinese in its own characters; a sentence in
            // Cantonese ("可唔可以用中文") is read in Mandarin words.
            const rewritten = Object.values(data)
                .flat()
                .filter((sentence) => !sentence.includes('繁體') && !/[唔冇咗嘅哋喺]/.test(sentence) && simplifiedChinese(sentence) !== sentence.replace(/帐/g, '账'));
            expect({ file, rewritten }).toEqual({ file, rewritten: [] });
        }
    });

    // zh-HK rows are written Cantonese: "唔" (not), "咗" (done), "嘅" (of) are read as their Mandarin words.
    test.each([
        ['zh-TW', '我想查詢我的案件狀態', 'caseStatus.ask.receipt'],
        ['zh-TW', '怎麼找到我的帳號號碼', 'findAccountNumber.whereToFind'],
        ['zh-TW', '我忘記密碼了', 'signInTrouble.prompt'],
        ['zh-TW', '我的帳戶被鎖住了', 'signInTrouble.prompt'],
        ['zh-TW', '怎麼開一個線上帳戶', 'chooseAccount.prompt'],
        ['zh-TW', '我要新增紙本申請的案件', 'addCase.signInIntro'],
        ['zh-HK', '我登入唔到', 'signInTrouble.prompt'],
        ['zh-HK', '我收唔到驗證碼', 'signInTrouble.prompt'],
        ['zh-HK', '我唔記得咗密碼', 'signInTrouble.prompt'],
        ['zh-HK', '點樣查我宗案嘅進度', 'caseStatus.ask.receipt'],
    ])('%s: "%s" gets %s', async (locale, said, key) => {
        const { replies } = await askAtMenu(locale, '你好', said);
        expect(replies[0].startsWith(traditional(key, { orgName: TEST_ORGANIZATION.name }))).toBe(true);
    });

    test.each([
        ['係', 'caseSubscriptions.subscribed.conversation'],
        ['唔使喇', 'caseSubscriptions.declined'],
    ])('zh-HK: "%s" answers the offer of updates (%s)', async (said, key) => {
        const { client } = await open({ locale: 'zh-HK' });
        await say(client, '你好');
        await say(client, '查詢案件狀態');
        await say(client, 'EAC9999103403');
        const replies = texts(await say(client, said));
        expect(replies[0]).toBe(traditional(key, { receipt: 'EAC9999103403' }));
    });
});

/*
 * Someone who writes traditional characters, or whose browser says zh-TW or zh-HK, is answered in them (the texts of
 * locales/zh/traditional/texts.json); someone who writes simplified ones in simplified, whatever the locale. A message
 * that could be either ("是", "你好") keeps the characters last seen.
 */
describe('answers in the characters the person writes', () => {
    test('zh-TW: the menu, its option labels and the next question in traditional characters', async () => {
        const { client } = await open({ locale: 'zh-TW' });
        const [menu] = texts(await say(client, '你好'));
        expect(menu.startsWith(traditional('menu.prompt'))).toBe(true);
        expect(menu).toContain(traditional('menu.options.checkStatus.title'));
        expect(menu).not.toContain(simplified('menu.options.checkStatus.title'));
        // A label in traditional characters, typed back, is the option.
        expect(texts(await say(client, traditional('menu.options.checkStatus.title')))).toEqual([traditional('caseStatus.ask.receipt')]);
    });

    test('zh-CN, writing traditional: answered in traditional, kept through "是", and simplified again when written so', async () => {
        const { client } = await open({ locale: 'zh-CN' });
        expect(texts(await say(client, '你好'))[0].startsWith(simplified('menu.prompt'))).toBe(true);
        expect(texts(await say(client, '我想查詢我的案件狀態'))).toEqual([traditional('caseStatus.ask.receipt')]);
        await say(client, 'EAC9999103403');
        expect(texts(await say(client, '是'))[0]).toBe(traditional('caseSubscriptions.subscribed.conversation', { receipt: 'EAC9999103403' }));
        // The case just checked is offered first (see checkedCases).
        expect(texts(await say(client, '我想查询我的案件状态'))[0].startsWith(simplified('caseStatus.ask.chooseCase'))).toBe(true);
    });

    test('zh-TW, writing simplified: answered in simplified', async () => {
        const { client } = await open({ locale: 'zh-TW' });
        await say(client, '你好');
        expect(texts(await say(client, '我想查询我的案件状态'))).toEqual([simplified('caseStatus.ask.receipt')]);
    });

    test.each([['traditional chinese'], ['繁體中文'], ['繁体中文']])('en-US: "%s" switches to Chinese in traditional characters', async (said) => {
        const { client } = await open({ locale: 'en-US' });
        await say(client, 'hello');
        expect(texts(await say(client, said))).toContain(traditional('language.changed'));
        // Kept through a message in neither script.
        expect(texts(await say(client, '4'))).toEqual([traditional('caseStatus.ask.receipt')]);
    });

    test('writtenScript: the characters a message shows, and none for one that could be either', () => {
        expect(['帳號', '账号', '我想和真人說話', '我想和真人说话', '你好', '找真人', 'EAC9999103403', '繁体中文', 'simplified Chinese'].map(writtenScript)).toEqual([
            'traditional',
            'simplified',
            'traditional',
            'simplified',
            undefined,
            undefined,
            undefined,
            'traditional',
            'simplified',
        ]);
    });
});

