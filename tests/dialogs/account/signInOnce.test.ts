import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { FindAccountNumberDialog } from '../../../dialogs/account/findAccountNumberDialog';
import type { SignInDialogOptions, SignInOutcome } from '../../../dialogs/account/signInDialog';
import { en, say, startDialogHarness, TEST_ORGANIZATION, texts, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, openAccountHarness, opening, type TestAccount } from './accountFixture';

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

describe.each(LOCALES)('one sign-in serves every flow that needs it ($language)', ({ language, locale, t }) => {
    const lookUp = t('findAccountNumber.topics.lookUp');

    /** Menu, "find my number", look it up, sign in by an emailed code: the number is shown. */
    async function signInThroughLookUp(): Promise<{ h: DialogHarness; account: TestAccount }> {
        const h = (harness = await openAccountHarness({ locale }));
        const account = await createTestAccount(h, `once.${language}@example.com`);
        await say(h.client, 'hi');
        await say(h.client, '1');
        expect(texts(await say(h.client, lookUp))).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        const replies = texts(await say(h.client, await h.latestCode(account.email)));
        expect(replies[0]).toBe(t('signIn.signedIn'));
        return { h, account };
    }

    /** Starts "find my number" again from the menu and asks for the look-up. */
    async function lookUpAgain(h: DialogHarness): Promise<string[]> {
        await say(h.client, '1');
        return texts(await say(h.client, lookUp));
    }

    test('a second look-up within the idle limit shows the number without asking to sign in again', async () => {
        const { h, account } = await signInThroughLookUp();
        h.clock.advanceSeconds(14 * 60);
        const replies = await lookUpAgain(h);
        expect(replies).not.toContain(t('signIn.askEmail'));
        expect(replies[0].replace(/ /g, '')).toContain(account.accountNumber);
    });

    // "Sign out" at the menu, as on a shared computer (before: "Did you want to make an account?"): the sign-in ends at
    // once.
    test('"sign out" at the menu ends the sign-in: the next look-up asks to sign in again', async () => {
        const { h } = await signInThroughLookUp();
        await say(h.client, t('findAccountNumber.topics.done'));
        const signOut = t('understanding.signOutWords', { returnObjects: true }) as unknown as string[];
        const replies = texts(await say(h.client, signOut[0]));
        expect(replies[0]).toBe(t('understanding.signedOut', { orgName: TEST_ORGANIZATION.name }));
        expect(await lookUpAgain(h)).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
    });

    test('"sign out" with no sign-in says there is none here, and where the USCIS website\'s is', async () => {
        const h = (harness = await openAccountHarness({ locale }));
        await say(h.client, 'hi');
        const signOut = t('understanding.signOutWords', { returnObjects: true }) as unknown as string[];
        expect(texts(await say(h.client, signOut[0]))[0]).toBe(t('understanding.notSignedIn', { orgName: TEST_ORGANIZATION.name }));
    });

    // "Sign out" inside a flow (before: taken as a wrong answer to the question on screen): the flow is left, the sign-in
    // ends, and the menu follows.
    test('"sign out" at a question of a flow ends the sign-in and the flow', async () => {
        const { h } = await signInThroughLookUp();
        // Signed in, at "find my number"'s first question.
        expect(texts(await say(h.client, '1'))).not.toContain(t('signIn.askEmail'));
        const signOut = t('understanding.signOutWords', { returnObjects: true }) as unknown as string[];
        const replies = texts(await say(h.client, signOut[0]));
        expect(replies[0]).toBe(t('understanding.signedOut', { orgName: TEST_ORGANIZATION.name }));
        expect(replies.at(-1)).toMatch(opening(t('menu.prompt')));
        expect(await lookUpAgain(h)).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
    });

    test('"sign out" at the sign-in\'s email question, with no sign-in: there is none here, and the menu follows', async () => {
        const h = (harness = await openAccountHarness({ locale }));
        await say(h.client, 'hi');
        await say(h.client, '1');
        expect(texts(await say(h.client, lookUp))).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
        const signOut = t('understanding.signOutWords', { returnObjects: true }) as unknown as string[];
        const replies = texts(await say(h.client, signOut[0]));
        expect(replies[0]).toBe(t('understanding.notSignedIn', { orgName: TEST_ORGANIZATION.name }));
        expect(replies.at(-1)).toMatch(opening(t('menu.prompt')));
    });

    test('after 16 idle minutes the look-up asks to sign in again', async () => {
        const { h } = await signInThroughLookUp();
        h.clock.advanceSeconds(16 * 60);
        expect(await lookUpAgain(h)).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
    });
});

/** Stands in for the sign-in: says it ran, with the options it was given, and reports "not signed in". */
class FakeSignInDialog extends Dialog<SignInDialogOptions> {
    readonly started: SignInDialogOptions[] = [];

    constructor() {
        super('fakeSignIn');
    }

    override async beginDialog(dc: DialogContext, options?: SignInDialogOptions): Promise<DialogTurnResult> {
        this.started.push(options ?? {});
        await dc.context.sendActivity('(fake sign-in)');
        return dc.endDialog({ outcome: 'cancelled' } satisfies SignInOutcome);
    }
}

test('a flow takes the sign-in it is given: a fake one is run instead of the real one', async () => {
    const fake = new FakeSignInDialog();
    harness = await startDialogHarness({ flows: (services) => ({ findAccountNumber: new FindAccountNumberDialog(services, { signIn: fake }) }) });
    await say(harness.client, 'hi');
    await say(harness.client, '1');
    const replies = texts(await say(harness.client, en('findAccountNumber.topics.lookUp')));
    expect(replies).toEqual(['(fake sign-in)', expect.stringMatching(opening(en('menu.again')))]);
    expect(fake.started).toEqual([{ introKey: 'findAccountNumber.lookup.signInIntro' }]);
});
