import fs from 'node:fs';
import { authenticator } from 'otplib';
import { BackupCodes } from '../../services/accounts/backupCodes';
import { PrismaStorage } from '../../store/prismaStorage';
import { DirectLineRepository } from '../../store/directLineRepository';
import { openStore } from '../../store/storeClient';
import {
    createAccountTestKit,
    createRegistrationService,
    createSignIn,
    registerFully,
    registrationAtPasswordStep,
    type AccountTestKit,
} from '../services/accounts/accountTestKit';

// Issue item 6: a password typed as a chat message, two backup codes and an authenticator setup key stayed readable in
// free pages of the SQLite file after they were replaced, and a leftover backup code still signed in.

let kit: AccountTestKit;
beforeEach(async () => {
    kit = await createAccountTestKit();
});
afterEach(() => kit.dispose());

/** Moves everything from the write-ahead log into the database file and empties the log, as a checkpoint does. */
async function checkpoint(): Promise<void> {
    await kit.testStore.client.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
}

/** The raw bytes of the database file and its log, whatever pages they sit in. */
function rawBytes(): string {
    const { file } = kit.testStore;
    return [file, `${file}-wal`]
        .filter((path) => fs.existsSync(path))
        .map((path) => fs.readFileSync(path).toString('latin1'))
        .join('\n');
}

describe('secure_delete: a replaced secret leaves no bytes in the database file', () => {
    it('is on for every connection the store opens, including after a reconnect', async () => {
        const { client } = kit.testStore;
        expect(await client.$queryRawUnsafe('PRAGMA secure_delete')).toEqual([{ secure_delete: 1n }]);
        await client.$disconnect();
        expect(await client.$queryRawUnsafe('PRAGMA secure_delete')).toEqual([{ secure_delete: 1n }]);
        const second = await openStore(kit.testStore.databaseUrl);
        try {
            expect(await second.$queryRawUnsafe('PRAGMA secure_delete')).toEqual([{ secure_delete: 1n }]);
        } finally {
            await second.$disconnect();
        }
    });

    it('a chat message replaced by a placeholder, an overwritten state item and a removed sealed key are gone from the file', async () => {
        const { client } = kit.testStore;
        const typedPassword = 'Typed#InChat-Q7ZXW4';
        const stateSecret = 'State#Leftover-K3VJP9';
        // Web Chat activities and dialog state are a few kilobytes each (channel data, entities, the dialog stack).
        const ordinarySize = { channelData: { clientActivityID: 'a1b2c3', padding: 'p'.repeat(3000) } };

        const directLine = new DirectLineRepository(client);
        await directLine.createConversation({ id: 'conv-secure', userId: 'user-1' });
        const { activity } = await directLine.appendActivity('conv-secure', (id) => ({ id, type: 'message', text: typedPassword, ...ordinarySize }));

        const storage = new PrismaStorage(client);
        await storage.write({ 'test/conversations/conv-secure': { lastMessage: stateSecret, dialogStack: 's'.repeat(3000) } });

        // An authenticator key set up, then dropped when the user chooses their methods again.
        const registration = createRegistrationService(kit);
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        await registration.setPassword(registrationId, 'Str0ng!Passw0rd');
        await registration.chooseTwoStep(registrationId, { authenticatorApp: true });
        await registration.startTwoStepSetup(registrationId, 'totp');
        const sealedKey = (await client.twoStepMethod.findFirstOrThrow({ where: { ownerId: registrationId, kind: 'totp' } })).sealedSecret ?? '';
        expect(sealedKey.length).toBeGreaterThan(20);

        // Positive control: before being replaced, every marker is in the file's bytes.
        await checkpoint();
        const before = rawBytes();
        for (const marker of [typedPassword, stateSecret, sealedKey]) expect({ marker, present: before.includes(marker) }).toEqual({ marker, present: true });

        await directLine.replaceActivity('conv-secure', activity.id ?? '', { id: activity.id, type: 'message', text: '(hidden)' });
        await storage.write({ 'test/conversations/conv-secure': { lastMessage: 'nothing secret', eTag: '*' } });
        await registration.chooseTwoStep(registrationId, { email: true });

        await checkpoint();
        const after = rawBytes();
        for (const marker of [typedPassword, stateSecret, sealedKey]) expect({ marker, present: after.includes(marker) }).toEqual({ marker, present: false });
    });

    it('a replaced authenticator key never verifies again', async () => {
        const first = await kit.totp.enrol('reg-app', 'ana@example.com');
        kit.clock.advanceSeconds(31);
        const second = await kit.totp.enrol('reg-app', 'ana@example.com');
        const at = (secret: string) => authenticator.clone({ epoch: kit.clock.now().getTime() }).generate(secret);
        const oldCode = at(first.manualEntryKey);
        if (oldCode !== at(second.manualEntryKey)) await expect(kit.totp.verify('reg-app', oldCode)).resolves.toBe(false);
        await expect(kit.totp.verify('reg-app', at(second.manualEntryKey))).resolves.toBe(true);
    });
});

describe('a replaced or used backup code is deleted and never signs in', () => {
    it('replacing a backup code deletes the old row; its hash is gone from the file and it does not sign in', async () => {
        const { client } = kit.testStore;
        const registration = createRegistrationService(kit);
        const ana = await registerFully(kit, registration, 'ana@example.com');
        const oldRow = await client.backupCode.findFirstOrThrow({ where: { ownerId: ana.accountId } });
        await checkpoint();
        expect(rawBytes().includes(oldRow.codeHash)).toBe(true);

        const { signIn } = createSignIn(kit);
        const started = await signIn.start(ana.email, 'conv-1');
        const { newBackupCode } = await signIn.verify(started.signInId, ana.backupCode);
        expect(newBackupCode).toBeDefined();

        expect(await client.backupCode.findMany({ where: { ownerId: ana.accountId } })).toHaveLength(1);
        await checkpoint();
        expect(rawBytes().includes(oldRow.codeHash)).toBe(false);

        const again = await signIn.start(ana.email, 'conv-2');
        await expect(signIn.verify(again.signInId, ana.backupCode)).rejects.toMatchObject({ code: 'codeInvalid' });
        await expect(signIn.verify(again.signInId, newBackupCode ?? '')).resolves.toMatchObject({ accountId: ana.accountId });
    });

    it('two issues at the same moment leave one live code, and only that one works', async () => {
        const codes = new BackupCodes({ backupCodes: kit.repositories.backupCodes, hasher: kit.hasher, now: kit.clock.now });
        const issued = await Promise.all([codes.issue('owner-1'), codes.issue('owner-1'), codes.issue('owner-1')]);
        expect(await kit.testStore.client.backupCode.count({ where: { ownerId: 'owner-1' } })).toBe(1);
        const redeemed = [];
        for (const code of issued) redeemed.push((await codes.redeem('owner-1', code)) !== undefined);
        expect(redeemed.filter(Boolean)).toHaveLength(1);
    });
});
