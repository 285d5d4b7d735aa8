import { choiceSpecOf, localizedChoiceOptions, type LocalizedChoiceSpec } from '../../dialogs/prompts/localizedChoicePrompt';

/** A question's spec as dialog state keeps it (JSON), read back as a later turn reads it. */
const throughState = (spec: LocalizedChoiceSpec) => choiceSpecOf(JSON.parse(JSON.stringify(localizedChoiceOptions(spec))));

const menuLike: LocalizedChoiceSpec = {
    promptKey: 'menu.prompt',
    retryKey: 'menu.retry',
    notUnderstoodBefore: 1,
    choices: ['findAccountNumber', 'createAccount', 'talkToPerson'].map((value) => ({
        value,
        titleKey: `menu.options.${value}.title`,
        synonymsKey: `menu.options.${value}.synonyms`,
    })),
};

describe('a choice question in dialog state', () => {
    test('options named by the usual keys are kept as their prefix and values, and read back the same', () => {
        const stored = JSON.stringify(localizedChoiceOptions(menuLike));
        expect(stored).not.toContain('menu.options.createAccount.title');
        expect(stored.length).toBeLessThan(JSON.stringify({ validations: menuLike }).length / 2);
        expect(throughState(menuLike)).toEqual(menuLike);
    });

    test('options with a fixed label, extra synonyms or other keys are kept whole', () => {
        const mixed: LocalizedChoiceSpec = {
            promptKey: 'language.prompt',
            choices: [
                { value: 'en', title: 'English' },
                { value: 'es', titleKey: 'menu.options.es.title', synonymsKey: 'menu.options.es.synonyms', synonyms: ['castellano'] },
            ],
        };
        expect(localizedChoiceOptions(mixed).validations).toEqual(mixed);
        expect(throughState(mixed)).toEqual(mixed);
        const otherKeys: LocalizedChoiceSpec = { promptKey: 'p', choices: [{ value: 'yes', titleKey: 'answers.yes', synonymsKey: 'answers.yesWords' }] };
        expect(throughState(otherKeys)).toEqual(otherKeys);
    });

    test('a question asked before this format (the options listed whole) is still read', () => {
        expect(choiceSpecOf({ validations: menuLike })).toEqual(menuLike);
        expect(() => choiceSpecOf({ validations: { promptKey: 'p' } })).toThrow('localizedChoiceOptions');
    });
});
