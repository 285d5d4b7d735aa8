import type { CheckedCases } from '../conversation/checkedCases';
import type { ConversationReferences } from '../conversation/conversationReferences';
import type { LanguagePreference } from '../conversation/languagePreference';
import type { Recognizer } from '../conversation/recognizer';
import type { SignedInSessions } from '../conversation/signedInSession';
import type { AccountServices } from '../services/accounts/accountServices';
import type { CaseLinks } from '../services/cases/caseLinks';
import type { CaseService } from '../services/cases/caseService';
import type { CaseSubscriptions } from '../services/cases/caseSubscriptions';
import type { HandoffService } from '../services/handoff/handoffService';
import type { OrganizationProfile } from './organization';

/** What every dialog may use, handed down from the composition root. */
export interface ConversationServices {
    languages: LanguagePreference;
    organization: OrganizationProfile;
    /** Accounts and identity: registration, sign-in, look-up, password reset and links. */
    accounts: AccountServices;
    /** USCIS cases: their status (sandbox or the USCIS API), links to accounts, and "tell me when this changes". */
    cases: ConversationCaseServices;
    /** Lets a flow be continued later from outside a turn (a password set on the web page). */
    conversations: ConversationReferences;
    /** What a message means: interruptions, the menu's free text, entities. */
    recognizer: Recognizer;
    /** The signed-in session as this user's state remembers it, so one sign-in serves every flow. */
    signedIn: SignedInSessions;
    /** The cases this conversation was shown, offered when a status is asked for again; absent = none remembered. */
    checkedCases?: CheckedCases;
    /** The help desk's queue (tickets, hours); absent = "talk to a person" gives contact details only. */
    handoff?: HandoffService;
    /** The clock the account services use (a test's clock in tests); the system clock when absent. */
    now?: () => Date;
}

/** The case services every case flow may use, built once in the composition root. */
export interface ConversationCaseServices {
    service: CaseService;
    links: CaseLinks;
    subscriptions: CaseSubscriptions;
}
