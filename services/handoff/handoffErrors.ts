import { DomainError } from '../domainError';

/** The ticket does not exist, or is not in a state that allows this (accepted by someone else, already closed). */
export class TicketUnavailable extends DomainError {
    readonly code = 'ticketUnavailable';
    constructor(readonly ticketId: string) {
        super(`ticket ${ticketId} is not available for this`);
    }
}

/** Wrong username, password or authenticator code; deliberately does not say which. */
export class AgentSignInRefused extends DomainError {
    readonly code = 'agentSignInRefused';
    constructor() {
        super('agent sign-in refused');
    }
}

/** Too many wrong tries: sign-in for this username (or from this address) is locked until `until`. */
export class AgentSignInLocked extends DomainError {
    readonly code = 'agentSignInLocked';
    constructor(readonly retryAfterSeconds: number) {
        super('agent sign-in locked');
    }
}
