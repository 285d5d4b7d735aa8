/** The deploying organisation's public details: configuration, never code. */
export interface OrganizationProfile {
    name: string;
    website: string;
    helpdeskPhone: string;
    helpdeskEmail: string;
    helpdeskHours: string;
    /** Where the full terms of use are (a page of the organisation, or the one Sendero serves at /terms). */
    termsUrl: string;
}
