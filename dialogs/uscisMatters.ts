import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, phraseReader, plainPhrases, plainWords } from '../conversation/utteranceWords';
import { APPLYING_RISK_WORDS, DEPORTED_WORDS, PUBLIC_CHARGE_WORDS, TRAVEL_WORDS } from './faq/legalAdvicePrefaces';
import { statusTitleNamedIn } from '../services/cases/statusBuckets';

/**
 * Requests this chat cannot act on, which applicants ask it about in their own words. First, immigration officers at
 * someone's door (`iceAtDoor`: the rights everyone has, with papers or without, as immigrant rights groups print them:
 * the door kept closed, only a warrant a judge signed lets them in, silence, nothing signed; then a lawyer), someone
 * held in immigration detention (`detention`: ICE's, not USCIS's; where to find them, their court dates, a lawyer at
 * once), a check-in with ICE (`iceCheckIn`: go as its paper says, move it with that office, a lawyer before it if
 * worried), the police stopping someone on the street or on the road (`policeStop`: the same rights, and what a driver
 * shows; a name where a state requires it, no search agreed to, a lawyer asked for if arrested), the police called for
 * help without papers (`callingPolice`: 911 whatever one's status; many departments do not ask victims or witnesses,
 * but rules differ; a U visa for some victims who help the police; the domestic violence hotline; silence about one's
 * status and never false papers), officers who stop someone at work or anywhere else (`iceEncounter`: the rights
 * everyone has: calm, silence, "am I free to go?", valid papers shown if asked and never false ones, nothing signed;
 * then a lawyer), someone who threatens to report one to immigration (`reportThreat`: often a way to control someone,
 * and can be against the law; the lines to call for an employer's threat, unpaid wages among it, a landlord's, a
 * partner's or a relative's; nothing paid for silence, the messages kept; a lawyer; this chat reports no one), one's
 * children if one is deported (`childrenIfDeported`: a plan made now, a trusted adult chosen in writing with the
 * state's form, the children's papers where that adult finds them, the school's emergency contact; a citizen child
 * stays one, and a passport under 16 needs both parents; a deportation alone does not end a parent's rights; a lawyer
 * soon), emergency care without papers (`emergencyCare`: an emergency room must treat anyone, whatever their status or
 * money, under EMTALA; Emergency Medicaid; community health centers; hospitals treat, they do not enforce immigration
 * law, though no place can be promised; public charge asked by its name), renting a home without papers
 * (`housingRights`: no federal law asks a private landlord to check status; ID, income, a passport or an ITIN; HUD's
 * fair housing line; a tenant's rights, and in general no eviction without a court order), a green card taken at an
 * airport or the border (`cardTakenAtBorder`: CBP's; residence goes on until a judge decides, unless given up; Form
 * I-407 gives it up and need not be signed; every paper kept and every date kept; a lawyer at once if signed, and
 * before travelling), a fear of being deported (`deportationFeared`: no one here can know; a lawyer soon, free help;
 * many have a right to see a judge first; never a hearing missed; silence and nothing signed if stopped; a family
 * plan), a message from DHS that ends a parole or tells someone to leave (`toldToLeave`: checked as real, since scams
 * and mistaken ones went out; a pending application may still matter; not ignored, no leaving before advice; a lawyer
 * at once), a visa revoked (`visaRevoked`: the Department of State's; a visa is for coming in, a stay runs on status
 * and the I-94; a student's DSO; a lawyer before travelling), a letter from ICE (`iceLetter`: read with someone
 * trusted; a check-in or a court date to keep; not ignored, nothing signed unread, a lawyer before the date; money
 * asked in ICE's name a scam), a summons to serve on a jury (`juryDuty`: only citizens serve; the summons answered by
 * its date, saying one is not a citizen, never claiming to be one, which can cost a green card for good; a lawyer
 * before filing with USCIS if one served or claimed before; a court's, though "convocation" is also a hearing's word),
 * and a case in immigration court (`courtCase`: a hearing, a judge, removal proceedings), which is the Department of
 * Justice's: no receipt number or USCIS status shows any of them, and a missed hearing can
 * end in an order to leave, so where to look comes before anything USCIS could say ("the judge denied my case" is not a
 * USCIS denial); and a visa abroad (`visaAbroad`: the National Visa Center, an embassy or a consulate, the Department
 * of State's, checked at CEAC with the NVC case number). Then what USCIS offers victims (`victimProtection`: a VAWA
 * self-petition, a U or a T visa; no fee, the abuser not told, a lawyer's help, 911 first in danger), a petitioner who
 * died (`petitionerDied`: a petition often ends, but may go on under section 204(l), by humanitarian reinstatement, or
 * as a citizen's widow or widower with Form I-360 within 2 years; a new sponsor; a lawyer soon), a child who turns 21
 * while a case waits (`childTurning21`: a citizen's child keeps the age on the day Form I-130 was filed; the Child
 * Status Protection Act may take off the time a petition waited for others, who apply within a year of a visa; a green
 * card holder's child moves to a longer wait, keeping its place; a lawyer before the birthday), a marriage while a case
 * waits (`marriedWhileWaiting`: a green card holder's son or daughter who marries loses that petition, a citizen's
 * waits longer, a child in a parent's case no longer comes with them; a new spouse asked for with Form I-130; USCIS and
 * the National Visa Center told; a lawyer before the wedding), the registration DHS asks of some people since April
 * 2025 (`alienRegistration`: who, Form G-325R in a USCIS online account, fingerprints, proof carried, risks for some
 * and a lawyer first), and requests only USCIS can act on: premium processing (`premiumProcessing`: a paid service for
 * some work and student forms, Form I-907; none for family cases, green cards or citizenship), speeding up a case
 * (`expedite`), a filing USCIS sent back undecided (`rejected`: not a denial; fix what its notice names and send it
 * again), a case that was denied (`denied`: the letter says whether, and by when, to ask again), proof of one's
 * immigration status (`proofOfStatus`: this chat checks a case, not a person's status; the Contact Center or a lawyer
 * can say what shows it), proof that a case was filed (`proofOfFiling`: the receipt notice), a fee charged twice or a
 * refund (`payment`: this chat sees no payments; the Contact Center answers about a fee paid), a lawyer who does not
 * answer (`lawyerUnreachable`: the status checked without them, a copy of one's file asked for in writing, another
 * lawyer with a new Form G-28, the state bar for complaints), a case a lawyer filed (`filedByLawyer`: checked here like
 * any other, with its receipt number; the receipt notice goes to both, so the lawyer has it), a complaint about how
 * USCIS handles a case (`complaint`: USCIS first, then the CIS Ombudsman or a member of Congress; an employee's
 * misconduct to the DHS Inspector General), withdrawing a filing (`withdraw`: a signed letter from who filed it, to the
 * office on the latest notice; final, the fee kept, and a permit from the case may end, so a lawyer first), a card
 * mailed to the wrong address (`cardWrongAddress`: the Post Office does not forward USCIS's cards, so one undelivered
 * goes back to USCIS; the address updated first; e-Request when USCIS had the new one or erred, else a new card with
 * its form and fee), a card that was mailed and never came (`cardNotDelivered`), USCIS's mistake on a card or notice
 * (`typo`: e-Request, or Form I-90 without a fee), how long a green card is valid (`cardValidity`: 10 years, 2 for a
 * conditional one; residence outlives the card, which Form I-90 renews in the 6 months before; a 2-year card takes Form
 * I-751), renewing a work permit or one about to expire (`workPermitRenewal`: Form I-765 again, up to 180 days before;
 * since October 30, 2025 most renewals no longer extend the card, so one may have to stop work; a lawyer when unsure),
 * what a work permit allows (`workPermitUse`: most let one work for any employer, several, part time or for oneself
 * until the card's date; a student's OPT has limits; the category says why it was given, not where; Form I-9, with no
 * document the employer may insist on), a false claim to be a citizen or false papers used, told of oneself
 * (`falseClaim`: a claim to be a citizen, on a job's Form I-9, to vote or for a benefit, can bar a green card for good;
 * false papers or another's Social Security number can harm a case too, though some still qualify; a lawyer before
 * filing anything, in confidence; never hidden on a form; read before an employer's doubt, so "I used fake papers at
 * my job" is one's own past, while "my boss says my card is fake" is still the employer's), an employer who calls a
 * valid card fake or refuses it (`employerDoubtsCard`:
 * not the employer's to decide alone; other documents from Form I-9's list; an E-Verify mismatch is fixed while one
 * keeps working; the Department of Justice's IER, free), wages an employer does not pay (`unpaidWages`: a right to be
 * paid, at least the minimum wage, whatever one's status; the Department of Labor's Wage and Hour Division, free; hours
 * and pay written down; a threat to call immigration can be against the law; the trafficking hotline if forced to
 * work), how permanent residence can be lost (`residenceLost`: living abroad, a year or more without a reentry permit;
 * some crimes; fraud or a false claim to be a citizen; a federal vote; a 2-year card's conditions not removed; in most
 * cases only an immigration judge ends it, unless Form I-407 is signed; an expired card does not; a lawyer before a long
 * trip, a guilty plea or a signature; "can I lose my green card?" is not a card to replace, while "what if I lose my
 * green card?" still is), a green card lost or expired abroad (`cardLostAbroad`: Form I-131A, then a consulate; over a
 * year away, SB-1),
 * a green card expiring while one applies for citizenship (`cardExpiringCitizenship`: Form N-400's receipt notice, with
 * the card, proves status for 24 months past its date, so Form I-90 may not be needed), replacing or renewing a card
 * (`replaceCard`), a passport lost, stolen or expired (`lostPassport`: one's country's embassy or consulate replaces
 * it; a lost visa does not shorten a stay, which in general runs to the I-94's date; a visa is not replaced inside the
 * U.S.; an unexpired visa stays good in an old passport), a certificate of naturalization or citizenship lost or
 * damaged (`replaceCertificate`: Form N-565), a U.S. passport for a new citizen (`usPassport`: the Department of
 * State's, Form DS-11 in person the first time), a divorce and one's green card (`divorce`: a 10-year card stays; a
 * 2-year card from the marriage still needs Form I-751, alone with a waiver once the divorce is final; a green card
 * through the marriage still pending can end; citizenship after 3 years of marriage needs it to last to the oath; a
 * lawyer first), a 2-year green card's conditions (`removeConditions`: Form I-751 in the 90 days before it expires,
 * with one's spouse, or alone with a waiver; the receipt extends the card; I-829 for an investor; before a lost card is
 * replaced), the citizenship oath ceremony (`oathCeremony`: the N-445 notice says when; to move it, the notice goes
 * back with a letter; missed more than once, the case may be denied), the citizenship test (`citizenshipTest`: English
 * and civics, USCIS's free study page, a second try), whether one must go to an interview (`interviewRequired`: USCIS
 * decides and no one can ask to skip one; some cases are decided without; with a notice, go, or move it), moving or
 * missing an interview (`interviewChange`: as its notice says, or by the Contact Center, before the day; a new date can
 * take months; one missed without a word can lead to a denial; after USCIS cancels one, its next notice), or a
 * fingerprint appointment, or one USCIS cancelled (`appointmentChange`: most fingerprint appointments move in the
 * online account before the day, the Contact Center moves the rest, an interview moves as its notice says; after USCIS
 * cancels one, its next notice, which the status shows), help at an interview or appointment for a disability or a
 * medical condition (`accommodation`: a sign language interpreter, a wheelchair; asked before the day, by e-Request or
 * the Contact Center; Form N-648, by a doctor, for the citizenship tests), fingerprints asked for again
 * (`fingerprintsAgain`: prints the FBI could not read, or a check too old; common, not a decision; a new notice, no new
 * fee; twice unreadable, police clearances may be asked for), an interpreter at an interview (`appointmentInterpreter`:
 * most people bring their own, and who may be one), a form or a paper in another language (`translation`: forms are
 * filled in in English; a paper in another language is sent with a full English translation and the translator's signed
 * statement, no notary), what to wear to an interview (`interviewDress`: no dress code, neat everyday clothes; what to
 * bring matters more), what comes after an interview (`afterInterview`: a decision that day or later; for citizenship
 * Form N-652's result, then the oath; most others by mail; papers asked for sent by their date; weeks or months under
 * "Interview Was Completed", then e-Request), what happens at an interview and what to bring to it (`interview`:
 * questions under oath, the notice, an ID, the originals, a lawyer if one wants, the citizenship tests; then a decision
 * or a request for more), what comes after a fingerprint appointment (`afterBiometrics`: background checks, then an
 * interview, a request for evidence or a decision, by the form; often no interview for a work permit or a card's
 * renewal; the status shows it), what comes after a relative's petition is approved (`petitionApproved`: no green card
 * by itself; abroad, the National Visa Center, then a consulate's interview, followed at CEAC; here, Form I-485 if one
 * qualifies; years of waiting for most relatives; a lawyer for which way), where a case filed online is
 * (`onlineFiledCase`: already in the USCIS online account, with its notices; nothing to add and no Online Access Code,
 * which paper filings have; its IOE receipt checked here too), what comes after a form is filed (`afterFiling`: the
 * receipt notice, soon online or in weeks by mail; often a fingerprint appointment; then evidence asked for, an
 * interview or a decision), an appointment's date, place or what to bring to fingerprints (`appointment`), a letter
 * from USCIS (`letter`: its receipt number shows the status; only the letter, or a lawyer, says what it asks), a notice
 * that never came (`noticeNotDelivered`: the address, then e-Request), a copy of a notice or of one's whole file
 * (`copies`: the online account, Form I-824, a FOIA request), an arrest or a conviction (`criminalRecord`: the FBI's
 * fingerprint check shows even old ones; the forms ask, even of a record sealed or erased; a truthful answer; some
 * records can end a case or lead to removal; a lawyer before filing, with the court papers; said before the
 * legal-advice answer when that is the question), and a text, email or call about a case that the user doubts or that
 * the website contradicts (`messageDoubted`: trust USCIS's own site; USCIS never asks for money, a password or a code),
 * and how long a visitor may stay (`visitorStay`: the I-94's date, set at the border, not the visa's; often up to 6
 * months for a tourist, 90 days with ESTA; Form I-539 before that date, not with ESTA; staying past it can bar a return
 * for years). Last of all, so that any other matter a message names comes first: how long a green card holder may be
 * abroad (`timeAbroad`: under 6 months usually fine; 6 months to a year, questions at the border and a break in the
 * time for citizenship; a year or more, a reentry permit before leaving), a travel document (`travelDocument`: Form
 * I-131 before leaving, for advance parole, a reentry permit or a refugee travel document; the border still decides),
 * parole (`parole`: a set time in the U.S., not a visa or a green card; it ends on the I-94's date; re-parole, often
 * with Form I-131, where a program allows it, and programs that ended or changed; a green card only another way; a work
 * permit from it ends with it; a lawyer before it ends; not advance parole, nor a prisoner's), the green card lottery
 * (`dvLottery`: the Department of State's, free and only on its own site, results never emailed, paying to enter a
 * scam), the green card medical exam (`medicalExam`: Form I-693 by a civil surgeon, found on USCIS's locator; paid to
 * the doctor; sent with Form I-485 in most cases; a sealed envelope left sealed), E-Verify (`eVerify`: how some
 * employers check that one may work; a mismatch is not a no, one chooses to fix it in 8 federal working days and may
 * not be fired for it meanwhile; Self Check; never seen here), a lawyer on one's case (`representativeOnCase`: Form
 * G-28, free, signed by both, sent with the form or later, online from the lawyer's account; a new lawyer files a new
 * one; a notario can't; never added here), original documents sent to USCIS (`originalDocuments`: copies unless a form
 * asks; asked-for originals come back by themselves, others with Form G-884, free; some are destroyed once scanned), an
 * I-94 (`i94`: CBP's, free on its own site, which sites that charge are not; CBP fixes it), an ITIN, taxes or a bank
 * account without a Social Security number (`itin`: the IRS's, Form W-7 with a tax return; for taxes only, no work or
 * status; banks that take an ITIN, a passport or a consular ID; free tax help; the IRS's 2025 agreement to share
 * addresses with ICE), a Social Security number or card (`ssn`: the SSA's; a work permit or green card form can ask for
 * one; never this chat's), a waiver (`waiver`: "what is an I-601A waiver?", "el perdón migratorio": Form I-601A filed
 * here before a visa interview abroad, with a citizen or green card holder spouse or parent's extreme hardship; Form
 * I-601 for other reasons, Form I-212 after a deportation; leaving first can start a 3- or 10-year bar; a lawyer
 * first), a priority date (`visaBulletin`: on the petition's notice; the Department of State's monthly Visa Bulletin,
 * USCIS's chart of the month; dates move back too), a fiancé(e) visa (`fianceVisa`: Form I-129F, filed only by a U.S.
 * citizen; the visa at a consulate; marriage within 90 days of arrival; then Form I-485), a work visa or a green card
 * through a job (`workVisa`: the employer's petition first, which one can't file oneself in most cases; Form I-129 for
 * a temporary worker such as an H-1B, most of which need a yearly lottery; a labor certification and Form I-140 for a
 * green card, which a few file themselves; a student's school official, and Form I-765 after the studies; a lawyer for
 * which way), asking for a relative's green card (`familyPetition`: Form I-130 first, by a citizen for a spouse and
 * children, and at 21 for parents, brothers and sisters, by a green card holder for a spouse and unmarried children;
 * then Form I-485 here or a visa abroad; years of waiting for most but a citizen's spouse, young children and parents;
 * a lawyer for which way), a green card for a refugee or an asylee (`refugeeGreenCard`: a refugee must apply 1 year
 * after arriving, an asylee may 1 year after the grant, with Form I-485; each family member files their own; going back
 * to the country one fled risks one's status), asking for asylum (`asylum`: Form I-589, in general within a year of
 * arriving, with the court if one is in court; fees since 2025 on the form's page; nothing signed unread or false; a
 * lawyer first, with the free legal help list), Temporary Protected Status (`tps`: Form I-821 in the dates set for
 * one's country, which change and end; no green card by itself), DACA (`daca`: three forms together; a renewal 120 to
 * 150 days before it ends, online; court orders that change; a lawyer after an arrest or a trip), how a green card
 * differs from citizenship (`residentOrCitizen`: a permanent resident lives and works here for good, but long trips or
 * some crimes put it at risk; a citizen votes, holds a U.S. passport and asks for green cards for more relatives; Form
 * N-400 after 5 years, or 3 for a citizen's spouse; a lawyer for when), getting a work permit (`workPermit`: Form
 * I-765; who can get one depends on one's situation, with examples; some file online; a lawyer when unsure), studying
 * with a green card (`residentStudy`: any school, like a citizen, no student visa; federal student aid through the
 * FAFSA for most; in-state tuition is the state's rule; scholarships their own), a child's school without papers
 * (`schoolRights`: free public school from kindergarten to grade 12 whatever the child's or parents' status, Plyler v.
 * Doe; proof of age and address may be asked, not status or a Social Security number; an emergency contact; the
 * Department of Education's Office for Civil Rights if refused), a green card holder's rights and duties
 * (`residentRights`: to live, work, travel and come back, ask for a spouse and children, become a citizen; to obey the
 * law, file taxes, carry the card, report a move within 10 days, sign up with Selective Service; no federal vote; Form
 * I-407 at the border need not be signed), what a green card is and how people get one (`greenCard`: not a visa;
 * family, a job, refuge or asylum, and other ways; a petition first, then Form I-485 here or a visa at a consulate; a
 * lawyer for which way), a sponsor's promise of support (`affidavitOfSupport`: Form I-864, signed by who filed the
 * petition; in general 125% of the poverty guidelines, this year's on Form I-864P; a joint sponsor or assets; a
 * contract enforceable in court; a lawyer for whether an income is enough), what a certificate of naturalization is
 * (`naturalizationCertificate`: given at the oath ceremony for the green card; proof for a passport; Form N-565 to
 * replace or correct it; a citizen through a parent gets the N-600's instead), a certificate of citizenship through a
 * parent (`citizenshipCertificate`: Form N-600; a passport proves it too; a consular report of birth abroad; the law of
 * the year one was born decides) and becoming a citizen (`naturalization`: Form N-400, online; who can apply, in
 * general; a lawyer first after an arrest or a long trip), voting (`voting`: only citizens may vote in federal
 * elections; a noncitizen who votes or registers can lose a green card and be removed; a few towns allow local voting;
 * a mistake is a lawyer's question before filing anything; vote.gov once a citizen), a driver's license
 * (`driversLicense`: the state's DMV, which decides what papers it takes; its check with USCIS's SAVE system may take
 * weeks, and a status SAVE shows wrong is USCIS's to correct, with the DMV's verification number), the office a receipt
 * number's three letters name (`serviceCenter`: EAC Vermont, WAC California, LIN Nebraska, SRC Texas, YSC Potomac, NBC
 * or MSC the National Benefits Center, IOE the electronic system; a case moved keeps its number; no visits, the Contact
 * Center), and last a USCIS office (`fieldOffice`: by appointment only, no walk-ins; the notice's place for an
 * interview or fingerprints, the Contact Center for any other appointment; the offices' addresses, and their closings
 * on the day). The classifier has no intent for them and read them as a status check to confirm, or as out of scope.
 * Each is answered with what the office that handles it asks for and where (USCIS, or CBP, the SSA, a state's DMV or
 * the Department of State, named as theirs), under `understanding.uscisMatters.<matter>.answer`.
 */
