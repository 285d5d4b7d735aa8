import { availableLanguages } from '../../locales';
import { buildAccountFlows } from '../../dialogs/account/accountFlows';
import { ClassifierRecognizer } from '../../conversation/classifierRecognizer';
import type { IntentClassifier } from '../../conversation/intentClassifier';
import { loadIntentClassifier } from '../../conversation/nluTraining';
import type { ConversationStart } from '../../conversation/conversationStart';
import { openMenuWithEveryFlow } from './menuWithEveryFlow';
import { en, es, i18n, say, startDialogHarness, TEST_ORGANIZATION, texts, type DialogHarness } from '../support/dialogHarness';

let classifier: IntentClassifier;
let harness: DialogHarness | undefined;
beforeAll(async () => {
    classifier = await loadIntentClassifier();
}, 120_000);
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

/** The main dialog with the classifier behind its recognizer and the real account flows; `start` plays a first message. */
async function open(options: { locale?: string; start?: ConversationStart } = {}): Promise<DialogHarness> {
    harness = await startDialogHarness({
        ...options,
        recognizer: (phrases) => new ClassifierRecognizer(phrases, classifier),
        flows: (services) => {
            const flows = buildAccountFlows(services);
            return { findAccountNumber: flows.findAccountNumber, createAccount: flows.chooseAccount, recoverAccess: flows.recoverAccess };
        },
    });
    return harness;
}

const opens = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('free text at the main menu', () => {
    test('en: "hi" as a first message gets a short greeting, then the menu', async () => {
        const { client } = await open({ start: { utterance: 'hi' } });
        const replies = texts(await say(client, 'hi'));
        expect(replies[0]).toBe(en('understanding.greeting'));
        expect(replies[1]).toMatch(opens(en('menu.prompt')));
    });

    test('en: "hi" right after the welcome said hello gets the menu alone', async () => {
        const { client } = await open({ start: { utterance: 'hi', welcomed: true } });
        expect(texts(await say(client, 'hi'))).toEqual([expect.stringMatching(opens(en('menu.prompt')))]);
    });

    test('en: a mailed I-130 goes to adding a paper case (or asks about it first)', async () => {
        const { client } = await open();
        await say(client, 'hello');
        const replies = await say(client, 'I mailed a paper I-130 last year, how do I add it to my account?');
        const first = texts(replies)[0];
        // The test harness puts a "coming soon" flow behind adding a case; a confirm question must offer it first.
        if (first.startsWith(en('understanding.confirm', { task: en('understanding.tasks.addPaperCase') }))) {
            expect(first).toContain(en('understanding.choices.addPaperCase'));
        } else {
            expect(first).toMatch(opens(en('comingSoon.notYet', { flow: en('flows.addPaperCase') })));
        }
    });

    test('en: a Spanish question in an English conversation starts finding the account number (after the one-time language question)', async () => {
        const { client } = await open();
        await say(client, 'hello');
        // The menu was shown before anything was typed: this answer is the first message, so its language is offered once.
        expect(texts(await say(client, '¿Cómo encuentro mi número de cuenta?'))[0]).toMatch(opens(es('language.offer')));
        const replies = texts(await say(client, 'no'));
        expect(replies[0]).toBe(en('language.unchanged'));
        expect(replies[1]).toMatch(opens(en('findAccountNumber.ask')));
    });

    test('en: the language question answered with another Spanish request: Spanish, and that request is what is done', async () => {
        const { client } = await open();
        await say(client, 'hello');
        expect(texts(await say(client, 'hola, tengo una pregunta'))[0]).toMatch(opens(es('language.offer')));
        const replies = texts(await say(client, '¿Cómo encuentro mi número de cuenta?'));
        expect(replies[0]).toBe(es('language.changed'));
        // "How do I find my account number?" asks where it is: that is answered at once.
        expect(replies[1]).toBe(es('findAccountNumber.whereToFind'));
    });

    test('es: "¿Cómo encuentro mi número de cuenta?" as a first message starts finding the account number, where it is', async () => {
        const utterance = '¿Cómo encuentro mi número de cuenta?';
        const { client } = await open({ locale: 'es-MX', start: { utterance } });
        expect(texts(await say(client, utterance))[0]).toBe(es('findAccountNumber.whereToFind'));
    });

    test('es: "hola" gets the greeting and the menu in Spanish', async () => {
        const { client } = await open({ locale: 'es-MX', start: { utterance: 'hola' } });
        const replies = texts(await say(client, 'hola'));
        expect(replies).toEqual([es('understanding.greeting'), expect.stringMatching(opens(es('menu.prompt')))]);
    });

    test('out of scope: says what Sendero can do (no legal advice, a person can help) and shows the menu', async () => {
        const { client } = await open();
        await say(client, 'hello');
        const replies = texts(await say(client, 'who won the football game last night'));
        expect(replies[0]).toBe(en('understanding.outOfScope'));
        expect(replies[1]).toMatch(opens(en('menu.prompt')));
    });

    test('a command inside a flow still wins, and an answer there is never re-routed', async () => {
        const { client } = await open();
        await say(client, 'hello');
        await say(client, '1');
        // At the account-number guide, a sentence about passwords is not an answer, and is not taken elsewhere either.
        const replies = texts(await say(client, 'I forgot my password'));
        expect(replies.join('\n')).not.toContain(en('recoverAccess.chooseTopic'));
        expect(texts(await say(client, 'cancel'))[0]).toBe(en('cancel.done'));
    });
});

