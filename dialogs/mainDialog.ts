import { Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../conversation/dialogKit';
import type { TurnContext } from 'botbuilder';
import { contactDetailsText } from './contactDetails';
import { isPrivateConversation } from '../conversation/conversationKey';
import type { ConversationServices } from './conversationServices';
import { isFlowOutcome } from './flowOutcome';
import { InterruptibleDialog } from './interruptibleDialog';
import { HANDOFF_DIALOG, type HandoffOptions } from './handoff/handoffDialog';
import { NOT_UNDERSTOOD_BEFORE_OFFER, offersAfterNotUnderstood } from './handoff/handoffOffer';
import { handoffOfferedThisTurn, offerWhenStaffed } from './handoff/personOffer';
import type { HandoffReason } from '../services/handoff/handoffService';
import { destinationOf, INTENT_OF_OPTION, isConfirmable, isMenuOption, isTaskOption, MENU_OPTIONS, SPOKEN_FLOWS, TOPIC_OF_INTENT, type FlowOption, type FreeTextDestination, type MenuOption, type SpokenFlow, type TaskOption } from './menuOptions';
import { asksForOtherLanguage, CHOOSE_LANGUAGE_DIALOG } from './chooseLanguageDialog';
import { uscisFormNamedIn } from '../services/uscisForms';
import type { CommonQuestionsOptions, FaqTopic } from './faq/faqTopics';
import { CommonQuestionsDialog, ELSEWHERE } from './faq/commonQuestionsDialog';
import { faqAnswerParams } from './faq/faqAnswerParams';
import { asksAboutPrivacy, isWordedTopic, wordedTopicIn, type WordedTopic } from './faq/topicInWords';
import type { AccountPrefill } from './account/accountPrefill';
import { accountNamedIn } from './account/accountNamed';
import type { ChooseAccountOptions } from './account/chooseAccountDialog';
import { recoverTopicNamed } from './account/recoverAccessDialog';
import type { SignInTroubleOptions } from './account/signInTroubleDialog';
import type { CheckStatusOptions } from './cases/checkStatusDialog';
import type { StatusBucket } from '../services/cases/caseService';
import { approvedTitle, asksForCardAfterApproval, asksWhatFollowsApproval } from './cases/cardAfterApprovalAsked';
import { asksToStopUpdates, asksWhichUpdates, type StopCaseUpdatesOptions } from './cases/stopCaseUpdatesDialog';
import { findReceiptNumbers, mistypedReceiptIn, parseReceiptNumber, typedAscii } from '../services/validators';
import { isEmailOnly } from './account/accountPrompts';
import { statusMeaningText, statusTitleAskedAbout } from './cases/caseStatusMessage';
import { topicsOfStatusShown } from './cases/questionsAfterStatus';
import { topicAloneIn, TOPICS_ALONE, type TopicAlone } from './topicAlone';
import { LANGUAGE_OFFER_DIALOG, LanguageOfferDialog, languageOfUrgentRequest, languageToOffer, messageAfterOffer, type LanguageOfferOptions } from './languageOfferDialog';
import { choiceSpecOf, LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoiceSpec } from './prompts/localizedChoicePrompt';
import { yesOrNoIn } from './prompts/yesNo';
import { saysNoThanks } from './prompts/declinedQuestion';
import { answerAndAskAgain, failedTries } from './prompts/promptRefusal';
import type { ConversationStart } from '../conversation/conversationStart';
import { receiptIn, receiptsIn, topIntent, type FreeTextIntent, type RecognizerResult } from '../conversation/recognizer';
import { recognizeTurn } from '../conversation/recognizeTurn';
import { INTERRUPTION_MIN_SCORE } from '../conversation/interruption';
import { changeLanguage, languagesNamedIn, saysConversationLanguageNotSpoken, speakLanguageAskedIn } from '../conversation/languageSwitch';
import { withMisspellingsFixed } from '../conversation/misspelledWords';
import { requestClauses } from '../conversation/requestClauses';
import { looksLikeSecretCode, secretTypedIn, type SecretTyped } from '../conversation/sensitiveInput';
import { asksToChangeAccountDetail } from './account/accountChangeAsked';
import { asksWhereAccountNumberIs, type GuideOptions } from './account/findAccountNumberDialog';
import { asksToLetRepresentativeIn } from './account/representativeAsked';
import { asksWhichEmailAccountUses } from './account/forgotEmailAsked';
import { asksAboutSharedAccount } from './account/sharedAccountAsked';
import { asksAboutTwoAccounts } from './account/twoAccountsAsked';
import { endSignedInSession } from './account/signedInMemory';
import { asksToFileForThem, FILE_FOR_THEM_ANSWER_KEY } from './faq/fileForThemAsked';
import { asksAboutFees, CANNOT_PAY_WORDS } from './faq/feesAsked';
import { APPLYING_RISK_WORDS, ASYLUM_WORK_WORDS, CHANGE_AFTER_FILING_WORDS, CHANGE_STATUS_NOT_WITH, CHANGE_STATUS_WORDS, DEPORTED_WORDS, fearsArrestAtUscis, legalAdvicePrefaces, NO_STATUS_ASIDE, NO_STATUS_WORDS, NOTARIO_NOT_WITH, NOTARIO_WORDS, OVERSTAYED_WORDS, PUBLIC_CHARGE_WORDS, STAY_LONGER_NOT_WITH, STAY_LONGER_WORDS, TRAVEL_NOT_WITH, TRAVEL_PLAN_WORDS, TRAVEL_WORDS, VISA_EXPIRED_WORDS, VISITOR_WORK_WORDS, WITHOUT_LAWYER_WORDS, WORK_WHILE_WAITING_WORDS } from './faq/legalAdvicePrefaces';
import { ACCESS_CODE_MISSING, asksWhereCaseNumberIs, asksWithoutAccount, asksWithoutReceipt, missingAnswerKey, NO_ACCOUNT_NEEDED_KEY, RECEIPT_MISSING, type MissingMeans } from './prompts/missingMeans';
import { asksAboutProcessingTime, saysCaseIsLate, stepHelpAnswer, USUAL_TIMES_ANSWER_KEY, type StepTopic } from './prompts/stepHelp';
import { answerSafetyConcern, safetyConcernIn } from '../conversation/safetyConcern';
import { acknowledgementAnswerKey, askedBesideFeeling, FAREWELL_ANSWER_KEY, feelingAnswerKey, FRUSTRATION_ANSWER_KEY, remarkInsideAnswerKey, withoutOpeningGreeting, withoutOpeningThanks, WORRY_ALONE_ANSWER_KEY, WORRY_ANSWER_KEY } from '../conversation/remarks';
import { speaksDefaultLanguage, supportedLanguages, translator, turnLanguage, turnLocaleTexts, turnPhrases } from '../conversation/turnLanguage';
import { containsAnyPhrase, looksLikeQuestion, plainWords, saysWordsOf } from '../conversation/utteranceWords';
import { asksToSignOut } from './account/signOutAsked';
import { languageSpeakerAskedAbout, type LanguageSpeaker } from './languageSpeaker';
import { formsComparedAsked, matterExplainingFormAsked } from './uscisFormAsked';
import {
    MATTERS_BEFORE_LEGAL_ADVICE,
    MATTERS_BEFORE_STATUS_CHECK,
    MATTERS_BEFORE_STATUS_MEANING,
    OUTSIDE_USCIS,
    RECORDS_KEPT_ELSEWHERE,
    saysInterpreterIsBrought,
    saysMatterWords,
    USCIS_MATTERS,
    uscisMatterAnswerKey,
    uscisMatterBesideStatusTitle,
    uscisMatterIn,
    type UscisMatter,
} from './uscisMatters';

export const MAIN_DIALOG = 'mainDialog';
/** The main menu's question: a conversation waiting there is in no flow. */
export const MENU_PROMPT = 'menuPrompt';
const MENU_WATERFALL = 'menuWaterfall';
/** The menu the welcome shows before anything was typed (web chat, Teams): its typed answer is a first message. */
const WELCOME_MENU_WATERFALL = 'welcomeMenuWaterfall';
const CONFIRM_PROMPT = 'menuConfirmPrompt';
/** The confirm question's way out: neither of the two guesses. */
const SOMETHING_ELSE = 'somethingElse';
const SOMETHING_ELSE_CHOICE = { value: SOMETHING_ELSE, titleKey: 'understanding.choices.somethingElse', synonymsKey: 'understanding.somethingElseWords' };
/** An answer to the confirm question that is neither a guess, yes nor no: a new message, read as the menu reads one. */
const READ_AGAIN = 'readAgain';

/** A menu option named inside a sentence is enough to go there; the phrase recognizer scores that 0.8. */
const MENU_MIN_SCORE = 0.5;

/** What the main dialog can start: every menu option's flow, and the flows reached by saying them ("my cases"). */
export type MainDialogFlows = Record<FlowOption, Dialog> &
    Partial<Record<SpokenFlow, Dialog>> & {
        /** "Stop updates" (StopCaseUpdatesDialog), said in any supported language. */
        stopCaseUpdates?: Dialog;
    };

/**
 * Anything the main dialog can go to: a menu option, a flow reached by saying it, or what free text asked for.
 * `noEmail`: "I don't have an email", which the classifier finds out of scope; `noReceipt`: "perdí mi aviso de recibo",
 * likewise; `emailAlone`: an address and nothing else;
 * `statusMeaning`: a status title USCIS shows, named without a receipt number ("what does Case Was Received mean?");
 * `followedCases`: "my updates", the cases this chat gets updates about;
 * `signOut`: "sign out", "cerrar sesión": the conversation's sign-in ends, and the USCIS website's own is named;
 * `accountChanges`: "change my email / phone / password / two-step verification", which no flow does: where each
 *   account's is changed (see asksToChangeAccountDetail);
 * `representativeAccess`: "add my lawyer to my account", which USCIS does not do;
 * `twoAccounts`: "I have two accounts, can they be merged?": USCIS can't merge them;
 * `sharedAccount`: "can I use my husband's account?": an account is one person's, never shared;
 * `childAccount`: "can I make an account for my son?": a child's form is the child's case; who signs it under 14;
 * `cardAfterApproval`: "I was approved, when does my card come?": a card, if any, is made and mailed after the approval;
 * `forgotEmail`: "I don't know which email I used": how to find the address a USCIS account uses;
 * `documentsNeeded`: "what documents do I need for citizenship?": each form's instructions, and a lawyer for one case;
 * `biometrics`: "what are biometrics?": what they are and what the appointment asks of a person;
 * `whereToFile`: "where do I send my I-130?": the form's page says, under "Where to File" (or filing online);
 * `getForm`: "where do I download the I-130?": forms are free, on uscis.gov (the form's own page when named);
 * `formsCompared`: "what's the difference between I-130 and I-485?": a line on what each is for, then that some are filed
 *   together and which ones fit is a lawyer's to say;
 * `twoStepMethods`: "I don't have a smartphone", "which authenticator app?": the ways a one-time code comes;
 * `websiteTrouble`: "the USCIS website is down": what to try, since this chat cannot see that site;
 * `uscisApp`: "is there a USCIS app?": none is needed (the account works in a phone's browser); paid apps are not USCIS;
 * `eRequest`: "what is e-Request?": USCIS's online form for some problems with a case, and what it is not for;
 * `noticeI797`: "what is an I-797?": the notices USCIS mails about a case, and which says what;
 * `pendingMeaning`: "what does pending mean?": USCIS has the case and has not decided it; months are common;
 * `chatCost`: "is this free?", about this chat (not USCIS's fees);
 * `legalHelp`: "how much does a lawyer cost?", "where can I find free legal help?": the Department of Justice's list of
 *   free legal service providers, nonprofits, a private lawyer's price asked first, a notario not a lawyer;
 * `dualCitizenship`: "can I have dual citizenship?": U.S. law lets one keep another; the other country's law decides;
 *   a U.S. passport to leave and enter;
 * `workPermitOrGreenCard`: "what's the difference between an EAD and a green card?": work until the card's date, renewed,
 *   against permanent residence, with no work permit needed;
 * `workPermitValidity`: "how long is my work permit valid?": the card's own date, which differs by category; a renewal
 *   no longer extends most cards, so file up to 180 days before;
 * `passwordRules`: "what are the password requirements?": 8 characters, both cases, a special one; never typed here;
 * `citizenTravel`: "can I travel after my oath ceremony?": a citizen travels on a U.S. passport, asked for from the
 *   Department of State with Form DS-11, weeks ahead;
 * `receiptNotWorking`: "the website says my receipt number is invalid": its shape, O against 0, a new one shows late;
 *   typed here, it is looked up;
 * `carryCard`: "do I have to carry my green card?": yes, a permanent resident 18 or older, at all times; Form I-90 if lost;
 * `nameChange`: "how do I change my name?": a marriage, a divorce or a court changes it, not USCIS; Form I-90 for the
 *   card, Form N-400 asks for a new name, the Contact Center for a case still open;
 * `selectiveService`: "do I have to register for selective service?": most men 18 to 25, papers or not; it can matter
 *   for citizenship;
 * `militaryService`: "can I join the military with a green card?": yes, a recruiter says who qualifies; citizenship
 *   through service, often faster and with no fee;
 * `cbpOne`: "what is CBP One?": CBP's app, not USCIS's, which this chat can't see;
 * `employmentCheck`: "what is an I-9?", "my employer wants to see my green card": every new worker, citizens too; one
 *   chooses which documents of its list to show; the employer keeps it;
 * `bornInUs`: "I was born in the US, do I need a green card?": a citizen in almost every case; a birth certificate or a
 *   passport shows it;
 * `visitorVisa`: "how do I get a tourist visa for my mother?": the Department of State's, asked for abroad (DS-160); a
 *   student's Form I-20 and SEVIS fee first;
 * `asylumOrRefugee`: "what's the difference between asylum and refugee?": protection given before coming, or asked for
 *   here or at the border (Form I-589); a green card a year later for each;
 * `chances`: "will my case be approved?", "is my asylum case strong?": no one here can know, and a lawyer can say;
 * `keepAccount`: "I don't want to delete my account", said so, not read as a lost account;
 * a `UscisMatter` answered in a line ("can I expedite my case?", "I lost my green card"): what USCIS asks for, and where.
 */
type Destination =
    | MenuOption
    | SpokenFlow
    | 'stopCaseUpdates'
    | 'followedCases'
    | 'signOut'
    | WordedTopic
    | FreeTextDestination
    | 'noEmail'
    | 'noReceipt'
    | 'emailAlone'
    | 'statusMeaning'
    | 'accountChanges'
    | 'representativeAccess'
    | 'twoAccounts'
    | 'sharedAccount'
    | 'childAccount'
    | 'cardAfterApproval'
    | 'forgotEmail'
    | 'documentsNeeded'
    | 'biometrics'
    | 'whereToFile'
    | 'getForm'
    | 'formsCompared'
    | 'twoStepMethods'
    | 'websiteTrouble'
    | 'uscisApp'
    | 'eRequest'
    | 'noticeI797'
    | 'pendingMeaning'
    | 'chatCost'
    | 'legalHelp'
    | 'dualCitizenship'
    | 'workPermitOrGreenCard'
    | 'workPermitValidity'
    | 'passwordRules'
    | 'citizenTravel'
    | 'receiptNotWorking'
    | 'carryCard'
    | 'nameChange'
    | 'selectiveService'
    | 'militaryService'
    | 'cbpOne'
    | 'employmentCheck'
    | 'bornInUs'
    | 'visitorVisa'
    | 'asylumOrRefugee'
    | 'chances'
    | 'keepAccount'
    | UscisMatter;

/** Where a message leads; with `alternatives`, the classifier was unsure and the user is asked which one they meant. */
interface Understood extends FoundChoice {
    value: Destination;
    alternatives?: FreeTextIntent[];
    /** With `none` (out of scope): how many messages in a row the menu has not understood, this one included. */
    notUnderstoodInRow?: number;
    /** The message it was read from. */
    utterance?: string;
    /**
     * Locale keys of what is said before the message is acted on: a plain word to someone afraid ("tengo miedo de que
     * me nieguen el caso"), the privacy answer to a task asked with a privacy question ("I want an account, is my data
     * private?"). Out of scope, they are the whole answer.
     */
    asides?: string[];
    /** A topic typed alone ("citizenship"): which of its questions is meant is asked (see topicAloneIn). */
    topic?: TopicAlone;
}

/**
 * The menu waterfall's values: the answer held while the language question is asked, and the message the chosen
 * flow was read from (after "yes" to the language or the confirm question, not the message of the turn).
 */
interface MenuValues {
    heldAnswer?: Understood;
    utterance?: string;
    /** The topic typed alone whose questions were just offered (see MainDialogOptions.topicAsked). */
    topicAsked?: TopicAlone;
    /** Another task the message that started this flow asked for (see MainDialogOptions.alsoAsked). */
    alsoAsked?: TaskOption;
}

/**
 * Readings that answer for any form alike which a topic's own answer says better (what to send, how to file online: how
 * to get it, with its form's page and instructions).
 */
const ANSWERED_BY_TOPIC: ReadonlySet<Destination> = new Set<Destination>(['documentsNeeded', 'faq.evidence', 'fileFormOnline']);

/** Readings that answer for any form alike (those, and fees): right after a topic, the topic says which form is meant. */
const SHARPENED_BY_TOPIC: ReadonlySet<Destination> = new Set<Destination>([...ANSWERED_BY_TOPIC, 'faq.formsOnline']);

/**
 * The warning before anything else for a secret typed at the menu: a password stated ("my password is ...") is never
 * needed here, not kept, and changed if someone saw it; a code, where none is asked for, is not kept, is asked for only
 * inside a step, and never given to a caller.
 */
const SECRET_WARNINGS: Readonly<Record<SecretTyped, string>> = { password: 'privacy.passwordTyped', code: 'privacy.codeUnasked' };

/** "I don't have an email" at the menu: both accounts need one (and a status check does not). */
const MENU_EMAIL_MISSING: MissingMeans = { thing: 'email', answerKey: 'prompts.missing.email.menu' };

/** Readings that say no more than an aside already said ("this is useless" read as help, or as nothing). */
const SAYS_NO_MORE: ReadonlySet<string> = new Set<Destination>(['none', 'help', 'cancel', 'greeting']);

/** A reading that is neither out of scope nor an unsure guess to confirm. */
function isSettled(reading: Understood): boolean {
    return reading.value !== 'none' && !reading.alternatives;
}

/** A greeting with nothing else to say or ask about. */
function saysOnlyHello(understood: Understood): boolean {
    return understood.value === 'greeting' && !understood.asides?.length && !understood.alternatives?.length;
}

/** The common question a destination is answered by: a topic known by its words, or the classifier's. */
function commonQuestionOf(destination: string): FaqTopic | undefined {
    return isWordedTopic(destination) ? destination : TOPIC_OF_INTENT[destination as FreeTextIntent];
}

/** What the menu answers in a line before showing itself again. */
const ONE_LINE_REPLIES: Readonly<Partial<Record<Destination, string>>> = {
    greeting: 'understanding.greeting',
    help: 'help.menu',
    cancel: 'cancel.nothing',
    none: 'understanding.outOfScope',
    noEmail: MENU_EMAIL_MISSING.answerKey,
    noReceipt: RECEIPT_MISSING.answerKey,
    emailAlone: 'understanding.emailAlone',
    accountChanges: 'understanding.accountChanges',
    representativeAccess: 'understanding.representativeAccess',
    twoAccounts: 'understanding.twoAccounts',
    sharedAccount: 'understanding.sharedAccount',
    childAccount: 'understanding.childAccount',
    cardAfterApproval: 'understanding.cardAfterApproval',
    forgotEmail: 'understanding.forgotEmail',
    documentsNeeded: 'understanding.documentsNeeded',
    biometrics: 'understanding.biometrics',
    whereToFile: 'understanding.whereToFile',
    getForm: 'understanding.getForm',
    twoStepMethods: 'understanding.twoStepMethods',
    websiteTrouble: 'understanding.websiteTrouble',
    uscisApp: 'understanding.uscisApp',
    eRequest: 'understanding.eRequest',
    noticeI797: 'understanding.noticeI797',
    pendingMeaning: 'understanding.pendingMeaning',
    chatCost: 'understanding.chatCost',
    legalHelp: 'understanding.legalHelp',
    dualCitizenship: 'understanding.dualCitizenship',
    workPermitOrGreenCard: 'understanding.workPermitOrGreenCard',
    workPermitValidity: 'understanding.workPermitValidity',
    passwordRules: 'understanding.passwordRules',
    citizenTravel: 'understanding.citizenTravel',
    receiptNotWorking: 'understanding.receiptNotWorking',
    carryCard: 'understanding.carryCard',
    nameChange: 'understanding.nameChange',
    selectiveService: 'understanding.selectiveService',
    militaryService: 'understanding.militaryService',
    cbpOne: 'understanding.cbpOne',
    employmentCheck: 'understanding.employmentCheck',
    bornInUs: 'understanding.bornInUs',
    visitorVisa: 'understanding.visitorVisa',
    asylumOrRefugee: 'understanding.asylumOrRefugee',
    chances: 'understanding.chances',
    keepAccount: 'deleteAccount.kept',
    // The requests only USCIS can act on whose answer is all there is to say (the others go on to the status check).
    ...Object.fromEntries(USCIS_MATTERS.filter((matter) => !MATTERS_BEFORE_STATUS_CHECK.has(matter)).map((matter) => [matter, uscisMatterAnswerKey(matter)])),
};

/**
 * A second line said after a one-line reply, when the message also has the words of the first key: "I need to change my
 * name and address", "我要改名字和地址" get who changes a legal name, then where an address is changed (before: the name
 * alone).
 */
const SAID_ALSO: Readonly<Partial<Record<Destination, readonly [wordsKey: string, answerKey: string]>>> = {
    nameChange: ['understanding.nameChangeAddressWords', 'faq.answers.manageCase.address'],
};

/** The one-line replies said with a form's own page instead, when the message names a form that has one. */
const FORM_NAMED_REPLIES: Readonly<Partial<Record<Destination, string>>> = {
    whereToFile: 'understanding.whereToFileForm',
    getForm: 'understanding.getFormNamed',
};

export interface MainDialogOptions extends ConversationStart {
    /** True when the user has just finished something: the menu asks "anything else?". */
    again?: boolean;
    /** Messages in a row the menu could not understand before it was asked again (out-of-scope answers). */
    notUnderstood?: number;
    /** Why a person was offered just before the menu came back (a flow that could not go on), if one was. */
    offered?: HandoffReason;
    /** The bucket of a status the flow just showed: "what does this mean?" at the menu is about it. */
    statusShown?: StatusBucket;
    /** The form of that case, as USCIS names it ("I-130"). */
    formShown?: string;
    /** True when the flow just said USCIS does not recognize a receipt number: "what does that mean?" is about it. */
    receiptNotRecognized?: boolean;
    /**
     * A topic typed alone ("citizenship") whose question ("what would you like to know about citizenship?") was answered
     * with a new message: that message is read as about the topic (see understandAboutTopic).
     */
    topicAsked?: TopicAlone;
    /** A topic whose answer was just given ("how do I become a citizen?"): the next question may be about it. */
    topicAnswered?: TopicAlone;
    /**
     * A task the message asked for beside the flow that just ended ("check my case status and find my account
     * number"): the menu names it before its question.
     */
    alsoAsked?: TaskOption;
}

/** The menu's question, with the topic it follows (MainDialogOptions.topicAnswered) for its validator to read by. */
interface MenuSpec extends LocalizedChoiceSpec {
    topicAnswered?: TopicAlone;
}

/** Offers the menu, starts the chosen flow, and comes back to the menu when it ends. */
export class MainDialog extends InterruptibleDialog {
    protected readonly helpKey = 'help.menu';
    /** Sentences at its questions are read here (see InterruptibleDialog.leavesChoiceForTask). */
    protected override readonly leavesChoiceForTask = false;

    constructor(services: ConversationServices, private readonly flows: MainDialogFlows) {
        super(MAIN_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(MENU_PROMPT, this.menuAnswerValidator.bind(this)));
        this.addDialog(new LocalizedChoicePrompt(CONFIRM_PROMPT, this.confirmAnswerValidator.bind(this)));
        this.addDialog(new LanguageOfferDialog(services));
        for (const flow of Object.values(flows)) if (flow) this.addDialog(flow);
        const [offerLanguage, showMenu, confirm, startChosenFlow, returnToMenu] = [
            this.offerLanguageStep,
            this.showMenuStep,
            this.confirmStep,
            this.startChosenFlowStep,
            this.returnToMenuStep,
        ].map((step) => step.bind(this));
        this.addDialog(new WaterfallDialog<MainDialogOptions>(MENU_WATERFALL, [offerLanguage, showMenu, confirm, startChosenFlow, returnToMenu]));
        // The welcome's menu has one step more; every later menu goes without it (it would run on every menu turn).
        this.addDialog(
            new WaterfallDialog<MainDialogOptions>(WELCOME_MENU_WATERFALL, [showMenu, this.offerLanguageOfAnswerStep.bind(this), confirm, startChosenFlow, returnToMenu]),
        );
        this.initialDialogId = MENU_WATERFALL;
        if (flows.commonQuestions instanceof CommonQuestionsDialog) flows.commonQuestions.menuReading = this.placeForCommonQuestions.bind(this);
    }

    /**
     * A sentence typed among the common questions that they could not place, read as here: a common question answered as
     * it stands is that topic; anything else this menu is sure of (a request only USCIS can act on, a line of its own, a
     * common question with a line before it) leaves for the menu. Not what it would answer with a line that says no more,
     * nor a guess it would ask about: the common questions keep those.
     */
    private async placeForCommonQuestions(context: TurnContext, text: string): Promise<FaqTopic | typeof ELSEWHERE | undefined> {
        const understood = await this.understand(context, text, 'menuQuestion');
        if (!understood || understood.alternatives?.length || SAYS_NO_MORE.has(understood.value)) return undefined;
        const topic = commonQuestionOf(understood.value);
        return topic && !understood.asides?.length ? topic : ELSEWHERE;
    }

    /**
     * A first message written in another supported language gets one question, in that language: continue in it? The
     * message stays in the options for showMenuStep, which uses it either way.
     */
    private async offerLanguageStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        // A first message from someone who may be in danger: the line to call, in the language they wrote in (which the
        // conversation takes, with no question first), then the menu, where a person is one choice.
        const concern = step.options.utterance ? safetyConcernIn(step.context, step.options.utterance) : undefined;
        if (concern) {
            delete step.options.utterance;
            await this.adoptLanguageOfFirstMessage(step.context, concern.language);
            await answerSafetyConcern(step.context, concern);
            if (await offerWhenStaffed(step.context, this.services.handoff, 'safety')) step.options.offered = 'safety';
            return step.next();
        }
        const language = step.options.utterance ? await languageToOffer(step.context, this.services.languages, step.options.utterance) : undefined;
        return language ? step.beginDialog(LANGUAGE_OFFER_DIALOG, { language } satisfies LanguageOfferOptions) : step.next();
    }

    /** Asks what the user needs, unless their first message already said it. */
    private async showMenuStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const spec = menuSpec(step.options.again === true);
        // Answered the language offer with a new message in that language: the new message is the one to act on.
        const utterance = messageAfterOffer(step.result) ?? step.options.utterance;
        // A first message that thanks, says "ok" or asks what this is ("who are you?") gets its line, then the menu.
        const remark = utterance ? (remarkInsideAnswerKey(turnPhrases(step.context), utterance) ?? acknowledgementAnswerKey(turnPhrases(step.context), utterance)) : undefined;
        if (remark) await step.context.sendActivity(translator(step.context)(remark));
        const { topicAsked } = step.options;
        const understood = utterance && !remark ? await (topicAsked ? this.understandAboutTopic(step.context, utterance, topicAsked) : this.understand(step.context, utterance, 'firstMessage')) : undefined;
        // The first message is used once, here; it must not stay in dialog state (it could be anything the user typed).
        delete step.options.utterance;
        delete step.options.topicAsked;
        const { welcomed } = step.options;
        delete step.options.welcomed;
        // "Hi" answered by the welcome's own hello: the menu is the whole answer, not a second "Hello!".
        if (understood && !(welcomed && saysOnlyHello(understood))) return step.next(understood);
        const misses = step.options.notUnderstood ?? 0;
        const offeredBefore = step.options.offered;
        // Right after a status, "what does this mean?" is about it: its explanation again, then the menu; so are "when is
        // it?" after an interview's and "when will it come?" after a card's (see topicsOfStatusShown).
        const status = step.options.statusShown;
        // After "USCIS does not recognize that receipt number", the same question is about that answer.
        const aboutStatus = status
            ? { stepHelp: [...topicsOfStatusShown(status, step.options.formShown), 'statusMeaningShown'] as StepTopic[], params: { bucket: status } }
            : step.options.receiptNotRecognized
              ? { stepHelp: ['receiptNotRecognizedShown'] as StepTopic[] }
              : undefined;
        const { topicAnswered, alsoAsked } = step.options;
        delete step.options.alsoAsked;
        if (alsoAsked) {
            const t = translator(step.context);
            await step.context.sendActivity(t('understanding.alsoAsked', { task: t(`understanding.tasks.${INTENT_OF_OPTION[alsoAsked]}`) }));
        }
        return step.prompt(
            MENU_PROMPT,
            localizedChoiceOptions({ ...spec, ...(misses > 0 && { notUnderstoodBefore: misses }), ...(offeredBefore && { offeredBefore }), ...aboutStatus, ...(topicAnswered && { topicAnswered }) } satisfies MenuSpec),
        );
    }

    /**
     * Where the welcome showed the menu before anything was typed (web chat, Teams), the answer typed at it is the
     * conversation's first message: written in another supported language, it gets the same one-time question as a first
     * message does in offerLanguageStep, and then goes where it asked. (Later menus do not ask: by then the user has
     * read and answered the conversation's language.)
     */
    private async offerLanguageOfAnswerStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const { activity } = step.context;
        const typed = activity.type === 'message' && typeof activity.text === 'string' ? activity.text : undefined;
        const language = typed ? await languageToOffer(step.context, this.services.languages, typed) : undefined;
        if (!language) return step.next(step.result);
        (step.values as MenuValues).heldAnswer = step.result as Understood;
        return step.beginDialog(LANGUAGE_OFFER_DIALOG, { language } satisfies LanguageOfferOptions);
    }

    /** When the classifier was unsure: one question, "Did you want to <x>?", with its two best guesses as buttons. */
    private async confirmStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        // After the language question, the answer it held back (the question's own result is nothing to act on).
        const values = step.values as MenuValues;
        // Answered the language offer with a new message in that language: read it, in that language, as a first message.
        const newMessage = messageAfterOffer(step.result);
        if (newMessage) return step.replaceDialog(MENU_WATERFALL, { utterance: newMessage } satisfies MainDialogOptions);
        const understood = values.heldAnswer ?? (step.result as Understood);
        delete values.heldAnswer;
        // What is said before the message is acted on (see Understood.asides): the worry line, the privacy answer.
        for (const aside of understood.asides ?? []) {
            // Fed up and asking nothing else, with a person at hand: the offer of one (its apology and button), not the line.
            const fedUpOnly = aside === FRUSTRATION_ANSWER_KEY && SAYS_NO_MORE.has(understood.value);
            if (fedUpOnly && (await offerWhenStaffed(step.context, this.services.handoff, 'frustrated'))) continue;
            await step.context.sendActivity(translator(step.context)(aside, faqAnswerParams(step.context, this.services.organization)));
        }
        if (understood.topic) {
            // "What would you like to know about citizenship?": how to get it (the matter's answer), or one's case status.
            const { topic } = understood;
            const choices = [
                { value: destinationOfMatter(topic), titleKey: `understanding.topicAlone.${topic}.learn` },
                { value: 'checkStatus', titleKey: 'understanding.choices.checkStatus' },
                SOMETHING_ELSE_CHOICE,
            ];
            const paramKeys = { topic: `understanding.topicAlone.${topic}.name` };
            // Answered with a question instead ("how much does it cost?"), the question is about this topic.
            values.topicAsked = topic;
            return step.prompt(CONFIRM_PROMPT, localizedChoiceOptions({ promptKey: 'understanding.topicAlone.prompt', retryKey: 'understanding.confirmRetry', paramKeys, choices }));
        }
        const { alternatives } = understood;
        // The message the flow is chosen from, when the flow starts on another turn's message (after the language or
        // the confirm question): kept for it until then. Never what could be a code typed at the menu.
        const { utterance } = understood;
        const laterTurn = utterance !== step.context.activity.text || alternatives?.length;
        if (utterance && laterTurn && !looksLikeSecretCode(utterance)) values.utterance = utterance;
        if (!alternatives?.length) return step.next(understood);
        const choices = [...alternatives.map((intent) => ({ value: destinationOf(intent), titleKey: `understanding.choices.${choiceKey(intent)}` })), SOMETHING_ELSE_CHOICE];
        const paramKeys = { task: `understanding.tasks.${choiceKey(alternatives[0])}` };
        return step.prompt(CONFIRM_PROMPT, localizedChoiceOptions({ promptKey: 'understanding.confirm', retryKey: 'understanding.confirmRetry', paramKeys, choices }));
    }

    /** Starts the flow for the chosen option; "talk to a person" is answered here. */
    private async startChosenFlowStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        const option = (step.result as FoundChoice).value as Destination | typeof SOMETHING_ELSE | typeof READ_AGAIN;
        if (option === SOMETHING_ELSE) return step.replaceDialog(MENU_WATERFALL, {} satisfies MainDialogOptions);
        if (option === READ_AGAIN) {
            const { topicAsked } = step.values as MenuValues;
            return step.replaceDialog(MENU_WATERFALL, { utterance: step.context.activity.text, ...(topicAsked && { topicAsked }) } satisfies MainDialogOptions);
        }
        if (option === 'statusMeaning') {
            const typed = this.messageRead(step) ?? '';
            const named = statusTitleAskedAbout(step.context, typed) ?? (asksWhatFollowsApproval(step.context, typed) ? approvedTitle(turnLanguage(step.context)) : undefined);
            if (named) await step.context.sendActivity(statusMeaningText(step.context, named));
            // "...actively reviewed for 2 years": the status's meaning, then what USCIS's usual times say about a late case.
            if (named && saysCaseIsLate(step.context, typed)) await step.context.sendActivity(translator(step.context)(USUAL_TIMES_ANSWER_KEY));
            return step.replaceDialog(MENU_WATERFALL, { again: true } satisfies MainDialogOptions);
        }
        // Out of scope, but worried or fed up: the plain word already said is the answer, not "Sorry, I can't help with
        // that"; nor the help line or "nothing to cancel" for "you're not helping" or "esto no sirve para nada".
        if (SAYS_NO_MORE.has(option) && (step.result as Understood).asides?.length) {
            return step.replaceDialog(MENU_WATERFALL, { offered: handoffOfferedThisTurn(step.context) } satisfies MainDialogOptions);
        }
        if (option === 'formsCompared') {
            const t = translator(step.context);
            const forms = formsComparedAsked(step.context, this.messageRead(step) ?? '') ?? [];
            await step.context.sendActivity([...forms.map((form) => t(`understanding.formPurposes.${form}`)), t('understanding.formsCompared')].join('\n'));
            return step.replaceDialog(MENU_WATERFALL, {} satisfies MainDialogOptions);
        }
        if (option === 'signOut') {
            const signedOut = await endSignedInSession(this.services, step.context);
            await step.context.sendActivity(translator(step.context)(signedOut ? 'understanding.signedOut' : 'understanding.notSignedIn', { orgName: this.services.organization.name }));
            return step.replaceDialog(MENU_WATERFALL, {} satisfies MainDialogOptions);
        }
        const reply = ONE_LINE_REPLIES[option];
        if (reply) {
            // "Where do I send my I-130?", "where do I download the I-130?": that form's own page, where its address is,
            // and the form itself.
            const typed = (step.result as Understood).utterance ?? '';
            const formReply = FORM_NAMED_REPLIES[option];
            const form = formReply ? uscisFormNamedIn(typed) : undefined;
            const t = translator(step.context);
            await step.context.sendActivity(formReply && form ? t(formReply, { form: form.form, url: form.page }) : t(reply, { orgName: this.services.organization.name }));
            const also = SAID_ALSO[option];
            if (also && containsAnyPhrase(step.context, also[0], plainWords(typed))) await step.context.sendActivity(t(also[1]));
            // After how to get citizenship, a green card or a work permit, "how much does it cost?" is about it.
            const topicAnswered = TOPICS_ALONE.find((topic) => destinationOfMatter(topic) === option);
            if (option !== 'none') return step.replaceDialog(MENU_WATERFALL, { ...(topicAnswered && { topicAnswered }) } satisfies MainDialogOptions);
            // Out of scope: the second message in a row not understood (here or as a menu retry) offers a person.
            const inRow = (step.result as Understood).notUnderstoodInRow ?? 1;
            if (offersAfterNotUnderstood(inRow)) await offerWhenStaffed(step.context, this.services.handoff, 'notUnderstood');
            return step.replaceDialog(MENU_WATERFALL, { notUnderstood: inRow } satisfies MainDialogOptions);
        }
        // The language question, as the word "language" asks it anywhere; the menu follows in the chosen language. "I want
        // to talk to someone who speaks Chinese" asks for a person as well: the person, in that language.
        if (option === 'changeLanguage') {
            const typed = this.messageRead(step);
            if (typed && !saysConversationLanguageNotSpoken(step.context, typed) && (await this.asksForPerson(step.context, typed))) return this.toPerson(step, typed);
            return step.beginDialog(CHOOSE_LANGUAGE_DIALOG);
        }
        const topic = commonQuestionOf(option);
        if (topic) {
            // "I moved, how do I change my address?": the address line, whichever way the message reached the topic.
            const typed = this.messageRead(step);
            const aboutAddress = topic === 'manageCase' && typed !== undefined && containsAnyPhrase(step.context, ADDRESS_WORDS, plainWords(typed));
            const readAs = typed !== step.context.activity.text ? typed : undefined;
            return step.beginDialog(this.flows.commonQuestions.id, { topic, aboutAddress, asked: readAs } satisfies CommonQuestionsOptions);
        }
        if (option === 'stopCaseUpdates' || isSpokenFlow(option)) return step.beginDialog(this.flows[option]!.id);
        if (option === 'followedCases') return step.beginDialog(this.flows.stopCaseUpdates!.id, { listOnly: true } satisfies StopCaseUpdatesOptions);
        if (!isMenuOption(option)) throw new Error(`the menu cannot go to "${option}"`);
        if (option === 'talkToPerson') return this.toPerson(step, this.messageRead(step));
        // Account matters are personal: in a group chat other members would see (and could answer) every question.
        if (ACCOUNT_OPTIONS.has(option) && !isPrivateConversation(step.context)) {
            await step.context.sendActivity(translator(step.context)('privacy.privateChatOnly'));
            return step.next();
        }
        const typed = this.messageRead(step);
        // "Check my case status and find my account number": this flow first, and the other task named at the menu after it.
        const alsoAsked = typed ? await this.otherTaskAsked(step.context, typed, option) : undefined;
        if (alsoAsked) (step.values as MenuValues).alsoAsked = alsoAsked;
        // A receipt number in the message that chose the option ("status of EAC9999103403") is not asked again.
        const receiptNumber = typed ? await this.receiptTyped(step.context, typed) : undefined;
        if (option === 'checkStatus' && receiptNumber) {
            // "EAC9999103403 and EAC9999103400": each is checked, one after the other.
            return step.beginDialog(this.flows.checkStatus.id, { receiptNumber: receiptNumber.typed, moreReceipts: receiptNumber.more } satisfies CheckStatusOptions);
        }
        // "EAC999910340", a digit short: the flow says how many digits it has before asking for the number again.
        const mistyped = option === 'checkStatus' && typed ? mistypedReceiptIn(typed) : undefined;
        if (mistyped) return step.beginDialog(this.flows.checkStatus.id, { receiptNumber: mistyped.typed } satisfies CheckStatusOptions);
        // A case is added alone: with several numbers written, the flow asks which (one at a time).
        if (option === 'addPaperCase' && receiptNumber?.sure && receiptNumber.more.length === 0) return step.beginDialog(this.flows.addPaperCase.id, { receiptNumber: receiptNumber.value });
        // A question asked along the way is answered before the flow asks its first question.
        const aside = typed ? questionAside(step.context, option, typed) : undefined;
        if (aside) await step.context.sendActivity(translator(step.context)(aside));
        // A sentence, not the option's title or number: it may say more than which option it chose.
        const sentence = typed !== undefined && !isMenuOptionWording(step.context, option, typed);
        if (option === 'recoverAccess' && typed) {
            // A sentence may mean the USCIS account as well as the one here; which one is asked unless it named USCIS or
            // the organisation ("my USCIS account is locked", "my Ayuda account"). Not by the choices' looser words:
            // "esta" (this one) is also "está" ("mi cuenta está bloqueada").
            const account = sentence ? (accountNamedIn(typed, this.services.organization.name) ?? 'ask') : undefined;
            // "I forgot my password" chose "I can't sign in" and said why: the reason is not asked again.
            const reason = recoverTopicNamed(turnPhrases(step.context), typed);
            if (reason || sentence) return step.beginDialog(this.flows.recoverAccess.id, { topic: reason, account } satisfies SignInTroubleOptions);
        }
        // An email, phone or account number in that message is not asked for again either.
        const bare = option === 'findAccountNumber' && typed && isBareNumber(typed) ? { accountNumber: typed.trim() } : undefined;
        const prefill = bare ?? (ACCOUNT_OPTIONS.has(option) && typed ? await this.prefillTyped(step.context, typed) : undefined);
        // "Where do I find my online account number?" is answered at once, not asked "what would you like to do?".
        if (option === 'findAccountNumber' && sentence && !prefill && asksWhereAccountNumberIs(step.context, typed)) {
            return step.beginDialog(this.flows.findAccountNumber.id, { topic: 'whereToFind' } satisfies GuideOptions);
        }
        // "How do I make a USCIS account?": the account it names is not asked about ("which account?") again.
        const account = option === 'createAccount' && sentence ? accountNamedIn(typed, this.services.organization.name) : undefined;
        if (account) return step.beginDialog(this.flows.createAccount.id, { account, ...(prefill && { prefill }) } satisfies ChooseAccountOptions);
        if (prefill) return step.beginDialog(this.flows[option].id, { prefill });
        return step.beginDialog(this.flows[option].id);
    }

    /**
     * "Talk to a person": a live help desk queues the user (the handoff dialog); otherwise the contact details. A
     * language the message asks the person to speak becomes the conversation's first (see speakLanguageAskedIn).
     */
    private async toPerson(step: WaterfallStepContext<MainDialogOptions>, typed: string | undefined): Promise<DialogTurnResult> {
        // Right after an offer (out-of-scope answers, a flow that could not go on), taking it is for that reason.
        const reason = step.options.offered ?? ((step.options.notUnderstood ?? 0) >= NOT_UNDERSTOOD_BEFORE_OFFER ? 'notUnderstood' : 'asked');
        const languageAsked = await speakLanguageAskedIn(step.context, this.services.languages, typed);
        if (this.services.handoff) return step.beginDialog(HANDOFF_DIALOG, { reason, flow: MAIN_DIALOG, languageAsked } satisfies HandoffOptions);
        await step.context.sendActivity(contactDetailsText(step.context, this.services.organization, languageAsked));
        return step.next();
    }

    /**
     * A task of the menu that a part of the message asks for (see requestClauses), read alone and surely, other than
     * `chosen`: "find my account number" in "check my case status and find my account number". Only a message of
     * several parts is read again.
     */
    private async otherTaskAsked(context: TurnContext, typed: string, chosen: MenuOption): Promise<TaskOption | undefined> {
        const parts = requestClauses(context, typed);
        if (parts.length < 2) return undefined;
        for (const part of parts) {
            const reading = await this.understandAsTyped(context, part, 'firstMessage');
            const task = reading && isSettled(reading) && isTaskOption(reading.value) ? reading.value : undefined;
            if (task && task !== chosen) return task;
        }
        return undefined;
    }

    /** Whether a sentence asks for a person, as a question's answer would be read ("can I talk to someone in Chinese?"). */
    private async asksForPerson(context: TurnContext, text: string): Promise<boolean> {
        const result = await this.services.recognizer.recognize({ text, locale: turnLanguage(context), expecting: 'answer' });
        return topIntent(result, ['talkToPerson'], INTERRUPTION_MIN_SCORE) !== undefined;
    }

    /** Shows the menu again: from the top after "start over", otherwise as "anything else?". */
    private async returnToMenuStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
        // A flow that could not place the message ("check EAC9999103403" among the common questions) leaves it to the menu.
        const { activity } = step.context;
        if (isFlowOutcome(step.result) && step.result.outcome === 'elsewhere' && activity.type === 'message' && activity.text) {
            return step.replaceDialog(MENU_WATERFALL, { utterance: activity.text } satisfies MainDialogOptions);
        }
        const startOver = isFlowOutcome(step.result) && step.result.outcome === 'startOver';
        const shown = !startOver && isFlowOutcome(step.result) ? step.result : undefined;
        const { alsoAsked } = step.values as MenuValues;
        return step.replaceDialog(MENU_WATERFALL, {
            again: !startOver,
            alsoAsked: startOver ? undefined : alsoAsked,
            offered: handoffOfferedThisTurn(step.context),
            statusShown: shown?.statusShown,
            formShown: shown?.formShown,
            receiptNotRecognized: shown?.receiptNotRecognized,
        } satisfies MainDialogOptions);
    }

    /**
     * Where a message asks to go, as the recognizer reads it at the menu, most certain first: "stop updates" and "my
     * updates"; a question known by its words (travel, hours); a spoken-only flow ("my cases"); a question about privacy;
     * in a first message, an option named inside a sentence ("I want to check my case status"); what the classifier is
     * sure of; what a sentence is plainly about (`fromCues`); a receipt number, which means "check this case"; in a
     * first message, a command (help, cancel, language); then, when the classifier is unsure, its two best guesses to
     * confirm, or, for a topic typed alone ("citizenship"), which of its questions is meant; else out of scope. At the
     * menu question, where an option is usually chosen by its name or number, a sentence that merely names one is left
     * to the classifier.
     */
    private async understand(context: TurnContext, typed: string, at: 'firstMessage' | 'menuQuestion'): Promise<Understood | undefined> {
        let said = typed;
        let understood = await this.understandAsTyped(context, said, at);
        // The message without the greetings it opens with: worked out once, and only for a message not read surely.
        let afterGreeting: string | undefined;
        const withoutGreeting = () => (afterGreeting ??= withoutOpeningGreeting(turnPhrases(context), typed));
        // "Hello, good afternoon, I would like to know how my case is going": read whole, a greeting; the request after
        // the greetings is read alone, and kept unless it too is a greeting or nothing ("hi, how are you?"). Read whole as
        // nothing, or unsure ("magandang umaga po, paano po mag-check ng status"), the request alone is kept when sure.
        if (understood && (understood.value === 'greeting' || !isSettled(understood))) {
            const request = withoutGreeting();
            const again = request === said ? undefined : await this.understandAsTyped(context, request, at);
            const greeted = understood.value === 'greeting';
            if (again && again.value !== 'greeting' && (greeted ? again.value !== 'none' : isSettled(again))) [said, understood] = [request, again];
        }
        // "Green card" alone, which the classifier reads surely as a case's status, asks nothing yet either: which of the
        // topic's questions is meant is asked, as for "citizenship" below (the status check is one of them).
        const topicTyped = understood && isSettled(understood) ? topicAloneIn(context, typed) : undefined;
        if (understood && topicTyped) return { ...understood, topic: topicTyped, alternatives: undefined, asides: undefined };
        if (!understood || isSettled(understood)) return understood;
        // "Wen is my intervew", "my wrk permit expird": read once more with misspelled words put right, before "Sorry" or
        // "Did you want …?"; kept when that reading is sure.
        const fixed = withMisspellingsFixed(turnLanguage(context), said, () => turnLocaleTexts(context));
        const again = fixed === undefined ? undefined : await this.understandAsTyped(context, fixed, at);
        if (again && isSettled(again)) return again;
        // "Citizenship", "영주권": a topic alone, which asks nothing yet; which of its questions is meant is asked.
        const topic = topicAloneIn(context, said) ?? topicAloneIn(context, withoutGreeting());
        return topic ? { ...understood, topic, alternatives: undefined, asides: undefined } : understood;
    }

    /**
     * A message typed right after a topic: at "what would you like to know about citizenship?" (a topic typed alone), or
     * at the menu right after the topic's answer ("how do I become a citizen?"). Before, it was read alone: "how much
     * does it cost?" got every form's fees, "how do I apply?" a guess to confirm. A reading that names its own request
     * ("how long does it take?", "talk to a person") stands; one that answers for any form alike, or none, is read again
     * with the topic's name after it ("how much does it cost? citizenship": Form N-400's fee). Still no more than that,
     * a question at the topic's question gets the topic's answer (how to get it, with its form's page and instructions);
     * at the menu, where that answer was just given, it is read as typed.
     */
    private async understandAboutTopic(context: TurnContext, typed: string, topic: TopicAlone, at: 'firstMessage' | 'menuQuestion' = 'firstMessage'): Promise<Understood | undefined> {
        const alone = await this.understand(context, typed, at);
        if (alone && isSettled(alone) && !SHARPENED_BY_TOPIC.has(alone.value)) return alone;
        const named = `${typed} ${translator(context)(`understanding.topicAlone.${topic}.name`)}`;
        const withTopic = await this.understand(context, named, at);
        const topicAnswer = destinationOfMatter(topic);
        // At the menu, the topic's own answer was just given: not given again for a question it read as that answer.
        const repeats = at === 'menuQuestion' && withTopic?.value === topicAnswer;
        if (withTopic && isSettled(withTopic) && !ANSWERED_BY_TOPIC.has(withTopic.value) && !repeats) return withTopic;
        const answerAgain = at === 'firstMessage' && (looksLikeQuestion(context, typed) || (alone !== undefined && SHARPENED_BY_TOPIC.has(alone.value)));
        if (!answerAgain) return alone;
        return { value: topicAnswer, index: MENU_OPTIONS.indexOf(topicAnswer as MenuOption), score: 1, utterance: typed };
    }

    /** See understand: the message read as typed. */
    private async understandAsTyped(context: TurnContext, said: string, at: 'firstMessage' | 'menuQuestion'): Promise<Understood | undefined> {
        // "Thank you, how do I add my case?": the request after the thanks (read whole, it was a greeting).
        const text = withoutOpeningThanks(turnPhrases(context), said);
        const feeling = feelingAnswerKey(context, text);
        const forThem = asksToFileForThem(context, text);
        // The request the message names, read once: an aside asks for it too, and legal advice may be found before it.
        let matterRead: { matter: UscisMatter | undefined } | undefined;
        const matterNamed = () => (matterRead ??= { matter: uscisMatterIn(context, text) }).matter;
        // Who the message asks speaks a language it names, read once: routing reads it, and legal help's line after it.
        let speakerRead: { speaker: LanguageSpeaker | undefined } | undefined;
        const speakerAsked = () => (speakerRead ??= { speaker: languageSpeakerAskedAbout(context, text) }).speaker;
        const asides = (value: Destination) => {
            // "Will ICE be at my interview?": its preface is the answer, beside which the worry's line and this chat's
            // privacy are not the question.
            const arrestFeared = value === 'legalAdvice' && fearsArrestAtUscis(context, text);
            const named = value === 'legalAdvice' ? matterNamed() : undefined;
            const prefacingMatter = named && MATTERS_BEFORE_LEGAL_ADVICE.has(named) ? named : undefined;
            const secret = secretTypedIn(context, text);
            const said = [
                // A password or a code typed at the menu, where none is asked for: a word of warning first (the message is
                // not kept: see SenderoBot). Alone, that is the whole answer ("483920", before: "Sorry, I can't help").
                ...(secret ? [SECRET_WARNINGS[secret]] : []),
                // The worry's line speaks of what USCIS will decide, and of a case's status here: not of ICE, a court or a visa,
                // and not of this chat's privacy, where its first sentence is said alone.
                ...(feeling && !OUTSIDE_USCIS.has(value as UscisMatter) ? [feeling === WORRY_ANSWER_KEY && (value === 'privacy' || arrestFeared) ? WORRY_ALONE_ANSWER_KEY : feeling] : []),
                // "ICE detained my husband" names ICE, as "will ICE see this?" does, but asks where he is, not about this chat;
                // "E-Verify did not confirm my data" means E-Verify's records.
                ...(value !== 'privacy' && !OUTSIDE_USCIS.has(value as UscisMatter) && !RECORDS_KEPT_ELSEWHERE.has(value as UscisMatter) && asksAboutPrivacy(context, text, undefined) && !arrestFeared
                    ? ['faq.answers.privacy.short']
                    : []),
                ...(value === 'fileFormOnline' && forThem ? [FILE_FOR_THEM_ANSWER_KEY] : []),
                ...(value === 'legalHelp' && speakerAsked() === 'lawyer' ? [LEGAL_HELP_IN_LANGUAGE] : []),
                // "I'm undocumented, can I check my case status?": the task, after the line that this chat needs no one's
                // status (the lawyer's answer says it itself; ICE's matters and the privacy answer come first, alone).
                ...(value !== 'legalAdvice' && value !== 'privacy' && !OUTSIDE_USCIS.has(value as UscisMatter) && containsAnyPhrase(context, NO_STATUS_WORDS, plainWords(text))
                    ? [NO_STATUS_ASIDE]
                    : []),
                // What the lawyer's answer alone leaves out: a trip's risk, a visa's end date, public charge, no papers (by
                // their words); a work permit's renewal, what USCIS sees of a record, who may ask for which relatives (by the
                // request the message names).
                ...(value === 'legalAdvice' ? legalAdvicePrefaces(context, text) : []),
                ...(prefacingMatter ? [uscisMatterAnswerKey(prefacingMatter)] : []),
            ];
            return said.length > 0 ? said : undefined;
        };
        const found = (value: Destination, alternatives?: FreeTextIntent[]): Understood => ({ value, index: MENU_OPTIONS.indexOf(value as MenuOption), score: 1, alternatives, utterance: text, asides: asides(value) });
        if (this.flows.stopCaseUpdates && asksToStopUpdates(context, text)) return found('stopCaseUpdates');
        if (this.flows.stopCaseUpdates && asksWhichUpdates(context, text)) return found('followedCases');
        // "Sign out", "log me out", "cerrar sesión" (before: "Did you want to make an account?", or "Sorry"): on a
        // shared computer, the way to end this chat's sign-in before the 15 idle minutes do.
        if (asksToSignOut(context, text)) return found('signOut');
        // A number alone ("1234 5678 9012", "A123456789"): the number check says which number it looks like.
        if (isBareNumber(text)) return found('findAccountNumber');
        // An address alone ("ana@example.com", "my email is ana@example.com") is an answer to a question that is not on
        // screen: said so, and not kept.
        if (isEmailOnly(context, text)) return found('emailAlone');
        // "I don't know which email I used": where to find it, before a lawyer or a case the message names draws it elsewhere.
        if (asksWhichEmailAccountUses(context, text)) return found('forgotEmail');
        // "Can I expedite my case?", "I never got my card": what USCIS asks for; a card's mailing, an appointment or what a
        // letter is about shows in the status, so those go on to the status check (questionAside says the answer first).
        // "I lost my job, will it affect my green card application?": what only a lawyer can say for a case, not a lost card
        // ("lost", "green card") nor the case's status.
        if (containsAnyPhrase(context, 'faq.topics.legalAdvice.affectWords', plainWords(text))) return found('legalAdvice');
        // "I got a text saying my case needs payment by gift card", "my case was approved but they want me to pay by
        // Zelle": a scam in USCIS's name, whatever case or status it names (before: the receipt question, or the
        // status's meaning). How to stay safe comes first: money is at stake.
        if (containsAnyPhrase(context, 'faq.topics.security.scamWords', plainWords(text))) return found('faq.security');
        // "Will ICE arrest me at my green card interview?", "¿es seguro ir a la cita de huellas?": no one here can know, what
        // is reported, and a lawyer before going, not staying away (before: "Sorry", how to move an interview, or where to
        // find someone held, read from "detained"). Before the matters, whose words an interview or a detention share.
        if (fearsArrestAtUscis(context, text)) return found('legalAdvice');
        // "What's the difference between I-130 and I-485?": what each is for, and that which ones fit is a lawyer's to say
        // (before: which number is which, read from "difference", to confirm).
        if (formsComparedAsked(context, text)) return found('formsCompared');
        // "What is form I-130?", "I-485是什么", "I-90이 뭐예요?": the answer that says what the form is for (before: "Sorry",
        // or which forms are filed online, to confirm).
        const formExplained = matterExplainingFormAsked(context, text);
        if (formExplained) return found(destinationOfMatter(formExplained));
        // "Can my lawyer speak Spanish?", "¿el oficial habla español?": someone else's language, not this chat's (before: the
        // chat switched to it, or said it already spoke it). Where legal help is found, with a line that many groups help
        // in other languages; an officer's, the interpreter's answer.
        const speaker = speakerAsked();
        if (speaker) return found(speaker === 'lawyer' ? 'legalHelp' : destinationOfMatter('appointmentInterpreter'));
        const matter = matterNamed();
        const matterDestination = matter && destinationOfMatter(matter);
        if (matterDestination && MATTERS_BEFORE_STATUS_MEANING.has(matter)) return found(matterDestination);
        // "Will my case be approved?", "is my asylum case strong?": what no one here can know, and a lawyer can say. Before:
        // USCIS's usual times ("be approved"), "Sorry, I can't help with that", or a denial's answer ("will they deny it?").
        // Said worried, the worry's line says so already: then the status, as "I'm scared they will deny my case" gets.
        if (asksAboutChances(context, text)) return found(feeling === WORRY_ANSWER_KEY ? 'checkStatus' : 'chances');
        // "I was approved, when does my card come?", "me aprobaron, ¿cuándo me llega la tarjeta?": a card, if the case has
        // one, is made and mailed after the approval, and some approvals have none (before: USCIS's usual times, or what
        // "Case Was Approved" means). Before the status title such a message may name.
        if (asksForCardAfterApproval(context, text)) return found('cardAfterApproval');
        // "승인됐는데 이제 뭐 해요?", "批准了，现在怎么办？": what an approval means and what to do next, as "my case was
        // approved, what now?" gets from USCIS's title (before: "Sorry", or a status check to confirm). A request the
        // message names ("my I-130 was approved, what's next?") is that request.
        if (asksWhatFollowsApproval(context, text) && !statusTitleAskedAbout(context, text) && !matterNamed()) return found('statusMeaning');
        // A status title as USCIS shows it: what it means, not "what is the receipt number?". With a receipt, a check.
        // A request said beside it ("my case was approved but I never got my card") is the question, not the meaning.
        if (statusTitleAskedAbout(context, text)) {
            const beside = uscisMatterBesideStatusTitle(context, text);
            return found(beside ? destinationOfMatter(beside) : 'statusMeaning');
        }
        // "Can you file for me?": it can't, and says so before the filing steps (out of scope in English before).
        if (forThem) return found('fileFormOnline');
        const askedInWords = topicInWords(context, text);
        // "EAC9999103413 what documents do I need?": with a receipt number, that case's status says what it asks for (a
        // request for evidence shows, with what to do next); the general answer dropped the number.
        if (askedInWords && ASKED_OF_ONE_CASE.has(askedInWords) && findReceiptNumbers(text).length > 0) return found('checkStatus');
        if (askedInWords) return found(askedInWords);
        // "I have two accounts, how do I merge them?": USCIS can't; each case stays where it was added (not "send evidence").
        if (asksAboutTwoAccounts(context, text)) return found('twoAccounts');
        // "How do I add my lawyer to my account?": representatives have accounts of their own, not a paper case to add.
        if (asksToLetRepresentativeIn(context, text)) return found('representativeAccess');
        // "Can I use my wife's account?": each person needs their own (not what the account is for, to confirm). After the
        // lawyer's question: "can I share my account with my lawyer?" is that one.
        if (asksAboutSharedAccount(context, text)) return found('sharedAccount');
        // "I want to change my email": no flow does it; where each account's is changed, rather than "can't help".
        if (asksToChangeAccountDetail(context, text)) return found('accountChanges');
        if (matterDestination) return found(matterDestination);
        // "I don't speak English, can someone help me?", or "I need an interpreter" in the language a conversation starts
        // in: this chat speaks several languages, and which one is the question. Asked in a language chosen or written
        // since, an interpreter is for USCIS: who may interpret at an interview (one for documents is not that either),
        // unless a person is what the message asks for ("no hablo inglés, ¿alguien me ayuda?": the person, in Spanish). One
        // the applicant brings ("can I bring an interpreter who speaks Spanish?") is USCIS's question in any language.
        if (saysConversationLanguageNotSpoken(context, text)) return found('changeLanguage');
        if (saysInterpreterIsBrought(context, text) && !(await this.asksForPerson(context, text))) return found(destinationOfMatter('appointmentInterpreter'));
        if (saysMatterWords(context, 'appointmentInterpreter', text) && languagesNamedIn(text, supportedLanguages(context)).length === 0) {
            if (speaksDefaultLanguage(context)) return found('changeLanguage');
            if (!(await this.asksForPerson(context, text))) return found(destinationOfMatter('appointmentInterpreter'));
        }
        if (this.flows.deleteAccount && refusesDeletion(context, text)) return found('keepAccount');
        // The feeling has its line (an aside): "this is so annoying" asks nothing more, and what else a fed-up message asks
        // is read without its words, which the classifier would read by their letters ("annoying": the scams question).
        const asked = feeling ? askedBesideFeeling(context, text) : text;
        if (asked === undefined) return found('none');
        // "¿Dónde encuentro mi número de caso?": where the receipt number is (before: the online account number's guide,
        // the list of one's cases, or "Sorry").
        if (asksWhereCaseNumberIs(context, asked)) return found('noReceipt');
        const result = await this.recognizeMenu(context, asked);
        const spoken = topIntent(result, SPOKEN_FLOWS, MENU_MIN_SCORE);
        // "我的案子等了好几个月了" (my case has waited months) names "my cases", but asks about a status that is late;
        // "tôi muốn thêm hồ sơ của tôi vào tài khoản" names it too, but asks to add one (the option's own words).
        if (spoken && this.flows[spoken.name]) {
            if (spoken.name !== 'myCases') return found(spoken.name);
            // Late, or worried about ("tôi lo quá, hồ sơ của tôi có bị từ chối không"): the case's status, not the list.
            if (saysCaseIsLate(context, text) || feeling === WORRY_ANSWER_KEY) return found('checkStatus');
            return found(containsAnyPhrase(context, 'menu.options.addPaperCase.synonyms', plainWords(text)) ? 'addPaperCase' : 'myCases');
        }
        const option = topIntent(result, MENU_OPTIONS, MENU_MIN_SCORE);
        const reading = result.freeText;
        const best = reading?.intents[0];
        // "Is this chat private?", "is my information safe?": the classifier reads them as the scams question, or not
        // at all, and "information" names the common questions (see asksAboutPrivacy). A task named in it comes first.
        const sure = reading?.confidence === 'sure' ? best?.name : undefined;
        if ((!option || option.name === 'commonQuestions') && asksAboutPrivacy(context, text, sure)) return found('privacy');
        // "Questions" names the common questions inside "I forgot my security questions", which the classifier surely
        // reads as a task (a lost account): the task it is.
        const sureTask = sure && isMenuOption(destinationOf(sure)) ? destinationOf(sure) : undefined;
        const worded = () => wordedTopicIn(turnPhrases(context), text);
        // "What's the difference between an A-number and a receipt number?" names an option's words ("receipt number")
        // inside a common question the classifier is sure of, asked in that question's own words: the question it is.
        const sureTopic = sure && TOPIC_OF_INTENT[sure];
        if (option && sureTopic && worded() === sureTopic) return found(destinationOf(sure));
        // The status check, where another task is not named ("add my case without the receipt number" stays that task):
        // "how do I check my case without the receipt number?" gets where the number is first (questionAside), not the
        // common question on numbers its words name (Spanish) nor the bare receipt question; "EAC999910340", a digit
        // short, is said to be so, whatever the classifier guessed of letters and digits; "do I need an account to check my
        // status?", where the words or the classifier's first two readings name the status check, gets that none is needed
        // ("can I file without an account?" does not name it); "can I check my status by phone?" likewise gets the phone.
        const statusAskedHow = () =>
            (asksWithoutAccount(context, text) || asksStatusByPhone(context, text)) &&
            (option?.name === 'checkStatus' || (reading?.intents.slice(0, 2).some((intent) => intent.name === 'checkStatus') ?? false));
        if ((!option || option.name === 'checkStatus') && (asksWithoutReceipt(context, text) || mistypedReceiptIn(text) || statusAskedHow())) return found('checkStatus');
        if (option && at === 'firstMessage' && !option.fromCues) return found(option.name === 'commonQuestions' && sureTask ? sureTask : option.name);
        // Out of scope; but "do I need a lawyer?" or "what is an A-number?" is answered by its common question, and
        // "I don't have an email" or "I lost my receipt notice" by what to do about it.
        const noEmail = () => (missingAnswerKey(context, MENU_EMAIL_MISSING, text, { namedOnly: true }) ? 'noEmail' : undefined);
        const noReceipt = () => (missingAnswerKey(context, RECEIPT_MISSING, text, { namedOnly: true }) ? 'noReceipt' : undefined);
        // "What is the processing time?" names no case, but is asked by people waiting on one: USCIS's usual times, then
        // the status check (as "how long will my case take?" gets; see questionAside).
        const timeAsked = () => (asksAboutProcessingTime(context, text) ? 'checkStatus' : undefined);
        // "Quiero hablar en mam": a language this chat does not speak; said so, with the ones it does.
        const otherLanguage = () => (asksForOtherLanguage(context, text) ? 'changeLanguage' : undefined);
        const outOfScope = () => found(worded() ?? noEmail() ?? noReceipt() ?? timeAsked() ?? otherLanguage() ?? 'none');
        // "Can I cancel my application?" is about USCIS, not this chat: "nothing to cancel" would be wrong.
        if (best?.name === 'cancel' && cancelsSomethingElse(context, text)) return outOfScope();
        // "J'ai perdu mon reçu" is read surely as a lost account ("perdu"); the receipt it names is what was lost.
        if (best?.name === 'accountRecovery' && noReceipt()) return found('noReceipt');
        // "Ya pasaron 6 meses y no me llega nada" is read surely as codes that don't arrive ("no me llega"); months
        // said with it are a case that is late (USCIS's usual times, then the status check), which no code takes.
        if (best?.name === 'accountRecovery' && saysCaseIsLate(context, text)) return found('checkStatus');
        // "¿Cuánto tiempo tarda la ciudadanía?" is read surely as which forms are filed online: a question of time that
        // names none of that topic's words asks USCIS's usual times (then the status check).
        if (best?.name === 'faq.formsOnline' && reading?.confidence === 'sure' && !worded() && timeAsked()) return found('checkStatus');
        if (best && reading.confidence === 'sure') return best.name === 'none' ? outOfScope() : found(destinationOf(best.name));
        // Unsure of "how long does USCIS take?" ("which forms can be filed online?"): the time question is the surer reading.
        const time = timeAsked();
        if (time) return found(time);
        // The classifier has no intent for it, and may guess one unsure ("no tengo correo": common questions?). A lost
        // receipt number in a common question's words is that question ("where do I find my alien registration number").
        const missing = noEmail() ?? (worded() ? undefined : noReceipt());
        if (missing) return found(missing);
        if (option?.fromCues) return found(option.name);
        if (receiptIn(result)) return found('checkStatus');
        // "What is TPS?" read, unsure, as help ("what is"): the help line ("choose one of the options") answers nothing it
        // asked. Without a word that asks for help, it is out of scope, which says what this chat does.
        if (best?.name === 'help' && !containsAnyPhrase(context, 'interruptions.helpWords', plainWords(text))) return outOfScope();
        // A first message that is a command ("help") is answered as at the menu (later, the interruptions handle it).
        const command = at === 'firstMessage' ? topIntent(result, ['help', 'cancel', 'chooseLanguage'] as const, MENU_MIN_SCORE) : undefined;
        if (command) return found(command.name === 'chooseLanguage' ? 'changeLanguage' : command.name);
        if (!best || reading.confidence === 'outOfScope') return reading ? outOfScope() : undefined;
        // Unsure of a one-line reply (a greeting, help...): giving it costs nothing, asking would. But a message in a
        // common question's words gets its answer: "I changed my address" read as "cancel" got "nothing to cancel".
        const topic = worded();
        // A question of some length read, unsure, as a greeting ("كيف يمكنني الحصول على موعد؟", how can I get an appointment?)
        // greets no one: out of scope, which says what this chat does (before: "Hello! I am glad you are here."). A short
        // one ("كيف الوضع؟", how is it going?) may be a greeting.
        if (best.name === 'greeting' && !topic && looksLikeQuestion(context, text) && plainWords(text).split(' ').length > GREETING_MAX_WORDS) return outOfScope();
        if (!isConfirmable(best.name)) return found(topic ?? destinationOf(best.name));
        // The unsure guess is the common question whose words the message uses: no need to ask which was meant.
        if (topic && TOPIC_OF_INTENT[best.name] === topic) return found(destinationOf(best.name));
        // "¿Cuánto cuesta reemplazar la green card?" read, unsure, as which forms are filed online: a fee asked about is
        // what that answer says first, with the form's page (before: "Did you want to learn which forms…?").
        if (best.name === 'faq.formsOnline' && asksAboutFees(context, text)) return found(destinationOf(best.name));
        const second = reading.intents[1];
        // "我要和会说中文的人通话" (someone who speaks Chinese), unsure of a person: words that ask for one ("的人") make
        // it sure; the person, in that language, with no question first.
        if (best.name === 'talkToAgent' && (await this.asksForPerson(context, text))) return found('talkToPerson');
        const alternatives = second && isConfirmable(second.name) && destinationOf(second.name) !== destinationOf(best.name) ? [best.name, second.name] : [best.name];
        return found(destinationOf(best.name), alternatives);
    }

    /** At the menu question, an answer that names no option may still say where to go (see understand). */
    private async menuAnswerValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        if (prompt.recognized.succeeded) return true;
        const text = prompt.context.activity.type === 'message' ? prompt.context.activity.text : undefined;
        // "Is there anything else I can help you with?" "No thanks": a goodbye, not a request to read. At the welcome's
        // "What can I help you with?", only a decline is ("no thanks", "not now"; the classifier read it as a greeting, or
        // as "nothing to cancel"): a plain "no" there, before anything was done, is read as any message.
        const said = text ? yesOrNo(prompt.context, text) : undefined;
        const again = choiceSpecOf(prompt.options).promptKey === 'menu.again';
        if ((said === 'no' && again) || (text && saysNoThanks(prompt.context, text))) return answerAndAskAgain(prompt, FAREWELL_ANSWER_KEY);
        // "ok", "d'accord", "تمام": nothing to do, and nothing that could not be done.
        const acknowledged = text ? acknowledgementAnswerKey(turnPhrases(prompt.context), text) : undefined;
        if (acknowledged) return answerAndAskAgain(prompt, acknowledged);
        // "Yes" (I need help, there is something else): how to say what, not "Sorry, I can't help with that".
        if (said === 'yes') return answerAndAskAgain(prompt, 'help.menu');
        const { topicAnswered } = choiceSpecOf(prompt.options) as MenuSpec;
        const understood = text
            ? await (topicAnswered ? this.understandAboutTopic(prompt.context, text, topicAnswered, 'menuQuestion') : this.understand(prompt.context, text, 'menuQuestion'))
            : undefined;
        if (!understood) return false;
        // Every earlier answer at this question was refused (not understood): they count with the ones before it.
        if (understood.value === 'none') understood.notUnderstoodInRow = (choiceSpecOf(prompt.options).notUnderstoodBefore ?? 0) + failedTries(prompt.state).failed;
        prompt.recognized.value = understood;
        prompt.recognized.succeeded = true;
        return true;
    }

    /**
     * "Did you want to check a case status?" is asked as a yes/no question, so "yes" takes the first guess and "no" is
     * "something else". Other words are not a wrong answer but a new message (the request said again in other words,
     * or another one): it is read as the menu reads one, instead of holding the user at the question. A message
     * without a letter (a number that is no option) is refused, and the question asked again.
     */
    private async confirmAnswerValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        if (prompt.recognized.succeeded) return true;
        const { activity } = prompt.context;
        const text = activity.type === 'message' ? activity.text : undefined;
        if (!text || !/\p{L}/u.test(text)) return false;
        const said = yesOrNo(prompt.context, text);
        const firstGuess = choiceSpecOf(prompt.options).choices[0].value;
        const value = said === 'yes' ? firstGuess : said === 'no' ? SOMETHING_ELSE : READ_AGAIN;
        prompt.recognized.value = { value, index: said === 'yes' ? 0 : -1, score: 1 };
        prompt.recognized.succeeded = true;
        return true;
    }

    /** The recognizer's reading of `text` at the menu: the message, or what is left of it; each read once a turn. */
    private async recognizeMenu(context: TurnContext, text: string): Promise<RecognizerResult> {
        const thisTurn = await recognizeTurn(this.services.recognizer, context, 'menu', text);
        return thisTurn ?? this.services.recognizer.recognize({ text, locale: turnLanguage(context), expecting: 'menu' });
    }

    /**
     * The receipt number in the message the option was chosen from, if any: `typed` as written (the status flow confirms a corrected O/I),
     * `value` normalised, `sure` when nothing had to be corrected; `more`, any others written after it, as written.
     */
    private async receiptTyped(context: TurnContext, text: string): Promise<{ typed: string; value: string; sure: boolean; more: string[] } | undefined> {
        const [entity, ...more] = receiptsIn(await this.recognizeMenu(context, text));
        if (!entity) return undefined;
        const parsed = parseReceiptNumber(entity.text);
        return { typed: entity.text, value: entity.value, sure: parsed.ok && !parsed.value.corrected, more: more.map((other) => other.text) };
    }

    /**
     * The message the chosen option was read from: the one held through the language or the confirm question when
     * there was one ("yes" names no reason and no email), else this turn's. Read once.
     */
    private messageRead(step: WaterfallStepContext<MainDialogOptions>): string | undefined {
        const values = step.values as MenuValues;
        const held = values.utterance;
        delete values.utterance;
        const { activity } = step.context;
        return held ?? (activity.type === 'message' ? activity.text : undefined);
    }

    /** An email, phone number or account number in the message the option was chosen from, for the flow it starts. */
    private async prefillTyped(context: TurnContext, text: string): Promise<AccountPrefill | undefined> {
        const { entities } = await this.recognizeMenu(context, text);
        const value = (type: 'email' | 'phone' | 'accountNumber') => entities.find((entity) => entity.type === type)?.value;
        const prefill: AccountPrefill = { email: value('email'), phone: value('phone'), accountNumber: value('accountNumber') };
        return prefill.email || prefill.phone || prefill.accountNumber ? prefill : undefined;
    }

    /**
     * The first message typed at the welcome's menu asks for a person or for help in another supported language: the
     * answer comes in that language at once, which is kept (the language question would stand in the way).
     */
    protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
        const { context } = innerDc;
        if (!innerDc.child && innerDc.stack.some((entry) => entry.id === WELCOME_MENU_WATERFALL)) {
            // Someone who may be in danger is answered in the language they wrote in, too (see InterruptibleDialog).
            const text = context.activity.type === 'message' ? context.activity.text : undefined;
            const language = safetyConcernIn(context, text)?.language ?? (await languageOfUrgentRequest(context, this.services.recognizer));
            if (language) await this.adoptLanguageOfFirstMessage(context, language);
        }
        return super.onContinueDialog(innerDc);
    }

    /**
     * A first message that cannot wait for the language question (a person asked for, help, danger), written in another
     * supported language: the conversation takes that language, as if the question had been asked and answered yes (it
     * is not asked later). Nothing changes when the language question was already asked.
     */
    private async adoptLanguageOfFirstMessage(context: TurnContext, language: string): Promise<void> {
        if (language === turnLanguage(context) || (await this.services.languages.wasOffered(context))) return;
        await this.services.languages.markOffered(context);
        await changeLanguage(context, this.services.languages, language);
    }

    /** A start with no first message is the welcome's: its menu is shown before anything was typed. */
    protected override async onBeginDialog(innerDc: DialogContext, options?: ConversationStart): Promise<DialogTurnResult> {
        return options?.utterance ? super.onBeginDialog(innerDc, options) : innerDc.beginDialog(WELCOME_MENU_WATERFALL, {} satisfies MainDialogOptions);
    }

    /**
     * At the menu there is nothing to cancel (said so, or a goodbye for a cancel that is also a decline); at "Did you want
     * to …?", cancelling drops the question for the menu.
     */
    protected override async onCancel(innerDc: DialogContext): Promise<DialogTurnResult> {
        const t = translator(innerDc.context);
        if (innerDc.activeDialog?.id === CONFIRM_PROMPT) {
            await innerDc.context.sendActivity(t('cancel.done'));
            await innerDc.cancelAllDialogs();
            return innerDc.beginDialog(MENU_WATERFALL, {} satisfies MainDialogOptions);
        }
        // "不用了" (no need) is a cancel word and a decline: at the menu, the goodbye "no thanks" gets, with the menu still
        // waiting, not asked again.
        const text = innerDc.context.activity.type === 'message' ? innerDc.context.activity.text : undefined;
        if (text && saysNoThanks(innerDc.context, text)) {
            await innerDc.context.sendActivity(t(FAREWELL_ANSWER_KEY));
            return Dialog.EndOfTurn;
        }
        await innerDc.context.sendActivity(t('cancel.nothing'));
        return this.repromptAndWait(innerDc);
    }

    /** At the top level, starting over means the menu from the beginning. */
    protected override async onStartOver(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.context.sendActivity(translator(innerDc.context)('startOver.done'));
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(MENU_WATERFALL, {} satisfies MainDialogOptions);
    }
}

