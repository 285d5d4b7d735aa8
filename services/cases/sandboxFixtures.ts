import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable, type CaseServiceError } from './caseErrors';
import type { ServiceText, StatusBucket } from './caseService';
import { bucketFor, knownStatusTitle } from './statusBuckets';

/**
 * The embedded sandbox's cases (CASE_SERVICE=sandbox). Four kinds, all in the real 13-character format so the
 * validators run unchanged (README "Case status sandbox" lists them for demos):
 * - the USCIS sandbox's staging receipts (uscis-facts §1.4), with or without history exactly as listed there. Only
 *   EAC9999103403 (approved I-130) and EAC9999103400 (received I-765, no history) follow documented samples (§1.5);
 *   what the others say is ours, chosen so the staging list covers every status bucket;
 * - IOE receipts with an Online Access Code (synthetic format: see parseOnlineAccessCode), good for 90 days and once;
 * - reserved receipts that force each error class;
 * - scheduled cases that move one step every CASE_SANDBOX_STEP_MINUTES from when they are first seen.
 * Any other well-formed receipt is not recognized (CaseNotRecognized), as the real sandbox answers 404.
 *
 * Titles come from statusBuckets.ts; their Spanish text is mostly OUR DRAFT (see there). Descriptions are written in
 * USCIS's style; a few carry an HTML link as the real API's do, and the service turns them into plain text.
 */

/** An access code works this many days after it was issued (uscis-facts §2.4). */
export const ACCESS_CODE_VALID_DAYS = 90;

export interface SandboxAccessCode {
    /** Uppercase letters and digits, as parseOnlineAccessCode returns it. */
    code: string;
    /** Issued this many days before the sandbox first saw the case: over ACCESS_CODE_VALID_DAYS = already expired. */
    issuedDaysBeforeFirstSeen: number;
    /** Someone (an attorney, a relative) used it before: the "already used" path without a first redemption. */
    usedBeforeFirstSeen?: boolean;
}

export interface SandboxStep {
    /** The English title, one of KNOWN_STATUS_TITLES. */
    title: string;
    date: Date;
}

/** A case whose status stays put. */
export interface StaticSandboxCase {
    kind: 'static';
    receiptNumber: string;
    formType?: string;
    /** Oldest first; the last is the current status. */
    steps: SandboxStep[];
    /** False = the service sends `hist_case_status: null`, so the history is empty. */
    withHistory: boolean;
    /** Absent on IOE cases, as the real API leaves submittedDate/modifiedDate out for them. */
    submittedAt?: Date;
    modifiedAt?: Date;
    /** False = English only (the service sends no Spanish text), so callers can show their own translation. */
    spanish: boolean;
    accessCode?: SandboxAccessCode;
}

/** A case that moves through `titles`, one step every CASE_SANDBOX_STEP_MINUTES since first seen (or by advance()). */
export interface ScheduledSandboxCase {
    kind: 'scheduled';
    receiptNumber: string;
    formType: string;
    titles: string[];
    /** An IOE case filed on paper can be added with its code, then seen to move (the full demo path). */
    accessCode?: SandboxAccessCode;
}

export type SandboxCase = StaticSandboxCase | ScheduledSandboxCase;

// ---------------------------------------------------------------------------------------------------------------
// Descriptions

const FORM_NAMES: Record<string, ServiceText & { es: string }> = {
    'I-90': { en: 'Application to Replace Permanent Resident Card', es: 'Solicitud para Reemplazar la Tarjeta de Residente Permanente' },
    'I-129': { en: 'Petition for a Nonimmigrant Worker', es: 'Petición de Trabajador No Inmigrante' },
    'I-129F': { en: 'Petition for Alien Fiancé(e)', es: 'Petición de Prometido(a) Extranjero(a)' },
    'I-130': { en: 'Petition for Alien Relative', es: 'Petición de Familiar Extranjero' },
    'I-131': { en: 'Application for Travel Document', es: 'Solicitud de Documento de Viaje' },
    'I-140': { en: 'Immigrant Petition for Alien Worker', es: 'Petición de Inmigrante para Trabajador Extranjero' },
    'I-485': {
        en: 'Application to Register Permanent Residence or Adjust Status',
        es: 'Solicitud de Registro de Residencia Permanente o Ajuste de Estatus',
    },
    'I-539': { en: 'Application To Extend/Change Nonimmigrant Status', es: 'Solicitud para Extender/Cambiar el Estatus de No Inmigrante' },
    'I-751': { en: 'Petition to Remove Conditions on Residence', es: 'Petición para Cancelar las Condiciones de Residencia' },
    'I-765': { en: 'Application for Employment Authorization', es: 'Solicitud de Autorización de Empleo' },
    'I-821D': {
        en: 'Consideration of Deferred Action for Childhood Arrivals',
        es: 'Consideración de Acción Diferida para los Llegados en la Infancia',
    },
    'N-400': { en: 'Application for Naturalization', es: 'Solicitud de Naturalización' },
};

