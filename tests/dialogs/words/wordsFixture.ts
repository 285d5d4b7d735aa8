import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
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
            const flows = buildAccountFlows(services);
            return { findAccountNumber: flows.findAccountNumber, createAccount: flows.chooseAccount, recoverAccess: flows.recoverAccess };
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
