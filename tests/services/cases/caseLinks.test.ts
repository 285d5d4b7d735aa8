import { RateLimiter } from '../../../services/limits/rateLimiter';
import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable } from '../../../services/cases/caseErrors';
import { AccessCodeRejected, AccessCodeRequired, AccessCodeTriesExhausted, CaseLinkedElsewhere } from '../../../services/cases/caseLinkErrors';
import { ACCESS_CODE_TRIES_PER_HOUR, CaseLinks } from '../../../services/cases/caseLinks';
import { SandboxCaseService } from '../../../services/cases/sandboxCaseService';
import { UscisCaseService } from '../../../services/cases/uscisCaseService';
import { createRepositories, type Repositories } from '../../../store/repositories';
import { FAKE_USCIS_RECEIPTS, startFakeUscisApi, type FakeUscisApi } from '../../support/fakeUscisApi';
import { createTestStore, type TestStore } from '../../support/testStore';
import { ManualClock } from '../accounts/accountTestKit';

/*
 * Linking paper-filed cases on a real SQLite store, with the real embedded sandbox (its fixtures: IOE0900000001 and
 * IOE0900000002 have working codes, IOE0900000003's code is past 90 days, IOE0900000004's was used before; the
 * reserved EAC9999000503 is "unavailable") and, for a back end that cannot check codes, the real USCIS client
 * against the local fake USCIS API.
 */
const ANA = 'account-ana';
const LUIS = 'account-luis';
const IOE_VALID = { receipt: 'IOE0900000001', code: 'SNDBX7Q2M9X4' };
const IOE_VALID_2 = { receipt: 'IOE0900000002', code: 'SNDBX3K8P5W2' };
const IOE_EXPIRED = { receipt: 'IOE0900000003', code: 'SNDBX9R4T6Y1' };
const IOE_USED_BEFORE = { receipt: 'IOE0900000004', code: 'SNDBX5H2J8N6' };
const APPROVED_I130 = 'EAC9999103403';

let store: TestStore;
let repositories: Repositories;
let clock: ManualClock;
let sandbox: SandboxCaseService;
let links: CaseLinks;

beforeEach(async () => {
    store = await createTestStore();
    repositories = createRepositories(store.client);
    clock = new ManualClock();
    sandbox = new SandboxCaseService({ repository: repositories.sandboxCases, stepMinutes: 2, now: clock.now });
    links = new CaseLinks({ service: sandbox, linkedCases: repositories.linkedCases, limiter: new RateLimiter(repositories.rateLimits, clock.now), now: clock.now });
});

afterEach(async () => {
    await store.dispose();
});

const linkedRows = () => store.client.linkedCase.findMany({ orderBy: { receiptNumber: 'asc' } });