const ADDRESS_CHANGE_EN =
    'If you move, go to <a href="https://www.uscis.gov/addresschange" target="_blank">www.uscis.gov/addresschange</a> to give us your new mailing address.';
const ADDRESS_CHANGE_ES =
    'Si se muda, visite <a href="https://www.uscis.gov/addresschange" target="_blank">www.uscis.gov/addresschange</a> para darnos su nueva dirección postal.';

interface DescriptionParts {
    date: string;
    /** "Form I-130, Petition for Alien Relative" / "Formulario I-130, Petición de Familiar Extranjero" */
    form: string;
    receipt: string;
    title: string;
}
type Describe = (parts: DescriptionParts) => string;

/** Wording for one title, or for every title of a bucket that has no wording of its own. */
const DESCRIPTIONS: Record<string, { en: Describe; es: Describe }> = {
    received: {
        en: (p) =>
            `On ${p.date}, we received your ${p.form}, Receipt Number ${p.receipt}, and sent you the receipt notice that describes how we will process your case. Please follow the instructions in the notice. ${ADDRESS_CHANGE_EN}`,
        es: (p) =>
            `El ${p.date}, recibimos su ${p.form}, Número de Recibo ${p.receipt}, y le enviamos el aviso de recibo que describe cómo procesaremos su caso. Siga las instrucciones del aviso. ${ADDRESS_CHANGE_ES}`,
    },
    'fingerprint fee was received': {
        en: (p) =>
            `On ${p.date}, we received your biometrics fee for your ${p.form}, Receipt Number ${p.receipt}. We will mail you a notice with the date, time and place of your biometrics appointment.`,
        es: (p) =>
            `El ${p.date}, recibimos el pago de datos biométricos de su ${p.form}, Número de Recibo ${p.receipt}. Le enviaremos por correo un aviso con la fecha, la hora y el lugar de su cita de datos biométricos.`,
    },
    'fingerprint and biometrics appointment was scheduled': {
        en: (p) =>
            `As of ${p.date}, we scheduled your biometrics appointment for your ${p.form}, Receipt Number ${p.receipt}. We sent you a biometrics appointment notice with the date, time and location. Please follow the instructions in the notice. ${ADDRESS_CHANGE_EN}`,
        es: (p) =>
            `Al ${p.date}, programamos su cita de datos biométricos para su ${p.form}, Número de Recibo ${p.receipt}. Le enviamos un aviso de cita con la fecha, la hora y el lugar. Siga las instrucciones del aviso. ${ADDRESS_CHANGE_ES}`,
    },
    biometrics: {
        en: (p) =>
            `As of ${p.date}, fingerprints relating to your ${p.form}, Receipt Number ${p.receipt}, have been applied to your case. ${ADDRESS_CHANGE_EN}`,
        es: (p) =>
            `Al ${p.date}, las huellas digitales relacionadas con su ${p.form}, Número de Recibo ${p.receipt}, se aplicaron a su caso. ${ADDRESS_CHANGE_ES}`,
    },
    review: {
        en: (p) =>
            `As of ${p.date}, we are actively reviewing your ${p.form}, Receipt Number ${p.receipt}. Our records show nothing is outstanding at this time. We will let you know if we need anything from you.`,
        es: (p) =>
            `Al ${p.date}, estamos revisando activamente su ${p.form}, Número de Recibo ${p.receipt}. Nuestros registros muestran que no hay nada pendiente por ahora. Le avisaremos si necesitamos algo de usted.`,
    },
    'case remains pending': {
        en: (p) => `As of ${p.date}, your ${p.form}, Receipt Number ${p.receipt}, is still pending. We will mail you a decision or a notice if we need something from you.`,
        es: (p) => `Al ${p.date}, su ${p.form}, Número de Recibo ${p.receipt}, sigue pendiente. Le enviaremos por correo una decisión o un aviso si necesitamos algo de usted.`,
    },
    "response to uscis' request for evidence was received": {
        en: (p) =>
            `On ${p.date}, we received your response to our Request for Evidence for your ${p.form}, Receipt Number ${p.receipt}. USCIS has begun working on your case again. We will mail you a decision or a notice if we need something from you.`,
        es: (p) =>
            `El ${p.date}, recibimos su respuesta a nuestra Solicitud de Evidencia para su ${p.form}, Número de Recibo ${p.receipt}. USCIS volvió a trabajar en su caso. Le enviaremos por correo una decisión o un aviso si necesitamos algo de usted.`,
    },
    'case was transferred and a new office has jurisdiction': {
        en: (p) =>
            `On ${p.date}, we transferred your ${p.form}, Receipt Number ${p.receipt}, to another USCIS office, which now has jurisdiction over your case. We sent you a notice that names the office. Please follow the instructions in the notice.`,
        es: (p) =>
            `El ${p.date}, transferimos su ${p.form}, Número de Recibo ${p.receipt}, a otra oficina de USCIS, que ahora tiene jurisdicción sobre su caso. Le enviamos un aviso con el nombre de la oficina. Siga las instrucciones del aviso.`,
    },
    actionNeeded: {
        en: (p) =>
            `On ${p.date}, we sent a request for evidence for your ${p.form}, Receipt Number ${p.receipt}. The request tells you what we need and the deadline to respond. Please follow the instructions in the request and respond by the deadline.`,
        es: (p) =>
            `El ${p.date}, enviamos una solicitud de evidencia para su ${p.form}, Número de Recibo ${p.receipt}. La solicitud indica lo que necesitamos y la fecha límite para responder. Siga las instrucciones de la solicitud y responda antes de la fecha límite.`,
    },
    'notice of intent to deny was sent': {
        en: (p) =>
            `On ${p.date}, we sent you a notice explaining that we intend to deny your ${p.form}, Receipt Number ${p.receipt}. The notice explains why and how long you have to respond. Please follow the instructions in the notice.`,
        es: (p) =>
            `El ${p.date}, le enviamos un aviso que explica que tenemos la intención de denegar su ${p.form}, Número de Recibo ${p.receipt}. El aviso explica por qué y cuánto tiempo tiene para responder. Siga las instrucciones del aviso.`,
    },
    'case is ready to be scheduled for an interview': {
        en: (p) => `As of ${p.date}, we are ready to schedule an interview for your ${p.form}, Receipt Number ${p.receipt}. We will mail you an interview notice.`,
        es: (p) => `Al ${p.date}, estamos listos para programar una entrevista para su ${p.form}, Número de Recibo ${p.receipt}. Le enviaremos por correo un aviso de entrevista.`,
    },
    'interview was completed and my case must be reviewed': {
        en: (p) =>
            `On ${p.date}, we interviewed you about your ${p.form}, Receipt Number ${p.receipt}, and your case must be reviewed further. We will mail you a decision or a notice if we need something from you.`,
        es: (p) =>
            `El ${p.date}, realizamos la entrevista de su ${p.form}, Número de Recibo ${p.receipt}, y su caso debe revisarse más. Le enviaremos por correo una decisión o un aviso si necesitamos algo de usted.`,
    },
    interview: {
        en: (p) =>
            `On ${p.date}, we scheduled an interview for your ${p.form}, Receipt Number ${p.receipt}. We sent you an interview notice with the date, time and place. Please follow the instructions in the notice.`,
        es: (p) =>
            `El ${p.date}, programamos una entrevista para su ${p.form}, Número de Recibo ${p.receipt}. Le enviamos un aviso de entrevista con la fecha, la hora y el lugar. Siga las instrucciones del aviso.`,
    },
    approved: {
        en: (p) =>
            `On ${p.date}, we approved your ${p.form}, Receipt Number ${p.receipt}. We sent you an approval notice. Please follow the instructions in the notice.`,
        es: (p) =>
            `El ${p.date}, aprobamos su ${p.form}, Número de Recibo ${p.receipt}. Le enviamos un aviso de aprobación. Siga las instrucciones del aviso.`,
    },
    sentToState: {
        en: (p) =>
            `On ${p.date}, we sent your approved ${p.form}, Receipt Number ${p.receipt}, to the U.S. Department of State National Visa Center (NVC). NVC will contact you about the next steps.`,
        es: (p) =>
            `El ${p.date}, enviamos su ${p.form} aprobado, Número de Recibo ${p.receipt}, al Centro Nacional de Visas (NVC) del Departamento de Estado de los EE. UU. El NVC se comunicará con usted sobre los próximos pasos.`,
    },
    cardProduced: {
        en: (p) =>
            `On ${p.date}, we ordered your new card for Receipt Number ${p.receipt}, and will mail it to the address you gave us. ${ADDRESS_CHANGE_EN}`,
        es: (p) =>
            `El ${p.date}, ordenamos su nueva tarjeta para el Número de Recibo ${p.receipt} y se la enviaremos por correo a la dirección que nos dio. ${ADDRESS_CHANGE_ES}`,
    },
    'card was picked up by the united states postal service': {
        en: (p) =>
            `On ${p.date}, the United States Postal Service picked up mail containing your new card for Receipt Number ${p.receipt}. The Post Office should deliver it within a few days.`,
        es: (p) =>
            `El ${p.date}, el Servicio Postal de los Estados Unidos recogió el correo con su nueva tarjeta para el Número de Recibo ${p.receipt}. El correo debería entregarla en unos días.`,
    },
    cardMailed: {
        en: (p) =>
            `On ${p.date}, we mailed your new card for Receipt Number ${p.receipt} to the address you gave us. If you do not receive your card within 30 days, please contact us.`,
        es: (p) =>
            `El ${p.date}, le enviamos por correo su nueva tarjeta para el Número de Recibo ${p.receipt} a la dirección que nos dio. Si no recibe su tarjeta en 30 días, comuníquese con nosotros.`,
    },
    cardDelivered: {
        en: (p) => `On ${p.date}, the Post Office delivered your new card for Receipt Number ${p.receipt} to the address you gave us.`,
        es: (p) => `El ${p.date}, el correo entregó su nueva tarjeta para el Número de Recibo ${p.receipt} en la dirección que nos dio.`,
    },
    problem: {
        en: (p) =>
            `On ${p.date}, the Post Office returned mail about Receipt Number ${p.receipt} to us because it could not be delivered. ${ADDRESS_CHANGE_EN}`,
        es: (p) =>
            `El ${p.date}, el correo nos devolvió correspondencia sobre el Número de Recibo ${p.receipt} porque no pudo entregarla. ${ADDRESS_CHANGE_ES}`,
    },
    denied: {
        en: (p) =>
            `On ${p.date}, we denied your ${p.form}, Receipt Number ${p.receipt}. We sent you a decision notice that explains why and what you can do next. Please follow the instructions in the notice.`,
        es: (p) =>
            `El ${p.date}, denegamos su ${p.form}, Número de Recibo ${p.receipt}. Le enviamos un aviso de decisión que explica por qué y qué puede hacer ahora. Siga las instrucciones del aviso.`,
    },
    rejected: {
        en: (p) =>
            `On ${p.date}, we rejected your ${p.form}, Receipt Number ${p.receipt}, and returned it to you with a notice that explains why. Please follow the instructions in the notice.`,
        es: (p) =>
            `El ${p.date}, rechazamos su ${p.form}, Número de Recibo ${p.receipt}, y se lo devolvimos con un aviso que explica por qué. Siga las instrucciones del aviso.`,
    },
    withdrawn: {
        en: (p) =>
            `On ${p.date}, we received your request to withdraw your ${p.form}, Receipt Number ${p.receipt}, and sent you a notice confirming the withdrawal.`,
        es: (p) =>
            `El ${p.date}, recibimos su solicitud para retirar su ${p.form}, Número de Recibo ${p.receipt}, y le enviamos un aviso que confirma el retiro.`,
    },
    other: {
        en: (p) => `On ${p.date}, we updated your ${p.form}, Receipt Number ${p.receipt}: ${p.title}. If you need to do anything, we will mail you a notice.`,
        es: (p) => `El ${p.date}, actualizamos su ${p.form}, Número de Recibo ${p.receipt}: ${p.title}. Si necesita hacer algo, le enviaremos un aviso por correo.`,
    },
};