describe('the confirm question when the classifier is unsure', () => {
    test('one question with the two best guesses as buttons and "something else"; a choice starts it', async () => {
        const { client } = await open();
        await say(client, 'hello');
        const unsure = await findUnsureSentence();
        const replies = await say(client, unsure.text);
        const [first, second] = unsure.intents;
        expect(texts(replies)[0]).toMatch(opens(en('understanding.confirm', { task: en(`understanding.tasks.${key(first)}`) })));
        const expected = [en(`understanding.choices.${key(first)}`), ...(second ? [en(`understanding.choices.${key(second)}`)] : []), en('understanding.choices.somethingElse')];
        // On this channel the choices are numbered in the message, in this order.
        const listed = expected.map((title) => texts(replies)[0].indexOf(title));
        expect(listed.every((index) => index > 0)).toBe(true);
        expect([...listed].sort((a, b) => a - b)).toEqual(listed);
        // Inline ("(3) Something else") or, when a title is long, a list ("3. Something else").
        expect(texts(replies)[0]).toMatch(new RegExp(`\\(${expected.length}\\) |\\n\\s*${expected.length}\\. `));
        const after = texts(await say(client, en('understanding.choices.somethingElse')));
        expect(after[0]).toMatch(opens(en('menu.prompt')));
    });

    /** What the conversation says after the confirm question is answered with `answer` (in a fresh conversation). */
    async function answerToConfirm(answer: string | ((firstGuess: string) => string), locale?: string): Promise<string[]> {
        await harness?.dispose();
        const { client } = await open({ locale });
        await say(client, locale?.startsWith('es') ? 'hola' : 'hello');
        const unsure = await findUnsureSentence(locale?.startsWith('es') ? 'es' : 'en');
        const t = locale?.startsWith('es') ? es : en;
        expect(texts(await say(client, unsure.text))[0]).toMatch(opens(t('understanding.confirm', { task: t(`understanding.tasks.${key(unsure.intents[0])}`) })));
        return texts(await say(client, typeof answer === 'string' ? answer : answer(unsure.intents[0])));
    }

    test('"yes" takes the first guess, as its button does; "no" is "something else"', async () => {
        const byButton = await answerToConfirm((firstGuess) => en(`understanding.choices.${key(firstGuess)}`));
        expect(byButton[0]).not.toMatch(opens(en('understanding.confirmRetry')));
        expect(await answerToConfirm('yes')).toEqual(byButton);
        expect(await answerToConfirm('yes please')).toEqual(byButton);
        // "ok" is a yes here, though at the menu it is only an acknowledgement.
        expect(await answerToConfirm('ok')).toEqual(byButton);
        expect((await answerToConfirm('no'))[0]).toMatch(opens(en('menu.prompt')));
    });

    test('es: "sí" takes the first guess and "no" goes back to the menu', async () => {
        const byButton = await answerToConfirm((firstGuess) => es(`understanding.choices.${key(firstGuess)}`), 'es-US');
        expect(await answerToConfirm('sí', 'es-US')).toEqual(byButton);
        expect((await answerToConfirm('no', 'es-US'))[0]).toMatch(opens(es('menu.prompt')));
    });

    test('"back", "none of these", "volver": the way out, as "something else" is', async () => {
        expect((await answerToConfirm('back'))[0]).toMatch(opens(en('menu.prompt')));
        expect((await answerToConfirm('none of these'))[0]).toMatch(opens(en('menu.prompt')));
        expect((await answerToConfirm('volver', 'es-US'))[0]).toMatch(opens(es('menu.prompt')));
    });

    test('"cancel" drops the question and shows the menu', async () => {
        const replies = await answerToConfirm('cancel');
        expect(replies[0]).toBe(en('cancel.done'));
        expect(replies[1]).toMatch(opens(en('menu.prompt')));
        expect(replies).not.toContain(en('cancel.nothing'));
    });

    test('another request at the question is taken as one, not refused', async () => {
        const replies = await answerToConfirm('I want to create an account');
        expect(replies[0]).toMatch(opens(en('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })));
    });

    test('a number that is no option is refused, and the question asked again', async () => {
        const replies = await answerToConfirm('9');
        expect(replies[0]).toMatch(opens(en('understanding.confirmRetry')));
    });
});

const key = (intent: string) => intent.replace(/\.(\w)/, (_, letter: string) => letter.toUpperCase());

/** A held-out sentence in `language` the classifier is unsure about, with the guesses the menu would offer. */
async function findUnsureSentence(language = 'en'): Promise<{ text: string; intents: string[] }> {
    const { readNluExamples } = await import('../../conversation/nluTraining');
    const { isConfirmable } = await import('../../dialogs/menuOptions');
    for (const example of readNluExamples(language, 'heldout')) {
        const reading = await classifier.read(example.text, language);
        const [best, second] = reading.intents;
        if (reading.confidence !== 'unsure' || !isConfirmable(best.name) || example.text.includes('@')) continue;
        const phrases = await harness!.services.recognizer.recognize({ text: example.text, locale: language, expecting: 'menu' });
        if (phrases.intents.length || phrases.entities.length) continue;
        return { text: example.text, intents: second && isConfirmable(second.name) && second.name !== best.name ? [best.name, second.name] : [best.name] };
    }
    throw new Error(`no held-out ${language} sentence leaves the classifier unsure`);
}

describe('what the first message already said is not asked again', () => {
    test('"yes" to the confirm question goes where the message asked, with the reason it gave', async () => {
        const { client } = await open();
        await say(client, 'hello');
        // A sentence the classifier is unsure of (its best guess: "I can't sign in"), naming a locked account.
        const unsure = 'the site says account locked wait 20 min';
        expect((await classifier.read(unsure, 'en')).confidence).toBe('unsure');
        expect(texts(await say(client, unsure))[0]).toMatch(opens(en('understanding.confirm', { task: en('understanding.tasks.accountRecovery') })));
        // Which account first (a sentence may mean the USCIS one); then not "What is stopping you from signing in?":
        // "yes" says nothing of it, the message did.
        expect(texts(await say(client, en('prompts.yesNo.yes')))[0]).toMatch(opens(en('signInTrouble.prompt', { orgName: TEST_ORGANIZATION.name })));
        const replies = texts(await say(client, en('chooseAccount.organization')));
        expect(replies[0]).toBe(en('recoverAccess.lockedOut.advice'));
        expect(replies.join('\n')).not.toContain(en('recoverAccess.chooseTopic'));
    });

    test('an email: the account-number look-up signs in with it', async () => {
        const { client } = await open();
        await say(client, 'hello');
        const replies = texts(await say(client, 'i need my account number, my email is ana.prefill@example.org'));
        expect(replies[0]).toBe(en('findAccountNumber.lookup.signInIntro'));
        expect(replies).not.toContain(en('signIn.askEmail'));
    });

    test('an email at a misspelt domain, given with the request, is asked about before sign-in or sign-up starts', async () => {
        const { client } = await open();
        await say(client, 'hello');
        const asked = texts(await say(client, 'i need my account number, my email is ana.prefill@gmial.com'));
        expect(asked).toEqual([en('findAccountNumber.lookup.signInIntro'), en('prompts.emailTypo', { typed: 'ana.prefill@gmial.com', meant: 'ana.prefill@gmail.com' })]);
        expect(texts(await say(client, 'yes'))[0]).toMatch(opens(en('signIn.chooseMethod')));
        await harness?.dispose();
        const utterance = 'I want to create an account, my email is ana.signup@hotmial.com';
        const signUp = (await open({ start: { utterance } })).client;
        await say(signUp, utterance);
        expect(texts(await say(signUp, '2'))).toEqual([en('prompts.emailTypo', { typed: 'ana.signup@hotmial.com', meant: 'ana.signup@hotmail.com' })]);
        expect(texts(await say(signUp, 'no'))).toContain(en('createAccount.email.sent', { email: 'ana.signup@hotmial.com' }));
    });

    test('an account number: it is checked at once', async () => {
        const utterance = 'is 1234 5678 9012 my account number?';
        const { client } = await open({ start: { utterance } });
        const replies = texts(await say(client, utterance));
        expect(replies[0]).not.toMatch(opens(en('findAccountNumber.ask')));
        expect(replies[0]).toContain('1234');
    });

    test('a number alone, at the menu: it is checked at once, as an account number or as the number it looks like', async () => {
        const { client } = await open();
        await say(client, 'hello');
        const accountNumber = texts(await say(client, '1234 5678 9012'));
        expect(accountNumber[0]).not.toBe(en('understanding.outOfScope'));
        expect(accountNumber[0]).toContain('1234 5678 9012');
        await say(client, 'cancel');
        expect(texts(await say(client, 'A123456789'))[0]).toBe(en('findAccountNumber.check.aNumber'));
        await say(client, 'cancel');
        // The same number from an Arabic or a full-width keyboard.
        expect(texts(await say(client, '١٢٣٤ ٥٦٧٨ ٩٠١٢'))[0]).toContain('1234 5678 9012');
        await say(client, 'cancel');
        expect(texts(await say(client, 'Ａ１２３４５６７８９'))[0]).toBe(en('findAccountNumber.check.aNumber'));
        await say(client, 'cancel');
        // A menu option's number is still the option.
        expect(texts(await say(client, '1'))[0]).toMatch(opens(en('findAccountNumber.ask')));
    });

    test('an email alone, at the menu: said to be one, asked only inside a task, and the menu follows', async () => {
        for (const [locale, greeting, t] of [['en-US', 'hello', en], ['es-US', 'hola', es]] as const) {
            const { client } = await open({ locale });
            await say(client, greeting);
            const replies = texts(await say(client, 'ana.lopez@example.com'));
            expect(replies[0]).toBe(t('understanding.emailAlone'));
            expect(replies[1]).toMatch(opens(t('menu.prompt')));
            await harness?.dispose();
            harness = undefined;
        }
    });

    // Before: "Sorry, I can't help with that", the address read as a sentence out of scope.
    test.each([
        ['en-US', 'hello', 'my email is ana.lopez@example.com'],
        ['es-US', 'hola', 'mi correo es ana.lopez@example.com'],
    ])('%s: "%s", then "%s": an email given in words is an email alone, too', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.emailAlone'));
    });

    test('a status title named at the menu: what it means for any case, no receipt number asked, then "anything else?"', async () => {
        const fr = i18n.getFixedT('fr');
        const es = i18n.getFixedT('es');
        const [vi, ko, ar, zh, tl] = (['vi', 'ko', 'ar', 'zh', 'tl'] as const).map((language) => i18n.getFixedT(language));
        for (const [locale, greeting, t, question, title, bucket] of [
            ['en-US', 'hello', en, 'what does Case Was Received mean?', 'Case Was Received', 'received'],
            ['fr-FR', 'bonjour', fr, 'que veut dire « Case Was Received » ?', 'Case Was Received', 'received'],
            // A long title by its opening words (before, out of scope).
            ['en-US', 'hello', en, 'what does case was transferred mean', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            // Shorter still (before: "Did you want to learn which number is which?", and the receipt question).
            ['en-US', 'hello', en, 'what does case transferred mean', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            ['es-US', 'hola', es, 'mi caso dice que fue transferido a otra oficina', 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción', 'review'],
            // A title whose own words are a request's ("returned", "card"): still the meaning, asked about the title.
            ['en-US', 'hello', en, 'what does Card Was Returned To USCIS mean?', 'Card Was Returned To USCIS', 'problem'],
            // A Notice of Intent to Deny by its name or initials (before: the letter's answer and the receipt question, or
            // "Did you want to learn which number is which?").
            ['en-US', 'hello', en, 'I got a notice of intent to deny', 'Notice of Intent to Deny Was Sent', 'intentToDeny'],
            ['en-US', 'hello', en, 'what is a NOID', 'Notice of Intent to Deny Was Sent', 'intentToDeny'],
            ['en-US', 'hello', en, 'I received a letter of intent to deny', 'Notice of Intent to Deny Was Sent', 'intentToDeny'],
            ['es-US', 'hola', es, 'me llegó un aviso de intención de negar mi caso', 'Se Envió un Aviso de Intención de Denegar', 'intentToDeny'],
            // Its name with the word for a notice in it: the title, not "a letter" beside it (the letter's answer).
            ['vi-VN', 'xin chào', vi, 'tôi nhận được thông báo dự định từ chối', 'Notice of Intent to Deny Was Sent', 'intentToDeny'],
            ['ko-KR', '안녕하세요', ko, '거절 의향 통지서를 받았어요', 'Notice of Intent to Deny Was Sent', 'intentToDeny'],
            ['ar', 'مرحبا', ar, 'أرسلوا لي إشعارًا بنية الرفض، ماذا أفعل؟', 'Notice of Intent to Deny Was Sent', 'intentToDeny'],
            // A refused expedite request: the refusal's meaning, not how to ask for one (before: the expedite answer).
            ['en-US', 'hello', en, 'my expedite request was denied', 'Expedite Request Denied', 'expediteDenied'],
            ['es-US', 'hola', es, 'me negaron el expedite, ¿qué hago?', 'Se Denegó la Solicitud de Trámite Acelerado', 'expediteDenied'],
            // A title in quotes (before: "Did you want to learn which number is which?"), and one retold in fewer words
            // in a question about what it means (before: the receipt question).
            ['es-US', 'hola', es, "que significa 'Case Was Approved'", 'Case Was Approved', 'approved'],
            ['es-US', 'hola', es, '¿qué significa caso aprobado?', 'Caso Fue Aprobado', 'approved'],
            ['en-US', 'hello', en, 'what does case denied mean', 'Case Was Denied', 'denied'],
            // Retold, with "now what?" (before: the receipt question in both).
            ['en-US', 'hello', en, 'my case got approved, now what?', 'Case Was Approved', 'approved'],
            ['es-US', 'hola', es, 'me aprobaron el caso, ¿y ahora qué?', 'Caso Fue Aprobado', 'approved'],
            // An approval and "what's next?" in words that name no title (before: "Sorry", or a status check to confirm).
            ['ko-KR', '안녕하세요', ko, '승인됐는데 이제 뭐 해요?', 'Case Was Approved', 'approved'],
            ['zh-CN', '你好', zh, '批准了，现在怎么办？', 'Case Was Approved', 'approved'],
            ['ar', 'مرحبا', ar, 'تمت الموافقة، ماذا أفعل الآن؟', 'Case Was Approved', 'approved'],
            ['es-US', 'hola', es, 'ya me aprobaron, ¿y ahora qué sigue?', 'Caso Fue Aprobado', 'approved'],
            ['en-US', 'hello', en, 'what does it mean when my case is transferred to another office', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            // A transfer retold in the other languages (before: the receipt question, the sign-in for one's cases,
            // USCIS's contact details offered, or "Sorry").
            ['es-US', 'hola', es, 'transfirieron mi caso', 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción', 'review'],
            ['fr-FR', 'bonjour', fr, 'mon dossier a été transféré à un autre bureau', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            ['vi-VN', 'xin chào', vi, 'hồ sơ của tôi bị chuyển sang văn phòng khác', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            ['zh-CN', '你好', zh, '我的案子转到别的办公室了', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            ['ko-KR', '안녕하세요', ko, '제 케이스가 다른 사무소로 이관됐어요', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            ['ar', 'مرحبا', ar, 'تم نقل قضيتي إلى مكتب آخر', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            ['tl-PH', 'kumusta', tl, 'na-transfer ang kaso ko sa ibang opisina', 'Case Was Transferred And A New Office Has Jurisdiction', 'review'],
            // A card being made or mailed, retold (before: the receipt question, a status check to confirm, or
            // "Sorry").
            ['en-US', 'hello', en, 'my card is being produced', 'New Card Is Being Produced', 'cardProduced'],
            ['es-US', 'hola', es, 'mi tarjeta se está produciendo', 'Se Está Produciendo una Nueva Tarjeta', 'cardProduced'],
            ['fr-FR', 'bonjour', fr, 'ma carte est en cours de production', 'New Card Is Being Produced', 'cardProduced'],
            ['zh-CN', '你好', zh, '我的卡正在制作', 'New Card Is Being Produced', 'cardProduced'],
            ['ko-KR', '안녕하세요', ko, '카드가 제작 중이래요', 'New Card Is Being Produced', 'cardProduced'],
            ['vi-VN', 'xin chào', vi, 'thẻ của tôi đang được sản xuất', 'New Card Is Being Produced', 'cardProduced'],
            ['ar', 'مرحبا', ar, 'بطاقتي قيد الإنتاج', 'New Card Is Being Produced', 'cardProduced'],
            ['tl-PH', 'kumusta', tl, 'ginagawa na raw ang card ko', 'New Card Is Being Produced', 'cardProduced'],
            ['fr-FR', 'bonjour', fr, 'ma carte a été envoyée', 'Card Was Mailed To Me', 'cardMailed'],
            ['zh-CN', '你好', zh, '我的卡已经寄出了', 'Card Was Mailed To Me', 'cardMailed'],
            ['ko-KR', '안녕하세요', ko, '카드가 발송됐대요', 'Card Was Mailed To Me', 'cardMailed'],
            ['vi-VN', 'xin chào', vi, 'thẻ đã được gửi đi', 'Card Was Mailed To Me', 'cardMailed'],
            ['ar', 'مرحبا', ar, 'تم إرسال بطاقتي بالبريد', 'Card Was Mailed To Me', 'cardMailed'],
            ['tl-PH', 'kumusta', tl, 'naipadala na ang card ko', 'Card Was Mailed To Me', 'cardMailed'],
        ] as const) {
            const { client } = await open({ locale });
            await say(client, greeting);
            const replies = texts(await say(client, question));
            expect(replies[0]).toContain(t('caseStatus.meaning', { title, explanation: t(`caseStatus.buckets.${bucket}.explanation`) }));
            expect(replies[0]).toContain(t(`caseStatus.buckets.${bucket}.nextStep`));
            expect(replies[0]).toContain(t('caseStatus.meaningOwnCase'));
            expect(replies[1]).toMatch(opens(t('menu.again')));
            await harness?.dispose();
            harness = undefined;
        }
        // "My case was denied, what can I do?" gets a denial's next step, not "Did you want to check a case status?".
        const { client } = await open();
        await say(client, 'hello');
        const denied = texts(await say(client, 'my case was denied, what can I do?'));
        expect(denied[0]).toContain(en('caseStatus.buckets.denied.nextStep'));
        // Retold in fewer words without asking what it means, it asks for a case's status, not what a title means.
        expect(texts(await say(client, 'is my case approved?')).join('\n')).not.toContain(en('caseStatus.meaningOwnCase'));
        // A denial said with "what do I do now?" keeps the denial's own answer (the letter, a motion or appeal deadline).
        await say(client, 'start over');
        expect(texts(await say(client, 'my case was denied, what do I do now?'))[0]).toContain(en('caseStatus.buckets.denied.nextStep'));
        // With a receipt number, it is that case's status that is wanted.
        const withReceipt = texts(await say(client, 'what does Case Was Received mean for EAC9999103403?'));
        expect(withReceipt.join('\n')).not.toContain(en('caseStatus.meaningOwnCase'));
    });

    test.each([
        ['en-US', 'hello', 'my status says case is being actively reviewed for 2 years', 'Case Is Being Actively Reviewed By USCIS'],
        ['es-US', 'hola', 'mi caso dice case is being actively reviewed desde hace 2 años', 'Case Is Being Actively Reviewed By USCIS'],
    ])('%s: "%s", then "%s": a status title said to be late gets its meaning, then what USCIS\'s usual times say', async (locale, greeting, said, title) => {
        // Before: the meaning alone ("this step can take a long time"), and nothing on when to ask USCIS.
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toContain(title);
        expect(replies[1]).toBe(t('prompts.stepHelp.processingTime.general'));
        expect(replies[2]).toMatch(opens(t('menu.again')));
    });

    test.each([
        ['en-US', 'hello', 'can you tell me if my case was approved'],
        ['en-US', 'hello', 'I want to know whether my case was transferred'],
        ['es-US', 'hola', 'quiero saber si mi caso fue aprobado'],
        // News of one's case asked for (before: "Sorry" in English; in Vietnamese and Chinese, the list of one's cases
        // after signing in, read from "my case").
        ['en-US', 'hello', 'any news?'],
        ['vi-VN', 'xin chào', 'hồ sơ của tôi có gì mới không?'],
        ['zh-CN', '你好', '我的案子有消息吗？'],
    ])('%s: "%s", then "%s": whether a case has a status is a status check, not what the status means', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        // Not "Good news: USCIS approved your case", which nobody has looked up.
        expect(replies.join('\n')).not.toContain(t('caseStatus.meaningOwnCase'));
        expect(replies).toEqual([t('caseStatus.ask.receipt')]);
    });

    test('"ok", "d\'accord", "تمام" at the menu: a short line and the menu again, not "I can\'t help with that"', async () => {
        for (const [locale, greeting, language, said] of [
            ['en-US', 'hello', 'en', 'ok'],
            ['fr-FR', 'bonjour', 'fr', "d'accord"],
            ['ar-SA', 'مرحبا', 'ar', 'تمام'],
            // A thumbs-up or an OK hand alone, in any language (before: "Sorry, I can't help with that").
            ['en-US', 'hello', 'en', '👍'],
            ['es-US', 'hola', 'es', '👍🏽'],
            ['zh-CN', '你好', 'zh', '👌'],
        ] as const) {
            const t = i18n.getFixedT(language);
            const { client } = await open({ locale });
            await say(client, greeting);
            const replies = texts(await say(client, said));
            expect(replies[0]).toBe(t('remarks.acknowledged.answer'));
            expect(replies[0]).not.toBe(t('understanding.outOfScope'));
            expect(replies[1]).toMatch(opens(t('menu.prompt')));
            await harness?.dispose();
            harness = undefined;
        }
        // As a first message too, and at "anything else?".
        const { client } = await open({ start: { utterance: 'okay' } });
        const first = texts(await say(client, 'okay'));
        expect(first[0]).toBe(en('remarks.acknowledged.answer'));
        expect(first[1]).toMatch(opens(en('menu.prompt')));
        await say(client, 'what does Case Was Approved mean?');
        const again = texts(await say(client, 'got it'));
        expect(again[0]).toBe(en('remarks.acknowledged.answer'));
        expect(again[1]).toMatch(opens(en('menu.again')));
    });

    test('asking for a language in a sentence switches to the one it names, without the language menu; two names still ask', async () => {
        for (const [locale, greeting, said, language] of [
            ['en-US', 'hello', 'can we talk in french please', 'fr'],
            ['es-US', 'hola', '¿podemos hablar en inglés?', 'en'],
        ] as const) {
            const { client } = await open({ locale });
            await say(client, greeting);
            const replies = texts(await say(client, said));
            expect(replies[0]).toBe(i18n.getFixedT(language)('language.changed'));
            expect(replies.join('\n')).not.toContain(en('language.prompt'));
            await harness?.dispose();
            harness = undefined;
        }
        const { client } = await open();
        await say(client, 'hello');
        expect(texts(await say(client, "I don't speak English, only Spanish"))[0]).toMatch(opens(en('language.prompt')));
    });

    // Someone who does not read the conversation's language is asked which language to use first: "can someone help
    // me" asked in English would get a person in English. Before: the contact details, in English, or "Sorry, I can't
    // help with that" for an interpreter. Said in a language chosen since, an interpreter is for a USCIS interview,
    // and a person asked for is the person (in that language).
    test('not speaking English, or needing an interpreter, in an English conversation: the language question first', async () => {
        for (const said of ["I don't speak English, can someone help me", "I don't speak English, can someone translate for me", 'I need an interpreter', 'i need a translator']) {
            const { client } = await open();
            await say(client, 'hello');
            expect(texts(await say(client, said))[0]).toMatch(opens(en('language.prompt')));
            await harness?.dispose();
            harness = undefined;
        }
        const { client } = await open();
        await say(client, 'hello');
        expect(texts(await say(client, 'I need a translation of my birth certificate')).join('\n')).not.toContain(en('language.prompt'));
        await harness?.dispose();
        harness = undefined;
        // At a question, too: the language, then the same question in it.
        const second = (await openWithCases()).client;
        await say(second, 'hello');
        await say(second, '4');
        expect(texts(await say(second, "I don't speak English, can someone help me?"))[0]).toMatch(opens(en('language.prompt')));
        expect(texts(await say(second, 'Español'))).toEqual([i18n.getFixedT('es')('language.changed'), i18n.getFixedT('es')('caseStatus.ask.receipt')]);
    });

    test('"Did you want to <task>?" asked again after a language change is whole in the new language', async () => {
        // Before: "¿Quería learn how to send evidence for your case?", the task kept as rendered in English.
        const es = i18n.getFixedT('es');
        const { client } = await open();
        await say(client, 'hello');
        expect(texts(await say(client, 'I want to give more proof'))[0]).toMatch(opens(en('understanding.confirm', { task: en('understanding.tasks.faqEvidence') })));
        const replies = texts(await say(client, 'español'));
        expect(replies[0]).toBe(es('language.changed'));
        expect(replies[1]).toMatch(opens(es('understanding.confirm', { task: es('understanding.tasks.faqEvidence') })));
    });

    test('es: an interpreter asked for in Spanish is the interview answer; "no hablo inglés, ¿alguien me ayuda?" the person', async () => {
        const es = i18n.getFixedT('es');
        const { client } = await open({ locale: 'es-US' });
        await say(client, 'hola');
        expect(texts(await say(client, 'necesito un intérprete'))[0]).toBe(es('understanding.uscisMatters.appointmentInterpreter.answer'));
        const person = texts(await say(client, 'no hablo inglés, ¿alguien me puede ayudar?')).join('\n');
        expect(person).toContain(es('contact.uscis'));
        expect(person).not.toContain(es('language.prompt'));
        expect(person).not.toContain(es('understanding.uscisMatters.appointmentInterpreter.answer'));
    });

    // A language this chat does not speak: said so, then the ones it does. Before: the language list with no word of the
    // one asked for, or (not read as a language request) "Sorry, I can't help with that".
    test.each([
        ['en-US', 'hello', 'do you speak Haitian Creole?'],
        ['en-US', 'hello', 'can we talk in Portuguese'],
        ['es-US', 'hola', 'quiero hablar en mam'],
        ['es-US', 'hola', "no hablo bien español, hablo k'iche'"],
        ['fr-FR', 'bonjour', 'vous parlez créole ?'],
        ['tl-PH', 'kumusta', 'marunong ka ba mag Bisaya?'],
        ['zh-CN', '你好', '你会说日语吗'],
        ['vi-VN', 'xin chào', 'bạn nói tiếng Nhật được không'],
        ['ko-KR', '안녕하세요', '일본어로 말해도 돼요?'],
        ['ar-EG', 'مرحبا', 'هل تتكلم الفارسية؟'],
    ])('%s: "%s", then "%s": not a language of ours, said so, then the list', async (locale, greeting, said) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const { client } = await open({ locale });
        await say(client, greeting);
        const replies = texts(await say(client, said));
        expect(replies[0]).toBe(t('language.unavailable'));
        expect(replies[1]).toMatch(opens(t('language.prompt')));
    });

    test('en: a nationality beside a question is not a request for its language', async () => {
        const { client } = await open();
        await say(client, 'hello');
        expect(texts(await say(client, 'my husband is German, can he sponsor me?'))).not.toContain(en('language.unavailable'));
    });

    // Found by chatting with the bot: "no hablo inglés" in a Spanish conversation, and the same in six other languages,
    // switched the conversation to English ("OK, I'll continue in English"), the one language the person said they
    // cannot read. A language named with a "not" is the one not to speak: the message's own language stays.
    test.each([
        ['es-US', 'hola', 'no hablo inglés', 'es'],
        ['vi-VN', 'xin chào', 'tôi không biết đọc tiếng anh', 'vi'],
        ['zh-CN', '你好', '我不会说英语', 'zh'],
        ['ko-KR', '안녕하세요', '영어를 못해요', 'ko'],
        ['ar-EG', 'مرحبا', 'لا أتكلم الإنجليزية', 'ar'],
        ['fr-FR', 'bonjour', "je ne parle pas anglais", 'fr'],
        ['tl-PH', 'kumusta', 'hindi ako marunong mag-english', 'tl'],
    ])('%s: "%s", then "%s": the conversation stays in its language, not English', async (locale, greeting, said, language) => {
        const { client } = await open({ locale });
        await say(client, greeting);
        const replies = texts(await say(client, said));
        expect(replies.join('\n')).not.toContain(en('language.changed'));
        expect(replies[0]).toBe(i18n.getFixedT(language)('language.alreadyUsing'));
    });

    test('en: "I can\'t read English well", written in English, asks which language', async () => {
        const { client } = await open();
        await say(client, 'hello');
        expect(texts(await say(client, "I can't read English well"))[0]).toMatch(opens(en('language.prompt')));
    });

    test('an email: signing up with the organisation does not ask for it', async () => {
        const utterance = 'I want to create an account, my email is ana.signup@example.org';
        const { client } = await open({ start: { utterance } });
        const replies = await say(client, utterance);
        // "Which account?" comes first when the organisation has its own accounts; then the email is already known.
        expect(texts(replies)[0]).toMatch(opens(en('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })));
        const replies2 = texts(await say(client, '2'));
        expect(replies2).toContain(en('createAccount.email.sent', { email: 'ana.signup@example.org' }));
        expect(replies2).not.toContain(en('createAccount.email.prompt'));
    });
});

/** The classifier, the account and case flows, and the common questions behind option 5. */
async function openWithCases(locale?: string, channelId?: string): Promise<DialogHarness> {
    harness = await openMenuWithEveryFlow(classifier, { locale, channelId });
    return harness;
}

describe('free text among the common questions', () => {
    test('en: a receipt number at the topic question leaves for its status; a task asked at "anything else?" starts it', async () => {
        const { client } = await openWithCases();
        await say(client, 'hi');
        expect(texts(await say(client, '5'))[0]).toMatch(opens(en('faq.menu.prompt')));
        const status = texts(await say(client, 'EAC9999103403')).join('\n');
        expect(status).toContain('EAC9999103403');
        expect(status).toContain('Case Was Approved');
        await say(client, 'no');
        await say(client, '5');
        await say(client, '1');
        // The case just checked is offered first (see checkedCases).
        expect(texts(await say(client, 'I want to check my case status'))[0]).toMatch(opens(en('caseStatus.ask.chooseCase')));
    });

    test('en: a common question typed at the topic question is answered; a question out of scope is said to be, and the question stands', async () => {
        const { client } = await openWithCases();
        await say(client, 'hi');
        await say(client, '5');
        const security = texts(await say(client, 'how do I keep my account safe from scammers?'));
        expect(['full', 'short'].map((variant) => en(`faq.answers.security.${variant}`, { orgName: TEST_ORGANIZATION.name }))).toContain(security[0]);
        expect(security[1]).toMatch(opens(en('faq.followUp.prompt')));
        const outOfScope = texts(await say(client, 'what will the weather be like in Chicago tomorrow?'));
        expect(outOfScope[0]).toBe(en('understanding.outOfScope'));
        expect(outOfScope[1]).toMatch(opens(en('faq.followUp.prompt')));
        // A mistyped choice is still just that.
        expect(texts(await say(client, 'xyz'))[0]).toMatch(opens(en('prompts.notUnderstood.choice')));
    });

    /*
     * Typed at the list of common questions, these were "please choose one of the options" or "I can't help with that",
     * though the menu knows them: the list reads what it cannot place as the menu does.
     */
    test.each([
        ['en-US', 'my green card never arrived', 'understanding.uscisMatters.cardNotDelivered.answer', 'caseStatus.ask.receipt'],
        ['en-US', 'is this chat free?', 'understanding.chatCost', 'menu.prompt'],
        ['en-US', 'can I travel?', 'understanding.travel.answer', 'faq.answers.legalAdvice.short'],
        ['es-US', '¿puedo viajar a mi país?', 'understanding.travel.answer', 'faq.answers.legalAdvice.short'],
        // The classifier is sure the first two are the contact answer, which says nothing of an office: the request is
        // read first, as at the menu (and E-Verify, which it places nowhere).
        ['en-US', 'where is the nearest USCIS office', 'understanding.uscisMatters.fieldOffice.answer', 'menu.prompt'],
        ['es-US', '¿dónde queda la oficina de inmigración más cercana?', 'understanding.uscisMatters.fieldOffice.answer', 'menu.prompt'],
        ['en-US', 'what is E-Verify', 'understanding.uscisMatters.eVerify.answer', 'menu.prompt'],
    ])('%s: "%s" at the list of common questions is answered as at the menu', async (locale, question, answerKey, nextKey) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const { client } = await openWithCases(locale);
        await say(client, 'hi');
        expect(texts(await say(client, '5'))[0]).toMatch(opens(t('faq.menu.prompt')));
        const replies = texts(await say(client, question));
        expect(replies[0]).toBe(t(answerKey, { orgName: TEST_ORGANIZATION.name }));
        expect(replies[1]).toMatch(opens(t(nextKey, { orgName: TEST_ORGANIZATION.name }).slice(0, 30)));
    });

    test('es: a task asked at the topic question starts it, in Spanish', async () => {
        const { client } = await openWithCases('es-US');
        await say(client, 'hola');
        await say(client, '5');
        expect(texts(await say(client, 'quiero ver el estado de mi caso'))).toEqual([es('caseStatus.ask.receipt')]);
    });
});

/** The replies to `question`, asked at the menu after `greeting`, and the conversation language's translator. */
/** The first reply by SMS (the short `_sms` texts) to `said`, after `greeting`, at the menu with every flow. */
async function firstSmsReply(locale: string, greeting: string, said: string) {
    harness = await openMenuWithEveryFlow(classifier, { locale, channelId: 'sms' });
    await say(harness.client, greeting);
    const [reply] = texts(await say(harness.client, said));
    return { t: i18n.getFixedT(locale.slice(0, 2)), reply };
}

/** The replies to `said` as the conversation's first message (a channel without a welcome sends it so). */
async function firstMessage(locale: string, said: string) {
    harness = await openMenuWithEveryFlow(classifier, { locale, start: { utterance: said } });
    return { t: i18n.getFixedT(locale.slice(0, 2)), replies: texts(await say(harness.client, said)) };
}

async function askAtMenu(locale: string, greeting: string, question: string) {
    const t = i18n.getFixedT(locale.slice(0, 2));
    const { client } = await openWithCases(locale);
    await say(client, greeting);
    return { t, replies: texts(await say(client, question)) };
}

describe('"my cases" and the status of my cases, at the menu', () => {
    // The list of an account's cases shows no status: a sentence that names it and asks for a status is a status
    // check (which offers a signed-in user's cases). Before, each of these asked for an email to sign in.
    test.each([
        ['en-US', 'hello', 'what is the status of my cases'],
        ['es-US', 'hola', 'quiero ver el estado de mis casos'],
        ['fr-FR', 'bonjour', 'je veux savoir où en sont mes dossiers'],
        ['vi-VN', 'xin chào', 'kiểm tra tình trạng hồ sơ của tôi'],
        ['vi-VN', 'xin chào', 'hồ sơ của tôi được chấp thuận chưa'],
        ['tl-PH', 'kumusta', 'ano ang status ng kaso ko'],
        ['zh-CN', '你好', '我的案件状态'],
        ['zh-CN', '你好', '我想查我的案子的进度'],
        // "查" (look up) a case is a status check; before, it asked for an email to list the account's cases.
        ['zh-CN', '你好', '我想查我的案子'],
        ['zh-CN', '你好', '帮我查询一下我的案件'],
        // "Kiểm tra" (check) a case, with no plural to tell one case from the list (before: sign in to list them).
        ['vi-VN', 'xin chào', 'làm sao để kiểm tra hồ sơ của tôi?'],
    ])('%s: "%s", then "%s", asks for the receipt number', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies).toEqual([t('caseStatus.ask.receipt')]);
    });

    test.each([
        ['en-US', 'hello', 'show me my cases'],
        ['vi-VN', 'xin chào', 'xem hồ sơ của tôi'],
        ['zh-CN', '你好', '显示我的案件'],
    ])('%s: "%s", then "%s", still lists the account\'s cases (after sign-in)', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t('myCases.signInIntro'));
    });

    // "확인하고 싶어요" (I want to check): the status check, to confirm (before: sign in to list them).
    test('ko-KR: "내 케이스 확인하고 싶어요" is not the list of cases', async () => {
        const { t, replies } = await askAtMenu('ko-KR', '안녕하세요', '내 케이스 확인하고 싶어요');
        expect(replies[0]).not.toBe(t('myCases.signInIntro'));
        expect(replies[0]).toContain(t('menu.options.checkStatus.title'));
    });
});

describe('a question for legal advice, about the numbers or a new address, or no email, at the menu', () => {

    test.each([
        ['en-US', 'hello', 'what is an A-number?', 'numbers'],
        ['en-US', 'hello', 'where do I find my alien registration number', 'numbers'],
        ['es-US', 'hola', '¿qué es el número de registro de extranjero?', 'numbers'],
        ['en-US', 'hello', 'do I need a lawyer?', 'legalAdvice'],
        ['en-US', 'hello', 'can you be my attorney', 'legalAdvice'],
        ['es-US', 'hola', '¿necesito un abogado?', 'legalAdvice'],
        // Travel while a case is open names the case: before, "What is the receipt number?" or out of scope.
        ['en-US', 'hello', 'can I travel while my case is pending', 'legalAdvice'],
        ['en-US', 'hello', 'can I leave the country while waiting for my green card?', 'legalAdvice'],
        ['es-US', 'hola', '¿puedo viajar mientras mi caso está pendiente?', 'legalAdvice'],
        ['fr-FR', 'bonjour', 'est-ce que je peux voyager pendant que mon dossier est en cours ?', 'legalAdvice'],
        ['vi-VN', 'xin chào', 'tôi có thể đi du lịch khi hồ sơ đang chờ không', 'legalAdvice'],
        ['zh-CN', '你好', '我的案子还在等，可以出国吗', 'legalAdvice'],
        ['ko-KR', '안녕하세요', '케이스 진행 중에 해외여행 가도 되나요', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'pwede ba akong bumiyahe habang pending ang kaso ko?', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'هل يمكنني السفر وقضيتي قيد المراجعة؟', 'legalAdvice'],
        // The classifier's faq.numbers (none of these is a training example): before it, most were read as the contact
        // question or the account-number task.
        ['fr-FR', 'bonjour', "c'est quoi le numéro A ?", 'numbers'],
        ['fr-FR', 'bonjour', "qu'est-ce que le numéro A", 'numbers'],
        ['es-US', 'hola', '¿qué es el número A?', 'numbers'],
        ['es-US', 'hola', '¿cuál es la diferencia entre el número de recibo y el número de cuenta?', 'numbers'],
        ['en-US', 'hello', 'what is the difference between receipt number and account number', 'numbers'],
        ['ko-KR', '안녕하세요', 'A 번호는 무슨 번호예요?', 'numbers'],
        ['vi-VN', 'xin chào', 'số A nghĩa là gì vậy', 'numbers'],
        ['tl-PH', 'kumusta', 'ano ang A-number?', 'numbers'],
        ['ar-EG', 'مرحبا', 'ما هو الرقم A؟', 'numbers'],
        ['zh-CN', '你好', 'A号码指的是什么', 'numbers'],
        // What a receipt number or an online account number is, after a greeting: before, the account-number task's "What
        // would you like to do?" and, in Arabic, the status check's question for a receipt number (the others passed).
        ['en-US', 'hello', 'what is a receipt number', 'numbers'],
        ['en-US', 'hello', 'what is an online account number?', 'numbers'],
        ['es-US', 'hola', '¿qué es el número de recibo?', 'numbers'],
        ['fr-FR', 'bonjour', "c'est quoi un numéro de reçu ?", 'numbers'],
        ['vi-VN', 'xin chào', 'số biên nhận là gì', 'numbers'],
        ['zh-CN', '你好', '收据号码是什么？', 'numbers'],
        ['ko-KR', '안녕하세요', '접수 번호가 뭐예요?', 'numbers'],
        ['ar-EG', 'مرحبا', 'ما هو رقم الإيصال؟', 'numbers'],
        ['tl-PH', 'kumusta', 'ano po ang receipt number?', 'numbers'],
        // What an accredited representative or a notario is: the legal-advice answer says (before: how to reach a
        // person, which number is which, the scams question, or out of scope; Vietnamese passed before).
        ['en-US', 'hello', 'what is an accredited representative', 'legalAdvice'],
        ['en-US', 'hello', 'what is a notario?', 'legalAdvice'],
        ['es-US', 'hola', '¿qué es un representante acreditado?', 'legalAdvice'],
        ['es-US', 'hola', '¿qué es un notario?', 'legalAdvice'],
        ['fr-FR', 'bonjour', "c'est quoi un représentant accrédité ?", 'legalAdvice'],
        ['vi-VN', 'xin chào', 'đại diện được công nhận là gì', 'legalAdvice'],
        ['zh-CN', '你好', '什么是认可代表？', 'legalAdvice'],
        ['ko-KR', '안녕하세요', '공인 대리인이 뭐예요?', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'ما هو الممثل المعتمد؟', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'ano ang accredited representative?', 'legalAdvice'],
        // A citizen spouse petitioning: whom one may bring (before: "Did you want to check a case status?").
        // What an RFE is (before, in five languages: "Did you want to learn how to send evidence?").
        ['es-US', 'hola', '¿qué es una RFE?', 'evidence'],
        ['fr-FR', 'bonjour', "c'est quoi un RFE ?", 'evidence'],
        ['zh-CN', '你好', 'RFE是什么？', 'evidence'],
        ['ko-KR', '안녕하세요', 'RFE가 뭐예요?', 'evidence'],
        ['ar-EG', 'مرحبا', 'ما هو RFE؟', 'evidence'],
        // The time left to answer one, which its answer says to note and keep (before: USCIS's usual times, read from
        // "cuánto tiempo", "combien de temps", "多久").
        ['es-US', 'hola', '¿cuánto tiempo tengo para contestar la RFE?', 'evidence'],
        ['fr-FR', 'bonjour', 'combien de temps pour répondre à la RFE ?', 'evidence'],
        ['zh-CN', '你好', '回复RFE的期限是多久？', 'evidence'],
        // The RFE named first, the time asked after it (before: USCIS's usual times, read from "cuánto tiempo").
        ['es-US', 'hola', 'me mandaron un RFE, ¿cuánto tiempo tengo?', 'evidence'],
        // Whether citizenship can be taken away (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'can I lose my citizenship?', 'legalAdvice'],
        ['es-US', 'hola', '¿me pueden quitar la ciudadanía?', 'legalAdvice'],
        // Working while a case waits: before, the receipt question or out of scope. (Withdrawing it has its own answer:
        // tests/dialogs/uscisMatters.test.ts; a mistake in it, the changed form's answer first, below.)
        ['en-US', 'hello', 'can I work while my case is pending?', 'legalAdvice'],
        ['es-US', 'hola', '¿puedo trabajar mientras espero mi green card?', 'legalAdvice'],
        ['fr-FR', 'bonjour', 'est-ce que je peux travailler pendant que mon dossier est en cours ?', 'legalAdvice'],
        ['vi-VN', 'xin chào', 'tôi có được đi làm trong khi chờ thẻ xanh không?', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'pwede ba akong magtrabaho habang hinihintay ang green card?', 'legalAdvice'],
        ['zh-CN', '你好', '等绿卡的时候可以工作吗？', 'legalAdvice'],
        ['ko-KR', '안녕하세요', '영주권 기다리는 동안 일해도 되나요?', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'هل يمكنني العمل أثناء انتظار البطاقة الخضراء؟', 'legalAdvice'],
        // A question asked after a clause ("..., can I still travel"): before, not read as a question, so out of scope.
        ['en-US', 'hello', 'my passport expired, can I still travel while my I-485 is pending', 'legalAdvice'],
        // Whether something affects a case: before, the card replacement's answer ("lost", "green card") in English,
        // Vietnamese and Arabic, the receipt question, or out of scope.
        ['en-US', 'hello', 'I lost my job, will it affect my green card application?', 'legalAdvice'],
        ['en-US', 'hello', 'will getting divorced hurt my case?', 'legalAdvice'],
        ['es-US', 'hola', 'perdí mi trabajo, ¿afectará mi solicitud de green card?', 'legalAdvice'],
        ['fr-FR', 'bonjour', "j'ai perdu mon emploi, est-ce que ça va affecter ma demande de carte verte ?", 'legalAdvice'],
        ['vi-VN', 'xin chào', 'tôi bị mất việc, có ảnh hưởng đến hồ sơ thẻ xanh của tôi không?', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'nawalan ako ng trabaho, makakaapekto ba ito sa green card application ko?', 'legalAdvice'],
        ['zh-CN', '你好', '我失业了，会影响我的绿卡申请吗？', 'legalAdvice'],
        ['ko-KR', '안녕하세요', '직장을 잃었는데 영주권 신청에 영향이 있나요?', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'فقدت وظيفتي، هل سيؤثر ذلك على طلب البطاقة الخضراء؟', 'legalAdvice'],
        // A life event or whom to bring: before, out of scope, the help line, or "Did you want to learn how to send evidence?".
        ['en-US', 'hello', 'I got married, what do I need to do', 'legalAdvice'],
        // A change of job (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'do I need to notify USCIS if I change jobs?', 'legalAdvice'],
        // A job lost, and whether to tell immigration (before: "Sorry, I can't help with that", or in Chinese what the
        // online account does).
        ['en-US', 'hello', 'I lost my job, do I need to tell immigration?', 'legalAdvice'],
        ['es-US', 'hola', 'perdí mi trabajo, ¿tengo que avisar a inmigración?', 'legalAdvice'],
        ['fr-FR', 'bonjour', "j'ai été licencié, est-ce que je dois prévenir l'immigration ?", 'legalAdvice'],
        ['zh-CN', '你好', '我丢了工作要通知移民局吗', 'legalAdvice'],
        ['vi-VN', 'xin chào', 'tôi bị sa thải, có cần báo cho sở di trú không?', 'legalAdvice'],
        ['ko-KR', '안녕하세요', '해고당했는데 이민국에 알려야 하나요?', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'فقدت عملي، هل يجب أن أبلغ الهجرة؟', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'natanggal ako sa trabaho, kailangan ko bang sabihin sa immigration?', 'legalAdvice'],
        ['en-US', 'hello', 'my baby was born here, does she need papers', 'legalAdvice'],
        // A divorce ahead (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'do I need to tell USCIS if I get divorced?', 'legalAdvice'],
        // Whom to bring, said as what a relative wants (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'my mom wants a green card', 'legalAdvice'],
        ['es-US', 'hola', 'mi esposa quiere sacar la residencia', 'legalAdvice'],
        // Or as the relative through whom one would get it (before: "Sorry, I can't help with that").
        ['vi-VN', 'xin chào', 'làm sao xin thẻ xanh cho mẹ tôi?', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'paano makakuha ng green card para sa nanay ko?', 'legalAdvice'],
        ['zh-CN', '你好', '怎么给我妈办绿卡？', 'legalAdvice'],
        ['ko-KR', '안녕하세요', '부모님 영주권은 어떻게 받아요?', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'كيف أحصل على بطاقة خضراء لأمي؟', 'legalAdvice'],
        ['es-US', 'hola', 'me casé, qué tengo que hacer', 'legalAdvice'],
        ['es-US', 'hola', 'mi hijo nació aquí, necesita papeles', 'legalAdvice'],
        ['fr-FR', 'bonjour', 'je me suis mariée, que dois-je faire ?', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'ikinasal ako, ano ang dapat kong gawin?', 'legalAdvice'],
        ['zh-CN', '你好', '我结婚了，需要做什么', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'تزوجت، ماذا يجب أن أفعل؟', 'legalAdvice'],
        // A family member added to one's case (whether they can be, and how, is a lawyer's to say): before, the receipt
        // question, "Did you want to add a case you filed on paper?", or "sign in to see the cases in your account".
        ['en-US', 'hello', 'how do I add my child to my case', 'legalAdvice'],
        ['en-US', 'hello', 'can I add my wife to my application?', 'legalAdvice'],
        ['es-US', 'hola', '¿cómo agrego a mi hijo a mi caso?', 'legalAdvice'],
        ['fr-FR', 'bonjour', 'est-ce que je peux ajouter mon enfant à mon dossier ?', 'legalAdvice'],
        ['vi-VN', 'xin chào', 'làm sao thêm con tôi vào hồ sơ', 'legalAdvice'],
        ['tl-PH', 'kumusta', 'puwede ko bang isama ang anak ko sa kaso ko?', 'legalAdvice'],
        ['zh-CN', '你好', '我可以把孩子加到我的案子里吗', 'legalAdvice'],
        ['ko-KR', '안녕하세요', '제 케이스에 자녀를 추가할 수 있나요?', 'legalAdvice'],
        ['ar-EG', 'مرحبا', 'هل يمكنني إضافة ابني إلى ملفي؟', 'legalAdvice'],
        // Filling out a form: before, the help line ("can you help me" read surely as help) or "Did you want to…?".
        ['en-US', 'hello', 'can you help me fill out my I-485', 'fileOnline'],
        ['es-US', 'hola', '¿me ayuda a llenar mi formulario I-130?', 'fileOnline'],
        ['zh-CN', '你好', '你能帮我填表吗', 'fileOnline'],
        ['ko-KR', '안녕하세요', 'I-485 작성하는 것 좀 도와주세요', 'fileOnline'],
    ])('%s: "%s", then "%s", gets the answer of the common question "%s" (after legal advice, a person among the next choices)', async (locale, greeting, question, topic) => {
        const { t, replies: said } = await askAtMenu(locale, greeting, question);
        // A trip asked about is warned about first (see the travel test below), and so are a notario, work while a green
        // card waits, and whether a lawyer is needed.
        const prefaces = ['understanding.travel.answer', 'understanding.notario.answer', 'understanding.workWhileWaiting.answer', 'understanding.withoutLawyer.answer'].map((key) => t(key));
        const replies = prefaces.includes(said[0]) ? said.slice(1) : said;
        expect(['full', 'short'].map((variant) => t(`faq.answers.${topic}.${variant}`, { orgName: TEST_ORGANIZATION.name }))).toContain(replies[0]);
        expect(replies[1]).toMatch(opens(t('faq.followUp.prompt')));
        if (topic === 'legalAdvice') expect(replies[1]).toContain(t('menu.options.talkToPerson.title'));
    });

    // What a receipt number is, asked as the first message: before, in seven languages, the status check's question for
    // one (the option's own words, "receipt number", chose it); after a greeting most were already this answer.
    test.each([
        ['en-US', 'what is a receipt number'],
        ['es-US', '¿qué es el número de recibo?'],
        ['fr-FR', "c'est quoi un numéro de reçu ?"],
        ['vi-VN', 'số biên nhận là gì'],
        ['zh-CN', '收据号码是什么？'],
        ['ko-KR', '접수 번호가 뭐예요?'],
        ['ar-EG', 'ما هو رقم الإيصال؟'],
        ['tl-PH', 'ano po ang receipt number?'],
    ])('%s: "%s" as the first message gets which number is which, not the question for one', async (locale, said) => {
        const { t, replies } = await firstMessage(locale, said);
        const answers = ['full', 'short'].map((variant) => t(`faq.answers.numbers.${variant}`));
        expect(replies.some((reply) => answers.includes(reply))).toBe(true);
        expect(replies).not.toContain(t('caseStatus.ask.receipt'));
    });

    /*
     * Questions only a lawyer can answer for one case, where a fact is worth saying first (before: only "I can't give
     * legal advice", or "Sorry, I can't help with that"):
     * - "Can I travel while my case is pending?": leaving the U.S. can end a pending application.
     * - "My work permit expired, can I still work?": since October 30, 2025 filing a renewal no longer extends most work
     *   permits.
     * - "Will my DUI affect my citizenship?": USCIS sees old arrests through the FBI, and the forms ask about them.
     * - "My visa expired, what do I do?": a visa's end date is not the day to leave; the I-94 says how long.
     * - "Can I use food stamps with a green card?": public charge rules change, many are not affected, and a benefit the
     *   family needs is not given up before asking a lawyer.
     * - "Can I edit my application after submitting?": a form filed online can't be changed once submitted (before: how
     *   to file online, the status check to confirm or its receipt question, or "Sorry, I can't help with that").
     */
    test.each([
        ['en-US', 'hello', 'can I travel while my case is pending', 'understanding.travel.answer'],
        ['es-US', 'hola', '¿puedo viajar a mi país mientras espero?', 'understanding.travel.answer'],
        ['fr-FR', 'bonjour', 'est-ce que je peux voyager pendant que mon dossier est en cours ?', 'understanding.travel.answer'],
        // "Go and come back" in Korean (before: "Sorry, I can't help with that").
        ['ko-KR', '안녕하세요', '한국에 다녀와도 되나요?', 'understanding.travel.answer'],
        ['vi-VN', 'xin chào', 'tôi có thể đi du lịch khi hồ sơ đang chờ không', 'understanding.travel.answer'],
        ['tl-PH', 'kumusta', 'pwede ba akong bumiyahe habang hinihintay ang kaso ko?', 'understanding.travel.answer'],
        // "Magbiyahe", another form of the verb (before: the lawyer's answer alone).
        ['tl-PH', 'kumusta', 'pwede ba akong magbiyahe habang pending ang I-485 ko?', 'understanding.travel.answer'],
        ['zh-CN', '你好', '我的案子还在等，可以出国吗', 'understanding.travel.answer'],
        ['ko-KR', '안녕하세요', '신청 중에 해외여행 가도 되나요?', 'understanding.travel.answer'],
        ['ar-EG', 'مرحبا', 'هل يمكنني السفر أثناء انتظار ملفي؟', 'understanding.travel.answer'],
        ['en-US', 'hello', 'my work permit expired, can I still work?', 'understanding.uscisMatters.workPermitRenewal.answer'],
        ['es-US', 'hola', 'se venció mi permiso de trabajo, ¿puedo seguir trabajando?', 'understanding.uscisMatters.workPermitRenewal.answer'],
        ['es-US', 'hola', 'mi permiso de trabajo se vence el mes que viene, ¿puedo seguir trabajando?', 'understanding.uscisMatters.workPermitRenewal.answer'],
        ['es-US', 'hola', '¿puedo trabajar con el permiso vencido?', 'understanding.uscisMatters.workPermitRenewal.answer'],
        ['en-US', 'hello', 'can I work with an expired work permit?', 'understanding.uscisMatters.workPermitRenewal.answer'],
        // A green card expired, asked of work: residence outlives the card, what proves it until a new one comes, the
        // renewal (before: the lawyer's answer alone, read from "can I still work"). French, Vietnamese and Tagalog,
        // whose words for it are no legal question's, get the answer alone (uscisMatters.test.ts).
        ['en-US', 'hello', 'my green card expired, can I still work?', 'understanding.uscisMatters.cardValidity.answer'],
        ['es-US', 'hola', 'se me venció la green card, ¿puedo seguir trabajando?', 'understanding.uscisMatters.cardValidity.answer'],
        ['zh-CN', '你好', '我的绿卡过期了，还能工作吗？', 'understanding.uscisMatters.cardValidity.answer'],
        ['ko-KR', '안녕하세요', '영주권이 만료됐는데 계속 일할 수 있나요?', 'understanding.uscisMatters.cardValidity.answer'],
        ['ar-EG', 'مرحبا', 'البطاقة الخضراء انتهت، هل أستطيع العمل؟', 'understanding.uscisMatters.cardValidity.answer'],
        // Work asked of TPS or DACA: what each is, with the work permit asked for beside it (before: the lawyer's
        // answer alone).
        ['es-US', 'hola', '¿puedo trabajar con el TPS?', 'understanding.uscisMatters.tps.answer'],
        ['en-US', 'hello', 'can I work with DACA?', 'understanding.uscisMatters.daca.answer'],
        // A partner to bring over, said with a life event's words ("faire venir"): the fiancé(e)'s visa first (before: the
        // lawyer's answer alone).
        ['fr-FR', 'bonjour', 'comment faire venir ma copine aux États-Unis ?', 'understanding.uscisMatters.fianceVisa.answer'],
        ['fr-FR', 'bonjour', 'comment faire venir ma fiancée aux États-Unis ?', 'understanding.uscisMatters.fianceVisa.answer'],
        // A child born abroad asked about: citizenship through a parent, Form N-600, first (before: the lawyer's answer alone).
        ['en-US', 'hello', 'my child was born abroad, is he a citizen?', 'understanding.uscisMatters.citizenshipCertificate.answer'],
        ['es-US', 'hola', 'mi hijo nació en México, ¿es ciudadano?', 'understanding.uscisMatters.citizenshipCertificate.answer'],
        ['en-US', 'hello', 'will my DUI affect my citizenship?', 'understanding.uscisMatters.criminalRecord.answer'],
        ['es-US', 'hola', '¿mis antecedentes penales afectarán mi solicitud?', 'understanding.uscisMatters.criminalRecord.answer'],
        ['zh-CN', '你好', '我的犯罪记录会影响我的绿卡申请吗？', 'understanding.uscisMatters.criminalRecord.answer'],
        ['en-US', 'hello', 'my visa expired, what do I do?', 'understanding.visaExpired.answer'],
        ['es-US', 'hola', 'se me venció la visa', 'understanding.visaExpired.answer'],
        ['fr-FR', 'bonjour', 'mon visa a expiré, que faire ?', 'understanding.visaExpired.answer'],
        ['vi-VN', 'xin chào', 'visa của tôi hết hạn rồi', 'understanding.visaExpired.answer'],
        ['tl-PH', 'kumusta', 'expired na ang visa ko, ano ang gagawin ko?', 'understanding.visaExpired.answer'],
        ['zh-CN', '你好', '我的签证过期了怎么办', 'understanding.visaExpired.answer'],
        ['ko-KR', '안녕하세요', '비자가 만료됐어요', 'understanding.visaExpired.answer'],
        ['ar-EG', 'مرحبا', 'انتهت تأشيرتي، ماذا أفعل؟', 'understanding.visaExpired.answer'],
        // A visa that will soon expire is said the same (before: "Sorry, I can't help with that" in six languages).
        ['en-US', 'hello', 'my visa is expiring', 'understanding.visaExpired.answer'],
        ['es-US', 'hola', 'mi visa se vence pronto', 'understanding.visaExpired.answer'],
        ['vi-VN', 'xin chào', 'visa của tôi sắp hết hạn', 'understanding.visaExpired.answer'],
        ['vi-VN', 'xin chào', 'visa du lịch của tôi hết hạn rồi', 'understanding.visaExpired.answer'],
        ['zh-CN', '你好', '我的签证快过期了', 'understanding.visaExpired.answer'],
        ['ko-KR', '안녕하세요', '비자가 곧 만료돼요', 'understanding.visaExpired.answer'],
        ['ar-EG', 'مرحبا', 'تأشيرتي ستنتهي قريبا', 'understanding.visaExpired.answer'],
        ['tl-PH', 'kumusta', 'mag-e-expire na ang visa ko', 'understanding.visaExpired.answer'],
        // A stay to extend, or gone past: Form I-539 before the I-94's date, D/S, what staying past it risks (before:
        // "Sorry", the lawyer's answer alone (an overstay), or, for a tourist visa in Vietnamese and Chinese, the trip's
        // risk). Said with an expired visa, it alone says what the I-94 is.
        ['en-US', 'hello', 'how do I extend my stay', 'understanding.stayLonger.answer'],
        ['en-US', 'hello', 'can I extend my I-94', 'understanding.stayLonger.answer'],
        ['en-US', 'hello', 'my tourist visa expired, can I extend my stay?', 'understanding.stayLonger.answer'],
        ['es-US', 'hola', 'quiero extender mi visa de turista', 'understanding.stayLonger.answer'],
        ['es-US', 'hola', '¿cómo extiendo mi visa de turista?', 'understanding.stayLonger.answer'],
        ['fr-FR', 'bonjour', 'comment prolonger mon séjour ?', 'understanding.stayLonger.answer'],
        ['vi-VN', 'xin chào', 'làm sao gia hạn visa du lịch', 'understanding.stayLonger.answer'],
        ['zh-CN', '你好', '旅游签证怎么延期', 'understanding.stayLonger.answer'],
        ['ko-KR', '안녕하세요', '비자 연장하려면 어떻게 해요?', 'understanding.stayLonger.answer'],
        ['ar-EG', 'مرحبا', 'كيف أمدد تأشيرتي؟', 'understanding.stayLonger.answer'],
        ['tl-PH', 'kumusta', 'paano i-extend ang visa ko?', 'understanding.stayLonger.answer'],
        // A deportation that has happened: the years it bars, Form I-212, coming back without permission a crime (before:
        // "Sorry, I can't help with that").
        ['en-US', 'hello', 'my husband was deported, can he come back?', 'understanding.deported.answer'],
        ['es-US', 'hola', 'a mi esposo lo deportaron, ¿puede regresar?', 'understanding.deported.answer'],
        // Said with the relative after the verb (before: "Sorry").
        ['es-US', 'hola', 'deportaron a mi esposo', 'understanding.deported.answer'],
        ['fr-FR', 'bonjour', 'mon mari a été expulsé, peut-il revenir ?', 'understanding.deported.answer'],
        ['vi-VN', 'xin chào', 'chồng tôi đã bị trục xuất, anh ấy có thể quay lại không?', 'understanding.deported.answer'],
        ['zh-CN', '你好', '我丈夫被遣返了，他还能回来吗？', 'understanding.deported.answer'],
        ['ko-KR', '안녕하세요', '남편이 추방당했어요. 다시 올 수 있나요?', 'understanding.deported.answer'],
        ['tl-PH', 'kumusta', 'na-deport ang asawa ko, makakabalik pa ba siya?', 'understanding.deported.answer'],
        ['ar-EG', 'مرحبا', 'تم ترحيل زوجي، هل يمكنه العودة؟', 'understanding.deported.answer'],
        // A stay gone past the I-94's date: what that risks (3 or 10 years kept out after leaving), that some can still get
        // a green card from inside, a lawyer before leaving (before: how to extend a stay first; "Sorry" in Korean; the
        // I-94's record for "my I-94 expired").
        ['en-US', 'hello', 'I overstayed my visa', 'understanding.overstayed.answer'],
        ['en-US', 'hello', 'my I-94 expired 2 years ago', 'understanding.overstayed.answer'],
        ['es-US', 'hola', 'me quedé más tiempo de lo que decía mi visa', 'understanding.overstayed.answer'],
        ['fr-FR', 'bonjour', "j'ai dépassé la durée de mon visa", 'understanding.overstayed.answer'],
        ['vi-VN', 'xin chào', 'tôi ở quá hạn visa', 'understanding.overstayed.answer'],
        ['zh-CN', '你好', '我逾期居留了', 'understanding.overstayed.answer'],
        ['ko-KR', '안녕하세요', '오버스테이했어요', 'understanding.overstayed.answer'],
        ['tl-PH', 'kumusta', 'nag-overstay po ako', 'understanding.overstayed.answer'],
        ['ar-EG', 'مرحبا', 'تجاوزت مدة الإقامة', 'understanding.overstayed.answer'],
        // A change to another temporary status (visitor to student): Form I-539 before the I-94's date, a school's I-20
        // first, no classes before the approval (before: "There's nothing to cancel right now", the status check, the
        // trip's risk in Vietnamese, or "Sorry").
        ['en-US', 'hello', 'I want to change from tourist visa to student visa', 'understanding.changeStatus.answer'],
        ['en-US', 'hello', 'can I change my status from B2 to F1?', 'understanding.changeStatus.answer'],
        ['es-US', 'hola', 'quiero cambiar mi visa de turista a estudiante', 'understanding.changeStatus.answer'],
        ['es-US', 'hola', '¿puedo cambiar de estatus?', 'understanding.changeStatus.answer'],
        ['fr-FR', 'bonjour', 'puis-je changer de statut de touriste à étudiant ?', 'understanding.changeStatus.answer'],
        ['vi-VN', 'xin chào', 'làm sao chuyển đổi tình trạng từ du lịch sang du học', 'understanding.changeStatus.answer'],
        ['zh-CN', '你好', '旅游签证可以转学生签证吗', 'understanding.changeStatus.answer'],
        ['ko-KR', '안녕하세요', '관광비자에서 학생비자로 바꾸려면 어떻게 해요?', 'understanding.changeStatus.answer'],
        ['tl-PH', 'kumusta', 'pwede ba akong magpalit ng visa mula tourist visa papuntang student?', 'understanding.changeStatus.answer'],
        ['ar-EG', 'مرحبا', 'كيف أغير تأشيرتي من سياحية إلى دراسية؟', 'understanding.changeStatus.answer'],
        ['en-US', 'hello', 'can I use food stamps with a green card?', 'understanding.publicCharge.answer'],
        ['en-US', 'hello', 'what is public charge?', 'understanding.publicCharge.answer'],
        ['es-US', 'hola', '¿usar Medicaid afecta mi caso?', 'understanding.publicCharge.answer'],
        ['fr-FR', 'bonjour', 'est-ce que les bons alimentaires posent problème pour la carte verte ?', 'understanding.publicCharge.answer'],
        ['vi-VN', 'xin chào', 'dùng food stamps có ảnh hưởng thẻ xanh không', 'understanding.publicCharge.answer'],
        ['tl-PH', 'kumusta', 'makakaapekto ba ang food stamps sa green card ko?', 'understanding.publicCharge.answer'],
        ['zh-CN', '你好', '用食品券会影响绿卡吗', 'understanding.publicCharge.answer'],
        ['ko-KR', '안녕하세요', '메디케이드를 받으면 영주권에 문제가 있나요?', 'understanding.publicCharge.answer'],
        ['ar-EG', 'مرحبا', 'هل تؤثر كوبونات الطعام على البطاقة الخضراء؟', 'understanding.publicCharge.answer'],
        ['en-US', 'hello', 'can I edit my application after submitting', 'understanding.changeAfterFiling.answer'],
        ['en-US', 'hello', 'I made a typo on my form after I submitted it', 'understanding.changeAfterFiling.answer'],
        ['es-US', 'hola', '¿puedo corregir mi solicitud después de enviarla?', 'understanding.changeAfterFiling.answer'],
        // One's own mistake on a form filed, asked or said as news; the answer now says where it can be pointed out
        // (before: the lawyer's answer alone, filing online to confirm, or "Sorry"; the first two were in the lawyer's-
        // answer-alone rows).
        ['en-US', 'hello', 'I made a mistake on my application', 'understanding.changeAfterFiling.answer'],
        ['en-US', 'hello', 'what if I made a mistake on my application?', 'understanding.changeAfterFiling.answer'],
        ['en-US', 'hello', 'I filed online and made a mistake', 'understanding.changeAfterFiling.answer'],
        ['en-US', 'hello', 'I put the wrong date of birth on my form', 'understanding.changeAfterFiling.answer'],
        ['es-US', 'hola', 'me equivoqué en mi solicitud', 'understanding.changeAfterFiling.answer'],
        ['es-US', 'hola', 'puse mal mi fecha de nacimiento en el formulario', 'understanding.changeAfterFiling.answer'],
        ['es-US', 'hola', 'me equivoqué en una respuesta del formulario', 'understanding.changeAfterFiling.answer'],
        ['fr-FR', 'bonjour', "puis-je modifier ma demande après l'avoir envoyée ?", 'understanding.changeAfterFiling.answer'],
        ['vi-VN', 'xin chào', 'tôi có thể sửa đơn sau khi nộp không', 'understanding.changeAfterFiling.answer'],
        ['zh-CN', '你好', '提交以后还能修改申请吗', 'understanding.changeAfterFiling.answer'],
        ['ko-KR', '안녕하세요', '제출한 후에 신청서를 수정할 수 있나요?', 'understanding.changeAfterFiling.answer'],
        ['ar-EG', 'مرحبا', 'هل يمكنني تعديل الطلب بعد إرساله؟', 'understanding.changeAfterFiling.answer'],
        ['tl-PH', 'kumusta', 'pwede ko bang i-edit ang application pagkatapos i-submit?', 'understanding.changeAfterFiling.answer'],
        ['en-US', 'hello', "I'm undocumented, can you help me?", 'understanding.noStatus.answer'],
        ['en-US', 'hello', "I don't have papers, what can I do?", 'understanding.noStatus.answer'],
        ['en-US', 'hello', 'I crossed the border illegally 10 years ago', 'understanding.noStatus.answer'],
        ['es-US', 'hola', 'no tengo papeles, ¿me pueden ayudar?', 'understanding.noStatus.answer'],
        ['es-US', 'hola', 'entré sin papeles hace 15 años', 'understanding.noStatus.answer'],
        ['fr-FR', 'bonjour', 'je suis sans papiers, que puis-je faire ?', 'understanding.noStatus.answer'],
        ['vi-VN', 'xin chào', 'tôi không có giấy tờ, bạn giúp tôi được không?', 'understanding.noStatus.answer'],
        ['zh-CN', '你好', '我没有身份，你能帮我吗？', 'understanding.noStatus.answer'],
        ['ko-KR', '안녕하세요', '서류 미비자인데 도와주실 수 있나요?', 'understanding.noStatus.answer'],
        ['ko-KR', '안녕하세요', '불법 체류 중인데 어떻게 해요?', 'understanding.noStatus.answer'],
        ['ar-EG', 'مرحبا', 'ليس لدي أوراق، هل يمكنك مساعدتي؟', 'understanding.noStatus.answer'],
        ['tl-PH', 'kumusta', 'wala akong papeles, matutulungan mo ba ako?', 'understanding.noStatus.answer'],
        ['en-US', 'hello', 'can I petition for my mother?', 'understanding.uscisMatters.familyPetition.answer'],
        // A relative no one can petition for (a nephew, a cousin), or a married son: who may ask for whom, which now says
        // the relatives no one can (before: the lawyer's answer alone, or "Sorry").
        ['es-US', 'hola', '¿puedo pedir a mi sobrino?', 'understanding.uscisMatters.familyPetition.answer'],
        // A relative's petition approved, and what now asked as one's own case (before: the legal-advice answer alone).
        ['en-US', 'hello', 'my petition for my wife was approved, now what?', 'understanding.uscisMatters.petitionApproved.answer'],
        // A divorce and one's green card, asked as one's own case (before: the legal-advice answer alone).
        ['en-US', 'hello', 'we are getting divorced, will I lose my green card?', 'understanding.uscisMatters.divorce.answer'],
        // A relative's green card in Korean (before: the lawyer's answer alone).
        ['ko-KR', '안녕하세요', '부모님 영주권 신청하고 싶어요', 'understanding.uscisMatters.familyPetition.answer'],
        ['ko-KR', '안녕하세요', '아내 영주권을 신청하려면 어떻게 해요?', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'how do I sponsor my brother?', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'I want to bring my wife from Mexico', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'can my US citizen son petition for me?', 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', 'quiero traer a mis padres', 'understanding.uscisMatters.familyPetition.answer'],
        // A relative's green card said "green card para mi…" (before: the lawyer's answer alone).
        ['es-US', 'hola', 'quiero pedir la green card para mi esposo', 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', '¿cómo saco la green card para mi esposo?', 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', '¿cómo saco la residencia para mi mamá?', 'understanding.uscisMatters.familyPetition.answer'],
        // What a work permit allows, asked as one's own case: the answer, then the lawyer's (before: the lawyer's answer
        // alone, or "Sorry").
        ['en-US', 'hello', 'can I change jobs with my work permit?', 'understanding.uscisMatters.workPermitUse.answer'],
        ['fr-FR', 'bonjour', 'puis-je travailler à mon compte avec mon permis de travail ?', 'understanding.uscisMatters.workPermitUse.answer'],
        ['ar-EG', 'مرحبا', 'هل يمكنني العمل في وظيفتين بتصريح العمل؟', 'understanding.uscisMatters.workPermitUse.answer'],
        // Guard row (passed before): an expired one is renewed first.
        ['en-US', 'hello', 'my work permit expired, can I change jobs?', 'understanding.uscisMatters.workPermitRenewal.answer'],
        // A petitioner who died, asked as what to do: when a petition may go on, then the lawyer's answer (before: the
        // lawyer's answer alone, or a status check to confirm).
        ['en-US', 'hello', 'my sponsor died, what do I do?', 'understanding.uscisMatters.petitionerDied.answer'],
        ['zh-CN', '你好', '我的担保人去世了，我的申请怎么办？', 'understanding.uscisMatters.petitionerDied.answer'],
        ['ko-KR', '안녕하세요', '청원인이 돌아가셨어요. 케이스는 어떻게 되나요?', 'understanding.uscisMatters.petitionerDied.answer'],
        // These three were in the lawyer's-answer-alone rows (before that: "Did you want to check a case status?", or
        // the receipt question in Spanish).
        ['en-US', 'hello', 'my petitioner died', 'understanding.uscisMatters.petitionerDied.answer'],
        ['es-US', 'hola', 'mi peticionario falleció', 'understanding.uscisMatters.petitionerDied.answer'],
        ['zh-CN', '你好', '我的担保人去世了怎么办？', 'understanding.uscisMatters.petitionerDied.answer'],
        // A child who turns 21 while a case waits: how the age is counted and the Child Status Protection Act, then the
        // lawyer's answer (before: the lawyer's answer alone, or "Sorry").
        ['en-US', 'hello', 'my child turned 21, will that affect my case?', 'understanding.uscisMatters.childTurning21.answer'],
        ['en-US', 'hello', 'my son is turning 21 before his green card, what happens?', 'understanding.uscisMatters.childTurning21.answer'],
        ['es-US', 'hola', 'mi hijo cumplió 21 años, ¿afecta mi caso?', 'understanding.uscisMatters.childTurning21.answer'],
        ['fr-FR', 'bonjour', 'mon fils a eu 21 ans, est-ce que ça change mon dossier ?', 'understanding.uscisMatters.childTurning21.answer'],
        ['vi-VN', 'xin chào', 'con trai tôi đã 21 tuổi rồi, hồ sơ có bị ảnh hưởng không?', 'understanding.uscisMatters.childTurning21.answer'],
        ['tl-PH', 'kumusta', 'nag-21 na ang anak ko, apektado ba ang petition?', 'understanding.uscisMatters.childTurning21.answer'],
        ['zh-CN', '你好', '我儿子满21岁了，会影响案件吗？', 'understanding.uscisMatters.childTurning21.answer'],
        ['ko-KR', '안녕하세요', '아들이 21살이 됐는데 케이스에 영향이 있나요?', 'understanding.uscisMatters.childTurning21.answer'],
        ['ar-EG', 'مرحبا', 'ابني بلغ 21 سنة، هل يؤثر ذلك على قضيتي؟', 'understanding.uscisMatters.childTurning21.answer'],
        // These four were in the lawyer's-answer-alone rows (before that: "Did you want to check a case status?" or the
        // receipt question).
        ['en-US', 'hello', 'my daughter turned 21, what happens to her case', 'understanding.uscisMatters.childTurning21.answer'],
        ['es-US', 'hola', 'mi hijo cumplió 21 años, qué pasa con su caso', 'understanding.uscisMatters.childTurning21.answer'],
        ['zh-CN', '你好', '我女儿满21岁了，她的申请怎么办', 'understanding.uscisMatters.childTurning21.answer'],
        ['ko-KR', '안녕하세요', '딸이 21살이 됐는데 케이스는 어떻게 되나요', 'understanding.uscisMatters.childTurning21.answer'],
        ['es-US', 'hola', 'mi hija va a cumplir 21 antes de la green card', 'understanding.uscisMatters.childTurning21.answer'],
        // A marriage while a case waits: what it changes, then the lawyer's answer (before: the lawyer's answer alone).
        ['en-US', 'hello', 'I got married, do I need to tell USCIS?', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['en-US', 'hello', 'my daughter is getting married, will it affect her case?', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['en-US', 'hello', 'my son got married, what happens to his petition', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['es-US', 'hola', 'me casé, ¿tengo que avisar a USCIS?', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['fr-FR', 'bonjour', "je me suis mariée, est-ce que je dois informer l'USCIS ?", 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['vi-VN', 'xin chào', 'tôi mới kết hôn, có cần báo cho USCIS không?', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['tl-PH', 'kumusta', 'nagpakasal ako, kailangan ko bang sabihin sa USCIS?', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['ko-KR', '안녕하세요', '결혼했는데 USCIS에 알려야 하나요?', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['ar-EG', 'مرحبا', 'تزوجت، هل يجب أن أخبر USCIS؟', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        // Immigration named for USCIS (before, in Spanish and Chinese: what this chat tells immigration, as privacy).
        ['es-US', 'hola', 'me casé, ¿tengo que avisar a inmigración?', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        ['zh-CN', '你好', '我结婚了，要通知移民局吗', 'understanding.uscisMatters.marriedWhileWaiting.answer'],
        // Guard rows (passed before): a marriage to a citizen, or a new spouse to ask for, is the relative's petition.
        ['en-US', 'hello', 'I married a US citizen, what happens next?', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'I got married, how do I apply for my wife?', 'understanding.uscisMatters.familyPetition.answer'],
        ['zh-CN', '你好', '我结婚了，怎么给老婆申请绿卡', 'understanding.uscisMatters.familyPetition.answer'],
        // Guard rows (passed before): one's own 21st birthday, or a grown child asked to sponsor, is a relative's
        // petition.
        ['en-US', 'hello', 'I turned 21, can I petition for my mother?', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'my son turned 21, can he sponsor me?', 'understanding.uscisMatters.familyPetition.answer'],
        // An adult son or daughter to petition for is the relative's petition, not a child turning 21 (d1a45a6 read "over
        // 21" as turning 21).
        ['en-US', 'hello', 'can I sponsor my child who is over 21?', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'my son turned 21, can I still petition for him?', 'understanding.uscisMatters.familyPetition.answer'],
        // Guard row (passed before): wanting a green card for a relative is still the relative's petition.
        ['en-US', 'hello', 'I want a green card for my wife', 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', 'mi hija es ciudadana, ¿me puede pedir?', 'understanding.uscisMatters.familyPetition.answer'],
        ['fr-FR', 'bonjour', 'comment faire venir ma femme aux États-Unis ?', 'understanding.uscisMatters.familyPetition.answer'],
        ['zh-CN', '你好', '怎么给父母办绿卡？', 'understanding.uscisMatters.familyPetition.answer'],
        ['tl-PH', 'kumusta', 'paano i-petition ang nanay ko?', 'understanding.uscisMatters.familyPetition.answer'],
        // Before, the legal-advice answer alone (these rows were in the legal-advice table above).
        ['en-US', 'hello', 'Can I get a green card through my US citizen son?', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'can I petition for my mother', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'can my daughter petition me?', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'how do I get a green card for my parents', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'my husband is a citizen, can he petition for me?', 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', '¿mi hijo ciudadano me puede pedir?', 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', '¿puedo sacar la residencia por mi esposo?', 'understanding.uscisMatters.familyPetition.answer'],
        ['fr-FR', 'bonjour', 'comment avoir une carte verte pour ma mère ?', 'understanding.uscisMatters.familyPetition.answer'],
        ['ko-KR', '안녕하세요', '부모님 초청하려면 어떻게 해요?', 'understanding.uscisMatters.familyPetition.answer'],
        ['vi-VN', 'xin chào', 'tôi muốn bảo lãnh mẹ sang Mỹ', 'understanding.uscisMatters.familyPetition.answer'],
        ['ko-KR', '안녕하세요', '부모님을 초청하고 싶어요', 'understanding.uscisMatters.familyPetition.answer'],
        // Marrying a citizen, or about to: who may ask for a spouse, then the lawyer's (before: "Sorry, I can't help with
        // that" in six languages, or the lawyer's answer alone).
        ['en-US', 'hello', 'I want to marry my girlfriend who is a citizen', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', "I'm going to marry a US citizen, what do I need?", 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', 'me quiero casar con mi novia que es ciudadana', 'understanding.uscisMatters.familyPetition.answer'],
        ['fr-FR', 'bonjour', 'je veux épouser ma copine qui est citoyenne', 'understanding.uscisMatters.familyPetition.answer'],
        ['zh-CN', '你好', '我想和美国公民结婚', 'understanding.uscisMatters.familyPetition.answer'],
        ['ko-KR', '안녕하세요', '미국 시민이랑 결혼하려고 해요', 'understanding.uscisMatters.familyPetition.answer'],
        ['ar-EG', 'مرحبا', 'أريد الزواج من مواطنة أمريكية', 'understanding.uscisMatters.familyPetition.answer'],
        ['vi-VN', 'xin chào', 'tôi muốn cưới bạn gái là công dân Mỹ', 'understanding.uscisMatters.familyPetition.answer'],
        ['tl-PH', 'kumusta', 'gusto kong pakasalan ang girlfriend kong US citizen', 'understanding.uscisMatters.familyPetition.answer'],
        // Married to a citizen already: the same, first (these two had the lawyer's answer alone, in the common-question
        // table).
        ['en-US', 'hello', 'how do I get my green card if I married a citizen', 'understanding.uscisMatters.familyPetition.answer'],
        ['es-US', 'hola', 'estoy casada con un ciudadano, ¿cómo saco mis papeles?', 'understanding.uscisMatters.familyPetition.answer'],
        // Whether an employer may sponsor one: the employer's petition and its forms first (before: the family
        // petition's answer, or the lawyer's answer alone).
        ['en-US', 'hello', 'can my employer sponsor me?', 'understanding.uscisMatters.workVisa.answer'],
        ['en-US', 'hello', 'how can my employer sponsor me for a green card', 'understanding.uscisMatters.workVisa.answer'],
        // A company that will sponsor (before: the family petition's answer, read from "sponsor me").
        ['en-US', 'hello', 'my company will sponsor me for a green card', 'understanding.uscisMatters.workVisa.answer'],
        ['es-US', 'hola', '¿puedo sacar la green card por mi trabajo?', 'understanding.uscisMatters.workVisa.answer'],
        ['fr-FR', 'bonjour', 'mon employeur peut me parrainer pour la carte verte ?', 'understanding.uscisMatters.workVisa.answer'],
        // A sponsor's income asked with a relative: Form I-864's answer first (before: the lawyer's answer alone, or the
        // family petition's answer).
        ['en-US', 'hello', 'I want to sponsor my brother, what income do I need?', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        ['en-US', 'hello', 'how much income do I need to sponsor my wife?', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        ['es-US', 'hola', '¿cuánto tengo que ganar para pedir a mi esposa?', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        // "Gagner" (earn) for the income (before: who may ask for which relatives).
        ['fr-FR', 'bonjour', 'combien faut-il gagner pour parrainer ma femme', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        // The same in four more languages (before: the family petition's answer, or the lawyer's alone; Korean's
        // affidavit notWith held "얼마나" whole, which is "how much" as well as "how long").
        ['fr-FR', 'bonjour', 'je veux parrainer mon frère, quel revenu faut-il ?', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        ['ko-KR', '안녕하세요', '동생을 초청하려면 소득이 얼마나 있어야 해요?', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        ['ar-EG', 'مرحبا', 'أريد أن أكفل أخي، ما الدخل المطلوب؟', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        ['tl-PH', 'kumusta', 'gusto kong i-petition ang kapatid ko, magkano ang kailangang kita?', 'understanding.uscisMatters.affidavitOfSupport.answer'],
        // An arrest feared at a USCIS appointment: no one here can know, what news reports tell, a lawyer before going and
        // not staying away (before: "Sorry", the privacy answer for "ICE", or where to find someone held, from "detain").
        ['en-US', 'hello', 'will I be arrested by immigration at my interview?', 'understanding.arrestAtAppointment.answer'],
        ['en-US', 'hello', 'will ICE be at my biometrics appointment?', 'understanding.arrestAtAppointment.answer'],
        ['en-US', 'hello', 'can they detain me at my interview?', 'understanding.arrestAtAppointment.answer'],
        ['en-US', 'hello', 'people are getting arrested at USCIS interviews, should I go?', 'understanding.arrestAtAppointment.answer'],
        ['es-US', 'hola', '¿es seguro ir a la entrevista de la green card?', 'understanding.arrestAtAppointment.answer'],
        ['fr-FR', 'bonjour', "est-ce que je risque d'être arrêté à mon entretien ?", 'understanding.arrestAtAppointment.answer'],
        ['zh-CN', '你好', '去移民局面谈会被抓吗？', 'understanding.arrestAtAppointment.answer'],
        ['ko-KR', '안녕하세요', '인터뷰에 가면 체포될까요?', 'understanding.arrestAtAppointment.answer'],
        ['vi-VN', 'xin chào', 'đi phỏng vấn có bị bắt không?', 'understanding.arrestAtAppointment.answer'],
        ['tl-PH', 'kumusta', 'aarestuhin ba ako sa interview ko?', 'understanding.arrestAtAppointment.answer'],
        ['ar-EG', 'مرحبا', 'هل سيعتقلونني في المقابلة؟', 'understanding.arrestAtAppointment.answer'],
        // Deportation feared at an interview is the same fear (before: "Sorry").
        ['en-US', 'hello', 'will they deport me if I go to my interview?', 'understanding.arrestAtAppointment.answer'],
        ['es-US', 'hola', '¿me pueden deportar si voy a la entrevista?', 'understanding.arrestAtAppointment.answer'],
        // Applying feared as a risk: what USCIS looks at, and when a denial goes to a judge (before: citizenship's usual
        // answer, or "Sorry").
        ['en-US', 'hello', 'can I be deported if I apply for citizenship?', 'understanding.applyingRisk.answer'],
        ['en-US', 'hello', 'will applying for a green card get me deported?', 'understanding.applyingRisk.answer'],
        ['es-US', 'hola', '¿me pueden deportar si pido la ciudadanía?', 'understanding.applyingRisk.answer'],
        ['fr-FR', 'bonjour', 'est-ce que je risque d\'être expulsé si je demande la citoyenneté ?', 'understanding.applyingRisk.answer'],
        ['vi-VN', 'xin chào', 'tôi có bị trục xuất nếu nộp đơn xin quốc tịch không?', 'understanding.applyingRisk.answer'],
        ['zh-CN', '你好', '申请入籍会被遣返吗？', 'understanding.applyingRisk.answer'],
        ['ko-KR', '안녕하세요', '시민권을 신청하면 추방될 수 있나요?', 'understanding.applyingRisk.answer'],
        ['ar-EG', 'مرحبا', 'هل يمكن ترحيلي إذا قدمت على الجنسية؟', 'understanding.applyingRisk.answer'],
        ['tl-PH', 'kumusta', 'ma-deport ba ako kung mag-apply ako ng citizenship?', 'understanding.applyingRisk.answer'],
        // A denial feared as the way to deportation (before: the denial's answer, or the immigration court's hotline).
        ['en-US', 'hello', 'if my case is denied will I be deported?', 'understanding.applyingRisk.answer'],
        ['es-US', 'hola', 'si me niegan el caso, ¿me van a deportar?', 'understanding.applyingRisk.answer'],
        ['zh-CN', '你好', '如果被拒会被遣返吗？', 'understanding.applyingRisk.answer'],
        ['vi-VN', 'xin chào', 'nếu bị từ chối thì có bị trục xuất không?', 'understanding.applyingRisk.answer'],
        ['ko-KR', '안녕하세요', '거절되면 추방될까요?', 'understanding.applyingRisk.answer'],
        // Work on a visitor's visa: it does not allow work (before: the lawyer's answer alone).
        ['en-US', 'hello', 'can I work with a tourist visa?', 'understanding.visitorWork.answer'],
        ['es-US', 'hola', '¿puedo trabajar con visa de turista?', 'understanding.visitorWork.answer'],
        ['fr-FR', 'bonjour', 'est-ce que je peux travailler avec un visa touristique ?', 'understanding.visitorWork.answer'],
        ['vi-VN', 'xin chào', 'visa du lịch có được đi làm không?', 'understanding.visitorWork.answer'],
        ['zh-CN', '你好', '旅游签证可以工作吗？', 'understanding.visitorWork.answer'],
        ['ko-KR', '안녕하세요', '관광비자로 일해도 되나요?', 'understanding.visitorWork.answer'],
        ['ar-EG', 'مرحبا', 'هل يمكنني العمل بتأشيرة سياحية؟', 'understanding.visitorWork.answer'],
        ['tl-PH', 'kumusta', 'puwede ba akong magtrabaho gamit ang tourist visa?', 'understanding.visitorWork.answer'],
        // A notario, a notary or an agent who would fill in the forms: not a lawyer, and may not advise (before: how to
        // file a form online, or that this chat can't fill one in).
        ['en-US', 'hello', 'a notario wants to charge me to fill out my forms', 'understanding.notario.answer'],
        ['en-US', 'hello', 'should I pay a notary to fill out my immigration forms?', 'understanding.notario.answer'],
        ['es-US', 'hola', 'un notario me quiere cobrar para llenar mis formularios', 'understanding.notario.answer'],
        ['fr-FR', 'bonjour', 'un consultant en immigration veut remplir mes formulaires', 'understanding.notario.answer'],
        ['vi-VN', 'xin chào', 'dịch vụ di trú lấy 2000 đô để làm hồ sơ', 'understanding.notario.answer'],
        ['zh-CN', '你好', '移民中介说可以帮我办绿卡', 'understanding.notario.answer'],
        ['ko-KR', '안녕하세요', '이민 대행업체에 맡겨도 돼요?', 'understanding.notario.answer'],
        ['ar-EG', 'مرحبا', 'مستشار هجرة طلب مني 3000 دولار', 'understanding.notario.answer'],
        ['tl-PH', 'kumusta', 'may notario na gustong mag-fill out ng forms ko', 'understanding.notario.answer'],
        // Work while a green card waits: a pending Form I-485 lets one ask for a work permit (before: the lawyer's answer
        // alone, or "Sorry" in Chinese and Vietnamese).
        ['en-US', 'hello', 'can I work while my green card is pending?', 'understanding.workWhileWaiting.answer'],
        // "Can I work now?" after a filing (before: who can get a work permit, and no lawyer's answer).
        ['en-US', 'hello', 'I filed I-485 and I-765 together, can I work now?', 'understanding.workWhileWaiting.answer'],
        ['es-US', 'hola', '¿puedo trabajar mientras espero mi green card?', 'understanding.workWhileWaiting.answer'],
        ['fr-FR', 'bonjour', 'est-ce que je peux travailler en attendant ma carte verte ?', 'understanding.workWhileWaiting.answer'],
        ['vi-VN', 'xin chào', 'tôi có thể đi làm trong lúc chờ thẻ xanh không?', 'understanding.workWhileWaiting.answer'],
        ['zh-CN', '你好', '我可以一边等绿卡一边工作吗？', 'understanding.workWhileWaiting.answer'],
        ['ko-KR', '안녕하세요', '영주권 기다리는 동안 일해도 돼요?', 'understanding.workWhileWaiting.answer'],
        ['ar-EG', 'مرحبا', 'هل يمكنني العمل أثناء انتظار البطاقة الخضراء؟', 'understanding.workWhileWaiting.answer'],
        ['tl-PH', 'kumusta', 'pwede ba akong magtrabaho habang hinihintay ang green card?', 'understanding.workWhileWaiting.answer'],
        // Work while an asylum case waits: a work permit 150 days after a complete Form I-589, not given before day 180
        // (before: what a pending Form I-485 allows first, the work permit's general answer, or "Sorry").
        ['en-US', 'hello', 'can I work with a pending asylum case?', 'understanding.asylumWork.answer'],
        ['en-US', 'hello', 'when can I apply for a work permit with asylum?', 'understanding.asylumWork.answer'],
        ['es-US', 'hola', '¿puedo trabajar si tengo asilo pendiente?', 'understanding.asylumWork.answer'],
        ['fr-FR', 'bonjour', "puis-je avoir un permis de travail pour l'asile ?", 'understanding.asylumWork.answer'],
        ['vi-VN', 'xin chào', 'khi nào được xin giấy phép làm việc diện tị nạn?', 'understanding.asylumWork.answer'],
        ['zh-CN', '你好', '庇护工卡什么时候可以申请？', 'understanding.asylumWork.answer'],
        ['ko-KR', '안녕하세요', '망명 신청 중인데 일할 수 있어요?', 'understanding.asylumWork.answer'],
        ['tl-PH', 'kumusta', 'kailan ako puwedeng kumuha ng work permit para sa asylum?', 'understanding.asylumWork.answer'],
        ['ar-EG', 'مرحبا', 'متى يمكنني الحصول على تصريح عمل لطالبي اللجوء؟', 'understanding.asylumWork.answer'],
        // Without a lawyer: none is needed to file (before: the lawyer's answer alone, the receipt question in Vietnamese,
        // or "Did you want to learn which forms you can file online?" in Chinese).
        ['en-US', 'hello', 'can I apply without a lawyer', 'understanding.withoutLawyer.answer'],
        ['en-US', 'hello', 'do I need a lawyer to file the I-130', 'understanding.withoutLawyer.answer'],
        ['es-US', 'hola', '¿puedo aplicar sin abogado?', 'understanding.withoutLawyer.answer'],
        ['fr-FR', 'bonjour', 'est-ce que je peux déposer sans avocat ?', 'understanding.withoutLawyer.answer'],
        ['vi-VN', 'xin chào', 'tôi có thể tự nộp đơn mà không cần luật sư không?', 'understanding.withoutLawyer.answer'],
        ['zh-CN', '你好', '不请律师可以自己申请吗？', 'understanding.withoutLawyer.answer'],
        ['ko-KR', '안녕하세요', '변호사 없이 신청할 수 있어요?', 'understanding.withoutLawyer.answer'],
        ['ar-EG', 'مرحبا', 'هل يمكنني التقديم بدون محامي؟', 'understanding.withoutLawyer.answer'],
        ['tl-PH', 'kumusta', 'pwede ba akong mag-apply nang walang abogado?', 'understanding.withoutLawyer.answer'],
        // A trip told as leaving the country, in the words people use (before: "Sorry, I can't help with that", or the
        // lawyer's answer alone).
        ['es-US', 'hola', '¿qué pasa si salgo del país con el permiso de trabajo?', 'understanding.travel.answer'],
        ['fr-FR', 'bonjour', 'que se passe-t-il si je quitte le pays ?', 'understanding.travel.answer'],
        ['vi-VN', 'xin chào', 'tôi có thể ra nước ngoài không?', 'understanding.travel.answer'],
        ['tl-PH', 'kumusta', 'pwede ba akong magbakasyon sa Pilipinas?', 'understanding.travel.answer'],
        // A parent or family abroad to visit, asked in the words people use (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'my mom is sick in Mexico, can I visit her?', 'understanding.travel.answer'],
        ['en-US', 'hello', 'can I go see my dying father in Guatemala?', 'understanding.travel.answer'],
        ['es-US', 'hola', 'mi mamá está enferma en México, ¿puedo ir a verla?', 'understanding.travel.answer'],
        ['fr-FR', 'bonjour', 'ma mère est malade au Maroc, est-ce que je peux aller la voir ?', 'understanding.travel.answer'],
        ['vi-VN', 'xin chào', 'mẹ tôi bệnh, tôi về thăm mẹ được không?', 'understanding.travel.answer'],
        ['zh-CN', '你好', '我妈妈病了，我可以回去看她吗？', 'understanding.travel.answer'],
        ['ko-KR', '안녕하세요', '엄마가 아파서 한국에 어머니를 보러 가도 돼요?', 'understanding.travel.answer'],
        ['ar-EG', 'مرحبا', 'أمي مريضة، هل يمكنني أن أزور أمي في مصر؟', 'understanding.travel.answer'],
        ['tl-PH', 'kumusta', 'may sakit ang nanay ko sa Pilipinas, puwede ko bang bisitahin ang nanay ko?', 'understanding.travel.answer'],
        // A trip told as a plan, not asked (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'I want to visit my mom in Mexico', 'understanding.travel.answer'],
        ['en-US', 'hello', 'I want to visit my grandma in Honduras', 'understanding.travel.answer'],
        ['es-US', 'hola', 'quiero ir a ver a mi mamá a México', 'understanding.travel.answer'],
        ['fr-FR', 'bonjour', 'je veux aller voir ma mère au Maroc', 'understanding.travel.answer'],
        ['vi-VN', 'xin chào', 'tôi muốn về nước thăm mẹ', 'understanding.travel.answer'],
        ['zh-CN', '你好', '我想回国看我妈妈', 'understanding.travel.answer'],
        ['ko-KR', '안녕하세요', '한국에 가고 싶어요', 'understanding.travel.answer'],
        ['ar-EG', 'مرحبا', 'أريد أن أسافر إلى مصر', 'understanding.travel.answer'],
        ['tl-PH', 'kumusta', 'gusto kong umuwi sa Pilipinas', 'understanding.travel.answer'],
        // A change of job, or work anywhere, asked of a permit named short or in Korean: what a work permit allows, then the
        // lawyer (before: the lawyer's answer alone, or "Sorry").
        ['en-US', 'hello', 'can I change jobs with my permit?', 'understanding.uscisMatters.workPermitUse.answer'],
        ['ko-KR', '안녕하세요', '노동허가증으로 아무 데서나 일할 수 있어요?', 'understanding.uscisMatters.workPermitUse.answer'],
        // Whether a green card can be taken away: the ways permanent residence is lost, then the lawyer (before: "Did you
        // want to check a case status?", then the lawyer's answer alone).
        ['en-US', 'hello', 'can my green card be taken away?', 'understanding.uscisMatters.residenceLost.answer'],
        ['es-US', 'hola', '¿me pueden quitar la residencia?', 'understanding.uscisMatters.residenceLost.answer'],
    ])('%s: "%s", then "%s": %s first, then the legal-advice answer', async (locale, greeting, question, first) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t(first, { orgName: TEST_ORGANIZATION.name }));
        expect(['full', 'short'].map((variant) => t(`faq.answers.legalAdvice.${variant}`, { orgName: TEST_ORGANIZATION.name }))).toContain(replies[1]);
    });

    // A trip told as done is not asked about, and a tourist visa asked for someone is the visitor's visa (guard rows,
    // passed before).
    test.each([
        ['en-US', 'hello', 'I traveled to Mexico last year'],
        ['en-US', 'hello', 'I want to apply for a tourist visa for my mom'],
    ])('%s: "%s", then "%s" is not the trip\'s answer', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.travel.answer'));
    });

    // A trip's answer said only what leaving does to a pending application. Most who ask it to visit a parent abroad are
    // without papers or past their I-94's date, for whom leaving can mean 3 or 10 years away, and an emergency can get
    // advance parole quickly through the Contact Center: both are said, in every language.
    test.each(['en', 'es', 'fr', 'vi', 'zh', 'ko', 'ar', 'tl'])('%s: the trip\'s answer says the 3- or 10-year bar and the emergency number', (language) => {
        const t = i18n.getFixedT(language);
        for (const key of ['understanding.travel.answer', 'understanding.travel.answer_sms']) {
            expect(t(key)).toMatch(/\b3\b[^0-9]+\b10\b/);
            expect(t(key)).toContain('800-375-5283');
        }
    });

    // Said afraid, the worry's first line alone (not what USCIS will decide), then the arrest feared; and an arrest told as
    // done at an interview, or what to bring to one, stays theirs (guard rows, passed before).
    test('es: "tengo miedo, ¿la migra me puede agarrar en la cita de huellas?": the worry alone, then the arrest feared', async () => {
        const { t, replies } = await askAtMenu('es-US', 'hola', 'tengo miedo, ¿la migra me puede agarrar en la cita de huellas?');
        expect(replies.slice(0, 2)).toEqual([t('understanding.worryAlone'), t('understanding.arrestAtAppointment.answer')]);
    });
    test.each([
        ['en-US', 'hello', 'my husband was detained at his interview', 'understanding.uscisMatters.detention.answer'],
        ['en-US', 'hello', 'what should I bring to my interview?', 'understanding.uscisMatters.interview.answer'],
    ])('%s: "%s", then "%s": %s, not the arrest feared', async (locale, greeting, question, answer) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t(answer));
        expect(replies).not.toContain(t('understanding.arrestAtAppointment.answer'));
    });

    // A task asked by someone without papers is the task, after the line that this chat needs no one's status (before:
    // the lawyer's answer, and the task lost).
    test.each([
        ['en-US', 'hello', "I'm undocumented, can I check my case status?"],
        ['en-US', 'hello', "I'm undocumented, can I make a USCIS account?"],
    ])('%s: "%s", then "%s": the line that no status is needed, then the task', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t('understanding.noStatus.aside', { orgName: TEST_ORGANIZATION.name }));
        expect(replies.join('\n')).not.toContain(t('faq.answers.legalAdvice.short'));
        expect(replies.join('\n')).not.toContain(t('faq.answers.legalAdvice.full'));
    });

    // A driver's license, an ITIN, taxes or a bank asked of without papers: the DMV's or the IRS's answer, after the
    // line that this chat needs no one's status (before: that line's whole answer, then the lawyer's).
    test.each([
        ['en-US', 'hello', "can I get a driver's license without papers?", 'driversLicense'],
        ['es-US', 'hola', '¿puedo sacar licencia de manejar sin papeles?', 'driversLicense'],
        ['en-US', 'hello', 'do undocumented people have to pay taxes?', 'itin'],
        ['es-US', 'hola', '¿tengo que pagar impuestos si no tengo papeles?', 'itin'],
        ['fr-FR', 'bonjour', 'puis-je ouvrir un compte bancaire sans papiers ?', 'itin'],
        ['zh-CN', '你好', '没有身份怎么报税', 'itin'],
        ['ko-KR', '안녕하세요', '서류 미비자인데 세금을 내야 하나요?', 'itin'],
        ['ar', 'مرحبا', 'هل يجب أن أدفع الضرائب إذا كنت بدون أوراق؟', 'itin'],
        ['tl-PH', 'kumusta', 'kailangan ko bang magbayad ng buwis kahit walang papeles?', 'itin'],
    ])('%s: "%s", then "%s": the line that no status is needed, then the %s answer and the menu', async (locale, greeting, question, matter) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies.slice(0, 2)).toEqual([t('understanding.noStatus.aside', { orgName: TEST_ORGANIZATION.name }), t(`understanding.uscisMatters.${matter}.answer`)]);
        expect(replies[2].startsWith(t('menu.prompt'))).toBe(true);
    });

    // Officers at the door come first, alone: no line before the rights.
    test('"I\'m undocumented and ICE is at my door": the rights at the door first', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', "I'm undocumented and ICE is at my door");
        expect(replies[0]).toBe(t('understanding.uscisMatters.iceAtDoor.answer'));
    });

    // Papers missing for an interview or an upload are that question, not living without papers.
    test.each([
        ['en-US', 'hello', "I don't have papers for my interview"],
        ['es-US', 'hola', 'no tengo documentos para la entrevista'],
    ])('%s: "%s", then "%s": not the answer to living without papers', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies).not.toContain(t('understanding.noStatus.answer', { orgName: TEST_ORGANIZATION.name }));
    });

    // A move after filing is the address; an email to change is the account's; a mistake in an email typed is not a form's.
    test.each([
        ['en-US', 'hello', 'I moved after I sent my application, how do I change my address on my application'],
        ['en-US', 'hello', 'how do I change my email'],
        ['ko-KR', '안녕하세요', '이메일을 수정할 수 있나요?'],
        ['zh-CN', '你好', '我邮箱填错了'],
    ])('%s: "%s", then "%s": not a form to change once sent', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies).not.toContain(t('understanding.changeAfterFiling.answer'));
    });

    test.each([
        ['en-US', 'hello', 'can you file for me?'],
        ['en-US', 'hello', 'can you submit my application for me'],
        ['es-US', 'hola', '¿me puede llenar el formulario?'],
        ['es-US', 'hola', '¿usted puede hacer el trámite por mí?'],
        ['fr-FR', 'bonjour', 'pouvez-vous remplir le formulaire pour moi ?'],
        ['vi-VN', 'xin chào', 'bạn nộp đơn giùm tôi được không'],
        ['tl-PH', 'kumusta', 'pwede nyo bang i-file para sa akin'],
        ['zh-CN', '你好', '你能替我填表吗'],
        ['ko-KR', '안녕하세요', '대신 신청해 줄 수 있어요?'],
        ['ar-EG', 'مرحبا', 'ممكن تعبي الاستمارة بدالي'],
    ])('%s: "%s", then "%s": it can\'t file for them, says so, then how to file online', async (locale, greeting, question) => {
        // Before: out of scope in English, the filing steps without a word on who files, or "which forms?" to confirm.
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t('understanding.fileForThem.answer'));
        expect(['full', 'short'].map((variant) => t(`faq.answers.fileOnline.${variant}`))).toContain(replies[1]);
    });

    test.each(['can you call me?', 'could you call me'])('en: "%s" is how to reach a person (before: the menu\'s help line)', async (question) => {
        const { t, replies } = await askAtMenu('en-US', 'hello', question);
        expect(replies[0].startsWith(t('contact.intro'))).toBe(true);
    });

    test.each([
        ['en-US', 'hello', 'which form is best for me'],
        ['ko-KR', '안녕하세요', '이메일 대신 문자로 받을 수 있어요?'],
    ])('%s: "%s", then "%s" is not asking to file on their behalf', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies).not.toContain(t('understanding.fileForThem.answer'));
    });

    test.each([
        ['en-US', 'hello', 'I need to change my address'],
        // Misspelled (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'i need to change my adress'],
        ['en-US', 'hello', 'I moved, how do I change my address?'],
        ['es-US', 'hola', 'necesito cambiar mi dirección'],
        ['es-US', 'hola', 'me mudé, cómo cambio mi dirección'],
        ['fr-FR', 'bonjour', "j'ai déménagé"],
        ['en-US', 'hello', 'I changed my address'],
        ['tl-PH', 'kumusta', 'Paano magpalit ng address?'],
        ['ar-EG', 'مرحبا', 'كيف أغير عنواني؟'],
        ['es-US', 'hola', 'como cambio mi dirección'],
        ['fr-FR', 'bonjour', "j'ai déménagé, je dois changer mon adresse"],
        ['zh-CN', '你好', '我搬家了'],
        ['ko-KR', '안녕하세요', '이사했어요'],
        ['en-US', 'hello', 'how do I update my address with uscis'],
        ['en-US', 'hello', "I moved and I don't get any mail"],
        ['es-US', 'hola', 'me mudé y no me llega nada'],
        // Whether to tell immigration of a move (before, in Spanish and Chinese: what this chat tells immigration, as if
        // asked about privacy: the privacy topic's words there were "avisar a inmigración", "通知移民局", whoever tells).
        ['es-US', 'hola', 'me mudé, ¿tengo que avisar a inmigración?'],
        ['zh-CN', '你好', '我搬家了要通知移民局吗'],
        ['en-US', 'hello', 'I moved, do I need to tell immigration?'],
        // A P.O. box: the address answer, whose last line says a mailing address can be one (before: the help line, or
        // "Sorry"; "as my mailing address" read as where to mail a form).
        ['en-US', 'hello', 'can I use a PO box?'],
        ['en-US', 'hello', 'can I use a PO box as my mailing address?'],
        ['es-US', 'hola', '¿puedo usar un apartado postal?'],
        ['fr-FR', 'bonjour', 'je peux utiliser une boîte postale ?'],
        ['vi-VN', 'xin chào', 'tôi có dùng hộp thư bưu điện được không?'],
        ['zh-CN', '你好', '可以用邮政信箱吗？'],
        ['ko-KR', '안녕하세요', '사서함을 써도 되나요?'],
        ['ar-EG', 'مرحبا', 'هل يمكنني استخدام صندوق بريد؟'],
        ['tl-PH', 'kumusta', 'puwede ba ang PO box?'],
        // Other Tagalog forms of changing an address (before: the Contact Center's numbers, or the help line).
        ['tl-PH', 'kumusta', 'Paano ko papalitan ang address ko sa USCIS?'],
        ['tl-PH', 'kumusta', 'Lumipat kami, ano ang gagawin ko?'],
        // "Cambiarse de casa" (to move house) in Spanish (before: "Sorry").
        ['es-US', 'hola', 'me cambié de casa y tengo entrevista'],
        // A move to come, and other words for changing an address (before: "Sorry", the Contact Center's numbers to
        // confirm, or what the online account does).
        ['en-US', 'hello', "I'm moving next month"],
        ['es-US', 'hola', 'me voy a mudar, qué hago'],
        ['fr-FR', 'bonjour', 'je vais déménager, que dois-je faire ?'],
        ['fr-FR', 'bonjour', 'comment modifier mon adresse ?'],
        ['vi-VN', 'xin chào', 'cập nhật địa chỉ thế nào?'],
        ['vi-VN', 'xin chào', 'tôi mới chuyển chỗ ở'],
        ['ko-KR', '안녕하세요', '주소를 바꾸려면 어떻게 해요?'],
        ['ko-KR', '안녕하세요', '이사 가요'],
        ['tl-PH', 'kumusta', 'lumipat na kami ng bahay'],
        ['ar-EG', 'مرحبا', 'أريد تغيير عنواني'],
        ['ar-EG', 'مرحبا', 'انتقلنا إلى بيت جديد'],
    ])('%s: "%s", then "%s": a move or an address gets where to change it, not six paragraphs with it second', async (locale, greeting, question) => {
        // Before: the whole managing-a-case answer, its address line second. Reached by the address words or by the
        // classifier's reading ("我搬家了", "이사했어요"), said as a question or as news, with or without a question mark.
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t('faq.answers.manageCase.address'));
        expect(replies[0]).toContain('https://www.uscis.gov/addresschange');
        expect(replies[1]).toMatch(opens(t('faq.followUp.prompt')));
    });

    // A receipt number beside a question about documents: that case's status, which shows a request for evidence and
    // what to do next (before: the general answer on what forms ask for, and the number dropped).
    test.each([
        ['en-US', 'hello', 'EAC9999103413 what do I need to send?'],
        ['es-US', 'hola', 'EAC9999103413 qué documentos tengo que mandar?'],
        ['zh-CN', '你好', 'EAC9999103413 要补什么材料？'],
    ])('%s: "%s", then "%s": that case\'s status, not the general answer', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies.join('\n')).toContain('EAC9999103413');
        expect(replies.join('\n')).toContain(t('caseStatus.buckets.actionNeeded.explanation'));
        expect(replies).not.toContain(t('understanding.documentsNeeded'));
    });

    // A move abroad asks how long a green card allows away, not the address (before: the address, or a lost card's
    // replacement); one who moved here long ago asks about citizenship.
    test.each([
        ['en-US', 'hello', "I'm moving abroad, will I lose my green card?", 'understanding.uscisMatters.timeAbroad.answer'],
        ['fr-FR', 'bonjour', "je déménage à l'étranger, est-ce que je perds ma carte verte ?", 'understanding.uscisMatters.timeAbroad.answer'],
        ['zh-CN', '你好', '我要搬回国了，绿卡会怎么样？', 'understanding.uscisMatters.timeAbroad.answer'],
        ['es-US', 'hola', 'me voy a mudar a otro país, pierdo mi green card?', 'understanding.uscisMatters.timeAbroad.answer'],
        ['en-US', 'hello', 'we moved here 10 years ago, can I apply for citizenship?', 'understanding.uscisMatters.naturalization.answer'],
    ])('%s: "%s", then "%s": %s, not the address', async (locale, greeting, question, answer) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t(answer));
        expect(replies).not.toContain(t('faq.answers.manageCase.address'));
    });

    test.each([
        // Named by what it is for: the form it is ("citizenship": Form N-400; before, no page).
        ['en-US', 'hello', 'how much does citizenship cost', 'N-400'],
        ['en-US', 'hello', 'how much is the work permit fee', 'I-765'],
        ['en-US', 'hello', 'what does it cost', undefined],
        ['en-US', 'hello', 'what is the fee for I-765', 'I-765'],
        ['en-US', 'hello', 'how much does it cost to file the I-130', 'I-130'],
        ['es-US', 'hola', 'cuánto cuesta la ciudadanía', 'N-400'],
        ['es-US', 'hola', 'cuánto cuesta el formulario N-400', 'N-400'],
        ['fr-FR', 'bonjour', 'combien coûte le formulaire I-765 ?', 'I-765'],
        ['vi-VN', 'xin chào', 'lệ phí N-400 bao nhiêu tiền', 'N-400'],
        ['tl-PH', 'kumusta', 'magkano ang fee ng N-400?', 'N-400'],
        ['zh-CN', '你好', '入籍申请要多少钱', 'N-400'],
        ['fr-FR', 'bonjour', 'combien coûte le permis de travail ?', 'I-765'],
        ['vi-VN', 'xin chào', 'gia hạn thẻ xanh tốn bao nhiêu tiền', 'I-90'],
        ['ko-KR', '안녕하세요', '시민권 신청 비용이 얼마예요?', 'N-400'],
        ['ar-EG', 'مرحبا', 'كم رسوم تصريح العمل؟', 'I-765'],
        ['tl-PH', 'kumusta', 'magkano ang bayad sa citizenship?', 'N-400'],
        ['ko-KR', '안녕하세요', 'N-400 수수료가 얼마예요?', 'N-400'],
        ['ar-EG', 'مرحبا', 'كم تكلف استمارة N-400؟', 'N-400'],
        // Vietnamese "phí" without "lệ" (before: how to become a citizen).
        ['vi-VN', 'xin chào', 'phí nhập quốc tịch bao nhiêu?', 'N-400'],
        // Read, unsure, as which forms are filed online (before: "Did you want to learn which forms…?").
        ['es-US', 'hola', 'cuánto cuesta reemplazar la green card', 'I-90'],
    ])('%s: "%s", then "%s": the fees first, and the page of a form it names', async (locale, greeting, question, form) => {
        // Before: which forms can be filed online first, the fees second, and no form's page; a form named by what it
        // is for had no page either.
        const { t, replies } = await askAtMenu(locale, greeting, question);
        // The test channel wants short messages: the short answers.
        const fees = t('faq.answers.formsOnline.feesFirst.short');
        expect(replies[0]).toBe(form ? `${t('faq.answers.formsOnline.formPage', { form, url: `https://www.uscis.gov/${form.toLowerCase()}` })}\n\n${fees}` : fees);
        expect(replies[1]).toMatch(opens(t('faq.followUp.prompt')));
    });

    test('which forms can be filed online is still answered with the list first', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'which forms can I file online?');
        expect(replies[0]).toBe(t('faq.answers.formsOnline.short'));
    });

    test.each([
        ['en-US', 'hello', 'what are your hours?'],
        ['en-US', 'hello', 'when are you open'],
        ['es-US', 'hola', '¿a qué hora abren?'],
        ['zh-CN', '你好', '你们的营业时间是什么'],
        ['ar-EG', 'مرحبا', 'ما هي ساعات العمل؟'],
        // "When" also asks how long a case takes: the hours' own words come first.
        ['en-US', 'hello', 'when do you open?'],
        ['es-US', 'hola', '¿cuándo abren?'],
        ['zh-CN', '你好', '你们什么时候开门'],
    ])('%s: "%s", then "%s": the hours asked about are the help desk\'s and USCIS\'s, in the contact answer', async (locale, greeting, question) => {
        // Before: read as "help" ("Choose one of the options…") or out of scope.
        const { t, replies } = await askAtMenu(locale, greeting, question);
        const said = replies.join('\n');
        expect(['full', 'short'].some((variant) => said.includes(t(`faq.answers.contact.${variant}`, { orgName: TEST_ORGANIZATION.name })))).toBe(true);
        expect(said).toContain(TEST_ORGANIZATION.helpdeskHours);
    });

    test.each([
        ['en-US', 'hello', 'is this free?'],
        ['en-US', 'hello', 'how much does this service cost'],
        ['es-US', 'hola', '¿esto es gratis?'],
        ['zh-CN', '你好', '这个免费吗'],
        ['ar-EG', 'مرحبا', 'هل هذا مجاني؟'],
        ['en-US', 'hello', 'do I have to pay to use this'],
        ['es-US', 'hola', '¿tengo que pagar para usar este chat?'],
    ])('%s: "%s", then "%s": this chat is free, and USCIS\'s fees are another matter, then the menu', async (locale, greeting, said) => {
        // Before: "Did you want to learn what the online account is for?", or the forms-and-fees answer.
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.chatCost'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test('"how much does the I-765 cost?" is still the forms-and-fees question, not about this chat', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'how much does the I-765 cost?');
        expect(replies[0]).not.toBe(t('understanding.chatCost'));
        // A question about a fee: the fees first, with the form's page.
        expect(replies[0]).toBe(`${t('faq.answers.formsOnline.formPage', { form: 'I-765', url: 'https://www.uscis.gov/i-765' })}\n\n${t('faq.answers.formsOnline.feesFirst.short')}`);
    });

    test.each([
        ['en-US', 'hello', 'I want to change my email', 'understanding.accountChanges'],
        ['en-US', 'hello', 'how do I change my password?', 'understanding.accountChanges'],
        ['en-US', 'hello', 'I need to change my phone number for the codes', 'understanding.accountChanges'],
        // Two-step verification turned off or changed (before: how to keep an account safe, read from "verification").
        ['en-US', 'hello', 'how do I turn off two-step verification', 'understanding.accountChanges'],
        ['en-US', 'hello', 'how do I change where I get my codes?', 'understanding.accountChanges'],
        ['es-US', 'hola', '¿cómo cambio mi contraseña?', 'understanding.accountChanges'],
        ['zh-CN', '你好', '我想修改密码', 'understanding.accountChanges'],
        ['ko-KR', '안녕하세요', '비밀번호를 바꾸고 싶어요', 'understanding.accountChanges'],
        // The change said in other words than the listed phrases: a verb with the thing it changes, either order.
        ['en-US', 'hello', 'how do I change my two step verification', 'understanding.accountChanges'],
        ['en-US', 'hello', 'how can I update the phone number on my uscis account', 'understanding.accountChanges'],
        ['en-US', 'hello', 'I need to change my security questions', 'understanding.accountChanges'],
        ['es-US', 'hola', 'cómo cambio mi número de teléfono en la cuenta', 'understanding.accountChanges'],
        ['es-US', 'hola', 'quiero cambiar de correo electrónico', 'understanding.accountChanges'],
        ['fr-FR', 'bonjour', 'comment changer mon numéro de téléphone', 'understanding.accountChanges'],
        ['vi-VN', 'xin chào', 'làm sao thay đổi số điện thoại trong tài khoản', 'understanding.accountChanges'],
        ['tl-PH', 'kumusta', 'paano palitan ang phone number ko', 'understanding.accountChanges'],
        ['zh-CN', '你好', '我想换手机号', 'understanding.accountChanges'],
        ['ko-KR', '안녕하세요', '전화번호를 변경하려면 어떻게 해요', 'understanding.accountChanges'],
        ['ar-EG', 'مرحبا', 'كيف أغير رقم هاتفي في الحساب', 'understanding.accountChanges'],
        // A new number or address said as news (before: the Contact Center's details to confirm, or "Sorry").
        ['en-US', 'hello', 'I have a new phone number, how do I update it?', 'understanding.accountChanges'],
        ['en-US', 'hello', 'I got a new email address', 'understanding.accountChanges'],
        ['es-US', 'hola', 'tengo un número nuevo, ¿cómo lo cambio?', 'understanding.accountChanges'],
        ['es-US', 'hola', 'cambié de correo', 'understanding.accountChanges'],
        // A lawyer "added" to one's account: they have an account of their own and file Form G-28. Before: the sign-in
        // of adding a paper case ("To add a case to your account, please sign in first").
        ['en-US', 'hello', 'how do I add my lawyer to my account', 'understanding.representativeAccess'],
        ['en-US', 'hello', 'can my attorney use my account', 'understanding.representativeAccess'],
        ['es-US', 'hola', 'quiero agregar a mi abogado a mi cuenta', 'understanding.representativeAccess'],
        ['fr-FR', 'bonjour', 'comment ajouter mon avocat à mon compte', 'understanding.representativeAccess'],
        ['vi-VN', 'xin chào', 'làm sao thêm luật sư vào tài khoản của tôi', 'understanding.representativeAccess'],
        ['tl-PH', 'kumusta', 'paano idagdag ang abogado ko sa account ko', 'understanding.representativeAccess'],
        ['zh-CN', '你好', '怎么把律师加到我的账户', 'understanding.representativeAccess'],
        ['ko-KR', '안녕하세요', '변호사를 제 계정에 추가하고 싶어요', 'understanding.representativeAccess'],
        ['ar-EG', 'مرحبا', 'كيف أضيف محامي إلى حسابي', 'understanding.representativeAccess'],
        // Seeing it (before: "Did you want to learn how to keep your account safe?").
        ['en-US', 'hello', 'can my lawyer see my account?', 'understanding.representativeAccess'],
        ['es-US', 'hola', '¿mi abogado puede ver mi cuenta?', 'understanding.representativeAccess'],
        // Two accounts: USCIS can't merge them. Before: "Did you want to learn how to send evidence?", or out of scope.
        ['en-US', 'hello', 'I have two accounts how do I merge them', 'understanding.twoAccounts'],
        ['en-US', 'hello', 'my case is in my old account', 'understanding.twoAccounts'],
        ['es-US', 'hola', 'tengo dos cuentas, ¿las puedo unir?', 'understanding.twoAccounts'],
        ['fr-FR', 'bonjour', "j'ai deux comptes, comment les fusionner", 'understanding.twoAccounts'],
        ['vi-VN', 'xin chào', 'tôi có hai tài khoản', 'understanding.twoAccounts'],
        ['tl-PH', 'kumusta', 'may dalawang account ako, pwede bang pagsamahin ang mga account', 'understanding.twoAccounts'],
        ['zh-CN', '你好', '我有两个账户能合并吗', 'understanding.twoAccounts'],
        ['ko-KR', '안녕하세요', '계정이 두 개 있어요 합칠 수 있나요', 'understanding.twoAccounts'],
        ['ar-EG', 'مرحبا', 'عندي حسابين هل يمكن دمج الحسابات', 'understanding.twoAccounts'],
        // Someone else's account, or one shared: an account is one person's. Before: "Did you want to learn what the
        // online account is for?", or out of scope.
        ['en-US', 'hello', 'my husband has an account, can I use his?', 'understanding.sharedAccount'],
        ['en-US', 'hello', "can I check my case on my wife's account", 'understanding.sharedAccount'],
        ['en-US', 'hello', 'can my mom and I share one account?', 'understanding.sharedAccount'],
        ['en-US', 'hello', 'can my wife use my account', 'understanding.sharedAccount'],
        ['es-US', 'hola', '¿puedo usar la cuenta de mi esposo?', 'understanding.sharedAccount'],
        ['es-US', 'hola', 'mi hija y yo podemos compartir una cuenta?', 'understanding.sharedAccount'],
        ['es-US', 'hola', '¿mi esposa puede usar mi cuenta?', 'understanding.sharedAccount'],
        ['fr-FR', 'bonjour', 'est-ce que je peux utiliser le compte de mon mari ?', 'understanding.sharedAccount'],
        ['vi-VN', 'xin chào', 'chồng tôi có tài khoản rồi, tôi dùng chung được không', 'understanding.sharedAccount'],
        ['tl-PH', 'kumusta', 'may account na ang asawa ko, pwede ko bang gamitin?', 'understanding.sharedAccount'],
        ['zh-CN', '你好', '我老公有账户，我可以用他的账户吗', 'understanding.sharedAccount'],
        ['ko-KR', '안녕하세요', '남편 계정으로 제 케이스를 봐도 되나요?', 'understanding.sharedAccount'],
        ['ar-EG', 'مرحبا', 'زوجي عنده حساب، هل أستطيع استخدام حسابه؟', 'understanding.sharedAccount'],
        // One email address for two people: each account has its own. Before: out of scope, or (English) "Did you want to
        // get back into your account?".
        ['en-US', 'hello', 'can I use the same email for my husband', 'understanding.sharedAccount'],
        ['en-US', 'hello', 'can my wife and I use the same email?', 'understanding.sharedAccount'],
        ['es-US', 'hola', '¿puedo usar el mismo correo para mi esposo?', 'understanding.sharedAccount'],
        ['fr-FR', 'bonjour', 'est-ce que je peux utiliser le même e-mail pour mon mari ?', 'understanding.sharedAccount'],
        ['vi-VN', 'xin chào', 'tôi có thể dùng cùng email cho chồng tôi không', 'understanding.sharedAccount'],
        ['tl-PH', 'kumusta', 'pwede ba naming gamitin ang parehong email ng asawa ko?', 'understanding.sharedAccount'],
        ['zh-CN', '你好', '我和我老公可以用同一个邮箱吗', 'understanding.sharedAccount'],
        ['ko-KR', '안녕하세요', '남편이랑 같은 이메일 써도 돼요?', 'understanding.sharedAccount'],
        ['ar-EG', 'مرحبا', 'هل يمكنني استخدام نفس البريد الإلكتروني لزوجي؟', 'understanding.sharedAccount'],
        // Someone added to one's account: each person makes their own. Before: "I can't give legal advice" ("add my wife
        // to" is also how a relative is added to a case, which stays the lawyer's question).
        ['en-US', 'hello', 'i want to add my wife to my account', 'understanding.sharedAccount'],
        ['es-US', 'hola', '¿cómo agrego a mi esposo a mi cuenta?', 'understanding.sharedAccount'],
        ['fr-FR', 'bonjour', 'comment ajouter mon mari à mon compte ?', 'understanding.sharedAccount'],
        ['vi-VN', 'xin chào', 'làm sao thêm vợ tôi vào tài khoản', 'understanding.sharedAccount'],
        ['tl-PH', 'kumusta', 'paano idagdag ang asawa ko sa account ko?', 'understanding.sharedAccount'],
        ['zh-CN', '你好', '怎么把我老婆加到我的账户里', 'understanding.sharedAccount'],
        ['ko-KR', '안녕하세요', '아내를 제 계정에 추가할 수 있나요?', 'understanding.sharedAccount'],
        ['ar-EG', 'مرحبا', 'كيف أضيف زوجتي إلى حسابي؟', 'understanding.sharedAccount'],
        // Which email an account uses, forgotten: where to find it. Before: the sign-in question, whose USCIS side had no
        // answer for a forgotten address, or (a lawyer named) the legal-advice answer.
        ['en-US', 'hello', "I don't know which email I used", 'understanding.forgotEmail'],
        ['en-US', 'hello', "my lawyer said I already have an account but I don't know the email", 'understanding.forgotEmail'],
        ['es-US', 'hola', 'no sé con qué correo electrónico me registré', 'understanding.forgotEmail'],
        ['fr-FR', 'bonjour', "j'ai oublié quelle adresse e-mail j'ai utilisée", 'understanding.forgotEmail'],
        ['zh-CN', '你好', '我不记得用的哪个邮箱了', 'understanding.forgotEmail'],
        // "Forgot my email" with no "which" or "address", or the account's email (before: the account number's guide in
        // Chinese, "Sorry" in English).
        ['en-US', 'hello', 'I forgot my email', 'understanding.forgotEmail'],
        ['zh-CN', '你好', '我忘了账号的邮箱', 'understanding.forgotEmail'],
        ['ko-KR', '안녕하세요', '이메일을 까먹었어요', 'understanding.forgotEmail'],
        // The username forgotten or asked: the email is the username (before: "Sorry", or how to reset a password).
        ['en-US', 'hello', 'what is my username?', 'understanding.forgotEmail'],
        ['es-US', 'hola', 'olvidé mi usuario', 'understanding.forgotEmail'],
        ['zh-CN', '你好', '我的用户名是什么？', 'understanding.forgotEmail'],
        // The username named with USCIS between (English before: how to reset a USCIS password; the others were read so
        // already, and stay so).
        ['en-US', 'hello', 'I forgot my USCIS username', 'understanding.forgotEmail'],
        ['es-US', 'hola', 'olvidé mi usuario de USCIS', 'understanding.forgotEmail'],
        ['fr-FR', 'bonjour', "j'ai oublié mon identifiant USCIS", 'understanding.forgotEmail'],
        ['ko-KR', '안녕하세요', 'uscis 아이디를 잊어버렸어요', 'understanding.forgotEmail'],
        // The documents a form needs: its instructions say; a lawyer for one case. Before: "Did you want to learn how to
        // send evidence for your case?"
        ['en-US', 'hello', 'what documents do I need for citizenship?', 'understanding.documentsNeeded'],
        ['en-US', 'hello', 'what papers do I need to apply for a green card', 'understanding.documentsNeeded'],
        ['es-US', 'hola', '¿qué documentos necesito para la ciudadanía?', 'understanding.documentsNeeded'],
        ['fr-FR', 'bonjour', 'quels documents faut-il pour la naturalisation ?', 'understanding.documentsNeeded'],
        ['vi-VN', 'xin chào', 'xin thẻ xanh cần giấy tờ gì?', 'understanding.documentsNeeded'],
        ['tl-PH', 'kumusta', 'anong mga dokumento ang kailangan para sa citizenship?', 'understanding.documentsNeeded'],
        ['zh-CN', '你好', '申请入籍需要什么材料？', 'understanding.documentsNeeded'],
        ['ko-KR', '안녕하세요', '시민권 신청하려면 어떤 서류가 필요해요?', 'understanding.documentsNeeded'],
        ['ar-EG', 'مرحبا', 'ما هي الأوراق المطلوبة للجنسية؟', 'understanding.documentsNeeded'],
        // The lawyer's question comes first: representatives have accounts of their own.
        ['en-US', 'hello', 'can I share my account with my lawyer', 'understanding.representativeAccess'],
        // What biometrics are. Before: the online account's features, the menu's help line, or out of scope.
        ['en-US', 'hello', 'what is a biometrics appointment', 'understanding.biometrics'],
        ['en-US', 'hello', 'what are biometrics?', 'understanding.biometrics'],
        // "What's": before, managing a case online.
        ['en-US', 'hello', "what's a biometrics appointment", 'understanding.biometrics'],
        ['es-US', 'hola', '¿qué es la cita de biométricos?', 'understanding.biometrics'],
        ['fr-FR', 'bonjour', "c'est quoi la biométrie ?", 'understanding.biometrics'],
        ['vi-VN', 'xin chào', 'sinh trắc học là gì', 'understanding.biometrics'],
        ['tl-PH', 'kumusta', 'ano po ang biometrics?', 'understanding.biometrics'],
        ['zh-CN', '你好', '什么是生物信息？', 'understanding.biometrics'],
        ['ko-KR', '안녕하세요', '바이오메트릭스가 뭐예요?', 'understanding.biometrics'],
        ['ar-EG', 'مرحبا', 'ما هي البصمات؟', 'understanding.biometrics'],
        // Whether a case will be approved, or is strong: no one here can know; a lawyer can say. Before: USCIS's usual
        // times and the receipt question ("be approved"), or "Sorry, I can't help with that".
        ['en-US', 'hello', 'will my asylum case be approved', 'understanding.chances'],
        ['en-US', 'hello', 'is my asylum case strong?', 'understanding.chances'],
        ['en-US', 'hello', 'will they deny my green card?', 'understanding.chances'],
        ['en-US', 'hello', 'do you think my case will be approved', 'understanding.chances'],
        ['en-US', 'hello', 'will I get my green card', 'understanding.chances'],
        // Asked with "going to" (before: the receipt question, as if it asked for the status).
        ['en-US', 'hello', 'is my case going to be denied?', 'understanding.chances'],
        ['en-US', 'hello', 'are they going to approve my application?', 'understanding.chances'],
        ['es-US', 'hola', '¿van a aprobar mi caso?', 'understanding.chances'],
        ['es-US', 'hola', '¿cree que me la aprueben?', 'understanding.chances'],
        ['fr-FR', 'bonjour', 'mon dossier va-t-il être accepté ?', 'understanding.chances'],
        ['es-US', 'hola', '¿me van a aprobar el asilo?', 'understanding.chances'],
        ['fr-FR', 'bonjour', 'est-ce que ma demande va être acceptée ?', 'understanding.chances'],
        ['vi-VN', 'xin chào', 'hồ sơ của tôi có được chấp thuận không', 'understanding.chances'],
        ['tl-PH', 'kumusta', 'maaaprubahan ba ang green card ko?', 'understanding.chances'],
        ['zh-CN', '你好', '我的绿卡能批吗', 'understanding.chances'],
        ['ko-KR', '안녕하세요', '제 영주권 승인될까요?', 'understanding.chances'],
        ['ar-EG', 'مرحبا', 'هل سيقبلون طلبي؟', 'understanding.chances'],
        // Signing out, with no sign-in here: nothing to end, and the USCIS website's own (before: "Sorry", or "Did you
        // want to make an account?"; signInOnce.test.ts signs out of a sign-in).
        ['en-US', 'hello', 'how do I log out', 'understanding.notSignedIn'],
        ['es-US', 'hola', 'quiero cerrar sesión', 'understanding.notSignedIn'],
        ['fr-FR', 'bonjour', 'comment me déconnecter ?', 'understanding.notSignedIn'],
        ['zh-CN', '你好', '怎么退出登录？', 'understanding.notSignedIn'],
        ['ko-KR', '안녕하세요', '로그아웃하려면 어떻게 해요?', 'understanding.notSignedIn'],
        ['vi-VN', 'xin chào', 'làm sao để đăng xuất?', 'understanding.notSignedIn'],
        ['tl-PH', 'kumusta', 'paano mag-log out?', 'understanding.notSignedIn'],
        ['ar-EG', 'مرحبا', 'كيف أسجل الخروج؟', 'understanding.notSignedIn'],
    ])('%s: "%s", then "%s": %s, then the menu', async (locale, greeting, said, answer) => {
        // Account questions no flow answers. Before: out of scope, or "Did you want to learn how to keep your account safe?".
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t(answer, { orgName: TEST_ORGANIZATION.name }));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test.each(availableLanguages())('%s: the answer about a lawyer and the account names Form G-28', (language) => {
        expect(i18n.getFixedT(language)('understanding.representativeAccess')).toContain('G-28');
    });

    test.each([
        ['en-US', 'hello', 'how do I create a uscis account', 'uscisAccountGuide.intro'],
        ['es-US', 'hola', 'cómo creo una cuenta en uscis', 'uscisAccountGuide.intro'],
        ['tl-PH', 'kumusta', 'paano gumawa ng account sa uscis', 'uscisAccountGuide.intro'],
        ['es-US', 'hola', `¿cómo creo una cuenta con ${TEST_ORGANIZATION.name}?`, 'createAccount.email.prompt'],
    ])('%s: "%s", then "%s": the account the request names is not asked about again (%s)', async (locale, greeting, said, first) => {
        // Before: "Which account do you want to create?", though the message had said which.
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toMatch(opens(t(first, { orgName: TEST_ORGANIZATION.name })));
        expect(replies.join('\n')).not.toContain(t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name }).split('\n')[0]);
    });

    test.each([
        ['en-US', 'hello', 'do I need a lawyer to create an account'],
        ['en-US', 'hello', 'I want to talk to a representative about my account'],
        ['es-US', 'hola', 'necesito un abogado para crear una cuenta'],
        ['zh-CN', '你好', '我需要律师来创建我的账户吗'],
    ])('%s: "%s", then "%s": a lawyer or a representative named without letting them into the account is not that', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.representativeAccess'));
    });

    test.each([
        ['en-US', 'hello', 'how do I add my lawyer to my account'],
        ['ko-KR', '안녕하세요', '변호사를 제 계정에 추가하고 싶어요'],
    ])('%s by SMS: "%s", then "%s": the short answer about a lawyer and the account', async (locale, greeting, said) => {
        const { t, reply } = await firstSmsReply(locale, greeting, said);
        expect(reply).toBe(t('understanding.representativeAccess_sms'));
    });

    test.each([
        ['en-US', 'hello', 'when is my court date?', 'courtCase', '800-898-7180'],
        ['vi-VN', 'xin chào', 'khi nào tôi ra tòa', 'courtCase', '800-898-7180'],
        ['ko-KR', '안녕하세요', '이민 법원 재판 날짜를 알고 싶어요', 'courtCase', '800-898-7180'],
        ['en-US', 'hello', 'ICE detained my husband', 'detention', 'https://locator.ice.gov'],
        ['es-US', 'hola', 'la migra se llevó a mi esposo', 'detention', 'https://locator.ice.gov'],
    ])('%s by SMS: "%s", then "%s": the short answer outside USCIS (%s), with where to look', async (locale, greeting, said, matter, where) => {
        const { t, reply } = await firstSmsReply(locale, greeting, said);
        expect(reply).toBe(t(`understanding.uscisMatters.${matter}.answer_sms`));
        expect(reply).toContain(where);
    });

    test.each([
        ['en-US', 'hello', "I can't sign in to my old account", 'signInTrouble.prompt'],
        ['es-US', 'hola', 'no puedo iniciar sesión en mi cuenta vieja', 'signInTrouble.prompt'],
    ])('%s: "%s", then "%s": an old account one cannot get into is the sign-in help, not the two accounts', async (locale, greeting, said, key) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.twoAccounts'));
        expect(replies[0]).toMatch(opens(t(key, { orgName: TEST_ORGANIZATION.name })));
    });

    // Before, out of scope in Vietnamese (the classifier had "tài khoản bị khóa", not with "của tôi" in it): a locked
    // account is the sign-in help, as in the other languages.
    test.each([
        ['vi-VN', 'xin chào', 'tài khoản của tôi bị khóa'],
        ['vi-VN', 'xin chào', 'tài khoản của tôi bị khoá'],
        ['es-US', 'hola', 'mi cuenta está bloqueada'],
        ['ko-KR', '안녕하세요', '계정이 잠겼어요'],
        ['ar-EG', 'مرحبا', 'حسابي مقفل'],
        // A way back in asked for beside a number changed (before: where a receipt number is printed, "number" read as
        // the receipt's, or that no one here changes a phone number, which needs signing in first).
        ['en-US', 'hello', 'i forgot my password and my phone number changed'],
        ['en-US', 'hello', "I have a new phone number and can't sign in"],
        ['es-US', 'hola', 'olvidé mi contraseña y cambié de número'],
        ['es-US', 'hola', 'cambié mi número de teléfono y no puedo entrar'],
        ['fr-FR', 'bonjour', "j'ai oublié mon mot de passe et changé de numéro de téléphone"],
    ])('%s: "%s", then "%s": a locked account, or a way back in asked for, is the sign-in help', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toMatch(opens(t('signInTrouble.prompt', { orgName: TEST_ORGANIZATION.name })));
    });

    // Before, out of scope in Spanish and French (the classifier had no such sentence): an email that never came is
    // the sign-in help's "my codes don't arrive", as in English.
    test.each([
        ['en-US', 'hello', 'I never got the confirmation email'],
        ['es-US', 'hola', 'no me llega el correo de confirmación'],
        ['fr-FR', 'bonjour', "le mail de confirmation n'arrive pas"],
        // Before: that an account needs an email ("邮件", an email message, was read as an address), then "Sorry".
        ['zh-CN', '你好', '我没收到确认邮件'],
    ])('%s: "%s", then "%s": a confirmation email that never came is the sign-in help', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toMatch(opens(t('signInTrouble.prompt', { orgName: TEST_ORGANIZATION.name })));
    });

    // A phone lost, stolen or broken: the codes it got can't come, so the sign-in help (before: "Sorry, I can't help
    // with that").
    test.each([
        ['en-US', 'hello', 'I lost my phone'],
        ['en-US', 'hello', "my phone was stolen and I don't have that number anymore"],
        ['es-US', 'hola', 'me robaron el celular'],
        ['fr-FR', 'bonjour', "j'ai perdu mon téléphone"],
        ['vi-VN', 'xin chào', 'tôi bị mất điện thoại'],
        ['zh-CN', '你好', '我的手机丢了'],
        ['ko-KR', '안녕하세요', '휴대폰을 잃어버렸어요'],
        ['ar-EG', 'مرحبا', 'ضاع هاتفي'],
        ['tl-PH', 'kumusta', 'nawala ang phone ko'],
    ])('%s: "%s", then "%s": a phone lost is the sign-in help', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toMatch(opens(t('signInTrouble.prompt', { orgName: TEST_ORGANIZATION.name })));
    });

    // Someone else in an account, or a password changed by someone else: how to keep it safe, which says what to do at
    // once (before: "Sorry, I can't help with that", or "Did you want to get back into your account?").
    test.each([
        ['en-US', 'hello', 'my email was hacked'],
        ['en-US', 'hello', "I got an email saying my password was changed but I didn't change my password"],
        ['es-US', 'hola', 'me hackearon la cuenta'],
        ['fr-FR', 'bonjour', "quelqu'un a changé mon mot de passe"],
        ['vi-VN', 'xin chào', 'tài khoản của tôi bị hack'],
        ['zh-CN', '你好', '我的账号被盗了'],
        ['ko-KR', '안녕하세요', '계정이 해킹당했어요'],
        ['ar-EG', 'مرحبا', 'تم اختراق حسابي'],
        ['tl-PH', 'kumusta', 'na-hack ang account ko'],
    ])('%s: "%s", then "%s": how to keep an account safe', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(['full', 'short'].map((variant) => t(`faq.answers.security.${variant}`))).toContain(replies[0]);
    });

    // Sign-in codes that keep coming, or that one never asked for: someone may be trying the password, so how to keep
    // the account safe (before: "There's nothing to cancel right now", "Did you want to get back into your account?",
    // or "Sorry"). A code that does not come is still the sign-in help.
    test.each([
        ['en-US', 'hello', 'stop sending me codes'],
        ['en-US', 'hello', 'I keep getting verification codes I never asked for'],
        ['es-US', 'hola', 'me siguen llegando códigos que no pedí'],
        ['es-US', 'hola', 'dejen de mandarme códigos'],
        ['fr-FR', 'bonjour', "je reçois des codes que je n'ai pas demandés"],
        ['vi-VN', 'xin chào', 'tôi cứ nhận được mã xác minh'],
        ['zh-CN', '你好', '我一直收到验证码，怎么回事'],
        ['ko-KR', '안녕하세요', '인증 코드가 계속 와요'],
        ['ar-EG', 'مرحبا', 'تصلني رموز لم أطلبها'],
        ['tl-PH', 'kumusta', 'laging may dumadating na code sa phone ko'],
    ])('%s: "%s", then "%s": codes not asked for are how to keep an account safe', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(['full', 'short'].map((variant) => t(`faq.answers.security.${variant}`))).toContain(replies[0]);
    });

    test.each([
        ['en-US', 'hello', "I didn't get the code"],
        ['es-US', 'hola', 'no me llega el código'],
        ['en-US', 'hello', "I keep getting codes but they don't work"],
        ['es-US', 'hola', 'me siguen llegando códigos pero no funcionan'],
    ])('%s: "%s", then "%s": a code that does not come, or does not work, is the sign-in help', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies.join('\n')).not.toContain(t('faq.answers.security.short'));
        expect(replies.join('\n')).not.toContain(t('faq.answers.security.full'));
    });

    // Another citizenship kept: U.S. law allows it, the other country's law decides (before: which forms are filed
    // online, or the security question, to confirm; "Sorry"). Losing U.S. citizenship stays the lawyer's question (the
    // common-question table above).
    test.each([
        ['en-US', 'hello', 'can I have dual citizenship?'],
        ['en-US', 'hello', 'do I have to give up my other citizenship?'],
        ['es-US', 'hola', '¿pierdo mi nacionalidad si me hago ciudadano?'],
        ['fr-FR', 'bonjour', 'est-ce que je peux garder ma nationalité ?'],
        ['vi-VN', 'xin chào', 'tôi có được giữ quốc tịch Việt Nam không?'],
        ['zh-CN', '你好', '美国承认双重国籍吗？'],
        ['ko-KR', '안녕하세요', '이중 국적이 가능해요?'],
        ['ar-EG', 'مرحبا', 'هل يمكنني الاحتفاظ بجنسيتي؟'],
        ['tl-PH', 'kumusta', 'puwede ba ang dual citizenship?'],
    ])('%s: "%s", then "%s": another citizenship kept', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.dualCitizenship'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    // A fiancée named in Arabic is the fiancé(e) visa's question, not the family petition's.
    test('"أريد الزواج من مواطنة، هل أحتاج تأشيرة خطوبة؟" is not the family petition', async () => {
        const { t, replies } = await askAtMenu('ar-EG', 'مرحبا', 'أريد الزواج من مواطنة، هل أحتاج تأشيرة خطوبة؟');
        expect(replies).not.toContain(t('understanding.uscisMatters.familyPetition.answer'));
    });

    // Years counted for something else ("for 3 years" living here, a husband away) are not a late case.
    test.each([
        ['es-US', 'hola', 'mi esposo lleva 3 años en México'],
        ['ko-KR', '안녕하세요', '미국에 3년째 살고 있어요, 시민권 신청할 수 있나요?'],
        ['ar-EG', 'مرحبا', 'أعيش في أمريكا منذ 3 سنوات'],
        // An account locked is not a case stuck; living here two years is not waiting.
        ['fr-FR', 'bonjour', 'mon compte est bloqué'],
        ['fr-FR', 'bonjour', "j'habite ici depuis 2 ans, est-ce que je peux demander la citoyenneté ?"],
    ])('%s: "%s", then "%s": not a late case', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('prompts.stepHelp.processingTime.general'));
    });

    // Two passports are not two citizenships to keep.
    test('"I have two passports, which one do I use?" is not another citizenship kept', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'I have two passports, which one do I use?');
        expect(replies).not.toContain(t('understanding.dualCitizenship'));
    });

    // Whether a green card must be carried: yes, from 18, at all times (before: how to file a form online, to confirm,
    // or "Sorry, I can't help with that"). A card lost is still its replacement.
    test.each([
        ['en-US', 'hello', 'do I need to carry my green card'],
        ['es-US', 'hola', '¿tengo que cargar la mica?'],
        ['fr-FR', 'bonjour', 'dois-je toujours avoir ma carte verte sur moi ?'],
        ['vi-VN', 'xin chào', 'có phải luôn mang theo thẻ xanh không?'],
        ['zh-CN', '你好', '绿卡要随身带吗？'],
        ['ko-KR', '안녕하세요', '영주권 카드를 항상 가지고 다녀야 해요?'],
        ['ar-EG', 'مرحبا', 'هل يجب أن أحمل البطاقة الخضراء دائما؟'],
        ['tl-PH', 'kumusta', 'kailangan ko bang dalhin ang green card palagi?'],
    ])('%s: "%s", then "%s": a green card is carried', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.carryCard'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    // The difference between asylum and refuge: where each is asked for (before: which number is which, or "Sorry").
    test.each([
        ['en-US', 'hello', 'what is the difference between asylum and refugee'],
        ['es-US', 'hola', '¿cuál es la diferencia entre asilo y refugio?'],
        ['fr-FR', 'bonjour', 'quelle est la différence entre asile et réfugié ?'],
        ['vi-VN', 'xin chào', 'refugee và asylum khác nhau thế nào?'],
        ['zh-CN', '你好', '难民和庇护有什么区别？'],
        ['ko-KR', '안녕하세요', '난민과 망명의 차이가 뭐예요?'],
        ['ar-EG', 'مرحبا', 'ما الفرق بين اللجوء واللاجئ؟'],
        ['tl-PH', 'kumusta', 'ano ang pagkakaiba ng asylum at refugee?'],
        // How to ask for refuge, which is asked for outside the U.S. (before: "Sorry", or the receipt question read from
        // "statut" and "신청").
        ['en-US', 'hello', 'how do I apply for refugee status'],
        ['es-US', 'hola', '¿cómo pido el estatus de refugiado?'],
        ['fr-FR', 'bonjour', 'comment demander le statut de réfugié ?'],
        ['vi-VN', 'xin chào', 'làm sao xin quy chế tị nạn'],
        ['zh-CN', '你好', '怎么申请难民身份？'],
        ['ko-KR', '안녕하세요', '난민 신청은 어떻게 해요?'],
        ['ar-EG', 'مرحبا', 'كيف أقدم على صفة لاجئ؟'],
        ['tl-PH', 'kumusta', 'paano mag-apply bilang refugee?'],
    ])('%s: "%s", then "%s": asylum and refuge told apart', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.asylumOrRefugee'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    // A work permit and a green card told apart (before: which number is which, read from "difference").
    test.each([
        ['en-US', 'hello', 'what is the difference between EAD and green card?'],
        ['en-US', 'hello', 'is a work permit a green card?'],
        ['es-US', 'hola', '¿cuál es la diferencia entre el permiso de trabajo y la green card?'],
        ['fr-FR', 'bonjour', 'quelle est la différence entre le permis de travail et la carte verte ?'],
        ['vi-VN', 'xin chào', 'giấy phép làm việc và thẻ xanh khác nhau thế nào?'],
        ['zh-CN', '你好', '工卡和绿卡有什么区别？'],
        ['ko-KR', '안녕하세요', '노동허가와 영주권의 차이가 뭐예요?'],
        ['ar-EG', 'مرحبا', 'ما الفرق بين تصريح العمل والبطاقة الخضراء؟'],
        ['tl-PH', 'kumusta', 'ano ang pagkakaiba ng work permit at green card?'],
    ])('%s: "%s", then "%s": a work permit and a green card told apart', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.workPermitOrGreenCard'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    // How long a work permit is valid: the card's date, and that a renewal no longer extends most cards (before: USCIS's
    // usual times, read from "how long"). How long one takes to come is still those times.
    test.each([
        ['en-US', 'hello', 'how long is my work permit valid?'],
        ['en-US', 'hello', 'how long is a work permit good for?'],
        ['es-US', 'hola', '¿por cuánto tiempo es válido mi permiso de trabajo?'],
        ['fr-FR', 'bonjour', 'combien de temps est valable mon permis de travail ?'],
        ['vi-VN', 'xin chào', 'giấy phép làm việc có giá trị bao lâu?'],
        ['zh-CN', '你好', '工卡有效期是多久？'],
        ['ko-KR', '안녕하세요', '노동허가증 유효기간이 얼마예요?'],
        ['ar-EG', 'مرحبا', 'ما هي مدة صلاحية تصريح العمل؟'],
        ['tl-PH', 'kumusta', 'gaano katagal valid ang work permit ko?'],
    ])('%s: "%s", then "%s": how long a work permit is valid', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.workPermitValidity'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test.each([
        ['en-US', 'hello', 'how long does it take to get a work permit?'],
        ['es-US', 'hola', '¿cuánto dura el permiso de trabajo en llegar?'],
    ])('%s: "%s", then "%s" is not how long a work permit is valid', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.workPermitValidity'));
    });

    // A trip after the oath: a citizen travels on a U.S. passport (before: the risk of leaving while an application is
    // pending). Before the oath, it still is that risk.
    test.each([
        ['en-US', 'hello', 'can I travel after my oath ceremony?'],
        ['en-US', 'hello', 'I became a citizen, can I travel now?'],
        ['es-US', 'hola', 'ya soy ciudadana, ¿puedo viajar?'],
        ['fr-FR', 'bonjour', 'est-ce que je peux voyager après la cérémonie de serment ?'],
        ['vi-VN', 'xin chào', 'tôi có thể đi nước ngoài sau khi nhập tịch không?'],
        ['zh-CN', '你好', '入籍后可以出国吗？'],
        ['ko-KR', '안녕하세요', '선서식 후에 여행해도 되나요?'],
        ['ar-EG', 'مرحبا', 'هل يمكنني السفر بعد أداء القسم؟'],
        ['tl-PH', 'kumusta', 'puwede ba akong mag-travel pagkatapos ng oath?'],
    ])('%s: "%s", then "%s": a citizen travels on a U.S. passport', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.citizenTravel'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test('en-US: "can I travel before my oath ceremony?" is still the risk of leaving while an application is pending', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'can I travel before my oath ceremony?');
        expect(replies[0]).toBe(t('understanding.travel.answer'));
        expect(replies).not.toContain(t('understanding.citizenTravel'));
    });

    // A receipt number the website does not take: its shape, the letter O against the number 0, a new one showing late,
    // and that it can be typed here (before: "check a case status?" or "which number is which?", to confirm).
    test.each([
        ['en-US', 'hello', "my receipt number doesn't work on the website"],
        ['en-US', 'hello', 'the USCIS website says my receipt number is invalid'],
        ['es-US', 'hola', 'el número de recibo no funciona en la página'],
        ['fr-FR', 'bonjour', 'mon numéro de reçu ne marche pas sur le site'],
        ['vi-VN', 'xin chào', 'số biên nhận của tôi không hợp lệ'],
        ['zh-CN', '你好', '我的收据号码查不到'],
        ['ko-KR', '안녕하세요', '접수 번호가 안 돼요'],
        ['ar-EG', 'مرحبا', 'رقم الإيصال لا يعمل على الموقع'],
        ['tl-PH', 'kumusta', 'invalid ang receipt number ko sa website'],
    ])('%s: "%s", then "%s": what to check in a receipt number, and that it can be typed here', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.receiptNotWorking'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test('en-US: a receipt number typed with the complaint is looked up', async () => {
        const { replies } = await askAtMenu('en-US', 'hello', 'EAC9999103403 is not working on the website');
        expect(replies.join('\n')).toContain('EAC9999103403');
        expect(replies).not.toContain(en('understanding.receiptNotWorking'));
    });

    // The rules a password must meet (before: "Sorry"). A password forgotten or to change keeps its own answer.
    test.each([
        ['en-US', 'hello', "what's the password rule?"],
        ['en-US', 'hello', 'how long does my password need to be?'],
        ['es-US', 'hola', '¿cuáles son los requisitos de la contraseña?'],
        ['fr-FR', 'bonjour', 'quelles sont les règles du mot de passe ?'],
        ['vi-VN', 'xin chào', 'mật khẩu cần có những gì?'],
        ['zh-CN', '你好', '密码有什么要求？'],
        ['ko-KR', '안녕하세요', '비밀번호 조건이 뭐예요?'],
        ['ar-EG', 'مرحبا', 'ما هي شروط كلمة المرور؟'],
        ['tl-PH', 'kumusta', 'ano ang requirements ng password?'],
    ])('%s: "%s", then "%s": the password rules', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.passwordRules', { orgName: TEST_ORGANIZATION.name }));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test.each([
        ['en-US', 'hello', 'I forgot my password'],
        ['en-US', 'hello', 'how do I change my password?'],
        ['vi-VN', 'xin chào', 'đổi mật khẩu như thế nào?'],
    ])('%s: "%s", then "%s" is not the password rules', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.passwordRules', { orgName: TEST_ORGANIZATION.name }));
    });

    // Questions asked beside USCIS's own, each answered in a line (before: "Sorry", a card's replacement, the lawyer's
    // answer, USCIS's fees, or that no USCIS app is needed).
    test.each([
        ['en-US', 'hello', 'I got married and changed my last name, how do I update it with USCIS?', 'nameChange'],
        ['en-US', 'hello', 'how do I change my name on my green card', 'nameChange'],
        ['zh-CN', '你好', '结婚后改名了，绿卡怎么办', 'nameChange'],
        ['es-US', 'hola', '¿cómo cambio mi nombre en la green card?', 'nameChange'],
        ['fr-FR', 'bonjour', 'comment changer mon nom sur ma carte verte ?', 'nameChange'],
        ['vi-VN', 'xin chào', 'làm sao đổi tên trên thẻ xanh?', 'nameChange'],
        ['zh-CN', '你好', '结婚后改姓了，绿卡怎么办？', 'nameChange'],
        ['ko-KR', '안녕하세요', '결혼해서 이름을 바꿨어요. 영주권은 어떻게 해요?', 'nameChange'],
        ['ar-EG', 'مرحبا', 'كيف أغير اسمي في البطاقة الخضراء؟', 'nameChange'],
        ['tl-PH', 'kumusta', 'paano magpalit ng pangalan sa green card?', 'nameChange'],
        ['es-US', 'hola', 'me cambié de nombre cuando me casé', 'nameChange'],
        ['tl-PH', 'kumusta', 'nagpalit ako ng apelyido nung ikinasal ako', 'nameChange'],
        ['en-US', 'hello', 'do I have to register for selective service?', 'selectiveService'],
        ['es-US', 'hola', '¿tengo que registrarme en el servicio selectivo?', 'selectiveService'],
        ['fr-FR', 'bonjour', 'est-ce que je dois m\'inscrire au selective service ?', 'selectiveService'],
        ['vi-VN', 'xin chào', 'tôi có phải đăng ký selective service không?', 'selectiveService'],
        ['zh-CN', '你好', '我需要做兵役登记吗？', 'selectiveService'],
        ['ko-KR', '안녕하세요', 'selective service에 등록해야 하나요?', 'selectiveService'],
        ['ar-EG', 'مرحبا', 'هل يجب علي التسجيل في الخدمة الانتقائية؟', 'selectiveService'],
        ['tl-PH', 'kumusta', 'kailangan ko bang magparehistro sa selective service?', 'selectiveService'],
        ['en-US', 'hello', 'can I join the military with a green card?', 'militaryService'],
        ['es-US', 'hola', '¿puedo entrar al ejército con green card?', 'militaryService'],
        ['fr-FR', 'bonjour', 'est-ce que je peux m\'engager dans l\'armée avec une carte verte ?', 'militaryService'],
        ['vi-VN', 'xin chào', 'có thẻ xanh có được gia nhập quân đội Mỹ không?', 'militaryService'],
        ['zh-CN', '你好', '有绿卡可以参军吗？', 'militaryService'],
        ['ko-KR', '안녕하세요', '영주권자도 미군에 입대할 수 있나요?', 'militaryService'],
        ['ar-EG', 'مرحبا', 'هل يمكنني الانضمام إلى الجيش الأمريكي بالبطاقة الخضراء؟', 'militaryService'],
        ['tl-PH', 'kumusta', 'puwede ba akong sumali sa US army kung may green card?', 'militaryService'],
        ['en-US', 'hello', 'what is CBP One?', 'cbpOne'],
        ['es-US', 'hola', '¿qué es la app CBP One?', 'cbpOne'],
        ['fr-FR', 'bonjour', 'c\'est quoi l\'application CBP One ?', 'cbpOne'],
        ['vi-VN', 'xin chào', 'CBP One là gì?', 'cbpOne'],
        ['zh-CN', '你好', 'CBP One是什么？', 'cbpOne'],
        ['ko-KR', '안녕하세요', 'CBP One은 뭐예요?', 'cbpOne'],
        ['ar-EG', 'مرحبا', 'ما هو تطبيق CBP One؟', 'cbpOne'],
        ['tl-PH', 'kumusta', 'ano ang CBP One?', 'cbpOne'],
        ['en-US', 'hello', 'what is an I-9?', 'employmentCheck'],
        ['en-US', 'hello', 'my employer wants to see my green card, is that ok?', 'employmentCheck'],
        // A copy of one's card for a job (before: the family petition's answer, read from "green card for my").
        ['en-US', 'hello', 'I need a copy of my green card for my job', 'employmentCheck'],
        ['es-US', 'hola', 'mi patrón me pide la green card, ¿es normal?', 'employmentCheck'],
        ['fr-FR', 'bonjour', "mon employeur me demande ma carte verte, c'est normal ?", 'employmentCheck'],
        ['vi-VN', 'xin chào', 'chủ đòi xem thẻ xanh có được không?', 'employmentCheck'],
        ['zh-CN', '你好', '老板要看我的绿卡，可以吗？', 'employmentCheck'],
        ['ko-KR', '안녕하세요', 'I-9가 뭐예요?', 'employmentCheck'],
        ['ko-KR', '안녕하세요', '회사에서 영주권 카드를 보여 달래요', 'employmentCheck'],
        ['ar-EG', 'مرحبا', 'صاحب العمل يريد رؤية البطاقة الخضراء، هل هذا طبيعي؟', 'employmentCheck'],
        ['tl-PH', 'kumusta', 'hinihingi ng employer ang green card ko, okay lang ba?', 'employmentCheck'],
        ['en-US', 'hello', 'I was born in the US, do I need a green card?', 'bornInUs'],
        ['es-US', 'hola', 'nací en Estados Unidos pero crecí en México, ¿necesito green card?', 'bornInUs'],
        ['fr-FR', 'bonjour', "je suis né aux États-Unis, ai-je besoin d'une carte verte ?", 'bornInUs'],
        ['vi-VN', 'xin chào', 'tôi sinh ra ở Mỹ, có cần thẻ xanh không?', 'bornInUs'],
        ['zh-CN', '你好', '我是在美国出生的，需要绿卡吗？', 'bornInUs'],
        ['ko-KR', '안녕하세요', '미국에서 태어났는데 영주권이 필요해요?', 'bornInUs'],
        ['ar-EG', 'مرحبا', 'ولدت في أمريكا، هل أحتاج بطاقة خضراء؟', 'bornInUs'],
        ['tl-PH', 'kumusta', 'ipinanganak ako sa US, kailangan ko ba ng green card?', 'bornInUs'],
        // A child born here (before: "Sorry"; the answer now speaks of anyone born here, not "you").
        ['en-US', 'hello', 'my son was born in the US, is he a citizen?', 'bornInUs'],
        ['es-US', 'hola', 'mi hijo nació aquí, ¿es ciudadano?', 'bornInUs'],
        // The same in other languages (before: "Sorry", or "do you want to protect your account?"; Vietnamese was read so
        // already).
        ['ar-EG', 'مرحبا', 'ابني ولد هنا هل هو مواطن؟', 'bornInUs'],
        ['tl-PH', 'kumusta', 'ipinanganak dito ang anak ko, citizen ba siya?', 'bornInUs'],
        ['zh-CN', '你好', '我儿子在美国出生是公民吗？', 'bornInUs'],
        ['vi-VN', 'xin chào', 'con tôi sinh ra ở Mỹ có phải là công dân không?', 'bornInUs'],
        ['fr-FR', 'bonjour', 'mon fils est né aux États-Unis, est-il citoyen ?', 'bornInUs'],
        ['en-US', 'hello', 'how do I get a tourist visa for my mother?', 'visitorVisa'],
        ['en-US', 'hello', 'how do I get a student visa?', 'visitorVisa'],
        ['en-US', 'hello', 'what is the SEVIS fee?', 'visitorVisa'],
        ['es-US', 'hola', '¿cómo saco visa de turista para mi mamá?', 'visitorVisa'],
        ['fr-FR', 'bonjour', 'comment obtenir un visa de touriste pour ma mère ?', 'visitorVisa'],
        ['ko-KR', '안녕하세요', '어머니 관광 비자는 어떻게 받아요?', 'visitorVisa'],
        ['ar-EG', 'مرحبا', 'كيف تحصل أمي على تأشيرة زيارة؟', 'visitorVisa'],
        ['tl-PH', 'kumusta', 'paano kumuha ng tourist visa para sa nanay ko?', 'visitorVisa'],
        // Parents or family to visit: the visitor visa (before: "Sorry, I can't help with that").
        ['en-US', 'hello', 'can my parents visit me in the US?', 'visitorVisa'],
        ['en-US', 'hello', 'how can my mother come visit?', 'visitorVisa'],
        ['es-US', 'hola', '¿mis padres pueden venir a visitarme?', 'visitorVisa'],
        ['fr-FR', 'bonjour', 'mes parents peuvent-ils venir me voir aux États-Unis ?', 'visitorVisa'],
        ['zh-CN', '你好', '我父母可以来美国看我吗？', 'visitorVisa'],
        ['vi-VN', 'xin chào', 'bố mẹ tôi có thể sang thăm tôi không?', 'visitorVisa'],
        ['ko-KR', '안녕하세요', '부모님이 미국에 방문하려면 어떻게 해요?', 'visitorVisa'],
        ['ar-EG', 'مرحبا', 'كيف يزورني والداي في أمريكا؟', 'visitorVisa'],
        // A visit "sponsored", an invitation letter, or a tourist visa "for" one's parents said with the word for travel:
        // the visitor visa (before: the relative's petition, the lawyer's answer read from the trip, or "Sorry").
        ['en-US', 'hello', 'how do I sponsor my parents to visit?', 'visitorVisa'],
        ['es-US', 'hola', 'quiero invitar a mi mamá de visita', 'visitorVisa'],
        ['fr-FR', 'bonjour', "comment faire une lettre d'invitation pour ma mère ?", 'visitorVisa'],
        ['zh-CN', '你好', '怎么给父母办旅游签证？', 'visitorVisa'],
        ['ko-KR', '안녕하세요', '부모님 초청장은 어떻게 써요?', 'visitorVisa'],
        ['vi-VN', 'xin chào', 'tôi cần thư mời cho mẹ tôi', 'visitorVisa'],
        ['tl-PH', 'kumusta', 'paano gumawa ng invitation letter para sa nanay ko?', 'visitorVisa'],
        ['ar-EG', 'مرحبا', 'كيف أكتب رسالة دعوة لأمي؟', 'visitorVisa'],
    ])('%s: "%s", then "%s": the %s answer', async (locale, greeting, said, answer) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t(`understanding.${answer}`));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    // A name and an address changed together: who changes a legal name, then where an address is changed (before: the
    // name alone). A name alone is the name alone (above).
    test.each([
        ['en-US', 'hello', 'I need to change my name and address'],
        ['en-US', 'hello', 'I got married and moved, how do I update my name and address'],
        ['es-US', 'hola', 'necesito cambiar mi nombre y mi dirección'],
        ['zh-CN', '你好', '我要改名字和地址'],
        ['ko-KR', '안녕하세요', '이름이랑 주소를 바꾸고 싶어요'],
    ])('%s: "%s", then "%s": the name, then the address', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies.slice(0, 2)).toEqual([t('understanding.nameChange'), t('faq.answers.manageCase.address')]);
        expect(replies[2]).toMatch(opens(t('menu.prompt')));
    });

    // What those words say beside something else: a name written wrong is USCIS's error; a username is the account's; a
    // relative in the army who would petition is the petition; "enlist" can mean "list", and a job on a base is not
    // joining; a mismatch E-Verify found is E-Verify's, and an employer's petition is not the I-9; whether applying
    // online is safe is not a fear of deportation; a child born here is not "I was born here"; a visa expired, work on a
    // student visa, one refused, a relative to petition for, a marriage or a trip with a visa held is not how to get one,
    // nor is a visit while an I-130 or a case is pending; a deportation done is no fear of one; a paper to notarize, or
    // this chat asked to fill a form in, is not a notario; a lawyer who says to check one's account lets no one in; the
    // A-file's number (not the file) is which number is which.
    test.each([
        ['en-US', 'hello', 'my name is wrong on my green card', 'nameChange', 'understanding.uscisMatters.typo.answer'],
        ['es-US', 'hola', 'mi nombre está mal escrito en la green card', 'nameChange', 'understanding.uscisMatters.typo.answer'],
        ['en-US', 'hello', 'I want to change my username', 'nameChange', undefined],
        ['vi-VN', 'xin chào', 'tôi muốn đổi tên đăng nhập', 'nameChange', undefined],
        ['en-US', 'hello', 'my husband is in the US army, can he petition for me?', 'militaryService', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'I served in the army in Mexico, will that affect my citizenship?', 'militaryService', undefined],
        ['en-US', 'hello', 'please enlist the documents I need for I-485', 'militaryService', undefined],
        ['zh-CN', '你好', '我在美军基地工作', 'militaryService', undefined],
        ['en-US', 'hello', "E-Verify says my I-9 doesn't match", 'employmentCheck', 'understanding.uscisMatters.eVerify.answer'],
        ['en-US', 'hello', 'my employer wants to sponsor my green card', 'employmentCheck', undefined],
        ['ko-KR', '안녕하세요', '회사에서 영주권을 신청해 준대요', 'employmentCheck', undefined],
        ['ar-EG', 'مرحبا', 'صاحب العمل يطلب البطاقة الخضراء لي', 'employmentCheck', undefined],
        ['en-US', 'hello', 'is it safe to apply online?', 'applyingRisk.answer', undefined],
        ['es-US', 'hola', '¿es seguro aplicar en línea?', 'applyingRisk.answer', undefined],
        ['zh-CN', '你好', '网上申请安全吗？', 'applyingRisk.answer', undefined],
        ['en-US', 'hello', 'does my affidavit need to be notarized?', 'notario.answer', undefined],
        ['en-US', 'hello', 'can you fill out my form for me?', 'notario.answer', 'understanding.fileForThem.answer'],
        ['en-US', 'hello', 'my lawyer told me to check my account', 'representativeAccess', undefined],
        ['en-US', 'hello', 'my son was born in the US, can he petition for me?', 'bornInUs', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'my tourist visa expired', 'visitorVisa', 'understanding.visaExpired.answer'],
        ['en-US', 'hello', 'can I work on a student visa?', 'visitorVisa', 'understanding.uscisMatters.workVisa.answer'],
        ['en-US', 'hello', "my mother's tourist visa was denied", 'visitorVisa', 'understanding.uscisMatters.visaAbroad.answer'],
        ['en-US', 'hello', 'can I petition for my mother? she has a tourist visa', 'visitorVisa', 'understanding.uscisMatters.familyPetition.answer'],
        ['en-US', 'hello', 'my wife is here on a tourist visa, we got married, what do I do?', 'visitorVisa', undefined],
        ['en-US', 'hello', 'can I travel to Mexico on my tourist visa while my green card is pending?', 'visitorVisa', undefined],
        ['es-US', 'hola', 'me casé con un ciudadano y entré con visa de turista', 'visitorVisa', undefined],
        ['en-US', 'hello', 'can my wife come visit me while her I-130 is pending?', 'visitorVisa', undefined],
        ['en-US', 'hello', 'can I visit my family in Mexico while my case is pending?', 'visitorVisa', undefined],
        ['en-US', 'hello', 'what is my A-file number?', 'uscisMatters.copies.answer', 'faq.answers.numbers.short'],
        // A deportation done is no fear of one, though worry is said with it.
        ['en-US', 'hello', "my husband was deported and I'm worried", 'uscisMatters.deportationFeared.answer', undefined],
        ['vi-VN', 'xin chào', 'chồng tôi đã bị trục xuất, tôi lo quá', 'uscisMatters.deportationFeared.answer', undefined],
        ['zh-CN', '你好', '我的A-file号码是什么？', 'uscisMatters.copies.answer', undefined],
        // Work on a visa, with no green card waiting, is not the pending I-485's work permit.
        ['en-US', 'hello', 'can I work while on a tourist visa?', 'workWhileWaiting.answer', undefined],
        // A green card (an adjustment of status), a case's status, an address, a marriage or a visa photo is not a change
        // to another temporary status.
        ['en-US', 'hello', 'how do I change my status to permanent resident', 'changeStatus.answer', undefined],
        ['en-US', 'hello', 'what is the status of my adjustment of status?', 'uscisMatters.greenCard.answer', undefined],
        ['en-US', 'hello', 'how long does adjustment of status take?', 'uscisMatters.greenCard.answer', 'prompts.stepHelp.processingTime.general'],
        ['en-US', 'hello', 'my case status changed to approved', 'changeStatus.answer', undefined],
        ['en-US', 'hello', 'I need to change my address, my status is pending', 'changeStatus.answer', undefined],
        ['es-US', 'hola', 'quiero cambiar mi estado civil a casada', 'changeStatus.answer', undefined],
        ['zh-CN', '你好', '换签证照片', 'changeStatus.answer', undefined],
        ['vi-VN', 'xin chào', 'tôi muốn đổi địa chỉ', 'changeStatus.answer', undefined],
    ])('%s: "%s", then "%s" is not the %s answer', async (locale, greeting, said, answer, instead) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t(`understanding.${answer}`));
        if (instead) expect(replies[0]).toBe(t(instead));
    });

    // Where free or low-cost legal help is found, and that a private lawyer's price is asked first (before: the forms'
    // fees, the lawyer's answer alone, or "Sorry, I can't help with that"). Whether one needs a lawyer is still the
    // lawyer's answer.
    test.each([
        ['en-US', 'hello', 'how much does a lawyer cost'],
        ['en-US', 'hello', 'where can I find free legal help'],
        ['en-US', 'hello', "I can't afford a lawyer"],
        // Help paying for one (before: the forms' fee waiver).
        ['en-US', 'hello', 'I need help paying for a lawyer'],
        ['es-US', 'hola', '¿cuánto cobra un abogado?'],
        ['es-US', 'hola', '¿dónde consigo un abogado gratis?'],
        ['fr-FR', 'bonjour', 'où trouver une aide juridique gratuite ?'],
        ['vi-VN', 'xin chào', 'thuê luật sư bao nhiêu tiền?'],
        ['zh-CN', '你好', '哪里有免费法律援助？'],
        ['ko-KR', '안녕하세요', '무료 변호사 어디서 찾아요?'],
        ['ar-EG', 'مرحبا', 'أبحث عن محامي مجاني'],
        ['tl-PH', 'kumusta', 'saan makakahanap ng libreng abogado?'],
        // A lawyer "for free", and no money for one (before: the lawyer's answer alone, the forms' fee waiver, or "Sorry").
        ['en-US', 'hello', 'can I get a lawyer for free?'],
        ['fr-FR', 'bonjour', "je n'ai pas d'argent pour un avocat"],
        ['ko-KR', '안녕하세요', '무료 변호사를 구할 수 있나요?'],
        ['ar-EG', 'مرحبا', 'ليس لدي مال لمحامي'],
        ['tl-PH', 'kumusta', 'wala akong pambayad sa abogado'],
    ])('%s: "%s", then "%s": where free or low-cost legal help is', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.legalHelp'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test.each([
        ['en-US', 'hello', 'do I need a lawyer'],
    ])('%s: "%s", then "%s": whether one needs a lawyer is the lawyer\'s answer, after the line that none is needed to file', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.withoutLawyer.answer'));
        expect(['full', 'short'].map((variant) => t(`faq.answers.legalAdvice.${variant}`, { orgName: TEST_ORGANIZATION.name }))).toContain(replies[1]);
    });

    // A child's account: the child's own case, who signs under 14, and USCIS to ask about an account (before: "Which
    // account do you want to create?", "Did you want to make an account?", or "Sorry").
    test.each([
        ['en-US', 'hello', 'can I make an account for my child?'],
        ['en-US', 'hello', 'my son is 10, does he need his own account?'],
        ['en-US', 'hello', 'does my child need a USCIS account?'],
        ['es-US', 'hola', '¿puedo hacer una cuenta para mi hijo?'],
        ['fr-FR', 'bonjour', 'je peux créer un compte pour mon fils ?'],
        ['vi-VN', 'xin chào', 'tôi có thể làm tài khoản cho con tôi không?'],
        ['zh-CN', '你好', '可以给孩子开账户吗？'],
        ['ko-KR', '안녕하세요', '아이 계정도 만들어야 하나요?'],
        ['ar-EG', 'مرحبا', 'هل يمكنني إنشاء حساب لابني؟'],
        ['tl-PH', 'kumusta', 'puwede ba akong gumawa ng account para sa anak ko?'],
    ])('%s: "%s", then "%s": a child\'s form is the child\'s own case', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.childAccount'));
    });

    // A child let into one's own account is sharing it.
    test.each([
        ['en-US', 'hello', 'can my son use my account?'],
    ])('%s: "%s", then "%s": one account is one person\'s', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.sharedAccount'));
    });

    // Approved, and when the card comes: a card, if any, after the approval, with the statuses it shows first (before:
    // USCIS's usual times, or what "Case Was Approved" means).
    test.each([
        ['en-US', 'hello', 'my case was approved, when will I get my green card?'],
        ['en-US', 'hello', 'I was approved, when does the card come?'],
        ['es-US', 'hola', 'me aprobaron el caso, ¿cuándo me llega la tarjeta?'],
        ['fr-FR', 'bonjour', 'mon dossier est approuvé, quand vais-je recevoir ma carte ?'],
        ['vi-VN', 'xin chào', 'hồ sơ được chấp thuận rồi, khi nào nhận được thẻ?'],
        ['zh-CN', '你好', '我的案子批准了，什么时候收到卡？'],
        ['ko-KR', '안녕하세요', '승인됐어요. 카드는 언제 와요?'],
        ['ar-EG', 'مرحبا', 'تمت الموافقة على ملفي، متى تصل البطاقة؟'],
        ['tl-PH', 'kumusta', 'approved na ang kaso ko, kailan darating ang card?'],
        // How long after, rather than when (before: USCIS's usual times, then the receipt question).
        ['en-US', 'hello', 'how long after approval do I get my card'],
        ['es-US', 'hola', '¿cuánto se tarda en llegar la green card después de aprobada?'],
        ['fr-FR', 'bonjour', "combien de temps pour avoir la carte verte après l'approbation ?"],
        ['vi-VN', 'xin chào', 'được chấp thuận rồi bao lâu thì nhận thẻ?'],
        ['zh-CN', '你好', '批准以后多久能收到绿卡？'],
        ['ko-KR', '안녕하세요', '승인 후에 카드 받는 데 얼마나 걸려요?'],
        ['ar-EG', 'مرحبا', 'كم يستغرق وصول البطاقة بعد الموافقة؟'],
        ['tl-PH', 'kumusta', 'gaano katagal bago dumating ang card pagkatapos ma-approve?'],
    ])('%s: "%s", then "%s": a card, if any, comes after the approval', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.cardAfterApproval'));
    });

    // A card that never came after an approval is the card not delivered.
    test.each([
        ['en-US', 'hello', 'my case was approved but I never got my card'],
        ['en-US', 'hello', 'my case was approved months ago, where is my green card?'],
    ])('%s: "%s", then "%s": the card not delivered', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.uscisMatters.cardNotDelivered.answer'));
    });

    // A phone number to update is the account's details, not a phone lost.
    test.each([
        ['en-US', 'hello', "I don't have that number anymore, how do I update it?"],
    ])('%s: "%s", then "%s": not the sign-in help', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).not.toMatch(opens(t('signInTrouble.prompt', { orgName: TEST_ORGANIZATION.name })));
    });

    test.each([
        ['en-US', 'hello', 'what documents do I upload for my RFE?'],
        ['en-US', 'hello', 'what do I need to create an account?'],
        ['en-US', 'hello', 'I need documents'],
    ])('%s: "%s", then "%s": an RFE, an account or no question is not the documents a form needs', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.documentsNeeded', { orgName: TEST_ORGANIZATION.name }));
    });

    test.each([
        ['en-US', 'hello', 'I forgot my email password'],
        ['en-US', 'hello', "I don't have an email"],
    ])('%s: "%s", then "%s": not the address an account uses, forgotten', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.forgotEmail', { orgName: TEST_ORGANIZATION.name }));
    });

    test.each([
        ['en-US', 'hello', 'my email already has an account'],
        ['en-US', 'hello', 'can I add two cases to the same account'],
        ['en-US', 'hello', "how do I add my son's case to my account"],
        ['es-US', 'hola', 'mi correo electrónico ya tiene una cuenta'],
    ])('%s: "%s", then "%s": the user\'s own account, or a case added to it, is not another person\'s account', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('understanding.sharedAccount'));
    });

    test.each([
        ['en-US', 'hello', 'can you send me an update on my case by email'],
        ['en-US', 'hello', "I changed my phone and can't get the code"],
        ['zh-CN', '你好', '我换手机了收不到验证码'],
        ['vi-VN', 'xin chào', 'tôi đổi điện thoại rồi không nhận được mã'],
    ])('%s: "%s", then "%s": a verb and an account word apart, or a new phone, are not a change to make', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).not.toBe(t('understanding.accountChanges', { orgName: TEST_ORGANIZATION.name }));
    });

    test.each([
        ['es-US', 'hola', '¿cómo cambio mi contraseña?'],
        ['fr-FR', 'bonjour', 'je veux changer mon mot de passe'],
        ['vi-VN', 'xin chào', 'tôi muốn đổi mật khẩu'],
        ['tl-PH', 'kumusta', 'paano palitan ang password ko?'],
        ['ar-EG', 'مرحبا', 'كيف أغير كلمة المرور؟'],
        ['en-US', 'hello', 'how do I change my two step verification'],
        ['zh-CN', '你好', '我想修改密码'],
    ])('%s by SMS: "%s", then "%s": the short answer still says what to type for a new password', async (locale, greeting, said) => {
        // Before: the SMS texts in these languages said only "talk to a person" for the account here.
        const { t, reply } = await firstSmsReply(locale, greeting, said);
        expect(reply).toBe(t('understanding.accountChanges_sms', { orgName: TEST_ORGANIZATION.name }));
        // Every command the full answer quotes for the account here (a new password; a person) is in the short one, but
        // deleting the account, which the short one leaves out.
        const full = t('understanding.accountChanges', { orgName: TEST_ORGANIZATION.name });
        const orgLine = full.split('\n').find((line) => line.includes(TEST_ORGANIZATION.name))!;
        const commands = [...orgLine.matchAll(/"([^"]+)"|«\s*([^»]+?)\s*»/g)].map((quoted) => quoted[1] ?? quoted[2]);
        const deleteCommand = t('menu.spoken.deleteAccount.synonyms', { returnObjects: true }) as string[];
        for (const command of commands.filter((quoted) => !deleteCommand.includes(quoted))) expect(reply).toContain(command);
    });

    test.each([
        ['en-US', 'hello', 'which number do i call to reach uscis'],
        ['fr-FR', 'bonjour', "c'est quoi le numéro de téléphone de l'uscis ?"],
        ['zh-CN', '你好', '移民局电话号码是多少'],
    ])('%s: "%s", then "%s": a phone number is the contact question, not which number is which', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        const said = replies.join('\n');
        const answers = (topic: string) => ['full', 'short'].map((variant) => t(`faq.answers.${topic}.${variant}`, { orgName: TEST_ORGANIZATION.name }));
        expect(answers('contact').some((answer) => said.includes(answer))).toBe(true);
        expect(answers('numbers').some((answer) => said.includes(answer))).toBe(false);
    });

    test.each([
        // Where to get an email, and that a status needs none.
        ['en-US', 'hello', "I don't have an email", 'prompts.missing.email.menu'],
        ['en-US', 'hello', 'i dont have email', 'prompts.missing.email.menu'],
        ['es-US', 'hola', 'no tengo correo electrónico', 'prompts.missing.email.menu'],
        ['zh-CN', '你好', '我没有邮箱', 'prompts.missing.email.menu'],
        ['zh-CN', '你好', '我没有邮件地址', 'prompts.missing.email.menu'],
        // Where else the receipt number is.
        ['es-US', 'hola', 'perdí mi aviso de recibo', 'prompts.missing.receipt.answer'],
        ['es-US', 'hola', 'perdí mi número de recibo', 'prompts.missing.receipt.answer'],
        ['en-US', 'hello', 'where can I find my receipt number', 'prompts.missing.receipt.answer'],
        // Read surely as a lost account ("perdu"): before, "Which account can't you sign in to?".
        ['fr-FR', 'bonjour', "j'ai perdu mon reçu", 'prompts.missing.receipt.answer'],
        ['fr-FR', 'bonjour', "j'ai perdu mon avis de réception", 'prompts.missing.receipt.answer'],
        // The receipt number by the name people give it, "case number" (before: the online account number's guide in
        // Spanish, the list of one's cases in Chinese and Vietnamese, a question back in Korean, "Sorry" in Tagalog).
        ['es-US', 'hola', '¿dónde encuentro mi número de caso?', 'prompts.missing.receipt.answer'],
        // "El recibo" is the receipt notice (before: adding a paper case, to confirm), as "mi recibo" already was; the
        // answer says a lawyer who filed has a copy.
        ['es-US', 'hola', 'mi abogado metió mi caso pero no tengo el recibo', 'prompts.missing.receipt.answer'],
        // The same, beside what a case a lawyer filed gets (filedByLawyer): where the number is comes first. "律师帮我递交的"
        // (the lawyer filed it for me) is no request that this chat file (before: "I can't file for you" and the filing
        // steps).
        ['en-US', 'hello', "my lawyer filed my case but I don't have the receipt number", 'prompts.missing.receipt.answer'],
        ['zh-CN', '你好', '律师帮我递交的，但是我没有收据号码', 'prompts.missing.receipt.answer'],
        ['es-US', 'hola', 'no encuentro mi recibo', 'prompts.missing.receipt.answer'],
        // A receipt number not come yet (before: "Sorry, I can't help with that").
        ['en-US', 'hello', "I didn't get my receipt number", 'prompts.missing.receipt.answer'],
        ['vi-VN', 'xin chào', 'tôi chưa nhận được số biên nhận', 'prompts.missing.receipt.answer'],
        ['tl-PH', 'kumusta', 'hindi ko pa natatanggap ang receipt number', 'prompts.missing.receipt.answer'],
        ['ko-KR', '안녕하세요', '접수 번호를 아직 못 받았어요', 'prompts.missing.receipt.answer'],
        // Guard row (passed before): a receipt number lost, with its particle.
        ['ko-KR', '안녕하세요', '제 접수 번호를 잃어버렸어요', 'prompts.missing.receipt.answer'],
        ['ar-EG', 'مرحبا', 'لم أستلم رقم الإيصال', 'prompts.missing.receipt.answer'],
        // Guard rows (passed before): French and Chinese already read their word for "not".
        ['fr-FR', 'bonjour', "je n'ai pas reçu mon numéro de reçu", 'prompts.missing.receipt.answer'],
        ['zh-CN', '你好', '我没收到收据号码', 'prompts.missing.receipt.answer'],
        // On a notice named: where on it (before: the notice that never came).
        ['en-US', 'hello', 'where is my case number on the I-797', 'prompts.missing.receipt.answer'],
        ['es-US', 'hola', 'no encuentro mi número de caso', 'prompts.missing.receipt.answer'],
        ['zh-CN', '你好', '我的案件号码在哪里？', 'prompts.missing.receipt.answer'],
        ['vi-VN', 'xin chào', 'số hồ sơ của tôi ở đâu?', 'prompts.missing.receipt.answer'],
        ['ko-KR', '안녕하세요', '케이스 번호는 어디서 찾아요?', 'prompts.missing.receipt.answer'],
        ['tl-PH', 'kumusta', 'saan makikita ang case number ko?', 'prompts.missing.receipt.answer'],
        ['ar-EG', 'مرحبا', 'أين أجد رقم ملفي؟', 'prompts.missing.receipt.answer'],
    ])('%s: "%s", then "%s", gets %s, then the menu', async (locale, greeting, said, answer) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t(answer));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test.each([
        ['es-US', 'hola', '¿dónde encuentro mi número de cuenta?'],
        ['en-US', 'hello', 'where do I put the receipt number to add my case?'],
    ])('%s: "%s", then "%s": the account number, or a case to add, is not where the receipt number is', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('prompts.missing.receipt.answer'));
    });

    test.each([
        ['en-US', "what's the difference between an A number and a receipt number"],
        ['en-US', 'what is the difference between my account number and my receipt number?'],
    ])('%s: "%s" as a first message is which number is which, though it names the status check\'s "receipt number"', async (locale, said) => {
        // Before: the receipt question (an option named in a first message starts it), though the classifier was sure.
        harness = await openMenuWithEveryFlow(classifier, { locale, start: { utterance: said } });
        const t = i18n.getFixedT(locale.slice(0, 2));
        const replies = texts(await say(harness.client, said));
        expect(['full', 'short'].map((variant) => t(`faq.answers.numbers.${variant}`))).toContain(replies[0]);
        expect(replies).not.toContain(t('caseStatus.ask.receipt'));
    });

    test.each([
        ['en-US', 'I forgot my security questions'],
        ['es-US', 'olvidé mis preguntas de seguridad'],
    ])('%s: "%s" as a first message is a lost account, though "questions" names the common questions', async (locale, said) => {
        // Before: the list of common questions ("What would you like to know?").
        harness = await openMenuWithEveryFlow(classifier, { locale, start: { utterance: said } });
        const t = i18n.getFixedT(locale.slice(0, 2));
        const replies = texts(await say(harness.client, said));
        expect(replies.some((reply) => reply.startsWith(t('signInTrouble.prompt').split('\n')[0]))).toBe(true);
        expect(replies).not.toContain(t('faq.menu.prompt'));
    });

    test.each([
        ['en-US', 'hello', 'I lost my receipt notice, how can I check my status?', 'prompts.missing.receipt.answer'],
        // Said with "without" (before: only the receipt question).
        ['en-US', 'hello', 'how do I check my case without receipt number', 'prompts.missing.receipt.answer'],
        ['es-US', 'hola', '¿cómo veo mi caso sin el número de recibo?', 'prompts.missing.receipt.answer'],
        ['fr-FR', 'bonjour', 'comment vérifier mon dossier sans le numéro de reçu ?', 'prompts.missing.receipt.answer'],
        ['zh-CN', '你好', '没有收据号码怎么查案件', 'prompts.missing.receipt.answer'],
        ['ko-KR', '안녕하세요', '접수 번호 없이 케이스 상태를 볼 수 있나요?', 'prompts.missing.receipt.answer'],
        ['ar-EG', 'مرحبا', 'كيف أتحقق من ملفي بدون رقم الإيصال؟', 'prompts.missing.receipt.answer'],
        // With an A-Number or a name instead (before: only the receipt question).
        ['en-US', 'hello', 'can I check my case with my A-number?', 'prompts.missing.receipt.answer'],
        ['en-US', 'hello', 'can I check my case by name?', 'prompts.missing.receipt.answer'],
        ['es-US', 'hola', '¿puedo ver mi caso con mi nombre?', 'prompts.missing.receipt.answer'],
        ['zh-CN', '你好', '可以用A号查案子吗？', 'prompts.missing.receipt.answer'],
        ['en-US', 'hello', 'how long does it take to get my green card', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', '¿cuánto tarda mi caso?', 'prompts.stepHelp.processingTime.general'],
        // Asked with the question word in place of the answer, and no question mark.
        ['zh-CN', '你好', '我的案子要多久才能批准', 'prompts.stepHelp.processingTime.general'],
        ['ko-KR', '안녕하세요', '제 케이스는 언제 끝나요', 'prompts.stepHelp.processingTime.general'],
        ['vi-VN', 'xin chào', 'hồ sơ của tôi mất bao lâu', 'prompts.stepHelp.processingTime.general'],
        ['tl-PH', 'kumusta', 'gaano katagal ang kaso ko', 'prompts.stepHelp.processingTime.general'],
        // No case named: before, out of scope, or "Did you want to learn which forms you can file online?".
        ['en-US', 'hello', 'what is the processing time?', 'prompts.stepHelp.processingTime.general'],
        ['en-US', 'hello', 'how long does USCIS take', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', '¿cuál es el tiempo de procesamiento?', 'prompts.stepHelp.processingTime.general'],
        // A form or card named, no case: the classifier is sure of which forms are filed online (before, that answer);
        // "cuánto" with no question mark did not read as a question.
        ['es-US', 'hola', 'cuánto tiempo tarda la ciudadanía', 'prompts.stepHelp.processingTime.general'],
        // Citizenship applied for already, with a green card named: still the usual times (guard rows: they passed before
        // the wait from a green card was read as when one may apply; see uscisMatters.test.ts).
        ['en-US', 'hello', 'I applied for citizenship after my green card, how long does it take?', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'ya presenté la ciudadanía con mi residencia, ¿cuánto tarda?', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'cuánto tarda el permiso de trabajo', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', '¿cuánto se tarda en procesar la residencia?', 'prompts.stepHelp.processingTime.general'],
        // How long a case takes once a request for evidence is answered is still these times (not the time left to answer).
        ['es-US', 'hola', 'cuánto tarda después de contestar la RFE', 'prompts.stepHelp.processingTime.general'],
        // Said, not asked: a status that has not moved in a long time (before: only the receipt question).
        ['en-US', 'hello', "my case status hasn't changed in months", 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'mi caso lleva 2 años sin moverse', 'prompts.stepHelp.processingTime.general'],
        // A case said to be stuck (before: the receipt question alone, or "Sorry").
        ['en-US', 'hello', 'my case is stuck', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'mi caso está atorado', 'prompts.stepHelp.processingTime.general'],
        ['vi-VN', 'xin chào', 'hồ sơ của tôi bị kẹt', 'prompts.stepHelp.processingTime.general'],
        ['ko-KR', '안녕하세요', '케이스가 멈췄어요', 'prompts.stepHelp.processingTime.general'],
        ['tl-PH', 'kumusta', 'stuck na ang kaso ko', 'prompts.stepHelp.processingTime.general'],
        ['ar-EG', 'مرحبا', 'ملفي عالق', 'prompts.stepHelp.processingTime.general'],
        ['fr-FR', 'bonjour', 'mon dossier est bloqué depuis 2 ans', 'prompts.stepHelp.processingTime.general'],
        ['vi-VN', 'xin chào', 'hồ sơ của tôi nằm im 2 năm rồi', 'prompts.stepHelp.processingTime.general'],
        ['zh-CN', '你好', '我的案子两年没动静了', 'prompts.stepHelp.processingTime.general'],
        ['en-US', 'hello', "my case status hasn't updated on the website", 'prompts.stepHelp.processingTime.general'],
        ['en-US', 'hello', 'my case is not moving at all', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'mi caso sigue pendiente desde hace meses', 'prompts.stepHelp.processingTime.general'],
        // Before: "Did you want to check a case status?" with "Send evidence" beside it.
        ['en-US', 'hello', 'I submitted my I-130 three months ago and still nothing', 'prompts.stepHelp.processingTime.general'],
        ['en-US', 'hello', "I filed last year and haven't heard anything", 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'mandé mi solicitud en enero y todavía nada', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'no me han dicho nada de mi caso', 'prompts.stepHelp.processingTime.general'],
        // A wait said as "years ago and nothing" (before, in English: "Sorry, I can't help with that").
        ['en-US', 'hello', 'I applied for my husband 2 years ago and nothing', 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', 'mandé la petición hace 2 años y nada', 'prompts.stepHelp.processingTime.general'],
        // Months said with nothing come, which the classifier reads surely, in Spanish, as codes that don't arrive
        // (before: "Did you want to get back into your account?"; in English, "Sorry").
        ['es-US', 'hola', 'ya pasaron 6 meses y no me llega nada', 'prompts.stepHelp.processingTime.general'],
        ['en-US', 'hello', "it's been 8 months and nothing", 'prompts.stepHelp.processingTime.general'],
        ['fr-FR', 'bonjour', "mon dossier n'a pas changé depuis des mois", 'prompts.stepHelp.processingTime.general'],
        ['fr-FR', 'bonjour', 'mon dossier prend trop de temps', 'prompts.stepHelp.processingTime.general'],
        ['vi-VN', 'xin chào', 'hồ sơ của tôi không thay đổi mấy tháng rồi', 'prompts.stepHelp.processingTime.general'],
        ['ko-KR', '안녕하세요', '제 케이스가 너무 오래 걸려요', 'prompts.stepHelp.processingTime.general'],
        ['tl-PH', 'kumusta', 'ang tagal na ng kaso ko', 'prompts.stepHelp.processingTime.general'],
        ['ar-EG', 'مرحبا', 'ملفي متأخر منذ شهور', 'prompts.stepHelp.processingTime.general'],
        // It names "my cases" (我的案子), but asks about a late status, not for the list.
        ['zh-CN', '你好', '我的案子等了好几个月了', 'prompts.stepHelp.processingTime.general'],
        // Slow, or years without an answer (before, in Vietnamese: "sign in to see the cases in your account").
        ['vi-VN', 'xin chào', 'hồ sơ của tôi bị chậm quá', 'prompts.stepHelp.processingTime.general'],
        ['zh-CN', '你好', '我的案子等了好久都没有回复', 'prompts.stepHelp.processingTime.general'],
        ['ko-KR', '안녕하세요', '케이스가 1년째 그대로예요', 'prompts.stepHelp.processingTime.general'],
        ['tl-PH', 'kumusta', 'isang taon na ang kaso ko at wala pang sagot', 'prompts.stepHelp.processingTime.general'],
        ['ar-EG', 'مرحبا', 'ملفي متأخر منذ سنتين', 'prompts.stepHelp.processingTime.general'],
        ['fr-FR', 'bonjour', 'mon dossier est en attente depuis deux ans', 'prompts.stepHelp.processingTime.general'],
        // A count of years or months said in digits, or "pending since" (before: "Sorry, I can't help with that" in
        // French and Korean, what asylum is in Arabic, or the receipt question alone).
        ['es-US', 'hola', 'mi caso de asilo lleva 3 años pendiente', 'prompts.stepHelp.processingTime.general'],
        ['fr-FR', 'bonjour', "ma demande d'asile est en attente depuis 3 ans", 'prompts.stepHelp.processingTime.general'],
        ['vi-VN', 'xin chào', 'hồ sơ tị nạn của tôi đã chờ 3 năm', 'prompts.stepHelp.processingTime.general'],
        ['zh-CN', '你好', '我的庇护申请等了三年了', 'prompts.stepHelp.processingTime.general'],
        ['ko-KR', '안녕하세요', '망명 신청이 3년째 대기 중이에요', 'prompts.stepHelp.processingTime.general'],
        ['ar-EG', 'مرحبا', 'طلب اللجوء الخاص بي معلق منذ 3 سنوات', 'prompts.stepHelp.processingTime.general'],
        ['tl-PH', 'kumusta', '3 taon nang pending ang asylum case ko', 'prompts.stepHelp.processingTime.general'],
        // No account needed, said before the receipt question (before: the receipt question alone, as if unheard).
        ['en-US', 'hello', 'how do I check my case without an account', 'prompts.missing.account.checkStatus'],
        ['en-US', 'hello', 'do I need an account to check my status?', 'prompts.missing.account.checkStatus'],
        ['es-US', 'hola', '¿necesito una cuenta para ver el estado de mi caso?', 'prompts.missing.account.checkStatus'],
        ['fr-FR', 'bonjour', "est-ce qu'il faut un compte pour voir le statut de mon dossier ?", 'prompts.missing.account.checkStatus'],
        ['vi-VN', 'xin chào', 'xem tình trạng hồ sơ có cần tài khoản không', 'prompts.missing.account.checkStatus'],
        ['tl-PH', 'kumusta', 'kailangan ba ng account para makita ang status ng kaso ko?', 'prompts.missing.account.checkStatus'],
        ['zh-CN', '你好', '查案件状态需要账号吗', 'prompts.missing.account.checkStatus'],
        ['ko-KR', '안녕하세요', '케이스 상태 확인하려면 계정이 필요한가요?', 'prompts.missing.account.checkStatus'],
        ['ar-EG', 'مرحبا', 'هل أحتاج إلى حساب لمعرفة حالة ملفي؟', 'prompts.missing.account.checkStatus'],
        // By phone: yes, the Contact Center, with the receipt number (before: the receipt question alone).
        ['en-US', 'hello', 'can I check my case status by phone?', 'understanding.statusByPhone'],
        ['es-US', 'hola', '¿puedo ver el estado de mi caso por teléfono?', 'understanding.statusByPhone'],
        ['fr-FR', 'bonjour', 'est-ce que je peux vérifier le statut de mon dossier par téléphone ?', 'understanding.statusByPhone'],
        ['vi-VN', 'xin chào', 'tôi có thể kiểm tra tình trạng hồ sơ qua điện thoại không?', 'understanding.statusByPhone'],
        ['tl-PH', 'kumusta', 'puwede ko bang alamin ang status ng kaso ko sa telepono?', 'understanding.statusByPhone'],
        ['zh-CN', '你好', '可以打电话查案件状态吗？', 'understanding.statusByPhone'],
        ['ko-KR', '안녕하세요', '케이스 상태를 전화로 확인할 수 있나요?', 'understanding.statusByPhone'],
        ['ar-EG', 'مرحبا', 'هل يمكنني معرفة حالة ملفي بالهاتف؟', 'understanding.statusByPhone'],
        // Updates asked for before a case is named: offered after its status, and a USCIS account sends them too (before:
        // the receipt question alone, or "Sorry").
        ['en-US', 'hello', 'can you notify me when my case changes', 'caseSubscriptions.asked'],
        ['en-US', 'hello', 'can USCIS text me updates', 'caseSubscriptions.asked'],
        ['es-US', 'hola', '¿me puede avisar cuando cambie mi caso?', 'caseSubscriptions.asked'],
        ['fr-FR', 'bonjour', 'pouvez-vous me prévenir quand mon dossier change ?', 'caseSubscriptions.asked'],
        ['vi-VN', 'xin chào', 'báo cho tôi khi hồ sơ thay đổi', 'caseSubscriptions.asked'],
        ['tl-PH', 'kumusta', 'abisuhan ako kapag nagbago ang status ng kaso ko', 'caseSubscriptions.asked'],
        ['zh-CN', '你好', '案件状态有变化通知我', 'caseSubscriptions.asked'],
        ['ko-KR', '안녕하세요', '케이스 상태가 바뀌면 알려 주세요', 'caseSubscriptions.asked'],
        ['ar-EG', 'مرحبا', 'أخبرني عندما تتغير حالة ملفي', 'caseSubscriptions.asked'],
        // Notifications asked for by that name (before: "Did you want to check a case status?", with the account's
        // safety beside it); Spanish and French said it already (guard rows).
        ['en-US', 'hello', 'how do I get notifications about my case', 'caseSubscriptions.asked'],
        ['es-US', 'hola', 'quiero recibir notificaciones de mi caso', 'caseSubscriptions.asked'],
        ['fr-FR', 'bonjour', 'comment être prévenu quand mon dossier change ?', 'caseSubscriptions.asked'],
    ])('%s: "%s", then "%s": the status check answers %s first, then asks for the number', async (locale, greeting, said, aside) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).toEqual([t(aside), t('caseStatus.ask.receipt')]);
    });

    // A notice USCIS sent ("通知", "thông báo") is not updates asked for; stopping them is the stop.
    test.each([
        ['zh-CN', '你好', 'USCIS通知我面谈了'],
        ['vi-VN', 'xin chào', 'USCIS đã gửi thông báo cho tôi'],
        ['en-US', 'hello', 'stop updates'],
    ])('%s: "%s", then "%s" is not updates asked for', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).not.toContain(t('caseSubscriptions.asked'));
    });

    test('es: "¿cuánto cuesta presentar en línea?" still gets which forms are filed online, with their fees (fees first)', async () => {
        const { t, replies } = await askAtMenu('es-US', 'hola', '¿cuánto cuesta presentar en línea?');
        expect(replies[0]).toBe(t('faq.answers.formsOnline.feesFirst.short'));
    });

    test('fr: "je n\'ai pas reçu ma carte verte" (I did not receive my green card) checks a status; "reçu" is not the receipt here', async () => {
        const { t, replies } = await askAtMenu('fr-FR', 'bonjour', "je n'ai pas reçu ma carte verte");
        expect(replies).toEqual([t('understanding.uscisMatters.cardNotDelivered.answer'), t('caseStatus.ask.receipt')]);
        await harness?.dispose();
        harness = undefined;
        // The receipt itself, not had, still gets where it is.
        expect((await askAtMenu('fr-FR', 'bonjour', "je n'ai pas de reçu")).replies[0]).toBe(t('prompts.missing.receipt.answer'));
    });

    test.each([
        ['en-US', 'hello', 'can I cancel my application'],
        ['en-US', 'hello', 'I want to cancel my case'],
        ['es-US', 'hola', '¿puedo cancelar mi solicitud?'],
        ['fr-FR', 'bonjour', 'je veux annuler ma demande'],
        // Stopped rather than cancelled (before: "Sorry, I can't help with that", or "There's nothing to cancel right
        // now").
        ['en-US', 'hello', 'I want to stop my application'],
        ['en-US', 'hello', 'how do I stop the process'],
        ['es-US', 'hola', 'quiero detener mi solicitud'],
    ])('%s: "%s", then "%s": about USCIS, not this chat, so not "nothing to cancel", but how a filing is withdrawn', async (locale, greeting, said) => {
        // Before: "Sorry, I can't help with that" (out of scope), which was better than "nothing to cancel" only.
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.uscisMatters.withdraw.answer'));
        expect(replies).not.toContain(t('cancel.nothing'));
    });

    test.each([
        ['es-US', 'hola', 'no sé leer bien', 'understanding.outOfScope'],
        // A letter from USCIS: what its receipt number can show, then the receipt question (tests/dialogs/uscisMatters.test.ts).
        ['es-US', 'hola', 'me llegó una carta de USCIS y no entiendo', 'understanding.uscisMatters.letter.answer'],
        ['en-US', 'hello', 'I got a letter, no idea what it means', 'understanding.uscisMatters.letter.answer'],
    ])('%s: "%s", then "%s": a "no" about something else is not a lost receipt notice (%s)', async (locale, greeting, said, answer) => {
        // Before: "no sé" opened it, or a bare "no" and "carta" were in it, and the answer said where the receipt
        // number is printed. Nothing here says a receipt number is missing.
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t(answer));
        expect(replies).not.toContain(t('prompts.missing.receipt.answer'));
    });

    test.each([
        ['en-US', 'hello', 'what is an online access code?'],
        ['es-US', 'hola', '¿dónde encuentro el código de acceso en línea?'],
        ['fr-FR', 'bonjour', "c'est quoi le code d'accès en ligne ?"],
        // A particle on the last word of the code's name ("코드가").
        ['ko-KR', '안녕하세요', '온라인 액세스 코드가 뭐예요'],
        // Not a question: a lost code.
        ['fr-FR', 'bonjour', "j'ai perdu mon code d'accès"],
        ['tl-PH', 'kumusta', 'nawala ko ang access code ko'],
        // A code that does not work: the answer says it works once within 90 days, and how to get a new one.
        ['en-US', 'hello', "my online access code doesn't work"],
        ['es-US', 'hola', 'el código de acceso no funciona'],
        ['fr-FR', 'bonjour', "le code d'accès ne marche pas"],
        ['vi-VN', 'xin chào', 'mã truy cập không hoạt động'],
        ['tl-PH', 'kumusta', 'hindi gumagana ang access code ko'],
        ['zh-CN', '你好', '在线访问码用不了'],
        ['ko-KR', '안녕하세요', '온라인 액세스 코드가 안 돼요'],
        ['ar-EG', 'مرحبا', 'رمز الوصول لا يعمل'],
    ])('%s: "%s", then "%s": what the code is and where, that only an IOE receipt needs one, then adding a paper case starts (sign in)', async (locale, greeting, said) => {
        // Before: the code's answer alone, as at the flow's question for it, where an IOE receipt was typed already.
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).toEqual([t('understanding.accessCode'), t('addCase.signInIntro'), t('signIn.askEmail')]);
        expect(replies[0]).toContain(t('prompts.stepHelp.accessCode.answer'));
        expect(replies[0]).toContain('IOE');
    });

    test('"I forgot the password of my <organisation> account": that account, so not which one; the reset starts', async () => {
        const { client } = await openWithCases();
        await say(client, 'hello');
        const replies = texts(await say(client, `I forgot the password I use for my account with ${TEST_ORGANIZATION.name}, please help me reset it`));
        expect(replies).toEqual([en('recoverAccess.reset.askEmail')]);
    });

    test.each([
        ['en-US', 'hello', 'my uscis account is locked', 'lockedOut'],
        ['en-US', 'hello', 'I forgot my USCIS password', 'forgotPassword'],
        ['tl-PH', 'kumusta', 'Nakalimutan ko ang password ng USCIS account ko', 'forgotPassword'],
        ['es-US', 'hola', 'no me llega el código de USCIS', 'noCodes'],
    ])('%s: "%s", then "%s": what to do on the USCIS website (%s), not this assistant\'s reset', async (locale, greeting, said, reason) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        // The web chat: the full answer, whose general form ends with this assistant's sign-in help.
        const { client } = await openWithCases(locale, 'webchat');
        await say(client, greeting);
        const replies = texts(await say(client, said));
        expect(replies[0]).toBe(t(`signInTrouble.uscis.${reason}`));
        // Not "choose 'I can't sign in' on the menu": that is this assistant's account, not theirs at USCIS.
        expect(replies.join('\n')).not.toContain(t('faq.signInHere'));
        expect(replies.join('\n')).not.toContain(t('recoverAccess.reset.askEmail'));
        expect(replies.join('\n')).not.toContain(t('recoverAccess.lockedOut.advice'));
    });

    test.each([
        ['en-US', 'hello', 'is it a scam if someone calls me asking for money?'],
        ['fr-FR', 'bonjour', "c'est une arnaque si on me demande de l'argent par téléphone ?"],
    ])('%s: a common question asked at the receipt question ("%s", then "%s") gets its short answer, then the question', async (locale, greeting, asked) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const { client } = await openWithCases(locale);
        await say(client, greeting);
        expect(texts(await say(client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        const answered = texts(await say(client, asked));
        expect(answered).toEqual([t('faq.answers.security.short', { orgName: TEST_ORGANIZATION.name }), t('caseStatus.ask.receipt')]);
        // A request for money in USCIS's name is called a likely scam, and not to be paid.
        expect(answered[0]).toMatch(locale.startsWith('fr') ? /arnaque : ne payez pas/ : /likely a scam: do not pay/);
        expect(texts(await say(client, 'EAC9999103403')).join('\n')).toContain('EAC9999103403');
    });

    // Asked at the receipt question, each got less than its answer. "What is a receipt number?" names the status check by
    // its words ("receipt number"): it left the flow for the menu, which answered with the whole common question and its
    // topics, and the status check was gone. "How long does it take?" got "I need the receipt number itself", as if it
    // were a wrong number. Each now gets its short answer, then the question, which still takes the number.
    test.each([
        ['en-US', 'hello', 'what is a receipt number?', 'faq.answers.numbers.short'],
        ['es-US', 'hola', '¿qué es un número de recibo?', 'faq.answers.numbers.short'],
        ['en-US', 'hello', 'how long does it take?', 'prompts.stepHelp.processingTime.general'],
        ['en-US', 'hello', "it's been 8 months and nothing has changed", 'prompts.stepHelp.processingTime.general'],
        ['es-US', 'hola', '¿cuánto tarda?', 'prompts.stepHelp.processingTime.general'],
        ['fr-FR', 'bonjour', 'combien de temps ça prend ?', 'prompts.stepHelp.processingTime.general'],
    ])('%s: "%s", then "%s" at the receipt question gets its short answer (%s), then the question', async (locale, greeting, asked, answerKey) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const { client } = await openWithCases(locale);
        await say(client, greeting);
        expect(texts(await say(client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        expect(texts(await say(client, asked))).toEqual([t(answerKey, { orgName: TEST_ORGANIZATION.name }), t('caseStatus.ask.receipt')]);
        expect(texts(await say(client, 'EAC9999103403')).join('\n')).toContain('EAC9999103403');
    });

    test('"when is my interview?" at the receipt question keeps its own answer; a receipt number with "how long" is the answer', async () => {
        const { client } = await openWithCases();
        await say(client, 'hello');
        await say(client, '4');
        const interview = texts(await say(client, 'when is my interview?'));
        expect(interview[0]).not.toBe(en('prompts.stepHelp.processingTime.general'));
        expect(interview.at(-1)).toBe(en('caseStatus.ask.receipt'));
        expect(texts(await say(client, 'how long for EAC9999103403?')).join('\n')).toContain('EAC9999103403');
    });

    test('a task named in a question at the receipt question still leaves for it ("how do I create an account?")', async () => {
        const { client } = await openWithCases();
        await say(client, 'hello');
        await say(client, '4');
        const replies = texts(await say(client, 'how do I create an account?'));
        expect(replies[0].split('\n')[0]).toBe(en('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name }).split('\n')[0]);
    });

    test('a status title asked about at the receipt question: what it means, then the question again; a receipt is still the answer', async () => {
        const { client } = await openWithCases();
        await say(client, 'hi');
        expect(texts(await say(client, '4'))).toEqual([en('caseStatus.ask.receipt')]);
        const replies = texts(await say(client, 'what does Case Was Received mean?'));
        expect(replies[0]).toContain(en('caseStatus.meaning', { title: 'Case Was Received', explanation: en('caseStatus.buckets.received.explanation') }));
        expect(replies[1]).toBe(en('caseStatus.ask.receipt'));
        expect(texts(await say(client, 'EAC9999103403')).join('\n')).toContain('EAC9999103403');
    });

    test('a call asking for money in USCIS\'s name, at the menu: a likely scam, do not pay', async () => {
        const { client } = await openWithCases();
        await say(client, 'hi');
        const replies = texts(await say(client, 'someone called me saying they are from USCIS and asked me to pay with gift cards'));
        expect(['full', 'short'].map((variant) => en(`faq.answers.security.${variant}`, { orgName: TEST_ORGANIZATION.name }))).toContain(replies[0]);
        expect(replies[0]).toMatch(/likely a scam[\s\S]*do not pay/i);
    });

    test.each([
        ['en-US', 'hi', 'I got a text saying my case needs payment via gift card'],
        ['en-US', 'hi', 'my case was approved but they asked me to pay by zelle'],
        ['en-US', 'hi', 'someone texted me they want 500 dollars or I lose my case'],
        ['es-US', 'hola', 'me escribieron que quieren dinero o pierdo mi caso'],
        ['es-US', 'hola', 'me llamaron de USCIS y me pidieron dinero con tarjeta de regalo'],
        ['fr-FR', 'bonjour', "on m'a appelé de l'USCIS, ils m'ont demandé de l'argent"],
        ['vi-VN', 'xin chào', 'có người gọi nói là USCIS và đòi tiền hồ sơ của tôi'],
        ['zh-CN', '你好', '有人自称是移民局，要我付钱'],
        ['ko-KR', '안녕하세요', 'USCIS라고 하면서 상품권으로 돈을 내라고 했어요'],
        ['ar-EG', 'مرحبا', 'أحد اتصل بي وطلب مني فلوس'],
        // Money with its article, from someone who says they are immigration (before: "do you want to protect your account?").
        ['ar-EG', 'مرحبا', 'اتصل بي شخص يقول إنه من الهجرة وطلب مني المال'],
        // A debt claimed in USCIS's name (before: "Sorry", or "did you mean how to keep your account safe?").
        ['fr-FR', 'bonjour', "quelqu'un m'a appelé en disant être de l'USCIS et que je dois de l'argent"],
        ['ar-EG', 'مرحبا', 'اتصل بي شخص يقول إنه من دائرة الهجرة وإنني مدين بمال'],
        // A card number, a password or a code asked for (before: "Sorry, I can't help with that").
        ['en-US', 'hi', 'someone asked for my credit card number on the phone'],
        ['en-US', 'hi', 'a man from USCIS asked me for the code'],
        ['es-US', 'hola', 'me llamaron y me pidieron el número de mi tarjeta'],
        ['fr-FR', 'bonjour', "quelqu'un m'a demandé mon mot de passe au téléphone"],
        ['vi-VN', 'xin chào', 'có người gọi hỏi mật khẩu của tôi'],
        ['zh-CN', '你好', '有人打电话问我要验证码'],
        ['ko-KR', '안녕하세요', '어떤 사람이 전화로 비밀번호를 달라고 했어요'],
        ['tl-PH', 'kumusta', 'may tumawag at hiningi ang password ko'],
        ['ar-EG', 'مرحبا', 'شخص اتصل بي وطلب رقم بطاقتي'],
        // A faster green card promised for money, a stranger asking for one's numbers, a link to click (before, in English,
        // Spanish, Chinese, Arabic and Vietnamese: "Sorry", which number is which, or what a letter from USCIS is; the
        // French, Korean and Tagalog were read so already).
        ['en-US', 'hi', 'a man on whatsapp says he can get me a green card fast for $2000'],
        ['en-US', 'hi', 'someone asked me for my A-number on facebook'],
        ['es-US', 'hola', 'un señor dice que me saca los papeles rápido si le pago'],
        ['es-US', 'hola', 'alguien en facebook me pidió mi número de recibo'],
        ['fr-FR', 'bonjour', "un homme m'a dit qu'il peut avoir ma carte verte rapidement si je le paie"],
        ['zh-CN', '你好', '有人在微信上说可以帮我加快绿卡，要收钱'],
        ['ko-KR', '안녕하세요', '어떤 사람이 돈을 주면 영주권을 빨리 해준다고 해요'],
        ['tl-PH', 'kumusta', 'may nagsabi na mapapabilis daw ang green card ko kung babayaran ko siya'],
        ['ar-EG', 'مرحبا', 'شخص يقول إنه يضمن لي البطاقة الخضراء مقابل المال'],
        ['vi-VN', 'xin chào', 'có người nói bảo đảm có thẻ xanh nếu tôi trả tiền cho họ'],
    ])('%s: "%s", then "%s": a likely scam first, whatever case or status it names', async (locale, greeting, said) => {
        // Before: the receipt question, a status's meaning, or "did you mean how to keep your account safe?".
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(['full', 'short'].map((variant) => t(`faq.answers.security.${variant}`, { orgName: TEST_ORGANIZATION.name }))).toContain(replies[0]);
    });

    // One's own code or password asked for is not someone asking for it.
    test.each([
        ['en-US', 'hi', 'I asked for my code but it never came'],
        ['en-US', 'hi', 'I asked for my password reset and got nothing'],
        // Paying a lawyer, or a fee, is not paying a stranger.
        ['es-US', 'hola', '¿si le pago a un abogado me aprueban más rápido?'],
        ['en-US', 'hi', 'if I pay the fee online do I get a receipt?'],
    ])('%s: "%s", then "%s" is not the scams answer', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(['full', 'short'].map((variant) => t(`faq.answers.security.${variant}`, { orgName: TEST_ORGANIZATION.name }))).not.toContain(replies[0]);
    });

    test('a question out of scope without those words is still said to be', async () => {
        const { client } = await openWithCases();
        await say(client, 'hello');
        expect(texts(await say(client, 'what will the weather be like in Chicago tomorrow?'))[0]).toBe(en('understanding.outOfScope'));
    });

    // A question of some length the classifier reads, unsure, as a greeting is out of scope (before: "Hello! I am glad you
    // are here."); a short one may be a greeting. Read as a command to cancel, a report of something stopped is out of
    // scope too.
    test.each([
        ['ar-EG', 'مرحبا', 'كيف يمكنني الحصول على موعد؟', 'understanding.outOfScope'],
        ['ar-EG', 'مرحبا', 'كيف الوضع؟', 'understanding.greeting'],
        ['en-US', 'hi', 'how are you?', 'understanding.greeting'],
        // Something said to have stopped is no command to cancel (before: "There's nothing to cancel right now").
        ['en-US', 'hello', 'my parole officer stopped by', 'understanding.outOfScope'],
        ['en-US', 'hello', 'my payments stopped', 'understanding.outOfScope'],
    ])('%s: "%s", then "%s" gets %s', async (locale, greeting, said, key) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t(key, { orgName: TEST_ORGANIZATION.name }));
    });

    test('naming USCIS is not asking about the numbers ("USCIS #" folded to "uscis" was one of their words)', async () => {
        const { client } = await openWithCases();
        await say(client, 'hello');
        expect(texts(await say(client, 'tell me a joke about uscis'))[0]).toBe(en('understanding.outOfScope'));
    });
});

describe('what an I-797 is, at the menu', () => {
    // Before: "Sorry, I can't help with that" ("what is a receipt notice?": which number is which).
    test.each([
        ['en-US', 'hello', 'what is an I-797?'],
        ['en-US', 'hello', 'what is a receipt notice'],
        ['es-US', 'hola', '¿qué es el I-797?'],
        ['fr-FR', 'bonjour', "c'est quoi un I-797 ?"],
        ['vi-VN', 'xin chào', 'I-797 là gì'],
        ['zh-CN', '你好', 'I-797是什么？'],
        ['ko-KR', '안녕하세요', 'I-797이 뭐예요?'],
        ['ar-EG', 'مرحبا', 'ما هو I-797؟'],
        ['tl-PH', 'kumusta', 'ano ang I-797?'],
    ])('%s: "%s", then "%s": the notices USCIS mails, and which says what', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.noticeI797'));
    });

    test('en: "what is a receipt number?" is still which number is which', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'what is a receipt number?');
        expect(['full', 'short'].map((variant) => t(`faq.answers.numbers.${variant}`))).toContain(replies[0]);
    });
});

