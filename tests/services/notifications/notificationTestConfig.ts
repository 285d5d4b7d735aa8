import { parseNotificationConfig, type NotificationConfig } from '../../../services/notifications/notificationConfig';

/** A notification config with nothing set (everything goes to the outbox), plus the overrides a test needs. */
export function notificationTestConfig(overrides: Record<string, string> = {}): NotificationConfig {
    return parseNotificationConfig(overrides);
}
