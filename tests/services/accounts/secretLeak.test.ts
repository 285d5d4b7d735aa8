import fs from 'node:fs';
import Database from 'better-sqlite3';
import { normaliseResetAnswer } from '../../../services/accounts/resetQuestions';
import {
    createAccountTestKit,
    createPasswordReset,
    createRegistrationService,
    createSignIn,
    PLANTED,
    registerFully,
    type AccountTestKit,
} from './accountTestKit';

/** Every row of every table in the SQLite file, as [table, text of the row]. */
function everyRow(file: string): Array<[string, string]> {
    const db = new Database(file, { readonly: true });
    try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
        return tables.flatMap(({ name }) =>
            (db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>).map(
                (row): [string, string] => [name, Object.values(row).map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v))).join('\u0001')],
            ),
        );
    } finally {
        db.close();
    }
}

describe('no secret is stored in plain text', () => {
    let kit: AccountTestKit;
    beforeEach(async () => {
        kit = await createAccountTestKit();
    });
    afterEach(() => kit.dispose());

    it('after registration, sign-in and a reset, no table holds a password, code, backup code, answer or TOTP secret', async () => {
        const registration = createRegistrationService(kit);
        const { signIn, sessions } = createSignIn(kit);
        const account = await registerFully(kit, registration, 'ana@example.com', { email: true, smsPhone: '555-123-4567', authenticatorApp: true });
        expect(account.totpSecret).toBeDefined();
        const codes = [...account.codesSeen];

        // Sign in with an emailed code, then with the backup code (which is replaced).
        kit.clock.advanceMinutes(2);
        const first = await signIn.start('ana@example.com', 'conv-a');
        await signIn.sendCode(first.signInId, 'email');
        const signInCode = await kit.latestCode('ana@example.com');
        codes.push(signInCode);
        await signIn.verify(first.signInId, signInCode);
        const second = await signIn.start('ana@example.com', 'conv-b');
        const { newBackupCode } = await signIn.verify(second.signInId, account.backupCode);

        // Reset the password with the questions.
        const reset = createPasswordReset(kit, sessions);
        const { resetId } = await reset.start('ana@example.com', 'conv-c');
        const resetCode = await kit.latestCode('ana@example.com');
        codes.push(resetCode);
        await reset.confirmEmail(resetId, resetCode);
        const asked = await reset.questions(resetId);
        await reset.answerQuestions(resetId, PLANTED.answers.filter((a) => asked.includes(a.questionId as never)));
        const newPassword = 'Second#Planted8pass';
        await reset.setNewPassword(resetId, newPassword);

        const secrets = [
            PLANTED.password,
            newPassword,
            account.backupCode,
            account.backupCode.replace('-', ''),
            newBackupCode!,
            newBackupCode!.replace('-', ''),
            account.totpSecret!,
            ...PLANTED.answers.map((a) => a.answer),
            ...PLANTED.answers.map((a) => normaliseResetAnswer(a.answer)),
        ];
        const rows = everyRow(kit.testStore.file);
        expect(rows.length).toBeGreaterThan(20);
        for (const [table, text] of rows) {
            for (const secret of secrets) {
                if (text.toLowerCase().includes(secret.toLowerCase())) throw new Error(`${table} holds a planted secret in plain text`);
            }
        }

        // One-time codes are delivered in the message body, so only the outbox (the user's mailbox) may hold them.
        const codePattern = (code: string) => new RegExp(`(?<!\\d)${code}(?!\\d)`);
        const holders = new Set(rows.filter(([, text]) => codes.some((code) => codePattern(code).test(text))).map(([table]) => table));
        expect([...holders]).toEqual(['OutboxMessage']);

        // And the raw database bytes (including the write-ahead log) hold none of the other secrets either.
        const raw = [kit.testStore.file, `${kit.testStore.file}-wal`]
            .filter((file) => fs.existsSync(file))
            .map((file) => fs.readFileSync(file).toString('latin1').toLowerCase())
            .join('\n');
        for (const secret of secrets) expect(raw.includes(secret.toLowerCase())).toBe(false);
    });
});