describe('what e-Request is, at the menu', () => {
    // Before: "Sorry, I can't help with that".
    test.each([
        ['en-US', 'hello', 'what is e-request?'],
        ['en-US', 'hello', 'how do I use e-Request'],
        ['es-US', 'hola', '¿qué es e-request?'],
        ['fr-FR', 'bonjour', "c'est quoi e-Request ?"],
        ['vi-VN', 'xin chào', 'e-Request là gì'],
        ['zh-CN', '你好', 'e-Request是什么？'],
        ['ko-KR', '안녕하세요', 'e-Request가 뭐예요?'],
        ['ar-EG', 'مرحبا', 'ما هو e-Request؟'],
        ['tl-PH', 'kumusta', 'ano ang e-Request?'],
    ])('%s: "%s", then "%s": what it is for, and not for', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.eRequest'));
    });

    test('en: one already sent is not asked what e-Request is', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'I sent an e-request a month ago, what now?');
        expect(replies[0]).not.toBe(t('understanding.eRequest'));
    });
});

describe('where to get a form, at the menu', () => {
    // Before: "Did you want to learn which forms you can file online?" (or how to file online), the work permit's answer,
    // the status check to confirm, or which forms are filed online.
    test.each([
        ['en-US', 'hello', 'where do I download the form I-130', 'I-130'],
        ['en-US', 'hello', 'where can I get the N-400 form?', 'N-400'],
        ['es-US', 'hola', '¿dónde descargo el formulario I-765?', 'I-765'],
        ['es-US', 'hola', '¿dónde consigo la forma I-130?', 'I-130'],
        ['fr-FR', 'bonjour', 'où télécharger le formulaire I-130 ?', 'I-130'],
        ['vi-VN', 'xin chào', 'tải mẫu đơn I-130 ở đâu', 'I-130'],
        ['zh-CN', '你好', '在哪里下载I-130表格', 'I-130'],
        ['ko-KR', '안녕하세요', 'I-130 양식을 어디서 다운로드해요?', 'I-130'],
        ['ar-EG', 'مرحبا', 'من أين أحمل نموذج I-130؟', 'I-130'],
        ['tl-PH', 'kumusta', 'saan ko ida-download ang form I-130?', 'I-130'],
    ])('%s: "%s", then "%s": the form is free, on its page (%s)', async (locale, greeting, said, form) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.getFormNamed', { form, url: `https://www.uscis.gov/${form.toLowerCase()}` }));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test.each([
        // Before: "Did you want to add a case you filed on paper?"
        ['en-US', 'hello', 'can I print the form and file it by mail'],
        ['es-US', 'hola', '¿dónde consigo el formulario en blanco?'],
        ['zh-CN', '你好', '表格在哪里下载？'],
    ])('%s: "%s", then "%s": forms are free, on uscis.gov/forms', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.getForm'));
    });

    // The I-94 is CBP's record, not a form to download; a notice is the case's, and evidence is uploaded.
    test.each([
        ['en-US', 'hello', 'how do I get the I-94'],
        ['es-US', 'hola', '¿dónde consigo el formulario I-94?'],
        ['en-US', 'hello', 'I want to upload the form'],
        ['zh-CN', '你好', '在哪里下载通知'],
    ])('%s: "%s", then "%s": not where to get a form', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).not.toBe(t('understanding.getForm'));
    });
});