/**
 * The Online Access Code's answer when a case is added from the menu: the code's own answer (said at the flow's question
 * for it, after an IOE receipt number), and that only an IOE receipt needs one.
 */
const ACCESS_CODE_BEFORE_ADDING = 'understanding.accessCode';

/** The most words a question read, unsure, as a greeting may have and still be one ("how is it going?"). */
const GREETING_MAX_WORDS = 4;

/** "I need a lawyer who speaks Spanish": that many legal aid groups and lawyers help in other languages, before where. */
const LEGAL_HELP_IN_LANGUAGE = 'understanding.legalHelpLanguage';

/** "Can you notify me when my case changes?", "¿me avisa cuando cambie mi caso?": updates asked for before a case is named. */
const UPDATES_ASKED_WORDS = 'caseSubscriptions.askedWords';

/** "I moved", "change my address": where an address is changed (the managing-a-case answer's address line). */
const ADDRESS_WORDS = 'faq.topics.manageCase.addressWords';

/** A destination known by the words of a locale key, unless the message also has those of a `notWith` key. */
type WordedDestination = readonly [key: string, destination: Destination, notWith?: string | readonly string[]];

/**
 * What a trip's words are not read with: a visitor invited, a travel document or time abroad, a citizen's trip, a card's
 * validity, a visitor's stay (each its own answer; see QUESTION_WORDS).
 */
