/**
 * True when a write failed because a row with the same unique key already exists (Prisma's P2002): the key was
 * claimed before. Checked by name and code, not by class, because the SQLite and PostgreSQL generated clients each
 * bring their own PrismaClientKnownRequestError class.
 */
export function isUniqueViolation(error: unknown): boolean {
    return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && (error as { code?: unknown }).code === 'P2002';
}

/** Runs a create; false instead of an error when its unique key is taken already, so callers never see Prisma errors. */
export async function createUnlessTaken(create: () => Promise<unknown>): Promise<boolean> {
    try {
        await create();
        return true;
    } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
    }
}