describe('no smartphone, and the USCIS website not working, at the menu', () => {
    // Before: "Sorry, I can't help with that", which account can't be got into, or the Contact Center's numbers.
    test.each([
        ['en-US', 'hello', "I don't have a smartphone"],
        ['en-US', 'hello', 'which authenticator app should I use?'],
        ['en-US', 'hello', "I don't have a phone"],
        ['es-US', 'hola', 'no tengo teléfono inteligente'],
        ['fr-FR', 'bonjour', "je n'ai pas de smartphone"],
        ['vi-VN', 'xin chào', 'tôi không có điện thoại thông minh'],
        ['zh-CN', '你好', '我没有智能手机'],
        ['ko-KR', '안녕하세요', '스마트폰이 없어요'],
        ['ar-EG', 'مرحبا', 'ليس عندي هاتف ذكي'],
        ['tl-PH', 'kumusta', 'wala akong smartphone'],
    ])('%s: "%s", then "%s": a code comes by email, text or an app, and no smartphone is needed', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.twoStepMethods'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    // Before: "Sorry, I can't help with that", the scams question or the account's uses to confirm, which account can't
    // be got into, or the Contact Center's numbers.
    test.each([
        ['en-US', 'hello', 'the website says there was an error'],
        ['en-US', 'hello', 'the uscis website is down'],
        ['es-US', 'hola', 'la página de uscis no funciona'],
        ['fr-FR', 'bonjour', "le site de l'USCIS ne marche pas"],
        ['vi-VN', 'xin chào', 'trang web uscis bị lỗi'],
        ['zh-CN', '你好', 'USCIS网站打不开'],
        ['ko-KR', '안녕하세요', 'USCIS 웹사이트가 안 열려요'],
        ['ar-EG', 'مرحبا', 'موقع USCIS لا يعمل'],
        ['tl-PH', 'kumusta', 'hindi gumagana ang website ng uscis'],
        // An error said with how it keeps coming, or at sign-in (before: "Sorry").
        ['en-US', 'hello', 'The website keeps giving me an error when I try to log in'],
        ['en-US', 'hello', 'I keep getting an error when I sign in'],
        ['es-US', 'hola', 'la página me sigue dando error cuando intento entrar'],
        ['fr-FR', 'bonjour', "j'ai une erreur quand je me connecte au site"],
        ['zh-CN', '你好', '登录的时候一直报错'],
        ['ar-EG', 'مرحبا', 'الموقع يعطيني خطأ عند تسجيل الدخول'],
        // Stopped or frozen (before: "There's nothing to cancel right now", "stopped" read as a command, or "Sorry").
        ['en-US', 'hello', 'the website stopped working'],
        ['en-US', 'hello', 'the page keeps freezing'],
        ['es-US', 'hola', 'la página se queda trabada'],
        // Signed out again and again (before, in English: "Did you want to learn how to keep your account safe?").
        ['en-US', 'hello', 'I keep getting logged out'],
        ['es-US', 'hola', 'la página me saca de la cuenta a cada rato'],
    ])('%s: "%s", then "%s": what to try, since this chat cannot see that site', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.websiteTrouble'));
    });

    // An error on a card is USCIS's mistake to correct; something wrong with a case is the case.
    test.each([
        ['en-US', 'hello', 'something went wrong with my case'],
        ['tl-PH', 'kumusta', 'may error sa green card ko'],
        ['zh-CN', '你好', '我的绿卡上出现错误'],
        ['ar-EG', 'مرحبا', 'حدث خطأ في بطاقتي الخضراء'],
        // An error at a code or a password is the sign-in's trouble.
        ['en-US', 'hello', 'I get an error message when I enter my code'],
        ['es-US', 'hola', 'me da error cuando pongo la contraseña'],
    ])('%s: "%s", then "%s": not the website\'s trouble', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).not.toBe(t('understanding.websiteTrouble'));
    });

    // Before: the Contact Center's numbers, "Did you want USCIS's contact details?", or "Sorry".
    test.each([
        ['en-US', 'hello', 'is there a USCIS app?'],
        ['en-US', 'hello', 'is there an app to check my case?'],
        ['es-US', 'hola', '¿hay una app para ver mi caso en el celular?'],
        ['fr-FR', 'bonjour', "y a-t-il une application mobile de l'USCIS ?"],
        ['vi-VN', 'xin chào', 'USCIS có app không?'],
        ['zh-CN', '你好', '有没有USCIS的app？'],
        ['ko-KR', '안녕하세요', 'USCIS 앱이 있나요?'],
        ['ar-EG', 'مرحبا', 'هل يوجد تطبيق لـ USCIS؟'],
        ['tl-PH', 'kumusta', 'may app ba ang USCIS?'],
    ])('%s: "%s", then "%s": no app is needed, and a status can be checked here', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.uscisApp'));
    });

    // An authenticator app is the ways a code comes; "app" for an application, and "aplicación" (also a form), are not this.
    test.each([
        ['en-US', 'hello', 'which authenticator app should I use?'],
        ['en-US', 'hello', 'my app was approved'],
        ['es-US', 'hola', '¿hay una aplicación para la residencia?'],
        // What an app shows is that status, not whether there is an app.
        ['zh-CN', '你好', '我在app上看到案件批准了'],
        ['ko-KR', '안녕하세요', '앱에 승인됐다고 나와요'],
        ['ar-EG', 'مرحبا', 'التطبيق يقول إن ملفي تمت الموافقة عليه'],
    ])('%s: "%s", then "%s": not the app answer', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).not.toBe(t('understanding.uscisApp'));
    });

    // Before: "Did you want to learn which number is which?" (English), or "Sorry, I can't help with that".
    test.each([
        ['en-US', 'hello', 'what does pending mean?'],
        ['en-US', 'hello', 'what does it mean when it says pending'],
        ['es-US', 'hola', '¿qué significa pendiente?'],
        ['fr-FR', 'bonjour', 'que veut dire en attente ?'],
        ['vi-VN', 'xin chào', 'pending nghĩa là gì?'],
        ['zh-CN', '你好', 'pending是什么意思？'],
        ['ko-KR', '안녕하세요', 'pending이 무슨 뜻이에요?'],
        ['ar-EG', 'مرحبا', 'ما معنى pending؟'],
        ['tl-PH', 'kumusta', 'ano ang ibig sabihin ng pending?'],
    ])('%s: "%s", then "%s": USCIS has the case and has not decided it, then the menu', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.pendingMeaning'));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });
});