describe('an IOE receipt is linked with its Online Access Code', () => {
    test('a valid code links the case to the account, checked, with its status', async () => {
        const outcome = await links.link(ANA, IOE_VALID.receipt, IOE_VALID.code);
        expect(outcome).toMatchObject({ status: 'linked', accessCodeChecked: true, case: { receiptNumber: IOE_VALID.receipt, formType: 'I-485' } });
        expect(await linkedRows()).toEqual([expect.objectContaining({ accountId: ANA, receiptNumber: IOE_VALID.receipt, formType: 'I-485', linkedBy: 'accessCode' })]);
    });

    test('codes cannot be guessed by starting over: after the hourly tries, even the right code waits', async () => {
        for (let i = 0; i < ACCESS_CODE_TRIES_PER_HOUR; i++) {
            await expect(links.link(ANA, IOE_VALID.receipt, `WRONG${i}CODE123`)).rejects.toBeInstanceOf(AccessCodeRejected);
        }
        const refused = await links.link(ANA, IOE_VALID.receipt, IOE_VALID.code).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(AccessCodeTriesExhausted);
        expect(await linkedRows()).toEqual([]);
        // Another account is counted apart; and after the hour the right code links.
        await expect(links.link(LUIS, IOE_VALID_2.receipt, IOE_VALID_2.code)).resolves.toMatchObject({ status: 'linked' });
        clock.advanceSeconds(3601);
        await expect(links.link(ANA, IOE_VALID.receipt, IOE_VALID.code)).resolves.toMatchObject({ status: 'linked' });
    });

    test('without a code: AccessCodeRequired, nothing linked and the code not used up', async () => {
        await expect(links.link(ANA, IOE_VALID.receipt)).rejects.toBeInstanceOf(AccessCodeRequired);
        expect(await linkedRows()).toEqual([]);
        await expect(links.link(ANA, IOE_VALID.receipt, IOE_VALID.code)).resolves.toMatchObject({ status: 'linked' });
    });

    test('a wrong code is refused as invalid and links nothing; the right code still works after it', async () => {
        const refused = await links.link(ANA, IOE_VALID.receipt, 'WRONG1234CODE').catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(AccessCodeRejected);
        expect((refused as AccessCodeRejected).verdict).toBe('invalid');
        expect(await linkedRows()).toEqual([]);
        await expect(links.link(ANA, IOE_VALID.receipt, IOE_VALID.code)).resolves.toMatchObject({ status: 'linked' });
    });

    test('an expired code (past 90 days) is refused as expired and links nothing', async () => {
        const refused = await links.link(ANA, IOE_EXPIRED.receipt, IOE_EXPIRED.code).catch((error: unknown) => error);
        expect((refused as AccessCodeRejected).verdict).toBe('expired');
        expect(await linkedRows()).toEqual([]);
    });

    test('a code someone used before is refused as already used and links nothing', async () => {
        const refused = await links.link(ANA, IOE_USED_BEFORE.receipt, IOE_USED_BEFORE.code).catch((error: unknown) => error);
        expect((refused as AccessCodeRejected).verdict).toBe('alreadyUsed');
        expect(await linkedRows()).toEqual([]);
    });

    test('a code used twice: redeemed once elsewhere, the link with it is refused as already used', async () => {
        expect(await sandbox.redeemAccessCode(IOE_VALID_2.receipt, IOE_VALID_2.code)).toBe('valid');
        const refused = await links.link(ANA, IOE_VALID_2.receipt, IOE_VALID_2.code).catch((error: unknown) => error);
        expect((refused as AccessCodeRejected).verdict).toBe('alreadyUsed');
        expect(await linkedRows()).toEqual([]);
    });

    test('when the back end cannot check codes, the case is linked as unverified and says the code was not checked', async () => {
        const api: FakeUscisApi = await startFakeUscisApi();
        try {
            const uscis = new UscisCaseService({
                baseUrl: api.baseUrl,
                clientId: api.clientId,
                clientSecret: api.clientSecret,
                timeoutMs: 5000,
                dailyQuota: 100,
                ratePerSecond: 100,
                sleep: async () => undefined,
            });
            const unverified = new CaseLinks({ service: uscis, linkedCases: repositories.linkedCases, limiter: new RateLimiter(repositories.rateLimits, clock.now), now: clock.now });
            const outcome = await unverified.link(ANA, FAKE_USCIS_RECEIPTS.ioeWithoutDates, 'ANYCODE12345');
            expect(outcome).toMatchObject({ status: 'linked', accessCodeChecked: false, case: { receiptNumber: FAKE_USCIS_RECEIPTS.ioeWithoutDates } });
            expect(await linkedRows()).toEqual([expect.objectContaining({ accountId: ANA, linkedBy: 'accessCodeUnverified' })]);
            // Asked again, it stays marked as not checked.
            await expect(unverified.link(ANA, FAKE_USCIS_RECEIPTS.ioeWithoutDates)).resolves.toMatchObject({ status: 'alreadyLinkedHere', accessCodeChecked: false });
        } finally {
            await api.close();
        }
    });
});

describe('any other receipt is linked by its number alone', () => {
    test('a non-IOE receipt links without a code, normalised as typed on the notice', async () => {
        const outcome = await links.link(ANA, 'eac-999-910-3403');
        expect(outcome).toMatchObject({ status: 'linked', accessCodeChecked: true, case: { receiptNumber: APPROVED_I130, bucket: 'approved' } });
        expect(await linkedRows()).toEqual([expect.objectContaining({ accountId: ANA, receiptNumber: APPROVED_I130, formType: 'I-130', linkedBy: 'receipt' })]);
    });

    test('a receipt that is not 3 letters and 10 digits is refused before anything is asked', async () => {
        await expect(links.link(ANA, 'EAC99991034')).rejects.toBeInstanceOf(CaseBadFormat);
        expect(await linkedRows()).toEqual([]);
    });
});