const TRIP_NOT_WITH: readonly string[] = ['understanding.visitorInvitedWords', 'understanding.uscisMatters.travelDocument.words', 'understanding.uscisMatters.timeAbroad.words', 'understanding.citizenTravelWords', 'understanding.uscisMatters.cardValidity.expiringWords', 'understanding.uscisMatters.cardValidity.words', 'understanding.uscisMatters.visitorStay.words'];

/**
 * Questions the classifier reads as something else, known by their words: "can I travel while my case is pending?"
 * names a case, but asks what only a lawyer can say for that case (as "can I work while I wait?" does, asked or stated:
 * STATED_WORDS); "what are your hours?" reads as help, and the contact answer has the help desk's hours and USCIS's;
 * "is this free?" reads as the online account's benefits or the fees, but asks about this chat; "is it free to file
 * online?" read as the benefits, but asks the fees; "what are biometrics?" read as managing a case online, or as
 * nothing; "what documents do I need for citizenship?" read as sending evidence, but asks what a form requires (its
 * instructions say; a lawyer says for one case), unless it names an RFE or an upload.
 */
const QUESTION_WORDS: readonly WordedDestination[] = [
    // "How do I get advance parole?" names travel, but asks for the travel document (see uscisMatters), not advice;
    // "有绿卡能出国多久？" asks how long a green card holder may be abroad; "can I travel after my oath?", a citizen's trip;
    // "can I travel with an expired green card?", what the card is good for (no application is pending); "my green card is
    // extended 48 months, can I travel?", what the extension notice is good for; "旅游签证能待多久？" (how long may I stay
    // on a tourist visa?), the I-94's date (see uscisMatters: visitorStay).
    [TRAVEL_WORDS, 'legalAdvice', TRIP_NOT_WITH],
    ['faq.topics.contact.hoursWords', 'faq.contact'],
    ['understanding.chatCostWords', 'chatCost'],
    ['understanding.biometricsWords', 'biometrics'],
    // "Where do I send my I-130?" read as sending evidence; not "where do I send the evidence?", which that answers.
    ['understanding.whereToFileWords', 'whereToFile', 'understanding.whereToFileNotWith'],
    // A fee charged twice or refunded is a payment to ask USCIS about, not what a fee is (see uscisMatters).
    ['faq.topics.formsOnline.feeWords', 'faq.formsOnline', 'understanding.uscisMatters.payment.words'],
    ['understanding.documentsNeededWords', 'documentsNeeded', 'understanding.documentsNeededNotWith'],
    // "¿Qué es una RFE?", "RFE是什么？": what a request for evidence is (before, in five languages: "Did you want to learn
    // how to send evidence?").
    ['faq.topics.evidence.whatIsWords', 'faq.evidence'],
    // "What is an accredited representative?", "¿qué es un notario?": who may give legal help, which the legal-advice answer
    // says (before: how to reach a person, which number is which, the scams question, or out of scope).
    ['faq.topics.legalAdvice.whatIsWords', 'legalAdvice'],
    // "What is e-Request?", "how do I use e-Request?": what it is for (before: out of scope). Not once it was sent.
    ['understanding.eRequestWords', 'eRequest', 'understanding.eRequestNotWith'],
    // "What is an I-797?", "what is a receipt notice?": the notices USCIS mails, and which says what (before: "Sorry, I
    // can't help with that", or which number is which). Before the numbers: a receipt notice is not its number.
    ['understanding.noticeI797Words', 'noticeI797'],
    // "What does pending mean?", "¿qué significa pendiente?", "pending是什么意思": USCIS has the case and has not decided it
    // (before: "Did you want to learn which number is which?", or "Sorry"). Before the numbers, whose words "mean" shares.
    ['understanding.pendingMeaningWords', 'pendingMeaning'],
    // "What is a receipt number?", "¿qué es el número de recibo?", "收据号码是什么": which number is which (before, in seven
    // languages: the status check's question for one, read from the option's own words).
    ['faq.topics.numbers.whatIsWords', 'faq.numbers'],
];

