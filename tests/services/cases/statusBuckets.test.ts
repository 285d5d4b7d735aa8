import type { StatusBucket } from '../../../services/cases/caseService';
import { bucketFor, KNOWN_STATUS_TITLES, knownStatusTitle, normalizeStatusTitle, statusTitleNamedIn } from '../../../services/cases/statusBuckets';

describe('bucketFor', () => {
    // Every title of shared/reference/uscis-facts.md §3, with the bucket it belongs in.
    it.each<[string, StatusBucket]>([
        ['Case Was Received', 'received'],
        ['Case Was Received and A Receipt Notice Was Sent', 'received'],
        ['Fingerprint Fee Was Received', 'biometrics'],
        ['Fingerprint and Biometrics Appointment Was Scheduled', 'biometrics'],
        ['Case Was Updated To Show Fingerprints Were Taken', 'biometrics'],
        ['Case Is Being Actively Reviewed By USCIS', 'review'],
        ['Case Remains Pending', 'review'],
        ['Case Is On Hold', 'review'],
        ['Request for Initial Evidence Was Sent', 'actionNeeded'],
        ['Request for Additional Evidence Was Sent', 'actionNeeded'],
        ["Response To USCIS' Request For Evidence Was Received", 'review'],
        ['Notice of Intent to Deny Was Sent', 'intentToDeny'],
        ['Case is Ready to Be Scheduled for An Interview', 'interview'],
        ['Interview Was Scheduled', 'interview'],
        ['Interview Was Rescheduled', 'interview'],
        ['Interview Was Completed And My Case Must Be Reviewed', 'interview'],
        ['Case Was Transferred And A New Office Has Jurisdiction', 'review'],
        ['Case Was Approved', 'approved'],
        // Not in §3: after a petition for someone abroad is approved, the National Visa Center's.
        ['Case Was Sent To The Department of State', 'sentToState'],
        ['New Card Is Being Produced', 'cardProduced'],
        ['Card Was Mailed To Me', 'cardMailed'],
        ['Card Was Picked Up By The United States Postal Service', 'cardMailed'],
        ['Card Was Delivered To Me By The Post Office', 'cardDelivered'],
        ['Card Was Returned To USCIS', 'problem'],
        ['Notice Was Returned To USCIS Because The Post Office Could Not Deliver It', 'problem'],
        ['Case Was Denied', 'denied'],
        ['Case Was Rejected Because It Was Improperly Filed', 'rejected'],
        ['Case Was Rejected Because I Did Not Sign My Form', 'rejected'],
        ['Case Was Rejected For Incorrect Fee', 'rejected'],
        ['Withdrawal Acknowledgement Notice Was Sent', 'withdrawn'],
        ['Case Closed Benefit Received By Other Means', 'closedOtherMeans'],
        ['Case Was Reopened', 'reopened'],
        ['Name Was Updated', 'other'],
        ['Date of Birth Was Updated', 'other'],
        ['Duplicate Notice Was Mailed', 'other'],
        ['Fees Were Waived', 'feeWaived'],
        ['Expedite Request Denied', 'expediteDenied'],
        ['Correspondence Was Received And USCIS Is Reviewing It', 'review'],
        ['Advance Parole Document Was Produced', 'other'],
        ["Notice Explaining USCIS' Actions Was Mailed", 'other'],
        ['Primary And Ancillary Benefits Were Denied', 'denied'],
    ])('%s -> %s', (title, bucket) => {
        expect(bucketFor(title)).toBe(bucket);
    });

    it('matches whatever the letter case, spacing, curly apostrophe or trailing full stop', () => {
        expect(bucketFor('case was APPROVED')).toBe('approved');
        expect(bucketFor('  Case   Was\tApproved. ')).toBe('approved');
        expect(bucketFor('Response To USCIS\u2019 Request For Evidence Was Received')).toBe('review');
        expect(bucketFor('CARD WAS DELIVERED TO ME BY THE POST OFFICE')).toBe('cardDelivered');
    });

    it('puts new wordings of a known family in the family, and unknown titles in other', () => {
        expect(bucketFor('Case Was Rejected Because The Version Of The Form I Sent Is No Longer Accepted')).toBe('rejected');
        expect(bucketFor('Card Was Returned To USCIS Because The Address Was Wrong')).toBe('problem');
        expect(bucketFor('Something New From USCIS')).toBe('other');
        expect(bucketFor('')).toBe('other');
        // "Approved" inside another title is not an approval.
        expect(bucketFor('Case Was Approved And My Decision Was Emailed To My Attorney')).toBe('other');
    });

    it('gives every known title a Spanish text and a unique normalized English title', () => {
        const normalized = KNOWN_STATUS_TITLES.map((title) => normalizeStatusTitle(title.en));
        expect(new Set(normalized).size).toBe(normalized.length);
        for (const title of KNOWN_STATUS_TITLES) {
            expect(title.es.trim()).not.toBe('');
            expect(bucketFor(title.en)).toBe(title.bucket);
        }
        expect(knownStatusTitle('case was approved')?.es).toBe('Caso Fue Aprobado');
        expect(knownStatusTitle('Unknown')).toBeUndefined();
    });
});

