import { i18n, en, es, say, texts } from '../support/dialogHarness';
import { askingAtTheMenu, openMenuWithEveryFlow } from './menuWithEveryFlow';
import { loadIntentClassifier } from '../../conversation/nluTraining';
import type { SafetyConcern } from '../../conversation/safetyConcern';

const { askAtMenu, firstMessage, open } = askingAtTheMenu();

const GREETING: Readonly<Record<string, string>> = { en: 'hello', es: 'hola', fr: 'bonjour', vi: 'xin chào', tl: 'kumusta', zh: '你好', ko: '안녕하세요', ar: 'مرحبا' };
const LOCALE: Readonly<Record<string, string>> = { en: 'en-US', es: 'es-US', fr: 'fr-FR', vi: 'vi-VN', tl: 'tl-PH', zh: 'zh-CN', ko: 'ko-KR', ar: 'ar' };

// Someone who may be in danger, in each language. Before: "Did you want to make an account?" ("I want to kill myself"),
// "Sorry, I can't help with that" (most of them), the worry line ("I'm scared of my husband"), or a guess to confirm.
const SAID: ReadonlyArray<readonly [language: string, said: string, concern: SafetyConcern]> = [
    ['en', 'I want to kill myself', 'selfHarm'],
    ['en', "I don't want to live anymore", 'selfHarm'],
    ['en', 'help, I keep thinking about suicide', 'selfHarm'],
    ['en', 'my husband hits me and threatens to cancel my green card', 'abuse'],
    ['en', 'my wife threatened to withdraw the petition', 'abuse'],
    ['en', "I'm scared of my husband", 'abuse'],
    ['en', "I'm in danger", 'abuse'],
    ['en', 'my boss took my passport and forces me to work', 'trafficking'],
    // Someone worried about another person: 988 is for them too.
    ['en', 'my son wants to kill himself', 'selfHarm'],
    ['es', 'mi hija se quiere suicidar', 'selfHarm'],
    ['ar', 'أخي يريد أن ينتحر', 'selfHarm'],
    ['en', 'my ex is stalking me', 'abuse'],
    ['es', 'quiero morirme', 'selfHarm'],
    ['es', 'ya no quiero vivir', 'selfHarm'],
    // Despair said without the words for death ("Sorry, I can't help with that" before).
    ['en', 'I feel like giving up on life', 'selfHarm'],
    ['en', "I can't go on like this", 'selfHarm'],
    ['en', "I just want to sleep and never wake up again", 'selfHarm'],
    ['es', 'ya no puedo seguir viviendo así', 'selfHarm'],
    ['es', 'no quiero volver a despertar', 'selfHarm'],
    ['es', 'mi esposo me pega', 'abuse'],
    ['es', 'mi esposo me amenaza con quitarme los papeles', 'abuse'],
    ['es', 'mi patrón me quitó el pasaporte', 'trafficking'],
    ['fr', "j'ai envie de mourir", 'selfHarm'],
    ['fr', 'mon mari me frappe', 'abuse'],
    ['fr', 'je suis victime de traite', 'trafficking'],
    ['vi', 'tôi muốn tự tử', 'selfHarm'],
    ['vi', 'chồng tôi đánh tôi', 'abuse'],
    ['vi', 'tôi bị ép làm việc', 'trafficking'],
    ['tl', 'gusto ko nang mamatay', 'selfHarm'],
    ['tl', 'binubugbog ako ng asawa ko', 'abuse'],
    ['tl', 'kinuha ng amo ko ang passport ko', 'trafficking'],
    ['zh', '我不想活了', 'selfHarm'],
    ['zh', '老公打我', 'abuse'],
    ['zh', '老板扣了我的护照', 'trafficking'],
    // A passport taken in other words (before: "Sorry, I can't help with that").
    ['zh', '老板拿走了我的护照，不让我走', 'trafficking'],
    ['zh', '雇主收走了我的护照', 'trafficking'],
    ['ko', '죽고 싶어요', 'selfHarm'],
    ['ko', '남편이 저를 때려요', 'abuse'],
    ['ko', '남편이 영주권을 취소하겠다고 협박해요', 'abuse'],
    ['ko', '고용주가 여권을 가져갔어요 강제 노동이에요', 'trafficking'],
    ['ar', 'أريد أن أموت', 'selfHarm'],
    ['ar', 'زوجي يضربني', 'abuse'],
    ['ar', 'زوجي يهددني بإلغاء أوراقي', 'abuse'],
    // Kept in the house (before: "Sorry, I can't help with that").
    ['en', "my husband won't let me leave the house", 'abuse'],
    ['es', 'mi esposo no me deja salir de la casa', 'abuse'],
    ['fr', 'mon mari ne me laisse pas sortir de la maison', 'abuse'],
    ['zh', '我丈夫不让我出门', 'abuse'],
    ['vi', 'chồng tôi không cho tôi ra khỏi nhà', 'abuse'],
    ['ko', '남편이 집 밖에 못 나가게 해요', 'abuse'],
    ['ar', 'زوجي لا يسمح لي بالخروج من البيت', 'abuse'],
    ['tl', 'hindi ako pinapalabas ng bahay ng asawa ko', 'abuse'],
    ['ar', 'صاحب العمل أخذ جواز سفري', 'trafficking'],
    // Papers taken or hidden by a partner or a relative (before: "Did you want to check a case status?", the evidence
    // question, or "Sorry").
    ['en', 'my husband took my passport and my green card', 'abuse'],
    ['en', 'my wife hides my papers', 'abuse'],
    ['es', 'mi esposo me quitó mis papeles', 'abuse'],
    ['fr', "mon mari a caché mon passeport", 'abuse'],
    ['zh', '我老公拿走了我的护照', 'abuse'],
    ['vi', 'chồng tôi giữ giấy tờ của tôi', 'abuse'],
    ['ko', '남편이 여권을 숨겼어요', 'abuse'],
    ['ar', 'زوجي أخذ جواز سفري', 'abuse'],
    ['tl', 'kinuha ng asawa ko ang passport ko', 'abuse'],
    // An employer's is still trafficking's (a guard row, passed before).
    ['en', 'my boss took my passport and forces me to work', 'trafficking'],
];