describe('where to send a form, at the menu', () => {
    // Before: how to upload evidence and answer a Request for Evidence ("send" read as sending evidence).
    test.each([
        ['en-US', 'hello', 'where do I send my I-130', 'I-130'],
        ['en-US', 'hello', 'what address do I send my N-400 to', 'N-400'],
        ['es-US', 'hola', '¿a dónde mando mi I-765?', 'I-765'],
        ['zh-CN', '你好', 'I-130表寄到哪里？', 'I-130'],
        ['ko-KR', '안녕하세요', 'I-130 어디로 보내요?', 'I-130'],
    ])('%s: "%s", then "%s": that form\'s page, where its address is (%s)', async (locale, greeting, said, form) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.whereToFileForm', { form, url: `https://www.uscis.gov/${form.toLowerCase()}` }));
        expect(replies[1]).toMatch(opens(t('menu.prompt')));
    });

    test.each([
        ['en-US', 'hello', 'where do I mail my application?'],
        ['es-US', 'hola', '¿dónde envío mi solicitud?'],
        ['fr-FR', 'bonjour', 'où envoyer mon formulaire ?'],
        ['vi-VN', 'xin chào', 'đơn của tôi gửi đi đâu?'],
        ['tl-PH', 'kumusta', 'saan ko ipapadala ang application ko?'],
        ['ar-EG', 'مرحبا', 'أين أرسل الطلب؟'],
    ])('%s: "%s", then "%s": where each form\'s page says, or filing online', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.whereToFile'));
    });

    test('en: "where do I send the evidence?" is still the evidence answer', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'where do I send the evidence?');
        expect(replies).not.toContain(t('understanding.whereToFile'));
    });
});

