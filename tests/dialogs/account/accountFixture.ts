import type { Activity } from 'botbuilder';
import type { DialogTestClient } from 'botbuilder-testing';
import { authenticator } from 'otplib';
import type { TwoStepChoice } from '../../../services/accounts/registrationService';
import { RESET_QUESTION_IDS, type ResetQuestionId } from '../../../services/accounts/resetQuestions';
import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
import type { OrganizationProfile } from '../../../dialogs/organization';
import { en, es, startDialogHarness, type DialogHarness } from '../../support/dialogHarness';

/** The main dialog with the real account flows behind menu options 1 and 6. */
export function openAccountHarness(options: { locale?: string; channelId?: string; organization?: Partial<OrganizationProfile> } = {}): Promise<DialogHarness> {
    return startDialogHarness({
        ...options,
        flows: (services) => {
            const { findAccountNumber, recoverAccess } = buildAccountFlows(services);
            return { findAccountNumber, recoverAccess };
        },
    });
}

/** Answers saved at registration, one per question id (the first five questions). */
export const RESET_ANSWERS: Partial<Record<ResetQuestionId, string>> = {
    firstCar: 'Toyota Corolla',
    childhoodStreet: 'Calle Olmo',
    firstSchool: 'Escuela Juárez',
    firstPet: 'Canela',
    childhoodFriend: 'Marisol',
};

export const PASSWORD = 'Fixture#Pass9word';
export const NEW_PASSWORD = 'N3w!Passw0rd';

export interface TestAccount {
    email: string;
    accountNumber: string;
    /** As shown at registration (ABCDE-FGHJK). */
    backupCode: string;
    totpSecret?: string;
    phone?: string;
}

/** Creates a complete account through the registration service, reading codes from the outbox as a user would. */
export async function createTestAccount(harness: DialogHarness, email: string, choice: TwoStepChoice = { email: true }): Promise<TestAccount> {
    const { registration } = harness.services.accounts;
    const { registrationId } = await registration.start(email, 'fixture/registration', 'en');
    await registration.confirmEmail(registrationId, await harness.latestCode(email));
    await registration.acceptTerms(registrationId);
    await registration.setPassword(registrationId, PASSWORD);
    let progress = await registration.chooseTwoStep(registrationId, choice);
    let totpSecret: string | undefined;
    let phone: string | undefined;
    for (const method of progress.twoStepToVerify) {
        const started = await registration.startTwoStepSetup(registrationId, method);
        let code: string;
        if (started.method === 'totp') {
            totpSecret = started.enrolment.manualEntryKey.replace(/\s/g, '');
            code = totpAt(harness, totpSecret);
        } else if (method === 'sms') {
            phone = (await harness.store.client.twoStepMethod.findFirstOrThrow({ where: { ownerId: registrationId, kind: 'sms' } })).phone ?? '';
            code = await harness.latestCode(phone);
        } else {
            code = await harness.latestCode(email);
        }
        progress = await registration.verifyTwoStep(registrationId, method, code);
    }
    const backupCode = await registration.issueBackupCode(registrationId);
    await registration.confirmBackupSaved(registrationId);
    await registration.setResetAnswers(
        registrationId,
        Object.entries(RESET_ANSWERS).map(([questionId, answer]) => ({ questionId, answer: answer ?? '' })),
    );
    await registration.setAccountType(registrationId, 'applicant');
    const { accountNumber } = await registration.complete(registrationId);
    return { email, accountNumber, backupCode, totpSecret, phone };
}

/**
 * The authenticator app's code at the services' clock. Moves the clock to the next 30-second step first: a step
 * already used (at registration, or by an earlier sign-in) is refused as a replay.
 */
export function nextTotp(harness: DialogHarness, secret: string): string {
    harness.clock.advanceSeconds(31);
    return totpAt(harness, secret);
}

function totpAt(harness: DialogHarness, secret: string): string {
    return authenticator.clone({ epoch: harness.clock.now().getTime() }).generate(secret);
}

/** The reset question a prompt text asks, in either language. */
export function questionAsked(text: string): ResetQuestionId {
    const found = RESET_QUESTION_IDS.find((id) => text.startsWith(en(`resetQuestions.${id}`)) || text.startsWith(es(`resetQuestions.${id}`)));
    if (!found) throw new Error(`no reset question in: ${text}`);
    return found;
}

/** Sends a message as a given sender (an SMS channel reports the phone number as the sender id). */
export async function sayFrom(client: DialogTestClient, fromId: string, text: string): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    let reply = (await client.sendActivity({ type: 'message', text, from: { id: fromId, name: fromId } })) as Partial<Activity> | undefined;
    while (reply) {
        replies.push(reply);
        reply = client.getNextReply() as Partial<Activity> | undefined;
    }
    return replies;
}

/** The locales every conversation test runs in: the channel's locale and the translate function for expectations. */
export const LOCALES = [
    { language: 'en', locale: undefined, t: en },
    { language: 'es', locale: 'es-US', t: es },
];

export function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A reply that opens with the given text. */
export function opening(text: string): RegExp {
    return new RegExp(`^${escapeRegExp(text)}`);
}
