import crypto from 'node:crypto';
import { z } from 'zod';
import type { ResetAnswerRepository } from '../../store/resetAnswerRepository';
import { ResetAnswersRejected } from './accountErrors';
import type { PasswordHasher } from './passwordHasher';

/** The questions a user chooses from; their texts are the locale keys `resetQuestions.<id>`. */
export const RESET_QUESTION_IDS = [
    'firstCar',
    'childhoodStreet',
    'firstSchool',
    'firstPet',
    'childhoodFriend',
    'favoriteTeacher',
    'parentsMeetingCity',
    'firstJobCompany',
    'favoriteChildhoodBook',
    'grandmotherFirstName',
    'firstConcert',
    'childhoodNickname',
] as const;

export type ResetQuestionId = (typeof RESET_QUESTION_IDS)[number];

/** Five answered at registration (as USCIS does); three asked at a reset. */
export const RESET_ANSWERS_REQUIRED = 5;
export const RESET_QUESTIONS_ASKED = 3;

export interface ResetAnswerInput {
    questionId: string;
    answer: string;
}

export type ResetAnswersProblem = 'wrongCount' | 'duplicateQuestion' | 'unknownQuestion' | 'emptyAnswer';

const answerListSchema = z.array(z.object({ questionId: z.string(), answer: z.string() }));

/**
 * Folds an answer so the way it is typed does not matter: trimmed, lowercase, accents removed, runs of spaces
 * collapsed. "  José   MARTÍNEZ " and "jose martinez" are the same answer.
 */
export function normaliseResetAnswer(answer: string): string {
    return answer.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function isQuestionId(id: string): id is ResetQuestionId {
    return (RESET_QUESTION_IDS as readonly string[]).includes(id);
}

/** Lists every rule the five answers break; empty when they can be saved. */
export function checkResetAnswers(answers: readonly ResetAnswerInput[]): ResetAnswersProblem[] {
    const problems = new Set<ResetAnswersProblem>();
    if (answers.length !== RESET_ANSWERS_REQUIRED) problems.add('wrongCount');
    if (new Set(answers.map((a) => a.questionId)).size !== answers.length) problems.add('duplicateQuestion');
    if (answers.some((a) => !isQuestionId(a.questionId))) problems.add('unknownQuestion');
    if (answers.some((a) => normaliseResetAnswer(a.answer) === '')) problems.add('emptyAnswer');
    return [...problems];
}

/** The password-reset answers of a registration or an account (ownerId), normalised and hashed. */
export class ResetQuestions {
    constructor(private readonly deps: { resetAnswers: ResetAnswerRepository; hasher: PasswordHasher }) {}

    /** Replaces the owner's answers with these five; ResetAnswersRejected lists every problem. */
    async save(ownerId: string, answers: readonly ResetAnswerInput[]): Promise<void> {
        const parsed = answerListSchema.safeParse(answers);
        if (!parsed.success) throw new ResetAnswersRejected(['wrongCount']);
        const problems = checkResetAnswers(parsed.data);
        if (problems.length > 0) throw new ResetAnswersRejected(problems);
        const rows = await Promise.all(
            parsed.data.map(async (a) => ({ questionId: a.questionId, answerHash: await this.deps.hasher.hash(normaliseResetAnswer(a.answer)) })),
        );
        await this.deps.resetAnswers.replaceAll(ownerId, rows);
    }

    /**
     * Saves one answer (normalised and hashed) as soon as it is given, so a conversation never has to hold answers
     * while the user picks the next question. Answering the same question again replaces its answer.
     */
    async saveOne(ownerId: string, questionId: string, answer: string): Promise<void> {
        if (!isQuestionId(questionId)) throw new ResetAnswersRejected(['unknownQuestion']);
        if (normaliseResetAnswer(answer) === '') throw new ResetAnswersRejected(['emptyAnswer']);
        const answerHash = await this.deps.hasher.hash(normaliseResetAnswer(answer));
        await this.deps.resetAnswers.save({ ownerId, questionId, answerHash });
    }

    /** The questions the owner has answered so far, in the list's order. */
    async answeredQuestions(ownerId: string): Promise<ResetQuestionId[]> {
        const answered = new Set(await this.deps.resetAnswers.questionIds(ownerId));
        return RESET_QUESTION_IDS.filter((id) => answered.has(id));
    }

    /** Three of the owner's five questions, chosen at random. */
    async pickQuestions(ownerId: string, count = RESET_QUESTIONS_ASKED): Promise<ResetQuestionId[]> {
        const ids = (await this.deps.resetAnswers.questionIds(ownerId)).filter(isQuestionId);
        for (let i = ids.length - 1; i > 0; i--) {
            const j = crypto.randomInt(i + 1);
            [ids[i], ids[j]] = [ids[j], ids[i]];
        }
        return ids.slice(0, count);
    }

    /** How many of the given answers match the owner's saved ones (each question counted once). */
    async countCorrect(ownerId: string, answers: readonly ResetAnswerInput[]): Promise<number> {
        const saved = await this.deps.resetAnswers.listFor(ownerId);
        const seen = new Set<string>();
        let correct = 0;
        for (const given of answers) {
            const row = saved.find((s) => s.questionId === given.questionId);
            if (!row || seen.has(row.questionId)) continue;
            seen.add(row.questionId);
            if (await this.deps.hasher.verify(normaliseResetAnswer(given.answer), row.answerHash)) correct += 1;
        }
        return correct;
    }

    /** The "3 of 5" rule: at least three different saved questions answered correctly. */
    async provesIdentity(ownerId: string, answers: readonly ResetAnswerInput[]): Promise<boolean> {
        return (await this.countCorrect(ownerId, answers)) >= RESET_QUESTIONS_ASKED;
    }
}
