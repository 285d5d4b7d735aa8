import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords, saysWordsOf } from '../../conversation/utteranceWords';

/** Words of a trip asked about: "can I travel while my case is pending?", "¿puedo viajar a mi país?", "出国可以吗". */
export const TRAVEL_WORDS = 'faq.topics.legalAdvice.travelWords';

/** Words of a visa that has expired or soon will: "my visa expired", "se me venció la visa", "签证快过期了". */
export const VISA_EXPIRED_WORDS = 'faq.topics.legalAdvice.visaExpiredWords';

/**
 * A trip told as a plan, not asked: "I want to visit my mom in Mexico", "quiero viajar", "我想回国", "gusto kong umuwi"
 * (TRAVEL_WORDS are read only in questions, so "I traveled to Mexico last year" is not a trip asked about).
 */
export const TRAVEL_PLAN_WORDS = 'faq.topics.legalAdvice.travelPlanWords';

/** A visa named for travel ("visa du lịch", "旅游签证": a tourist visa) is not a trip asked about. */
export const TRAVEL_NOT_WITH = 'faq.topics.legalAdvice.travelNotWith';

/** Words of a stay to extend: "how do I extend my stay?", "quiero quedarme más tiempo", "签证延期". */
export const STAY_LONGER_WORDS = 'faq.topics.legalAdvice.stayLongerWords';

/**
 * Words of a deportation that has happened: "my husband was deported, can he come back?", "lo deportaron", "我丈夫被遣返了"
 * (past forms only: "我要被遣返了", I am going to be deported, is a case in court).
 */
export const DEPORTED_WORDS = 'faq.topics.legalAdvice.deportedWords';

/** Words of a stay gone past the I-94's date: "I overstayed my visa", "me quedé más tiempo", "我逾期居留了". */
export const OVERSTAYED_WORDS = 'faq.topics.legalAdvice.overstayedWords';

/** A stay longer outside the U.S. ("can I stay longer abroad with a green card?") is time abroad, not a stay extended. */
export const STAY_LONGER_NOT_WITH = 'faq.topics.legalAdvice.stayLongerNotWith';

/**
 * Words of a change to another temporary status from inside the U.S.: "I want to change from tourist visa to student
 * visa", "cambio de estatus", "转身份". Not a green card (an adjustment of status), a case's status, or an address.
 */
export const CHANGE_STATUS_WORDS = 'faq.topics.legalAdvice.changeStatusWords';

/** A green card, a case's status, an address, a marriage or a trip abroad, said with a change, is not this change. */
export const CHANGE_STATUS_NOT_WITH = 'faq.topics.legalAdvice.changeStatusNotWith';

/** Words of public benefits and public charge: "can I use food stamps?", "¿la Medicaid afecta?", "公共负担". */
export const PUBLIC_CHARGE_WORDS = 'faq.topics.legalAdvice.publicChargeWords';

/** Words of a form to change once sent: "can I edit my application after submitting?", "修改申请", "신청서 수정". */
export const CHANGE_AFTER_FILING_WORDS = 'faq.topics.legalAdvice.changeAfterFilingWords';

/**
 * Words of a fear that applying itself is a risk: "can I be deported if I apply for citizenship?", "¿me pueden deportar
 * si pido la residencia?", "申请会被遣返吗".
 */
export const APPLYING_RISK_WORDS = 'faq.topics.legalAdvice.applyingRiskWords';

/**
 * Words of a notario, a notary or an immigration consultant doing what only a lawyer may: "a notario wants to charge me
 * to fill out my forms", "移民中介", "이민 대행업체". Not a document to notarize (NOTARIO_NOT_WITH).
 */
export const NOTARIO_WORDS = 'faq.topics.legalAdvice.notarioWords';

/** "Does my affidavit need to be notarized?" asks about a notary's stamp, not one who gives immigration advice. */
export const NOTARIO_NOT_WITH = 'faq.topics.legalAdvice.notarioNotWith';

/**
 * Words of work asked about while a green card waits: "can I work while my green card is pending?", "¿puedo trabajar
 * mientras espero mi green card?", "一边等绿卡一边工作".
 */
export const WORK_WHILE_WAITING_WORDS = 'faq.topics.legalAdvice.workWhileWaitingWords';

/**
 * Words of work asked about while an asylum case waits: "can I work with my pending asylum?", "permiso de trabajo por
 * asilo", "庇护工卡".
 */
