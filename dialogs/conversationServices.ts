import type { AccountServices } from '../services/accounts/accountServices';
import type { ConversationReferences } from './conversationReferences';
import type { LanguagePreference } from './languagePreference';
import type { OrganizationProfile } from './organization';

/** What every dialog may use, handed down from the composition root. */
export interface ConversationServices {
    languages: LanguagePreference;
    organization: OrganizationProfile;
    /** Accounts and identity: registration, sign-in, look-up, password reset and links. */
    accounts: AccountServices;
    /** Lets a flow be continued later from outside a turn (a password set on the web page). */
    conversations: ConversationReferences;
}