export const USCIS_MATTERS = [
    'iceAtDoor',
    'detention',
    'iceCheckIn',
    'policeStop',
    'callingPolice',
    'iceEncounter',
    'reportThreat',
    'childrenIfDeported',
    'deportationFeared',
    'cardTakenAtBorder',
    'emergencyCare',
    'housingRights',
    'toldToLeave',
    'juryDuty',
    'courtCase',
    'iceLetter',
    'visaRevoked',
    'victimProtection',
    'petitionerDied',
    'childTurning21',
    'marriedWhileWaiting',
    'visaAbroad',
    'alienRegistration',
    'premiumProcessing',
    'expedite',
    'messageDoubted',
    'rejected',
    'denied',
    'proofOfStatus',
    'proofOfFiling',
    'payment',
    'lawyerUnreachable',
    'filedByLawyer',
    'complaint',
    'withdraw',
    'cardWrongAddress',
    'cardNotDelivered',
    'noticeNotDelivered',
    'copies',
    'criminalRecord',
    'typo',
    'replaceCertificate',
    'usPassport',
    'divorce',
    'removeConditions',
    'residenceLost',
    'cardLostAbroad',
    'cardExpiringCitizenship',
    'cardValidity',
    'workPermitRenewal',
    'workPermitUse',
    'falseClaim',
    'employerDoubtsCard',
    'unpaidWages',
    'replaceCard',
    'lostPassport',
    'oathCeremony',
    'interviewRequired',
    'interviewChange',
    'appointmentChange',
    'accommodation',
    'fingerprintsAgain',
    'appointmentInterpreter',
    'translation',
    'citizenshipTest',
    'interviewDress',
    'afterInterview',
    'interview',
    'afterBiometrics',
    'petitionApproved',
    'onlineFiledCase',
    'afterFiling',
    'appointment',
    'letter',
    'visitorStay',
    'timeAbroad',
    'travelDocument',
    'parole',
    'dvLottery',
    'medicalExam',
    'eVerify',
    'representativeOnCase',
    'originalDocuments',
    'i94',
    'itin',
    'ssn',
    'waiver',
    'visaBulletin',
    'fianceVisa',
    'workVisa',
    'familyPetition',
    'refugeeGreenCard',
    'asylum',
    'tps',
    'daca',
    'residentOrCitizen',
    'workPermit',
    'residentStudy',
    'schoolRights',
    'residentRights',
    'greenCard',
    'affidavitOfSupport',
    'naturalizationCertificate',
    'citizenshipCertificate',
    'naturalization',
    'voting',
    'driversLicense',
    'serviceCenter',
    'fieldOffice',
] as const;
export type UscisMatter = (typeof USCIS_MATTERS)[number];

