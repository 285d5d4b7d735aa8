import { z } from 'zod';

export const CASE_SERVICE_KINDS = ['sandbox', 'uscis'] as const;

const optionalText = z.string().trim().default('');

/**
 * The case services' environment variables, as a zod object SHAPE to spread into bot/config.ts's schema.
 * CASE_SERVICE: `sandbox` (embedded fixtures, the default) or `uscis` (the USCIS Case Status API; needs the three
 *   USCIS_ connection variables, see caseConfigProblems).
 * CASE_POLL_INTERVAL_MINUTES is optional here: bot/config.ts fills it with defaultPollIntervalMinutes.
 */
export const caseConfigShape = {
    CASE_SERVICE: z.enum(CASE_SERVICE_KINDS).default('sandbox'),
    // One step of the sandbox's scheduled cases (IOE0900000100…) every this many minutes since the case was first seen.
    CASE_SANDBOX_STEP_MINUTES: z.coerce.number().positive().max(1440).default(2),
    USCIS_API_BASE_URL: z.union([z.url(), z.literal('')]).default(''),
    USCIS_CLIENT_ID: optionalText,
    USCIS_CLIENT_SECRET: optionalText,
    USCIS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    // The sandbox allows 1,000 calls a day and 5 a second; production 10,000 and 10 (uscis-facts §1.1).
    USCIS_DAILY_QUOTA: z.coerce.number().int().min(1).default(1000),
    USCIS_RATE_PER_SECOND: z.coerce.number().positive().max(100).default(5),
    CASE_POLL_INTERVAL_MINUTES: z.coerce.number().positive().max(10_080).optional(),
    // 40 an hour stays under the sandbox's 1,000 a day with room for people asking.
    CASE_POLL_MAX_PER_HOUR: z.coerce.number().int().min(1).default(40),
};

/** The case variables as the rest of Sendero sees them (bot/config.ts's Config satisfies it). */
export interface CaseServiceConfig {
    NODE_ENV: string;
    CASE_SERVICE: (typeof CASE_SERVICE_KINDS)[number];
    CASE_SANDBOX_STEP_MINUTES: number;
    USCIS_API_BASE_URL: string;
    USCIS_CLIENT_ID: string;
    USCIS_CLIENT_SECRET: string;
    USCIS_TIMEOUT_MS: number;
    USCIS_DAILY_QUOTA: number;
    USCIS_RATE_PER_SECOND: number;
    CASE_POLL_INTERVAL_MINUTES: number;
    CASE_POLL_MAX_PER_HOUR: number;
}

/**
 * How often a subscribed case is checked when CASE_POLL_INTERVAL_MINUTES is unset: every minute on the sandbox (so a
 * demo sees a scheduled case's change arrive), every 4 hours on USCIS (statuses change in days; the quota is small).
 */
export function defaultPollIntervalMinutes(service: CaseServiceConfig['CASE_SERVICE']): number {
    return service === 'sandbox' ? 1 : 240;
}

/** What a case configuration leaves undone, one line per problem naming the variable; empty when usable. */
export function caseConfigProblems(config: CaseServiceConfig): string[] {
    if (config.CASE_SERVICE !== 'uscis') return [];
    const problems: string[] = [];
    const required = ['USCIS_API_BASE_URL', 'USCIS_CLIENT_ID', 'USCIS_CLIENT_SECRET'] as const;
    for (const name of required) {
        if (config[name] === '') problems.push(`${name}: required when CASE_SERVICE=uscis`);
    }
    // The client secret travels in the token request's body: never over plain HTTP to another machine.
    if (config.USCIS_API_BASE_URL !== '' && !isHttpsOrLoopback(config.USCIS_API_BASE_URL)) {
        problems.push('USCIS_API_BASE_URL: must be https:// (plain http only to 127.0.0.1 or localhost)');
    }
    return problems;
}

function isHttpsOrLoopback(url: string): boolean {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}
