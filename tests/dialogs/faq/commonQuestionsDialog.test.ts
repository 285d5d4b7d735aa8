import type { Activity } from 'botbuilder';
import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { ConversationServices } from '../../../dialogs/conversationServices';
import { answerVariant, COMMON_QUESTIONS_DIALOG, CommonQuestionsDialog } from '../../../dialogs/faq/commonQuestionsDialog';
import { FAQ_TOPICS, RELATED_TOPICS, type CommonQuestionsOptions, type FaqTopic } from '../../../dialogs/faq/faqTopics';
import { say, startDialogHarness, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { LOCALES } from '../account/accountFixture';

/*
 * Common questions, in English and Spanish, under the real main dialog, language middleware and phrase recognizer.
 * Menu option 5 starts the dialog; to play the intent classifier, which starts it with a topic, option 5 is a small
 * dialog that begins the real CommonQuestionsDialog with `{ topic }`.
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

/** Starts the real common-questions dialog with a topic, as the intent classifier does. */
class StartWithTopic extends ComponentDialog {
    constructor(
        services: ConversationServices,
        private readonly topic: FaqTopic,
    ) {
        super('commonQuestionsWithTopic');
        this.addDialog(new CommonQuestionsDialog(services));
        this.initialDialogId = COMMON_QUESTIONS_DIALOG;
    }

    override beginDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
        return super.beginDialog(outerDc, { topic: this.topic } satisfies CommonQuestionsOptions);
    }
}

/** A channel that renders markdown and long messages (full answers), and one that does not (short answers). */
const FULL_CHANNEL = 'webchat';
const PLAIN_CHANNEL = 'sms';

const buttonTitles = (reply: Partial<Activity> | undefined) => (reply?.suggestedActions?.actions ?? []).map((action) => action.title);