/**
 * The matters whose answer leads to the status check, which shows what the answer points at (the day a card was
 * mailed or returned to USCIS, an interview or an oath ceremony scheduled, what comes after fingerprints, an interview
 * or a filing, what a letter is about), and a case a lawyer filed, which is checked like any other; the others lead
 * back to the menu.
 */
export const MATTERS_BEFORE_STATUS_CHECK: ReadonlySet<UscisMatter> = new Set(['filedByLawyer', 'messageDoubted', 'cardWrongAddress', 'cardNotDelivered', 'noticeNotDelivered', 'oathCeremony', 'afterBiometrics', 'afterInterview', 'afterFiling', 'appointment', 'letter']);

/**
 * The matters outside USCIS: officers at the door or stopping someone, someone detained or a check-in (ICE's), the
 * police stopping someone (a city's, a county's or a state's), a message from DHS that ends a parole or says to leave,
 * a visa revoked (the Department of State's), a jury summons (a court's), a case in immigration court (the Department
 * of Justice's), a visa abroad (the Department of State's), a green card taken at the border (CBP's), the police called
 * for help, a threat to report someone, one's children if one is deported, emergency care, a child's school and renting
 * without papers (a hospital's, a school's, a landlord's; said with having no status, so read before the answer to
 * having none). No receipt number or USCIS status shows them, so where to look (or what one's rights are) is the
 * answer, at whatever question they are said (see uscisMatterAnswerAt), and before "I don't have one" at a question for
 * a number.
 */
