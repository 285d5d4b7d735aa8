import type { Activity } from 'botbuilder';
import { CaseServiceUnavailable } from '../../services/cases/caseErrors';
import { RESERVED_RECEIPTS } from '../../services/cases/sandboxFixtures';
import { en, es } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * "What is the status of my case?" over HTTP on the web channel, the whole bot as `npm start` wires it on the
 * embedded sandbox: a receipt in the very first message goes straight to the answer; a corrected, an unknown and an
 * unavailable receipt; then every log line the app wrote is searched for the full receipt numbers that passed through.
 */
const UNAVAILABLE_RECEIPT = Object.entries(RESERVED_RECEIPTS).find(([, answer]) => answer() instanceof CaseServiceUnavailable)?.[0] ?? 'none';
const RECEIPTS = ['EAC9999103403', 'EAC9999103400', 'EAC1234567890', UNAVAILABLE_RECEIPT, 'IOE0900000200'];

describe('case status over the web channel', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ ORG_NAME: 'Ayuda Legal Test' });
    });
    afterAll(async () => app?.dispose());

    const said = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === 'message').map(replyText).join('\n');

    test('a receipt in the first message goes straight to the status, with the history as a card', async () => {
        const chat = await DirectLineTestClient.open(app.url);
        await chat.botReplies();
        const replies = await chat.send('status of EAC9999103403');
        expect(said(replies)).toContain(en('caseStatus.buckets.approved.explanation'));
        expect(replies.flatMap((reply) => reply.attachments ?? []).map((attachment) => attachment.contentType)).toContain('application/vnd.microsoft.card.adaptive');
        expect(said(replies)).toContain(en('caseSubscriptions.offer.prompt'));
    });

    test('a number with O for 0, an unknown one and an unavailable service, in Spanish', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'es-US');
        await chat.botReplies();
        await chat.send('4');
        expect(said(await chat.send('EAC99991O34OO'))).toContain(es('caseStatus.corrected.confirm', { receipt: 'EAC9999103400' }));
        expect(said(await chat.send('sí'))).toContain(es('caseStatus.buckets.received.explanation'));
        await chat.send('no');
        await chat.send('4');
        expect(said(await chat.send('EAC1234567890'))).toContain(es('caseErrors.caseNotRecognized'));
        await chat.send('4');
        expect(said(await chat.send(UNAVAILABLE_RECEIPT))).toContain(es('caseErrors.caseServiceUnavailable'));
        await chat.send('4');
        expect(said(await chat.send('IOE0900000200'))).toContain(es('caseStatus.translatedMarker'));
    });

    test('no log line holds a full receipt number', () => {
        expect(app.logs.length).toBeGreaterThan(0);
        const lines = app.logs.map((line) => JSON.stringify(line));
        for (const receipt of RECEIPTS) {
            expect({ receipt, lines: lines.filter((line) => line.toUpperCase().includes(receipt)) }).toEqual({ receipt, lines: [] });
        }
        // The corrected spelling the user typed is not logged either.
        expect(lines.filter((line) => line.includes('EAC99991O34OO'))).toEqual([]);
    });
});
