import fc from 'fast-check';
import { FeatureIndex } from '../../conversation/featureIndex';

describe('FeatureIndex answers as a Map from each name to its position', () => {
    test('for any list of names (any script, empty ones, repeats) and any name asked', () => {
        fc.assert(
            fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 300 }), fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 50 }), (names, others) => {
                const index = new FeatureIndex(names);
                const map = new Map(names.map((name, position) => [name, position]));
                expect(index.size).toBe(names.length);
                for (const name of [...names, ...others]) expect(index.get(name)).toBe(map.get(name));
                expect(index.names()).toEqual(names);
            }),
            { numRuns: 300 },
        );
    });

    test('features as the classifier names them, in several scripts', () => {
        const names = ['w:where', 'b:where_is', 'n: wh', 'c:案件', 'c:계정', 'w:حالة', 'w:tình', 'w:where'];
        const index = new FeatureIndex(names);
        expect(index.get('w:where')).toBe(7);
        expect(index.get('c:案件')).toBe(3);
        expect(index.name(4)).toBe('c:계정');
        expect(index.get('w:wher')).toBeUndefined();
        expect(index.get('w:wheres')).toBeUndefined();
        expect(new FeatureIndex([]).get('w:where')).toBeUndefined();
    });
});
