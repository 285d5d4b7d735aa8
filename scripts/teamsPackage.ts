/**
 * `npm run teams:package`: builds teams/app.zip, the Microsoft Teams app package an organisation sideloads or
 * uploads to its Teams admin centre: manifest.json at the root, a 192×192 colour icon and a 32×32 outline icon. The
 * manifest comes from configuration and is validated against the Teams manifest schema that @microsoft/app-manifest
 * ships (no network); a manifest that does not pass stops the build with the schema's own messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TeamsAppManifest } from '@microsoft/app-manifest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import yazl from 'yazl';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..');
export const MANIFEST_VERSION = '1.19';
const SCHEMA_FILE = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, 'MicrosoftTeams.schema.json');

const guid = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'a GUID like 00000000-0000-0000-0000-000000000000');
const httpsUrl = z.url({ protocol: /^https$/, error: 'an https:// address' });

/** What the package is made from (the same variables as the server, plus TEAMS_*). */
const teamsPackageConfig = z.object({
    /** The Teams app's own id (a GUID you create once and keep: a new one is a different app). */
    TEAMS_APP_ID: guid,
    /** The Azure Bot's Microsoft App ID: the bot Teams talks to. */
    MicrosoftAppId: guid,
    TEAMS_APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0').default('1.0.0'),
    ORG_NAME: z.string().trim().min(1).max(30).default('Sendero'),
    PUBLIC_BASE_URL: httpsUrl,
    ORG_WEBSITE: httpsUrl.optional(),
    TERMS_URL: httpsUrl.optional(),
    TEAMS_PRIVACY_URL: httpsUrl.optional(),
    WIDGET_ACCENT_COLOR: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#1f5fa8'),
    TEAMS_COLOR_ICON: z.string().default(path.join(ROOT, 'teams', 'icons', 'color.png')),
    TEAMS_OUTLINE_ICON: z.string().default(path.join(ROOT, 'teams', 'icons', 'outline.png')),
});

export type TeamsPackageConfig = z.infer<typeof teamsPackageConfig>;

/** The variables only the package builder reads (the rest are the server's own); .env.example lists them too. */
export const TEAMS_PACKAGE_ONLY_VARIABLES = Object.keys(teamsPackageConfig.shape).filter((name) => name.startsWith('TEAMS_'));

export interface TeamsPackage {
    manifest: TeamsAppManifest;
    zipFile: string;
}

