import { withResponseFloor } from '../../../services/accounts/responseFloor';

class Probe {
    calls: string[] = [];
    async succeed(value: string): Promise<string> {
        this.calls.push(value);
        return `got ${value}`;
    }
    async fail(): Promise<never> {
        throw new Error('refused');
    }
}

describe('withResponseFloor', () => {
    test('a floored method keeps its result, its errors and its `this`', async () => {
        const probe = withResponseFloor(new Probe(), ['succeed', 'fail'], 5);
        await expect(probe.succeed('a')).resolves.toBe('got a');
        await expect(probe.fail()).rejects.toThrow('refused');
        expect(probe.calls).toEqual(['a']);
    });

    test('a floor of 0 leaves the object untouched', () => {
        const probe = new Probe();
        const { succeed } = probe;
        expect(withResponseFloor(probe, ['succeed'], 0).succeed).toBe(succeed);
    });

    test('naming something that is not a method is a programming error', () => {
        expect(() => withResponseFloor(new Probe(), ['calls'], 5)).toThrow(/not a method/);
    });
});