/**
 * Statements the classifier reads as something else, known by their words, question or not: "I made a mistake on my
 * application" asks what only a lawyer can say for that case; "I moved" or "update my address with USCIS" (read as the
 * contact answer, or as a sign-in problem when it goes on "and I get nothing") asks where an address is changed, which
 * managing a case online answers.
 */
const STATED_WORDS: readonly WordedDestination[] = [
    // A trip told as a plan ("I want to visit my mom in Mexico", "quiero viajar", "我想回国"): the trip's answer, then the
    // lawyer's, as when asked (before: "Sorry"); not with what the question's trip words are not read with either.
    [TRAVEL_PLAN_WORDS, 'legalAdvice', [TRAVEL_NOT_WITH, ...TRIP_NOT_WITH]],
    // "¿Cuánto tiempo tengo para contestar la RFE?", "回复RFE的期限是多久": the request for evidence's answer, which says
    // to answer by its deadline (before: USCIS's usual times, read from "cuánto tiempo"). How long a case takes after
    // the answer is still those times.
    ['faq.topics.evidence.deadlineWords', 'faq.evidence', 'faq.topics.evidence.deadlineNotWith'],
    // "How much does a lawyer cost?", "¿dónde consigo un abogado gratis?", "法律援助": where free or low-cost help is
    // found, before what only a lawyer can say (before: the forms' fees, the lawyer's answer alone, or "Sorry").
    ['understanding.legalHelpWords', 'legalHelp'],
    // "Can I apply without a lawyer?", "不请律师可以自己申请吗": none is needed to file, then the lawyer's answer (before: the
    // lawyer's answer alone, the receipt question in Vietnamese, or which forms are filed online in Chinese).
    [WITHOUT_LAWYER_WORDS, 'legalAdvice'],
    // "A notario wants to charge me to fill out my forms", "¿un notario puede llenar mis formularios?", "移民中介": a warning
    // that they are not lawyers and may not advise, then the lawyer's answer (before: how to file a form online).
    [NOTARIO_WORDS, 'legalAdvice', NOTARIO_NOT_WITH],
    // "Can I have dual citizenship?", "¿pierdo mi nacionalidad si me hago ciudadano?", "双重国籍": U.S. law lets one keep
    // another citizenship, the other country's law decides (before: which forms are filed online, the security
    // question, or "Sorry"). Losing U.S. citizenship is the lawyer's question.
    ['understanding.dualCitizenshipWords', 'dualCitizenship'],
    // "Do I have to carry my green card?", "¿tengo que cargar la mica?", "绿卡要随身带吗": yes, from 18, at all times (before:
    // how to file a form online, to confirm, or "Sorry").
    ['understanding.carryCardWords', 'carryCard'],
    // "What's the difference between asylum and refugee?", "难民和庇护有什么区别": where each is asked for (before: which
    // number is which, read from "difference between", or "Sorry").
    ['understanding.asylumOrRefugeeWords', 'asylumOrRefugee'],
    // "What's the difference between an EAD and a green card?", "工卡和绿卡有什么区别": a work permit ends on its date and
    // is renewed, a green card is permanent residence (before: which number is which, read from "difference").
    ['understanding.workPermitOrGreenCardWords', 'workPermitOrGreenCard'],
    // "How long is my work permit valid?", "¿cuánto dura el permiso de trabajo?", "工卡有效期": the date on the card, and
    // that a renewal no longer extends most cards (before: USCIS's usual times, read from "how long"). How long one takes
    // to come is still those times.
    ['understanding.workPermitValidityWords', 'workPermitValidity', 'understanding.workPermitValidityNotWith'],
    // "What are the password requirements?", "¿cómo debe ser la contraseña?", "密码要求": the rules a password must meet,
    // here and at USCIS (before: "Sorry"). A password forgotten or to change keeps its own answer.
    ['understanding.passwordRulesWords', 'passwordRules'],
    // "Can I travel after my oath ceremony?", "ya soy ciudadano, ¿puedo viajar?", "入籍后可以出国吗": a citizen travels on a
    // U.S. passport (before: the risk of leaving while an application is pending). Before the oath, it still is that.
    ['understanding.citizenTravelWords', 'citizenTravel'],
    // "My receipt number doesn't work on the website", "收据号码无效": how one is written, the letter O against the number
    // 0, a new one showing late, and that it can be typed here (before: "check a case status?" or "which number is which?").
    ['understanding.receiptNotWorkingWords', 'receiptNotWorking'],
    // "How do I change my name?", "me casé y cambié mi apellido", "改名": who changes a legal name, and which form then
    // (before: the card's replacement, the lawyer's answer read from a marriage, or "Sorry"). A name written wrong is
    // USCIS's error (the typo's answer); a username is the account's.
    ['understanding.nameChangeWords', 'nameChange', 'understanding.nameChangeNotWith'],
    // "Do I have to register for selective service?", "¿tengo que inscribirme en el servicio selectivo?": most men 18 to
    // 25 must, and it can matter for citizenship (before: "Sorry"). Before the military: "military draft" is this.
    ['understanding.selectiveServiceWords', 'selectiveService'],
    // "Can I join the army with a green card?", "¿ciudadanía por el ejército?", "加入美军": yes, and citizenship through
    // service (before: "Sorry", or citizenship's usual answer). A relative in the army who would petition is the petition.
    ['understanding.militaryServiceWords', 'militaryService', 'understanding.uscisMatters.familyPetition.words'],
    // "What is CBP One?", "¿qué es la app CBP One?": CBP's app, not USCIS's (before: "Sorry", or that no USCIS app is needed).
    ['understanding.cbpOneWords', 'cbpOne'],
    // "What is an I-9?", "my employer wants to see my green card, is that ok?": how every new worker shows the right to
    // work, and that the worker chooses the documents (before: "Sorry"). A mismatch E-Verify found is E-Verify's answer.
    ['understanding.employmentCheckWords', 'employmentCheck', 'understanding.uscisMatters.eVerify.words'],
    // "I was born in the US, do I need a green card?", "nací en Estados Unidos", "my son was born in the US, is he a
    // citizen?": a citizen in almost every case (before: "Sorry"). A child born here asked about otherwise ("does she need
    // papers?", "can he petition for me?") is the lawyer's; a child born abroad is citizenship through a parent.
    ['understanding.bornInUsWords', 'bornInUs'],
    ['faq.topics.legalAdvice.ownCaseWords', 'legalAdvice'],
    // "My visa expired, what do I do?": whether one may stay is a lawyer's to say; that a visa's end date is not the day
    // to leave (the I-94 says how long) is said first (before: "Sorry, I can't help with that").
    [VISA_EXPIRED_WORDS, 'legalAdvice'],
    // "Can I work while my green card is pending?", "我可以一边等绿卡一边工作吗": whether one may is a lawyer's to say, after
    // the line that a pending Form I-485 lets one ask for a work permit (before: the lawyer's answer alone, or "Sorry").
    [WORK_WHILE_WAITING_WORDS, 'legalAdvice'],
    // "Can I work with my pending asylum?", "permiso de trabajo por asilo", "庇护工卡": whether one may is a lawyer's to say,
    // after when a work permit may be asked for while an asylum case waits (150 days; not given before day 180) (before:
    // what a pending Form I-485 allows, the work permit's general answer, or "Sorry").
    [ASYLUM_WORK_WORDS, 'legalAdvice'],
    // "Can I work with a tourist visa?", "旅游签证可以工作吗": whether one may is a lawyer's to say, after the line that a
    // visitor's visa does not allow work (before: the lawyer's answer alone, or "Sorry").
    [VISITOR_WORK_WORDS, 'legalAdvice'],
    // "I overstayed my visa", "me quedé más tiempo", "我逾期居留了": what one may do is a lawyer's to say; what staying past
    // the I-94's date risks, and that some can still get a green card from inside, are said first (before: how to extend
    // a stay, which one past its date can no longer ask).
    [OVERSTAYED_WORDS, 'legalAdvice'],
    // "My husband was deported, can he come back?", "lo deportaron", "我丈夫被遣返了": whether and when is a lawyer's to say,
    // after the years a removal bars and Form I-212 (before: "Sorry, I can't help with that").
    [DEPORTED_WORDS, 'legalAdvice'],
    // "How do I extend my stay?", "quiero quedarme más tiempo", "签证延期": whether one may stay longer is a lawyer's to say;
    // how a stay is extended (Form I-539 before the I-94's date) and what staying past it risks are said first (before:
    // "Sorry", or the lawyer's answer alone). Before the I-94's own matter: CBP keeps the record, USCIS extends the stay.
    // Longer abroad, with a green card, is the time one may be away.
    [STAY_LONGER_WORDS, 'legalAdvice', STAY_LONGER_NOT_WITH],
    // "What is the status of my adjustment of status?", "où en est mon ajustement", "调整身份申请进度": a case's status,
    // asked by the name of its process (before: what a green card is, or "Sorry"). Before the green card's own row.
    ['understanding.adjustStatusProgressWords', 'checkStatus'],
    // "How do I change my status to permanent resident?", "ajuste de estatus", "调整身份": an adjustment of status, what the
    // green card's answer says of Form I-485 (before: "check a case status?", read from "status", which the green card's
    // own words are never said with). A case's status or its time is still that question.
    ['understanding.adjustStatusWords', 'greenCard', 'understanding.adjustStatusNotWith'],
    // "I want to change from tourist visa to student visa", "cambio de estatus", "转身份": whether one qualifies is a
    // lawyer's to say, after how a change is asked for (Form I-539 before the I-94's date; a school's I-20 first) (before:
    // "There's nothing to cancel right now", the status check, or "Sorry"). A green card is not this change.
    [CHANGE_STATUS_WORDS, 'legalAdvice', CHANGE_STATUS_NOT_WITH],
    // "I'm undocumented, can you help me?", "no tengo papeles": whether there is a way to papers is a lawyer's to say,
    // after the line that this chat needs no one's status and is not USCIS's or ICE's (before: the help line, with the
    // menu). Papers missing for an interview or an upload are that question; a task named beside it (an account, a
    // case) is the task, with that line first (NO_STATUS_ASIDE); so are a driver's license, an ITIN, taxes or a bank
    // ("can I get a driver's license without papers?", "do undocumented people have to pay taxes?": the DMV's and the
    // IRS's answers, after that line; before: the lawyer's).
    [NO_STATUS_WORDS, 'legalAdvice', ['faq.topics.legalAdvice.noStatusNotWith', 'understanding.uscisMatters.driversLicense.words', 'understanding.uscisMatters.itin.words', 'understanding.uscisMatters.itin.moneyWords']],
    // "Can I be deported if I apply for citizenship?", "¿me pueden deportar si pido la residencia?": whether applying is
    // safe for one's story is a lawyer's to say, after what USCIS looks at and when a denial goes to a judge (before:
    // citizenship's usual answer, as if the question were how to apply).
    [APPLYING_RISK_WORDS, 'legalAdvice'],
    // "Can I use food stamps with a green card?", "¿usar Medicaid afecta mi caso?": public charge, a lawyer's question
    // whose rules keep changing (before: "Sorry, I can't help with that"). A fee waiver asked with Medicaid is the fees.
    [PUBLIC_CHARGE_WORDS, 'legalAdvice', 'faq.topics.legalAdvice.publicChargeNotWith'],
    // "How do I get a tourist visa for my mother?", "what is the SEVIS fee?", "¿cómo saco visa de turista para mi mamá?":
    // the Department of State's, asked for at an embassy (before: "Sorry", or USCIS's fees).
    // After a visa expired or a stay to extend (the lawyer's, with its preface); a trip asked about with a visa held, a
    // visa changed, work on a student visa (the work visa's), a relative to petition for or a marriage is not this, nor is
    // a visa refused (the embassy's). Where the visa's name holds the word for travel ("visa du lịch", "旅游签证"), the
    // trip's question reads it first, as before. How long one may stay on it is the I-94's date (visitorStay).
    // "How do I sponsor my parents to visit?", "carta de invitación", "怎么给父母办旅游签证？": a visit, asked for by the visitor
    // at an embassy (there is no sponsor's form), though a relative's petition or a trip are named in it (before: the
    // relative's petition, the lawyer's answer read from the trip, or "Sorry").
    ['understanding.visitorInvitedWords', 'visitorVisa'],
    ['understanding.visitorVisaWords', 'visitorVisa', ['understanding.visitorVisaNotWith', TRAVEL_WORDS, 'understanding.uscisMatters.workVisa.words', 'understanding.uscisMatters.familyPetition.words', 'faq.topics.legalAdvice.lifeEventWords', 'understanding.uscisMatters.visitorStay.words']],
    // "I got married, what do I need to do?", "can I petition for my mother?": what a life event means for papers, or
    // whom one may bring, is for a lawyer to say (before: out of scope, the help line, or "send evidence?"). "Add my
    // wife to my account" is about the online account: each person has their own (sharedAccount, below). "How long
    // does a green card through marriage take?" asks USCIS's usual times. "Pwede ko bang isama ang anak ko sa interview?"
    // (bring my child to the interview, Tagalog "isama": also "include" in a petition) asks about the interview.
    // "Can I bring my family to the oath ceremony?" asks about the ceremony, not whom one may petition for.
    ['faq.topics.legalAdvice.lifeEventWords', 'legalAdvice', ['understanding.sharedAccountWords', 'understanding.howLongWords', 'understanding.uscisMatters.interview.on', 'understanding.uscisMatters.oathCeremony.words']],
    // A move abroad ("I'm moving abroad, will I lose my green card?") is the time a green card allows away, not the
    // address; so is a move said with how long it lasts ("I'm moving to Canada for 2 years, what happens to my green
    // card?"), which the time abroad reads from where, how long and the green card.
    [ADDRESS_WORDS, 'manageCase', ['understanding.uscisMatters.timeAbroad.words', 'understanding.uscisMatters.timeAbroad.forHowLongWords', 'faq.topics.manageCase.addressNotWith']],
    // "Can I edit my application after submitting?", "提交以后还能修改申请吗": what to do about a form already sent is a
    // lawyer's to say, after the line that one filed online can't be changed once submitted (before: how to file online,
    // the status check, or out of scope). After a move: "I moved after I sent my form" is the address.
    [CHANGE_AFTER_FILING_WORDS, 'legalAdvice'],
    // "Can you help me fill out my I-485?" read surely as help: how a form is filled and filed online (which ends with
    // who says which form is right). After the mistakes in a form, which are the lawyer's.
    // Not when the message names a language or a translation ("can I fill out the form in Spanish?"): forms are filled in
    // in English (the translation's matter).
    ['faq.topics.fileOnline.fillOutWords', 'fileFormOnline', ['understanding.uscisMatters.translation.words', 'understanding.uscisMatters.translation.languageWords']],
    // "I have no money to pay the application", "no me alcanza para la tarifa": the fees, with the fee waiver (before:
    // "Did you want to learn which forms you can file online?", or out of scope). A card declined is a payment.
    [CANNOT_PAY_WORDS, 'faq.formsOnline', 'understanding.uscisMatters.payment.words'],
    // "Where do I download the I-130?", "¿dónde consigo la forma I-765?", "在哪里下载I-130表格": forms are free, on their
    // pages (before: which forms are filed online, to confirm; a form's own matter, such as the work permit's; the status
    // check). Before the matters a form names, which say what the form is for, not where it is.
    ['understanding.getFormWords', 'getForm', 'understanding.getFormNotWith'],
    // "I don't have a smartphone", "which authenticator app should I use?": email and texts need none (before: "Sorry,
    // I can't help with that", a sign-in problem, or the Contact Center).
    ['understanding.twoStepMethodsWords', 'twoStepMethods'],
    // "The USCIS website is down", "la página me da un error": this chat can't see that site; what to try, and that a
    // status can be checked here (before: out of scope, the scams question, or which account can't be got into). An error
    // said of a code or a password is the sign-in's trouble.
    ['understanding.websiteTroubleWords', 'websiteTrouble', 'understanding.websiteTroubleNotWith'],
    // "Is there a USCIS app?", "¿hay una app para ver mi caso?", "有没有USCIS的app": no app is needed, and the status can be
    // checked here (before: the Contact Center's numbers, or "Did you want USCIS's contact details?"). After the ways a
    // code comes, which an authenticator app is.
    ['understanding.uscisAppWords', 'uscisApp', 'understanding.uscisAppNotWith'],
    // "Can I make an account for my son?", "¿mi hijo necesita una cuenta?": a child's form is the child's own case, and
    // who signs it under 14; whether a child may have an account, which this chat does not know, is USCIS's to say
    // (before: "Which account do you want to create?", or "Sorry"). Letting a child use one's own account is shared.
    ['understanding.childAccountWords', 'childAccount'],
    // "My email was hacked", "alguien cambió mi contraseña", "账号被盗", and sign-in codes that keep coming or were never
    // asked for ("stop sending me codes"): someone may have the password, so how to keep an account safe, which says to
    // change it at once and where to ask USCIS (before: "Sorry", "nothing to cancel", or "Did you want to get back into
    // your account?"). Codes that come but do not work are the sign-in help.
    ['understanding.hackedWords', 'faq.security', 'understanding.hackedNotWith'],
    // "I lost my phone", "me robaron el celular", "手机丢了": the codes it got can't come, so the way back in (a backup
    // code first) is the question (before: "Sorry"). Not the phone number to update, nor a card or passport lost with it.
    ['understanding.lostPhoneWords', 'recoverAccess', 'understanding.lostPhoneNotWith'],
    // "Can USCIS text me updates?", "¿me pueden avisar cuando cambie mi caso?": the status check, which offers them after
    // the status, with that said first (see questionAside; before: "Sorry", or the receipt question alone).
    [UPDATES_ASKED_WORDS, 'checkStatus'],
];

