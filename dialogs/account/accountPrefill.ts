/**
 * Values the message that started an account flow already held ("find my account number, my email is a@b.org"),
 * read by the recognizer's entities: the flow skips the question for each one. Consumed by the step that uses it, so
 * it does not stay in dialog state.
 */
export interface AccountPrefill {
    /** A lower-case email address. */
    email?: string;
    /** An E.164 phone number. */
    phone?: string;
    /** Twelve digits. */
    accountNumber?: string;
}