export const OUTSIDE_USCIS: ReadonlySet<UscisMatter> = new Set(['iceAtDoor', 'detention', 'iceCheckIn', 'policeStop', 'callingPolice', 'iceEncounter', 'reportThreat', 'childrenIfDeported', 'deportationFeared', 'cardTakenAtBorder', 'emergencyCare', 'schoolRights', 'housingRights', 'toldToLeave', 'juryDuty', 'courtCase', 'iceLetter', 'visaRevoked', 'visaAbroad']);

/**
 * The matters about records another system keeps (E-Verify's, CBP's I-94, the IRS's, the SSA's, a DMV's, the FBI's):
 * "my data" said of them ("E-Verify did not confirm my data", "will the IRS give my data to ICE?") means those records,
 * not what this chat keeps, so the privacy answer is not said beside them.
 */
export const RECORDS_KEPT_ELSEWHERE: ReadonlySet<UscisMatter> = new Set(['eVerify', 'i94', 'itin', 'ssn', 'driversLicense', 'criminalRecord']);

/**
 * The matters whose answer is said before the legal-advice answer, when a message that names one asks what only a
 * lawyer can say: "my work permit expired, can I still work?" (since October 2025 a renewal no longer extends most
 * permits), "will my DUI affect my citizenship?" (what USCIS sees of a record, and that the forms ask about it), "can I
 * petition for my mother?" (who may ask for which relatives, with Form I-130, and that most wait years), "I want to
 * sponsor my brother, what income do I need?" (Form I-864, and the poverty guidelines it is measured by), "can my
 * employer sponsor me?" (the employer's petition first, and the forms for a worker and for a green card through a job),
 * "my petition for my wife was approved, now what?" (the National Visa Center or Form I-485 next), "I got divorced,
 * what happens to my green card?" (what a divorce changes and what it does not), "comment faire venir ma copine aux
 * États-Unis ?" (a fiancé(e)'s visa, Form I-129F by a citizen), "my child was born abroad, is he a citizen?"
 * (citizenship through a parent, Form N-600, the law of the year of birth), "my mother died, what happens to my
 * petition?" (when a petition may go on after its petitioner's death), "my son turned 21, will that affect my case?"
 * (how the age of a child is counted, and the Child Status Protection Act), "I got married, do I need to tell USCIS?"
 * (what a marriage changes in a case that waits), "my green card expired, can I still work?" (that residence outlives
 * the card, and what proves it until a new one comes), "¿puedo trabajar con el TPS?", "can I work with DACA?" (what
 * each is, and that a work permit is asked for with it, on Form I-765), "do I qualify for the I-601A?" (what a waiver
 * is, whom Form I-601A is for, and the bar that leaving first can start), "¿me pueden quitar la residencia?" (the ways
 * permanent residence is lost, and that in most cases only a judge ends it), "I said I was a citizen to get a job, can I
 * still apply?" (what a false claim to be a citizen, or false papers, can do to a case).
 */
export const MATTERS_BEFORE_LEGAL_ADVICE: ReadonlySet<UscisMatter> = new Set(['workPermitRenewal', 'workPermitUse', 'criminalRecord', 'workVisa', 'familyPetition', 'affidavitOfSupport', 'petitionApproved', 'divorce', 'fianceVisa', 'citizenshipCertificate', 'petitionerDied', 'childTurning21', 'marriedWhileWaiting', 'cardValidity', 'tps', 'daca', 'waiver', 'residenceLost', 'falseClaim']);

/**
 * The matters read before a status title the message names, and before the questions known by their words: "a text
 * says my case was approved, but the website says otherwise" asks which to trust, not what "Case Was Approved" means;
 * "the judge approved my case" is the court's; "جواز سفر أمريكي" (a U.S. passport: "سفر" is travel) is not the
 * question of travelling while a case waits; "my green card went to my old address" is a card mailed wrong, not how to
 * change an address (the address's own words); "do I need to register with the government if I'm undocumented?" is the
 * registration DHS asks of some, which says who and the risks itself, not the lawyer's answer read from "undocumented".
 */
export const MATTERS_BEFORE_STATUS_MEANING: ReadonlySet<UscisMatter> = new Set([...OUTSIDE_USCIS, 'messageDoubted', 'usPassport', 'cardWrongAddress', 'alienRegistration']);

/**
 * What a matter's words must be said with, where they alone say too little: a card for the loss or the card not coming
 * ("lost" is said of accounts and receipts too), an interview or fingerprints for "when" or "missed" or a disability or
 * clothes or skipping one, a card or a notice for a mistake, a notice for one not come, a doubt for a message about a
 * case, a passport for the loss or the renewal, fingerprints for "again" or "rejected", a green card for "refugee" or
 * "asylum", a green card or being abroad for a trip's length, citizenship for a difference ("what's the difference
 * between a green card and citizenship?"), a lawyer for not answering, a paper or a form for a language ("in Spanish"
 * alone is the chat's language, or an interpreter's), a filing said done for what comes next ("what now?" alone asks
 * nothing of it), a filing said done online for where the case is ("I filed online, how do I see my case?"), a card
 * lost or expired for being abroad, an approval for a relative's petition (Form I-130 named alone asks what it is), a
 * green card or citizenship for a divorce (the divorce alone is a family court's), a child for turning 21 ("I turned
 * 21, can I petition for my mother?" is the relative's petition), a case or telling USCIS for a marriage ("I married a
 * citizen" alone is the relative's petition; the marriage alone asks nothing), a check or a receipt for a case a lawyer
 * filed, an employer for a card called fake or refused, a visitor's visa or ESTA for how long one may stay (a green
 * card holder's time away is `timeAbroad`).
 */