/** Questions by their words whose answer, with a receipt number beside them, is that case's status. */
const ASKED_OF_ONE_CASE: ReadonlySet<Destination> = new Set<Destination>(['documentsNeeded', 'faq.evidence']);

/** The destination a message's words name: QUESTION_WORDS when it is a question, then STATED_WORDS either way. */
function topicInWords(context: TurnContext, text: string): Destination | undefined {
    const said = plainWords(text);
    const words = looksLikeQuestion(context, text) ? [...QUESTION_WORDS, ...STATED_WORDS] : STATED_WORDS;
    return words.find(([key, , notWith]) => saysWordsOf(context, said, key, notWith))?.[1];
}

/** "Will my case be approved?", not "when will it be approved?" (a time question: `understanding.chancesNotWith`). */
function asksAboutChances(context: TurnContext, text: string): boolean {
    return saysWordsOf(context, plainWords(text), 'understanding.chancesWords', 'understanding.chancesNotWith');
}

/**
 * "I don't want to delete my account": the deletion named with one of the words that keep it from starting (its
 * `notWith`). The classifier read such sentences as a lost account.
 */
function refusesDeletion(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return containsAnyPhrase(context, 'menu.spoken.deleteAccount.synonyms', said) && containsAnyPhrase(context, 'menu.spoken.deleteAccount.notWith', said);
}

