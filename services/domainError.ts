/**
 * A failure a service reports for the dialogs to put into words: `code` names it (a locale-key suffix), and the
 * message is for logs only, never holding a secret, an address or a full receipt number.
 */
export abstract class DomainError extends Error {
    abstract readonly code: string;
    constructor(message: string) {
        super(message);
        this.name = new.target.name;
    }
}
