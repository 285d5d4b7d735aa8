import { topicsOfStatusShown } from '../../../dialogs/cases/questionsAfterStatus';

// The USCIS API and the sandbox may name a form "I-130", "I130" or "Form I-130": one form, the same questions after it.
describe('the questions right after a status, by the case\'s form', () => {
    test.each(['I-130', 'I130', 'i-130', 'Form I-130'])('"%s" approved: the card\'s question first, then what follows the approval', (form) => {
        expect(topicsOfStatusShown('approved', form)).toEqual(['cardAfterApproval', 'nextAfterPetitionApproved']);
    });

    test.each([['I-765'], ['I-1300'], [undefined]])('%s approved: the card\'s question alone', (form) => {
        expect(topicsOfStatusShown('approved', form)).toEqual(['cardAfterApproval']);
    });

    test('Form I-130 received: what follows a filing, as for any form', () => {
        expect(topicsOfStatusShown('received', 'I-130')).toEqual(['nextAfterReceipt']);
    });
});
