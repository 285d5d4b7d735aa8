import { ChooseAccountDialog } from '../../../dialogs/account/chooseAccountDialog';
import { CreateAccountDialog } from '../../../dialogs/account/createAccountDialog';
import { FindAccountNumberDialog } from '../../../dialogs/account/findAccountNumberDialog';
import { RecoverAccessDialog } from '../../../dialogs/account/recoverAccessDialog';
import { UscisAccountGuideDialog } from '../../../dialogs/account/uscisAccountGuideDialog';
import type { ConversationServices } from '../../../dialogs/conversationServices';
import type { OrganizationProfile } from '../../../dialogs/organization';
import { startDialogHarness, type DialogHarness } from '../../support/dialogHarness';

/**
 * The main dialog with the real account flows, wired as bot/app.ts wires them (menu 1: find my number, 2: create an
 * account with its "which account?" question, 6: I can't sign in), for an organisation changed by `organization`.
 */
export function openWordsHarness(options: { locale?: string; organization?: Partial<OrganizationProfile> } = {}): Promise<DialogHarness> {
    return startDialogHarness({
        locale: options.locale,
        flows: (base) => {
            const services: ConversationServices = { ...base, organization: { ...base.organization, ...options.organization } };
            return {
                findAccountNumber: new FindAccountNumberDialog(services),
                createAccount: new ChooseAccountDialog(services, { uscis: new UscisAccountGuideDialog(services), organization: new CreateAccountDialog(services) }),
                recoverAccess: new RecoverAccessDialog(services),
            };
        },
    });
}

/** Every test file here opens one harness per test. */
export function harnessPerTest(): (options?: Parameters<typeof openWordsHarness>[0]) => Promise<DialogHarness> {
    let current: DialogHarness | undefined;
    afterEach(async () => {
        await current?.dispose();
        current = undefined;
    });
    return async (options) => {
        current = await openWordsHarness(options);
        return current;
    };
}