describe('statusTitleNamedIn: a status title written inside a message', () => {
    it('finds a title in a sentence of any language, whatever its case, quotes, accents or final stop', () => {
        expect(statusTitleNamedIn('what does Case Was Received mean?')).toMatchObject({ title: 'Case Was Received', bucket: 'received' });
        expect(statusTitleNamedIn('que veut dire « case was received » ?')).toMatchObject({ title: 'Case Was Received', bucket: 'received' });
        expect(statusTitleNamedIn('Case Was Received是什么意思')).toMatchObject({ title: 'Case Was Received', bucket: 'received' });
        expect(statusTitleNamedIn('my case was approved, what now?')).toMatchObject({ title: 'Case Was Approved', bucket: 'approved' });
        expect(statusTitleNamedIn('FINGERPRINT FEE WAS RECEIVED.')).toMatchObject({ title: 'Fingerprint Fee Was Received', bucket: 'biometrics' });
        expect(statusTitleNamedIn("Response To USCIS\u2019 Request For Evidence Was Received")?.bucket).toBe('review');
        // The Spanish drafts, typed without their accents.
        expect(statusTitleNamedIn('¿qué significa caso fue recibido y se envio un aviso de recibo?')).toMatchObject({ title: 'Caso Fue Recibido y Se Envió un Aviso de Recibo', bucket: 'received' });
        // A family of titles by its opening words.
        expect(statusTitleNamedIn('my case was rejected, why?')?.bucket).toBe('rejected');
    });

    it('finds a long title by the opening words people retell it with, and names the whole title', () => {
        expect(statusTitleNamedIn('what does case was transferred mean')).toMatchObject({ title: 'Case Was Transferred And A New Office Has Jurisdiction', bucket: 'review' });
        expect(statusTitleNamedIn('¿qué significa caso fue transferido?')).toMatchObject({ title: 'El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción', bucket: 'review' });
        expect(statusTitleNamedIn('what does case transferred mean?')?.title).toBe('Case Was Transferred And A New Office Has Jurisdiction');
        expect(statusTitleNamedIn('mi caso dice que fue transferido a otra oficina')?.title).toBe('El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción');
        // Retold as done in the other languages this chat speaks: the English title (the Spanish one for Spanish).
        expect(statusTitleNamedIn('transfirieron mi caso')?.title).toBe('El Caso Fue Transferido y una Nueva Oficina Tiene Jurisdicción');
        for (const told of ['mon dossier a été transféré', 'hồ sơ của tôi bị chuyển sang văn phòng khác', '我的案子被转到加州了', '我的案子转到别的办公室了', '제 케이스가 이관됐어요', 'تم نقل قضيتي إلى مكتب آخر', 'nailipat ang kaso ko']) {
            expect(statusTitleNamedIn(told)?.title).toBe('Case Was Transferred And A New Office Has Jurisdiction');
        }
        expect(statusTitleNamedIn('mine says case is being actively reviewed, is that good?')?.title).toBe('Case Is Being Actively Reviewed By USCIS');
        expect(statusTitleNamedIn('it says card was mailed')).toMatchObject({ title: 'Card Was Mailed To Me', bucket: 'cardMailed' });
        expect(statusTitleNamedIn('card was delivered but I never got it')?.bucket).toBe('cardDelivered');
        // A Notice of Intent to Deny by its own name or initials: the title's meaning, not the evidence requests'.
        expect(statusTitleNamedIn('I got a notice of intent to deny')).toMatchObject({ title: 'Notice of Intent to Deny Was Sent', bucket: 'intentToDeny' });
        expect(statusTitleNamedIn('what is a NOID?')?.bucket).toBe('intentToDeny');
        expect(statusTitleNamedIn('USCIS says they have the intent to deny my case')?.bucket).toBe('intentToDeny');
        expect(statusTitleNamedIn('me llegó un aviso de intención de negar')).toMatchObject({ title: 'Se Envió un Aviso de Intención de Denegar', bucket: 'intentToDeny' });
        expect(statusTitleNamedIn('recibí una intencion de denegar')?.bucket).toBe('intentToDeny');
        for (const said of ["j'ai reçu un avis d'intention de refus", 'tôi nhận được thông báo dự định từ chối', '我收到了拒绝意向通知', '我收到了拒絕意向通知', '거절 의향 통지서를 받았어요', 'وصلني إشعار بنية الرفض']) {
            expect(statusTitleNamedIn(said)?.bucket).toBe('intentToDeny');
        }
        // A refused expedite request, told in the user's words: that title, not how to ask for one.
        expect(statusTitleNamedIn('my expedite request was denied')).toMatchObject({ title: 'Expedite Request Denied', bucket: 'expediteDenied' });
        expect(statusTitleNamedIn('they denied my expedite, what now?')?.bucket).toBe('expediteDenied');
        expect(statusTitleNamedIn('me negaron el expedite')).toMatchObject({ title: 'Se Denegó la Solicitud de Trámite Acelerado', bucket: 'expediteDenied' });
        expect(statusTitleNamedIn('avoid this')).toBeUndefined();
        // The whole title still wins over its opening words.
        expect(statusTitleNamedIn('Case Was Transferred And A New Office Has Jurisdiction')?.title).toBe('Case Was Transferred And A New Office Has Jurisdiction');
        // An opening many titles share is not one of them.
        expect(statusTitleNamedIn('what does case was updated mean')).toBeUndefined();
        expect(statusTitleNamedIn('can my case be transferred to another office?')).toBeUndefined();
        // A card being made or mailed, retold in each language (the Spanish title for Spanish).
        expect(statusTitleNamedIn('my card is being produced')?.title).toBe('New Card Is Being Produced');
        expect(statusTitleNamedIn('mi tarjeta se está produciendo')?.title).toBe('Se Está Produciendo una Nueva Tarjeta');
        for (const told of ['ma carte est en cours de production', '我的卡正在制作', '카드가 제작 중이래요', 'thẻ của tôi đang được sản xuất', 'بطاقتي قيد الإنتاج', 'ginagawa na raw ang card ko']) {
            expect(statusTitleNamedIn(told)?.title).toBe('New Card Is Being Produced');
        }
        for (const told of ['ma carte a été envoyée', '我的卡已经寄出了', '카드가 발송됐대요', 'thẻ đã được gửi đi', 'تم إرسال بطاقتي بالبريد', 'naipadala na ang card ko']) {
            expect(statusTitleNamedIn(told)?.title).toBe('Card Was Mailed To Me');
        }
        // Asked for, in the other languages, is not the transfer told as done.
        for (const asked of ['可以把案子转到别的办公室吗', 'tôi có thể chuyển hồ sơ sang văn phòng khác không', 'هل يمكن نقل قضيتي إلى مكتب آخر؟', '케이스를 다른 사무소로 이관할 수 있나요?', 'puis-je faire transférer mon dossier ?']) {
            expect(statusTitleNamedIn(asked)).toBeUndefined();
        }
    });

    it("finds a title in straight quotes, and keeps an apostrophe inside a word", () => {
        expect(statusTitleNamedIn("que significa 'Case Was Approved'")).toMatchObject({ title: 'Case Was Approved', bucket: 'approved' });
        expect(statusTitleNamedIn("it says 'Case Was Received', what now?")?.title).toBe('Case Was Received');
        expect(statusTitleNamedIn("the Case Was Received's notice")).toBeUndefined();
    });

    it('finds a title retold in fewer words only when asked to (a question about what it means)', () => {
        expect(statusTitleNamedIn('what does case approved mean')).toBeUndefined();
        expect(statusTitleNamedIn('what does case approved mean', { retold: true })).toMatchObject({ title: 'Case Was Approved', bucket: 'approved' });
        expect(statusTitleNamedIn('¿qué significa caso negado?', { retold: true })).toMatchObject({ title: 'Caso Fue Denegado', bucket: 'denied' });
        expect(statusTitleNamedIn('caso recibido', { retold: true })?.bucket).toBe('received');
        // Only the retold ones: a whole title is found without `retold`.
        expect(statusTitleNamedIn('Fingerprint Fee Was Received', { retold: true })).toBeUndefined();
    });

    it('takes the longest title named', () => {
        expect(statusTitleNamedIn('it says Case Was Received and A Receipt Notice Was Sent')?.title).toBe('Case Was Received and A Receipt Notice Was Sent');
    });

    it('finds nothing in other words, inside a longer word, or for a title without a plain summary', () => {
        expect(statusTitleNamedIn('has my case been approved?')).toBeUndefined();
        expect(statusTitleNamedIn('my case was not approved')).toBeUndefined();
        expect(statusTitleNamedIn('showcase was received')).toBeUndefined();
        expect(statusTitleNamedIn('what does Name Was Updated mean?')).toBeUndefined();
        expect(statusTitleNamedIn('')).toBeUndefined();
    });
});
