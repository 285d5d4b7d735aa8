import type restify from 'restify';
import { CaseServiceError } from '../services/cases/caseErrors';
import type { CaseService } from '../services/cases/caseService';
import { SandboxCaseNotScheduled, SandboxCaseService } from '../services/cases/sandboxCaseService';
import { isDevOutboxEnabled, type NotificationConfig } from '../services/notifications/notificationConfig';
import { isCrossSitePost } from './crossSitePost';
import { isLocalDirectRequest } from './localDevelopmentRequest';

export interface DevSandboxRouteDeps {
    cases: CaseService;
    config: Pick<NotificationConfig, 'DEV_OUTBOX'> & { NODE_ENV: string };
}

/**
 * POST /dev/sandbox/cases/:receipt/advance: moves a scheduled sandbox case (IOE0900000100…) one step now, so a demo
 * need not wait CASE_SANDBOX_STEP_MINUTES, and answers its new status `{ receiptNumber, title, bucket }`. Gated as
 * the dev outbox is: only with the sandbox, NODE_ENV=development and DEV_OUTBOX on, from this machine, not through a
 * proxy, and not from another site's page; 404 otherwise, and for a receipt that does not move on a schedule.
 */
export function registerDevSandboxRoutes(server: restify.Server, deps: DevSandboxRouteDeps): void {
    const sandbox = deps.cases instanceof SandboxCaseService && isDevOutboxEnabled(deps.config) ? deps.cases : undefined;

    server.post('/dev/sandbox/cases/:receipt/advance', async (req, res) => {
        if (!sandbox || !isLocalDirectRequest(req) || isCrossSitePost(req, undefined)) return notFound(req, res);
        const receipt = String(req.params.receipt ?? '');
        try {
            await sandbox.advance(receipt);
            const status = await sandbox.getCase(receipt);
            res.header('Cache-Control', 'no-store');
            res.json(200, { receiptNumber: status.receiptNumber, title: status.title.en, bucket: status.bucket });
        } catch (error) {
            if (error instanceof SandboxCaseNotScheduled || error instanceof CaseServiceError) return notFound(req, res);
            throw error;
        }
    });
}

function notFound(req: restify.Request, res: restify.Response): void {
    res.json(404, { code: 'ResourceNotFound', message: `${req.path()} does not exist` });
}