export const ASYLUM_WORK_WORDS = 'faq.topics.legalAdvice.asylumWorkWords';

/** Words of work asked about on a visitor's visa: "can I work with a tourist visa?", "旅游签证可以工作吗". */
export const VISITOR_WORK_WORDS = 'faq.topics.legalAdvice.visitorWorkWords';

/**
 * Words of filing without a lawyer, or asking whether one is needed: "can I apply without a lawyer?", "¿necesito un
 * abogado?", "不请律师可以自己申请吗".
 */
export const WITHOUT_LAWYER_WORDS = 'faq.topics.legalAdvice.withoutLawyerWords';

/**
 * A fear of being arrested at a USCIS appointment: the fear's words ("will ICE arrest me", "is it safe", "¿me pueden
 * detener?", "会不会被抓") said with a visit to USCIS (an interview, fingerprints, an office, an oath ceremony), and not
 * with an arrest told as done, an ICE check-in, a court or the police, which are those matters.
 */
const ARREST_FEARED_AT_USCIS = ['faq.topics.legalAdvice.arrestFearWords', 'faq.topics.legalAdvice.uscisVisitWords'];
const ARREST_FEAR_NOT_WITH = 'faq.topics.legalAdvice.arrestFearNotWith';

/** "Will ICE arrest me at my green card interview?", "¿es seguro ir a la cita de huellas?", "去移民局面谈会被抓吗？". */
export function fearsArrestAtUscis(context: TurnContext, text: string): boolean {
    return saysAllOf(context, plainWords(text), ARREST_FEARED_AT_USCIS, ARREST_FEAR_NOT_WITH);
}

/** Words of living without papers: "I'm undocumented, can you help me?", "no tengo papeles", "没有身份". */
export const NO_STATUS_WORDS = 'faq.topics.legalAdvice.noStatusWords';

/**
 * The line said before a task asked with those words ("I'm undocumented, can I check my case status?"): this chat needs
 * no one's status, and is not USCIS's or ICE's. The first sentences of the preface below, which the lawyer's answer gets.
 */
export const NO_STATUS_ASIDE = 'understanding.noStatus.aside';

/**
 * Questions that get the legal-advice answer (whether one may go, stay, or use a benefit is a lawyer's question for that
 * case), where that answer alone leaves out what matters first, said before it:
 * - a trip, asked or told as a plan: leaving the U.S. can end a pending application (a green card application without
 *   advance parole); without papers or past the I-94's date, it can keep one out 3 or 10 years; with a case pending or
 *   DACA, an emergency (a parent very sick) can get advance parole quickly through the Contact Center;
 * - a visa expired: its end date is the last day it can be used to come in, not the day to leave; the I-94 says how long;
 * - a deportation that has happened: coming back is barred for years (in general 5, 10 or 20, or for good); some may ask
 *   sooner with Form I-212 and sometimes a waiver; coming back without permission is a crime (before: "Sorry");
 * - a stay gone past the I-94's date: the visa may be void; after 180 days past it, leaving can keep one out 3 years,
 *   after a year 10; some can still get a green card from inside (a citizen's spouse who came in with a visa); a lawyer
 *   before leaving or filing anything (before: how to extend a stay first, which one past its date can no longer ask);
 * - a stay to extend: asked for before the I-94's date (Form I-539, or the employer's I-129); D/S, the school's DSO; past
 *   the date, a visa can be void and, after 180 days, leaving can keep one out for years; a lawyer before leaving;
 * - a change of status (visitor to student): asked for before the I-94's date, with Form I-539 or the employer's I-129;
 *   a school's I-20 first, and no classes before the approval; most who came in without a visa (ESTA) can't change;
 * - public benefits: the public charge rules have changed and may change again, many people are not affected, and a
 *   benefit one's family needs is not given up before asking a lawyer;
 * - a form to change: one filed online can't be changed once submitted; a draft can, until then;
 * - no papers: this chat needs no one's immigration status and is not USCIS's or ICE's; whether there is a way to
 *   papers depends on each story, which a lawyer looks at; a promise of papers for money is a warning sign;
 * - an arrest feared at a USCIS appointment: no one here can know; USCIS and ICE are one department, and news reports
 *   since 2025 tell of arrests at USCIS offices; a lawyer before going, and a missed appointment can get a case denied;
 * - applying feared as a risk: USCIS looks at one's whole history, and in some cases (some crimes, false statements) a
 *   case denied goes to an immigration judge; a lawyer first, if anything like that is in one's past.
 * - a notario or a consultant: not a lawyer, and unless accredited may not advise or choose forms; some charge a lot and
 *   file the wrong forms; USCIS's forms are free; a dishonest one is reported to the FTC.
 * - work while a green card waits: a pending Form I-485 lets one ask for a work permit with Form I-765, often filed with
 *   it; in general one works once one has it, or if one's status already allows; a pending asylum case, after a wait.
 * - work while an asylum case waits: in general a work permit may be asked for 150 days after a complete Form I-589,
 *   and is not given before day 180; delays one causes stop the count; Form I-765, category (c)(8); once granted
 *   asylum, one may work (before: what a pending Form I-485 allows first, whose last line only named asylum).
 * - work on a visitor's visa: a B-1/B-2 visa does not let one work; working without permission can hurt a visa or a
 *   green card later.
 * - without a lawyer: none is needed to file, and many file their own forms; after an arrest, a denial or a time
 *   without papers, legal help before filing.
 * A preface's first key may be several, all of whose words must be said (an arrest feared, and a visit to USCIS). It is
 * left out beside the words of its third key or keys: a tourist visa ("visa du lịch") is not a trip, a stay longer
 * abroad is not a stay extended, a stay gone past its date is not one to extend, a stay to extend or gone past says
 * what the expired visa's preface says of the I-94, a paper to notarize is not a notario's advice, and work while an
 * asylum case waits is not work while a green card does.
 */