test('en: "my case was approved, will I get my green card?" is not a question of chances: the case is approved', async () => {
    const { t, replies } = await askAtMenu('en-US', 'hello', 'my case was approved, will I get my green card?');
    expect(replies).not.toContain(t('understanding.chances'));
});

describe('a case named by its kind, at the menu', () => {
    // Before: "Sorry, I can't help with that" (the classifier has no intent for asylum, TPS or DACA, and reads them as out
    // of scope), or the help line for "I need help with my asylum case".
    test.each([
        ['en-US', 'hello', 'my asylum case'],
        ['en-US', 'hello', 'I need help with my asylum case'],
        ['en-US', 'hello', 'my TPS case'],
        ['zh-CN', '你好', '我的庇护案子'],
        ['vi-VN', 'xin chào', 'hồ sơ tị nạn của tôi'],
        ['ko-KR', '안녕하세요', '제 망명 케이스'],
        ['ar-EG', 'مرحبا', 'قضية اللجوء الخاصة بي'],
        ['tl-PH', 'kumusta', 'asylum case ko'],
    ])('%s: "%s", then "%s": the status check', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).toEqual([t('caseStatus.ask.receipt')]);
    });

});

describe('a worried message at the menu', () => {
    test.each([
        ['en-US', 'hello', 'I am worried, will my case be approved?'],
        ['es-US', 'hola', 'tengo miedo, ¿me van a aprobar?'],
    ])('%s: "%s", then "%s": the worry\'s line, which says no one can know, then the receipt question', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).toEqual([t('understanding.worry'), t('caseStatus.ask.receipt')]);
    });

    test.each([
        ['en-US', 'hello', 'when will my case be approved?'],
        ['es-US', 'hola', '¿cuándo me van a aprobar?'],
        ['en-US', 'hello', 'when will I get my green card?'],
        // Guard row (passed before): "going to" asked when is still the time.
        ['en-US', 'hello', 'when is my case going to be approved?'],
    ])('%s: "%s", then "%s": asked when, it is USCIS\'s usual times, not the chances', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies).toEqual([t('prompts.stepHelp.processingTime.general'), t('caseStatus.ask.receipt')]);
    });

    // Found by chatting with the bot: "tengo miedo de que me nieguen el caso" (I'm afraid my case will be denied) got
    // "Sorry, I can't help with that"; "I'm scared my case will be denied" only "What is the receipt number?". Now a plain
    // word comes first: what the bot cannot know (never a guess at the decision), and who can talk about the case.
    test.each([
        ['en-US', 'hello', "I'm scared my case will be denied", 'caseStatus.ask.receipt'],
        // "My case" with a worry is about its status, not the account's list (which asked for an email to sign in).
        ['zh-CN', '你好', '我很担心我的案子', 'understanding.confirm'],
        // A denial feared is a question of chances said worried: the worry's line, then the status, as in English.
        ['es-US', 'hola', 'tengo miedo de que me nieguen el caso', 'caseStatus.ask.receipt'],
        ['ar-EG', 'مرحبا', 'أنا خائف جدا', 'menu.prompt'],
        // "Hồ sơ của tôi" names "my cases"; with a worry it asks about the case's status (before: sign in for the list).
        ['vi-VN', 'xin chào', 'tôi lo quá, hồ sơ của tôi có bị từ chối không', 'caseStatus.ask.receipt'],
        ['vi-VN', 'xin chào', 'tôi sợ hồ sơ sẽ bị từ chối', 'caseStatus.ask.receipt'],
        // Despair said (before: the help line, read from "what can I do"; "Sorry" in Korean).
        ['en-US', 'hello', "I applied 2 years ago, what can I do? I'm desperate", 'menu.prompt'],
        ['ko-KR', '안녕하세요', '너무 막막해요', 'menu.prompt'],
        // A long wait said, with despair: USCIS's usual times after the line (before: the times alone).
        ['es-US', 'hola', 'estoy desesperada, mi esposo está en México y no sé nada de mi caso', 'prompts.stepHelp.processingTime.general'],
    ])('%s: "%s", then "%s": the worry line, then %s, never "I can\'t help with that"', async (locale, greeting, said, next) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.worry'));
        expect(replies[1]).toMatch(opens(t(next, { task: t('understanding.tasks.checkStatus') })));
        expect(replies).not.toContain(t('understanding.outOfScope'));
    });
});