describe('a receipt is linked to one account at most', () => {
    test('already linked to this account: said so, with the status, and still one row', async () => {
        await links.link(ANA, APPROVED_I130);
        clock.advanceMinutes(5);
        await expect(links.link(ANA, APPROVED_I130)).resolves.toMatchObject({ status: 'alreadyLinkedHere', case: { receiptNumber: APPROVED_I130 } });
        expect(await linkedRows()).toHaveLength(1);
    });

    test('an IOE case already linked here needs no code again (and uses none)', async () => {
        await links.link(ANA, IOE_VALID.receipt, IOE_VALID.code);
        await expect(links.link(ANA, IOE_VALID.receipt)).resolves.toMatchObject({ status: 'alreadyLinkedHere', accessCodeChecked: true });
    });

    test('linked to another account: refused, naming no one, and the link stays where it was', async () => {
        await links.link(ANA, APPROVED_I130);
        const refused = await links.link(LUIS, APPROVED_I130).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(CaseLinkedElsewhere);
        expect(JSON.stringify({ message: (refused as Error).message, ...(refused as object) })).not.toContain(ANA);
        expect(await linkedRows()).toEqual([expect.objectContaining({ accountId: ANA })]);
    });

    test('an IOE case linked elsewhere: without its code nobody learns that another account has it', async () => {
        await links.link(ANA, IOE_VALID.receipt, IOE_VALID.code);
        await expect(links.link(LUIS, IOE_VALID.receipt)).rejects.toBeInstanceOf(AccessCodeRequired);
        const wrong = await links.link(LUIS, IOE_VALID.receipt, 'WRONG1234CODE').catch((error: unknown) => error);
        expect(wrong).toBeInstanceOf(AccessCodeRejected);
        expect((wrong as AccessCodeRejected).verdict).toBe('invalid');
        // The code itself was used by the link: that is all its holder hears.
        const used = await links.link(LUIS, IOE_VALID.receipt, IOE_VALID.code).catch((error: unknown) => error);
        expect((used as AccessCodeRejected).verdict).toBe('alreadyUsed');
        expect((await linkedRows()).map((row) => row.accountId)).toEqual([ANA]);
    });

    test('two accounts linking the same receipt at once: exactly one wins, the other is refused', async () => {
        const results = await Promise.allSettled([links.link(ANA, APPROVED_I130), links.link(LUIS, APPROVED_I130)]);
        const won = results.filter((result) => result.status === 'fulfilled');
        const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0].reason).toBeInstanceOf(CaseLinkedElsewhere);
        expect(await linkedRows()).toHaveLength(1);
    });
});

describe('a case the service cannot confirm is never linked', () => {
    test('an unknown receipt: not recognized, nothing linked', async () => {
        await expect(links.link(ANA, 'EAC0000000000')).rejects.toBeInstanceOf(CaseNotRecognized);
        expect(await linkedRows()).toEqual([]);
    });

    test('an unknown IOE receipt with a code: not recognized, nothing linked', async () => {
        await expect(links.link(ANA, 'IOE0000000099', IOE_VALID.code)).rejects.toBeInstanceOf(CaseNotRecognized);
        expect(await linkedRows()).toEqual([]);
    });

    test('the service unavailable: unavailable (never "not recognized"), nothing linked', async () => {
        await expect(links.link(ANA, 'EAC9999000503')).rejects.toBeInstanceOf(CaseServiceUnavailable);
        await expect(links.link(ANA, 'EAC9999000429')).rejects.toBeInstanceOf(CaseRateLimited);
        expect(await linkedRows()).toEqual([]);
    });
});

test('my cases: the account\'s own linked cases, oldest first, with the form', async () => {
    await links.link(ANA, APPROVED_I130);
    clock.advanceMinutes(1);
    await links.link(ANA, IOE_VALID.receipt, IOE_VALID.code);
    await links.link(LUIS, 'EAC9999103400');
    expect(await links.listForAccount(ANA)).toEqual([
        { receiptNumber: APPROVED_I130, formType: 'I-130', linkedAt: expect.any(Date) },
        { receiptNumber: IOE_VALID.receipt, formType: 'I-485', linkedAt: expect.any(Date) },
    ]);
    expect(await links.listForAccount('account-nobody')).toEqual([]);
});