/** Whether a message in words is the locale's yes or no; a number is neither here (it names a menu option). */
function yesOrNo(context: TurnContext, text: string): 'yes' | 'no' | undefined {
    return /\p{L}/u.test(text) ? yesOrNoIn(turnPhrases(context), text) : undefined;
}

function isSpokenFlow(destination: Destination): destination is SpokenFlow {
    return (SPOKEN_FLOWS as readonly string[]).includes(destination);
}

/** The locale key part that names an intent's choice ("faq.benefits" → "faqBenefits"). */
function choiceKey(intent: FreeTextIntent): string {
    return intent.replace(/\.(\w)/, (_, letter: string) => letter.toUpperCase());
}

const ACCOUNT_OPTIONS: ReadonlySet<MenuOption> = new Set(['findAccountNumber', 'createAccount', 'recoverAccess']);

function menuSpec(again: boolean): LocalizedChoiceSpec {
    return {
        promptKey: again ? 'menu.again' : 'menu.prompt',
        retryKey: 'menu.retry',
        choices: MENU_OPTIONS.map((option) => ({
            value: option,
            titleKey: `menu.options.${option}.title`,
            synonymsKey: `menu.options.${option}.synonyms`,
        })),
    };
}

/** The option's own title or number, as its button or the numbered menu sends it: a choice from the menu, not a sentence. */
function isMenuOptionWording(context: TurnContext, option: MenuOption, text: string): boolean {
    const said = plainWords(text);
    return said === String(MENU_OPTIONS.indexOf(option) + 1) || said === plainWords(translator(context)(`menu.options.${option}.title`));
}

