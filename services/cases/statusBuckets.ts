import type { StatusBucket } from './caseService';

/**
 * USCIS status titles (the English `current_case_status_text_en`) and where each sits in a case's life, from
 * shared/reference/uscis-facts.md §3. USCIS adds and renames titles, so an unknown title is 'other' and the bot shows
 * the service's own words.
 *
 * The Spanish titles are OUR DRAFTS except "Caso Fue Aprobado" (the API's own sample) and the few seen in public
 * client mocks ("Caso Fue Recibido", "Caso Está Siendo Revisado Activamente Por USCIS", "Se Está Produciendo una
 * Nueva Tarjeta", "Caso Fue Denegado"); check them against egov.uscis.gov (Español) before relying on them. Only the
 * sandbox shows them; the real service sends its own.
 */
export interface KnownStatusTitle {
    en: string;
    es: string;
    bucket: StatusBucket;
}

export const KNOWN_STATUS_TITLES: readonly KnownStatusTitle[] = [
    { en: 'Case Was Received', es: 'Caso Fue Recibido', bucket: 'received' },
    { en: 'Case Was Received and A Receipt Notice Was Sent', es: 'Caso Fue Recibido y Se Envió un Aviso de Recibo', bucket: 'received' },
    { en: 'Fingerprint Fee Was Received', es: 'Se Recibió el Pago de Huellas Digitales', bucket: 'biometrics' },
    { en: 'Fingerprint and Biometrics Appointment Was Scheduled', es: 'Se Programó la Cita de Huellas y Datos Biométricos', bucket: 'biometrics' },
    { en: 'Case Was Updated To Show Fingerprints Were Taken', es: 'Se Actualizó el Caso para Mostrar que se Tomaron las Huellas', bucket: 'biometrics' },
    { en: 'Case Is Being Actively Reviewed By USCIS', es: 'Caso Está Siendo Revisado Activamente Por USCIS', bucket: 'review' },
    { en: 'Case Remains Pending', es: 'El Caso Sigue Pendiente', bucket: 'review' },
    { en: 'Case Is On Hold', es: 'El Caso Está en Espera', bucket: 'review' },
    { en: "Response To USCIS' Request For Evidence Was Received", es: 'Se Recibió la Respuesta a la Solicitud de Evidencia', bucket: 'review' },
    { en: 'Case Was Transferred And A New Office Has Jurisdiction', es: 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción', bucket: 'review' },
    { en: 'Request for Initial Evidence Was Sent', es: 'Se Envió una Solicitud de Evidencia Inicial', bucket: 'actionNeeded' },
    { en: 'Request for Additional Evidence Was Sent', es: 'Se Envió una Solicitud de Evidencia Adicional', bucket: 'actionNeeded' },
    // Facts §3 files it under "action needed" with the requests for evidence; it is not one: the case may be denied
    // unless the person answers by the notice's deadline.
    { en: 'Notice of Intent to Deny Was Sent', es: 'Se Envió un Aviso de Intención de Denegar', bucket: 'intentToDeny' },
    { en: 'Case is Ready to Be Scheduled for An Interview', es: 'El Caso Está Listo para Programar una Entrevista', bucket: 'interview' },
    { en: 'Interview Was Scheduled', es: 'Se Programó la Entrevista', bucket: 'interview' },
    { en: 'Interview Was Rescheduled', es: 'Se Reprogramó la Entrevista', bucket: 'interview' },
    { en: 'Interview Was Completed And My Case Must Be Reviewed', es: 'Se Completó la Entrevista y Mi Caso Debe Ser Revisado', bucket: 'interview' },
    { en: 'Case Was Approved', es: 'Caso Fue Aprobado', bucket: 'approved' },
    // Not in facts §3; after a petition for someone abroad is approved: the National Visa Center's from then on.
    { en: 'Case Was Sent To The Department of State', es: 'El Caso Fue Enviado al Departamento de Estado', bucket: 'sentToState' },
    { en: 'New Card Is Being Produced', es: 'Se Está Produciendo una Nueva Tarjeta', bucket: 'cardProduced' },
    { en: 'Card Was Mailed To Me', es: 'La Tarjeta Me Fue Enviada por Correo', bucket: 'cardMailed' },
    { en: 'Card Was Picked Up By The United States Postal Service', es: 'El Servicio Postal Recogió la Tarjeta', bucket: 'cardMailed' },
    { en: 'Card Was Delivered To Me By The Post Office', es: 'El Correo Me Entregó la Tarjeta', bucket: 'cardDelivered' },
    { en: 'Card Was Returned To USCIS', es: 'La Tarjeta Fue Devuelta a USCIS', bucket: 'problem' },
    {
        en: 'Notice Was Returned To USCIS Because The Post Office Could Not Deliver It',
        es: 'El Aviso Fue Devuelto a USCIS Porque el Correo No Pudo Entregarlo',
        bucket: 'problem',
    },
    { en: 'Case Was Denied', es: 'Caso Fue Denegado', bucket: 'denied' },
    // A denial in other words; facts §3 files it under "misc", but the user's next step is a denied case's.
    { en: 'Primary And Ancillary Benefits Were Denied', es: 'Se Denegaron los Beneficios Principales y Secundarios', bucket: 'denied' },
    { en: 'Case Was Rejected Because It Was Improperly Filed', es: 'Caso Fue Rechazado Porque Se Presentó Incorrectamente', bucket: 'rejected' },
    { en: 'Case Was Rejected Because I Did Not Sign My Form', es: 'Caso Fue Rechazado Porque No Firmé Mi Formulario', bucket: 'rejected' },
    { en: 'Case Was Rejected For Incorrect Fee', es: 'Caso Fue Rechazado por Pago Incorrecto', bucket: 'rejected' },
    // Not in facts §3; the title USCIS uses when an applicant withdraws.
    { en: 'Withdrawal Acknowledgement Notice Was Sent', es: 'Se Envió el Aviso de Confirmación de Retiro', bucket: 'withdrawn' },
    // Closed, not denied: a plain summary says why, and whom to ask if it seems wrong.
    { en: 'Case Closed Benefit Received By Other Means', es: 'Caso Cerrado, Beneficio Recibido por Otros Medios', bucket: 'closedOtherMeans' },
    // Reopened (after a decision, often a denial): to be decided again, which a plain summary should say.
    { en: 'Case Was Reopened', es: 'El Caso Fue Reabierto', bucket: 'reopened' },
    { en: 'Name Was Updated', es: 'Se Actualizó el Nombre', bucket: 'other' },
    { en: 'Date of Birth Was Updated', es: 'Se Actualizó la Fecha de Nacimiento', bucket: 'other' },
    { en: 'Duplicate Notice Was Mailed', es: 'Se Envió un Aviso Duplicado por Correo', bucket: 'other' },
    { en: 'Fees Were Waived', es: 'Se Eximió el Pago de las Tarifas', bucket: 'feeWaived' },
    // The expedite request was denied, not the case: not 'denied', and said so, since "Denied" is what people see first.
    { en: 'Expedite Request Denied', es: 'Se Denegó la Solicitud de Trámite Acelerado', bucket: 'expediteDenied' },
    // USCIS has what the person sent and is looking at it: being reviewed, as the title says.
    { en: 'Correspondence Was Received And USCIS Is Reviewing It', es: 'Se Recibió Correspondencia y USCIS la Está Revisando', bucket: 'review' },
    { en: 'Advance Parole Document Was Produced', es: 'Se Produjo el Documento de Permiso Adelantado', bucket: 'other' },
    { en: "Notice Explaining USCIS' Actions Was Mailed", es: 'Se Envió un Aviso que Explica las Acciones de USCIS', bucket: 'other' },
];

/** Lowercase, one space between words, one kind of apostrophe, no trailing full stop. */
export function normalizeStatusTitle(title: string): string {
    return title
        .normalize('NFKC')
        .replace(/[\u2018\u2019\u02BC`]/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\.+$/, '')
        .toLowerCase();
}

const bucketByTitle: ReadonlyMap<string, StatusBucket> = new Map(
    KNOWN_STATUS_TITLES.map((title) => [normalizeStatusTitle(title.en), title.bucket]),
);

/** Families of titles USCIS words in many ways ("Case Was Rejected Because …", "Card Was Returned …"). */
const bucketByPrefix: ReadonlyArray<readonly [string, StatusBucket]> = [
    ['case was rejected', 'rejected'],
    ['card was returned', 'problem'],
    ['notice was returned', 'problem'],
    ['withdrawal acknowledgement', 'withdrawn'],
];

/**
 * The bucket of a USCIS status title (English), matched case-insensitively after normalizing spaces and
 * apostrophes; 'other' for a title we do not know.
 *
 * @example
 * bucketFor('case was APPROVED'); // 'approved'
 * bucketFor('Something New From USCIS'); // 'other'
 */
export function bucketFor(titleEn: string): StatusBucket {
    const normalized = normalizeStatusTitle(titleEn);
    const exact = bucketByTitle.get(normalized);
    if (exact) return exact;
    return bucketByPrefix.find(([prefix]) => normalized.startsWith(prefix))?.[1] ?? 'other';
}

/** The known title with this English text (any case), for its Spanish draft. */
export function knownStatusTitle(titleEn: string): KnownStatusTitle | undefined {
    const normalized = normalizeStatusTitle(titleEn);
    return KNOWN_STATUS_TITLES.find((title) => normalizeStatusTitle(title.en) === normalized);
}

/** A status title as a person may write it in a sentence: case, accents and punctuation aside. */
function foldedForSearch(text: string): string {
    return ` ${normalizeStatusTitle(text)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^\p{L}\p{N}']+/gu, ' ')
        // A quote around a title ('Case Was Approved') is not part of a word; an apostrophe inside one ("don't") is.
        .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')} `;
}

/** Each retelling of `retellings`, standing for `title`: the entries SHORT_TITLES lists by language for one title. */
function retold(title: string, retellings: readonly string[]): ReadonlyArray<readonly [short: string, title: string]> {
    return retellings.map((short) => [short, title] as const);
}

/**
 * Long titles as people retell them, by their opening words ("what does case was transferred mean?"), and the title
 * each stands for. Only openings no other title shares: "Case Was Updated" opens titles of many meanings. A notice
 * known by its own name (a Notice of Intent to Deny, "NOID") is listed by that name, in each language this chat speaks.
 */
const SHORT_TITLES: ReadonlyArray<readonly [short: string, title: string]> = [
    ['Case Was Transferred', 'Case Was Transferred And A New Office Has Jurisdiction'],
    ['Caso Fue Transferido', 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción'],
    // Retold shorter still: "what does case transferred mean?", "mi caso dice que fue transferido a otra oficina".
    ['Case Transferred', 'Case Was Transferred And A New Office Has Jurisdiction'],
    ['Fue Transferido', 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción'],
    ['Transfirieron mi Caso', 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción'],
    ['Transfirieron el Caso', 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción'],
    // Retold in the other languages this chat speaks, where USCIS shows no title of its own: "mon dossier a été
    // transféré", "案子被转到别的办公室", "케이스가 다른 사무소로 이관됐어요", "تم نقل قضيتي", "na-transfer ang kaso ko" (the English title).
    // Told as done, not asked for: "可以把案子转到别的办公室吗", "هل يمكن نقل قضيتي؟" ask whether a case can be moved.
    ...retold('Case Was Transferred And A New Office Has Jurisdiction', [
        'Dossier a été Transféré', 'Dossier Transféré', 'Demande a été Transférée',
        'bị chuyển sang văn phòng khác', 'đã chuyển sang văn phòng khác', 'được chuyển sang văn phòng khác', 'bị chuyển qua văn phòng khác',
        'Hồ sơ bị chuyển', 'Hồ sơ đã bị chuyển', 'Hồ sơ đã được chuyển',
        '案子被转', '案件被转', '转到别的办公室了', '转到其他办公室了', '转到另一个办公室了',
        '案子被轉', '案件被轉', '轉到別的辦公室了', '轉到其他辦公室了',
        '이관됐', '이관되었', '이관이 됐',
        'تم نقل قضيتي', 'نقلوا قضيتي', 'نقلت قضيتي', 'حولوا قضيتي', 'تم تحويل قضيتي', 'تم نقل ملفي', 'نقلوا ملفي',
        'na-transfer ang kaso', 'ni-transfer ang kaso', 'nailipat ang kaso', 'inilipat ang kaso',
    ]),
    ['Case Is Being Actively Reviewed', 'Case Is Being Actively Reviewed By USCIS'],
    ['Caso Está Siendo Revisado', 'Caso Está Siendo Revisado Activamente Por USCIS'],
    ['Fingerprints Were Taken', 'Case Was Updated To Show Fingerprints Were Taken'],
    ['Case Is Ready To Be Scheduled', 'Case is Ready to Be Scheduled for An Interview'],
    ['Interview Was Completed', 'Interview Was Completed And My Case Must Be Reviewed'],
    ['Card Was Mailed', 'Card Was Mailed To Me'],
    // A card being made or mailed, retold: "my card is being produced", "mi tarjeta se está produciendo", and in the
    // other languages this chat speaks ("我的卡正在制作", "ma carte a été envoyée", "카드가 발송됐대요"): the English title there.
    ['Card Is Being Produced', 'New Card Is Being Produced'],
    ['Card Is Being Made', 'New Card Is Being Produced'],
    ['Tarjeta Se Está Produciendo', 'Se Está Produciendo una Nueva Tarjeta'],
    ['Están Produciendo mi Tarjeta', 'Se Está Produciendo una Nueva Tarjeta'],
    ['Están Produciendo la Tarjeta', 'Se Está Produciendo una Nueva Tarjeta'],
    ['Tarjeta Está en Producción', 'Se Está Produciendo una Nueva Tarjeta'],
    ...retold('New Card Is Being Produced', [
        'carte est en cours de production', 'carte est en production', 'carte est en cours de fabrication',
        '卡正在制作', '卡在制作', '正在制卡', '卡正在生产', '卡正在製作', '正在製卡',
        '카드가 제작 중', '카드 제작 중', '카드를 제작 중', '카드가 제작되고',
        'đang được sản xuất', 'đang sản xuất thẻ', 'thẻ đang được làm', 'đang làm thẻ', 'đang in thẻ',
        'قيد الإنتاج', 'يتم إنتاج بطاقتي', 'جاري إنتاج البطاقة', 'جاري إنتاج بطاقتي',
        'ginagawa na ang card', 'ginagawa na raw ang card', 'pino-produce na ang card',
    ]),
    ...retold('Card Was Mailed To Me', [
        'carte a été envoyée', 'carte a été postée', 'carte a été expédiée',
        '卡已经寄出', '卡寄出了', '卡已寄出', '卡已經寄出',
        '카드가 발송', '카드 발송됐', '카드를 발송했',
        'thẻ đã được gửi', 'đã gửi thẻ cho tôi', 'đã gửi thẻ qua bưu điện',
        'تم إرسال بطاقتي', 'أرسلوا بطاقتي', 'أرسلوا البطاقة', 'تم إرسال البطاقة',
        'naipadala na ang card', 'na-mail na ang card', 'ipinadala na ang card',
    ]),
    ['Card Was Picked Up', 'Card Was Picked Up By The United States Postal Service'],
    ['Card Was Delivered', 'Card Was Delivered To Me By The Post Office'],
    // The letter's own name, and its initials, as people say them: "I got a notice of intent to deny", "what is a NOID?".
    ['Notice of Intent to Deny', 'Notice of Intent to Deny Was Sent'],
    ['Intent to Deny', 'Notice of Intent to Deny Was Sent'],
    ['NOID', 'Notice of Intent to Deny Was Sent'],
    // With the letter's name in it, so that the notice named is the title, not a letter said beside it.
    ['Letter of Intent to Deny', 'Notice of Intent to Deny Was Sent'],
    ['Aviso de Intención de Denegar', 'Se Envió un Aviso de Intención de Denegar'],
    ['Aviso de Intención de Negar', 'Se Envió un Aviso de Intención de Denegar'],
    ['Carta de Intención de Negar', 'Se Envió un Aviso de Intención de Denegar'],
    ['Intención de Denegar', 'Se Envió un Aviso de Intención de Denegar'],
    ['Intención de Negar', 'Se Envió un Aviso de Intención de Denegar'],
    // Its name in the other languages this chat speaks (the Spanish title is the one the answer shows for Spanish).
    ["Avis d'Intention de Refus", 'Notice of Intent to Deny Was Sent'],
    ['Intention de Refus', 'Notice of Intent to Deny Was Sent'],
    ['Thông báo Dự định Từ chối', 'Notice of Intent to Deny Was Sent'],
    ['Dự định Từ chối', 'Notice of Intent to Deny Was Sent'],
    ['拒绝意向', 'Notice of Intent to Deny Was Sent'],
    ['拒絕意向', 'Notice of Intent to Deny Was Sent'],
    ['意向拒绝', 'Notice of Intent to Deny Was Sent'],
    ['거절 의향 통지서', 'Notice of Intent to Deny Was Sent'],
    ['거절 의향', 'Notice of Intent to Deny Was Sent'],
    ['إشعار بنية الرفض', 'Notice of Intent to Deny Was Sent'],
    ['إشعارا بنية الرفض', 'Notice of Intent to Deny Was Sent'],
    ['نية الرفض', 'Notice of Intent to Deny Was Sent'],
    // A request to speed a case up, refused, as people tell it: the refusal's meaning (the case itself goes on), not how
    // to ask for one ("my expedite request was denied", "me negaron el expedite").
    ['Expedite Request Was Denied', 'Expedite Request Denied'],
    ['Expedite Was Denied', 'Expedite Request Denied'],
    ['Denied My Expedite', 'Expedite Request Denied'],
    ['Expedite Denied', 'Expedite Request Denied'],
    ['Negaron el Expedite', 'Se Denegó la Solicitud de Trámite Acelerado'],
    ['Negaron mi Expedite', 'Se Denegó la Solicitud de Trámite Acelerado'],
    ['Expedite Fue Negado', 'Se Denegó la Solicitud de Trámite Acelerado'],
    ['Expedite Negado', 'Se Denegó la Solicitud de Trámite Acelerado'],
];

/** The bucket of a known title in either language (SHORT_TITLES names only those). */
function bucketOfKnownTitle(shown: string): StatusBucket {
    const normalized = normalizeStatusTitle(shown);
    const known = KNOWN_STATUS_TITLES.find((title) => normalizeStatusTitle(title.en) === normalized || normalizeStatusTitle(title.es) === normalized);
    if (!known) throw new Error(`SHORT_TITLES names "${shown}", which is not a known status title`);
    return known.bucket;
}

/**
 * Titles retold in fewer words that also ask something else: "is my case approved?" asks for a case's status, "what
 * does case approved mean?" for the title's meaning. They count only in a message that asks what something means (see
 * statusTitleNamedIn's `retold`).
 */
const RETOLD_TITLES: ReadonlyArray<readonly [retold: string, title: string]> = [
    ['Case Approved', 'Case Was Approved'],
    ['Caso Aprobado', 'Caso Fue Aprobado'],
    ['Case Denied', 'Case Was Denied'],
    ['Caso Denegado', 'Caso Fue Denegado'],
    ['Caso Negado', 'Caso Fue Denegado'],
    ['Case Received', 'Case Was Received'],
    ['Caso Recibido', 'Caso Fue Recibido'],
    // "What does it mean when my case is transferred?", "my case got approved, now what?", "me aprobaron el caso, ¿y
    // ahora qué?". Not "me negaron el caso, ¿qué hago?", which the denial's own answer (uscisMatters) answers.
    ['Case Is Transferred', 'Case Was Transferred And A New Office Has Jurisdiction'],
    ['Me Aprobaron el Caso', 'Caso Fue Aprobado'],
    ['Me Aprobaron Mi Caso', 'Caso Fue Aprobado'],
    ['Case Got Approved', 'Case Was Approved'],
];

interface SearchableTitle {
    folded: string;
    shown: string;
    bucket: StatusBucket;
}

function searchable(titles: ReadonlyArray<{ searched: string; shown: string; bucket: StatusBucket }>): readonly SearchableTitle[] {
    return titles
        .filter((title) => title.bucket !== 'other')
        .map(({ searched, shown, bucket }) => ({ shown, bucket, folded: foldedForSearch(searched).trim() }))
        .sort((a, b) => b.folded.length - a.folded.length);
}

/** Every title (English and Spanish), its short forms and every family of titles, folded, longest first, with its bucket. */
const SEARCHABLE_TITLES = searchable([
    ...KNOWN_STATUS_TITLES.flatMap((title) => [title.en, title.es].map((shown) => ({ searched: shown, shown, bucket: title.bucket }))),
    ...SHORT_TITLES.map(([searched, shown]) => ({ searched, shown, bucket: bucketOfKnownTitle(shown) })),
    ...bucketByPrefix.map(([prefix, bucket]) => {
        const shown = prefix.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
        return { searched: shown, shown, bucket };
    }),
]);

const SEARCHABLE_RETOLD_TITLES = searchable(RETOLD_TITLES.map(([searched, shown]) => ({ searched, shown, bucket: bucketOfKnownTitle(shown) })));

/** Where a folded title may start and end: not inside a Latin word ("Received是什么意思" still names "Received"). */
const LATIN_WORD_CHARACTER = /[\p{Script=Latin}\p{N}']/u;

/**
 * A status title USCIS shows, written inside a message ("what does Case Was Received mean?", "my case was approved,
 * what now?"), with its bucket and the (folded) text before and after it: the longest one named, as the list writes it. Titles
 * without a plain summary (the 'other' bucket) are not found, nor a title said in other words ("has my case been
 * approved?"). With `retold`, for a message that asks what something means, only the titles retold in fewer words
 * ("case approved") are looked for.
 *
 * @example
 * statusTitleNamedIn('que veut dire « Case Was Received » ?'); // { title: 'Case Was Received', bucket: 'received' }
 * statusTitleNamedIn('is my case approved?'); // undefined
 * statusTitleNamedIn('¿qué significa caso aprobado?', { retold: true }); // { title: 'Caso Fue Aprobado', bucket: 'approved' }
 */
export function statusTitleNamedIn(text: string, options: { retold?: boolean } = {}): { title: string; bucket: StatusBucket; textBefore: string; textAfter: string } | undefined {
    const folded = foldedForSearch(text);
    for (const { folded: title, shown, bucket } of options.retold ? SEARCHABLE_RETOLD_TITLES : SEARCHABLE_TITLES) {
        for (let at = folded.indexOf(title); at >= 0; at = folded.indexOf(title, at + 1)) {
            const before = folded[at - 1] ?? ' ';
            const after = folded[at + title.length] ?? ' ';
            if (!LATIN_WORD_CHARACTER.test(before) && !LATIN_WORD_CHARACTER.test(after)) return { title: shown, bucket, textBefore: folded.slice(0, at), textAfter: folded.slice(at + title.length) };
        }
    }
    return undefined;
}