const SAID_WITH: Readonly<Partial<Record<UscisMatter, string>>> = {
    messageDoubted: 'understanding.uscisMatters.messageDoubted.doubtWords',
    cardWrongAddress: 'understanding.uscisMatters.cardWords',
    cardNotDelivered: 'understanding.uscisMatters.cardWords',
    noticeNotDelivered: 'understanding.uscisMatters.noticeWords',
    replaceCard: 'understanding.uscisMatters.cardWords',
    workPermitRenewal: 'understanding.uscisMatters.workPermitRenewal.on',
    workPermitUse: 'understanding.uscisMatters.workPermitRenewal.on',
    employerDoubtsCard: 'understanding.uscisMatters.employerDoubtsCard.on',
    residentStudy: 'understanding.uscisMatters.residentStudy.on',
    interviewChange: 'understanding.uscisMatters.interview.on',
    appointmentChange: 'understanding.uscisMatters.appointmentWords',
    accommodation: 'understanding.uscisMatters.appointmentWords',
    appointmentInterpreter: 'understanding.uscisMatters.appointmentWords',
    translation: 'understanding.uscisMatters.translation.on',
    interviewDress: 'understanding.uscisMatters.interview.on',
    interviewRequired: 'understanding.uscisMatters.interview.on',
    petitionerDied: 'understanding.uscisMatters.petitionerDied.on',
    childTurning21: 'understanding.uscisMatters.childTurning21.on',
    marriedWhileWaiting: 'understanding.uscisMatters.marriedWhileWaiting.on',
    interview: 'understanding.uscisMatters.interview.on',
    appointment: 'understanding.uscisMatters.appointmentWords',
    typo: 'understanding.uscisMatters.typo.on',
    rejected: 'understanding.uscisMatters.rejected.on',
    copies: 'understanding.uscisMatters.copies.on',
    replaceCertificate: 'understanding.uscisMatters.replaceCertificate.on',
    usPassport: 'understanding.uscisMatters.usPassport.on',
    withdraw: 'understanding.uscisMatters.withdraw.on',
    lostPassport: 'understanding.uscisMatters.lostPassport.on',
    fingerprintsAgain: 'understanding.uscisMatters.fingerprintsAgain.on',
    refugeeGreenCard: 'understanding.uscisMatters.refugeeGreenCard.on',
    visitorStay: 'understanding.uscisMatters.visitorStay.on',
    timeAbroad: 'understanding.uscisMatters.timeAbroad.on',
    onlineFiledCase: 'understanding.uscisMatters.onlineFiledCase.on',
    afterFiling: 'understanding.uscisMatters.afterFiling.on',
    petitionApproved: 'understanding.uscisMatters.petitionApproved.on',
    divorce: 'understanding.uscisMatters.divorce.on',
    cardLostAbroad: 'understanding.uscisMatters.cardLostAbroad.on',
    residentOrCitizen: 'understanding.uscisMatters.residentOrCitizen.on',
    lawyerUnreachable: 'understanding.uscisMatters.lawyerUnreachable.on',
    filedByLawyer: 'understanding.uscisMatters.filedByLawyer.on',
    reportThreat: 'understanding.uscisMatters.reportThreat.byWords',
};

/**
 * "Am I still a permanent resident?", "¿sigo siendo residente?": asked of a card expired, how long a card is valid and
 * that residence outlives it, not the card's replacement alone.
 */
const CARD_RESIDENCE_ASKED = 'understanding.uscisMatters.cardValidity.residenceAskedWords';

/**
 * "My green card expired, can I still work?", "se me venció la green card, ¿puedo seguir trabajando?": asked of a card
 * expired, that residence (and the right to work) outlives it, what proves it meanwhile, and the renewal (before: the
 * lawyer's answer alone, read from "can I still work").
 */
const CARD_WORK_ASKED = 'understanding.uscisMatters.cardValidity.workAskedWords';

/** "My fingerprints were rejected": prints the FBI could not read, to give again, not a filing sent back or a denial. */
const FINGERPRINTS_REFUSED = 'understanding.uscisMatters.fingerprintsAgain.refusedWords';

/**
 * Lists of one matter that other matters read too, named for what they hold: having no papers (or being reported),
 * which a hospital, a school, the police and renting are said with (`emergencyCare.statusWords`, the first to read it);
 * an employer (`employerDoubtsCard.on`); immigration and its officers (`reportThreat.agencyWords`); "what now?"
 * (`afterFiling.words`).
 */
const WITHOUT_STATUS_WORDS = 'understanding.uscisMatters.emergencyCare.statusWords';
const EMPLOYER_WORDS = 'understanding.uscisMatters.employerDoubtsCard.on';
const IMMIGRATION_WORDS = 'understanding.uscisMatters.reportThreat.agencyWords';
const WHAT_NOW_WORDS = 'understanding.uscisMatters.afterFiling.words';

/**
 * Another way a matter is said: both lists' words in one message (or the first list's alone, where there is no second).
 * Many languages say "denied" and "rejected" with one word (bị từ chối, 被拒, 거절, رفض), and English speakers mix them up
 * too; a refusal said with what a filing is sent back for (a missing signature, a wrong fee, a fee waiver not approved)
 * is a rejection, not a decision on the case; and a visa refused ("my visa was denied", "me negaron la visa", "拒签") is
 * an embassy's or a consulate's decision, not USCIS's (a U or T visa, or a petition, is USCIS's: the visa's notWith);
 * prints refused are prints to give again, one list read both here and as the denial's and the rejection's notWith; a
 * card one cannot find ("I can't find my green card", "no encuentro mi permiso de trabajo") is a card to replace, but
 * an application or a case one cannot find is not (the third key: words that keep this reading alone from counting);
 * and a language named with a form or a paper ("can I fill out the form in Spanish?", "mi acta está en español") is the
 * translation's question, unless it asks this chat to help or talk in it ("necesito ayuda en español con mis papeles"
 * asks for Spanish); and a green card expired or expiring said with a trip ("can I travel with an expired green card?")
 * is what the card is good for, and what extends it, as is one said with whether one is still a resident ("my green
 * card expired, am I still a permanent resident?") or may still work; and a work permit's category code ("what is
 * category c09?"), with no second list, is what a work permit allows, which says what the codes mean; and an
 * appointment gone to early or without one ("can I do my biometrics early?", "¿puedo hacer las huellas antes?") is the
 * offices', which see people only by appointment (not how early to arrive, nor what to do before it); and a green card
 * expiring said with citizenship ("my green card is expiring and I'm applying for citizenship") is what Form N-400's
 * receipt notice does for the card, not its renewal alone; and a relative named, then asked for by a pronoun ("mi hijo
 * es mayor de 21, ¿lo puedo pedir?", "我女儿21岁了，能给她申请吗？") is the relative's petition, not a card or a permit asked for
 * them again (`familyPetition.forThemNotWith`); and an arrest said with immigration's agents ("immigration arrested my
 * husband", "la migra detuvo a mi esposo", "اعتقلت ICE زوجي") is a detention, not a fear of one ("will I be arrested at
 * my interview?") nor an old arrest's weight on a case (`detention.arrestNotWith`); and a stop said with the police
 * ("what do I do if the police stop me?", "la policía me pidió papeles", "警察要我出示证件") is a police stop, not a ticket or
 * an old arrest's weight on a case (`policeStop.notWith`); and a parole said ended by someone ("my parole was
 * terminated", "cancelaron mi parole", "假释被终止") is the message that ends it, not what parole is; and a visa said
 * revoked or cancelled ("my visa was revoked", "me revocaron la visa") is the Department of State's, not a visa
 * appointment cancelled nor a U or T visa, which are USCIS's (`visaRevoked.notWith`); and a letter said with ICE's
 * officers ("me llegó una carta de ICE", "ICE sent me a letter") is ICE's, not USCIS's letter nor this chat's privacy
 * (read from "ICE"); and a fear said with a deportation, of anyone ("我怕我妈妈会被驱逐出境", "أخاف أن يتم ترحيل أمي", "tôi lo
 * chồng tôi bị trục xuất", "baka ma-deport ang asawa ko") is that fear, though only one's own is in its words (before:
 * "Sorry", the worry line, or the immigration court's answer), unless the deportation is done (`deportedWords`); and a
 * door said with immigration's officers ("移民局的人在我家门口", "ICE agents are knocking on my door", "عملاء الهجرة يطرقون
 * الباب") is officers at the door now, though not in its own words (before: the Contact Center's number offered, a
 * stop's rights, or "Sorry"); and a hospital or a doctor said with having no papers or being reported ("can I go to the
 * hospital without papers?", "¿me atienden en emergencias si soy indocumentado?", "医院会举报我吗") is emergency care, which
 * no status bars (before: the answer to having no status, the privacy answer, or "Sorry"), not the immigration medical
 * exam, public charge or benefits (`emergencyCare.notWith`), as a school said with them is a child's right to go ("can
 * my kids go to school if we are undocumented?", "黑户孩子可以上学吗"), not college or a student visa, and the police called or
 * a crime reported said with them is whether one may ask the police for help ("is it safe to call the police if I'm
 * undocumented?", "没有身份可以报警吗"), not a stop by the police or an old arrest's weight on a case, as a home rented said
 * with them is a tenant's rights ("can I rent an apartment without papers?"), not a lease sent to USCIS as evidence;
 * and taxes or a bank said without papers, without a Social Security number or with ICE (`itin.withoutWords`: "do
 * undocumented people have to pay taxes?", "¿puedo abrir una cuenta de banco sin seguro social?", "没有身份怎么报税") is the
 * ITIN's answer, not a tax return or a bank statement sent as evidence (before: the answer to having no status with the
 * lawyer's, the Social Security number's, or "Sorry"); and paid said with twice ("I paid the fee twice", "pagué la
 * cuota dos veces", "수수료를 두 번 냈어요") is a payment to ask USCIS about, though "paid twice" alone is in its words (before:
 * the fees' answer, or "Sorry"), unless an employer paid; and a green card got, said with what now ("I got my green
 * card, now what?", "ya tengo mi green card, ¿ahora qué?", "拿到绿卡了，接下来呢") is a green card holder's rights and duties
 * (before: a status check to confirm, or the receipt question); and pay withheld said of an employer ("my boss didn't
 * pay me", "mi patrón no me pagó", "老板欠我钱") is wages unpaid, while "he didn't pay me" alone may be anyone; and a stop
 * said with immigration or its officers ("what do I do if ICE stops me on the street?", "¿qué hago si la migra me
 * para?", "如果移民警察在街上拦住我怎么办") is a stop by them, asked of before it happens (before: the privacy answer, read from "ICE"
 * or "la migra", or "Sorry"); immigration's police are not the police's stop (`policeStop.notWith`).
 */
