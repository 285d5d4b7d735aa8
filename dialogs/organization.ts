/** The deploying organisation's public details: configuration, never code. */
export interface OrganizationProfile {
    name: string;
    website: string;
    helpdeskPhone: string;
    helpdeskEmail: string;
    helpdeskHours: string;
}
