import { maskEmail, maskPhone, maskRecipient } from '../../../services/notifications/maskRecipient';

describe('maskRecipient', () => {
    it.each([
        ['jane@example.com', 'j***@example.com'],
        ['j@example.com', 'j***@example.com'],
        ['no-at-sign', '***'],
        ['@example.com', '***'],
    ])('masks the email %s as %s', (address, masked) => {
        expect(maskEmail(address)).toBe(masked);
    });

    it.each([
        ['+15551231234', '+1******1234'],
        ['+447700900123', '+4*******0123'],
        ['+12', '***'],
    ])('masks the phone %s as %s', (phone, masked) => {
        expect(maskPhone(phone)).toBe(masked);
    });

    it('picks the mask by channel', () => {
        expect(maskRecipient('email', 'ana@example.es')).toBe('a***@example.es');
        expect(maskRecipient('sms', '+34600123456')).toBe('+3******3456');
    });
});