/** Thrown with every problem found: configuration, icons, or the schema's messages. */
export class TeamsPackageInvalid extends Error {
    constructor(readonly problems: string[]) {
        super(`the Teams app package was not built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
        this.name = 'TeamsPackageInvalid';
    }
}

/** Reads the configuration from an environment (empty strings count as unset, as in a copied .env.example). */
export function loadTeamsPackageConfig(env: NodeJS.ProcessEnv): TeamsPackageConfig {
    const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
    const parsed = teamsPackageConfig.safeParse(present);
    if (!parsed.success) throw new TeamsPackageInvalid(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
    return parsed.data;
}

/** The manifest for this organisation's Sendero. */
export function teamsManifest(config: TeamsPackageConfig): TeamsAppManifest {
    const base = config.PUBLIC_BASE_URL.replace(/\/+$/, '');
    const terms = config.TERMS_URL ?? `${base}/terms`;
    return {
        $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
        manifestVersion: MANIFEST_VERSION,
        version: config.TEAMS_APP_VERSION,
        id: config.TEAMS_APP_ID,
        developer: {
            name: config.ORG_NAME,
            websiteUrl: config.ORG_WEBSITE ?? base,
            privacyUrl: config.TEAMS_PRIVACY_URL ?? terms,
            termsOfUseUrl: terms,
        },
        name: { short: config.ORG_NAME, full: `${config.ORG_NAME} assistant for USCIS accounts and cases` },
        description: {
            short: 'Help with your USCIS online account and your cases.',
            full:
                'Find your USCIS online account number, create an account step by step, add a case you filed on paper, ' +
                'check a case status and be told when it changes, or reach a person at our help desk. In English, ' +
                'Spanish and six more languages. Not part of USCIS.',
        },
        icons: { color: 'color.png', outline: 'outline.png' },
        accentColor: config.WIDGET_ACCENT_COLOR,
        bots: [
            {
                botId: config.MicrosoftAppId,
                // Account and case questions are answered in a personal chat only; in a team or group chat the bot says so.
                scopes: ['personal', 'team', 'groupChat'],
                supportsFiles: false,
                isNotificationOnly: false,
                commandLists: [
                    {
                        scopes: ['personal'],
                        commands: [
                            { title: 'help', description: 'What I can do' },
                            { title: 'check my case status', description: 'The status of a case by its receipt number' },
                            { title: 'find my account number', description: 'Where to find your online account number' },
                            { title: 'talk to a person', description: 'Reach our help desk' },
                            { title: 'language', description: 'Choose your language' },
                        ],
                    },
                ],
            },
        ],
        permissions: ['identity', 'messageTeamMembers'],
        validDomains: [new URL(base).host],
    } as TeamsAppManifest;
}

/**
 * Checks a manifest against the Teams schema shipped in @microsoft/app-manifest (draft-04 JSON Schema, validated the
 * way that package's own validator does, with ajv-draft-04); the schema's messages, or [].
 */
export async function manifestProblems(manifest: TeamsAppManifest): Promise<string[]> {
    // The published schema has a regex escape ("\a") that JavaScript refuses; Microsoft's validator rewrites it so.
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8').replace(/\\a/g, '\\x07')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    if (validate(manifest)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '(manifest)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** Width and height from a PNG's IHDR chunk, or undefined for anything that is not a PNG. */
export function pngSize(file: Buffer): { width: number; height: number } | undefined {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (file.length < 24 || !file.subarray(0, 8).equals(signature) || file.toString('ascii', 12, 16) !== 'IHDR') return undefined;
    return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

function readIcon(file: string, size: number, name: string, problems: string[]): Buffer | undefined {
    if (!fs.existsSync(file)) {
        problems.push(`${name}: ${file} does not exist`);
        return undefined;
    }
    const content = fs.readFileSync(file);
    const actual = pngSize(content);
    if (!actual || actual.width !== size || actual.height !== size) problems.push(`${name}: must be a ${size}×${size} PNG (${file})`);
    return content;
}

/** Builds and validates the package; writes `<outDir>/app.zip` only when everything passes. */
export async function buildTeamsPackage(env: NodeJS.ProcessEnv, outDir = path.join(ROOT, 'teams')): Promise<TeamsPackage> {
    const config = loadTeamsPackageConfig(env);
    const manifest = teamsManifest(config);
    const problems = [...(await manifestProblems(manifest))];
    const color = readIcon(config.TEAMS_COLOR_ICON, 192, 'TEAMS_COLOR_ICON', problems);
    const outline = readIcon(config.TEAMS_OUTLINE_ICON, 32, 'TEAMS_OUTLINE_ICON', problems);
    if (problems.length > 0 || !color || !outline) throw new TeamsPackageInvalid(problems);

    fs.mkdirSync(outDir, { recursive: true });
    const zipFile = path.join(outDir, 'app.zip');
    const zip = new yazl.ZipFile();
    // A fixed date keeps the same configuration producing the same bytes.
    const mtime = new Date('2026-01-01T00:00:00Z');
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', { mtime });
    zip.addBuffer(color, 'color.png', { mtime });
    zip.addBuffer(outline, 'outline.png', { mtime });
    zip.end();
    await new Promise<void>((resolve, reject) => {
        zip.outputStream.pipe(fs.createWriteStream(zipFile)).on('close', resolve).on('error', reject);
    });
    return { manifest, zipFile };
}

if (require.main === module) {
    buildTeamsPackage(process.env).then(
        ({ zipFile }) => console.log(`wrote ${path.relative(process.cwd(), zipFile)}: upload it in Teams (Apps > Manage your apps > Upload an app)`),
        (error: Error) => {
            console.error(error.message);
            process.exitCode = 1;
        },
    );
}
