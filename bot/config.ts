import { z } from 'zod';
import { accountConfigShape, productionAccountProblems } from '../services/accounts/accountConfig';
import { caseConfigProblems, caseConfigShape, defaultPollIntervalMinutes } from '../services/cases/caseConfig';
import { ACCOUNT_NUMBER_SCOPES } from '../services/accounts/accountMessages';
import { notificationConfigProblems, notificationConfigShape, productionNotificationProblems } from '../services/notifications/notificationConfig';
import { databaseUrlSchema } from '../store/databaseUrl';
import { helpDeskHoursProblem } from '../services/handoff/helpDeskHours';

const optionalText = z.string().trim().default('');

/** The whole environment Sendero reads, checked once at start-up. Every variable is listed in .env.example. */
const configObject = z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    PUBLIC_BASE_URL: z.url().optional(),
    // file:<path> (embedded SQLite) or postgresql://... (PostgreSQL); read by store/databaseUrl.ts, the one parser.
    DATABASE_URL: databaseUrlSchema.default('file:./data/sendero.db'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Bearer token for GET /metrics. Production without it: /metrics answers 404. Elsewhere: open to this machine.
    METRICS_TOKEN: z.string().trim().min(16, 'at least 16 characters (openssl rand -hex 32)').optional(),
    // Any language with a folder under locales/; checked against the folders at start-up.
    DEFAULT_LOCALE: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en or es').default('en'),
    // Case status: the embedded sandbox (default) or the USCIS Case Status API, and how subscribed cases are polled.
    ...caseConfigShape,

    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
    MicrosoftAppTenantId: optionalText,

    // Web Chat refreshes its token every 15 minutes, so a token must outlive that comfortably.
    DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1200).max(86400).default(3600),
    DIRECTLINE_RETENTION_HOURS: z.coerce.number().positive().default(24),
    // A refresh keeps its chain's start: no token of a chain outlives its first one by more than this.
    DIRECTLINE_TOKEN_MAX_LIFETIME_HOURS: z.coerce.number().min(1).max(720).default(24),
    // Per client address; a page takes one token per visit, so these are far above any real use, even behind a NAT.
    DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    DIRECTLINE_CONVERSATIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(300),
    // Reverse proxies in front of Sendero that append X-Forwarded-For; 0 = the socket address is the client's.
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
    MAX_MESSAGE_CHARS: z.coerce.number().int().min(100).default(5000),
    // SMS straight from Twilio (POST /api/sms, signed with TWILIO_AUTH_TOKEN): how long the webhook waits for the
    // turn's replies (Twilio gives up at 15 s), and how many texts one number may send per hour before it is ignored.
    SMS_REPLY_WINDOW_MS: z.coerce.number().int().min(100).max(14000).default(10000),
    SMS_INBOUND_PER_NUMBER_PER_HOUR: z.coerce.number().int().min(1).max(10000).default(60),

    ORG_NAME: z.string().trim().min(1).default('Sendero'),
    ORG_WEBSITE: optionalText,
    HELPDESK_PHONE: optionalText,
    HELPDESK_EMAIL: optionalText,
    HELPDESK_HOURS: optionalText,
    // The live help desk (agent console at /agent; live once `npm run agent:add` has created an agent): when people
    // answer, in the desk's time zone, minus holidays (local dates); outside them users may leave a message.
    HELPDESK_SCHEDULE: z.string().trim().default('Mon-Fri 08:00-20:00'),
    HELPDESK_TIMEZONE: z.string().trim().default('America/New_York'),
    HELPDESK_HOLIDAYS: optionalText,
    // Channel ids wired to a contact-centre hub: handoff.initiate / handoff.status instead of the console.
    HANDOFF_HUB_CHANNELS: optionalText,
    // Every ticket event POSTed here, signed (HMAC-SHA256) with the secret; empty = no webhook.
    HANDOFF_WEBHOOK_URL: z.union([z.url(), z.literal('')]).default(''),
    HANDOFF_WEBHOOK_SECRET: optionalText,
    // The organisation's own terms of use; default: the page Sendero serves at /terms from the locale files.
    TERMS_URL: z.union([z.url(), z.literal('')]).default(''),
    WIDGET_ACCENT_COLOR: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f5fa8')
        .default('#1f5fa8'),
    // Branding of the widget and of embed.js (a host page's data- attributes may override them for its own visitors).
    WIDGET_LOGO_URL: z.union([z.url({ protocol: /^https$/ }), z.string().regex(/^\/[^/]/, 'an https:// URL or a path on this server'), z.literal('')]).default(''),
    WIDGET_WELCOME: z.string().trim().max(200).default(''),
    // Sites allowed to frame the chat panel that embed.js opens (space-separated origins); * = any site.
    WIDGET_EMBED_ORIGINS: z
        .string()
        .trim()
        .regex(/^(\*|(https?:\/\/[A-Za-z0-9.\-:[\]*]+)(\s+https?:\/\/[A-Za-z0-9.\-:[\]*]+)*)$/, 'origins like https://example.org, space-separated, or *')
        .default('*'),

    // Outbound email (SMTP) and SMS (Twilio); unset = the development outbox.
    ...notificationConfigShape,

    // Seals authenticator-app secrets at rest; required in production, a key file beside the database elsewhere.
    ...accountConfigShape,
    // Whose number the 12-digit account number is: the organisation's own (default) or the one USCIS forms ask for.
    ACCOUNT_NUMBER_SCOPE: z.enum(ACCOUNT_NUMBER_SCOPES).default('organization'),
    // Steps that could reveal whether an email has an account all take at least this long.
    ACCOUNT_RESPONSE_FLOOR_MS: z.coerce.number().int().min(0).max(5000).default(400),
});