const ALSO_SAID_AS: Readonly<Partial<Record<UscisMatter, readonly [wordsKey: string, withKey?: string | readonly string[], notWithKey?: string]>>> = {
    toldToLeave: ['understanding.uscisMatters.toldToLeave.endWords', 'understanding.uscisMatters.parole.words'],
    iceLetter: ['understanding.uscisMatters.iceLetter.letterWords', 'understanding.uscisMatters.iceEncounter.officerWords'],
    visaRevoked: ['understanding.uscisMatters.visaRevoked.revokedWords', 'understanding.uscisMatters.visaAbroad.visaWords'],
    policeStop: ['understanding.uscisMatters.policeStop.stopWords', 'understanding.uscisMatters.policeStop.policeWords'],
    detention: ['understanding.uscisMatters.detention.arrestWords', 'understanding.uscisMatters.detention.agencyWords', 'understanding.uscisMatters.detention.arrestNotWith'],
    rejected: ['understanding.uscisMatters.denied.words', 'understanding.uscisMatters.rejected.reasonWords'],
    visaAbroad: ['understanding.uscisMatters.denied.words', 'understanding.uscisMatters.visaAbroad.visaWords'],
    fingerprintsAgain: [FINGERPRINTS_REFUSED, 'understanding.uscisMatters.fingerprintsAgain.on'],
    replaceCard: ['understanding.uscisMatters.replaceCard.notFoundWords', 'understanding.uscisMatters.cardWords', 'understanding.uscisMatters.replaceCard.notFoundNotWith'],
    translation: ['understanding.uscisMatters.translation.languageWords', 'understanding.uscisMatters.translation.on', 'understanding.uscisMatters.translation.chatWords'],
    cardValidity: ['understanding.uscisMatters.cardValidity.expiringWords', [TRAVEL_WORDS, CARD_RESIDENCE_ASKED, CARD_WORK_ASKED]],
    workPermitUse: ['understanding.uscisMatters.workPermitUse.categoryWords'],
    cardExpiringCitizenship: ['understanding.uscisMatters.cardValidity.expiringWords', 'understanding.uscisMatters.naturalization.citizenshipWords'],
    familyPetition: ['understanding.uscisMatters.familyPetition.forThemWords', 'understanding.uscisMatters.familyPetition.relativeWords', 'understanding.uscisMatters.familyPetition.forThemNotWith'],
    fieldOffice: ['understanding.uscisMatters.fieldOffice.earlyWords', 'understanding.uscisMatters.appointmentWords', 'understanding.uscisMatters.fieldOffice.earlyNotWith'],
    deportationFeared: ['understanding.uscisMatters.deportationFeared.deportWords', 'understanding.uscisMatters.deportationFeared.fearWords', DEPORTED_WORDS],
    iceAtDoor: ['understanding.uscisMatters.iceAtDoor.doorWords', 'understanding.uscisMatters.iceEncounter.officerWords', 'understanding.uscisMatters.detention.arrestWords'],
    unpaidWages: ['understanding.uscisMatters.unpaidWages.unpaidWords', EMPLOYER_WORDS],
    emergencyCare: ['understanding.uscisMatters.emergencyCare.careWords', WITHOUT_STATUS_WORDS],
    schoolRights: ['understanding.uscisMatters.schoolRights.schoolWords', WITHOUT_STATUS_WORDS],
    callingPolice: ['understanding.uscisMatters.callingPolice.reportCrimeWords', WITHOUT_STATUS_WORDS],
    housingRights: ['understanding.uscisMatters.housingRights.rentWords', WITHOUT_STATUS_WORDS],
    iceEncounter: ['understanding.uscisMatters.iceEncounter.stopWords', [IMMIGRATION_WORDS, 'understanding.uscisMatters.iceEncounter.officerWords']],
    itin: ['understanding.uscisMatters.itin.moneyWords', 'understanding.uscisMatters.itin.withoutWords'],
    payment: ['understanding.uscisMatters.payment.paidWords', 'understanding.uscisMatters.payment.twiceWords', EMPLOYER_WORDS],
    residentRights: ['understanding.uscisMatters.residentRights.gotCardWords', WHAT_NOW_WORDS],
};

