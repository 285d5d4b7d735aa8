import { createUnlessTaken } from './storeErrors';
import type { StoreClient } from './storeClient';

/** How a link was proven (LinkedCase.linkedBy). */
export type CaseLinkProof = 'receipt' | 'accessCode' | 'accessCodeUnverified';

/** A paper-filed case linked to an account. A receipt number is linked to one account at most. */
export interface LinkedCaseRecord {
    id: string;
    accountId: string;
    receiptNumber: string;
    formType: string | null;
    linkedBy: CaseLinkProof;
    linkedAt: Date;
}

/** Linked cases (LinkedCase). */
export class LinkedCaseRepository {
    constructor(private readonly db: StoreClient) {}

    /**
     * Links the receipt to the account, or returns false when the receipt is linked already (to any account): the
     * unique receipt number decides, so of two racing links exactly one wins.
     */
    async linkUnlessTaken(link: Omit<LinkedCaseRecord, 'linkedAt'> & { linkedAt: Date }): Promise<boolean> {
        return createUnlessTaken(() => this.db.linkedCase.create({ data: link }));
    }

    async findByReceipt(receiptNumber: string): Promise<LinkedCaseRecord | null> {
        const row = await this.db.linkedCase.findUnique({ where: { receiptNumber } });
        return row && toRecord(row);
    }

    /** The account's linked cases, oldest link first. */
    async listForAccount(accountId: string): Promise<LinkedCaseRecord[]> {
        const rows = await this.db.linkedCase.findMany({ where: { accountId }, orderBy: [{ linkedAt: 'asc' }, { receiptNumber: 'asc' }] });
        return rows.map(toRecord);
    }
}

function toRecord(row: { id: string; accountId: string; receiptNumber: string; formType: string | null; linkedBy: string; linkedAt: Date }): LinkedCaseRecord {
    return { ...row, linkedBy: row.linkedBy as CaseLinkProof };
}
