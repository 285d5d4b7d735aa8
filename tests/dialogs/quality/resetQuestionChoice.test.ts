import { Chat, LANGUAGES, opening, type T, useQualityChats } from './qualityKit';

const chat = useQualityChats();

const SAID = {
    en: { school: 'school', theSchoolOne: 'the one about my first school', pet: 'pet' },
    es: { school: 'escuela', theSchoolOne: 'la de la escuela', pet: 'mascota' },
};

describe.each(LANGUAGES)('choosing reset questions ($language)', ({ language, locale, t }) => {
    const said = SAID[language];

    test('a question is matched by its words, and repeated before its answer is asked ("You chose: …")', async () => {
        const c = await chat(t, locale);
        await c.toResetQuestions();
        expect(await c.send(said.school)).toEqual([t('createAccount.resetQuestions.answerChosen', { questionId: 'firstSchool' })]);
        expect(t('createAccount.resetQuestions.answerChosen', { questionId: 'firstSchool' })).toContain(t('resetQuestions.firstSchool'));
        await c.send('Escuela Juárez');
        expect(await c.send(said.pet)).toEqual([t('createAccount.resetQuestions.answerChosen', { questionId: 'firstPet' })]);
    });

    test('questions already chosen are not offered again; naming one again says it was already chosen', async () => {
        const c = await chat(t, locale);
        await c.toResetQuestions();
        await c.send(said.theSchoolOne);
        const next = await c.send('Escuela Juárez');
        expect(next).toEqual([expect.stringMatching(opening(t('createAccount.resetQuestions.choose', { number: '2' })))]);
        expect(next[0]).not.toContain(t('resetQuestions.firstSchool'));
        expect(next[0]).toContain(t('resetQuestions.firstCar'));
        expect((await c.send(said.school))[0]).toMatch(opening(t('createAccount.resetQuestions.duplicate')));
        // The numbers are those of the list on screen: firstSchool (third) is gone, so "3" is now the fourth question.
        expect(await c.send('3')).toEqual([t('createAccount.resetQuestions.answerChosen', { questionId: 'firstPet' })]);
    });
});
