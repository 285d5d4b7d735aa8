import type { Repositories } from '../../store/repositories';
import type { Clock } from '../accounts/clock';
import type { CaseServiceConfig } from './caseConfig';
import type { CaseService } from './caseService';
import { SandboxCaseService } from './sandboxCaseService';
import { UscisCaseService, type UscisLogger } from './uscisCaseService';

export interface CaseServiceDeps {
    repositories: Pick<Repositories, 'sandboxCases'>;
    now?: Clock;
    /** Fields passed are masked already (maskReceipt); see UscisLogger. */
    logger?: UscisLogger;
}

/**
 * The one place that decides which case service answers, from CASE_SERVICE: the embedded sandbox (default) or the
 * USCIS Case Status API (loadConfig has already made sure its three USCIS_ variables are set).
 *
 * @example
 * const cases = createCaseService(config, { repositories, logger });
 * cases.kind; // 'sandbox'
 */
export function createCaseService(config: CaseServiceConfig, deps: CaseServiceDeps): CaseService {
    if (config.CASE_SERVICE === 'uscis') {
        return new UscisCaseService({
            baseUrl: config.USCIS_API_BASE_URL,
            clientId: config.USCIS_CLIENT_ID,
            clientSecret: config.USCIS_CLIENT_SECRET,
            timeoutMs: config.USCIS_TIMEOUT_MS,
            dailyQuota: config.USCIS_DAILY_QUOTA,
            ratePerSecond: config.USCIS_RATE_PER_SECOND,
            now: deps.now,
            logger: deps.logger,
        });
    }
    deps.logger?.info({ event: 'caseServiceChosen', kind: 'sandbox', stepMinutes: config.CASE_SANDBOX_STEP_MINUTES }, 'case status answers from the embedded sandbox');
    return new SandboxCaseService({ repository: deps.repositories.sandboxCases, stepMinutes: config.CASE_SANDBOX_STEP_MINUTES, now: deps.now });
}