/**
 * A matter said only with words of all these lists together. One's children if one is deported (`childrenIfDeported`):
 * their care ("what happens to", "quién va a cuidar", "谁来照顾"), the children, and one's own deportation ("if I get
 * deported", "si me deportan", "我被遣返"): "what happens to my kids if I get deported?", "¿qué pasa con mis hijos si me
 * deportan?" (before: "Sorry", or the fear of deportation's answer); a child's own deportation ("what happens to my son
 * if he is deported?") is not this. A green card taken by officers at an airport or the border (`cardTakenAtBorder`):
 * taken ("took", "me quitaron", "没收", "أخذوا"), the green card, and where ("airport", "frontera", "机场", "المطار"): "CBP
 * took my green card at the airport", "me quitaron la green card en el aeropuerto", "أوقفوني في المطار وأخذوا البطاقة
 * الخضراء" (before: the status check offered, the receipt question, or "Sorry"); a card stolen, lost or kept by someone
 * close is not this. A threat to report someone to immigration (`reportThreat`): a report ("report me", "denunciarme",
 * "举报", "신고하겠다고"), immigration ("ICE", "la migra", "移民局") and who says it (an employer, a landlord, a partner, "he", a
 * threat word): "my boss says he will call ICE on me", "mi patrón dice que me va a reportar a la migra", "房东威胁要打电话给ICE"
 * (before: what this chat tells immigration, the Contact Center's number, or "Sorry"). Without who says it, "will you
 * report me to ICE?" is still the privacy question. A child asked to help a parent get papers (`familyPetition`): the
 * help ("help me get papers", "ayudarme a sacar papeles", "帮我办绿卡") and a child ("my daughter", "mi hija", "女儿"): "my
 * daughter was born here, can she help me get papers?" is who may petition for whom (a citizen 21 or older, for
 * parents), not the help text or "Sorry".
 */
const ALL_SAID: Readonly<Partial<Record<UscisMatter, readonly string[]>>> = {
    reportThreat: ['understanding.uscisMatters.reportThreat.reportWords', IMMIGRATION_WORDS, 'understanding.uscisMatters.reportThreat.byWords'],
    cardTakenAtBorder: ['understanding.uscisMatters.cardTakenAtBorder.takenWords', 'understanding.uscisMatters.timeAbroad.residenceWords', 'understanding.uscisMatters.cardTakenAtBorder.borderWords'],
    childrenIfDeported: ['understanding.uscisMatters.childrenIfDeported.careWords', 'understanding.uscisMatters.childrenIfDeported.childWords', 'understanding.uscisMatters.childrenIfDeported.selfDeportWords'],
    familyPetition: ['understanding.uscisMatters.familyPetition.throughChildWords', 'understanding.uscisMatters.childrenIfDeported.childWords'],
};

/**
 * Words that mean a message asks something else: each matter's own `understanding.uscisMatters.<matter>.notWith`, where
 * its locale has one, and the shared lists below. A criminal, family or divorce court is not the immigration court;
 * paying someone to speed a case up is the scams question; a fear that a case will be denied is a worry (the worry
 * line, then the status), not a denial; a lost receipt or account number "for my green card", or the status of a
 * renewal, are not a card to replace; a bank or Social Security card is not USCIS's; a letter asking for evidence is
 * the evidence question, and one lost or never received is not in hand; a U visa's status, time or decision is that
 * question, not what the U visa is; a status said with a case or an application is that case's; a refund asked of
 * someone who called is the scams question; an address changed before an interview is the address question; documents
 * to translate for an interview are the evidence question, not an interpreter; a job interview is not USCIS's; a lawyer
 * added to one's online account is the account's question (each person has their own), not a lawyer on a case;
 * fingerprints refused are prints to give again (FINGERPRINTS_REFUSED); a deportation feared from applying is no case in
 * court; a card "lost" by moving or staying abroad is the time a green card allows away.
 */
const SHARED_NOT_WITH: Readonly<Partial<Record<UscisMatter, readonly string[]>>> = {
    denied: ['understanding.worryWords', FINGERPRINTS_REFUSED],
    rejected: [FINGERPRINTS_REFUSED],
    typo: ['understanding.uscisMatters.otherCardWords'],
    cardWrongAddress: ['understanding.uscisMatters.otherCardWords'],
    cardNotDelivered: ['understanding.uscisMatters.otherCardWords'],
    // "I'm moving abroad, will I lose my green card?" asks how long one may live away, and "can I lose my green card for
    // voting?" what a vote may cost, not how a lost card is replaced.
    replaceCard: ['understanding.uscisMatters.otherCardWords', 'understanding.uscisMatters.timeAbroad.words', 'understanding.uscisMatters.voting.words'],
    // "Will I lose my green card if I stay in Mexico for a year?", "can I lose my green card for voting?", "will I lose my
    // green card if I use food stamps?": the time away, the vote or public charge, each its own answer, not the list of
    // ways residence ends.
    residenceLost: ['understanding.uscisMatters.timeAbroad.words', 'understanding.uscisMatters.voting.words', PUBLIC_CHARGE_WORDS],
    representativeOnCase: ['understanding.representative.access'],
    // "Can I travel anywhere with my permit?" is a trip's question (what leaving may do to a case), not where one may work.
    workPermitUse: [TRAVEL_WORDS],
    // "What do I have to wear to go to the interview?" asks what to wear, not whether to go.
    interviewRequired: ['understanding.uscisMatters.interviewDress.words'],
    // "Can I be deported if I apply?" fears what applying may bring, and has no case in court (the lawyer's answer, after
    // what USCIS looks at: legalAdvicePrefaces); "chồng tôi đã bị trục xuất" (my husband was deported) is a removal
    // done, whose bar on coming back is the lawyer's answer's preface, not a hearing to find.
    courtCase: [APPLYING_RISK_WORDS, DEPORTED_WORDS],
    // "Can I be deported if I apply?" is that risk's question, as above, "can I be deported for a DUI?" what USCIS sees
    // of a record, and "will they deport me if I go to my interview?" an arrest feared at USCIS (fearsArrestAtUscis):
    // not a fear of deportation as such.
    deportationFeared: [APPLYING_RISK_WORDS, 'understanding.uscisMatters.criminalRecord.words', 'faq.topics.legalAdvice.uscisVisitWords'],
    // A caller who threatens a deportation unless one pays is the scam it sounds like (the scams answer); "can my DUI get
    // me deported? my husband is worried" fears what a record may bring.
    reportThreat: ['faq.topics.security.scamWords', 'understanding.uscisMatters.criminalRecord.words'],
};

/**
 * A long stay abroad, told: "I went to Mexico for 8 months, will I lose my green card?", "me fui a México 8 meses,
 * ¿pierdo mi green card?", "我在中国待了8个月，绿卡会被取消吗". Where one went, for how long and the green card, all three
 * in the message, are how long a green card holder may be abroad (`timeAbroad`), though "lose my green card" is also a
 * card to replace's words and "still valid" a card's validity: read before them, after the matters outside USCIS.
 */
const AWAY_FOR_LONG = ['understanding.uscisMatters.timeAbroad.awayWords', 'understanding.uscisMatters.timeAbroad.durationWords', 'understanding.uscisMatters.timeAbroad.residenceWords'];

/**
 * When one may become a citizen, asked in time words: "how long does it take to get citizenship after green card?",
 * "¿cuánto tiempo después de la residencia puedo pedir la ciudadanía?", "拿到绿卡多久可以申请入籍？". Citizenship said with a
 * wait from the green card (`naturalization.waitWords`) asks who may apply and when (5 years, 3 for a citizen's spouse),
 * though "how long does" alone keeps naturalization's words from counting (a filed case's time is USCIS's usual times).
 * Not with a fee, a case or an application already filed, an interview or a test, or a trip (`naturalization.waitNotWith`);
 * read only where no matter's own words are.
 */
const CITIZENSHIP_WAIT = ['understanding.uscisMatters.naturalization.citizenshipWords', 'understanding.uscisMatters.naturalization.waitWords'];
const CITIZENSHIP_WAIT_NOT_WITH = 'understanding.uscisMatters.naturalization.waitNotWith';

const NOT_WITH: ReadonlyMap<UscisMatter, readonly string[]> = new Map(
    USCIS_MATTERS.map((matter) => [matter, [`understanding.uscisMatters.${matter}.notWith`, ...(SHARED_NOT_WITH[matter] ?? [])]]),
);

/**
 * The matter a message asks about: one of its words (`understanding.uscisMatters.<matter>.words`) is in it, with one of
 * the words it must be said with (SAID_WITH), or the two lists of ALSO_SAID_AS, and none of those that mean something
 * else (NOT_WITH): "I lost my green card", "mi permiso de trabajo venció" (a work permit to renew), "when is my
 * interview?". The first matter listed wins, so a card that never came is not also read as one to replace.
 *
 * @example
 * uscisMatterIn(context, 'can I expedite my case?') // 'expedite'
 */