// A worry about what this chat does with what one says: the worry line's first sentence, then the privacy answer. Before:
// the whole worry line, which says "I can't know what USCIS will decide" to someone who asked who sees their data.
test.each([
    ['en-US', 'hello', "I'm scared ICE will see my information"],
    ['es-US', 'hola', 'tengo miedo de que la migra vea mis datos'],
])('%s: "%s", then "%s": the worry\'s first sentence alone, then who sees what is said here', async (locale, greeting, said) => {
    const { t, replies } = await askAtMenu(locale, greeting, said);
    expect(replies[0]).toBe(t('understanding.worryAlone'));
    expect(t('understanding.worry').startsWith(replies[0])).toBe(true);
    // The test channel wants short messages: the short answer.
    expect(replies[1]).toMatch(opens(t('faq.answers.privacy.short', { orgName: TEST_ORGANIZATION.name, termsUrl: 'x' }).slice(0, 40)));
});

test('es: "tengo miedo" at the receipt question gets the same plain line, then the question again', async () => {
    const t = i18n.getFixedT('es');
    const { client } = await openWithCases('es-US');
    await say(client, 'hola');
    expect(texts(await say(client, t('menu.options.checkStatus.title')))).toEqual([t('caseStatus.ask.receipt')]);
    expect(texts(await say(client, 'tengo mucho miedo'))).toEqual([t('understanding.worry'), t('caseStatus.ask.receipt')]);
});

