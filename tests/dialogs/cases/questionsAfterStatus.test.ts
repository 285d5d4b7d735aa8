import { topicsOfStatusShown } from '../../../dialogs/cases/questionsAfterStatus';

// The USCIS API and the sandbox may name a form "I-130", "I130" or "Form I-130": one form, the same questions after it.
describe('the questions right after a status, by the case\'s form', () => {
    test.each(['I-130', 'I130', 'i-130', 'Form I-130'])('"%s" approved: the card\'s question first, then what follows the approval', (form) => {
        expect(topicsOfStatusShown('approved', form)).toEqual(['cardAfterApproval', 'nextAfterPetitionApproved', 'appealBeforeDecision']);
    });

    test.each([['I-765'], ['I-1300'], [undefined]])('%s approved: the card\'s question alone', (form) => {
        expect(topicsOfStatusShown('approved', form)).toEqual(['cardAfterApproval', 'appealBeforeDecision']);
    });

    test('Form I-130 received: what follows a filing, as for any form', () => {
        expect(topicsOfStatusShown('received', 'I-130')).toEqual(['nextAfterReceipt', 'appealBeforeDecision']);
    });
});

// "Can I appeal?" is about a decision against the user: not asked of it after a denial (the denied answer), a rejection
// or a status we cannot read; after any open or approved case, there is nothing to appeal yet.
describe('whether "can I appeal?" is a question about the status shown', () => {
    test.each(['received', 'biometrics', 'review', 'actionNeeded', 'intentToDeny', 'interview', 'approved', 'cardMailed', 'reopened'] as const)('%s: yes', (bucket) => {
        expect(topicsOfStatusShown(bucket)).toContain('appealBeforeDecision');
    });

    test.each(['denied', 'rejected', 'withdrawn', 'expediteDenied', 'closedOtherMeans', 'problem', 'other'] as const)('%s: no', (bucket) => {
        expect(topicsOfStatusShown(bucket)).not.toContain('appealBeforeDecision');
    });
});
