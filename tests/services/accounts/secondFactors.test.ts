import { authenticator } from 'otplib';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { ResetAnswersRejected } from '../../../services/accounts/accountErrors';
import { normaliseResetAnswer, RESET_QUESTION_IDS } from '../../../services/accounts/resetQuestions';
import { createI18n } from '../../../locales/index';
import { createAccountTestKit, ORG_NAME, type AccountTestKit } from './accountTestKit';

let kit: AccountTestKit;
beforeEach(async () => {
    kit = await createAccountTestKit();
});
afterEach(() => kit.dispose());

/** The code an authenticator app would show at the kit's current time, `stepOffset` steps away. */
function appCode(secret: string, stepOffset = 0): string {
    return authenticator.clone({ epoch: kit.clock.now().getTime() + stepOffset * 30_000 }).generate(secret);
}

describe('TotpAuthenticator', () => {
    it('enrols with an otpauth URI naming the organisation as issuer, a PNG QR code, and a sealed secret', async () => {
        const enrolment = await kit.totp.enrol('reg-1', 'ana@example.com');
        expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
        expect(enrolment.otpauthUri).toContain(`issuer=${encodeURIComponent(ORG_NAME)}`);
        expect(enrolment.otpauthUri).toContain(`secret=${enrolment.manualEntryKey}`);
        expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
        const row = await kit.testStore.client.twoStepMethod.findFirstOrThrow({ where: { ownerId: 'reg-1', kind: 'totp' } });
        expect(row.sealedSecret).not.toContain(enrolment.manualEntryKey);
        expect(kit.secretBox.open(row.sealedSecret!, 'totp:reg-1')).toBe(enrolment.manualEntryKey);
    });

    it("draws the QR code of the otpauth URI: every module at 4 pixels a side, inside a 4-module quiet zone", async () => {
        const enrolment = await kit.totp.enrol('reg-1', 'ana@example.com');
        const png = Buffer.from(enrolment.qrCodeDataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
        // Small enough for a slow connection.
        expect(png.length).toBeLessThan(6_000);
        const image = PNG.sync.read(png);
        const { modules } = QRCode.create(enrolment.otpauthUri);
        expect(image.width).toBe((modules.size + 8) * 4);
        // One line of # and . per module row, as drawn and as encoded.
        const drawn: string[] = [];
        const encoded: string[] = [];
        for (let row = -4; row < modules.size + 4; row++) {
            let drawnLine = '';
            let encodedLine = '';
            for (let col = -4; col < modules.size + 4; col++) {
                const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
                encodedLine += inside && modules.get(row, col) ? '#' : '.';
                drawnLine += image.data[((row + 4) * 4 * image.width + (col + 4) * 4) * 4] < 128 ? '#' : '.';
            }
            drawn.push(drawnLine);
            encoded.push(encodedLine);
        }
        expect(drawn).toEqual(encoded);
    });

    it('accepts the code otplib computes from the secret, and one step of drift either way', async () => {
        const { manualEntryKey } = await kit.totp.enrol('reg-1', 'ana@example.com');
        await expect(kit.totp.isVerified('reg-1')).resolves.toBe(false);
        await expect(kit.totp.verify('reg-1', appCode(manualEntryKey, -1))).resolves.toBe(true);
        await expect(kit.totp.isVerified('reg-1')).resolves.toBe(true);
        kit.clock.advanceSeconds(60);
        await expect(kit.totp.verify('reg-1', appCode(manualEntryKey, 1))).resolves.toBe(true);
    });

    it('refuses a code two steps away, a wrong code, and a replay of an accepted code', async () => {
        const { manualEntryKey } = await kit.totp.enrol('reg-1', 'ana@example.com');
        await expect(kit.totp.verify('reg-1', appCode(manualEntryKey, -2))).resolves.toBe(false);
        await expect(kit.totp.verify('reg-1', appCode(manualEntryKey, 2))).resolves.toBe(false);
        const code = appCode(manualEntryKey);
        await expect(kit.totp.verify('reg-1', code === '000000' ? '000001' : '000000')).resolves.toBe(false);
        await expect(kit.totp.verify('reg-1', code)).resolves.toBe(true);
        await expect(kit.totp.verify('reg-1', code)).resolves.toBe(false);
    });

    it('accepts the code typed on an Arabic or a full-width keyboard, once', async () => {
        const { manualEntryKey } = await kit.totp.enrol('reg-1', 'ana@example.com');
        const code = appCode(manualEntryKey);
        const arabicIndic = code.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
        await expect(kit.totp.verify('reg-1', `${arabicIndic.slice(0, 3)} ${arabicIndic.slice(3)}`)).resolves.toBe(true);
        const fullWidth = code.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
        await expect(kit.totp.verify('reg-1', fullWidth)).resolves.toBe(false);
    });

    it('refuses any code for an owner without an authenticator', async () => {
        await expect(kit.totp.verify('nobody', '123456')).resolves.toBe(false);
    });
});

describe('BackupCodes', () => {
    it('issues a grouped 10-character code, stored only as a hash', async () => {
        const code = await kit.backupCodes.issue('acct-1');
        expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
        const row = await kit.testStore.client.backupCode.findFirstOrThrow();
        expect(row.codeHash).toMatch(/^scrypt\$/);
        expect(JSON.stringify(row)).not.toContain(code.replace('-', ''));
    });

    it('is single use: redeeming returns a new code; the old one no longer works, the new one does', async () => {
        const first = await kit.backupCodes.issue('acct-1');
        const second = await kit.backupCodes.redeem('acct-1', first.toLowerCase().replace('-', ' '));
        expect(second).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
        expect(second).not.toBe(first);
        await expect(kit.backupCodes.redeem('acct-1', first)).resolves.toBeUndefined();
        await expect(kit.backupCodes.redeem('acct-1', second!)).resolves.toEqual(expect.any(String));
        expect(await kit.testStore.client.backupCode.count({ where: { ownerId: 'acct-1', usedAt: null } })).toBe(1);
    });

    it('issuing again retires the previous code', async () => {
        const first = await kit.backupCodes.issue('acct-1');
        await kit.backupCodes.issue('acct-1');
        await expect(kit.backupCodes.redeem('acct-1', first)).resolves.toBeUndefined();
    });

    it('refuses wrong and malformed codes and other owners', async () => {
        const code = await kit.backupCodes.issue('acct-1');
        await expect(kit.backupCodes.redeem('acct-1', 'AAAAA-AAAAA')).resolves.toBeUndefined();
        await expect(kit.backupCodes.redeem('acct-1', '123')).resolves.toBeUndefined();
        await expect(kit.backupCodes.redeem('acct-2', code)).resolves.toBeUndefined();
        await expect(kit.backupCodes.hasLiveCode('acct-1')).resolves.toBe(true);
    });
});

describe('ResetQuestions', () => {
    const answers = [
        { questionId: 'firstCar', answer: 'Toyota Corolla' },
        { questionId: 'childhoodStreet', answer: 'Calle Mayor' },
        { questionId: 'firstSchool', answer: 'Escuela José Martí' },
        { questionId: 'firstPet', answer: 'Canela' },
        { questionId: 'childhoodFriend', answer: 'Begoña' },
    ];

    it('offers at least ten questions, each with English and Spanish text', () => {
        expect(RESET_QUESTION_IDS.length).toBeGreaterThanOrEqual(10);
        const i18n = createI18n('en');
        for (const id of RESET_QUESTION_IDS) {
            for (const lng of ['en', 'es']) {
                const text = i18n.t(`resetQuestions.${id}`, { lng });
                expect(text).not.toBe(`resetQuestions.${id}`);
                expect(text).toMatch(/\?$/);
            }
        }
    });

    it.each([
        ['  José   MARTÍNEZ ', 'jose martinez'],
        ['Begoña', 'begona'],
        ['TOYOTA\tcorolla', 'toyota corolla'],
        ['Ça Va', 'ca va'],
    ])('normalises %j to %j', (raw, folded) => {
        expect(normaliseResetAnswer(raw)).toBe(folded);
    });

    it('matches answers regardless of accents, case and spacing, and stores only hashes', async () => {
        await kit.resetQuestions.save('acct-1', answers);
        const rows = await kit.testStore.client.resetAnswer.findMany();
        expect(rows).toHaveLength(5);
        for (const row of rows) expect(row.answerHash).toMatch(/^scrypt\$/);
        const typed = [
            { questionId: 'firstCar', answer: 'toyota   COROLLA' },
            { questionId: 'firstSchool', answer: 'escuela jose marti' },
            { questionId: 'childhoodFriend', answer: ' BEGONA ' },
        ];
        await expect(kit.resetQuestions.countCorrect('acct-1', typed)).resolves.toBe(3);
        await expect(kit.resetQuestions.provesIdentity('acct-1', typed)).resolves.toBe(true);
    });

    it('needs three right: two right and one wrong is not enough, and repeating a question does not count twice', async () => {
        await kit.resetQuestions.save('acct-1', answers);
        await expect(
            kit.resetQuestions.provesIdentity('acct-1', [
                { questionId: 'firstCar', answer: 'Toyota Corolla' },
                { questionId: 'firstPet', answer: 'Canela' },
                { questionId: 'childhoodStreet', answer: 'Main Street' },
            ]),
        ).resolves.toBe(false);
        await expect(
            kit.resetQuestions.provesIdentity('acct-1', [
                { questionId: 'firstCar', answer: 'Toyota Corolla' },
                { questionId: 'firstCar', answer: 'Toyota Corolla' },
                { questionId: 'firstCar', answer: 'Toyota Corolla' },
            ]),
        ).resolves.toBe(false);
    });

    it('picks three different saved questions', async () => {
        await kit.resetQuestions.save('acct-1', answers);
        const picked = await kit.resetQuestions.pickQuestions('acct-1');
        expect(picked).toHaveLength(3);
        expect(new Set(picked).size).toBe(3);
        for (const id of picked) expect(answers.map((a) => a.questionId)).toContain(id);
    });

    it.each([
        ['four answers', answers.slice(0, 4), ['wrongCount']],
        ['a repeated question', [...answers.slice(0, 4), { questionId: 'firstCar', answer: 'Ford' }], ['duplicateQuestion']],
        ['an unknown question', [...answers.slice(0, 4), { questionId: 'favouriteColour', answer: 'blue' }], ['unknownQuestion']],
        ['a blank answer', [...answers.slice(0, 4), { questionId: 'firstJobCompany', answer: '   ' }], ['emptyAnswer']],
    ])('refuses %s, listing the problem', async (_name, given, problems) => {
        const error = await kit.resetQuestions.save('acct-1', given).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ResetAnswersRejected);
        expect((error as ResetAnswersRejected).problems).toEqual(problems);
    });
});
