import { CHECKED_CASES_KEPT, withCheckedFirst } from '../../conversation/checkedCases';

describe('the cases a conversation was shown', () => {
    test('the one just checked comes first, once, and only the most recent are kept', () => {
        let kept = withCheckedFirst([], { receiptNumber: 'EAC9999103403', formType: 'I-130' });
        kept = withCheckedFirst(kept, { receiptNumber: 'EAC9999103400' });
        kept = withCheckedFirst(kept, { receiptNumber: 'EAC9999103403', formType: 'I-130' });
        expect(kept.map((item) => item.receiptNumber)).toEqual(['EAC9999103403', 'EAC9999103400']);
        for (const receipt of ['EAC9999103412', 'EAC9999103424', 'SRC9999132719']) kept = withCheckedFirst(kept, { receiptNumber: receipt });
        expect(kept.map((item) => item.receiptNumber)).toEqual(['SRC9999132719', 'EAC9999103424', 'EAC9999103412']);
        expect(kept).toHaveLength(CHECKED_CASES_KEPT);
    });
});