// Look-alikes that are not this: a figure of speech, a scam call's threat, "slowly" (Vietnamese without its marks reads
// as suicide's word), "I'm not sure", a volunteer's question, an embassy keeping a passport for its visa.
const NOT_THIS: ReadonlyArray<readonly [language: string, said: string]> = [
    ['en', 'this wait is killing me'],
    ['en', "someone called and threatened to deport me if I don't pay"],
    ['en', 'can I work without pay while my case is pending'],
    ['en', 'the embassy kept my passport for the visa'],
    ['en', "will it hurt me if I travel"],
    ['en', "I can't go on to the next step"],
    ['vi', 'xin nói từ từ'],
    // "Is my case in danger?" (a case, not a person).
    ['vi', 'hồ sơ của tôi có đang gặp nguy hiểm không'],
    ['es', 'no estoy seguro de mi número de recibo'],
    ['es', 'USCIS no me deja salir del país'],
    ['zh', '他打我电话了'],
    // A passport an office keeps is not taken by an employer.
    ['zh', '面试的时候移民局收走了我的护照'],
    // Papers taken by officers, or kept by a lawyer (guard rows, passed before).
    ['en', 'CBP took my green card at the airport'],
    ['en', 'my lawyer took my passport to make copies'],
];

describe('someone who may be in danger gets the line to call first', () => {
    test.each(SAID)('at the menu (%s): %s', async (language, said, concern) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t(`safety.${concern}.answer`));
        // Then the menu again: nothing else is read into the message (not "Sorry, I can't help with that").
        expect(replies).not.toContain(t('understanding.outOfScope'));
        expect(replies).toHaveLength(2);
    });

    test('written in traditional characters, answered in them', async () => {
        const { replies } = await askAtMenu('zh-CN', '你好', '我想自殺');
        expect(replies[0]).toBe(i18n.getFixedT('zh', 'traditional')('safety.selfHarm.answer'));
    });

    test.each(NOT_THIS)('not for a look-alike (%s): %s', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        for (const concern of ['selfHarm', 'abuse', 'trafficking']) expect(replies).not.toContain(t(`safety.${concern}.answer`));
    });

    test('as a first message written in another language: answered in it, and the conversation goes on in it', async () => {
        const { replies } = await firstMessage('en-US', 'quiero morirme');
        expect(replies).toEqual([es('language.changed'), es('safety.selfHarm.answer'), expect.stringContaining(es('menu.prompt'))]);
    });

    test('at a question inside a flow: the line to call, then the same question; the flow goes on', async () => {
        const { client } = await open({ locale: 'en-US' });
        await say(client, 'hello');
        const asked = texts(await say(client, 'check my case status'));
        const question = asked[asked.length - 1];
        expect(texts(await say(client, 'my husband beats me'))).toEqual([en('safety.abuse.answer'), question]);
        expect(texts(await say(client, 'EAC9999103403')).join('\n')).toContain('Case Was Approved');
    });

    test('in another language than the conversation: answered in the words\' language, the question in the conversation\'s', async () => {
        const { client } = await open({ locale: 'en-US' });
        await say(client, 'hello');
        const asked = texts(await say(client, 'check my case status'));
        expect(texts(await say(client, 'quiero morirme'))).toEqual([es('safety.selfHarm.answer'), asked[asked.length - 1]]);
    });

    test('by text message, the short answer', async () => {
        const harness = await openMenuWithEveryFlow(await loadIntentClassifier(), { locale: 'es-US', channelId: 'sms' });
        try {
            await say(harness.client, 'hola');
            const replies = texts(await say(harness.client, 'mi esposo me pega'));
            expect(replies[0]).toBe(i18n.getFixedT('es')('safety.abuse.answer_sms'));
        } finally {
            await harness.dispose();
        }
    }, 120_000);
});
