import { Prisma } from '../../store/generated/sqlite/client';

/** True when a write failed because the row's unique key already exists: the key was claimed before. */
export function isUniqueViolation(error: unknown): boolean {
    return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
