import crypto from 'node:crypto';
import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import type { TwoStepMethodRepository } from '../../store/twoStepMethodRepository';
import type { Clock } from './clock';
import type { SecretBox } from './secretBox';
import { parseOneTimeCode } from '../validators';

export const TOTP_STEP_SECONDS = 30;
/** One step either side tolerates a phone clock that is up to 30 seconds off. */
export const TOTP_WINDOW_STEPS = 1;

/** What the user needs to add the account to an authenticator app. Show it once; keep none of it in dialog state. */
export interface AuthenticatorEnrolment {
    otpauthUri: string;
    /** A PNG QR code of otpauthUri, as a data: URL. */
    qrCodeDataUrl: string;
    /** The base32 secret, for apps where the user types it instead of scanning. */
    manualEntryKey: string;
}

interface Dependencies {
    twoStepMethods: TwoStepMethodRepository;
    secretBox: SecretBox;
    /** Shown as the issuer in the app: the organisation's name. */
    issuer: string;
    now: Clock;
}

/**
 * The enrolment QR code as a PNG with one row filter (Paeth) instead of pngjs' default, which tries all five filters on
 * every row: the same 4 KB image (a QR code's rows repeat), drawn in about 60% of the time in a fresh process and half
 * once warm (`npm run bench:qr`). (The typings list no renderer options for PNG; qrcode hands them to pngjs.)
 */
const QR_IMAGE = { type: 'image/png' as const, rendererOpts: { filterType: 4 } };

/**
 * Authenticator-app (TOTP) codes for a registration or an account (ownerId): 6 digits, 30-second steps, one step of
 * clock drift either way. The secret is sealed at rest; an accepted step is remembered so a code cannot be replayed.
 */
export class TotpAuthenticator {
    constructor(private readonly deps: Dependencies) {}

    /** Creates a new secret for the owner (replacing an unverified one) and returns what the app needs. */
    async enrol(ownerId: string, accountLabel: string): Promise<AuthenticatorEnrolment> {
        const secret = authenticator.generateSecret(20);
        const sealedSecret = this.deps.secretBox.seal(secret, sealContext(ownerId));
        await this.deps.twoStepMethods.enrolAuthenticator(ownerId, sealedSecret, crypto.randomUUID());
        const otpauthUri = authenticator.keyuri(accountLabel, this.deps.issuer, secret);
        return { otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, QR_IMAGE), manualEntryKey: secret };
    }

    /** True when the code is the owner's current TOTP code (±1 step) and that step was not used before. */
    async verify(ownerId: string, code: string): Promise<boolean> {
        const method = await this.deps.twoStepMethods.find(ownerId, 'totp');
        if (!method?.sealedSecret) return false;
        // As typed on any keyboard ("١٢٣ ٤٥٦" is 123456).
        const typed = parseOneTimeCode(code);
        if (!typed.ok) return false;
        const secret = this.deps.secretBox.open(method.sealedSecret, sealContext(ownerId));
        const nowMs = this.deps.now().getTime();
        const checker = authenticator.clone({ step: TOTP_STEP_SECONDS, window: TOTP_WINDOW_STEPS, epoch: nowMs });
        const delta = checker.checkDelta(typed.value, secret);
        if (delta === null) return false;
        const step = Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS) + delta;
        // Conditional update: the same code used twice (or raced) is accepted once.
        return this.deps.twoStepMethods.acceptAuthenticatorStep(method.id, step, method.verifiedAt ?? this.deps.now());
    }

    /** True when the owner has an authenticator app that has produced at least one valid code. */
    async isVerified(ownerId: string): Promise<boolean> {
        const method = await this.deps.twoStepMethods.find(ownerId, 'totp');
        return Boolean(method?.verifiedAt && method.sealedSecret);
    }
}

function sealContext(ownerId: string): string {
    return `totp:${ownerId}`;
}
