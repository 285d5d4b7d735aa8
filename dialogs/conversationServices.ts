import type { LanguagePreference } from './languagePreference';
import type { OrganizationProfile } from './organization';

/** What every dialog may use, handed down from the composition root. */
export interface ConversationServices {
    languages: LanguagePreference;
    organization: OrganizationProfile;
}
