import { accountScopedKey, type AccountNumberScope } from '../services/accounts/accountMessages';

/** The deploying organisation's public details: configuration, never code. */
export interface OrganizationProfile {
    name: string;
    website: string;
    helpdeskPhone: string;
    helpdeskEmail: string;
    helpdeskHours: string;
    /** Where the full terms of use are (a page of the organisation, or the one Sendero serves at /terms). */
    termsUrl: string;
    /**
     * ACCOUNT_NUMBER_SCOPE: `organization` (the default when absent) means the 12-digit number Sendero issues is the
     * organisation's own; `uscis` means this deployment issues the number USCIS forms ask for.
     */
    accountNumberScope?: AccountNumberScope;
}

/** The locale key for a text that names the account number, chosen by the organisation's scope (see accountScopedKey). */
export function scopedKey(organization: OrganizationProfile, key: string): string {
    return accountScopedKey(key, organization.accountNumberScope);
}

/** True when this deployment issues the account number that USCIS forms ask for. */
export function issuesUscisAccountNumbers(organization: OrganizationProfile): boolean {
    return organization.accountNumberScope === 'uscis';
}

/** True when the organisation has a help desk people can reach (a phone number or an email address). */
export function hasHelpDesk(organization: OrganizationProfile): boolean {
    return organization.helpdeskPhone !== '' || organization.helpdeskEmail !== '';
}

/** A link the bot sends, carrying the conversation's language (?lang=es) so the page opens in it. */
export function withLanguage(url: string, language: string): string {
    const parsed = new URL(url);
    parsed.searchParams.set('lang', language);
    return parsed.toString();
}