describe.each(LOCALES)('common questions ($language)', ({ language, locale, t }) => {
    const title = (topic: FaqTopic) => t(`faq.topics.${topic}.title`);
    const answer = (topic: FaqTopic, variant: 'full' | 'short' = 'full') =>
        t(`faq.answers.${topic}.${variant}`, { orgName: TEST_ORGANIZATION.name, termsUrl: `${TEST_ORGANIZATION.termsUrl}?lang=${language}` });
    const helpDesk = t('contact.helpdesk', {
        orgName: TEST_ORGANIZATION.name,
        details: [
            t('contact.phone', { phone: TEST_ORGANIZATION.helpdeskPhone }),
            t('contact.email', { email: TEST_ORGANIZATION.helpdeskEmail }),
            t('contact.hours', { hours: TEST_ORGANIZATION.helpdeskHours }),
        ].join('; '),
    });

    async function open(options: { topic?: FaqTopic; channelId?: string } = {}): Promise<DialogHarness> {
        const h = (harness = await startDialogHarness({
            locale,
            channelId: options.channelId ?? FULL_CHANNEL,
            flows: (services) => ({ commonQuestions: options.topic ? new StartWithTopic(services, options.topic) : new CommonQuestionsDialog(services) }),
        }));
        await say(h.client, 'hi');
        return h;
    }

    const send = async (text: string) => say(harness!.client, text);

    test.each(FAQ_TOPICS.map((topic) => [topic]))('started with the topic %s, it answers it, then offers related topics and the menu', async (topic) => {
        await open({ topic });
        const replies = await send('5');
        expect(texts(replies)).toHaveLength(2);
        if (topic === 'contact') {
            // The organisation's own help desk and website first, from configuration, then USCIS.
            expect(replies[0].text).toBe([helpDesk, t('faq.contact.website', { orgName: TEST_ORGANIZATION.name, website: TEST_ORGANIZATION.website }), answer('contact')].join('\n\n'));
        } else if (topic === 'troubleshooting') {
            // Asked in general, the account problems end with where this assistant helps with its own sign-in.
            expect(replies[0].text).toBe(`${answer(topic)}\n\n${t('faq.signInHere')}`);
        } else {
            expect(replies[0].text).toBe(answer(topic));
        }
        expect(replies[1].text).toBe(t('faq.followUp.prompt'));
        const offered = buttonTitles(replies[1]);
        expect(offered).toEqual(expect.arrayContaining([...RELATED_TOPICS[topic].map(title), t('faq.backToMenu.title')]));
        expect(offered.length).toBeLessThanOrEqual(5);
    });

    test('without a topic it shows the topics by their short titles, and answers the one tapped', async () => {
        await open();
        const menu = await send('5');
        expect(texts(menu)).toEqual([t('faq.menu.prompt')]);
        expect(buttonTitles(menu[0])).toEqual(FAQ_TOPICS.map(title));
        const replies = await send(title('evidence'));
        expect(texts(replies)).toEqual([answer('evidence'), t('faq.followUp.prompt')]);
    });

    test('free text at the topic menu picks the topic whose words it uses; other text asks again', async () => {
        await open();
        await send('5');
        const unclear = await send(language === 'es' ? 'me gusta la pizza' : 'I like pizza');
        expect(texts(unclear)).toEqual([`${t('prompts.notUnderstood.choice')}\n\n${t('faq.menu.prompt')}`]);
        const sentence = language === 'es' ? '¿Cómo evito una estafa?' : 'How do I avoid a scam?';
        expect(texts(await send(sentence))).toEqual([answer('security'), t('faq.followUp.prompt')]);
        const synonym = language === 'es' ? 'abogado' : 'lawyer';
        expect(texts(await send(synonym))[0]).toBe(answer('legalAdvice'));
    });

    test('the follow-up goes on to a related topic, then back to the menu', async () => {
        await open({ topic: 'benefits' });
        await send('5');
        const next = await send(title('fileOnline'));
        expect(texts(next)).toEqual([answer('fileOnline'), t('faq.followUp.prompt')]);
        expect(buttonTitles(next[1])).toEqual([...RELATED_TOPICS.fileOnline.map(title), t('faq.otherTopics.title'), t('faq.backToMenu.title')]);
        expect(texts(await send(t('faq.backToMenu.title')))).toEqual([t('menu.again')]);
    });

    test('"what else?" at the follow-up (found by chatting: "please choose one of the options") shows every topic', async () => {
        await open({ topic: 'security' });
        await send('5');
        for (const said of [language === 'es' ? '¿qué más?' : 'what else?', t('faq.otherTopics.title')]) {
            const menu = await send(said);
            expect([said, texts(menu)]).toEqual([said, [t('faq.menu.prompt')]]);
            expect(buttonTitles(menu[0])).toEqual(FAQ_TOPICS.map(title));
            expect(texts(await send(title('evidence')))).toEqual([answer('evidence'), t('faq.followUp.prompt')]);
        }
    });

    test('at the follow-up, any topic named in words is answered, not only the ones on the buttons', async () => {
        await open({ topic: 'tips' });
        await send('5');
        expect(RELATED_TOPICS.tips).not.toContain('contact');
        expect(texts(await send(t('faq.topics.contact.synonyms.0')))[0]).toContain(answer('contact'));
    });

    test('at the follow-up, a question of no topic is answered, not "please choose one of the options"', async () => {
        await open({ topic: 'tips' });
        await send('5');
        // How long cases take: USCIS's usual times, then the same question.
        const time = language === 'es' ? '¿cuál es el tiempo de procesamiento?' : 'what is the processing time?';
        expect(texts(await send(time))).toEqual([t('prompts.stepHelp.processingTime.general'), t('faq.followUp.prompt')]);
        // Something this chat does not do: what it does, then the same question.
        const other = language === 'es' ? '¿cómo cambio mi contraseña?' : 'how do I change my password?';
        expect(texts(await send(other))).toEqual([t('understanding.outOfScope'), t('faq.followUp.prompt')]);
        // A worry: the plain line about what I can and cannot know, then the same question.
        const worry = language === 'es' ? 'tengo miedo' : "I'm scared";
        expect(texts(await send(worry))).toEqual([t('understanding.worry'), t('faq.followUp.prompt')]);
    });

    test('"no" at the follow-up goes back to the menu', async () => {
        await open({ topic: 'security' });
        await send('5');
        expect(texts(await send('no'))).toEqual([t('menu.again')]);
    });

    test('on a plain-text channel it sends the short answer and numbers the follow-up options', async () => {
        await open({ topic: 'fileOnline', channelId: PLAIN_CHANNEL });
        const replies = texts(await send('5'));
        expect(replies[0]).toBe(answer('fileOnline', 'short'));
        expect(replies[0].length).toBeLessThan(answer('fileOnline', 'full').length);
        expect(replies[1]).toContain(t('faq.followUp.prompt'));
        expect(replies[1]).toContain(`1. ${title('formsOnline')}`);
        // Choosing by number works where there are no buttons.
        expect(texts(await send('2'))[0]).toBe(answer('tips', 'short'));
    });

    test('the legal-advice answer says it is not legal advice and offers a person, by button or by number', async () => {
        await open({ topic: 'legalAdvice' });
        const replies = await send('5');
        expect(replies[0].text).toBe(answer('legalAdvice'));
        const person = t('menu.options.talkToPerson.title');
        expect(buttonTitles(replies[1])[0]).toBe(person);
        const tapped = texts(await send(person));
        expect(tapped[0]).toContain(helpDesk);
        expect(tapped[0]).toContain(t('contact.uscis'));
        expect(tapped.at(-1)).toBe(t('faq.followUp.prompt'));
        // The same offer where the options are numbered: "1" is the person.
        const byNumber = texts(await send('1'));
        expect(byNumber[0]).toContain(helpDesk);
        expect(byNumber.at(-1)).toBe(t('faq.followUp.prompt'));
    });

    test('the legal-advice answer offers a person on a plain-text channel too', async () => {
        await open({ topic: 'legalAdvice', channelId: PLAIN_CHANNEL });
        const replies = texts(await send('5'));
        expect(replies[0]).toBe(answer('legalAdvice', 'short'));
        expect(replies[1]).toContain(`1. ${t('menu.options.talkToPerson.title')}`);
        expect(texts(await send('1'))[0]).toContain(helpDesk);
    });

    test('help inside the flow explains it and asks the same question again', async () => {
        await open();
        await send('5');
        const replies = texts(await send(t('interruptions.helpWords.0')));
        expect(replies[0]).toBe(`${t('faq.help', { orgName: TEST_ORGANIZATION.name })}\n\n${t('help.commands')}`);
        expect(replies.at(-1)).toBe(t('faq.menu.prompt'));
    });
});

describe('answers fit the channel', () => {
    test('full answers where markdown and long messages work; short ones on SMS and unknown channels', () => {
        const variantOn = (channelId: string) => answerVariant({ activity: { channelId } } as never);
        expect(['directline', 'webchat', 'msteams', 'slack', 'telegram'].map(variantOn)).toEqual(['full', 'full', 'full', 'full', 'full']);
        expect(['sms', 'twilio-sms', 'facebook', 'kik', 'somethingNew'].map(variantOn)).toEqual(['short', 'short', 'short', 'short', 'short']);
    });
});