export function uscisMatterIn(context: TurnContext, text: string): UscisMatter | undefined {
    return matterSaid(context, text, text);
}

/** The matter whose own words are in `wordsIn` (part of `text`), said with (and not with) what `text` as a whole says. */
function matterSaid(context: TurnContext, text: string, wordsIn: string): UscisMatter | undefined {
    const said = plainWords(text);
    const saidInPart = wordsIn === text ? said : plainWords(wordsIn);
    const reads = phraseReader(context);
    const has = (key: string) => reads(key, said);
    const saidWith = (matter: UscisMatter) => {
        const key = SAID_WITH[matter];
        return key === undefined || has(key);
    };
    const alsoSaid = (matter: UscisMatter) => {
        const keys = ALSO_SAID_AS[matter];
        return keys !== undefined && reads(keys[0], saidInPart) && (keys[1] === undefined || (typeof keys[1] === 'string' ? has(keys[1]) : keys[1].some(has))) && !(keys[2] !== undefined && has(keys[2]));
    };
    const allSaid = (matter: UscisMatter) => {
        const keys = ALL_SAID[matter];
        return keys !== undefined && reads(keys[0], saidInPart) && keys.every(has);
    };
    const ownWords = (matter: UscisMatter) => (reads(wordsKey(matter), saidInPart) && saidWith(matter)) || allSaid(matter);
    const saidNotWith = (matter: UscisMatter) => (NOT_WITH.get(matter) ?? []).some(has);
    const found = USCIS_MATTERS.find((matter) => (ownWords(matter) || alsoSaid(matter)) && !saidNotWith(matter)) ?? saidAlone(context, said) ?? rightsAskedOf(has, saidNotWith);
    if (found !== undefined && OUTSIDE_USCIS.has(found)) return found;
    if (AWAY_FOR_LONG.every(has) && !saidNotWith('timeAbroad')) return 'timeAbroad';
    return found ?? (CITIZENSHIP_WAIT.every(has) && !has(CITIZENSHIP_WAIT_NOT_WITH) ? 'naturalization' : undefined);
}

/**
 * The matters a message may name alone, the whole message (`understanding.uscisMatters.<matter>.aloneWords`): "fingerprint
 * appointment", "cita de huellas" ask where its date is, though no word of a question is in them (before: what the online
 * account does, or "Sorry"). Alone only: said in a sentence, an appointment needs a question's words, and "can I go to
 * my fingerprint appointment early?" is the offices'. "What are my rights?", "¿cuáles son mis derechos?" alone ask what
 * one may do when officers stop one (before: "Sorry"); said of a job, a lease or a green card, they ask something else.
 */
const MATTERS_SAID_ALONE: ReadonlyArray<readonly [UscisMatter, aloneWordsKey: string]> = [
    ['appointment', 'understanding.uscisMatters.appointment.aloneWords'],
    ['iceEncounter', 'understanding.uscisMatters.iceEncounter.aloneWords'],
];

function saidAlone(context: TurnContext, said: string): UscisMatter | undefined {
    return MATTERS_SAID_ALONE.find(([, key]) => plainPhrases(context, key).has(said))?.[0];
}

/**
 * One's rights asked of someone, where no matter's own words are: "what are my rights as a green card holder if ICE
 * stops me?", "¿qué derechos tengo con la policía?", "what are my rights as a green card holder?" (before: the privacy
 * answer, read from "ICE", or "Sorry"). The rights' words (`understanding.uscisMatters.rightsWords`) said with ICE's
 * officers (not "immigration" alone: "my rights under immigration law"), the police, or a green card, in that order: an
 * officer stopping a green card holder is the stop.
 */
const RIGHTS_ASKED_OF: ReadonlyArray<readonly [UscisMatter, withKey: string]> = [
    ['iceEncounter', 'understanding.uscisMatters.iceEncounter.officerWords'],
    ['policeStop', 'understanding.uscisMatters.policeStop.policeWords'],
    ['residentRights', 'understanding.uscisMatters.timeAbroad.residenceWords'],
];

/** The matter of RIGHTS_ASKED_OF a message asks its rights of, read with matterSaid's `has` and `saidNotWith`. */
function rightsAskedOf(has: (key: string) => boolean, saidNotWith: (matter: UscisMatter) => boolean): UscisMatter | undefined {
    if (!has('understanding.uscisMatters.rightsWords')) return undefined;
    return RIGHTS_ASKED_OF.find(([matter, key]) => has(key) && !saidNotWith(matter))?.[0];
}

/**
 * The matter a message asks about in words beside a status title it names ("my case was approved but I never got my
 * green card", "Case Was Received for a year now, can I expedite it?"), where the request, not what the title means, is
 * the question. The matter's own words must be outside the title: "what does Card Was Returned To USCIS mean?" asks the
 * meaning, while "it says Card Was Mailed To Me but I never got it" is a card not come (the card named in the title).
 */
export function uscisMatterBesideStatusTitle(context: TurnContext, text: string): UscisMatter | undefined {
    const named = statusTitleNamedIn(text);
    return named && matterSaid(context, text, `${named.textBefore} ${named.textAfter}`);
}

/**
 * A matter's own words, and none of those that mean something else (NOT_WITH), whatever SAID_WITH asks them to be said
 * with: "I need an interpreter" names no interview, but is still the interpreter's words.
 */
export function saysMatterWords(context: TurnContext, matter: UscisMatter, text: string): boolean {
    const said = plainWords(text);
    return containsAnyPhrase(context, wordsKey(matter), said) && !(NOT_WITH.get(matter) ?? []).some((key) => containsAnyPhrase(context, key, said));
}

/**
 * "Can I bring an interpreter who speaks Spanish?", "puedo llevar a mi hija de intérprete": an interpreter the applicant
 * brings to USCIS, whatever language the message names (`understanding.uscisMatters.appointmentInterpreter.bringWords`),
 * not a wish to chat in that language, nor which language to chat in.
 */
export function saysInterpreterIsBrought(context: TurnContext, text: string): boolean {
    return saysMatterWords(context, 'appointmentInterpreter', text) && containsAnyPhrase(context, 'understanding.uscisMatters.appointmentInterpreter.bringWords', plainWords(text));
}

/**
 * A notice that never came is said with the same words as a card that never came ("I never got my ..."), and an
 * interview moved or missed with those of any appointment ("reschedule", "I'm sick", "missed").
 */
const WORDS_OF: Readonly<Partial<Record<UscisMatter, UscisMatter>>> = { noticeNotDelivered: 'cardNotDelivered', interviewChange: 'appointmentChange' };

/** Each matter's words key, made once: a key built anew for every reading is a new string to hash in each lookup. */
const WORDS_KEYS = Object.fromEntries(USCIS_MATTERS.map((matter) => [matter, `understanding.uscisMatters.${WORDS_OF[matter] ?? matter}.words`])) as Readonly<Record<UscisMatter, string>>;

function wordsKey(matter: UscisMatter): string {
    return WORDS_KEYS[matter];
}

/** The locale key of a matter's answer. */
export function uscisMatterAnswerKey(matter: UscisMatter): string {
    return `understanding.uscisMatters.${matter}.answer`;
}

/**
 * The locale key of the answer to the matter a message asks about (see uscisMatterIn) at a question: any matter where
 * the question answers them (`answersUscisMatters`), else only one outside USCIS ("ICE detained my husband" typed at
 * "What email address do you want to use?" is not a wrong email).
 */
export function uscisMatterAnswerAt(context: TurnContext, text: string, answersUscisMatters: boolean | undefined): string | undefined {
    const matter = uscisMatterIn(context, text);
    return matter && (answersUscisMatters || OUTSIDE_USCIS.has(matter)) ? uscisMatterAnswerKey(matter) : undefined;
}