const PREFACES: readonly (readonly [wordsKeys: string | readonly string[], answerKey: string, notWith?: string | readonly string[]])[] = [
    [ARREST_FEARED_AT_USCIS, 'understanding.arrestAtAppointment.answer', ARREST_FEAR_NOT_WITH],
    [TRAVEL_WORDS, 'understanding.travel.answer', TRAVEL_NOT_WITH],
    [TRAVEL_PLAN_WORDS, 'understanding.travel.answer', TRAVEL_NOT_WITH],
    [DEPORTED_WORDS, 'understanding.deported.answer'],
    [OVERSTAYED_WORDS, 'understanding.overstayed.answer'],
    [STAY_LONGER_WORDS, 'understanding.stayLonger.answer', [STAY_LONGER_NOT_WITH, OVERSTAYED_WORDS]],
    [CHANGE_STATUS_WORDS, 'understanding.changeStatus.answer', CHANGE_STATUS_NOT_WITH],
    [VISA_EXPIRED_WORDS, 'understanding.visaExpired.answer', [STAY_LONGER_WORDS, OVERSTAYED_WORDS]],
    [PUBLIC_CHARGE_WORDS, 'understanding.publicCharge.answer'],
    [CHANGE_AFTER_FILING_WORDS, 'understanding.changeAfterFiling.answer'],
    [NO_STATUS_WORDS, 'understanding.noStatus.answer'],
    [APPLYING_RISK_WORDS, 'understanding.applyingRisk.answer'],
    [NOTARIO_WORDS, 'understanding.notario.answer', NOTARIO_NOT_WITH],
    [ASYLUM_WORK_WORDS, 'understanding.asylumWork.answer'],
    [WORK_WHILE_WAITING_WORDS, 'understanding.workWhileWaiting.answer', ASYLUM_WORK_WORDS],
    [VISITOR_WORK_WORDS, 'understanding.visitorWork.answer'],
    [WITHOUT_LAWYER_WORDS, 'understanding.withoutLawyer.answer'],
];

/** The answers said before the legal-advice answer to `text`, in order (none for most messages). */
export function legalAdvicePrefaces(context: TurnContext, text: string): string[] {
    const said = plainWords(text);
    // A trip asked and told as a plan in one message ("I want to travel, can I?") is one trip: its answer once.
    return [...new Set(PREFACES.filter(([wordsKeys, , notWithKey]) => saysAllOf(context, said, wordsKeys, notWithKey)).map(([, answerKey]) => answerKey))];
}

/** The words of every one of `wordsKeys` (a key, or several that must all be said), and none of `notWith`'s. */
function saysAllOf(context: TurnContext, said: string, wordsKeys: string | readonly string[], notWith?: string | readonly string[]): boolean {
    if (typeof wordsKeys === 'string') return saysWordsOf(context, said, wordsKeys, notWith);
    return wordsKeys.slice(1).every((key) => containsAnyPhrase(context, key, said)) && saysWordsOf(context, said, wordsKeys[0], notWith);
}