/**
 * What a sentence that chose a flow also asked, as a locale key. For the status check: a request only USCIS can act
 * on (a card or a notice not come, an appointment, a letter, a message about the case: see uscisMatters), where else the
 * receipt number is ("I lost my receipt notice, how do I check my status?"), that no account is needed ("do I need an
 * account to check my status?"), how long cases take ("how long does it take to get my green card?": USCIS posts the
 * usual times, and says nothing of one case), whether it can be checked by phone (asksStatusByPhone), or updates when it
 * changes ("text me when my case changes": they are offered after its status, and a USCIS account sends them too). For
 * adding a paper case: what the Online Access Code is and where ("what is an online access code?", "I lost my access code"),
 * and that only an IOE receipt needs one (ACCESS_CODE_BEFORE_ADDING), since no receipt number has been typed yet.
 */
function questionAside(context: TurnContext, option: MenuOption, text: string): string | undefined {
    if (option === 'addPaperCase') {
        const asked = stepHelpAnswer(context, ['accessCode'], text) ?? missingAnswerKey(context, ACCESS_CODE_MISSING, text, { namedOnly: true });
        return asked && ACCESS_CODE_BEFORE_ADDING;
    }
    if (option !== 'checkStatus') return undefined;
    const timeAsked = () => (asksAboutProcessingTime(context, text) ? USUAL_TIMES_ANSWER_KEY : undefined);
    // Beside a status title, the matter said outside it, as the menu read it: "I got a letter saying my case was denied"
    // is the letter's (the title's "denied" is what the letter says, not a denial's question).
    const matter = uscisMatterBesideStatusTitle(context, text) ?? uscisMatterIn(context, text);
    const matterAnswer = matter && MATTERS_BEFORE_STATUS_CHECK.has(matter) ? uscisMatterAnswerKey(matter) : undefined;
    // The request's own answer first: "I never got my approval notice" is about the notice, though it names one.
    const withoutReceipt = () => (asksWithoutReceipt(context, text) ? RECEIPT_MISSING.answerKey : undefined);
    const withoutAccount = () => (asksWithoutAccount(context, text) ? NO_ACCOUNT_NEEDED_KEY : undefined);
    const byPhone = () => (asksStatusByPhone(context, text) ? STATUS_BY_PHONE_KEY : undefined);
    const updates = () => (containsAnyPhrase(context, UPDATES_ASKED_WORDS, plainWords(text)) ? 'caseSubscriptions.asked' : undefined);
    // Updates before the time: "¿me avisa cuando cambie mi caso?" says "when", and asks to be told, not how long.
    return matterAnswer ?? missingAnswerKey(context, RECEIPT_MISSING, text, { namedOnly: true }) ?? withoutReceipt() ?? withoutAccount() ?? updates() ?? timeAsked() ?? byPhone();
}

/** "Can I check my case by phone?": yes, at the Contact Center, with the receipt number; and here too. */
const STATUS_BY_PHONE_KEY = 'understanding.statusByPhone';

/** Words of a phone call ("by phone", "por teléfono", "电话查"), said by someone who chose the status check. */
function asksStatusByPhone(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'understanding.statusByPhoneWords', plainWords(text));
}

/** Where a request only USCIS can act on leads: the status check for those it shows in (see questionAside), else its answer. */
function destinationOfMatter(matter: UscisMatter): Destination {
    return MATTERS_BEFORE_STATUS_CHECK.has(matter) ? 'checkStatus' : matter;
}

/** True when a sentence names something to cancel other than what this chat is doing (`cancel.otherThings`). */
function cancelsSomethingElse(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'cancel.otherThings', plainWords(text));
}

/**
 * A message that is a long number and nothing else: 7 or more digits, spaced or dashed, an "A" before them allowed
 * (an A-Number). Not a receipt number (3 letters first), which checks a status, nor a menu option's number.
 */
function isBareNumber(text: string): boolean {
    return /^\s*[Aa]?[\s-]*(?:\d[\s-]*){7,}$/.test(typedAscii(text));
}