describe('a fed-up message', () => {
    // Found by chatting with the bot: "this is useless" and "I already tried that" at the menu got "Sorry, I can't help
    // with that"; "you're not helping me" got how to choose an option. Now a plain apology, what a program can do, and how
    // to reach a person; a task said in the same message is still done.
    test.each([
        ['en-US', 'hello', 'this is useless', 'menu.prompt'],
        ['en-US', 'hello', "you're not helping me", 'menu.prompt'],
        ['en-US', 'hello', "I can't sign in and this is so frustrating", 'signInTrouble.prompt'],
        ['es-US', 'hola', 'esto no sirve para nada', 'menu.prompt'],
        ['es-US', 'hola', 'ya intenté eso y nada, quiero ver el estado de mi caso', 'caseStatus.ask.receipt'],
        ['fr-FR', 'bonjour', 'ça sert à rien ce truc', 'menu.prompt'],
        ['vi-VN', 'xin chào', 'bot vô dụng quá', 'menu.prompt'],
        ['tl-PH', 'kumusta', 'walang kwenta to', 'menu.prompt'],
        ['zh-CN', '你好', '这个真没用', 'menu.prompt'],
        ['ko-KR', '안녕하세요', '이거 정말 쓸모없네요', 'menu.prompt'],
        ['ar-EG', 'مرحبا', 'هذا غير مفيد', 'menu.prompt'],
        // A complaint about this chat, not about USCIS (before: "There's nothing to cancel right now", or "Did you want
        // to make an account?" for what was left of it, "I want to").
        ['en-US', 'hello', 'I want to complain about this chat', 'menu.prompt'],
        ['es-US', 'hola', 'quiero poner una queja de este chat', 'menu.prompt'],
        // At the end of one's strength (before: "There's nothing to cancel right now", "Sorry, I can't help with that", or
        // "Did you want to learn how to keep your account safe?" for "this is too hard").
        ['en-US', 'hello', "I can't take this anymore", 'menu.prompt'],
        ['en-US', 'hello', 'I give up, this is too hard', 'menu.prompt'],
        ['es-US', 'hola', 'ya no aguanto más', 'menu.prompt'],
        ['zh-CN', '你好', '我受不了了', 'menu.prompt'],
        ['tl-PH', 'kumusta', 'hindi ko na kaya', 'menu.prompt'],
        // Confused, or finding it too complicated (before: "Sorry, I can't help with that").
        ['en-US', 'hello', "I'm confused", 'menu.prompt'],
        ['en-US', 'hello', 'this is too complicated', 'menu.prompt'],
        ['es-US', 'hola', 'estoy confundida', 'menu.prompt'],
        ['zh-CN', '你好', '太复杂了', 'menu.prompt'],
    ])('%s: "%s", then "%s": the apology, then %s, never "I can\'t help with that"', async (locale, greeting, said, next) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.frustration'));
        expect(replies[1]).toMatch(opens(t(next, { orgName: TEST_ORGANIZATION.name })));
        expect(replies).not.toContain(t('understanding.outOfScope'));
    });

    // Found by chatting with the bot: the classifier reads "frustrating", "annoying" or "ridiculous" by their letters, and
    // "this is so" alone, surely as the scams question: "this is so frustrating" got the apology, then "Keep your account
    // safe". "Esto no sirve" asked "Did you want to get back into your account?", "lãng phí thời gian" whether to learn
    // which forms are filed online. What is left without the feeling's words is read on its own, and words that only
    // frame a feeling ("this is so", "estoy tan", "진짜") ask nothing.
    test.each([
        ['en-US', 'hello', 'this is so frustrating'],
        ['en-US', 'hello', 'ugh this is ridiculous'],
        ['en-US', 'hello', "I'm so annoyed, this is annoying"],
        ['en-US', 'hello', 'this is stupid'],
        ['es-US', 'hola', 'esto no sirve'],
        ['es-US', 'hola', 'ay estoy tan frustrada'],
        ['fr-FR', 'bonjour', "c'est tellement frustrant"],
        ['fr-FR', 'bonjour', "c'est vraiment nul ce truc"],
        ['en-US', 'hello', 'this thing is useless'],
        ['vi-VN', 'xin chào', 'lãng phí thời gian'],
        ['vi-VN', 'xin chào', 'tôi đã thử rồi'],
        ['vi-VN', 'xin chào', 'cái này vô dụng thật'],
        ['tl-PH', 'kumusta', 'nakakainis talaga'],
        ['zh-CN', '你好', '人工智障'],
        ['ko-KR', '안녕하세요', '진짜 말을 못 알아들어요'],
        ['ar-EG', 'مرحبا', 'مفيش فايدة'],
        ['ar-EG', 'مرحبا', 'انا خايف جدا'],
    ])('%s: "%s", then "%s": its line, then the menu and nothing else', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect([t('understanding.frustration'), t('understanding.worry')]).toContain(replies[0]);
        expect(replies.slice(1)).toEqual([expect.stringMatching(opens(t('menu.prompt')))]);
    });

    test('en: "this is so annoying" among the common questions gets the apology, then the same question', async () => {
        const { client } = await openWithCases();
        await say(client, 'hello');
        const topics = texts(await say(client, en('menu.options.commonQuestions.title')));
        const replies = texts(await say(client, 'this is so annoying'));
        expect(replies).toEqual([en('understanding.frustration'), topics[topics.length - 1]]);
    });

    test('en: "you don\'t understand" at the receipt question gets the apology, then the question again', async () => {
        const { client } = await openWithCases();
        await say(client, 'hello');
        expect(texts(await say(client, en('menu.options.checkStatus.title')))).toEqual([en('caseStatus.ask.receipt')]);
        expect(texts(await say(client, "you don't understand me"))).toEqual([en('understanding.frustration'), en('caseStatus.ask.receipt')]);
    });
});

describe('a question about privacy in this chat', () => {
    // Found by chatting with the bot: "is this chat private?", "who can see what I write here?" and "why do you need my
    // email?" got the scams answer ("Asked for money in USCIS's name? It is likely a scam"), which says nothing of what
    // this chat keeps or who sees it; "do you share my information with immigration?" got the topic menu. The classifier
    // has no privacy intent: the privacy topic's words lead to its answer, unless the classifier is sure of a task.
    const privacyAnswers = (t: ReturnType<typeof i18n.getFixedT>, language: string) =>
        ['full', 'short'].map((variant) => t(`faq.answers.privacy.${variant}`, { orgName: TEST_ORGANIZATION.name, termsUrl: `${TEST_ORGANIZATION.termsUrl}?lang=${language}` }));

    test.each([
        ['en-US', 'hello', 'is this chat private?'],
        ['en-US', 'hello', 'who can see what I write here?'],
        ['en-US', 'hello', 'do you share my information with immigration?'],
        ['en-US', 'hello', 'is my information safe'],
        ['en-US', 'hello', 'do you keep my messages'],
        ['en-US', 'hello', 'will ICE see this?'],
        ['es-US', 'hola', '¿este chat es privado?'],
        ['es-US', 'hola', '¿la migra puede ver esto?'],
        ['es-US', 'hola', '¿comparten mis datos?'],
        ['fr-FR', 'bonjour', 'est-ce que cette conversation est privée ?'],
        ['vi-VN', 'xin chào', 'ai có thể xem tin nhắn của tôi'],
        ['zh-CN', '你好', '这个聊天是保密的吗'],
        ['ko-KR', '안녕하세요', '제 개인정보는 안전한가요?'],
        ['tl-PH', 'kumusta', 'sino ang makakakita ng chat na ito?'],
        ['ar-EG', 'مرحبا', 'من يستطيع رؤية رسائلي؟'],
        // "Is this chat safe?" asks about this chat, not about scams.
        ['en-US', 'hello', 'is this chat safe?'],
        ['zh-CN', '你好', '这个聊天安全吗'],
        ['es-US', 'hola', '¿este chat es seguro?'],
        // A conversation saved or recorded (before: how to keep an account safe).
        ['en-US', 'hello', 'do you save my conversations?'],
        ['en-US', 'hello', 'is this chat recorded?'],
        // Reported to immigration (before: how to keep an account safe, the immigration court's hotline, or "Sorry").
        ['en-US', 'hello', 'will you report me to immigration?'],
        ['en-US', 'hello', 'will you turn me in?'],
        ['es-US', 'hola', '¿me van a reportar a inmigración?'],
        ['es-US', 'hola', '¿ustedes le avisan a inmigración?'],
        ['zh-CN', '你好', '你们会通知移民局吗？'],
        ['fr-FR', 'bonjour', 'est-ce que vous allez me dénoncer ?'],
        ['vi-VN', 'xin chào', 'bạn có báo cho di trú không?'],
        ['zh-CN', '你好', '你们会举报我吗？'],
        ['tl-PH', 'kumusta', 'isusumbong ba ako sa immigration?'],
        ['ar-EG', 'مرحبا', 'هل ستبلغون عني؟'],
        // What this chat knows of someone (before: "choose one of the options", or "Sorry").
        ['en-US', 'hello', 'what do you know about me'],
        ['es-US', 'hola', '¿qué sabe de mí?'],
        ['fr-FR', 'bonjour', 'que savez-vous de moi ?'],
        ['vi-VN', 'xin chào', 'bạn biết gì về tôi?'],
        ['zh-CN', '你好', '你知道我什么？'],
        ['ko-KR', '안녕하세요', '저에 대해 뭘 알고 있어요?'],
        ['tl-PH', 'kumusta', 'ano ang alam mo tungkol sa akin?'],
        ['ar-EG', 'مرحبا', 'ماذا تعرف عني؟'],
    ])('%s: "%s", then "%s", gets what this chat keeps and who sees it, with the terms in that language', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(privacyAnswers(t, locale.slice(0, 2))).toContain(replies[0]);
        expect(replies[0]).toContain(`${TEST_ORGANIZATION.termsUrl}?lang=${locale.slice(0, 2)}`);
        expect(replies[1]).toMatch(opens(t('faq.followUp.prompt')));
    });

    test('a task asked with a privacy question: the short privacy answer first, then the task', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'I want to create an account, is my data private?');
        expect(replies[0]).toBe(privacyAnswers(t, 'en')[1]);
        expect(replies[1]).toMatch(opens(t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })));
    });

    test.each(['how do I stay safe from scams', 'is my account safe?'])('"%s" still gets the scams answer', async (question) => {
        const { t, replies } = await askAtMenu('en-US', 'hello', question);
        expect(['full', 'short'].map((variant) => t(`faq.answers.security.${variant}`, { orgName: TEST_ORGANIZATION.name }))).toContain(replies[0]);
    });

    test.each([
        ['en-US', 'why do you need my email?'],
        ['es-US', '¿por qué necesitan mi correo?'],
    ])('%s: "%s" at the new account\'s email question gets the short privacy answer, then the question again', async (locale, question) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const { client } = await open({ locale });
        await say(client, 'hi');
        await say(client, t('menu.options.createAccount.title'));
        const asked = texts(await say(client, t('chooseAccount.organization', { orgName: TEST_ORGANIZATION.name })));
        const replies = texts(await say(client, question));
        expect(replies[0]).toBe(privacyAnswers(t, locale.slice(0, 2))[1]);
        expect(replies[1]).toBe(asked.at(-1));
    });
});