const longDate = {
    en: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
    es: new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** The English and Spanish title of a status (Spanish left out when `spanish` is false). */
export function sandboxTitle(titleEn: string, spanish = true): ServiceText {
    const known = knownStatusTitle(titleEn);
    return spanish && known ? { en: known.en, es: known.es } : { en: known?.en ?? titleEn };
}

/** The description USCIS would send with a status, in its style; may hold HTML (the service strips it). */
export function sandboxDescription(
    step: SandboxStep,
    context: { receiptNumber: string; formType?: string; spanish: boolean },
): ServiceText {
    const known = knownStatusTitle(step.title);
    const bucket: StatusBucket = bucketFor(step.title);
    const wording = DESCRIPTIONS[(known?.en ?? step.title).toLowerCase()] ?? DESCRIPTIONS[bucket] ?? DESCRIPTIONS.other;
    const formName = context.formType ? FORM_NAMES[context.formType] : undefined;
    const en = wording.en({
        date: longDate.en.format(step.date),
        form: context.formType ? `Form ${context.formType}${formName ? `, ${formName.en}` : ''}` : 'case',
        receipt: context.receiptNumber,
        title: known?.en ?? step.title,
    });
    if (!context.spanish) return { en };
    const es = wording.es({
        date: longDate.es.format(step.date),
        form: context.formType ? `Formulario ${context.formType}${formName ? `, ${formName.es}` : ''}` : 'caso',
        receipt: context.receiptNumber,
        title: known?.es ?? step.title,
    });
    return { en, es };
}

// ---------------------------------------------------------------------------------------------------------------
// Staging receipts (uscis-facts §1.4)

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date at noon UTC, so no time zone moves it to another day. */
function day(isoDate: string): Date {
    return new Date(`${isoDate}T12:00:00Z`);
}

/** Steps `gapDays` apart from `start`. */
function path(start: string, gapDays: number, titles: string[]): SandboxStep[] {
    const first = day(start).getTime();
    return titles.map((title, index) => ({ title, date: new Date(first + index * gapDays * DAY_MS) }));
}

function staging(
    receiptNumber: string,
    formType: string,
    withHistory: boolean,
    steps: SandboxStep[],
    dates?: { submittedAt: Date; modifiedAt: Date },
): StaticSandboxCase {
    return {
        kind: 'static',
        receiptNumber,
        formType,
        steps,
        withHistory,
        submittedAt: dates?.submittedAt ?? steps[0].date,
        modifiedAt: dates?.modifiedAt ?? steps[steps.length - 1].date,
        spanish: true,
    };
}

const RECEIVED = 'Case Was Received';
const BIOMETRICS_SCHEDULED = 'Fingerprint and Biometrics Appointment Was Scheduled';
const FINGERPRINTS_TAKEN = 'Case Was Updated To Show Fingerprints Were Taken';
const ACTIVE_REVIEW = 'Case Is Being Actively Reviewed By USCIS';
const APPROVED = 'Case Was Approved';
const CARD_PRODUCED = 'New Card Is Being Produced';
const CARD_MAILED = 'Card Was Mailed To Me';
const CARD_DELIVERED = 'Card Was Delivered To Me By The Post Office';
const ADDITIONAL_EVIDENCE = 'Request for Additional Evidence Was Sent';
const EVIDENCE_RECEIVED = "Response To USCIS' Request For Evidence Was Received";
const INTERVIEW_SCHEDULED = 'Interview Was Scheduled';
const INTERVIEW_COMPLETED = 'Interview Was Completed And My Case Must Be Reviewed';
const READY_FOR_INTERVIEW = 'Case is Ready to Be Scheduled for An Interview';

/** "MM-DD-YYYY HH:mm:ss" as the API writes it, read as UTC. */
function apiDate(text: string): Date {
    const [month, dayOfMonth, year, hour, minute, second] = text.split(/[-: ]/).map(Number);
    return new Date(Date.UTC(year, month - 1, dayOfMonth, hour, minute, second));
}

/** The staging receipts that answer with a history. */
const STAGING_WITH_HISTORY: StaticSandboxCase[] = [
    // The documented sample (uscis-facts §1.5), dates included.
    staging(
        'EAC9999103403',
        'I-130',
        true,
        [
            { title: RECEIVED, date: apiDate('03-20-2023 00:00:00') },
            { title: APPROVED, date: apiDate('09-05-2023 00:00:00') },
        ],
        { submittedAt: apiDate('09-05-2023 14:28:46'), modifiedAt: apiDate('09-05-2023 14:28:46') },
    ),
    staging('EAC9999103404', 'I-485', true, path('2023-01-09', 40, [RECEIVED, BIOMETRICS_SCHEDULED, FINGERPRINTS_TAKEN, ACTIVE_REVIEW, APPROVED, CARD_PRODUCED, CARD_MAILED, CARD_DELIVERED])),
    staging('EAC9999103405', 'I-765', true, path('2023-11-02', 50, [RECEIVED, ACTIVE_REVIEW, APPROVED, CARD_PRODUCED])),
    staging('EAC9999103410', 'N-400', true, path('2023-06-14', 45, [RECEIVED, BIOMETRICS_SCHEDULED, FINGERPRINTS_TAKEN, READY_FOR_INTERVIEW, INTERVIEW_SCHEDULED])),
    staging('EAC9999103411', 'I-130', true, path('2023-08-21', 120, [RECEIVED, ADDITIONAL_EVIDENCE])),
    staging('EAC9999103416', 'I-485', true, path('2022-10-03', 90, [RECEIVED, FINGERPRINTS_TAKEN, INTERVIEW_COMPLETED, 'Case Was Denied'])),
    staging('EAC9999103419', 'I-90', true, path('2023-04-17', 60, [RECEIVED, FINGERPRINTS_TAKEN, APPROVED, CARD_PRODUCED, CARD_MAILED])),
    staging('LIN9999106498', 'I-140', true, path('2023-09-11', 75, [RECEIVED, ACTIVE_REVIEW])),
    staging('LIN9999106499', 'I-129', true, path('2024-02-05', 20, [RECEIVED, 'Request for Initial Evidence Was Sent', EVIDENCE_RECEIVED, APPROVED])),
    staging('LIN9999106504', 'I-485', true, path('2023-03-27', 70, [RECEIVED, FINGERPRINTS_TAKEN, 'Case Was Transferred And A New Office Has Jurisdiction'])),
    staging('LIN9999106505', 'I-765', true, path('2023-12-04', 30, [RECEIVED, APPROVED, CARD_PRODUCED, CARD_MAILED, 'Card Was Returned To USCIS'])),
    staging('LIN9999106506', 'I-539', true, path('2024-01-22', 35, [RECEIVED, 'Withdrawal Acknowledgement Notice Was Sent'])),
    staging('SRC9999102777', 'N-400', true, path('2023-05-08', 50, [RECEIVED, FINGERPRINTS_TAKEN, INTERVIEW_SCHEDULED, INTERVIEW_COMPLETED])),
    staging('SRC9999102778', 'I-751', true, path('2024-03-18', 25, [RECEIVED, BIOMETRICS_SCHEDULED])),
    staging('SRC9999102779', 'I-485', true, path('2023-02-13', 95, [RECEIVED, FINGERPRINTS_TAKEN, 'Notice of Intent to Deny Was Sent'])),
    staging('SRC9999102780', 'I-821D', true, path('2023-10-16', 40, [RECEIVED, FINGERPRINTS_TAKEN, APPROVED, CARD_PRODUCED, 'Card Was Picked Up By The United States Postal Service'])),
    staging('SRC9999102781', 'I-130', true, path('2022-07-25', 150, [RECEIVED, 'Case Was Denied', 'Case Was Reopened'])),
    staging('SRC9999102782', 'I-765', true, path('2024-04-01', 12, [RECEIVED, 'Case Was Rejected Because I Did Not Sign My Form'])),
    staging('SRC9999102783', 'I-131', true, path('2023-07-10', 65, [RECEIVED, FINGERPRINTS_TAKEN, 'Advance Parole Document Was Produced'])),
    staging('SRC9999102784', 'I-90', true, path('2023-01-30', 45, [RECEIVED, BIOMETRICS_SCHEDULED, FINGERPRINTS_TAKEN, CARD_PRODUCED, CARD_MAILED, CARD_DELIVERED])),
    staging('SRC9999102785', 'I-485', true, path('2023-04-03', 80, [RECEIVED, FINGERPRINTS_TAKEN, ADDITIONAL_EVIDENCE, EVIDENCE_RECEIVED])),
    staging('SRC9999102786', 'N-400', true, path('2023-03-06', 55, [RECEIVED, FINGERPRINTS_TAKEN, INTERVIEW_SCHEDULED, INTERVIEW_COMPLETED, APPROVED])),
    staging('SRC9999102787', 'I-130', true, path('2024-01-08', 100, [RECEIVED, ACTIVE_REVIEW])),
    staging('SRC9999132710', 'I-751', true, path('2023-08-07', 110, [RECEIVED, FINGERPRINTS_TAKEN, "Notice Explaining USCIS' Actions Was Mailed"])),
    // A fiancé(e) petition, approved and sent on for the visa abroad.
    staging('SRC9999132719', 'I-129F', true, path('2023-11-13', 140, [RECEIVED, APPROVED, 'Case Was Sent To The Department of State'])),
];

/** The staging receipts that answer without a history (`hist_case_status: null`). */
const STAGING_WITHOUT_HISTORY: StaticSandboxCase[] = [
    // The documented sample (uscis-facts §1.5): received on January 15, 2024, modified on March 2.
    staging('EAC9999103400', 'I-765', false, [{ title: RECEIVED, date: apiDate('01-15-2024 09:02:11') }], {
        submittedAt: apiDate('01-15-2024 09:02:11'),
        modifiedAt: apiDate('03-02-2024 11:45:00'),
    }),
    staging('EAC9999103402', 'I-130', false, path('2024-02-12', 0, ['Case Was Received and A Receipt Notice Was Sent'])),
    staging('EAC9999103406', 'I-485', false, path('2024-01-29', 0, ['Fingerprint Fee Was Received'])),
    staging('EAC9999103407', 'I-765', false, path('2024-03-04', 0, [ACTIVE_REVIEW])),
    staging('EAC9999103408', 'I-131', false, path('2023-12-18', 0, [APPROVED])),
    staging('EAC9999103409', 'I-90', false, path('2024-02-26', 0, [CARD_PRODUCED])),
    staging('EAC9999103412', 'N-400', false, path('2024-03-11', 0, [INTERVIEW_SCHEDULED])),
    staging('EAC9999103413', 'I-485', false, path('2024-01-16', 0, ['Request for Initial Evidence Was Sent'])),
    staging('EAC9999103414', 'I-130', false, path('2023-10-30', 0, ['Case Was Denied'])),
    staging('EAC9999103415', 'I-765', false, path('2024-02-20', 0, ['Case Was Rejected Because It Was Improperly Filed'])),
    staging('EAC9999103420', 'I-539', false, path('2024-01-03', 0, ['Withdrawal Acknowledgement Notice Was Sent'])),
    staging('EAC9999103421', 'I-90', false, path('2023-11-27', 0, ['Notice Was Returned To USCIS Because The Post Office Could Not Deliver It'])),
    staging('EAC9999103424', 'I-765', false, path('2024-03-25', 0, [CARD_MAILED])),
    staging('EAC9999103425', 'I-485', false, path('2024-02-05', 0, [CARD_DELIVERED])),
    staging('EAC9999103426', 'I-485', false, path('2023-12-11', 0, ['Name Was Updated'])),
    staging('EAC9999103428', 'N-400', false, path('2024-03-19', 0, ['Interview Was Rescheduled'])),
    staging('EAC9999103429', 'I-751', false, path('2023-09-25', 0, ['Case Remains Pending'])),
    staging('EAC9999103431', 'I-130', false, path('2024-01-10', 0, ['Case Was Transferred And A New Office Has Jurisdiction'])),
    staging('EAC9999103432', 'I-765', false, path('2024-04-08', 0, ['Case Was Rejected For Incorrect Fee'])),
    staging('LIN9999106501', 'I-485', false, path('2023-12-04', 0, ['Fees Were Waived'])),
    staging('LIN9999106507', 'I-765', false, path('2024-02-27', 0, ['Case Closed Benefit Received By Other Means'])),
    staging('SRC9999132694', 'I-821D', false, path('2024-03-06', 0, [BIOMETRICS_SCHEDULED])),
    staging('SRC9999132695', 'I-131', false, path('2024-01-24', 0, ['Expedite Request Denied'])),
    staging('SRC9999132706', 'I-485', false, path('2023-10-09', 0, [READY_FOR_INTERVIEW])),
    staging('SRC9999132707', 'I-90', false, path('2024-02-14', 0, ['Duplicate Notice Was Mailed'])),
];

// ---------------------------------------------------------------------------------------------------------------
// IOE receipts (no submitted/modified dates, as the real API sends for them)

function ioe(receiptNumber: string, formType: string, steps: SandboxStep[], extra: Partial<StaticSandboxCase> = {}): StaticSandboxCase {
    return { kind: 'static', receiptNumber, formType, steps, withHistory: true, spanish: true, ...extra };
}

const IOE_CASES: StaticSandboxCase[] = [
    // Codes in the synthetic format of parseOnlineAccessCode (8–16 of A–Z, 0–9); each works once, for 90 days.
    ioe('IOE0900000001', 'I-485', path('2024-05-06', 0, [RECEIVED]), { accessCode: { code: 'SNDBX7Q2M9X4', issuedDaysBeforeFirstSeen: 10 } }),
    ioe('IOE0900000002', 'I-765', path('2024-05-13', 21, [RECEIVED, BIOMETRICS_SCHEDULED]), { accessCode: { code: 'SNDBX3K8P5W2', issuedDaysBeforeFirstSeen: 30 } }),
    // Issued 120 days before the sandbox first sees the case: expired from the start.
    ioe('IOE0900000003', 'I-130', path('2024-01-08', 0, [RECEIVED]), { accessCode: { code: 'SNDBX9R4T6Y1', issuedDaysBeforeFirstSeen: 120 } }),
    // Someone (an attorney, a relative) used this code already.
    ioe('IOE0900000004', 'N-400', path('2024-04-15', 0, [RECEIVED]), {
        accessCode: { code: 'SNDBX5H2J8N6', issuedDaysBeforeFirstSeen: 20, usedBeforeFirstSeen: true },
    }),
    // English only: the service sent no Spanish, so the bot must show its own translation and say so.
    ioe('IOE0900000200', 'I-765', path('2024-04-22', 0, [RECEIVED]), { spanish: false, withHistory: false }),
];

// ---------------------------------------------------------------------------------------------------------------
// Scheduled cases: one step every CASE_SANDBOX_STEP_MINUTES since first seen, or one step per advance()

const SCHEDULED_CASES: ScheduledSandboxCase[] = [
    {
        kind: 'scheduled',
        receiptNumber: 'IOE0900000100',
        formType: 'I-485',
        titles: [RECEIVED, BIOMETRICS_SCHEDULED, ACTIVE_REVIEW, APPROVED, CARD_PRODUCED, CARD_MAILED, CARD_DELIVERED],
    },
    {
        kind: 'scheduled',
        receiptNumber: 'IOE0900000101',
        formType: 'I-765',
        titles: [RECEIVED, ACTIVE_REVIEW, ADDITIONAL_EVIDENCE, EVIDENCE_RECEIVED, APPROVED, CARD_PRODUCED, CARD_MAILED],
        accessCode: { code: 'SNDBX4F6G8H2', issuedDaysBeforeFirstSeen: 5 },
    },
    {
        kind: 'scheduled',
        receiptNumber: 'IOE0900000102',
        formType: 'N-400',
        titles: [RECEIVED, BIOMETRICS_SCHEDULED, FINGERPRINTS_TAKEN, READY_FOR_INTERVIEW, INTERVIEW_SCHEDULED, INTERVIEW_COMPLETED, APPROVED],
    },
];

// ---------------------------------------------------------------------------------------------------------------
// Reserved receipts: each forces one error, with the message the real API sends (uscis-facts §1.3). The numbers are
// those the local fake USCIS API (tests/support/fakeUscisApi.ts) uses for the same answers, so a demo works on either.

export const RESERVED_RECEIPTS: Readonly<Record<string, () => CaseServiceError>> = {
    EAC9999000404: () =>
        new CaseNotRecognized(
            'Case Status Online does not recognize the receipt number entered. Please check your receipt number and try again. If you need further assistance, please call the USCIS Contact Center at 1-800-375-5283.',
        ),
    EAC9999000422: () =>
        new CaseBadFormat(
            'The application receipt number is not formatted correctly, It should be total of 13 characters (3 character prefix followed by 10 digits). Please check your receipt number and try again',
        ),
    EAC9999000429: () => new CaseRateLimited('Spike Arrest Violation', 1),
    EAC9999000503: () =>
        new CaseServiceUnavailable(
            'The Case Status API Sandbox is unavailable at this time. Please retry your API request during normal operation hours M-F 7:00AM EST - 8:00 PM EST',
        ),
};

/** Every sandbox case by receipt number. */
export const SANDBOX_CASES: ReadonlyMap<string, SandboxCase> = new Map(
    [...STAGING_WITH_HISTORY, ...STAGING_WITHOUT_HISTORY, ...IOE_CASES, ...SCHEDULED_CASES].map((fixture) => [fixture.receiptNumber, fixture]),
);

/** The staging receipts of uscis-facts §1.4, split as listed there (for tests and the README). */
export const STAGING_RECEIPTS = {
    withHistory: STAGING_WITH_HISTORY.map((fixture) => fixture.receiptNumber),
    withoutHistory: STAGING_WITHOUT_HISTORY.map((fixture) => fixture.receiptNumber),
};
