import type { StoreClient } from './storeClient';

/** One password-reset answer of a registration or an account (ownerId), normalised then hashed. */
export interface ResetAnswerRecord {
    ownerId: string;
    questionId: string;
    answerHash: string;
}

/** Password-reset answers (ResetAnswer). */
export class ResetAnswerRepository {
    constructor(private readonly db: StoreClient) {}

    /** Replaces every answer of the owner with these, in one transaction. */
    async replaceAll(ownerId: string, answers: ReadonlyArray<{ questionId: string; answerHash: string }>): Promise<void> {
        await this.db.$transaction([
            this.db.resetAnswer.deleteMany({ where: { ownerId } }),
            this.db.resetAnswer.createMany({ data: answers.map((answer) => ({ ownerId, questionId: answer.questionId, answerHash: answer.answerHash })) }),
        ]);
    }

    /** Saves one answer, replacing an earlier answer to the same question. */
    async save(answer: ResetAnswerRecord): Promise<void> {
        const { ownerId, questionId, answerHash } = answer;
        await this.db.resetAnswer.upsert({
            where: { ownerId_questionId: { ownerId, questionId } },
            create: { ownerId, questionId, answerHash },
            update: { answerHash },
        });
    }

    /** The ids of the questions the owner has answered, in no particular order. */
    async questionIds(ownerId: string): Promise<string[]> {
        const rows = await this.db.resetAnswer.findMany({ where: { ownerId }, select: { questionId: true } });
        return rows.map((row) => row.questionId);
    }

    async listFor(ownerId: string): Promise<ResetAnswerRecord[]> {
        return this.db.resetAnswer.findMany({ where: { ownerId } });
    }
}
