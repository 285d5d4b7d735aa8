import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable } from '../../../services/cases/caseErrors';
import type { CaseStatus, StatusBucket } from '../../../services/cases/caseService';
import { SandboxCaseNotScheduled, SandboxCaseService } from '../../../services/cases/sandboxCaseService';
import { SANDBOX_CASES, STAGING_RECEIPTS } from '../../../services/cases/sandboxFixtures';
import { KNOWN_STATUS_TITLES } from '../../../services/cases/statusBuckets';
import { SandboxCaseRepository } from '../../../store/sandboxCaseRepository';
import { describeEachStore } from '../../support/testPostgres';
import { createTestStore, type TestStore } from '../../support/testStore';

const ALL_BUCKETS: StatusBucket[] = [
    'received', 'biometrics', 'review', 'actionNeeded', 'intentToDeny', 'interview', 'approved', 'sentToState',
    'cardProduced', 'cardMailed', 'cardDelivered', 'denied', 'rejected', 'withdrawn', 'expediteDenied', 'reopened',
    'feeWaived', 'closedOtherMeans', 'problem', 'other',
];
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

function range(prefix: string, from: number, to: number): string[] {
    return Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${from + index}`);
}

// uscis-facts §1.4, as listed there.
const FACTS_WITH_HISTORY = [
    'EAC9999103403', 'EAC9999103404', 'EAC9999103405', 'EAC9999103410', 'EAC9999103411', 'EAC9999103416', 'EAC9999103419',
    'LIN9999106498', 'LIN9999106499', 'LIN9999106504', 'LIN9999106505', 'LIN9999106506',
    ...range('SRC9999102', 777, 787), 'SRC9999132710', 'SRC9999132719',
];
const FACTS_WITHOUT_HISTORY = [
    'EAC9999103400', 'EAC9999103402', ...range('EAC9999103', 406, 409), ...range('EAC9999103', 412, 415), 'EAC9999103420',
    'EAC9999103421', ...range('EAC9999103', 424, 426), 'EAC9999103428', 'EAC9999103429', 'EAC9999103431', 'EAC9999103432',
    'LIN9999106501', 'LIN9999106507', 'SRC9999132694', 'SRC9999132695', 'SRC9999132706', 'SRC9999132707',
];

// On SQLite always, and on PostgreSQL when TEST_POSTGRES_URL is set: the conditional updates must hold on both.
describeEachStore('SandboxCaseService', (provider) => {
    let store: TestStore;
    let now: Date;
    const clock = () => now;
    const service = (stepMinutes = 2) =>
        new SandboxCaseService({ repository: new SandboxCaseRepository(store.client), stepMinutes, now: clock });

    beforeEach(async () => {
        store = await createTestStore(provider);
        now = new Date('2025-06-02T15:00:00Z');
    });
    afterEach(async () => {
        await store.dispose();
    });

    describe('fixtures', () => {
        it('has a case in every status bucket, each with English and Spanish title and description', async () => {
            const cases = service();
            const covered = new Set<StatusBucket>();
            for (const fixture of SANDBOX_CASES.values()) {
                if (fixture.kind !== 'static' || !fixture.spanish) continue;
                const status = await cases.getCase(fixture.receiptNumber);
                expect(status.title.es).toEqual(expect.any(String));
                expect(status.description.es).toEqual(expect.any(String));
                expect(status.description.en).toContain(fixture.receiptNumber);
                expect(status.description.es).toContain(fixture.receiptNumber);
                covered.add(status.bucket);
            }
            expect([...covered].sort()).toEqual([...ALL_BUCKETS].sort());
        });

        it('uses only known USCIS titles, so every status has its bucket and Spanish draft', () => {
            const known = new Set(KNOWN_STATUS_TITLES.map((title) => title.en));
            for (const fixture of SANDBOX_CASES.values()) {
                const titles = fixture.kind === 'static' ? fixture.steps.map((step) => step.title) : fixture.titles;
                for (const title of titles) expect(known).toContain(title);
            }
        });

        it('answers for exactly the staging receipts of the USCIS sandbox, with and without history as listed', async () => {
            expect([...STAGING_RECEIPTS.withHistory].sort()).toEqual([...FACTS_WITH_HISTORY].sort());
            expect([...STAGING_RECEIPTS.withoutHistory].sort()).toEqual([...FACTS_WITHOUT_HISTORY].sort());
            const cases = service();
            for (const receipt of FACTS_WITH_HISTORY) expect((await cases.getCase(receipt)).history.length).toBeGreaterThan(0);
            for (const receipt of FACTS_WITHOUT_HISTORY) expect((await cases.getCase(receipt)).history).toEqual([]);
        });

        it('answers EAC9999103403 as the documented approved I-130, with its history', async () => {
            const status = await service().getCase('EAC9999103403');
            expect(status).toEqual<CaseStatus>({
                receiptNumber: 'EAC9999103403',
                formType: 'I-130',
                title: { en: 'Case Was Approved', es: 'Caso Fue Aprobado' },
                description: {
                    en: 'On September 5, 2023, we approved your Form I-130, Petition for Alien Relative, Receipt Number EAC9999103403. We sent you an approval notice. Please follow the instructions in the notice.',
                    es: 'El 5 de septiembre de 2023, aprobamos su Formulario I-130, Petición de Familiar Extranjero, Número de Recibo EAC9999103403. Le enviamos un aviso de aprobación. Siga las instrucciones del aviso.',
                },
                bucket: 'approved',
                history: [
                    { date: new Date('2023-03-20T00:00:00Z'), title: { en: 'Case Was Received', es: 'Caso Fue Recibido' } },
                    { date: new Date('2023-09-05T00:00:00Z'), title: { en: 'Case Was Approved', es: 'Caso Fue Aprobado' } },
                ],
                submittedAt: new Date('2023-09-05T14:28:46Z'),
                modifiedAt: new Date('2023-09-05T14:28:46Z'),
            });
        });

        it('answers EAC9999103400 as the documented received I-765 without history', async () => {
            const status = await service().getCase('EAC9999103400');
            expect(status).toMatchObject({ formType: 'I-765', bucket: 'received', title: { en: 'Case Was Received', es: 'Caso Fue Recibido' }, history: [] });
            expect(status.description.en).toMatch(/^On January 15, 2024, we received your Form I-765, Application for Employment Authorization, Receipt Number EAC9999103400/);
            expect(status.description.es).toMatch(/^El 15 de enero de 2024, recibimos su Formulario I-765, Solicitud de Autorización de Empleo/);
            expect(status.modifiedAt).toEqual(new Date('2024-03-02T11:45:00Z'));
        });

        it('gives descriptions as plain text (the links USCIS writes in HTML keep their address) and histories oldest first', async () => {
            const cases = service();
            let withLink = 0;
            for (const receipt of SANDBOX_CASES.keys()) {
                const status = await cases.getCase(receipt);
                for (const text of [status.description.en, status.description.es ?? '']) {
                    expect(text).not.toMatch(/<|>|&[a-z]+;/);
                    if (text.includes('www.uscis.gov/addresschange')) withLink += 1;
                }
                const times = status.history.map((entry) => entry.date?.getTime() ?? 0);
                expect(times).toEqual([...times].sort((a, b) => a - b));
            }
            expect(withLink).toBeGreaterThan(0);
        });

        it('leaves IOE cases without submitted and modified dates, and one IOE case in English only', async () => {
            const ioe = await service().getCase('IOE0900000001');
            expect(ioe.submittedAt).toBeUndefined();
            expect(ioe.modifiedAt).toBeUndefined();
            const englishOnly = await service().getCase('IOE0900000200');
            expect(englishOnly.title).toEqual({ en: 'Case Was Received' });
            expect(englishOnly.description.es).toBeUndefined();
        });

        it('accepts a receipt typed with dashes, spaces or a lowercase prefix', async () => {
            expect((await service().getCase('eac-999-910-3403')).receiptNumber).toBe('EAC9999103403');
            expect((await service().getCase('EAC 99991 03403')).bucket).toBe('approved');
        });
    });

    describe('errors', () => {
        it.each([
            ['EAC9999000404', CaseNotRecognized],
            ['EAC9999000422', CaseBadFormat],
            ['EAC9999000429', CaseRateLimited],
            ['EAC9999000503', CaseServiceUnavailable],
        ])('reserved receipt %s throws its error, for a status and for an access code', async (receipt, errorClass) => {
            await expect(service().getCase(receipt)).rejects.toBeInstanceOf(errorClass);
            await expect(service().redeemAccessCode(receipt, 'SNDBX7Q2M9X4')).rejects.toBeInstanceOf(errorClass);
        });

        it('does not recognize any other receipt, and writes no state for it', async () => {
            for (const receipt of ['EAC0000000000', 'IOE0000000001', 'WAC2190000001']) {
                await expect(service().getCase(receipt)).rejects.toBeInstanceOf(CaseNotRecognized);
            }
            expect(await store.client.sandboxCaseState.count()).toBe(0);
        });

        it('refuses a receipt that is not 3 letters and 10 digits as the API would (422), also one with O for 0', async () => {
            for (const receipt of ['EAC123', 'EAC99991034030', '1239999103403', 'EAC999910340O']) {
                await expect(service().getCase(receipt)).rejects.toBeInstanceOf(CaseBadFormat);
            }
        });

        it('says a 429 can be retried after a second', async () => {
            await expect(service().getCase('EAC9999000429')).rejects.toMatchObject({ retryAfterSeconds: 1 });
        });
    });

    describe('Online Access Codes', () => {
        it('accepts a code once, then says it was already used', async () => {
            const cases = service();
            expect(await cases.redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4')).toBe('valid');
            expect(await cases.redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4')).toBe('alreadyUsed');
        });

        it('reads the code as parseOnlineAccessCode does (any case, spaces and dashes)', async () => {
            expect(await service().redeemAccessCode('IOE0900000002', 'sndbx-3k8p 5w2')).toBe('valid');
        });

        it('calls a wrong code invalid without using up the right one', async () => {
            const cases = service();
            for (const wrong of ['SNDBX7Q2M9X5', 'SNDBX3K8P5W2', 'short', '', 'EAC9999103403']) {
                expect(await cases.redeemAccessCode('IOE0900000001', wrong)).toBe('invalid');
            }
            expect(await cases.redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4')).toBe('valid');
        });

        it('calls any code for a case without one invalid', async () => {
            expect(await service().redeemAccessCode('EAC9999103403', 'SNDBX7Q2M9X4')).toBe('invalid');
            expect(await service().redeemAccessCode('IOE0900000100', 'SNDBX7Q2M9X4')).toBe('invalid');
        });

        it('calls a code issued more than 90 days ago expired, and does not use it up', async () => {
            const cases = service();
            expect(await cases.redeemAccessCode('IOE0900000003', 'SNDBX9R4T6Y1')).toBe('expired');
            expect(await cases.redeemAccessCode('IOE0900000003', 'SNDBX9R4T6Y1')).toBe('expired');
            expect((await store.client.sandboxCaseState.findUnique({ where: { receiptNumber: 'IOE0900000003' } }))?.accessCodeUsedAt).toBeNull();
        });

        it('still accepts a good code just before 90 days from its issue (counted from when the case was first seen)', async () => {
            await service().getCase('IOE0900000002'); // first seen now; its code was issued 30 days before
            now = new Date(now.getTime() + 60 * DAY - 1);
            expect(await service().redeemAccessCode('IOE0900000002', 'SNDBX3K8P5W2')).toBe('valid');
        });

        it('says expired once 90 days have passed since the code was issued', async () => {
            await service().getCase('IOE0900000002');
            now = new Date(now.getTime() + 60 * DAY);
            expect(await service().redeemAccessCode('IOE0900000002', 'SNDBX3K8P5W2')).toBe('expired');
        });

        it('says already used for the code someone used before the sandbox saw the case', async () => {
            expect(await service().redeemAccessCode('IOE0900000004', 'SNDBX5H2J8N6')).toBe('alreadyUsed');
        });

        it('lets exactly one of two racing redemptions win', async () => {
            const [a, b] = await Promise.all([
                service().redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4'),
                service().redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4'),
            ]);
            expect([a, b].sort()).toEqual(['alreadyUsed', 'valid']);
        });

        it('remembers a used code in the store, for a new service on the same store', async () => {
            expect(await service().redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4')).toBe('valid');
            expect(await service().redeemAccessCode('IOE0900000001', 'SNDBX7Q2M9X4')).toBe('alreadyUsed');
        });
    });

    describe('scheduled cases', () => {
        const titles = async (cases: SandboxCaseService, receipt: string) => {
            const status = await cases.getCase(receipt);
            return { current: status.title.en, bucket: status.bucket, history: status.history.map((entry) => entry.title.en) };
        };

        it('moves one step every CASE_SANDBOX_STEP_MINUTES after it is first seen, up to its last step', async () => {
            const cases = service(2);
            expect(await titles(cases, 'IOE0900000100')).toEqual({ current: 'Case Was Received', bucket: 'received', history: ['Case Was Received'] });
            now = new Date(now.getTime() + 2 * MINUTE - 1);
            expect((await titles(cases, 'IOE0900000100')).bucket).toBe('received');
            now = new Date(now.getTime() + 1);
            expect((await titles(cases, 'IOE0900000100')).bucket).toBe('biometrics');
            const buckets: StatusBucket[] = [];
            for (let step = 2; step <= 8; step += 1) {
                now = new Date(now.getTime() + 2 * MINUTE);
                buckets.push((await titles(cases, 'IOE0900000100')).bucket);
            }
            expect(buckets).toEqual(['review', 'approved', 'cardProduced', 'cardMailed', 'cardDelivered', 'cardDelivered', 'cardDelivered']);
            const last = await cases.getCase('IOE0900000100');
            expect(last.history.map((entry) => entry.title.en)).toEqual([
                'Case Was Received',
                'Fingerprint and Biometrics Appointment Was Scheduled',
                'Case Is Being Actively Reviewed By USCIS',
                'Case Was Approved',
                'New Card Is Being Produced',
                'Card Was Mailed To Me',
                'Card Was Delivered To Me By The Post Office',
            ]);
            expect(last.title.es).toBe('El Correo Me Entregó la Tarjeta');
        });

        it('counts time per case from its own first sighting', async () => {
            const cases = service(2);
            await cases.getCase('IOE0900000100');
            now = new Date(now.getTime() + 5 * MINUTE);
            expect((await titles(cases, 'IOE0900000101')).bucket).toBe('received');
            expect((await titles(cases, 'IOE0900000100')).bucket).toBe('review');
        });

        it('answers the same status on every read between steps (stable dates, so no false "it changed")', async () => {
            const cases = service(2);
            const first = await cases.getCase('IOE0900000102');
            now = new Date(now.getTime() + MINUTE);
            expect(await cases.getCase('IOE0900000102')).toEqual(first);
        });

        it('moves one step per advance(), with dates in the past, and stops at the last step', async () => {
            const cases = service(60);
            await cases.advance('IOE0900000101');
            const moved = await cases.getCase('IOE0900000101');
            expect(moved.bucket).toBe('review');
            for (const entry of moved.history) expect(entry.date!.getTime()).toBeLessThanOrEqual(now.getTime());
            for (let i = 0; i < 10; i += 1) await cases.advance('IOE0900000101');
            const last = await cases.getCase('IOE0900000101');
            expect(last.title.en).toBe('Card Was Mailed To Me');
            expect(last.history).toHaveLength(7);
            expect((await store.client.sandboxCaseState.findUnique({ where: { receiptNumber: 'IOE0900000101' } }))?.advancedSteps).toBe(6);
        });

        it('moves one step per advance() also when two run at once', async () => {
            await Promise.all([service(60).advance('IOE0900000100'), service(60).advance('IOE0900000100')]);
            expect((await service(60).getCase('IOE0900000100')).bucket).toBe('review');
        });

        it('keeps its progress for a new service on the same store', async () => {
            await service(60).advance('IOE0900000102');
            await service(60).advance('IOE0900000102');
            expect((await titles(service(60), 'IOE0900000102')).current).toBe('Case Was Updated To Show Fingerprints Were Taken');
        });

        it('refuses to advance a case that does not move, and an unknown receipt', async () => {
            await expect(service().advance('EAC9999103403')).rejects.toBeInstanceOf(SandboxCaseNotScheduled);
            await expect(service().advance('EAC0000000000')).rejects.toBeInstanceOf(CaseNotRecognized);
        });
    });
});
