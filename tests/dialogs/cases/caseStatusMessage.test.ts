import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { bindTurnLanguage } from '../../../conversation/turnLanguage';
import { caseStatusActivities } from '../../../dialogs/cases/caseStatusMessage';
import type { CaseStatus, StatusBucket } from '../../../services/cases/caseService';
import { i18n } from '../../support/dialogHarness';
import { LOCALES } from '../account/accountFixture';

const BUCKETS: StatusBucket[] = [
    'received', 'biometrics', 'review', 'actionNeeded', 'intentToDeny', 'interview', 'approved', 'sentToState',
    'cardProduced', 'cardMailed', 'cardDelivered', 'denied', 'rejected', 'withdrawn', 'expediteDenied', 'reopened',
    'feeWaived', 'closedOtherMeans', 'problem', 'other',
];

/** A turn on a channel, in a language, as the language middleware would bind it. */
function turn(language: string, channelId = 'test'): TurnContext {
    const context = new TurnContext(new TestAdapter(), { type: 'message', channelId, text: 'x', conversation: { id: 'c' } } as Activity);
    bindTurnLanguage(context, i18n, language);
    return context;
}

function status(bucket: StatusBucket, overrides: Partial<CaseStatus> = {}): CaseStatus {
    return {
        receiptNumber: 'EAC9999103403',
        formType: 'I-130',
        title: { en: `Title For ${bucket}`, es: `Título de ${bucket}` },
        description: { en: `English details for ${bucket}.`, es: `Detalles en español de ${bucket}.` },
        bucket,
        history: [
            { date: new Date(Date.UTC(2023, 2, 20)), title: { en: 'Case Was Received', es: 'Caso Fue Recibido' } },
            { date: new Date(Date.UTC(2023, 8, 5)), title: { en: `Title For ${bucket}`, es: `Título de ${bucket}` } },
        ],
        ...overrides,
    };
}

const textOf = (activities: Partial<Activity>[]) => activities.map((activity) => activity.text ?? '').join('\n');

describe.each(LOCALES)('case status message ($language)', ({ language, t }) => {
    test.each(BUCKETS)('%s: form, status title, the service text, our explanation and next step, the history', (bucket) => {
        const said = textOf(caseStatusActivities(turn(language), status(bucket)));
        expect(said).toContain('EAC9999103403');
        expect(said).toContain(t('caseStatus.form', { form: 'I-130' }));
        expect(said).toContain(language === 'es' ? `Título de ${bucket}` : `Title For ${bucket}`);
        expect(said).toContain(language === 'es' ? `Detalles en español de ${bucket}.` : `English details for ${bucket}.`);
        expect(said).toContain(t(`caseStatus.buckets.${bucket}.explanation`));
        expect(said).toContain(t(`caseStatus.buckets.${bucket}.nextStep`));
        expect(said).toContain(t('caseStatus.timeline.intro'));
        // Every key resolved, every placeholder filled.
        expect(said).not.toMatch(/caseStatus\.|{{/);
        // The service gave its own words in this language: nothing is marked as our translation.
        expect(said).not.toContain(t('caseStatus.translatedMarker'));
    });

    test.each(BUCKETS.filter((bucket) => bucket !== 'other'))('%s without Spanish from the service: our words, marked as translated', (bucket) => {
        const englishOnly = status(bucket, {
            title: { en: `Title For ${bucket}` },
            description: { en: `English details for ${bucket}.` },
            history: [{ date: new Date(Date.UTC(2023, 2, 20)), title: { en: 'Case Was Received' } }],
        });
        const said = textOf(caseStatusActivities(turn(language), englishOnly));
        if (language === 'es') {
            expect(said).toContain(t(`caseStatus.buckets.${bucket}.title`));
            expect(said).toContain(t('caseStatus.translatedMarker'));
            // The English details are kept (dates and specifics), labelled as English, never passed off as Spanish.
            expect(said).toContain(t('caseStatus.serviceSaysInEnglish', { text: `English details for ${bucket}.` }));
            // A history step is our words for its bucket, marked too.
            expect(said).toContain(t('caseStatus.translatedStep', { title: t('caseStatus.buckets.received.title'), marker: t('caseStatus.translatedMarker') }));
        } else {
            expect(said).toContain(`English details for ${bucket}.`);
            expect(said).not.toContain(t('caseStatus.translatedMarker'));
        }
        expect(said).toContain(t(`caseStatus.buckets.${bucket}.nextStep`));
    });

    test('an unknown title the service gives only in English is shown as it is, said to be English', () => {
        const said = textOf(caseStatusActivities(turn(language), status('other', { title: { en: 'Something New From USCIS' }, description: { en: '' }, history: [] })));
        expect(said).toContain('Something New From USCIS');
        expect(said).toContain(t('caseStatus.englishOnly', { text: 'Something New From USCIS' }));
    });

    test('no form type and no history: "form not given", and no timeline', () => {
        const activities = caseStatusActivities(turn(language), status('received', { formType: undefined, history: [] }));
        expect(textOf(activities)).toContain(t('caseStatus.formUnknown'));
        expect(textOf(activities)).not.toContain(t('caseStatus.timeline.intro'));
    });

    test('a card channel gets the history as an Adaptive Card; a text channel as dated lines, newest five', () => {
        const history = Array.from({ length: 7 }, (_, index) => ({ date: new Date(Date.UTC(2023, index, 1)), title: { en: `Step ${index + 1}`, es: `Paso ${index + 1}` } }));
        const card = caseStatusActivities(turn(language, 'msteams'), status('review', { history })).find((activity) => activity.attachments?.length);
        expect(card?.attachments?.[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.2' } });
        const facts = (card?.attachments?.[0].content as { body: Array<{ facts?: Array<{ title: string; value: string }> }> }).body[1].facts ?? [];
        expect(facts).toHaveLength(7);
        expect(facts[0].title).toBe(language === 'es' ? '1 de enero de 2023' : 'January 1, 2023');

        const sms = caseStatusActivities(turn(language, 'sms'), status('review', { history }));
        expect(sms.some((activity) => activity.attachments?.length)).toBe(false);
        const timeline = sms.at(-1)?.text?.split('\n') ?? [];
        expect(timeline[0]).toBe(t('caseStatus.timeline.intro'));
        expect(timeline[1]).toBe(t('caseStatus.timeline.earlier', { count: 2 }));
        expect(timeline.slice(2)).toHaveLength(5);
        expect(timeline.at(-1)).toContain(language === 'es' ? 'Paso 7' : 'Step 7');
    });
});
