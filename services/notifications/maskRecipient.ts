import type { NotificationChannel } from './notifier';

/** `jane@example.com` → `j***@example.com`: enough to tell recipients apart in a log, not enough to contact them. */
export function maskEmail(address: string): string {
    const at = address.lastIndexOf('@');
    if (at <= 0) return '***';
    return `${address[0]}***${address.slice(at)}`;
}

/** `+15551231234` → `+1******1234`: the country digit and the last four stay, every other digit becomes a star. */
export function maskPhone(phone: string): string {
    if (phone.length < 7) return '***';
    return `${phone.slice(0, 2)}${'*'.repeat(phone.length - 6)}${phone.slice(-4)}`;
}

/** The only form in which a recipient may appear in a log line. */
export function maskRecipient(channel: NotificationChannel, to: string): string {
    return channel === 'email' ? maskEmail(to) : maskPhone(to);
}