/** Every variable name Sendero reads (documented in .env.example). */
export const CONFIG_VARIABLES = Object.keys(configObject.shape);

export const configSchema = configObject.transform((env) => ({
    ...env,
    PUBLIC_BASE_URL: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    CASE_POLL_INTERVAL_MINUTES: env.CASE_POLL_INTERVAL_MINUTES ?? defaultPollIntervalMinutes(env.CASE_SERVICE),
}));

export type { CaseServiceConfig } from '../services/cases/caseConfig';

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment does not describe a runnable Sendero; the message names every bad variable. */
export class ConfigError extends Error {
    constructor(readonly problems: string[]) {
        super(`Sendero cannot start, the configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.name = 'ConfigError';
    }
}

/** Reads the configuration from an environment (empty strings count as unset, as in a copied .env.example). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
    const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
    const parsed = configSchema.safeParse(present);
    if (!parsed.success) {
        throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
    }
    const problems = [
        ...(parsed.data.NODE_ENV === 'production' ? productionProblems(parsed.data, present) : notificationConfigProblems(parsed.data)),
        ...caseConfigProblems(parsed.data),
        ...handoffConfigProblems(parsed.data),
    ];
    if (problems.length > 0) throw new ConfigError(problems);
    return parsed.data;
}

/** The help desk's hours must parse, and a webhook needs a secret long enough to sign with. */
function handoffConfigProblems(config: Config): string[] {
    const problems: string[] = [];
    const hours = helpDeskHoursProblem({ schedule: config.HELPDESK_SCHEDULE, timeZone: config.HELPDESK_TIMEZONE, holidays: config.HELPDESK_HOLIDAYS });
    if (hours) problems.push(hours);
    if (config.HANDOFF_WEBHOOK_URL && config.HANDOFF_WEBHOOK_SECRET.length < 16) {
        problems.push('HANDOFF_WEBHOOK_SECRET: required with HANDOFF_WEBHOOK_URL, at least 16 characters (openssl rand -hex 32)');
    }
    return problems;
}

/**
 * What production needs beyond well-formed values: real senders (no dev outbox, which keeps codes in plain text), the
 * full hash cost, a SECRETS_KEY (a made-up key would lose every sealed secret and queued message on the next deploy)
 * and the public origin the links in messages point at (the localhost default reaches no one).
 */
function productionProblems(config: Config, present: Record<string, unknown>): string[] {
    const problems = [...productionNotificationProblems(config), ...productionAccountProblems(config)];
    if (!config.SECRETS_KEY) problems.push('SECRETS_KEY: required in production (base64 of 32 bytes: openssl rand -base64 32)');
    if (present.PUBLIC_BASE_URL === undefined) problems.push('PUBLIC_BASE_URL: required in production (the https:// origin users reach)');
    return problems;
}
