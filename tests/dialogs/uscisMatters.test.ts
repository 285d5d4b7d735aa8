import { i18n, say, TEST_ORGANIZATION, texts } from '../support/dialogHarness';
import { askingAtTheMenu } from './menuWithEveryFlow';
import { USCIS_MATTERS } from '../../dialogs/uscisMatters';

const { askAtMenu, open } = askingAtTheMenu();

const GREETING: Readonly<Record<string, string>> = { en: 'hello', es: 'hola', fr: 'bonjour', vi: 'xin chào', tl: 'kumusta', zh: '你好', ko: '안녕하세요', ar: 'مرحبا' };
const LOCALE: Readonly<Record<string, string>> = { en: 'en-US', es: 'es-US', fr: 'fr-FR', vi: 'vi-VN', tl: 'tl-PH', zh: 'zh-CN', ko: 'ko-KR', ar: 'ar' };

// Before each of these: a status check to confirm ("Did you want to check a case status?"), "Sorry, I can't help with
// that", or USCIS's processing times with the receipt question.
const BACK_TO_MENU: ReadonlyArray<readonly [language: string, said: string, matter: 'iceAtDoor' | 'detention' | 'iceCheckIn' | 'policeStop' | 'callingPolice' | 'reportThreat' | 'childrenIfDeported' | 'cardTakenAtBorder' | 'emergencyCare' | 'housingRights' | 'toldToLeave' | 'visaRevoked' | 'alienRegistration' | 'cardExpiringCitizenship' | 'iceEncounter' | 'deportationFeared' | 'juryDuty' | 'courtCase' | 'iceLetter' | 'victimProtection' | 'petitionerDied' | 'childTurning21' | 'marriedWhileWaiting' | 'visaAbroad' | 'expedite' | 'rejected' | 'denied' | 'copies' | 'criminalRecord' | 'proofOfFiling' | 'typo' | 'cardLostAbroad' | 'cardValidity' | 'workPermitRenewal' | 'workPermitUse' | 'employerDoubtsCard' | 'unpaidWages' | 'replaceCard' | 'lostPassport' | 'proofOfStatus' | 'payment' | 'interviewRequired' | 'interviewChange' | 'appointmentChange' | 'accommodation' | 'fingerprintsAgain' | 'appointmentInterpreter' | 'translation' | 'withdraw' | 'premiumProcessing' | 'citizenshipTest' | 'interviewDress' | 'replaceCertificate' | 'usPassport' | 'lawyerUnreachable' | 'complaint' | 'interview' | 'eVerify' | 'representativeOnCase' | 'originalDocuments' | 'removeConditions' | 'petitionApproved' | 'onlineFiledCase' | 'visitorStay' | 'timeAbroad' | 'travelDocument' | 'parole' | 'dvLottery' | 'medicalExam' | 'i94' | 'itin' | 'ssn' | 'waiver' | 'visaBulletin' | 'fianceVisa' | 'workVisa' | 'familyPetition' | 'refugeeGreenCard' | 'asylum' | 'tps' | 'daca' | 'residentOrCitizen' | 'workPermit' | 'residentStudy' | 'schoolRights' | 'residentRights' | 'greenCard' | 'affidavitOfSupport' | 'naturalizationCertificate' | 'citizenshipCertificate' | 'naturalization' | 'voting' | 'driversLicense' | 'serviceCenter' | 'fieldOffice']> = [
    // Immigration officers at the door: the rights everyone has, then a lawyer. Before: the privacy answer ("ICE" is one
    // of its words), "Did you want to learn how to keep your account safe?", or out of scope.
    ['en', 'ICE is at my door', 'iceAtDoor'],
    ['en', 'immigration agents are outside my house', 'iceAtDoor'],
    ['en', 'do I have to open the door for ICE?', 'iceAtDoor'],
    ['es', 'la migra está en mi puerta', 'iceAtDoor'],
    ['es', '¿tengo que abrirle la puerta a ICE?', 'iceAtDoor'],
    ['fr', "l'ICE est à ma porte", 'iceAtDoor'],
    ['vi', 'ICE đang gõ cửa nhà tôi', 'iceAtDoor'],
    ['tl', 'nasa pinto ang ICE', 'iceAtDoor'],
    ['zh', 'ICE在我家门口', 'iceAtDoor'],
    ['zh', '移民局的人在门口敲门', 'iceAtDoor'],
    ['ko', '이민국이 집에 왔어요', 'iceAtDoor'],
    ['ar', 'الهجرة عند الباب', 'iceAtDoor'],
    // Officers who stop someone at work or in the street: the rights everyone has there (no door to keep closed).
    // Before: the privacy answer, or out of scope.
    ['en', 'there was an ICE raid at my work', 'iceEncounter'],
    // A stop by immigration officers asked of before it happens: the rights when stopped (before: the privacy answer, read
    // from "ICE" or "la migra", or "Sorry"); "immigration police" is immigration's, not the police's stop.
    ['en', 'what do I do if ICE stops me on the street?', 'iceEncounter'],
    ['en', 'what should I do if immigration stops me?', 'iceEncounter'],
    ['en', 'what if ICE asks for my papers?', 'iceEncounter'],
    ['es', '¿qué hago si la migra me para en la calle?', 'iceEncounter'],
    ['es', 'si me para la migra qué hago', 'iceEncounter'],
    ['fr', "que faire si l'ICE m'arrête dans la rue ?", 'iceEncounter'],
    ['zh', '如果移民警察在街上拦住我怎么办', 'iceEncounter'],
    ['vi', 'nếu ICE chặn tôi lại trên đường thì sao', 'iceEncounter'],
    ['ko', 'ICE가 길에서 멈춰 세우면 어떻게 해요?', 'iceEncounter'],
    ['ar', 'ماذا أفعل إذا أوقفني ضباط الهجرة في الشارع؟', 'iceEncounter'],
    ['tl', 'ano ang gagawin ko kung pinahinto ako ng ICE?', 'iceEncounter'],
    ['en', 'what are my rights if ICE stops me', 'iceEncounter'],
    ['es', 'hay una redada en mi trabajo', 'iceEncounter'],
    ['es', 'me paró la migra, ¿qué hago?', 'iceEncounter'],
    ['en', "I'm scared of ICE", 'iceEncounter'],
    ['es', 'tengo miedo de la migra', 'iceEncounter'],
    ['fr', "qu'est-ce que je fais en cas de contrôle de l'ICE ?", 'iceEncounter'],
    ['vi', 'ICE đến chỗ làm của tôi', 'iceEncounter'],
    ['tl', 'may ICE raid sa trabaho namin', 'iceEncounter'],
    ['zh', '遇到ICE怎么办', 'iceEncounter'],
    ['ko', '이민 단속 나오면 어떻게 해요?', 'iceEncounter'],
    ['ar', 'أوقفني ICE في الشارع', 'iceEncounter'],
    // Someone held in immigration detention: ICE's, not USCIS's; its locator, the court's line, a lawyer at once. Before:
    // the privacy answer ("ICE" is one of its words), or out of scope. "Will ICE see this chat?" is still privacy.
    // A door said with immigration's officers, though not in the matter's own words (before: the Contact Center's
    // number offered in Chinese, a stop's rights in Korean, "Sorry" elsewhere).
    ['zh', '移民局的人在我家门口', 'iceAtDoor'],
    ['en', 'ICE agents are knocking on my door right now', 'iceAtDoor'],
    ['fr', "des agents de l'immigration frappent à la porte", 'iceAtDoor'],
    ['vi', 'nhân viên di trú đang gõ cửa', 'iceAtDoor'],
    ['ko', '이민 단속 직원이 집 앞에 있어요', 'iceAtDoor'],
    ['ar', 'عملاء الهجرة يطرقون الباب', 'iceAtDoor'],
    ['tl', 'may immigration officer sa pinto namin', 'iceAtDoor'],
    ['en', 'ICE detained my husband', 'detention'],
    // Taken at the door is a detention: where the person is now, not whether to open.
    ['en', 'ICE arrested my husband at our door', 'detention'],
    ['en', 'my brother is in ICE detention, how do I find him', 'detention'],
    ['en', "I'm scared, ICE took my son", 'detention'],
    ['es', 'la migra se llevó a mi esposo', 'detention'],
    ['es', 'mi hijo está detenido en un centro de detención', 'detention'],
    ['es', 'agarraron a mi hermano', 'detention'],
    ['fr', "mon mari a été arrêté par l'ICE", 'detention'],
    ['vi', 'chồng tôi bị ICE bắt', 'detention'],
    ['tl', 'hinuli ng ICE ang asawa ko', 'detention'],
    ['zh', '我老公被ICE抓了', 'detention'],
    ['ko', '남편이 ICE에 잡혀갔어요', 'detention'],
    ['ar', 'زوجي محتجز عند ICE', 'detention'],
    // A check-in with ICE: ICE's, not USCIS's; go as its paper says, move it with that office. Before: the privacy answer.
    ['en', 'I have a check-in with ICE next week', 'iceCheckIn'],
    ['en', 'ICE appointment', 'iceCheckIn'],
    ['es', 'tengo que ir a firmar a ICE el lunes', 'iceCheckIn'],
    ['fr', "j'ai un rendez-vous avec l'ICE", 'iceCheckIn'],
    ['vi', 'tuần sau tôi phải trình diện ICE', 'iceCheckIn'],
    ['tl', 'may check in ako sa ICE bukas', 'iceCheckIn'],
    ['zh', '我下周要去ICE报到', 'iceCheckIn'],
    ['ko', '다음 주에 ICE 출석이 있어요', 'iceCheckIn'],
    ['ar', 'عندي موعد مع ICE الأسبوع القادم', 'iceCheckIn'],
    // A case in immigration court: the Department of Justice's, not USCIS's; its hearings are found by phone or online with
    // the A-Number. Before: USCIS's processing times and the receipt question ("when is my court hearing"), out of scope,
    // a status check to confirm, or the USCIS denial's answer ("the judge denied my asylum case").
    ['en', 'when is my court hearing', 'courtCase'],
    // Someone who threatens to report one to immigration: often a way to control; an employer's, a landlord's, a partner's
    // lines to call; nothing paid, the messages kept; a lawyer (before: what this chat tells immigration, the Contact
    // Center's number, "do you want to protect your account?", or "Sorry").
    ['en', 'my boss says he will call ICE on me if I complain', 'reportThreat'],
    ['en', 'my landlord threatened to report me to immigration', 'reportThreat'],
    ['en', "my ex says he'll get me deported", 'reportThreat'],
    ['es', 'mi patrón dice que me va a reportar a la migra', 'reportThreat'],
    ['es', 'mi casero amenaza con llamar a inmigración', 'reportThreat'],
    ['es', 'mi esposo dice que va a llamar a la migra', 'reportThreat'],
    ['fr', "mon patron menace d'appeler l'immigration", 'reportThreat'],
    ['fr', "mon propriétaire dit qu'il va me dénoncer à l'ICE", 'reportThreat'],
    ['zh', '老板说要举报我给移民局', 'reportThreat'],
    ['zh', '房东威胁要打电话给ICE', 'reportThreat'],
    ['zh', '邻居说要叫移民局抓我', 'reportThreat'],
    ['vi', 'chủ tôi nói sẽ báo di trú bắt tôi', 'reportThreat'],
    ['vi', 'chủ nhà dọa gọi ICE', 'reportThreat'],
    ['ko', '사장님이 이민국에 신고한다고 해요', 'reportThreat'],
    ['ko', '집주인이 ICE에 신고하겠다고 협박해요', 'reportThreat'],
    ['ar', 'صاحب العمل يقول إنه سيبلغ الهجرة عني', 'reportThreat'],
    ['ar', 'المالك يهددني بالاتصال بالهجرة', 'reportThreat'],
    ['tl', 'sabi ng amo ko isusumbong niya ako sa immigration', 'reportThreat'],
    ['tl', 'tinatakot ako ng landlord na tatawag siya ng ICE', 'reportThreat'],
    // Someone taken by ICE stays the detention's (a guard row, passed before).
    ['zh', '移民局抓走了我老公', 'detention'],
    // One's children if one is deported: a plan made now, a trusted adult in writing, papers where they find them; a
    // citizen child stays one; a parent's rights not ended by a deportation alone (before: "Sorry", or the court's answer).
    ['en', 'what happens to my kids if I get deported?', 'childrenIfDeported'],
    ['en', 'who will take care of my children if they deport me', 'childrenIfDeported'],
    ['es', '¿qué pasa con mis hijos si me deportan?', 'childrenIfDeported'],
    ['es', 'me van a quitar la custodia de mis hijos si me deportan', 'childrenIfDeported'],
    ['fr', 'que vont devenir mes enfants si je suis expulsé ?', 'childrenIfDeported'],
    ['zh', '如果我被遣返了孩子怎么办', 'childrenIfDeported'],
    ['vi', 'nếu tôi bị trục xuất thì con tôi sẽ ra sao', 'childrenIfDeported'],
    ['ko', '제가 추방되면 아이들은 어떻게 되나요?', 'childrenIfDeported'],
    ['ar', 'ماذا سيحدث لأطفالي إذا تم ترحيلي؟', 'childrenIfDeported'],
    ['tl', 'ano ang mangyayari sa mga anak ko kung ma-deport ako?', 'childrenIfDeported'],
    // A green card taken at an airport or the border: residence goes on until a judge decides; Form I-407 need not be
    // signed; every paper and date kept; a lawyer (before: the status check offered, the receipt question, or "Sorry").
    ['en', 'CBP took my green card at the airport', 'cardTakenAtBorder'],
    ['en', 'they asked me to sign I-407 at the airport', 'cardTakenAtBorder'],
    ['en', 'my green card was confiscated', 'cardTakenAtBorder'],
    ['es', 'me quitaron la green card en el aeropuerto', 'cardTakenAtBorder'],
    ['es', 'en la frontera se quedaron con mi residencia', 'cardTakenAtBorder'],
    ['fr', "à l'aéroport, la douane a gardé ma carte verte", 'cardTakenAtBorder'],
    ['zh', '海关没收了我的绿卡', 'cardTakenAtBorder'],
    ['zh', '在机场绿卡被扣了', 'cardTakenAtBorder'],
    ['vi', 'hải quan giữ lại thẻ xanh của tôi ở sân bay', 'cardTakenAtBorder'],
    ['ko', '공항에서 영주권을 뺏겼어요', 'cardTakenAtBorder'],
    ['ar', 'أوقفوني في المطار وأخذوا البطاقة الخضراء', 'cardTakenAtBorder'],
    ['tl', 'kinuha ng CBP ang green card ko sa airport', 'cardTakenAtBorder'],
    // Emergency care without papers: an emergency room treats anyone, whatever their status or money (EMTALA); Emergency
    // Medicaid; health centers; hospitals treat, they do not enforce (before: the answer to having no status with the
    // lawyer's, the privacy answer, or "Sorry").
    ['en', 'can I go to the hospital without papers?', 'emergencyCare'],
    ['en', 'will the hospital report me to ICE?', 'emergencyCare'],
    ['en', "I'm undocumented and my son needs a doctor", 'emergencyCare'],
    ['es', '¿puedo ir al hospital sin papeles?', 'emergencyCare'],
    ['es', '¿me atienden en emergencias si soy indocumentado?', 'emergencyCare'],
    ['fr', "puis-je aller à l'hôpital sans papiers ?", 'emergencyCare'],
    ['zh', '没有身份可以去医院看病吗', 'emergencyCare'],
    ['zh', '医院会举报我吗', 'emergencyCare'],
    ['vi', 'không có giấy tờ có đi bệnh viện được không', 'emergencyCare'],
    ['ko', '서류 미비자인데 병원에 가도 되나요?', 'emergencyCare'],
    ['ar', 'هل يمكنني الذهاب إلى المستشفى بدون أوراق؟', 'emergencyCare'],
    ['tl', 'puwede ba akong pumunta sa ospital kahit walang papeles?', 'emergencyCare'],
    // The police called for help without papers: 911 whatever one's status; many departments do not ask victims; a U
    // visa for some who help the police; silence about one's status (before: the answer to having no status with the
    // lawyer's, the worry line about what USCIS will decide, a complaint about USCIS (French), or "Sorry").
    ['en', "is it safe to call the police if I'm undocumented?", 'callingPolice'],
    ['en', "I was robbed but I'm afraid to call the police because I have no papers", 'callingPolice'],
    ['es', '¿puedo llamar a la policía si no tengo papeles?', 'callingPolice'],
    ['es', 'me asaltaron pero tengo miedo de llamar a la policía', 'callingPolice'],
    ['fr', 'puis-je porter plainte sans papiers ?', 'callingPolice'],
    ['zh', '没有身份可以报警吗', 'callingPolice'],
    ['vi', 'không có giấy tờ có gọi cảnh sát được không', 'callingPolice'],
    ['ko', '서류 미비자인데 경찰에 신고해도 되나요?', 'callingPolice'],
    ['ar', 'هل يمكنني الاتصال بالشرطة بدون أوراق؟', 'callingPolice'],
    ['tl', 'puwede ba akong tumawag sa pulis kahit walang papeles?', 'callingPolice'],
    // A stop by the police stays its own (a guard row, passed before).
    ['en', 'the police stopped me and I have no papers', 'policeStop'],
    // Renting without papers: no federal law asks a landlord to check status; ID, income, a passport or an ITIN; HUD's
    // fair housing line; a tenant's rights whatever one's status (before: the answer to having no status with the
    // lawyer's, or "Sorry").
    ['en', 'can I rent an apartment without papers?', 'housingRights'],
    ['en', "my landlord wants to evict me because I'm undocumented", 'housingRights'],
    ['es', '¿puedo rentar un apartamento sin papeles?', 'housingRights'],
    ['es', 'el casero me quiere desalojar porque no tengo papeles', 'housingRights'],
    ['fr', 'puis-je louer un appartement sans papiers ?', 'housingRights'],
    ['zh', '没有身份可以租房吗', 'housingRights'],
    ['vi', 'không có giấy tờ có thuê nhà được không', 'housingRights'],
    ['ko', '서류 미비자인데 집을 렌트할 수 있나요?', 'housingRights'],
    ['ar', 'هل يمكنني استئجار شقة بدون أوراق؟', 'housingRights'],
    ['tl', 'puwede ba akong umupa ng apartment kahit walang papeles?', 'housingRights'],
    // A landlord's threat stays the threat's answer, which the renting answer points to.
    ['en', 'my landlord threatens to call ICE', 'reportThreat'],
    // A child's school without papers: free public school to grade 12 whatever anyone's status (Plyler v. Doe); age and
    // address may be asked, not status; the Office for Civil Rights if refused (before: the answer to having no status
    // with the lawyer's, or "Sorry").
    ['en', 'can my kids go to school if we are undocumented?', 'schoolRights'],
    ['en', "I don't have papers, can my son go to school?", 'schoolRights'],
    ['es', '¿mis hijos pueden ir a la escuela si no tenemos papeles?', 'schoolRights'],
    ['fr', "mes enfants peuvent-ils aller à l'école sans papiers ?", 'schoolRights'],
    ['zh', '黑户孩子可以上学吗', 'schoolRights'],
    ['vi', 'con tôi không có giấy tờ có được đi học không', 'schoolRights'],
    ['ko', '서류 미비자인데 아이가 학교에 다닐 수 있나요?', 'schoolRights'],
    ['ar', 'هل يمكن لأطفالي الذهاب إلى المدرسة بدون أوراق؟', 'schoolRights'],
    ['tl', 'puwede bang mag-aral ang anak ko kahit walang papeles?', 'schoolRights'],
    // No papers said as "no tengo papeles" at the hospital too.
    ['es', '¿puedo ir al hospital si no tengo papeles?', 'emergencyCare'],
    // Studying with a green card stays its own (a guard row, passed before).
    ['en', 'can I study with a green card?', 'residentStudy'],
    // Someone ICE took to a hospital stays the detention's (a guard row, passed before).
    ['en', 'ICE took my husband to the hospital', 'detention'],
    // A card lost at the airport stays a card to replace (a guard row, passed before).
    ['en', 'I lost my green card at the airport', 'replaceCard'],
    ['es', 'perdí mi green card en el aeropuerto', 'replaceCard'],
    ['zh', '我的绿卡在机场丢了', 'replaceCard'],
    // Deportation said as what will happen, or as the order a judge gave (before: "Sorry, I can't help with that", or in
    // Spanish for "NTA" the evidence question to confirm).
    // A summons to serve on a jury: only citizens serve, the summons answered saying so, never a claim to be one (before:
    // "Sorry", or in French "there is nothing to cancel" and the immigration court's answer, read from "convocation").
    ['en', "I got a jury duty summons but I'm not a citizen", 'juryDuty'],
    ['en', 'can a green card holder serve on a jury?', 'juryDuty'],
    ['es', 'me llegó una citación para jurado pero no soy ciudadano', 'juryDuty'],
    ['es', '¿tengo que ser jurado si tengo green card?', 'juryDuty'],
    ['fr', "j'ai reçu une convocation de juré", 'juryDuty'],
    ['vi', 'tôi nhận được giấy triệu tập bồi thẩm đoàn', 'juryDuty'],
    ['zh', '我收到了陪审团传票', 'juryDuty'],
    ['ko', '배심원 소환장을 받았어요', 'juryDuty'],
    ['ar', 'وصلني استدعاء لهيئة المحلفين', 'juryDuty'],
    ['tl', 'nakatanggap ako ng jury summons pero hindi ako citizen', 'juryDuty'],
    ['en', "I'm going to be deported", 'courtCase'],
    ['en', 'I have a deportation order', 'courtCase'],
    ['es', 'me van a deportar', 'courtCase'],
    ['es', 'tengo orden de deportación', 'courtCase'],
    ['es', 'me llegó un NTA', 'courtCase'],
    ['zh', '我要被遣返了', 'courtCase'],
    ['ko', '추방 명령을 받았어요', 'courtCase'],
    // Deportation feared, or asked about, with no court named: no one here can know; a lawyer soon, free help; many
    // have a right to see a judge first; silence and nothing signed if stopped; a family plan (before: what USCIS will
    // decide, read as a worry about a case, or the immigration court's hotline).
    ['en', "I'm scared I will be deported", 'deportationFeared'],
    ['en', 'am I going to be deported?', 'deportationFeared'],
    ['en', "I'm afraid of deportation", 'deportationFeared'],
    ['es', 'tengo miedo de que me deporten', 'deportationFeared'],
    ['fr', "j'ai peur d'être expulsé", 'deportationFeared'],
    ['zh', '我很害怕被遣返', 'deportationFeared'],
    ['ko', '추방될까 봐 무서워요', 'deportationFeared'],
    ['vi', 'tôi sợ bị trục xuất', 'deportationFeared'],
    ['tl', 'natatakot akong ma-deport', 'deportationFeared'],
    ['ar', 'أنا خائف من الترحيل', 'deportationFeared'],
    ['ar', 'أخاف أن يتم ترحيلي', 'deportationFeared'],
    // Feared for a relative (before: the worry's line about what USCIS will decide); the answer names "someone you love".
    ['en', "I'm worried my dad will be deported", 'deportationFeared'],
    ['es', 'tengo miedo que deporten a mi esposo', 'deportationFeared'],
    ['fr', "j'ai peur qu'ils expulsent mon mari", 'deportationFeared'],
    // A fear said with a deportation, of anyone: before, "Sorry" (zh, ar), the worry line (ko, zh), the court's answer (vi).
    ['zh', '我怕我妈妈会被驱逐出境', 'deportationFeared'],
    ['zh', '我担心我老公会被遣返', 'deportationFeared'],
    ['ar', 'أخاف أن يتم ترحيل أمي', 'deportationFeared'],
    ['vi', 'tôi sợ mẹ tôi sẽ bị trục xuất', 'deportationFeared'],
    ['vi', 'tôi lo chồng tôi bị trục xuất', 'deportationFeared'],
    ['ko', '남편이 추방될까 걱정돼요', 'deportationFeared'],
    ['tl', 'baka ma-deport ang asawa ko', 'deportationFeared'],
    ['en', "I'm scared they will deport my son", 'deportationFeared'],
    // A letter from ICE: ICE's, not USCIS's; a check-in or a court date to keep, nothing signed unread, a lawyer before
    // the date (before: the privacy answer, read from "ICE", or a USCIS letter's answer).
    ['en', 'I got a letter from ICE', 'iceLetter'],
    ['en', 'ICE sent me a letter, what do I do?', 'iceLetter'],
    ['es', 'me llegó una carta de ICE', 'iceLetter'],
    ['fr', "j'ai reçu une lettre de l'ICE", 'iceLetter'],
    ['zh', 'ICE给我寄来一封信', 'iceLetter'],
    ['ko', 'ICE에서 편지가 왔어요', 'iceLetter'],
    ['vi', 'tôi nhận được một lá thư của ICE', 'iceLetter'],
    ['ar', 'وصلتني رسالة من ICE', 'iceLetter'],
    ['tl', 'may sulat ako galing sa ICE', 'iceLetter'],
    // Guard row: a notice to appear is the court's (and a letter from immigration USCIS's: BEFORE_STATUS_CHECK).
    ['en', 'ICE sent me a notice to appear', 'courtCase'],
    ['en', 'am I going to be deported at my hearing?', 'courtCase'],
    // A removal said with someone else's hearing is the court's too (before: "Sorry", the hearing keeping the fear out).
    ['en', 'my husband will be deported next week, his hearing is on monday', 'courtCase'],
    ['en', 'can I be deported for a DUI?', 'criminalRecord'],
    ['en', 'I have immigration court next week', 'courtCase'],
    ['en', 'how do I check my immigration court case', 'courtCase'],
    ['en', 'the judge denied my asylum case', 'courtCase'],
    ['en', 'I missed my court date', 'courtCase'],
    ['en', 'the immigration judge approved my case', 'courtCase'],
    ['en', 'I got a notice to appear', 'courtCase'],
    // Said worried, the answer comes without the worry's line, which speaks of what USCIS will decide.
    ['en', "I'm scared of my court hearing tomorrow", 'courtCase'],
    ['es', '¿cuándo es mi corte?', 'courtCase'],
    ['es', 'tengo audiencia con el juez de inmigración', 'courtCase'],
    ['es', 'el juez negó mi asilo', 'courtCase'],
    ['fr', 'quand est mon audience au tribunal ?', 'courtCase'],
    ['vi', 'khi nào tôi ra tòa', 'courtCase'],
    ['tl', 'kailan ang hearing ko sa korte', 'courtCase'],
    ['zh', '我什么时候出庭', 'courtCase'],
    ['ko', '이민 법원 재판 날짜를 알고 싶어요', 'courtCase'],
    ['ar', 'متى موعد جلستي في محكمة الهجرة', 'courtCase'],
    // A visa abroad: the National Visa Center, an embassy or a consulate (the Department of State's, checked at CEAC).
    // Before: the receipt question, or USCIS's appointment notice for an interview at an embassy.
    ['en', 'my case is at the NVC', 'visaAbroad'],
    ['en', 'when is my visa interview at the embassy', 'visaAbroad'],
    ['en', 'how do I check my NVC case', 'visaAbroad'],
    ['es', '¿cuándo es mi entrevista en el consulado?', 'visaAbroad'],
    ['fr', "quand est mon entretien à l'ambassade ?", 'visaAbroad'],
    ['vi', 'khi nào tôi phỏng vấn ở lãnh sự quán', 'visaAbroad'],
    ['tl', 'kailan ang interview ko sa embassy', 'visaAbroad'],
    ['zh', '我的案子到了国家签证中心', 'visaAbroad'],
    ['ko', '대사관 인터뷰는 언제예요?', 'visaAbroad'],
    ['ar', 'متى مقابلة السفارة؟', 'visaAbroad'],
    // Proof for an employer that one may work: this chat proves no status; the Contact Center or a lawyer. Before: out of
    // scope.
    ['en', 'my employer needs proof I can work', 'proofOfStatus'],
    ['es', 'mi patrón me pide prueba de que puedo trabajar', 'proofOfStatus'],
    ['zh', '雇主要证明我可以工作', 'proofOfStatus'],
    // A temporary stamp in the passport while a green card comes (an I-551 or ADIT stamp): the Contact Center sets the
    // appointment (before: "Sorry, I can't help with that").
    ['en', 'how do I get an I-551 stamp?', 'proofOfStatus'],
    ['en', 'I need proof of my green card while I wait', 'proofOfStatus'],
    ['es', 'necesito prueba de mi residencia mientras llega la tarjeta', 'proofOfStatus'],
    ['en', 'I need an ADIT stamp in my passport', 'proofOfStatus'],
    ['es', 'necesito un sello en mi pasaporte mientras llega la tarjeta', 'proofOfStatus'],
    ['fr', "comment avoir un tampon dans mon passeport en attendant la carte ?", 'proofOfStatus'],
    ['vi', 'làm sao để được đóng dấu vào hộ chiếu trong khi chờ thẻ xanh?', 'proofOfStatus'],
    ['zh', '等绿卡的时候怎么在护照上盖章？', 'proofOfStatus'],
    ['ko', '카드 기다리는 동안 여권에 도장 받을 수 있나요?', 'proofOfStatus'],
    ['ar', 'أحتاج ختم في جواز السفر حتى تصل البطاقة', 'proofOfStatus'],
    ['tl', 'paano makakuha ng stamp sa passport habang hinihintay ang green card?', 'proofOfStatus'],
    // USCIS's mistake on a card or notice: e-Request, or Form I-90 without a fee. Before: a status check to confirm.
    ['en', 'there is a typo on my green card', 'typo'],
    ['en', 'my name is wrong on my card', 'typo'],
    ['en', 'the date of birth is wrong on my approval notice', 'typo'],
    ['es', 'mi green card tiene el nombre mal escrito', 'typo'],
    ['fr', 'il y a une erreur sur ma carte verte', 'typo'],
    ['vi', 'thẻ xanh của tôi bị sai tên', 'typo'],
    ['tl', 'mali ang pangalan sa green card ko', 'typo'],
    ['zh', '我的绿卡上名字写错了', 'typo'],
    ['ko', '영주권 카드에 이름이 잘못 나왔어요', 'typo'],
    ['ar', 'فيه خطأ في اسمي على البطاقة الخضراء', 'typo'],
    // A denial: the letter says whether, and by when, to ask again; a lawyer soon. Before: out of scope in es, fr...
    ['en', 'my application was denied', 'denied'],
    ['en', 'they denied my green card, what now?', 'denied'],
    // An appeal or a reopening asked for in short (before: which forms are filed online to confirm, or the receipt
    // question).
    ['en', 'Can I appeal?', 'denied'],
    ['en', 'can I reopen my case?', 'denied'],
    ['es', 'me negaron el caso que hago', 'denied'],
    ['es', 'me negaron la green card', 'denied'],
    ['fr', 'ma demande a été refusée, que faire ?', 'denied'],
    ['vi', 'hồ sơ của tôi bị từ chối rồi', 'denied'],
    // Without accents "sợ bị từ chối" (afraid of a denial) is the end of "hồ sơ bị từ chối": it was read as a worry.
    ['vi', 'hồ sơ bị từ chối', 'denied'],
    ['tl', 'na-deny po ang application ko', 'denied'],
    ['zh', '我的申请被拒了怎么办', 'denied'],
    ['ko', '제 케이스가 거절됐어요', 'denied'],
    ['ar', 'رفضوا طلبي ماذا أفعل', 'denied'],
    // A filing sent back undecided (a rejection): not a denial; fix what the notice names and send it again. Before: the
    // receipt question, a status check to confirm, out of scope, the online filing answer ("my fee waiver was rejected")
    // or the denial's answer ("my fee waiver was denied"). Where one word says both, a rejection's reason makes it one.
    ['en', "They rejected my application because I didn't sign it", 'rejected'],
    ['en', 'my I-485 was rejected', 'rejected'],
    ['en', 'USCIS sent back my application', 'rejected'],
    ['en', 'my fee waiver was denied', 'rejected'],
    ['en', 'what does rejected mean', 'rejected'],
    ['en', 'my application got denied because I forgot to sign', 'rejected'],
    ['es', 'me rechazaron el caso', 'rejected'],
    ['es', 'mi solicitud fue rechazada porque no la firmé', 'rejected'],
    ['es', 'me devolvieron la solicitud', 'rejected'],
    ['es', 'me negaron la exención de tarifa', 'rejected'],
    ['fr', "ma demande a été rejetée car je n'ai pas signé", 'rejected'],
    ["fr", "ils m'ont renvoyé mon dossier", 'rejected'],
    ['vi', 'hồ sơ của tôi bị trả lại', 'rejected'],
    ['vi', 'hồ sơ bị từ chối vì tôi quên ký', 'rejected'],
    ['tl', 'na-reject ang application ko', 'rejected'],
    ['tl', 'ibinalik ang application ko kasi walang pirma', 'rejected'],
    ['zh', '我的申请被退件了', 'rejected'],
    ['zh', '我的申请被拒了，因为没签名', 'rejected'],
    ['ko', '서류가 반려됐어요', 'rejected'],
    ['ko', '서명을 안 해서 거절됐어요', 'rejected'],
    ['ar', 'رجعوا لي طلبي', 'rejected'],
    ['ar', 'رفضوا طلبي لأني نسيت التوقيع', 'rejected'],
    // A payment rejected is still the payment's answer.
    ['es', 'rechazaron mi pago de la solicitud', 'payment'],
    ['zh', '申请费付款被拒了', 'payment'],
    // A copy of a notice, or of one's whole file: the online account, Form I-824, a FOIA request. Before: out of scope,
    // "send evidence?" or "keep your account safe?" to confirm.
    ['en', 'how do I get a copy of my approval notice', 'copies'],
    // One's immigration file asked for in Korean and Arabic (before: "Sorry", or the Contact Center to confirm).
    ['ko', '이민 파일을 받으려면 어떻게 해요?', 'copies'],
    ['ar', 'كيف أحصل على ملفي من الهجرة؟', 'copies'],
    ['en', 'I need a copy of my immigration file', 'copies'],
    ['en', 'how do I check my FOIA request', 'copies'],
    ['en', 'can I get a duplicate receipt notice', 'copies'],
    ['es', 'necesito una copia de mi aviso de aprobación', 'copies'],
    ['es', 'cómo pido mi expediente de inmigración', 'copies'],
    ['fr', "comment obtenir une copie de mon avis d'approbation", 'copies'],
    ['vi', 'làm sao xin bản sao thông báo chấp thuận', 'copies'],
    ['tl', 'paano kumuha ng kopya ng approval notice ko', 'copies'],
    ['zh', '怎么申请移民档案', 'copies'],
    ['zh', '批准通知丢了怎么补发', 'copies'],
    ['ko', '승인 통지서 사본을 받고 싶어요', 'copies'],
    ['ko', '정보공개청구 어떻게 해요', 'copies'],
    ['ar', 'كيف أحصل على نسخة من إشعار الموافقة', 'copies'],
    // The A-file named by its name (before: "Sorry, I can't help with that"); its number is which number is which.
    ['en', 'how do I request my A-file?', 'copies'],
    ['es', '¿cómo consigo mi A-file?', 'copies'],
    ['fr', 'comment demander mon A-file ?', 'copies'],
    ['vi', 'làm sao lấy A-file?', 'copies'],
    ['zh', '怎么拿到我的A-file？', 'copies'],
    ['ko', 'A-file을 받으려면 어떻게 해요?', 'copies'],
    ['ar', 'كيف أطلب A-file الخاص بي؟', 'copies'],
    ['tl', 'paano makuha ang A-file ko?', 'copies'],
    // An I-797 lost (before: "Sorry, I can't help with that").
    ['en', 'I lost my I-797', 'copies'],
    ['es', 'perdí mi I-797', 'copies'],
    // A notice to print, download or find in the account: where the account keeps them. Before: "Did you want to add a
    // case you filed on paper?", the account number's guide, out of scope, or (French, Chinese) the account's uses.
    ['en', 'how do I print my receipt notice', 'copies'],
    ['en', 'where do I find the notice in my account', 'copies'],
    ['en', 'how do I download my approval notice', 'copies'],
    ['es', 'cómo imprimo mi aviso de recibo', 'copies'],
    ['es', 'dónde veo mis avisos en mi cuenta', 'copies'],
    ['fr', 'comment imprimer mon avis de réception ?', 'copies'],
    ['vi', 'làm sao in thông báo biên nhận', 'copies'],
    ['zh', '怎么打印收据通知', 'copies'],
    ['ko', '통지서를 어떻게 출력해요?', 'copies'],
    ['ar', 'كيف أطبع إشعار الإيصال؟', 'copies'],
    ['tl', 'paano i-print ang receipt notice ko?', 'copies'],
    // Proof that a case was filed (for an employer): the receipt notice. Before: out of scope in English and Korean.
    ['en', 'my employer needs proof that I applied', 'proofOfFiling'],
    ['en', 'how can I prove that I filed my I-765?', 'proofOfFiling'],
    ['es', 'necesito un comprobante de que presenté mi solicitud', 'proofOfFiling'],
    // A letter that says so (before: the letter's answer, or the receipt question).
    ['en', 'I need a letter saying my case is pending', 'proofOfFiling'],
    ['es', 'necesito una carta de USCIS que diga que mi caso está pendiente', 'proofOfFiling'],
    ['fr', "j'ai besoin d'une lettre qui prouve que mon dossier est en cours", 'proofOfFiling'],
    ['fr', "j'ai besoin d'une preuve que j'ai déposé ma demande", 'proofOfFiling'],
    ['vi', 'tôi cần bằng chứng đã nộp hồ sơ cho chủ', 'proofOfFiling'],
    ['tl', 'kailangan ko ng patunay na nag-file ako', 'proofOfFiling'],
    ['zh', '我需要证明我已经递交了申请', 'proofOfFiling'],
    ['ko', '회사에 신청했다는 증명을 내야 해요', 'proofOfFiling'],
    ['ar', 'أحتاج إثبات أني قدمت الطلب', 'proofOfFiling'],
    // Proof of one's immigration status: this chat checks a case, not a person's status. Before: the receipt question
    // (a case's status), or out of scope.
    ['en', 'I need proof of my status for my employer', 'proofOfStatus'],
    ['en', 'how can I prove my immigration status?', 'proofOfStatus'],
    ['en', 'what is my immigration status', 'proofOfStatus'],
    ['es', 'necesito una prueba de mi estatus para el trabajo', 'proofOfStatus'],
    ['es', '¿cómo compruebo mi estatus migratorio?', 'proofOfStatus'],
    ['fr', "j'ai besoin d'une preuve de mon statut pour mon employeur", 'proofOfStatus'],
    ['vi', 'làm sao để chứng minh tình trạng di trú của tôi', 'proofOfStatus'],
    ['tl', 'kailangan ko ng patunay ng status ko para sa trabaho', 'proofOfStatus'],
    ['zh', '我需要证明我的移民身份给雇主', 'proofOfStatus'],
    ['ko', '회사에 체류 신분을 증명해야 해요', 'proofOfStatus'],
    ['ar', 'أحتاج إثبات وضعي القانوني لصاحب العمل', 'proofOfStatus'],
    // A fee charged twice, or a refund: this chat sees no payments. Before: how to keep an account safe, to confirm, or
    // the forms-and-fees answer.
    ['en', 'I was charged twice for my I-765', 'payment'],
    // Before: out of scope; and, with "want money" among the scam words for a moment, the scams answer.
    ['en', 'I want money back for my fee', 'payment'],
    ['en', 'can I get a refund of my filing fee', 'payment'],
    ['es', 'me cobraron dos veces el permiso de trabajo', 'payment'],
    ['fr', "j'ai été débité deux fois pour ma demande", 'payment'],
    ['vi', 'tôi bị trừ tiền hai lần', 'payment'],
    ['tl', 'na-charge ako ng dalawang beses sa filing fee', 'payment'],
    ['zh', '申请费扣了两次', 'payment'],
    ['ko', '신청비가 두 번 결제됐어요', 'payment'],
    ['ar', 'دفعت مرتين رسوم الطلب', 'payment'],
    // Paid, then what was paid, then twice: the payment (before: the forms-and-fees answer, or "Sorry").
    ['en', 'I paid the fee twice', 'payment'],
    ['en', 'I paid two times for my application', 'payment'],
    ['es', 'pagué la cuota dos veces', 'payment'],
    ['fr', "j'ai payé les frais deux fois", 'payment'],
    ['vi', 'tôi đã trả phí hai lần', 'payment'],
    ['ko', '수수료를 두 번 냈어요', 'payment'],
    ['tl', 'dalawang beses akong nagbayad ng fee', 'payment'],
    // A card declined when paying. Before: in five languages, "I'm sorry, USCIS mails a letter that says why the case
    // was denied" (a refused card read as a refused case). A green card that was refused is still a denial.
    ['fr', 'ma carte a été refusée', 'payment'],
    ['vi', 'thẻ của tôi bị từ chối', 'payment'],
    ['ko', '카드가 거절됐어요', 'payment'],
    ['ar', 'تم رفض بطاقتي', 'payment'],
    ['zh', '我的卡被拒了', 'payment'],
    ['zh', '我的绿卡被拒了', 'denied'],
    ['vi', 'thẻ xanh của tôi bị từ chối', 'denied'],
    ['ko', '그린카드가 거절됐어요', 'denied'],
    ['fr', 'ma demande de carte verte a été refusée', 'denied'],
    // A check or money order returned. Before: "What is the receipt number?" ("check" read as checking a status).
    ['en', 'my check was rejected', 'payment'],
    ['es', 'me devolvieron el cheque de la tarifa', 'payment'],
    // A status title with an expedite asked beside it. Before: what "Case Was Received" means.
    ['en', 'my case was received a year ago, can I expedite it?', 'expedite'],
    ['en', 'can I expedite my case?', 'expedite'],
    ['en', 'how do I request an expedite', 'expedite'],
    ['en', 'is there a way to speed up my case', 'expedite'],
    // "Faster", said of a case or a card (before: out of scope); not of filing online, which is the forms' answer.
    ['en', 'my mom is sick, can she get her green card faster', 'expedite'],
    ['en', 'how can I make my case go faster?', 'expedite'],
    ['en', 'I lost my green card', 'replaceCard'],
    ['vi', 'thẻ xanh của tôi bị mất', 'replaceCard'],
    ['en', 'my green card expires next month', 'replaceCard'],
    ['en', 'how do I renew my work permit', 'workPermitRenewal'],
    ['en', 'my EAD card was stolen', 'replaceCard'],
    ['es', '¿puedo pedir que aceleren mi caso?', 'expedite'],
    ['es', 'como acelero mi caso, lo necesito urgente', 'expedite'],
    ['es', 'perdí mi green card', 'replaceCard'],
    ['es', 'se me vence el permiso de trabajo el mes que viene', 'workPermitRenewal'],
    ['es', 'me robaron la mica', 'replaceCard'],
    ['fr', 'comment faire accélérer mon dossier ?', 'expedite'],
    ['fr', "est-ce qu'on peut accélérer un dossier à l'USCIS", 'expedite'],
    ['fr', "j'ai perdu ma carte verte", 'replaceCard'],
    ['fr', 'mon permis de travail expire le mois prochain', 'workPermitRenewal'],
    ['vi', 'làm sao xin xét nhanh hồ sơ?', 'expedite'],
    ['vi', 'có cách nào đẩy nhanh hồ sơ không', 'expedite'],
    ['vi', 'tôi làm mất thẻ xanh rồi', 'replaceCard'],
    // Said plainly, without "làm" or "rồi" (before: "Did you want to check a case status?").
    ['vi', 'tôi mất thẻ xanh', 'replaceCard'],
    ['vi', 'giay phep lam viec cua toi sap het han', 'workPermitRenewal'],
    ['tl', 'pwede bang mapabilis ang kaso ko?', 'expedite'],
    ['tl', 'paano i-expedite ang application ko', 'expedite'],
    ['tl', 'nawala ang green card ko', 'replaceCard'],
    ['tl', 'mag-e-expire na ang work permit ko, paano mag-renew?', 'workPermitRenewal'],
    ['zh', '我的案子可以加急吗？', 'expedite'],
    ['zh', '怎么才能让移民局加快处理我的申请', 'expedite'],
    ['zh', '我的绿卡丢了怎么办', 'replaceCard'],
    ['zh', '工卡下个月就过期了，怎么续', 'workPermitRenewal'],
    ['zh', '绿卡被偷了', 'replaceCard'],
    ['ko', '케이스를 빨리 처리해 달라고 요청할 수 있나요?', 'expedite'],
    ['ko', '익스퍼다이트 신청하고 싶어요', 'expedite'],
    ['ko', '영주권 카드를 잃어버렸어요', 'replaceCard'],
    ['ko', '워크퍼밋이 다음 달에 만료돼요. 갱신 어떻게 해요?', 'workPermitRenewal'],
    // A card's name written in two words takes its particle on the second (before: "Sorry, I can't help with that").
    ['ko', '노동 허가증이 만료됐어요', 'workPermitRenewal'],
    ['ko', '취업 허가증을 갱신하려면 어떻게 해요?', 'workPermitRenewal'],
    ['ko', '그린카드 재발급 받으려면 어떻게 해야 돼요', 'replaceCard'],
    ['ar', 'هل يمكن تسريع ملفي؟', 'expedite'],
    ['ar', 'كيف أطلب استعجال طلبي', 'expedite'],
    ['ar', 'فقدت البطاقة الخضراء', 'replaceCard'],
    ['ar', 'تصريح العمل حقي بينتهي الشهر الجاي، كيف أجدده؟', 'workPermitRenewal'],
    ['ar', 'انسرقت الجرين كارد مالتي', 'replaceCard'],
    // Before: the receipt question; "Did you want to check a case status?".
    ['tl', 'mag-eexpire na ang work permit ko', 'workPermitRenewal'],
    // What a work permit, an EAD or a green card is (before: "Did you want to learn which number is which?").
    ['en', 'what is a work permit', 'workPermit'],
    ['en', 'what is an EAD?', 'workPermit'],
    ['es', '¿qué es un permiso de trabajo?', 'workPermit'],
    ['en', 'is a green card the same as a visa', 'greenCard'],
    ['es', '¿la green card es una visa?', 'greenCard'],
    // A card one cannot find, or might lose. Before: "Did you want to check a case status?", the receipt question, out of
    // scope, or "nothing to cancel" (Arabic "لا", no). Vietnamese and Chinese "if I lose it" passed before.
    ['en', "I can't find my green card", 'replaceCard'],
    ['en', 'what happens if I lose my green card?', 'replaceCard'],
    ['en', 'I misplaced my work permit', 'replaceCard'],
    ['es', 'no encuentro mi green card', 'replaceCard'],
    ['es', '¿qué pasa si pierdo mi permiso de trabajo?', 'replaceCard'],
    ['fr', 'je ne trouve plus ma carte verte', 'replaceCard'],
    ['fr', 'que faire si je perds ma green card ?', 'replaceCard'],
    ['vi', 'tôi không tìm thấy thẻ xanh', 'replaceCard'],
    ['zh', '我找不到我的绿卡了', 'replaceCard'],
    ['ko', '영주권 카드를 못 찾겠어요', 'replaceCard'],
    ['ko', '영주권을 잃어버리면 어떻게 해요?', 'replaceCard'],
    ['ar', 'لا أجد بطاقتي الخضراء', 'replaceCard'],
    ['tl', 'hindi ko mahanap ang green card ko', 'replaceCard'],
    ['tl', 'paano kung mawala ang green card ko?', 'replaceCard'],
    ['ar', 'تصريح العمل الخاص بي سينتهي قريبا', 'workPermitRenewal'],
    // Help at an interview or appointment for a disability: an accommodation, asked before the day (e-Request, the
    // Contact Center), and Form N-648 for the citizenship tests. Before: "Sorry, I can't help with that", or the
    // interpreter's answer for a sign language interpreter.
    ['en', 'I have a disability, can I get help at my interview', 'accommodation'],
    ['en', "I'm deaf, I need a sign language interpreter for my interview", 'accommodation'],
    ['en', 'I use a wheelchair, is the office for my fingerprints appointment accessible?', 'accommodation'],
    ['es', 'tengo una discapacidad, ¿me pueden ayudar en la entrevista?', 'accommodation'],
    ['fr', "je suis en fauteuil roulant, que faire pour mon entretien ?", 'accommodation'],
    ['vi', 'tôi bị khuyết tật, đi phỏng vấn có được hỗ trợ không', 'accommodation'],
    ['zh', '我是残疾人，面谈时可以要求帮助吗？', 'accommodation'],
    ['ko', '장애가 있는데 인터뷰 때 도움을 받을 수 있나요?', 'accommodation'],
    ['ar', 'عندي إعاقة، هل يمكنني الحصول على مساعدة في المقابلة؟', 'accommodation'],
    ['tl', 'may kapansanan ako, may tulong ba sa interview?', 'accommodation'],
    // Moving or missing an interview or fingerprint appointment: how to move one (the online account before the day, the
    // Contact Center for the rest), then the menu. Before: when and where the notice says, then the receipt question.
    ['zh', '我想改指纹预约', 'appointmentChange'],
    ['zh', '我想改指纹预约的时间', 'appointmentChange'],
    // Work on the day of the appointment: moving it (before: what the online account does, or "Sorry").
    ['en', 'I have to work on the day of my fingerprint appointment', 'appointmentChange'],
    ['en', 'my biometrics appointment is on a day I work', 'appointmentChange'],
    ['es', 'tengo que trabajar el día de mi cita de huellas', 'appointmentChange'],
    ['fr', 'je travaille ce jour-là, le jour de mon rendez-vous biométrique', 'appointmentChange'],
    ['zh', '我的指纹预约那天要上班', 'appointmentChange'],
    ['vi', 'ngày hẹn lăn tay tôi phải đi làm', 'appointmentChange'],
    ['ko', '지문 예약 날에 일해야 해요', 'appointmentChange'],
    ['ar', 'لدي عمل يوم موعد البصمات', 'appointmentChange'],
    ['tl', 'may trabaho ako sa araw ng biometrics appointment ko', 'appointmentChange'],
    ['en', 'I missed my fingerprint appointment', 'appointmentChange'],
    // A birth, a surgery or a wish to skip it, said of the day (before: "Sorry").
    ['en', "I'm pregnant, can I skip the biometrics?", 'appointmentChange'],
    ['en', "I'm having surgery the week of my biometrics appointment", 'appointmentChange'],
    ['en', 'My due date is the same day as my interview', 'interviewChange'],
    // An interview moves as its notice says, or by the Contact Center, and its own answer says so first (before: how to move
    // a fingerprint appointment in the online account, which an interview cannot be).
    ['en', 'I want to change my interview date', 'interviewChange'],
    ['es', 'quiero cambiar la fecha de mi entrevista', 'interviewChange'],
    ['vi', 'tôi muốn đổi lịch phỏng vấn', 'interviewChange'],
    ['ar', 'أريد تغيير موعد المقابلة', 'interviewChange'],
    ['tl', 'gusto kong palitan ang schedule ng interview ko', 'interviewChange'],
    // Whether one must go to an interview, or can skip it: USCIS decides, some cases are decided without one, and with a
    // notice one goes or moves it. Before: how to move an interview ("skip"), "Sorry", or a status check to confirm.
    ['en', 'Can I skip the interview?', 'interviewRequired'],
    ['en', 'do I have to go to the interview?', 'interviewRequired'],
    ['en', 'interview waiver', 'interviewRequired'],
    ['en', 'can they approve my case without an interview?', 'interviewRequired'],
    ['es', '¿tengo que ir a la entrevista?', 'interviewRequired'],
    ['es', '¿me pueden aprobar sin entrevista?', 'interviewRequired'],
    ['fr', "est-ce que l'entretien est obligatoire ?", 'interviewRequired'],
    ['fr', "je ne veux pas aller à l'entretien", 'interviewRequired'],
    ['vi', 'tôi có phải đi phỏng vấn không?', 'interviewRequired'],
    ['vi', 'có được miễn phỏng vấn không?', 'interviewRequired'],
    ['tl', 'kailangan ko bang pumunta sa interview?', 'interviewRequired'],
    ['zh', '面谈一定要去吗？', 'interviewRequired'],
    ['zh', '可以免面谈吗？', 'interviewRequired'],
    ['ko', '인터뷰 꼭 가야 하나요?', 'interviewRequired'],
    ['ko', '인터뷰 없이 승인될 수 있나요?', 'interviewRequired'],
    ['ar', 'هل المقابلة إلزامية؟', 'interviewRequired'],
    ['ar', 'هل يمكن الموافقة بدون مقابلة؟', 'interviewRequired'],
    // Guard rows (passed before): skipping it for a reason is moving it.
    ['en', "I'm sick, can I skip the interview?", 'interviewChange'],
    ['en', 'I need to reschedule my interview', 'interviewChange'],
    // A fingerprint appointment named beside an interview, or a job interview, stays the fingerprints'.
    ['en', 'can I move my fingerprint appointment to after my interview?', 'appointmentChange'],
    ['en', 'I have a job interview on the day of my biometrics, can I change it?', 'appointmentChange'],
    ['en', 'I need to reschedule my interview', 'interviewChange'],
    ['en', "my interview is tomorrow and I'm sick", 'interviewChange'],
    ['en', "I can't make it to my biometrics appointment", 'appointmentChange'],
    ['es', 'estoy enfermo y mañana es mi entrevista', 'interviewChange'],
    ['fr', "je suis malade, je ne pourrai pas aller à mon entretien", 'interviewChange'],
    ['vi', 'tôi bị bệnh, không đi phỏng vấn được', 'interviewChange'],
    ['tl', 'may sakit ako, hindi ako makakapunta sa interview', 'interviewChange'],
    ['zh', '我生病了，去不了面谈', 'interviewChange'],
    ['ko', '아파서 인터뷰에 못 가요', 'interviewChange'],
    ['ar', 'أنا مريض ولا أستطيع الذهاب إلى المقابلة', 'interviewChange'],
    ['en', 'can I reschedule my biometrics appointment', 'appointmentChange'],
    ['es', 'necesito cambiar mi cita de huellas', 'appointmentChange'],
    ['es', 'falté a mi cita de huellas, que hago', 'appointmentChange'],
    ['fr', "j'ai raté mon rendez-vous de biométrie", 'appointmentChange'],
    ['vi', 'tôi lỡ hẹn lăn tay rồi', 'appointmentChange'],
    ['tl', 'hindi ako nakapunta sa interview ko', 'interviewChange'],
    ['zh', '我错过了指纹预约，怎么办', 'appointmentChange'],
    ['zh', '面谈那天我有事，能改期吗', 'interviewChange'],
    ['ko', '지문 예약을 놓쳤어요', 'appointmentChange'],
    ['ko', '인터뷰 날짜 변경하고 싶어요', 'interviewChange'],
    ['ar', 'فاتني موعد البصمات', 'appointmentChange'],
    ['ar', 'أريد تأجيل المقابلة', 'interviewChange'],
    ['en', "I'm going to be out of town on my biometrics date, can I change it?", 'appointmentChange'],
    ['en', 'I forgot to go to my fingerprint appointment', 'appointmentChange'],
    // "Appointment" alone is USCIS's here (before: "Sorry, I can't help with that").
    ['en', 'I want to cancel my appointment', 'appointmentChange'],
    ['en', 'I need to reschedule my appointment', 'appointmentChange'],
    ['es', 'quiero cancelar mi cita', 'appointmentChange'],
    ['fr', 'je dois déplacer mon rendez-vous', 'appointmentChange'],
    ['zh', '我想改预约', 'appointmentChange'],
    // An appointment USCIS cancelled: wait for its next notice, which the status shows (before: "Sorry, I can't help
    // with that", the status check to confirm, or USCIS's contact details).
    ['en', 'my interview was canceled', 'interviewChange'],
    ['en', 'USCIS cancelled my appointment', 'appointmentChange'],
    ['es', 'me cancelaron la entrevista', 'interviewChange'],
    ['es', 'mi entrevista fue cancelada', 'interviewChange'],
    ['fr', 'mon entretien a été annulé', 'interviewChange'],
    ['fr', "l'USCIS a annulé mon rendez-vous", 'appointmentChange'],
    ['ko', 'USCIS가 지문 예약을 취소했어요', 'appointmentChange'],
    ['ar', 'ألغت USCIS موعد البصمات', 'appointmentChange'],
    ['tl', 'kinansela ng USCIS ang appointment ko', 'appointmentChange'],
    // Before: managing a case online.
    ['es', '¿qué pasa si no me presento a la cita de huellas?', 'appointmentChange'],
    // An interpreter at an interview: most bring their own, who may be one, Form G-1256, the citizenship interview's
    // English test. Before: the notice's date-and-place answer, then the receipt question.
    ['en', 'do I need an interpreter for my interview', 'appointmentInterpreter'],
    ['en', "my English is not good, what do I do at my interview?", 'appointmentInterpreter'],
    ['es', '¿puedo llevar un intérprete a mi entrevista?', 'appointmentInterpreter'],
    ['es', 'no hablo inglés, ¿qué hago en la entrevista?', 'appointmentInterpreter'],
    ['fr', "est-ce que je peux venir avec un interprète à mon entretien ?", 'appointmentInterpreter'],
    ['vi', 'tôi có được mang thông dịch viên đi phỏng vấn không?', 'appointmentInterpreter'],
    ['tl', 'puwede ba akong magdala ng interpreter sa interview?', 'appointmentInterpreter'],
    ['zh', '面谈可以带翻译吗？', 'appointmentInterpreter'],
    ['ko', '인터뷰에 통역사를 데려가도 되나요?', 'appointmentInterpreter'],
    ['ar', 'هل يمكنني إحضار مترجم إلى المقابلة؟', 'appointmentInterpreter'],
    // One the applicant brings, whatever language the message names (before: the chat switched to that language, or asked
    // which language to chat in).
    ['en', 'can I bring an interpreter who speaks Spanish', 'appointmentInterpreter'],
    ['en', 'can I bring my own interpreter', 'appointmentInterpreter'],
    ['es', '¿puedo llevar a mi hija de intérprete?', 'appointmentInterpreter'],
    ['zh', '我可以带朋友当翻译吗？', 'appointmentInterpreter'],
    ['tl', 'pwede ba akong magdala ng sariling interpreter?', 'appointmentInterpreter'],
    ['ar', 'هل يمكنني أن أحضر مترجم معي؟', 'appointmentInterpreter'],
    // A form or a paper in another language: forms are filled in in English, a paper is sent with a full English
    // translation and the translator's statement (before: the chat switched to the language named, "We're already
    // speaking Spanish", how to file a form online, or a request for evidence).
    ['en', 'can I fill out the form in Spanish', 'translation'],
    ['en', 'do I need to translate my birth certificate', 'translation'],
    ['en', 'my documents are in Spanish, do I need a translation', 'translation'],
    ['en', 'are the forms in Spanish', 'translation'],
    ['en', 'does the translation need to be notarized', 'translation'],
    ['es', '¿puedo llenar el formulario en español?', 'translation'],
    ['es', '¿los formularios están en español?', 'translation'],
    ['es', '¿tengo que traducir mi acta de nacimiento?', 'translation'],
    ['fr', 'puis-je remplir le formulaire en français ?', 'translation'],
    ['fr', 'mon acte de naissance doit-il être traduit ?', 'translation'],
    ['zh', '我的出生证明需要翻译吗？', 'translation'],
    ['zh', '表格可以用中文填写吗？', 'translation'],
    ['vi', 'giấy khai sinh của tôi có cần dịch sang tiếng Anh không?', 'translation'],
    ['vi', 'tôi có thể điền mẫu đơn bằng tiếng Việt không?', 'translation'],
    ['tl', 'kailangan bang isalin ang birth certificate ko?', 'translation'],
    ['ko', '출생증명서를 번역해야 하나요?', 'translation'],
    ['ko', '양식을 한국어로 작성해도 되나요?', 'translation'],
    ['ar', 'هل يجب ترجمة شهادة الميلاد؟', 'translation'],
    ['ar', 'هل يمكنني ملء النموذج بالعربية؟', 'translation'],
    // Before: the request for evidence's answer.
    ['en', 'do I need a translation of my birth certificate for the interview?', 'translation'],
    // Withdrawing a filing: a signed letter from who filed it; final, the fee kept, a permit from it may end, a lawyer
    // first. Before: "I can't give legal advice" alone, or a status check to confirm (Spanish), or filing online.
    ['en', 'how do I withdraw my application', 'withdraw'],
    ['en', 'can I cancel my I-485?', 'withdraw'],
    ['en', "I changed my mind about my petition, I don't want to continue", 'withdraw'],
    ['es', '¿cómo retiro mi solicitud?', 'withdraw'],
    ['es', 'quiero cancelar mi solicitud de green card', 'withdraw'],
    ['fr', 'comment retirer ma demande ?', 'withdraw'],
    ['vi', 'làm sao rút đơn I-130', 'withdraw'],
    ['tl', 'paano i-withdraw ang application ko?', 'withdraw'],
    ['zh', '怎么取消I-130申请', 'withdraw'],
    ['ko', '신청을 철회하고 싶어요', 'withdraw'],
    ['ar', 'كيف أسحب طلبي؟', 'withdraw'],
    // USCIS's mistake on a card, said as what is wrong (before: the receipt question).
    ['en', 'my EAD card has wrong birth date', 'typo'],
    ['es', 'mi permiso de trabajo tiene mal la fecha de nacimiento', 'typo'],
    // A certificate of naturalization lost or damaged: Form N-565; a passport, the Department of State's. Before: "Sorry,
    // I can't help with that", or a status check to confirm.
    // Korean phrases are read as whole words, so a verb's stem alone ("다시 받", "원본을 돌려받", "대학에 다") never matched
    // the words people type; the whole forms are listed (before: what a certificate is, or "Sorry").
    ['ko', '귀화 증서를 다시 받고 싶어요', 'replaceCertificate'],
    ['ko', '원본을 돌려받을 수 있나요?', 'originalDocuments'],
    ['ko', '영주권자도 대학에 다녀도 돼요?', 'residentStudy'],
    ['en', 'how do I replace my naturalization certificate', 'replaceCertificate'],
    ['en', 'I lost my citizenship certificate', 'replaceCertificate'],
    ['es', 'perdí mi certificado de naturalización', 'replaceCertificate'],
    ['fr', "j'ai perdu mon certificat de naturalisation", 'replaceCertificate'],
    ['vi', 'tôi làm mất giấy chứng nhận nhập tịch', 'replaceCertificate'],
    ['tl', 'nawala ang certificate of naturalization ko', 'replaceCertificate'],
    ['zh', '我的入籍证书丢了', 'replaceCertificate'],
    ['ko', '귀화 증서를 잃어버렸어요', 'replaceCertificate'],
    ['ar', 'فقدت شهادة التجنس', 'replaceCertificate'],
    ['en', 'how do I get a US passport after citizenship', 'usPassport'],
    ['es', 'ya soy ciudadano, ¿cómo saco mi pasaporte?', 'usPassport'],
    ['fr', 'je suis naturalisé, comment avoir un passeport américain ?', 'usPassport'],
    ['vi', 'tôi mới nhập tịch, làm hộ chiếu Mỹ thế nào?', 'usPassport'],
    ['tl', 'citizen na ako, paano kumuha ng US passport?', 'usPassport'],
    ['zh', '入籍以后怎么办美国护照', 'usPassport'],
    ['ko', '시민권 받았는데 미국 여권은 어떻게 신청해요?', 'usPassport'],
    ['ar', 'حصلت على الجنسية، كيف أطلب جواز سفر أمريكي؟', 'usPassport'],
    // A complaint about USCIS: USCIS first, then the CIS Ombudsman or Congress; misconduct to the Inspector General.
    // Before: how to file a form online (English), or out of scope.
    ['en', 'I want to file a complaint about USCIS', 'complaint'],
    ['en', 'can my congressman help with my case?', 'complaint'],
    ['es', 'quiero poner una queja contra USCIS', 'complaint'],
    ['fr', "je veux porter plainte contre l'USCIS", 'complaint'],
    ['vi', 'tôi muốn khiếu nại USCIS', 'complaint'],
    ['tl', 'gusto kong magreklamo sa USCIS', 'complaint'],
    ['zh', '我想投诉移民局', 'complaint'],
    ['ko', 'USCIS에 민원을 넣고 싶어요', 'complaint'],
    ['ar', 'أريد تقديم شكوى ضد USCIS', 'complaint'],
    // A lawyer who does not answer: the status checked without them, a copy of the file, another lawyer (Form G-28), the
    // state bar. Before: the lawyer's answer ("I can't give legal advice"), "Did you want to check a case status?"
    // (Chinese), or "Sorry" (Korean).
    ['en', "my lawyer doesn't answer my calls", 'lawyerUnreachable'],
    ['en', "I can't reach my attorney", 'lawyerUnreachable'],
    ['es', 'mi abogado no me contesta', 'lawyerUnreachable'],
    // Guard rows (passed before): a lawyer who filed the case and no longer answers is still that question.
    ['en', "my lawyer filed my case but he doesn't answer", 'lawyerUnreachable'],
    ['es', 'mi abogado presentó mi caso y no me contesta', 'lawyerUnreachable'],
    ['fr', 'mon avocat ne me répond plus', 'lawyerUnreachable'],
    ['zh', '我的律师不回我消息', 'lawyerUnreachable'],
    ['vi', 'luật sư của tôi không trả lời', 'lawyerUnreachable'],
    ['tl', 'hindi sumasagot ang abogado ko', 'lawyerUnreachable'],
    ['ko', '변호사가 연락이 안 돼요', 'lawyerUnreachable'],
    ['ar', 'محاميّ لا يرد عليّ', 'lawyerUnreachable'],
    // A lawyer who took the money and did nothing: the file asked for in writing, another lawyer, the state bar
    // (before: that no legal advice is given here).
    ['en', 'my lawyer took my money and did nothing', 'lawyerUnreachable'],
    ['es', 'mi abogado me cobró y no hizo nada', 'lawyerUnreachable'],
    ['zh', '律师收了钱什么都没做', 'lawyerUnreachable'],
    // The citizenship test: English and civics, USCIS's free study page, a second try. Before: out of scope.
    ['en', 'how do I study for the citizenship test', 'citizenshipTest'],
    // Misspelled (before: "Sorry, I can't help with that").
    ['en', 'citizenchip test', 'citizenshipTest'],
    // With the article elided ("l'examen" is one word once folded; before: "Sorry").
    ['fr', "comment préparer l'examen de citoyenneté ?", 'citizenshipTest'],
    ['en', 'what if I fail the civics test', 'citizenshipTest'],
    ['es', '¿cómo estudio para el examen de ciudadanía?', 'citizenshipTest'],
    ['fr', 'comment réviser pour le test de citoyenneté ?', 'citizenshipTest'],
    ['vi', 'học thi quốc tịch ở đâu', 'citizenshipTest'],
    ['tl', 'paano mag-aral para sa citizenship test?', 'citizenshipTest'],
    ['zh', '怎么准备入籍考试', 'citizenshipTest'],
    ['ko', '시민권 시험 공부는 어떻게 해요?', 'citizenshipTest'],
    ['ar', 'كيف أستعد لاختبار الجنسية؟', 'citizenshipTest'],
    // Classes for it (before: "Did you want to make an account?" read from "sign up", or the status check to confirm).
    ['en', 'how do I sign up for the civics class?', 'citizenshipTest'],
    ['en', 'where can I take citizenship classes?', 'citizenshipTest'],
    ['es', '¿dónde hay clases de ciudadanía?', 'citizenshipTest'],
    ['fr', 'où trouver des cours de citoyenneté ?', 'citizenshipTest'],
    ['vi', 'ở đâu có lớp học quốc tịch?', 'citizenshipTest'],
    ['zh', '哪里有入籍课？', 'citizenshipTest'],
    ['ko', '시민권 수업은 어디서 들어요?', 'citizenshipTest'],
    ['ar', 'أين أجد دروس الجنسية؟', 'citizenshipTest'],
    ['tl', 'saan may citizenship class?', 'citizenshipTest'],
    // The exceptions: older people's civics test in their language (50/20, 55/15), a disability's Form N-648 (before:
    // "Sorry, I can't help with that").
    ['en', 'what is the 50/20 rule?', 'citizenshipTest'],
    ['en', 'who fills out the N-648?', 'citizenshipTest'],
    ['es', 'tengo 55 años y 15 con la tarjeta, ¿puedo hacer el examen de ciudadanía en español?', 'citizenshipTest'],
    ['ko', '시민권 시험에 떨어지면 어떻게 돼요?', 'citizenshipTest'],
    // The test in one's language, "citizenship" unsaid (before: that the chat already speaks Spanish, or "Sorry").
    ['es', '¿puedo hacer el examen en español?', 'citizenshipTest'],
    ['en', 'can I do the test in my language', 'citizenshipTest'],
    // Premium processing: paid, Form I-907, some work and student forms only. Before: "Sorry, I can't help with that".
    ['en', 'what is premium processing?', 'premiumProcessing'],
    ['en', 'can I pay for premium processing for my I-130?', 'premiumProcessing'],
    ['es', '¿qué es el premium processing?', 'premiumProcessing'],
    ['fr', "c'est quoi le traitement premium ?", 'premiumProcessing'],
    ['vi', 'premium processing là gì?', 'premiumProcessing'],
    ['tl', 'ano ang premium processing?', 'premiumProcessing'],
    ['zh', '什么是付费加急？', 'premiumProcessing'],
    ['ko', '프리미엄 처리가 뭐예요?', 'premiumProcessing'],
    ['ar', 'ما هي المعالجة المميزة؟', 'premiumProcessing'],
    // Getting a work permit: Form I-765; who can get one depends on one's situation (examples); a lawyer when unsure.
    // Before: "Sorry, I can't help with that".
    ['en', 'how do I get a work permit', 'workPermit'],
    ['en', 'can I get a work permit while my green card is pending', 'workPermit'],
    ['es', '¿cómo saco el permiso de trabajo?', 'workPermit'],
    ['fr', 'comment obtenir un permis de travail', 'workPermit'],
    ['vi', 'làm sao xin giấy phép làm việc', 'workPermit'],
    ['tl', 'paano kumuha ng work permit', 'workPermit'],
    ['zh', '怎么申请工卡', 'workPermit'],
    ['ko', '노동 허가증을 받으려면 어떻게 해요?', 'workPermit'],
    ['ar', 'كيف أحصل على تصريح عمل؟', 'workPermit'],
    // Becoming a citizen: Form N-400, online; who can apply, in general; a lawyer first after an arrest or a long trip.
    // Before: "Sorry, I can't help with that", the steps to file any form online, or a guess to confirm.
    ['en', 'how do I become a citizen', 'naturalization'],
    // Citizenship asked for in a conjugated verb, or as "obtain" or "apply to" (before: "Sorry, I can't help with that",
    // or which forms are filed online).
    ['es', '¿cómo saco la ciudadanía?', 'naturalization'],
    ['es', '¿cómo pido la ciudadanía?', 'naturalization'],
    ['fr', 'comment obtenir la citoyenneté américaine ?', 'naturalization'],
    ['ar', 'أريد التقدم للجنسية', 'naturalization'],
    // "للحصول" (to obtain) carries its own prefix (before: how to file a form online, to confirm); the other two were read
    // so already.
    ['ar', 'كيف أتقدم للحصول على الجنسية؟', 'naturalization'],
    ['ar', 'أريد التقدم بطلب الجنسية', 'naturalization'],
    ['ar', 'ما هي شروط التجنس؟', 'naturalization'],
    // When one may apply, asked in time words from the green card (English, Spanish, Chinese and Korean before: USCIS's
    // usual processing times, or "Sorry"; the French, Tagalog and Arabic were read so already): who may apply and when,
    // 5 years or 3 for a citizen's spouse. A case already filed keeps the usual times (freeText.test.ts).
    ['en', 'how long does it take to get citizenship after green card?', 'naturalization'],
    ['en', 'how many years do I need to have a green card before citizenship?', 'naturalization'],
    ['es', '¿cuánto tiempo después de la residencia puedo pedir la ciudadanía?', 'naturalization'],
    ['fr', "combien d'années faut-il avoir la carte verte avant de demander la citoyenneté ?", 'naturalization'],
    ['zh', '拿到绿卡多久可以申请入籍？', 'naturalization'],
    ['ko', '영주권 받고 몇 년 후에 시민권 신청할 수 있어요?', 'naturalization'],
    ['tl', 'ilang taon bago ako puwedeng mag-apply ng citizenship pagkatapos ng green card?', 'naturalization'],
    ['ar', 'بعد كم سنة من الجرين كارد أقدر أقدم على الجنسية؟', 'naturalization'],
    ['en', 'when can I apply for citizenship', 'naturalization'],
    ['en', 'I have a green card, how do I apply for naturalization', 'naturalization'],
    ['es', '¿cómo me hago ciudadano?', 'naturalization'],
    ['es', 'quiero aplicar para la ciudadanía', 'naturalization'],
    ['fr', 'comment devenir citoyen américain', 'naturalization'],
    ['vi', 'làm sao để nhập quốc tịch', 'naturalization'],
    ['tl', 'paano maging US citizen', 'naturalization'],
    ['zh', '怎么入籍', 'naturalization'],
    ['ko', '시민권 신청하려면 어떻게 해요?', 'naturalization'],
    ['ar', 'كيف أحصل على الجنسية الأمريكية', 'naturalization'],
    // What USCIS offers victims: VAWA, the U and T visas, no fee, the abuser not told, a lawyer, 911. Before: "Sorry, I
    // can't help with that".
    ['en', 'how do I file VAWA', 'victimProtection'],
    ['en', 'I was a victim of a crime, can I get a U visa', 'victimProtection'],
    ['en', 'what is a T visa', 'victimProtection'],
    ['es', '¿cómo pido la visa U?', 'victimProtection'],
    ['fr', "c'est quoi le visa U ?", 'victimProtection'],
    ['vi', 'làm sao xin visa U', 'victimProtection'],
    ['tl', 'paano mag-apply ng U visa', 'victimProtection'],
    ['zh', '怎么申请U签证', 'victimProtection'],
    ['ko', 'U 비자는 어떻게 신청해요?', 'victimProtection'],
    ['ar', 'كيف أقدم على تأشيرة U؟', 'victimProtection'],
    // Someone to bring to an interview, children too: who may come, and that the notice says who must (before: "Did you
    // want to talk to a person?", out of scope, or in Tagalog the lawyer's answer, "isama" read as adding a child to a
    // petition).
    // What an interview is like, named with the case it is for (before: what a green card is).
    // What to wear to an interview (before: "Sorry, I can't help with that"): no dress code; what to bring matters more.
    ['en', 'what should I wear to my interview?', 'interviewDress'],
    ['en', 'is there a dress code for the citizenship interview', 'interviewDress'],
    ['en', 'do I need to wear a suit to my green card interview?', 'interviewDress'],
    ['es', '¿qué ropa me pongo para la entrevista?', 'interviewDress'],
    ['es', 'cómo debo vestirme para mi entrevista de ciudadanía', 'interviewDress'],
    ['fr', "comment dois-je m'habiller pour l'entretien ?", 'interviewDress'],
    ['vi', 'tôi nên mặc gì khi đi phỏng vấn?', 'interviewDress'],
    ['zh', '面谈要穿什么衣服？', 'interviewDress'],
    ['ko', '인터뷰에 뭘 입고 가야 해요?', 'interviewDress'],
    ['tl', 'ano ang dapat kong isuot sa interview?', 'interviewDress'],
    ['ar', 'ماذا ألبس في المقابلة؟', 'interviewDress'],
    ['en', 'what is a green card interview like?', 'interview'],
    ['en', 'can I bring someone to my interview', 'interview'],
    ['en', 'can I bring my kids to my interview', 'interview'],
    // A spouse who must come too, asked (before: "Sorry"). The notice says who must come.
    ['en', 'do I need to go to the interview with my husband?', 'interview'],
    ['en', 'does my wife have to come to my interview?', 'interview'],
    ['en', 'do we both need to go to the marriage interview?', 'interview'],
    ['es', 'puedo llevar a alguien a mi entrevista', 'interview'],
    ['es', '¿puedo llevar a mis hijos a la entrevista?', 'interview'],
    ['fr', "est-ce que je peux amener mes enfants à l'entretien ?", 'interview'],
    ['vi', 'tôi có thể dẫn con theo đi phỏng vấn không', 'interview'],
    ['zh', '面谈可以带孩子吗', 'interview'],
    ['ko', '인터뷰에 아이를 데려가도 되나요?', 'interview'],
    ['ar', 'هل يمكنني أن أصطحب أطفالي إلى المقابلة؟', 'interview'],
    ['tl', 'pwede ko bang isama ang anak ko sa interview?', 'interview'],
    // What to bring to an interview: the notice, an ID, the originals, with what happens there (before: out of scope,
    // then only that the notice says).
    ['en', 'what should I bring to my interview', 'interview'],
    ['es', '¿qué debo llevar a la entrevista?', 'interview'],
    ['fr', "qu'est-ce que je dois apporter à mon entretien", 'interview'],
    ['zh', '面谈要带什么', 'interview'],
    ['ko', '인터뷰에 뭘 가져가야 하나요?', 'interview'],
    // What happens at an interview, how to get ready, what they ask, a lawyer there (before: a receipt number asked
    // for with no word of why, or "Sorry, I can't help with that").
    ['en', 'What happens at the green card interview?', 'interview'],
    ['en', 'how do I prepare for my citizenship interview', 'interview'],
    ['en', 'can I bring my lawyer to the interview?', 'interview'],
    ['es', '¿Qué pasa en la entrevista de la residencia?', 'interview'],
    ['es', '¿qué me van a preguntar en la entrevista de ciudadanía?', 'interview'],
    ['fr', "Comment se passe l'entretien pour la carte verte ?", 'interview'],
    ['vi', 'phỏng vấn thẻ xanh diễn ra như thế nào?', 'interview'],
    ['tl', 'ano ang itatanong sa interview ko?', 'interview'],
    ['zh', '面谈会问什么？', 'interview'],
    ['ko', '인터뷰 준비는 어떻게 해요?', 'interview'],
    ['ar', 'ماذا يسألون في المقابلة؟', 'interview'],
    // Originals to bring to an interview (before: the evidence answer in English and Tagalog, out of scope in French
    // and Arabic).
    ['en', 'do I need to bring my original documents to the interview', 'interview'],
    ['es', '¿tengo que llevar los documentos originales a la entrevista?', 'interview'],
    ['fr', "dois-je apporter les originaux à l'entretien ?", 'interview'],
    ['tl', 'kailangan ko bang dalhin ang mga original na dokumento sa interview?', 'interview'],
    ['ar', 'هل يجب أن أحضر الوثائق الأصلية إلى المقابلة؟', 'interview'],
    // A priority date and the Visa Bulletin: where the date is, the bulletin and USCIS's chart of the month, dates that
    // move back too (before: "Sorry, I can't help with that", or a status check to confirm).
    ['en', 'My priority date is current, what now?', 'visaBulletin'],
    ['en', 'what is the visa bulletin', 'visaBulletin'],
    ['es', 'Mi fecha de prioridad ya está vigente', 'visaBulletin'],
    ['fr', 'où trouver ma date de priorité ?', 'visaBulletin'],
    ['vi', 'ngày ưu tiên của tôi đã tới chưa', 'visaBulletin'],
    ['tl', 'current na ba ang priority date ko?', 'visaBulletin'],
    ['zh', '我的排期到了吗？', 'visaBulletin'],
    ['ko', '우선일이 언제 될까요?', 'visaBulletin'],
    ['ar', 'ما هو تاريخ الأولوية؟', 'visaBulletin'],
    // Temporary Protected Status: Form I-821 in the dates set for one's country, which change and end; a renewal is a
    // re-registration in those dates (before: "Sorry, I can't help with that", or filing a form online, step by step).
    ['en', 'What is TPS and can I apply?', 'tps'],
    ['en', 'what is TPS', 'tps'],
    ['en', 'I need to renew my TPS', 'tps'],
    ['en', 'how long does TPS last', 'tps'],
    ['es', '¿Qué es el TPS y cómo lo renuevo?', 'tps'],
    ['fr', "qu'est-ce que le statut de protection temporaire ?", 'tps'],
    ['vi', 'TPS là gì?', 'tps'],
    ['tl', 'paano mag-apply ng TPS?', 'tps'],
    ['zh', '怎么申请TPS？', 'tps'],
    ['ko', 'TPS를 신청하고 싶어요', 'tps'],
    ['ar', 'كيف أقدم على الحماية المؤقتة؟', 'tps'],
    // DACA: three forms together, a renewal 120 to 150 days before it ends, court orders that change (before: "Sorry,
    // I can't help with that", or filing a form online, step by step, which says nothing of when or which forms).
    ['en', 'how do I renew DACA', 'daca'],
    ['en', 'what is DACA', 'daca'],
    ['es', '¿cómo renuevo mi DACA?', 'daca'],
    ['fr', 'comment renouveler mon DACA ?', 'daca'],
    ['vi', 'gia hạn DACA như thế nào?', 'daca'],
    ['tl', 'paano mag renew ng DACA?', 'daca'],
    ['zh', 'DACA续期怎么办？', 'daca'],
    ['ko', 'DACA 갱신 어떻게 해요?', 'daca'],
    ['ko', 'DACA갱신', 'daca'],
    ['ar', 'كيف أجدد الداكا؟', 'daca'],
    // What asylum is, asked in Arabic (before: "Sorry, I can't help with that").
    ['ar', 'ما هو اللجوء', 'asylum'],
    // Korean polite endings the word lists lacked (before: "Sorry, I can't help with that").
    ['ko', '인터뷰 때 뭐 가져가요?', 'interview'],
    ['ko', '영주권 갱신하려면요?', 'replaceCard'],
    // A card lost after a marriage is the card ("결혼하고", after marrying, is not a wish to marry).
    ['ko', '결혼하고 영주권 받았는데 카드를 잃어버렸어요', 'replaceCard'],
    // A mistake said to be "on the card", and a green card's renewal with the card named between (Vietnamese; before:
    // "Sorry, I can't help with that").
    ['vi', 'tên tôi bị viết sai trên thẻ', 'typo'],
    ['vi', 'gia hạn thẻ xanh thế nào', 'replaceCard'],
    // A sponsor's income (before: "Sorry", or which forms are filed online).
    ['vi', 'muốn bảo lãnh em trai thì cần thu nhập bao nhiêu?', 'affidavitOfSupport'],
    ['zh', '担保我弟弟需要多少收入？', 'affidavitOfSupport'],
    // The income asked in other words (before: "Sorry, I can't help with that").
    ['es', 'cuánto gana uno para patrocinar a la esposa', 'affidavitOfSupport'],
    // A work permit asked beside a job offer is the work permit (Spanish "¿necesito permiso de trabajo?" was "Sorry"),
    // and proof for an employer is proof of status, not a work visa.
    ['en', 'I have a job offer, do I need a work permit?', 'workPermit'],
    ['es', 'tengo una oferta de trabajo, ¿necesito permiso de trabajo?', 'workPermit'],
    ['es', '¿necesito permiso de trabajo?', 'workPermit'],
    ['en', 'my employer needs proof I can work', 'proofOfStatus'],
    // A work visa or a green card through a job: the employer's petition first (Form I-129 for a worker, a labor
    // certification and Form I-140 for a green card), a student's school official (before: "Sorry, I can't help with
    // that", or the family petition's answer). Asked as whether one may ("can my employer sponsor me?"), it comes before
    // the legal-advice answer (freeText.test.ts).
    ['en', 'what is an H-1B visa?', 'workVisa'],
    ['en', 'how do I get a work visa', 'workVisa'],
    ['en', 'can I work on F1?', 'workVisa'],
    ['es', '¿cómo consigo una visa de trabajo?', 'workVisa'],
    ['es', 'mi patrón me quiere patrocinar', 'workVisa'],
    // The sponsor said as one's job, or the papers "arranged" (before: "Sorry, I can't help with that").
    ['es', 'mi trabajo me va a patrocinar la residencia', 'workVisa'],
    ['es', 'mi patrón me quiere arreglar los papeles', 'workVisa'],
    ['fr', 'comment obtenir un visa de travail ?', 'workVisa'],
    ['vi', 'làm sao để có visa lao động', 'workVisa'],
    ['vi', 'công ty bảo lãnh thẻ xanh như thế nào', 'workVisa'],
    ['zh', '怎么申请工作签证', 'workVisa'],
    ['zh', 'H1B怎么申请', 'workVisa'],
    ['zh', '雇主担保绿卡怎么办', 'workVisa'],
    ['ko', '취업 비자는 어떻게 받아요?', 'workVisa'],
    ['ko', '회사가 스폰서를 해준다고 해요', 'workVisa'],
    ['ar', 'كيف أحصل على تأشيرة عمل', 'workVisa'],
    ['ar', 'هل يمكن لصاحب العمل أن يكفلني؟', 'workVisa'],
    ['tl', 'paano kumuha ng work visa', 'workVisa'],
    ['tl', 'puwede ba akong i-sponsor ng employer ko?', 'workVisa'],
    // Humanitarian parole: a set time, the I-94's date, re-parole where a program allows it, a lawyer before it ends
    // (before: "Sorry, I can't help with that", or the status check to confirm). Advance parole stays the travel
    // document's, and the status of a re-parole request is the status check.
    ['en', 'what is humanitarian parole', 'parole'],
    ['en', 'my parole is expiring', 'parole'],
    ['en', 'how do I renew my parole', 'parole'],
    ['en', 'what is re-parole', 'parole'],
    ['en', 'what is advance parole', 'travelDocument'],
    ['es', 'se me vence el parole', 'parole'],
    ['es', '¿cómo pido el re-parole?', 'parole'],
    ['fr', 'mon parole humanitaire expire bientôt', 'parole'],
    ['vi', 'parole nhân đạo của tôi sắp hết hạn', 'parole'],
    ['zh', '我的人道假释快到期了', 'parole'],
    ['ko', '인도적 가석방이 곧 끝나요', 'parole'],
    ['ar', 'البارول الخاص بي سينتهي قريبا', 'parole'],
    ['tl', 'mag-e-expire na ang parole ko', 'parole'],
    // What a form is, asked alone: the answer that says what it is for (before: "Sorry, I can't help with that", or
    // which forms are filed online, to confirm).
    // What comes after a relative's petition is approved: the National Visa Center abroad, Form I-485 here (before: the
    // receipt question, "Sorry", or how to file a form online).
    ['en', "I-130 approved, what's next?", 'petitionApproved'],
    ['en', 'my I-130 was approved, what is next', 'petitionApproved'],
    ['es', 'ya aprobaron mi I-130, qué sigue', 'petitionApproved'],
    ['es', 'me aprobaron la petición familiar, ahora qué hago', 'petitionApproved'],
    ['fr', 'mon I-130 a été approuvé, et maintenant ?', 'petitionApproved'],
    ['zh', 'I-130批准了，下一步是什么？', 'petitionApproved'],
    ['vi', 'I-130 của tôi được chấp thuận rồi, bước tiếp theo là gì', 'petitionApproved'],
    ['tl', 'approved na ang I-130 ko, ano ang susunod?', 'petitionApproved'],
    ['ko', 'I-130이 승인됐어요. 다음은 뭐예요?', 'petitionApproved'],
    ['ar', 'تمت الموافقة على I-130، ما الخطوة التالية؟', 'petitionApproved'],
    ['en', 'what is form I-130?', 'familyPetition'],
    ['en', 'what is an I-485', 'greenCard'],
    ['en', 'what is form I-90', 'replaceCard'],
    ['es', '¿qué es el formulario I-485?', 'greenCard'],
    ['fr', "c'est quoi le I-90 ?", 'replaceCard'],
    ['vi', 'I-130 là gì', 'familyPetition'],
    // "我老婆" (my wife) and family reunification (لم الشمل) (before: "Sorry", or how to file a form online).
    ['zh', '我想给我老婆办绿卡', 'familyPetition'],
    // A married son, a nephew (before: "Sorry"); the answer says which relatives no one can petition for.
    ['en', 'can a green card holder petition for a married son?', 'familyPetition'],
    ['zh', '可以给我侄子办绿卡吗？', 'familyPetition'],
    // A child's citizenship asked for (before: "Sorry"): citizenship through a parent, Form N-600.
    ['en', "can I apply for my child's citizenship?", 'citizenshipCertificate'],
    ['ar', 'أريد أن أقدم طلب لم شمل لزوجتي', 'familyPetition'],
    ['zh', 'I-130是什么', 'familyPetition'],
    // "申请绿卡" for parents, where the list had "办绿卡" (before: "Did you want to learn how to file a form online?").
    ['zh', '我想给父母申请绿卡', 'familyPetition'],
    ['zh', '怎么帮父母办绿卡', 'familyPetition'],
    // Whether a relative here can get one (before: "Sorry, I can't help with that").
    ['en', 'my parents are visiting, can they get a green card while here?', 'familyPetition'],
    ['en', 'can my mom get a green card if she is here on a tourist visa', 'familyPetition'],
    ['es', 'mis papás están de visita, ¿pueden sacar la green card aquí?', 'familyPetition'],
    ['fr', 'mes parents sont en visite, peuvent-ils avoir la carte verte ici ?', 'familyPetition'],
    ['zh', '我父母来探亲，可以在这里办绿卡吗？', 'familyPetition'],
    ['vi', 'bố mẹ tôi đang sang thăm, có thể xin thẻ xanh ở đây không?', 'familyPetition'],
    ['ko', '부모님이 방문 중인데 여기서 영주권 받을 수 있나요?', 'familyPetition'],
    ['ar', 'والداي في زيارة، هل يمكنهم الحصول على البطاقة الخضراء هنا؟', 'familyPetition'],
    ['tl', 'bumibisita ang mga magulang ko, puwede ba silang kumuha ng green card dito?', 'familyPetition'],
    ['ko', 'I-485가 뭐예요?', 'greenCard'],
    ['ar', 'ما هو النموذج I-130؟', 'familyPetition'],
    ['tl', 'ano ang I-485?', 'greenCard'],
    // Asking for a relative's green card, said without what only a lawyer can say: who may ask for whom, with Form I-130,
    // and that most wait years (before: "Did you want to check a case status?", "Sorry", or the help line). Said as a
    // life event ("can I petition for my mother?"), it comes before the legal-advice answer (freeText.test.ts).
    ['en', 'my husband is a citizen, how do I get my green card?', 'familyPetition'],
    ['en', 'my mom is a US citizen, can she bring me?', 'familyPetition'],
    ['en', 'how do I apply for my parents?', 'familyPetition'],
    ['en', "my husband is a citizen, what's the difference between the I-130 and the I-485?", 'familyPetition'],
    ['es', 'mi esposo es ciudadano, ¿cómo saco mis papeles?', 'familyPetition'],
    ['vi', 'tôi muốn bảo lãnh cha mẹ', 'familyPetition'],
    ['ar', 'كيف أستقدم زوجتي؟', 'familyPetition'],
    // How a green card differs from citizenship: what each lets one do, and when a resident may apply (before: which
    // number is which, in English and Spanish).
    ['en', "what's the difference between a green card and citizenship?", 'residentOrCitizen'],
    ['en', 'is it better to be a citizen or keep my green card?', 'residentOrCitizen'],
    ['en', 'green card vs citizenship', 'residentOrCitizen'],
    ['en', 'is a green card the same as citizenship?', 'residentOrCitizen'],
    ['es', '¿cuál es la diferencia entre la residencia y la ciudadanía?', 'residentOrCitizen'],
    ['es', '¿la green card es lo mismo que la ciudadania?', 'residentOrCitizen'],
    ['fr', 'quelle est la différence entre la carte verte et la citoyenneté ?', 'residentOrCitizen'],
    ['vi', 'thẻ xanh và quốc tịch khác nhau thế nào?', 'residentOrCitizen'],
    ['zh', '绿卡和入籍有什么区别？', 'residentOrCitizen'],
    ['ko', '영주권과 시민권의 차이가 뭐예요?', 'residentOrCitizen'],
    ['ar', 'ما الفرق بين البطاقة الخضراء والجنسية؟', 'residentOrCitizen'],
    ['tl', 'ano ang pagkakaiba ng green card at citizenship?', 'residentOrCitizen'],
    // TPS renewed: re-registration in the dates set for one's country.
    ['es', 'quiero renovar mi TPS', 'tps'],
    ['ko', 'TPS 재등록은 어떻게 해요?', 'tps'],
    // An I-94 is CBP's: free on its own site, which sites that charge are not (before: a status check to confirm, or
    // "Sorry, I can't help with that").
    ['en', 'how do I check my I-94', 'i94'],
    ['en', 'I need a copy of my I-94', 'i94'],
    ['es', '¿dónde consigo mi I-94?', 'i94'],
    ['fr', 'comment obtenir mon I-94 ?', 'i94'],
    ['vi', 'làm sao để in I-94?', 'i94'],
    ['tl', 'paano makuha ang I-94 ko?', 'i94'],
    ['zh', '怎么查I-94？', 'i94'],
    ['ko', 'I-94를 어디서 봐요?', 'i94'],
    ['ar', 'كيف أحصل على I-94؟', 'i94'],
    // A waiver: Form I-601A filed here before a visa interview abroad, with a relative's extreme hardship; Form I-601
    // and Form I-212; leaving first can start a bar; a lawyer first (before: "Sorry, I can't help with that").
    ['en', 'what is an I-601A waiver?', 'waiver'],
    ['en', 'do I qualify for the I-601A?', 'waiver'],
    ['es', '¿qué es el perdón migratorio?', 'waiver'],
    ['es', '¿califico para el perdón I-601A?', 'waiver'],
    ['fr', "c'est quoi la dispense I-601A ?", 'waiver'],
    ['zh', 'I-601A豁免是什么', 'waiver'],
    ['vi', 'đơn miễn trừ I-601A là gì?', 'waiver'],
    ['ko', 'I-601A 웨이버가 뭐예요?', 'waiver'],
    ['ar', 'ما هو الإعفاء المؤقت I-601A؟', 'waiver'],
    ['tl', 'ano ang I-601A waiver?', 'waiver'],
    // An ITIN, taxes or a bank account without a Social Security number: the IRS's, Form W-7 with a tax return; for
    // taxes only; banks that take an ITIN, a passport or a consular ID (before: "Sorry, I can't help with that", or the
    // Social Security number's answer).
    ['en', 'how do I get an ITIN?', 'itin'],
    ['en', 'can I open a bank account without SSN?', 'itin'],
    ['en', 'can I file taxes without a social security number?', 'itin'],
    ['es', '¿cómo saco un ITIN?', 'itin'],
    ['es', '¿puedo abrir una cuenta de banco sin seguro social?', 'itin'],
    ['fr', 'comment obtenir un ITIN ?', 'itin'],
    ['zh', '没有社安号可以开银行账户吗', 'itin'],
    ['vi', 'không có số an sinh thì khai thuế thế nào', 'itin'],
    ['ko', 'ITIN은 어떻게 받아요?', 'itin'],
    ['ko', '사회보장번호 없이 은행 계좌를 열 수 있나요?', 'itin'],
    ['ar', 'هل يمكنني فتح حساب بنكي بدون رقم ضمان اجتماعي؟', 'itin'],
    ['tl', 'paano kumuha ng ITIN?', 'itin'],
    // A Social Security number or card is the SSA's; a work permit or green card form can ask for one (before: "Sorry,
    // I can't help with that"; a lost card was not a USCIS card to replace, and is not now either).
    ['en', 'how do I get a social security number', 'ssn'],
    ['en', 'I lost my social security card', 'ssn'],
    ['es', '¿cómo saco mi número de seguro social?', 'ssn'],
    ['es', 'perdí mi tarjeta del seguro social', 'ssn'],
    ['fr', 'comment avoir un numéro de sécurité sociale ?', 'ssn'],
    ['vi', 'làm sao xin số an sinh xã hội?', 'ssn'],
    ['tl', 'paano kumuha ng social security number?', 'ssn'],
    ['zh', '怎么申请社安卡？', 'ssn'],
    ['ko', '사회보장번호를 받으려면 어떻게 해요?', 'ssn'],
    ['ar', 'كيف أحصل على رقم الضمان الاجتماعي؟', 'ssn'],
    ['vi', 'tôi làm mất thẻ an sinh xã hội', 'ssn'],
    ['tl', 'ssn card ko nawala', 'ssn'],
    ['ar', 'فقدت بطاقة الضمان الاجتماعي', 'ssn'],
    // A work permit to renew, or one expiring: Form I-765 again, up to 180 days before; since October 30, 2025 most
    // renewals no longer extend the card (before: the card's replacement answer, which said nothing of that).
    ['en', 'my employer says my work permit expired, what do I do', 'workPermitRenewal'],
    ['en', 'how do I renew my EAD', 'workPermitRenewal'],
    ['es', 'se me venció el permiso de trabajo, ¿qué hago?', 'workPermitRenewal'],
    ['fr', 'mon permis de travail a expiré', 'workPermitRenewal'],
    ['vi', 'giấy phép làm việc của tôi sắp hết hạn', 'workPermitRenewal'],
    ['tl', 'nag-expire na ang work permit ko', 'workPermitRenewal'],
    ['zh', '我的工卡快到期了怎么办', 'workPermitRenewal'],
    ['ko', '노동허가증이 만료됐어요', 'workPermitRenewal'],
    ['ar', 'انتهى تصريح العمل', 'workPermitRenewal'],
    // E-Verify: how some employers check that one may work; a mismatch is not a no (before: "Sorry, I can't help with
    // that").
    ['en', 'what is E-Verify', 'eVerify'],
    ['en', 'my employer uses E-Verify and said there is a mismatch', 'eVerify'],
    ['en', 'I got a tentative nonconfirmation', 'eVerify'],
    ['es', 'mi empleador dice que E-Verify no confirmó mis datos', 'eVerify'],
    ['fr', "mon employeur dit qu'E-Verify a trouvé une non-concordance", 'eVerify'],
    ['vi', 'chủ thuê nói E-Verify báo lỗi', 'eVerify'],
    ['tl', 'sabi ng employer ko may problema sa E-Verify', 'eVerify'],
    ['zh', '雇主说E-Verify不符', 'eVerify'],
    ['ko', 'E-Verify에서 불일치가 나왔어요', 'eVerify'],
    ['ar', 'صاحب العمل يقول إن e-verify لم يؤكد بياناتي', 'eVerify'],
    // A lawyer on one's case: Form G-28, which a notario can't file (before: the receipt question, or "Sorry, I can't
    // help with that").
    ['en', 'how do I add my attorney to my case', 'representativeOnCase'],
    ['en', 'my lawyer sent me a G-28 to sign, what is it?', 'representativeOnCase'],
    ['en', 'I want to change my lawyer', 'representativeOnCase'],
    ['es', '¿cómo agrego a mi abogado a mi caso?', 'representativeOnCase'],
    ['es', 'quiero cambiar de abogado', 'representativeOnCase'],
    ['fr', "je veux changer d'avocat", 'representativeOnCase'],
    ['vi', 'tôi muốn đổi luật sư', 'representativeOnCase'],
    ['tl', 'gusto kong magpalit ng abogado', 'representativeOnCase'],
    ['zh', '我想换律师', 'representativeOnCase'],
    ['ko', '변호사를 바꾸려면 어떻게 해요?', 'representativeOnCase'],
    ['ar', 'أريد تغيير المحامي', 'representativeOnCase'],
    // How long a green card is valid: 10 years, 2 for a conditional one; residence outlives the card (before: USCIS's
    // processing times and the receipt question).
    ['en', 'how long is my green card valid', 'cardValidity'],
    ['en', 'is my expired green card still valid?', 'cardValidity'],
    ['es', '¿cuánto dura la green card?', 'cardValidity'],
    // A trip with a green card expired or expiring: what the card is good for, and what extends it (before: the risk of
    // leaving while an application waits, none of which is pending here, or the card's replacement).
    ['en', 'can I travel with an expired green card?', 'cardValidity'],
    ['en', "my green card expires next month and I'm traveling", 'cardValidity'],
    ['en', 'can I travel while my green card renewal is pending?', 'cardValidity'],
    ['es', 'mi green card se vence el mes que viene y voy a viajar', 'cardValidity'],
    ['fr', 'puis-je voyager avec une carte verte expirée ?', 'cardValidity'],
    ['zh', '绿卡快过期了，还能出国旅行吗？', 'cardValidity'],
    ['vi', 'thẻ xanh sắp hết hạn, tôi có đi du lịch được không?', 'cardValidity'],
    ['tl', 'pwede ba akong magbiyahe kung expired na ang green card ko?', 'cardValidity'],
    ['ko', '영주권이 곧 만료되는데 여행 가도 되나요?', 'cardValidity'],
    ['ar', 'هل يمكنني السفر والبطاقة الخضراء منتهية؟', 'cardValidity'],
    ['es', '¿cuánto tiempo es válida la green card?', 'cardValidity'],
    ['fr', 'combien de temps est valable la carte verte ?', 'cardValidity'],
    ['vi', 'thẻ xanh có giá trị bao lâu?', 'cardValidity'],
    ['tl', 'ilang taon valid ang green card?', 'cardValidity'],
    ['zh', '绿卡有效期是多久？', 'cardValidity'],
    ['ko', '영주권 유효기간이 몇 년이에요?', 'cardValidity'],
    ['ar', 'كم مدة صلاحية البطاقة الخضراء؟', 'cardValidity'],
    // A receipt notice that extends a card (an "extension letter", 48 months for Form I-751): the line that a receipt
    // notice extends the card for the time it says (before: "Sorry, I can't help with that").
    ['en', 'I got a 48 month extension letter', 'cardValidity'],
    ['en', 'what is an extension letter?', 'cardValidity'],
    ['es', 'recibí una carta de extensión de 48 meses', 'cardValidity'],
    ['fr', "j'ai reçu une lettre de prolongation de 48 mois", 'cardValidity'],
    ['vi', 'tôi nhận được thư gia hạn 48 tháng', 'cardValidity'],
    ['zh', '我收到了绿卡延期信', 'cardValidity'],
    ['ko', '48개월 연장 통지서를 받았어요', 'cardValidity'],
    ['ar', 'وصلني خطاب التمديد لمدة 48 شهرا', 'cardValidity'],
    ['tl', 'nakatanggap ako ng extension letter na 48 months', 'cardValidity'],
    // An extension notice with a trip: what it is good for, not the risk of leaving while an application waits.
    ['en', 'my I-797 says my green card is extended 48 months, is that ok to travel?', 'cardValidity'],
    ['en', 'can I travel with my green card extension letter?', 'cardValidity'],
    // "Của tôi" (my) and "بطاقتي" (my card) inside the words of a card expired (before: the risk of leaving while an
    // application waits).
    ['vi', 'thẻ xanh của tôi hết hạn rồi, tôi có đi du lịch được không?', 'cardValidity'],
    ['ar', 'بطاقتي الخضراء منتهية، هل يمكنني السفر؟', 'cardValidity'],
    // "취업허가" (work permit) without "증" (before: "Sorry").
    ['ko', '취업허가 갱신은 어떻게 해요?', 'workPermitRenewal'],
    // Original documents: copies unless a form asks; others back with Form G-884 (before: the evidence answer).
    ['en', 'how do I get my original documents back', 'originalDocuments'],
    ['en', 'should I send originals or copies?', 'originalDocuments'],
    ['es', '¿cómo hago para que me devuelvan mis documentos originales?', 'originalDocuments'],
    ['fr', 'comment récupérer mes documents originaux ?', 'originalDocuments'],
    ['vi', 'làm sao lấy lại bản gốc?', 'originalDocuments'],
    ['tl', 'paano ibalik ang original na birth certificate ko?', 'originalDocuments'],
    ['zh', '怎么拿回原件？', 'originalDocuments'],
    ['ko', '원본을 돌려받으려면 어떻게 해요?', 'originalDocuments'],
    ['ar', 'كيف أطلب إعادة المستندات الأصلية؟', 'originalDocuments'],
    // Copies or originals asked about by "photocopies", "copias", "复印件" (before: sending evidence, to confirm, or "Sorry").
    ['en', 'does USCIS accept photocopies?', 'originalDocuments'],
    ['en', 'should I send copies or originals?', 'originalDocuments'],
    ['es', '¿USCIS acepta fotocopias?', 'originalDocuments'],
    ['fr', "est-ce que l'USCIS accepte les photocopies ?", 'originalDocuments'],
    ['zh', '可以寄复印件吗？', 'originalDocuments'],
    ['vi', 'tôi gửi bản sao được không?', 'originalDocuments'],
    ['ko', '사본을 보내도 되나요?', 'originalDocuments'],
    ['tl', 'pwede bang photocopy lang ang ipadala?', 'originalDocuments'],
    ['ar', 'هل تقبل USCIS نسخ مصورة؟', 'originalDocuments'],
    // What a green card is and how people get one: not a visa; family, a job, refuge; which way is a lawyer's (before:
    // "Did you want to learn which number is which?", the numbers' answer, or "Sorry, I can't help with that").
    ['en', 'what is a green card', 'greenCard'],
    ['en', 'what is the difference between a visa and a green card', 'greenCard'],
    ['en', 'how do I apply for a green card', 'greenCard'],
    ['es', '¿qué es la green card?', 'greenCard'],
    ['es', '¿cómo saco la residencia?', 'greenCard'],
    ['fr', "qu'est-ce que la carte verte ?", 'greenCard'],
    ['vi', 'thẻ xanh là gì?', 'greenCard'],
    ['tl', 'ano ang green card?', 'greenCard'],
    ['zh', '绿卡是什么？', 'greenCard'],
    ['ko', '영주권이 뭐예요?', 'greenCard'],
    ['ar', 'ما هي البطاقة الخضراء؟', 'greenCard'],
    // Wanting one, or the green card said in English in French and how in Korean (before: "Sorry", or a status check or
    // filing online to confirm).
    ['en', 'I want a green card', 'greenCard'],
    ['es', 'quiero la green card', 'greenCard'],
    ['fr', 'comment obtenir la green card ?', 'greenCard'],
    ['fr', 'je veux la green card', 'greenCard'],
    ['vi', 'tôi muốn có thẻ xanh', 'greenCard'],
    ['tl', 'gusto kong magka-green card', 'greenCard'],
    ['zh', '我想要绿卡', 'greenCard'],
    ['ko', '영주권은 어떻게 받아요?', 'greenCard'],
    ['ar', 'أريد الجرين كارد', 'greenCard'],
    // What a work permit allows: most, any employer, several, part time or for oneself; a student's OPT has limits; the
    // category says why it was given (before: "Sorry", or keeping one's account safe to confirm in Korean).
    // Work anywhere, or a change of job, asked of a permit named short ("my permit", "mi permiso", "mon permis"), and in
    // the words Korean, Chinese and Arabic use for it (before: "Sorry", or a status check to confirm in Spanish).
    ['en', 'can I work anywhere with my work permit?', 'workPermitUse'],
    ['es', '¿puedo cambiar de trabajo con mi permiso?', 'workPermitUse'],
    ['es', '¿puedo trabajar en cualquier lugar con el permiso?', 'workPermitUse'],
    ['fr', "je peux travailler n'importe où avec mon permis ?", 'workPermitUse'],
    ['zh', '工卡可以在任何地方工作吗', 'workPermitUse'],
    ['ko', '워크퍼밋으로 직장 옮겨도 돼요?', 'workPermitUse'],
    ['ar', 'هل يمكنني تغيير عملي بتصريح العمل؟', 'workPermitUse'],
    ['en', 'can I work for two employers with my EAD?', 'workPermitUse'],
    ['en', 'can I start my own business with a work permit?', 'workPermitUse'],
    ['en', 'my EAD says C08, what does that mean?', 'workPermitUse'],
    ['es', '¿puedo tener dos trabajos con mi permiso de trabajo?', 'workPermitUse'],
    ['vi', 'tôi có giấy phép làm việc, có được làm hai chỗ không?', 'workPermitUse'],
    ['tl', 'puwede ba akong magnegosyo gamit ang work permit?', 'workPermitUse'],
    ['zh', '有工卡可以打两份工吗？', 'workPermitUse'],
    ['ko', '노동허가증으로 투잡 해도 되나요?', 'workPermitUse'],
    // A category code alone, with no work permit named (before: "Sorry").
    ['en', 'what is category c09?', 'workPermitUse'],
    ['es', '¿qué significa la categoría c09?', 'workPermitUse'],
    ['zh', 'c09是什么意思？', 'workPermitUse'],
    // Studying with a green card: any school, no student visa, federal student aid through the FAFSA for most (before:
    // "Sorry", or filing online to confirm).
    ['en', 'can I study with a green card?', 'residentStudy'],
    ['en', 'can I get financial aid with a green card?', 'residentStudy'],
    ['es', '¿puedo estudiar con la green card?', 'residentStudy'],
    ['fr', 'puis-je étudier avec une carte verte ?', 'residentStudy'],
    ['vi', 'có thẻ xanh có được đi học đại học không?', 'residentStudy'],
    ['tl', 'puwede ba akong mag-aral kung may green card ako?', 'residentStudy'],
    ['zh', '有绿卡可以上大学吗？', 'residentStudy'],
    ['ko', '영주권으로 대학에 다닐 수 있나요?', 'residentStudy'],
    ['ar', 'هل يمكنني الدراسة بالبطاقة الخضراء؟', 'residentStudy'],
    // A petitioner who died: a petition often ends, but may go on (section 204(l), humanitarian reinstatement, a citizen's
    // widow or widower with Form I-360); a new sponsor; a lawyer soon (before: the receipt question alone, "Sorry", or the
    // lawyer's answer alone).
    ['en', 'my mother died, what happens to my petition?', 'petitionerDied'],
    ['en', 'my husband passed away before my I-130 was approved', 'petitionerDied'],
    ['es', 'mi papá murió, ¿qué pasa con mi petición?', 'petitionerDied'],
    ['fr', 'mon mari est décédé, que devient ma pétition ?', 'petitionerDied'],
    ['vi', 'mẹ tôi qua đời, đơn bảo lãnh của tôi thì sao?', 'petitionerDied'],
    ['tl', 'namatay ang nanay ko, paano ang petition ko?', 'petitionerDied'],
    ['ar', 'توفي زوجي، ماذا يحدث لعريضتي؟', 'petitionerDied'],
    // A child who turns 21 while a case waits: the age counted, the Child Status Protection Act (before: "Sorry", or a
    // status check to confirm).
    ['en', 'what is CSPA?', 'childTurning21'],
    ['en', 'my daughter is 21 now', 'childTurning21'],
    ['es', '¿qué es la CSPA?', 'childTurning21'],
    ['zh', '孩子超龄了', 'childTurning21'],
    ['ar', 'ابنتي ستبلغ ٢١ قبل الموافقة', 'childTurning21'],
    // An adult son or daughter to petition for is the relative's petition: "petition for him" is its words (before: a
    // child turning 21, from d1a45a6's "over 21", and before that "Sorry").
    ['en', 'my son is over 21, can I petition for him?', 'familyPetition'],
    // "Bring her", "bring him": a relative to ask for, or at an interview who may come (before: "Sorry", and in Chinese
    // a green card asked for "我女儿" (my daughter) or "她" (her) likewise).
    ['en', 'I have a daughter who is 21 years old, can I bring her?', 'familyPetition'],
    ['en', 'my son is 25, can I bring him to the US?', 'familyPetition'],
    ['en', 'can I bring him to my interview?', 'interview'],
    ['zh', '能给我女儿申请绿卡吗？', 'familyPetition'],
    ['zh', '能给她办绿卡吗？', 'familyPetition'],
    // A marriage while a case waits: what it changes (before: the receipt question, or the lawyer's answer alone).
    ['es', 'mi hijo se casó, ¿qué pasa con la petición?', 'marriedWhileWaiting'],
    ['zh', '我儿子结婚了，他的申请会怎样？', 'marriedWhileWaiting'],
    ['ar', 'ابني تزوج، ماذا يحدث لعريضته؟', 'marriedWhileWaiting'],
    // Where a case filed online is: already in the USCIS online account, nothing to add, no Online Access Code (before:
    // adding a paper case to confirm, filing online to confirm, or signing in to this chat's account first).
    ['en', 'I filed online, how do I see my case?', 'onlineFiledCase'],
    ['en', "I applied online but I can't find my case", 'onlineFiledCase'],
    ['en', 'I filed online, do I need an access code?', 'onlineFiledCase'],
    ['es', 'lo presenté en línea, ¿cómo veo mi caso?', 'onlineFiledCase'],
    ['fr', "j'ai déposé en ligne, où est mon dossier ?", 'onlineFiledCase'],
    ['vi', 'tôi nộp trực tuyến, làm sao xem hồ sơ?', 'onlineFiledCase'],
    ['tl', 'nag-file ako online, paano ko makikita ang kaso ko?', 'onlineFiledCase'],
    ['zh', '我是网上递交的，怎么看案件？', 'onlineFiledCase'],
    ['ko', '온라인으로 접수했는데 케이스가 안 보여요', 'onlineFiledCase'],
    ['ar', 'قدمت عبر الإنترنت، أين ملفي؟', 'onlineFiledCase'],
    // Guard row (passed before): a card to renew is a card to replace (for a relative: freeText.test.ts).
    ['ko', '영주권은 어떻게 갱신해요?', 'replaceCard'],
    // A sponsor's promise of support, Form I-864 (before: "Did you want to learn how to send evidence?", or "Sorry, I
    // can't help with that").
    ['en', 'what is form I-864', 'affidavitOfSupport'],
    ['en', 'who can be my sponsor?', 'affidavitOfSupport'],
    ['en', 'can I use a joint sponsor?', 'affidavitOfSupport'],
    ['es', '¿qué es el I-864?', 'affidavitOfSupport'],
    ['es', '¿quién puede ser mi patrocinador?', 'affidavitOfSupport'],
    ['fr', "qu'est-ce que le formulaire I-864 ?", 'affidavitOfSupport'],
    ['vi', 'ai có thể bảo trợ tài chính cho tôi?', 'affidavitOfSupport'],
    ['tl', 'sino ang puwedeng maging sponsor ko?', 'affidavitOfSupport'],
    ['zh', '谁能当担保人？', 'affidavitOfSupport'],
    ['ko', '재정 보증서는 누가 써요?', 'affidavitOfSupport'],
    ['ar', 'ما هو إقرار الإعالة؟', 'affidavitOfSupport'],
    // A driver's license is the state DMV's; its SAVE check may take weeks (before: "Sorry, I can't help with that").
    ['en', "how do I get a driver's license", 'driversLicense'],
    ['en', 'the DMV says they are verifying my status with SAVE', 'driversLicense'],
    ['es', '¿cómo saco la licencia de manejo?', 'driversLicense'],
    ['fr', 'comment avoir un permis de conduire ?', 'driversLicense'],
    ['vi', 'làm sao để có bằng lái xe?', 'driversLicense'],
    ['tl', 'paano kumuha ng driver\'s license?', 'driversLicense'],
    ['zh', '我怎么考驾照？', 'driversLicense'],
    ['ko', '운전면허증을 받으려면 어떻게 해요?', 'driversLicense'],
    ['ar', 'كيف أحصل على رخصة القيادة؟', 'driversLicense'],
    // The driving test, asked in a language (before: the chat switched to that language).
    ['en', 'Can I take the driving test in Spanish?', 'driversLicense'],
    ['es', '¿puedo sacar la licencia con el permiso de trabajo?', 'driversLicense'],
    ['es', '¿puedo hacer el examen de manejo en español?', 'driversLicense'],
    ['ko', '운전 시험을 한국어로 볼 수 있어요?', 'driversLicense'],
    ['ar', 'هل يمكنني أداء اختبار القيادة بالعربية؟', 'driversLicense'],
    // Not the citizenship test (an earlier guard: before, no answer at all).
    ['en', 'I failed the driving test', 'driversLicense'],
    // The language of an interview is the interpreter's question, not this chat's language (before: "We're already
    // speaking English", or, asked in Spanish, Chinese, Korean or Tagalog, the chat switched to English).
    ['en', 'is my interview in English?', 'appointmentInterpreter'],
    ['es', '¿la entrevista es en inglés?', 'appointmentInterpreter'],
    ['fr', "l'entretien est en anglais ?", 'appointmentInterpreter'],
    ['vi', 'phỏng vấn bằng tiếng Anh hả?', 'appointmentInterpreter'],
    ['tl', 'english ba ang interview?', 'appointmentInterpreter'],
    ['zh', '面谈是用英语吗', 'appointmentInterpreter'],
    ['ko', '인터뷰는 영어로 해요?', 'appointmentInterpreter'],
    ['ar', 'هل المقابلة بالإنجليزية؟', 'appointmentInterpreter'],
    // How long a green card holder may be abroad: under 6 months usually fine, a year or more needs a reentry permit
    // (before: USCIS's processing times, or "Sorry").
    // Longer abroad, said as staying longer (before, this session: a stay extended, which is a visitor's question).
    // An employer who calls a valid card fake or refuses it: not the employer's to decide alone; other Form I-9
    // documents; an E-Verify mismatch fixed while one works; the Department of Justice's IER (before: a status check to
    // confirm, "Sorry", or the sign-in to add a case).
    ['en', 'my employer says my work permit is fake', 'employerDoubtsCard'],
    ['en', "my boss won't accept my green card", 'employerDoubtsCard'],
    ['en', 'HR says my EAD is not valid', 'employerDoubtsCard'],
    ['es', 'mi patrón dice que mi permiso de trabajo es falso', 'employerDoubtsCard'],
    ['es', 'mi jefe no acepta mi mica', 'employerDoubtsCard'],
    ['fr', 'mon employeur dit que ma carte est fausse', 'employerDoubtsCard'],
    ['vi', 'công ty nói giấy phép lao động của tôi không hợp lệ', 'employerDoubtsCard'],
    ['tl', 'sabi ng employer ko peke daw ang work permit ko', 'employerDoubtsCard'],
    ['zh', '老板说我的工卡是假的', 'employerDoubtsCard'],
    ['ko', '회사에서 제 노동허가증이 가짜라고 해요', 'employerDoubtsCard'],
    ['ar', 'صاحب العمل يقول إن بطاقتي مزورة', 'employerDoubtsCard'],
    // Guard rows (passed before): a card expired is renewed; E-Verify named is E-Verify's answer.
    ['en', 'my employer says my work permit expired', 'workPermitRenewal'],
    ['en', 'E-Verify says my card is fake', 'eVerify'],
    // Wages an employer does not pay: a right to be paid whatever one's status; the Department of Labor's Wage and Hour
    // Division; hours and pay written down (before: "Sorry, I can't help with that", or the account's questions).
    ['en', 'my employer is not paying me', 'unpaidWages'],
    ['en', "my boss hasn't paid me in two months", 'unpaidWages'],
    ['en', "I haven't been paid for 3 weeks", 'unpaidWages'],
    ['es', 'mi patrón no me pagó', 'unpaidWages'],
    ['es', 'mi jefe me debe dinero', 'unpaidWages'],
    ['fr', 'mon patron ne me paie pas', 'unpaidWages'],
    ['zh', '老板拖欠工资', 'unpaidWages'],
    ['zh', '老板欠我钱', 'unpaidWages'],
    ['vi', 'chủ không trả lương cho tôi', 'unpaidWages'],
    ['ko', '사장이 월급을 안 줘요', 'unpaidWages'],
    ['ar', 'صاحب العمل لا يدفع لي', 'unpaidWages'],
    ['tl', 'hindi ako binabayaran ng amo ko', 'unpaidWages'],
    // Unpaid wages with a threat to call immigration is the threat's answer, which names the wages' line too.
    ['en', 'my boss says he will call ICE if I ask for my pay', 'reportThreat'],
    // How long a visitor may stay: the I-94's date, set at the border, not the visa's; Form I-539 before it, not with
    // ESTA (before: USCIS's usual times, the visitor visa's answer, or the lawyer's answer alone).
    ['en', 'how long can I stay in the US as a tourist?', 'visitorStay'],
    ['en', 'how long can my mother stay on a tourist visa?', 'visitorStay'],
    ['en', 'I came with ESTA, how long can I stay?', 'visitorStay'],
    ['es', '¿cuánto tiempo puedo quedarme con visa de turista?', 'visitorStay'],
    ['fr', 'combien de temps puis-je rester avec un visa de touriste ?', 'visitorStay'],
    ['vi', 'visa du lịch được ở bao lâu?', 'visitorStay'],
    ['tl', 'gaano katagal ako puwedeng manatili sa US bilang turista?', 'visitorStay'],
    ['zh', '旅游签证能待多久？', 'visitorStay'],
    ['ko', '관광 비자로 얼마나 머물 수 있나요?', 'visitorStay'],
    ['ar', 'كم يمكنني البقاء بالتأشيرة السياحية؟', 'visitorStay'],
    // Guard row (passed before): a green card holder's time away stays that question.
    ['en', 'how long can I stay outside the US with a green card?', 'timeAbroad'],
    // Studying abroad with a green card: how long a green card holder may be away, a reentry permit for a year or more
    // (before: "Sorry", or studying here in Spanish).
    ['en', 'can I study abroad with a green card?', 'timeAbroad'],
    ['en', "I'm a permanent resident, can I do a semester abroad?", 'timeAbroad'],
    ['es', '¿puedo estudiar en el extranjero con la green card?', 'timeAbroad'],
    ['fr', "puis-je étudier à l'étranger avec ma carte verte ?", 'timeAbroad'],
    ['vi', 'có thẻ xanh có đi du học được không?', 'timeAbroad'],
    ['tl', 'puwede ba akong mag-aral sa ibang bansa kung may green card ako?', 'timeAbroad'],
    ['zh', '有绿卡可以出国留学吗？', 'timeAbroad'],
    ['ko', '영주권자가 유학 가도 되나요?', 'timeAbroad'],
    ['ar', 'هل يمكنني الدراسة في الخارج بالبطاقة الخضراء؟', 'timeAbroad'],
    ['en', 'can I stay longer outside the US with a green card?', 'timeAbroad'],
    ['es', '¿puedo quedarme más tiempo fuera del país con la residencia?', 'timeAbroad'],
    ['zh', '我在国外可以多待一段时间吗，有绿卡', 'timeAbroad'],
    ['en', 'how long can I stay outside the US with a green card?', 'timeAbroad'],
    ['en', 'I was outside the US for 8 months with my green card', 'timeAbroad'],
    ['es', '¿cuánto tiempo puedo estar fuera del país con la green card?', 'timeAbroad'],
    ['fr', "combien de temps puis-je rester à l'étranger avec une carte verte ?", 'timeAbroad'],
    ['vi', 'có thẻ xanh thì được ở nước ngoài bao lâu?', 'timeAbroad'],
    ['tl', 'gaano katagal puwedeng umalis ng bansa ang may green card?', 'timeAbroad'],
    ['zh', '有绿卡能出国多久？', 'timeAbroad'],
    ['ko', '영주권자는 해외에 얼마나 있을 수 있어요?', 'timeAbroad'],
    ['ar', 'كم يمكنني البقاء خارج أمريكا بالبطاقة الخضراء؟', 'timeAbroad'],
    // Losing the green card by being away, not the card lost (before: the card's replacement, or "Sorry").
    ['en', 'can I lose my green card if I stay abroad too long?', 'timeAbroad'],
    ['es', '¿puedo perder mi green card si salgo mucho del país?', 'timeAbroad'],
    ['es', '¿si salgo del país por un año pierdo la residencia?', 'timeAbroad'],
    // A long stay abroad told, with where, how long and the green card (before: a card to replace, "Sorry", or the status
    // check to confirm).
    ['en', 'I went to Mexico for 8 months, will I lose my green card?', 'timeAbroad'],
    ['en', 'I stayed abroad 14 months, can I come back with my green card?', 'timeAbroad'],
    ['es', 'Me fui a México 8 meses, ¿pierdo mi green card?', 'timeAbroad'],
    ['fr', 'je suis resté au Maroc 8 mois, est-ce que je perds ma carte verte ?', 'timeAbroad'],
    ['vi', 'tôi ở Việt Nam 8 tháng, có mất thẻ xanh không?', 'timeAbroad'],
    ['zh', '我在中国待了8个月，绿卡会被取消吗？', 'timeAbroad'],
    ['ko', '한국에 8개월 있었는데 영주권을 잃나요?', 'timeAbroad'],
    ['tl', '8 buwan ako sa Pilipinas, mawawala ba ang green card ko?', 'timeAbroad'],
    ['ar', 'بقيت في مصر 8 أشهر، هل أفقد البطاقة الخضراء؟', 'timeAbroad'],
    // A move abroad planned, with how long and the green card (before: how to change an address, or USCIS's usual times
    // read from "for a year").
    ['en', "I'm moving to Canada for 2 years, what happens to my green card?", 'timeAbroad'],
    ['en', 'I want to live in Mexico for a year with my green card', 'timeAbroad'],
    ['es', 'me voy a mudar a México por un año, ¿pierdo mi residencia?', 'timeAbroad'],
    ['es', 'quiero vivir en Guatemala dos años, ¿qué pasa con mi green card?', 'timeAbroad'],
    // A green card asked for in Tagalog with "makakakuha" (before: "Sorry"); a citizen spouse's is the petition.
    ['tl', 'paano ako makakakuha ng green card?', 'greenCard'],
    ['tl', 'US citizen ang asawa ko, paano ako makakakuha ng green card?', 'familyPetition'],
    // "How do I get citizenship?", "how to get residency?" in Arabic (before: "Hello! I am glad you are here.", the
    // classifier's unsure greeting).
    ['ar', 'كيف أحصل على الجنسية؟', 'naturalization'],
    ['ar', 'كيف الحصول على الإقامة؟', 'greenCard'],
    // An adjustment of status, or a change of status to permanent resident (before: "check a case status?", read from
    // "status", or the receipt question).
    ['en', 'how do I change my status to permanent resident', 'greenCard'],
    ['en', 'what is adjustment of status?', 'greenCard'],
    ['es', '¿qué es el ajuste de estatus?', 'greenCard'],
    ['fr', "qu'est-ce que l'ajustement de statut ?", 'greenCard'],
    ['vi', 'điều chỉnh tình trạng là gì?', 'greenCard'],
    ['zh', '怎么调整身份？', 'greenCard'],
    ['ko', '신분 조정은 어떻게 해요?', 'greenCard'],
    ['tl', 'ano ang adjustment of status?', 'greenCard'],
    ['ar', 'ما هو تعديل الوضع؟', 'greenCard'],
    // One's own green card asked for in Korean (before: how to file online); a relative's is in freeText.test.ts.
    ['ko', '영주권 신청하고 싶어요', 'greenCard'],
    // Becoming a citizen, in other Vietnamese and Korean words (before: "Sorry").
    ['vi', 'làm sao để có quốc tịch Mỹ', 'naturalization'],
    ['vi', 'tôi muốn lấy quốc tịch', 'naturalization'],
    ['ko', '시민권은 어떻게 신청해요?', 'naturalization'],
    // How long one must wait before applying is who can apply, not USCIS's processing times (before: how to file online).
    ['en', 'how long do I have to wait to apply for citizenship?', 'naturalization'],
    // Continuous residence and filing 90 days early: the N-400 answer, which says both (before: "Sorry", or "Did you want
    // to learn which forms you can file online?").
    ['en', 'what is continuous residence?', 'naturalization'],
    ['en', 'what is the 90 day early filing rule?', 'naturalization'],
    ['es', '¿qué es la residencia continua?', 'naturalization'],
    ['zh', '什么是连续居住？', 'naturalization'],
    // After an interview, what comes next is the interview's answer (before: "Sorry").
    ['en', 'my naturalization interview went well, what next?', 'interview'],
    // A visa refused is the embassy's or the consulate's decision (before: USCIS's denial answer, or "Sorry").
    ['en', 'my visa was refused', 'visaAbroad'],
    ['en', 'my tourist visa was denied', 'visaAbroad'],
    ['es', 'me negaron la visa', 'visaAbroad'],
    ['fr', 'mon visa a été refusé', 'visaAbroad'],
    ['vi', 'tôi bị từ chối visa', 'visaAbroad'],
    ['tl', 'na-deny ang visa ko', 'visaAbroad'],
    ['zh', '我被拒签了', 'visaAbroad'],
    ['ko', '비자가 거절됐어요', 'visaAbroad'],
    ['ar', 'رفضوا التأشيرة', 'visaAbroad'],
    // A U visa or a petition denied is USCIS's.
    ['en', 'my U visa was denied', 'denied'],
    ['es', 'me negaron la visa u', 'denied'],
    ['zh', '我的U签证被拒了', 'denied'],
    ['ar', 'رفضوا تأشيرة U', 'denied'],
    ['tl', 'na-deny ang U visa ko', 'denied'],
    ['en', 'my visa petition was denied', 'denied'],
    // A fiancé(e) visa: Form I-129F by a U.S. citizen, a visa abroad, marriage within 90 days (before: "Sorry").
    ['en', 'what is a K-1 visa?', 'fianceVisa'],
    ['en', 'how do I apply for a fiance visa', 'fianceVisa'],
    ['es', '¿cómo traigo a mi prometida?', 'fianceVisa'],
    ['fr', 'comment demander un visa de fiancée ?', 'fianceVisa'],
    ['vi', 'làm visa hôn thê thế nào', 'fianceVisa'],
    ['tl', 'paano mag-apply ng fiance visa?', 'fianceVisa'],
    ['zh', 'K1签证怎么办', 'fianceVisa'],
    ['ko', '약혼자 비자는 어떻게 신청해요?', 'fianceVisa'],
    ['ar', 'كيف أحصل على تأشيرة خطيبة؟', 'fianceVisa'],
    // A girlfriend or boyfriend to bring to the U.S. (before: "Sorry", the lawyer's answer, or in Korean the relative's
    // petition): the way a partner comes to marry. A visit is a visitor's visa (the Department of State's), not this.
    // The French, "faire venir", is a life event's words too: this answer, then the lawyer's (freeText.test.ts).
    ['en', 'can my girlfriend come to the US?', 'fianceVisa'],
    ['en', 'how can I bring my boyfriend to america?', 'fianceVisa'],
    ['vi', 'làm sao đưa bạn gái qua Mỹ?', 'fianceVisa'],
    ['zh', '怎么让我女朋友来美国？', 'fianceVisa'],
    ['ko', '여자친구를 미국에 데려오려면 어떻게 해요?', 'fianceVisa'],
    ['tl', 'paano ko madadala ang girlfriend ko sa US?', 'fianceVisa'],
    ['ar', 'كيف أحضر خطيبتي إلى أمريكا؟', 'fianceVisa'],
    // A relative asked for with "pido" and "papás" (before: "Sorry, I can't help with that").
    ['es', '¿cómo pido a mis papás?', 'familyPetition'],
    // A refugee's or an asylee's green card: 1 year after arriving, or after the grant; Form I-485 (before: "Sorry").
    ['en', "I'm a refugee, when can I get my green card?", 'refugeeGreenCard'],
    ['en', 'I got asylum, how do I get a green card?', 'refugeeGreenCard'],
    ['es', 'soy refugiado, ¿cuándo puedo pedir la residencia?', 'refugeeGreenCard'],
    ['fr', 'je suis réfugié, quand puis-je demander la carte verte ?', 'refugeeGreenCard'],
    ['vi', 'tôi là người tị nạn, khi nào xin thẻ xanh được', 'refugeeGreenCard'],
    ['tl', 'refugee ako, kailan ako puwedeng mag-apply ng green card?', 'refugeeGreenCard'],
    ['zh', '我是难民，什么时候能申请绿卡', 'refugeeGreenCard'],
    ['ko', '난민인데 영주권은 언제 신청해요?', 'refugeeGreenCard'],
    ['ar', 'أنا لاجئ، متى أستطيع طلب البطاقة الخضراء؟', 'refugeeGreenCard'],
    // Said with the status one has, not asked for: still the green card (the words of asking for refuge are not these).
    ['en', 'I have refugee status, how do I get a green card?', 'refugeeGreenCard'],
    ['ar', 'لدي صفة لاجئ، كيف أحصل على البطاقة الخضراء؟', 'refugeeGreenCard'],
    // A fiancé(e)'s visa interview abroad is still the Department of State's.
    ['en', 'my K-1 visa interview at the embassy is next week', 'visaAbroad'],
    // Voting: only citizens in federal elections; a noncitizen who votes or registers can lose a green card (before:
    // "Sorry, I can't help with that").
    ['en', 'can a green card holder vote?', 'voting'],
    ['en', 'I registered to vote by mistake at the DMV', 'voting'],
    ['es', '¿puedo votar con green card?', 'voting'],
    ['fr', 'est-ce que je peux voter avec une carte verte ?', 'voting'],
    ['vi', 'có thẻ xanh được đi bầu không?', 'voting'],
    ['tl', 'puwede bang bumoto ang may green card?', 'voting'],
    ['zh', '有绿卡可以投票吗', 'voting'],
    ['ko', '영주권자도 투표할 수 있어요?', 'voting'],
    ['ar', 'هل يمكنني التصويت بالبطاقة الخضراء؟', 'voting'],
    // A copy of a naturalization certificate is Form N-565 (before: Form N-400's steps); one's own green card is what a
    // green card is and how people get one (before: "Sorry").
    ['en', 'how do I get a certified copy of my naturalization certificate', 'replaceCertificate'],
    ['en', 'can I apply for my own green card?', 'greenCard'],
    // An arrest or a conviction: the FBI's check shows it, the forms ask, a truthful answer, a lawyer before filing
    // (before: "Sorry, I can't help with that", the account's safety, or Form N-400's steps).
    ['en', 'can USCIS see my criminal record?', 'criminalRecord'],
    ['en', 'can I apply for citizenship if I have a DUI?', 'criminalRecord'],
    ['en', 'I was arrested 10 years ago, can I get a green card?', 'criminalRecord'],
    ['es', 'tengo antecedentes penales, ¿puedo pedir la ciudadanía?', 'criminalRecord'],
    ['es', 'me arrestaron hace años por manejar borracho', 'criminalRecord'],
    ['fr', "j'ai un casier judiciaire, puis-je demander la citoyenneté ?", 'criminalRecord'],
    ['vi', 'tôi có tiền án, có xin quốc tịch được không', 'criminalRecord'],
    ['tl', 'may criminal record ako, puwede ba akong mag-apply?', 'criminalRecord'],
    ['zh', '我有犯罪记录，可以申请入籍吗', 'criminalRecord'],
    ['ko', '음주운전 기록이 있는데 시민권 신청할 수 있어요?', 'criminalRecord'],
    ['ar', 'عندي سجل جنائي، هل أستطيع التقديم؟', 'criminalRecord'],
    // Arrested by ICE is still where to find someone held (before, in Spanish: the privacy answer).
    ['en', 'I was arrested by ICE last year', 'detention'],
    ['es', 'me arrestó la migra', 'detention'],
    ['es', 'la migra arrestó a mi hijo', 'detention'],
    // Stopped by the police: the rights everyone has, with papers or without, and what a driver shows (before: "Sorry",
    // what USCIS's evidence letter is, or the privacy answer).
    ['en', "what should I do if I'm stopped by police?", 'policeStop'],
    ['en', 'can the police ask for my papers?', 'policeStop'],
    ['en', "I got pulled over and I don't have papers", 'policeStop'],
    ['es', '¿qué hago si me para la policía?', 'policeStop'],
    ['es', 'la policía me pidió papeles, ¿tengo que mostrarlos?', 'policeStop'],
    ['fr', "que faire si la police m'arrête ?", 'policeStop'],
    ['zh', '警察要我出示证件，我要给吗？', 'policeStop'],
    ['ko', '경찰이 신분증을 달라고 하면 어떻게 해요?', 'policeStop'],
    ['vi', 'cảnh sát hỏi giấy tờ thì tôi phải làm gì?', 'policeStop'],
    ['tl', 'hiningan ako ng papeles ng pulis', 'policeStop'],
    ['ar', 'الشرطي طلب أوراقي، هل يجب أن أعطيه؟', 'policeStop'],
    // On the way to an interview, still the police's stop (before this change: "Sorry", the interview keeping it out).
    ['en', 'the police stopped me on the way to my interview', 'policeStop'],
    // Stopped by immigration's officers stays theirs (a guard row, passed before).
    ['es', 'me paró la migra', 'iceEncounter'],
    // One's rights asked alone, the whole message: what one may do when officers stop one (before: "Sorry").
    ['en', 'what are my rights?', 'iceEncounter'],
    ['es', '¿cuáles son mis derechos?', 'iceEncounter'],
    ['fr', 'quels sont mes droits ?', 'iceEncounter'],
    ['zh', '我有什么权利？', 'iceEncounter'],
    ['ko', '제 권리가 뭐예요?', 'iceEncounter'],
    ['vi', 'quyền của tôi là gì?', 'iceEncounter'],
    ['tl', 'ano ang mga karapatan ko?', 'iceEncounter'],
    ['ar', 'ما هي حقوقي؟', 'iceEncounter'],
    // A green card expired, asked of work (before: the card's replacement alone, as if Form I-90 were all); in other
    // languages the lawyer's answer follows it (freeText.test.ts).
    ['fr', 'ma carte verte a expiré, est-ce que je peux encore travailler ?', 'cardValidity'],
    ['vi', 'thẻ xanh của tôi hết hạn rồi, tôi còn làm việc được không?', 'cardValidity'],
    ['tl', 'nag-expire na ang green card ko, puwede pa ba akong magtrabaho?', 'cardValidity'],
    // A green card got, said with what now: its rights and duties (before: a status check to confirm, or the receipt
    // question). Never got, it is still the card not come (rows above).
    ['en', 'I got my green card, now what?', 'residentRights'],
    ['es', 'ya tengo mi green card, ¿ahora qué?', 'residentRights'],
    ['fr', "j'ai reçu ma carte verte, et maintenant ?", 'residentRights'],
    ['zh', '拿到绿卡了，接下来呢', 'residentRights'],
    ['vi', 'tôi đã có thẻ xanh, bước tiếp theo là gì?', 'residentRights'],
    ['ko', '영주권 받았는데 이제 뭐 해요?', 'residentRights'],
    ['ar', 'حصلت على البطاقة الخضراء، ماذا بعد؟', 'residentRights'],
    ['tl', 'may green card na ako, ano ang susunod?', 'residentRights'],
    // One's rights asked of a green card, of ICE's officers or of the police, where no matter's own words are: a green
    // card holder's rights and duties, or the stop's answer (before: "Sorry", or the privacy answer read from "ICE").
    ['en', 'What are my rights as a green card holder?', 'residentRights'],
    ['en', 'what are the responsibilities of a permanent resident?', 'residentRights'],
    ['en', 'what can a green card holder do?', 'residentRights'],
    ['en', 'what are my rights as a permanent resident at the border?', 'residentRights'],
    ['es', '¿cuáles son mis derechos como residente permanente?', 'residentRights'],
    ['es', '¿cuáles son mis obligaciones con la green card?', 'residentRights'],
    ['fr', 'quels sont mes droits en tant que résident permanent ?', 'residentRights'],
    ['zh', '绿卡持有人有什么权利？', 'residentRights'],
    ['ko', '영주권자의 권리는 뭐예요?', 'residentRights'],
    ['vi', 'thường trú nhân có những quyền gì?', 'residentRights'],
    ['tl', 'ano ang mga karapatan ko bilang permanent resident?', 'residentRights'],
    ['ar', 'ما هي حقوق حامل البطاقة الخضراء؟', 'residentRights'],
    ['en', 'what are my rights as a green card holder if ICE stops me?', 'iceEncounter'],
    ['en', 'what rights do I have with the police?', 'policeStop'],
    ['es', '¿qué derechos tengo con la policía?', 'policeStop'],
    // Guard rows (passed before, by the stop's own words): the same asked in other words.
    ['es', '¿qué derechos tengo si me para la migra?', 'iceEncounter'],
    ['fr', 'quels sont mes droits face à la police ?', 'policeStop'],
    ['zh', '如果警察拦住我，我有什么权利？', 'policeStop'],
    ['ko', '경찰이 세우면 제 권리는 뭐예요?', 'policeStop'],
    ['vi', 'nếu cảnh sát chặn tôi thì tôi có quyền gì?', 'policeStop'],
    ['tl', 'ano ang karapatan ko kapag pinara ako ng pulis?', 'policeStop'],
    ['ar', 'ما هي حقوقي مع الشرطة؟', 'policeStop'],
    // Guard rows: a denial or a lost card asked with one's rights stays theirs.
    ['en', 'my green card application was denied, what are my rights?', 'denied'],
    ['en', 'I lost my green card, what are my rights?', 'replaceCard'],
    // A message from DHS that ends a parole or says to leave: checked as real, a pending case may still matter, no leaving
    // before advice, a lawyer at once (before: what parole is, what a USCIS letter is, or "Sorry").
    ['en', 'I got an email from DHS saying my parole was terminated and I have to leave', 'toldToLeave'],
    ['en', 'I got a letter saying I have to self deport', 'toldToLeave'],
    ['es', 'recibí una carta que dice que mi parole fue cancelado', 'toldToLeave'],
    ['es', 'me llegó un correo del DHS que dice que tengo que salir del país', 'toldToLeave'],
    ['fr', 'mon parole a été annulé', 'toldToLeave'],
    ['zh', '我的假释被终止了', 'toldToLeave'],
    ['ko', '파롤이 취소됐어요', 'toldToLeave'],
    ['vi', 'parole của tôi bị chấm dứt', 'toldToLeave'],
    ['tl', 'kinansela ang parole ko', 'toldToLeave'],
    ['ar', 'تم إلغاء البارول الخاص بي', 'toldToLeave'],
    // Guard rows (passed before): a parole to renew stays parole's, an advance parole cancelled the travel document's.
    ['en', 'my parole ends next month, can I renew it?', 'parole'],
    ['en', 'my advance parole was cancelled', 'travelDocument'],
    // A visa revoked: the Department of State's; a stay runs on status and the I-94; a student's DSO (before: "Sorry").
    ['en', 'my visa was revoked', 'visaRevoked'],
    ['en', 'my student visa was revoked and my SEVIS was terminated', 'visaRevoked'],
    ['es', 'me revocaron la visa de estudiante', 'visaRevoked'],
    ['fr', 'mon visa a été révoqué', 'visaRevoked'],
    ['zh', '我的签证被撤销了', 'visaRevoked'],
    ['ko', '비자가 취소됐어요', 'visaRevoked'],
    ['vi', 'visa của tôi bị thu hồi', 'visaRevoked'],
    ['tl', 'binawi ang visa ko', 'visaRevoked'],
    ['ar', 'ألغوا تأشيرتي', 'visaRevoked'],
    // A relative named, then asked for by a pronoun (before: "Sorry", or the status check to confirm; Korean's own words
    // say it already).
    ['es', 'mi hijo es mayor de 21, ¿lo puedo pedir?', 'familyPetition'],
    ['zh', '我女儿21岁了，能给她申请吗？', 'familyPetition'],
    ['fr', 'mon fils a 25 ans, est-ce que je peux le faire venir ?', 'familyPetition'],
    ['vi', 'con trai tôi 25 tuổi, tôi có thể bảo lãnh nó không?', 'familyPetition'],
    ['tl', '25 na ang anak ko, puwede ko ba siyang i-petition?', 'familyPetition'],
    ['ar', 'ابني عمره 25 سنة، هل أستطيع أن أكفله؟', 'familyPetition'],
    ['en', 'my daughter is 25, can I apply for her?', 'familyPetition'],
    // A visa appointment cancelled stays the visa abroad's (a guard row, passed before).
    ['en', 'my visa appointment was cancelled', 'visaAbroad'],
    // A green card expiring while one applies for citizenship: Form N-400's receipt notice, with the card, proves status
    // for 24 months past its date (before: the card's renewal alone, as if Form I-90 were needed).
    ['en', "my green card is expiring and I'm applying for citizenship", 'cardExpiringCitizenship'],
    ['en', 'I filed my N-400, my green card expires next month, do I need to renew it?', 'cardExpiringCitizenship'],
    ['es', 'se me vence la green card y ya apliqué para la ciudadanía', 'cardExpiringCitizenship'],
    ['fr', 'ma carte verte expire et je demande la citoyenneté', 'cardExpiringCitizenship'],
    ['zh', '我的绿卡快过期了，我在申请入籍', 'cardExpiringCitizenship'],
    ['ko', '영주권이 곧 만료되는데 시민권 신청했어요', 'cardExpiringCitizenship'],
    ['vi', 'thẻ xanh của tôi sắp hết hạn và tôi đang xin quốc tịch', 'cardExpiringCitizenship'],
    ['tl', 'mag-e-expire na ang green card ko at nag-apply ako ng citizenship', 'cardExpiringCitizenship'],
    ['ar', 'البطاقة الخضراء ستنتهي وقدمت على الجنسية', 'cardExpiringCitizenship'],
    // A lost card stays a card to replace (a guard row, passed before).
    ['en', 'I lost my green card and I want to apply for citizenship', 'replaceCard'],
    // An expired card asked of one's residence is how long a card is valid, and that residence outlives it (before: the
    // card's replacement).
    ['en', 'my green card expired, am I still a permanent resident?', 'cardValidity'],
    ['es', 'se me venció la green card, ¿sigo siendo residente?', 'cardValidity'],
    // A stay of removal is the court's, with a lawyer at once (before: "Sorry").
    ['en', 'what is a stay of removal?', 'courtCase'],
    ['es', '¿qué es una suspensión de la deportación?', 'courtCase'],
    ['zh', '怎么申请暂缓递解？', 'courtCase'],
    // The registration DHS asks of some since April 2025: who, Form G-325R in a USCIS online account, risks for some
    // (before: which number is which, the sign-up to confirm, or "Sorry").
    ['en', 'what is the alien registration requirement?', 'alienRegistration'],
    ['en', 'do I need to register with the government?', 'alienRegistration'],
    ['es', '¿qué es el registro de extranjeros?', 'alienRegistration'],
    ['es', '¿me tengo que registrar con el gobierno?', 'alienRegistration'],
    ['fr', "qu'est-ce que l'enregistrement des étrangers ?", 'alienRegistration'],
    ['zh', '外国人登记是什么？', 'alienRegistration'],
    ['ko', '외국인 등록 의무가 뭐예요?', 'alienRegistration'],
    ['vi', 'đăng ký người nước ngoài là gì?', 'alienRegistration'],
    ['tl', 'ano ang alien registration requirement?', 'alienRegistration'],
    ['ar', 'ما هو تسجيل الأجانب؟', 'alienRegistration'],
    // An arrest said with immigration's agents, in other words than the detention's own (before: the privacy answer for
    // "la migra" and for "ICE" in Arabic, a prompt to protect one's account, or "Sorry").
    ['es', 'la migra detuvo a mi esposo, ¿qué hago?', 'detention'],
    ['es', 'arrestaron a mi esposo por inmigración', 'detention'],
    ['es', 'inmigración detuvo a mi hijo', 'detention'],
    ['en', 'immigration arrested my husband', 'detention'],
    ['en', 'my son was picked up by immigration', 'detention'],
    ['en', 'immigration arrested my husband at his green card interview', 'detention'],
    ['fr', "l'immigration a arrêté mon frère", 'detention'],
    ['tl', 'inaresto ng immigration ang tatay ko', 'detention'],
    ['vi', 'cảnh sát di trú đã bắt chồng tôi', 'detention'],
    ['ko', '이민국이 남편을 잡아갔어요', 'detention'],
    ['zh', '移民局把我爸爸带走了', 'detention'],
    ['ar', 'اعتقلت ICE زوجي', 'detention'],
    // A letter that proves one applied is the receipt notice (before: "Sorry, I can't help with that").
    ['en', 'I need a letter proving I applied', 'proofOfFiling'],
    // Fingerprints asked for again, or refused: prints the FBI could not read, common, a new notice and no new fee
    // (before: "Sorry, I can't help with that", a filing sent back, or a denied case's answer where one word says both).
    ['en', 'my fingerprints were rejected', 'fingerprintsAgain'],
    ['en', 'why do I have to do my fingerprints again?', 'fingerprintsAgain'],
    ['en', 'my biometrics were denied', 'fingerprintsAgain'],
    ['es', 'mis huellas fueron rechazadas', 'fingerprintsAgain'],
    ['es', 'tengo que dar mis huellas otra vez', 'fingerprintsAgain'],
    ['es', 'me rechazaron las huellas', 'fingerprintsAgain'],
    ['fr', 'je dois refaire mes empreintes', 'fingerprintsAgain'],
    ['vi', 'dấu vân tay của tôi bị từ chối', 'fingerprintsAgain'],
    ['vi', 'tôi phải lấy dấu vân tay lại', 'fingerprintsAgain'],
    ['tl', 'na-reject ang fingerprints ko', 'fingerprintsAgain'],
    ['zh', '我的指纹被拒了', 'fingerprintsAgain'],
    ['zh', '为什么要重新按指纹？', 'fingerprintsAgain'],
    ['ko', '지문이 거절됐어요', 'fingerprintsAgain'],
    ['ar', 'رفضوا بصماتي', 'fingerprintsAgain'],
    ['en', "I can't pay, my card didn't go through", 'payment'],
    // A case denied is still that (a missed or moved fingerprint appointment too: see appointmentChange above).
    ['en', 'my N-400 was denied', 'denied'],
    // A motion to reopen or to reconsider, Form I-290B, an appeal: the denial's answer, whose letter says how and by when.
    // Before: "Sorry, I can't help with that".
    ['en', 'what is a motion to reopen?', 'denied'],
    ['en', 'what is form I-290B?', 'denied'],
    ['en', 'how do I appeal the decision?', 'denied'],
    ['es', '¿qué es una moción para reabrir?', 'denied'],
    ['fr', 'comment faire une demande de réexamen ?', 'denied'],
    ['vi', 'làm sao để kháng cáo quyết định?', 'denied'],
    ['tl', 'paano mag-file ng motion to reopen?', 'denied'],
    ['zh', '怎么提交重新考虑动议？', 'denied'],
    ['ko', '재심 신청은 어떻게 해요?', 'denied'],
    ['ar', 'كيف أقدم طلب إعادة النظر؟', 'denied'],
    // What ID or documents to bring to an interview (before: "Sorry, I can't help with that", or what a form requires).
    ['en', 'what ID do I need for my interview', 'interview'],
    ['en', 'what documents do I need for my interview?', 'interview'],
    ['en', "I can't find my passport, do I need it for my interview?", 'interview'],
    ['es', '¿qué identificación llevo a mi entrevista?', 'interview'],
    ['es', '¿qué documentos necesito para la entrevista?', 'interview'],
    ['fr', "quelle pièce d'identité pour l'entretien ?", 'interview'],
    ['vi', 'cần giấy tờ tùy thân gì khi phỏng vấn', 'interview'],
    ['tl', 'anong ID ang dadalhin sa interview?', 'interview'],
    ['zh', '面谈要带什么证件？', 'interview'],
    ['ko', '인터뷰에 신분증을 가져가야 하나요?', 'interview'],
    ['ar', 'ما هي المستندات المطلوبة للمقابلة؟', 'interview'],
    // Preparing for it (before: "Sorry").
    ['ar', 'كيف أحضّر لمقابلة الجنسية؟', 'interview'],
    // A passport lost, stolen or expired: one's country's embassy or consulate; a lost visa does not shorten the stay
    // (before: "Sorry, I can't help with that"). A lost U.S. passport too (before: how a new citizen applies).
    ['en', 'I lost my passport', 'lostPassport'],
    ['en', 'I lost my passport with my visa in it', 'lostPassport'],
    ['en', 'my passport expired, is my visa still valid?', 'lostPassport'],
    ['en', 'I lost my US passport', 'lostPassport'],
    ['es', 'perdí mi pasaporte', 'lostPassport'],
    ['es', 'me robaron el pasaporte', 'lostPassport'],
    ['fr', "j'ai perdu mon passeport", 'lostPassport'],
    ['vi', 'tôi bị mất hộ chiếu', 'lostPassport'],
    ['tl', 'nawala ang passport ko', 'lostPassport'],
    ['zh', '我的护照丢了', 'lostPassport'],
    ['ko', '여권을 잃어버렸어요', 'lostPassport'],
    ['ar', 'فقدت جواز سفري', 'lostPassport'],
    // A USCIS office: by appointment only (before: the Contact Center's hours, or "Sorry, I can't help with that").
    ['en', 'where is the nearest USCIS office', 'fieldOffice'],
    ['en', 'can I walk in to the uscis office without an appointment', 'fieldOffice'],
    ['en', 'can I go in person to USCIS to ask about my case?', 'fieldOffice'],
    ['es', '¿dónde queda la oficina de inmigración más cercana?', 'fieldOffice'],
    ['es', '¿puedo ir a la oficina sin cita?', 'fieldOffice'],
    ['fr', "où est le bureau de l'USCIS le plus proche ?", 'fieldOffice'],
    ['vi', 'văn phòng USCIS gần nhất ở đâu?', 'fieldOffice'],
    ['tl', 'saan ang pinakamalapit na opisina ng USCIS?', 'fieldOffice'],
    ['zh', '最近的移民局在哪里？', 'fieldOffice'],
    ['ko', '가까운 이민국 사무소가 어디예요?', 'fieldOffice'],
    ['ar', 'أين أقرب مكتب الهجرة؟', 'fieldOffice'],
    // Going before the day on the notice (before: what the online account does, or a status check to confirm).
    ['es', '¿puedo ir antes de mi cita de huellas?', 'fieldOffice'],
    ['en', 'can I go to biometrics early?', 'fieldOffice'],
    // An appointment gone to early or without one, said in other words (before: "Sorry", what the online account does, or
    // in Korean when the notice says the date).
    ['en', 'Can I do biometrics early?', 'fieldOffice'],
    ['en', 'can I go to my fingerprint appointment early?', 'fieldOffice'],
    ['es', '¿puedo hacer las huellas antes?', 'fieldOffice'],
    ['fr', 'puis-je aller à mon rendez-vous biométrique en avance ?', 'fieldOffice'],
    ['vi', 'tôi có thể đi lăn tay sớm không?', 'fieldOffice'],
    ['tl', 'puwede ba akong pumunta nang maaga sa biometrics?', 'fieldOffice'],
    ['zh', '可以提前去打指纹吗？', 'fieldOffice'],
    ['ko', '지문 찍으러 일찍 가도 되나요?', 'fieldOffice'],
    ['ar', 'هل يمكنني الذهاب إلى موعد البصمات مبكرًا؟', 'fieldOffice'],
    // Guard row (passed before): without an appointment at all.
    ['en', 'can I walk in for biometrics?', 'fieldOffice'],
    ['en', 'can I go before my appointment date?', 'fieldOffice'],
    // A receipt number's three letters, or the office they name (before: which number is which, how the online account
    // is used, or the receipt question): the office that first took the case in; no visits; the Contact Center.
    ['en', 'what does EAC mean?', 'serviceCenter'],
    ['en', 'what is the national benefits center?', 'serviceCenter'],
    ['en', 'which service center has my case?', 'serviceCenter'],
    ['es', '¿qué significa IOE en mi recibo?', 'serviceCenter'],
    ['fr', 'que signifie IOE sur mon reçu ?', 'serviceCenter'],
    ['vi', 'EAC là gì?', 'serviceCenter'],
    ['zh', 'EAC是什么意思？', 'serviceCenter'],
    ['ko', '접수번호 앞의 EAC는 무슨 뜻이에요?', 'serviceCenter'],
    ['tl', 'ano ang ibig sabihin ng IOE sa receipt ko?', 'serviceCenter'],
    ['ar', 'ماذا يعني EAC في رقم الإيصال؟', 'serviceCenter'],
    // Asking for asylum: Form I-589, the one-year rule, the court if one is in court, fees on the form's page, a lawyer
    // first (before: "Sorry, I can't help with that").
    ['en', 'Can I apply for asylum here?', 'asylum'],
    ['en', 'how do I apply for asylum?', 'asylum'],
    ['es', '¿cómo pido asilo?', 'asylum'],
    ['fr', "comment demander l'asile ?", 'asylum'],
    ['vi', 'làm sao để xin tị nạn?', 'asylum'],
    ['tl', 'paano mag-apply ng asylum?', 'asylum'],
    ['zh', '怎么申请庇护？', 'asylum'],
    ['ko', '망명 신청은 어떻게 해요?', 'asylum'],
    ['ar', 'كيف أطلب اللجوء؟', 'asylum'],
    // A travel document: Form I-131 before leaving, advance parole, a reentry permit or a refugee travel document, and
    // the border still decides (before: "Sorry, I can't help with that", or the lawyer answer for any word of travel).
    ['en', 'How do I get a reentry permit?', 'travelDocument'],
    ['en', 'How do I apply for advance parole?', 'travelDocument'],
    ['es', '¿cómo saco un permiso de viaje?', 'travelDocument'],
    ['fr', 'comment obtenir un permis de retour ?', 'travelDocument'],
    ['vi', 'làm sao xin giấy phép tái nhập?', 'travelDocument'],
    ['tl', 'paano kumuha ng advance parole?', 'travelDocument'],
    ['zh', '怎么申请回美证？', 'travelDocument'],
    ['ko', '재입국 허가서를 어떻게 받아요?', 'travelDocument'],
    ['ar', 'كيف أحصل على تصريح إعادة الدخول؟', 'travelDocument'],
    // A 2-year green card's conditions: Form I-751 in the 90 days before it expires (before: a status check to confirm,
    // or the card's replacement, which says only that another form is needed). A lost one is still replaced.
    ['en', 'How do I remove conditions on my green card?', 'removeConditions'],
    ['en', 'my conditional green card expires next month', 'removeConditions'],
    ['en', 'I lost my conditional green card', 'replaceCard'],
    // A card lost on a trip is still the card's replacement.
    ['en', 'I lost my green card while traveling', 'replaceCard'],
    ['en', 'if I lose my green card what do I do?', 'replaceCard'],
    ['es', 'perdí mi green card en México', 'replaceCard'],
    ['es', 'tengo una green card condicional que vence pronto', 'removeConditions'],
    ['fr', 'ma carte verte conditionnelle expire bientôt', 'removeConditions'],
    ['vi', 'thẻ xanh 2 năm của tôi sắp hết hạn', 'removeConditions'],
    ['tl', 'paano mag-file ng I-751?', 'removeConditions'],
    ['zh', '条件绿卡怎么转十年？', 'removeConditions'],
    ['ko', '조건부 영주권 조건 해제는 어떻게 해요?', 'removeConditions'],
    ['ar', 'كيف أزيل الشروط عن البطاقة الخضراء المشروطة؟', 'removeConditions'],
    // The green card lottery: the Department of State's, free only on its own site, results never emailed (before:
    // "Sorry, I can't help with that").
    ['en', 'What is the green card lottery?', 'dvLottery'],
    ['es', '¿cómo entro a la lotería de visas?', 'dvLottery'],
    ['fr', 'comment participer à la loterie de la carte verte ?', 'dvLottery'],
    ['vi', 'làm sao đăng ký xổ số thẻ xanh?', 'dvLottery'],
    ['tl', 'paano sumali sa green card lottery?', 'dvLottery'],
    ['zh', '绿卡抽签怎么报名？', 'dvLottery'],
    ['ko', '영주권 추첨은 어떻게 신청해요?', 'dvLottery'],
    ['ar', 'كيف أشارك في قرعة الهجرة؟', 'dvLottery'],
    // What a certificate of naturalization is: given at the oath ceremony, proof for a passport, Form N-565 to replace or
    // correct it (before: how to become a citizen, Form N-400).
    ['en', 'what is a certificate of naturalization?', 'naturalizationCertificate'],
    ['en', 'there is a mistake on my naturalization certificate', 'naturalizationCertificate'],
    ['es', '¿qué es el certificado de naturalización?', 'naturalizationCertificate'],
    ['fr', "c'est quoi le certificat de naturalisation ?", 'naturalizationCertificate'],
    ['vi', 'giấy chứng nhận nhập tịch là gì?', 'naturalizationCertificate'],
    ['tl', 'ano ang certificate of naturalization?', 'naturalizationCertificate'],
    ['zh', '入籍证书是什么？', 'naturalizationCertificate'],
    ['ko', '귀화 증서가 뭐예요?', 'naturalizationCertificate'],
    ['ar', 'ما هي شهادة التجنس؟', 'naturalizationCertificate'],
    // Guard rows (passed before): a lost one is replaced; a citizen through a parent has the other certificate.
    ['en', 'I lost my naturalization certificate', 'replaceCertificate'],
    ['en', 'what is the certificate of citizenship?', 'citizenshipCertificate'],
    // A certificate of citizenship through a parent: Form N-600, a passport proves it too (before: "Sorry, I can't help
    // with that"). A lost one is still replaced with Form N-565.
    ['en', 'How do I get a certificate of citizenship?', 'citizenshipCertificate'],
    ['en', 'I am a citizen through my father, what do I need?', 'citizenshipCertificate'],
    // A green card lost, stolen or expired while abroad: Form I-131A and a consulate, not Form I-90 (before: the
    // replacement's Form I-90, a travel document filed before leaving, the time abroad, or a status check to confirm).
    ['en', "I'm outside the US and lost my green card", 'cardLostAbroad'],
    ['en', 'my green card expired while I was abroad', 'cardLostAbroad'],
    ['en', "I'm stuck abroad, my reentry permit expired", 'cardLostAbroad'],
    ['es', 'estoy fuera de Estados Unidos y perdí mi green card', 'cardLostAbroad'],
    ['fr', "je suis à l'étranger et j'ai perdu ma carte verte", 'cardLostAbroad'],
    ['vi', 'tôi đang ở Việt Nam và bị mất thẻ xanh', 'cardLostAbroad'],
    ['zh', '我在国外，绿卡丢了', 'cardLostAbroad'],
    ['ko', '한국에서 영주권을 잃어버렸어요', 'cardLostAbroad'],
    ['tl', 'nasa Pilipinas ako at nawala ang green card ko', 'cardLostAbroad'],
    ['ar', 'أنا خارج الولايات المتحدة وفقدت بطاقتي الخضراء', 'cardLostAbroad'],
    // A child's citizenship through a parent, asked by the parent (before: "Sorry").
    ['en', 'can my kids get citizenship through me?', 'citizenshipCertificate'],
    ['en', 'does my son automatically become a citizen?', 'citizenshipCertificate'],
    ['en', 'I lost my certificate of citizenship', 'replaceCertificate'],
    ['es', '¿cómo saco el certificado de ciudadanía?', 'citizenshipCertificate'],
    ['fr', 'comment obtenir un certificat de citoyenneté ?', 'citizenshipCertificate'],
    ['vi', 'làm sao xin giấy chứng nhận quốc tịch?', 'citizenshipCertificate'],
    ['tl', 'paano kumuha ng certificate of citizenship?', 'citizenshipCertificate'],
    ['zh', '怎么申请公民证书？', 'citizenshipCertificate'],
    ['ko', '시민권 증서를 어떻게 받아요?', 'citizenshipCertificate'],
    ['ar', 'كيف أحصل على شهادة الجنسية؟', 'citizenshipCertificate'],
    // The green card medical exam: Form I-693 by a civil surgeon, USCIS's locator, paid to the doctor (before: the
    // receipt question with no word of why, or filing a form online to confirm).
    ['en', 'Where do I get my medical exam for the green card?', 'medicalExam'],
    ['en', 'do I need vaccines for my green card', 'medicalExam'],
    ['es', '¿dónde me hago el examen médico para la residencia?', 'medicalExam'],
    ['fr', "où faire l'examen médical pour la carte verte ?", 'medicalExam'],
    ['vi', 'khám sức khỏe thẻ xanh ở đâu?', 'medicalExam'],
    ['tl', 'saan magpa-medical exam para sa green card?', 'medicalExam'],
    ['zh', '绿卡体检去哪里做？', 'medicalExam'],
    ['ko', '영주권 신체검사는 어디서 해요?', 'medicalExam'],
    ['ar', 'أين أجري الفحص الطبي للبطاقة الخضراء؟', 'medicalExam'],
];

const BEFORE_STATUS_CHECK: ReadonlyArray<readonly [language: string, said: string, matter: 'filedByLawyer' | 'messageDoubted' | 'cardWrongAddress' | 'cardNotDelivered' | 'noticeNotDelivered' | 'oathCeremony' | 'afterBiometrics' | 'afterInterview' | 'afterFiling' | 'appointment' | 'letter']> = [
    // A Korean interview told as done with "면접" and a whole verb form (before: "Sorry"; "면접을 봤" never matched).
    ['ko', '면접을 봤어요 다음은요?', 'afterInterview'],
    // A case a lawyer filed: checked here like any other, with its receipt number, which the lawyer's copy of the
    // notice has (before: the lawyer's answer alone, or a status check to confirm).
    ['en', 'my lawyer filed my case, can I still check it here?', 'filedByLawyer'],
    ['en', 'my attorney has my receipt number', 'filedByLawyer'],
    ['es', 'mi abogado presentó mi caso, ¿puedo verlo aquí?', 'filedByLawyer'],
    ['fr', 'mon avocat a déposé mon dossier, je peux vérifier ici ?', 'filedByLawyer'],
    ['vi', 'luật sư đã nộp hồ sơ cho tôi, tôi có thể kiểm tra ở đây không?', 'filedByLawyer'],
    ['tl', 'abogado ko ang nag-file, puwede ko bang i-check dito?', 'filedByLawyer'],
    ['zh', '我的案子是律师递交的，我可以在这里查吗？', 'filedByLawyer'],
    ['zh', '律师帮我递交的，我可以在这里查吗？', 'filedByLawyer'],
    ['ko', '변호사가 접수했는데 여기서 확인할 수 있나요?', 'filedByLawyer'],
    ['ar', 'المحامي قدم ملفي، هل يمكنني التحقق منه هنا؟', 'filedByLawyer'],
    // A text or email about a case, doubted or contradicted by the website: trust USCIS's own site; USCIS never asks for
    // money, a password or a code. Before: what the status it names means ("Case Was Approved"), as if it were so.
    ['en', 'I got a text saying my case was approved but the website says otherwise', 'messageDoubted'],
    ['en', 'someone texted me that my case was denied, is it real?', 'messageDoubted'],
    ['en', 'I got an email saying my case was approved but the website says case was received', 'messageDoubted'],
    ['en', 'is this email from uscis legit?', 'messageDoubted'],
    // A card mailed to the wrong address (before: the Contact Center's numbers, a mistake on a card in Spanish, how to
    // change an address, to confirm, or "Sorry"): the Post Office does not forward USCIS's cards, so one undelivered goes
    // back to USCIS (which the status shows); the address first; e-Request or a new card.
    ['en', 'USCIS sent my card to the wrong address', 'cardWrongAddress'],
    ['en', 'my green card went to my old address', 'cardWrongAddress'],
    ['en', 'I moved before my card arrived', 'cardWrongAddress'],
    ['zh', '律师帮我递交的，我可以在这里查吗？', 'filedByLawyer'],
    ['es', 'enviaron mi tarjeta a una dirección equivocada', 'cardWrongAddress'],
    ['fr', 'ma carte verte a été envoyée à la mauvaise adresse', 'cardWrongAddress'],
    ['vi', 'thẻ xanh bị gửi sai địa chỉ', 'cardWrongAddress'],
    ['zh', '我的卡寄错地址了', 'cardWrongAddress'],
    ['ko', '카드가 다른 주소로 갔어요', 'cardWrongAddress'],
    ['tl', 'naipadala sa maling address ang green card ko', 'cardWrongAddress'],
    ['ar', 'أرسلوا بطاقتي إلى عنوان خاطئ', 'cardWrongAddress'],
    // A notice that never came: the status says when it was mailed; the address, then e-Request. Before: adding a paper
    // case to confirm, out of scope, or nothing said of the notice.
    ['en', 'I never received my receipt notice', 'noticeNotDelivered'],
    // A receipt said without "notice" (before: a status check to confirm).
    ['en', "USCIS cashed my check but I didn't get a receipt", 'noticeNotDelivered'],
    ['en', 'I never got a receipt', 'noticeNotDelivered'],
    ["en", "I didn't get the approval notice in the mail", 'noticeNotDelivered'],
    // A status title with a card not come beside it: the card, then the check (not what "Case Was Approved" means,
    // said as if the card were on its way).
    ['en', "my case was approved but I haven't received my green card", 'cardNotDelivered'],
    ['en', 'it says card was mailed to me but I never got it', 'cardNotDelivered'],
    // The card's mailing retold in another language, and not received: the card not come, read beside that title.
    ['zh', '我的卡已经寄出了但是还没收到', 'cardNotDelivered'],
    ['fr', "ma carte a été envoyée mais je ne l'ai pas reçue", 'cardNotDelivered'],
    ['ko', '카드가 발송됐는데 아직 못 받았어요', 'cardNotDelivered'],
    ['es', 'mi caso fue aprobado pero no me ha llegado la tarjeta', 'cardNotDelivered'],
    // The Postal Service's tracking said to show nothing (before: what "Card Was Mailed To Me" means, or "Sorry").
    ['en', 'My EAD card was mailed but USPS tracking shows nothing', 'cardNotDelivered'],
    ['en', "the tracking number for my green card doesn't work", 'cardNotDelivered'],
    ['es', 'mi tarjeta fue enviada pero el rastreo de USPS no muestra nada', 'cardNotDelivered'],
    ['fr', 'ma carte a été envoyée mais le suivi USPS ne montre rien', 'cardNotDelivered'],
    ['zh', '卡寄出了但是USPS查不到', 'cardNotDelivered'],
    ['vi', 'thẻ đã gửi nhưng tra USPS không thấy gì', 'cardNotDelivered'],
    ['en', 'I never got a letter from USCIS', 'noticeNotDelivered'],
    ['es', 'me llegó un mensaje de texto que dice que aprobaron mi caso, ¿es verdad?', 'messageDoubted'],
    ['es', 'nunca recibí el aviso de recibo', 'noticeNotDelivered'],
    ['es', 'no me llegó ninguna carta de USCIS', 'noticeNotDelivered'],
    ['fr', "j'ai reçu un SMS qui dit que mon dossier est approuvé, c'est vrai ?", 'messageDoubted'],
    ['fr', "je n'ai jamais reçu mon avis de réception", 'noticeNotDelivered'],
    ['vi', 'tôi nhận được tin nhắn nói hồ sơ được chấp thuận, có thật không?', 'messageDoubted'],
    ['vi', 'tôi chưa nhận được giấy thông báo biên nhận', 'noticeNotDelivered'],
    ['tl', 'may text sa akin na approved na raw ang kaso ko, totoo ba?', 'messageDoubted'],
    ['tl', 'hindi ko natanggap ang receipt notice ko', 'noticeNotDelivered'],
    ['zh', '我收到短信说我的案子批准了，是真的吗？', 'messageDoubted'],
    ['zh', '我一直没收到批准通知', 'noticeNotDelivered'],
    ['ko', '케이스가 승인됐다는 문자를 받았는데 진짜인가요?', 'messageDoubted'],
    ['ko', '접수증을 아직 못 받았어요', 'noticeNotDelivered'],
    ['ar', 'وصلتني رسالة نصية تقول إن ملفي تمت الموافقة عليه، هل هذا صحيح؟', 'messageDoubted'],
    ['ar', 'لم يصلني إشعار الاستلام', 'noticeNotDelivered'],
    // A letter: its receipt number shows the status; the letter, or a lawyer, says what it asks. Before: the contact
    // details to confirm, or out of scope.
    ['en', 'I got a letter from USCIS', 'letter'],
    // A letter that says what a status title says: the letter's answer, then its case's status (before: the receipt
    // question alone for a denial, read as the denial's words though they are the title's).
    ['en', 'I got a letter saying my case was denied', 'letter'],
    // Guard row (passed before): the same letter for an approval.
    ['en', 'I got a letter saying my case was approved', 'letter'],
    ['en', 'I received a notice in the mail but I don\'t understand it', 'letter'],
    ['es', 'me llegó una carta de USCIS', 'letter'],
    // Guard rows: a letter from immigration, in Spanish or English, is still USCIS's (not ICE's, added beside it).
    ['en', 'I got a letter from immigration', 'letter'],
    ['es', 'me llegó una carta de inmigración', 'letter'],
    // Before: "Sorry".
    ['ko', '편지를 받았는데 무슨 뜻인지 모르겠어요', 'letter'],
    ['fr', "j'ai reçu une lettre de l'USCIS", 'letter'],
    ['vi', 'tôi nhận được thư của USCIS', 'letter'],
    ['tl', 'nakatanggap ako ng sulat galing sa USCIS', 'letter'],
    ['zh', '移民局给我发了一封信', 'letter'],
    ['ko', 'USCIS에서 편지가 왔어요', 'letter'],
    ['ar', 'وصلتني رسالة من الهجرة', 'letter'],
    // The letter named after what one got, not before it (before: "Sorry", the contact details to confirm).
    ['en', "I don't understand the letter I got from immigration", 'letter'],
    ['es', 'no entiendo la carta que me llegó de inmigración', 'letter'],
    ['fr', "je ne comprends pas la lettre que j'ai reçue de l'immigration", 'letter'],
    ['en', "I didn't receive my card in the mail", 'cardNotDelivered'],
    // "Thẻ" alone, after "nhận được" (received) (before: a status check to confirm).
    ['vi', 'tôi chưa nhận được thẻ', 'cardNotDelivered'],
    ['en', 'my green card never arrived', 'cardNotDelivered'],
    ['en', 'where is my work permit card', 'cardNotDelivered'],
    ['en', 'when is my interview?', 'appointment'],
    // An appointment named alone, the whole message (before: what the online account does, "Sorry", keeping one's account
    // safe in French, or a status check to confirm).
    ['en', 'fingerprint appointment', 'appointment'],
    ['en', 'finger print', 'appointment'],
    ['en', 'my interview', 'appointment'],
    ['es', 'cita de huellas', 'appointment'],
    ['fr', 'rendez-vous biométrique', 'appointment'],
    ['vi', 'lịch phỏng vấn', 'appointment'],
    ['tl', 'biometrics appointment', 'appointment'],
    ['zh', '指纹预约', 'appointment'],
    ['ko', '지문 예약', 'appointment'],
    ['ar', 'موعد البصمات', 'appointment'],
    // Guard rows (passed before): when to go is the notice's, not whether to.
    ['en', 'what time do I have to go to the interview?', 'appointment'],
    ['en', 'how early should I arrive for my interview?', 'appointment'],
    // What to do before one (before: what the online account does).
    ['en', 'what should I do before my biometrics appointment?', 'appointment'],
    ['es', '¿a qué hora tengo que ir a la entrevista?', 'appointment'],
    // Misspelled (before: USCIS's processing times, as if it asked when the case ends).
    ['en', 'when is my apointment', 'appointment'],
    // What to bring to fingerprints: the notice says (before, in Spanish "qué llevo": what the online account is for).
    ['en', 'what should I bring to my biometrics appointment', 'appointment'],
    // When to get there: the notice's time (before: "Sorry").
    ['en', 'how early should I arrive for biometrics', 'appointment'],
    ['es', '¿qué tan temprano debo llegar a la cita de huellas?', 'appointment'],
    ['es', 'tengo cita biométrica, qué llevo', 'appointment'],
    // The oath ceremony: the N-445 notice, and how to ask for another date (before: the interview's notice answer, or
    // out of scope for "I can't go").
    ['en', 'I passed my interview, when is my oath ceremony?', 'oathCeremony'],
    // Family brought to the ceremony (English before: the lawyer's answer, read from "bring my family"; the Spanish was
    // the ceremony's already). The ceremony's answer now says who may come and what to wear.
    ['en', 'can I bring my family to the oath ceremony?', 'oathCeremony'],
    ['es', '¿puedo llevar a mi familia a la ceremonia de juramento?', 'oathCeremony'],
    ['en', "I can't go to my oath ceremony", 'oathCeremony'],
    ['es', '¿cuándo es mi ceremonia de juramento?', 'oathCeremony'],
    ['fr', 'je ne peux pas aller à ma cérémonie de prestation de serment', 'oathCeremony'],
    ['vi', 'khi nào tôi đi lễ tuyên thệ?', 'oathCeremony'],
    ['tl', 'kailan ang oath ceremony ko?', 'oathCeremony'],
    ['zh', '我的宣誓仪式是什么时候？', 'oathCeremony'],
    ['ko', '선서식이 언제예요?', 'oathCeremony'],
    ['ar', 'متى حفل أداء اليمين؟', 'oathCeremony'],
    // The certificate of naturalization is handed over at the ceremony (before: the N-600's certificate of citizenship,
    // for a citizen through a parent, or how to file Form N-400).
    ['en', 'when do I get my naturalization certificate?', 'oathCeremony'],
    ['en', 'when do I get my citizenship certificate?', 'oathCeremony'],
    ['es', '¿cuándo me dan el certificado de naturalización?', 'oathCeremony'],
    ['en', 'when is my biometrics appointment?', 'appointment'],
    // Moved by USCIS, not by the user: when the new one is.
    ['en', 'my interview was rescheduled, when is it?', 'appointment'],
    // Before: USCIS's usual processing times.
    ['en', 'when is my appointment?', 'appointment'],
    ['es', '¿cuándo es mi cita?', 'appointment'],
    // Before: the answer about what the online account does, which has the Contact Center's number among much else.
    ['es', 'no me ha llegado la tarjeta por correo', 'cardNotDelivered'],
    ['es', 'mi green card nunca llegó', 'cardNotDelivered'],
    // Written as it sounds, the h dropped (before: "Sorry, I can't help with that").
    ['es', 'no me a llegado mi tarjeta', 'cardNotDelivered'],
    ['es', '¿cuándo es mi entrevista?', 'appointment'],
    ['fr', "je n'ai jamais reçu ma green card", 'cardNotDelivered'],
    ['fr', "ma carte verte n'est pas arrivée", 'cardNotDelivered'],
    ['fr', "c'est quand mon entretien ?", 'appointment'],
    ['vi', 'tôi chưa nhận được thẻ xanh qua bưu điện', 'cardNotDelivered'],
    ['vi', 'thẻ xanh của tôi đâu rồi', 'cardNotDelivered'],
    ['vi', 'khi nào tôi đi phỏng vấn?', 'appointment'],
    ['tl', 'hindi ko pa natatanggap ang green card ko', 'cardNotDelivered'],
    ['tl', 'nasaan na po yung card ko? hindi pa dumarating', 'cardNotDelivered'],
    ['tl', 'kailan po ang biometrics ko?', 'appointment'],
    ['zh', '我一直没收到绿卡', 'cardNotDelivered'],
    ['zh', '工卡已经寄出一个多月了还没收到', 'cardNotDelivered'],
    ['zh', '我的面谈是什么时候？', 'appointment'],
    ['ko', '영주권 카드가 아직 안 왔어요', 'cardNotDelivered'],
    ['ko', '노동허가증을 우편으로 못 받았어요', 'cardNotDelivered'],
    ['ko', '인터뷰 날짜가 언제예요?', 'appointment'],
    ['ar', 'لم تصلني البطاقة الخضراء حتى الآن', 'cardNotDelivered'],
    ['ar', 'الكرت ما وصلني بالبريد', 'cardNotDelivered'],
    ['ar', 'متى موعد المقابلة؟', 'appointment'],
    // Asked in Modern Standard Arabic, "has my card been sent?" was read as keeping an account safe.
    ['ar', 'هل تم إرسال بطاقتي؟', 'cardNotDelivered'],
    // "Nothing came", "no la recibí", and a card shown delivered in Chinese (before: the receipt question alone, or "Sorry").
    ['en', 'my card was approved 3 weeks ago but nothing came', 'cardNotDelivered'],
    ['es', 'USCIS dice que entregaron mi tarjeta pero no la recibí', 'cardNotDelivered'],
    ['zh', '系统显示卡已经送达，但是我没收到', 'cardNotDelivered'],
    // What comes after fingerprints: background checks, then an interview, a request for evidence or a decision, by the
    // form (before: USCIS's usual times alone, which an earlier row here asked for, or "Sorry" in Korean); the status shows
    // which.
    ['vi', 'sau khi lăn tay thì sao?', 'afterBiometrics'],
    ['tl', 'ano ang mangyayari pagkatapos ng biometrics?', 'afterBiometrics'],
    ['zh', '按完指纹以后呢', 'afterBiometrics'],
    // Told as done, with what now (before: "Sorry, I can't help with that", a status check to confirm, which number is
    // which, or in French "there is nothing to cancel").
    ['en', 'they took my fingerprints, what now?', 'afterBiometrics'],
    ['en', 'I did my biometrics', 'afterBiometrics'],
    ['es', 'ya me tomaron las huellas, ¿y ahora qué?', 'afterBiometrics'],
    ['fr', 'ils ont pris mes empreintes, et maintenant ?', 'afterBiometrics'],
    ['zh', '已经按了指纹，接下来呢', 'afterBiometrics'],
    ['ko', '지문 찍었는데 이제 뭐 해요?', 'afterBiometrics'],
    ['vi', 'tôi đã lăn tay rồi, tiếp theo là gì', 'afterBiometrics'],
    ['ar', 'أخذوا بصماتي، ماذا بعد؟', 'afterBiometrics'],
    ['tl', 'nag-fingerprint na ako, ano na ang susunod?', 'afterBiometrics'],
    // What comes after an interview: a decision that day or later, Form N-652 for citizenship, most others by mail,
    // papers asked for sent by their date, e-Request past the usual time (before: what to bring to an interview, the
    // receipt question alone, the notice of an appointment, or "Sorry"; "what happens after the interview" got what to
    // bring).
    ['en', "I had my interview, what's next?", 'afterInterview'],
    ['en', 'what happens after the interview', 'afterInterview'],
    ['en', 'they gave me a paper at the interview', 'afterInterview'],
    ['es', 'ya tuve mi entrevista, ¿qué sigue?', 'afterInterview'],
    ['fr', "j'ai eu mon entretien, et maintenant ?", 'afterInterview'],
    ['zh', '面试完了，接下来呢', 'afterInterview'],
    ['zh', '面试过了三个月还没消息', 'afterInterview'],
    ['ko', '인터뷰 끝났는데 이제 뭐 해요?', 'afterInterview'],
    ['vi', 'tôi phỏng vấn xong rồi, giờ sao?', 'afterInterview'],
    ['ar', 'انتهت المقابلة، ماذا بعد؟', 'afterInterview'],
    ['tl', 'tapos na ang interview ko, ano na?', 'afterInterview'],
    ['ko', '바이오메트릭스 후에 뭐 해요?', 'afterBiometrics'],
    ['en', 'what happens after biometrics?', 'afterBiometrics'],
    ['en', "what's next after my fingerprints", 'afterBiometrics'],
    ['es', '¿qué pasa después de las huellas?', 'afterBiometrics'],
    ['fr', 'que se passe-t-il après la biométrie ?', 'afterBiometrics'],
    ['vi', 'sau khi lấy dấu vân tay thì sao?', 'afterBiometrics'],
    ['zh', '打完指纹之后呢？', 'afterBiometrics'],
    ['ko', '지문 찍은 다음에는 뭐가 있어요?', 'afterBiometrics'],
    ['tl', 'ano ang susunod pagkatapos ng biometrics?', 'afterBiometrics'],
    ['ar', 'ماذا يحدث بعد البصمات؟', 'afterBiometrics'],
    // What comes after a form is filed: the receipt notice, often fingerprints, then evidence asked for, an interview or a
    // decision (before: how to file a form online, the receipt question alone, adding a paper case, or "Sorry").
    ['en', 'I submitted my N-400 online yesterday, what happens next?', 'afterFiling'],
    // Guard row (passed before): filed online, what comes next is still what comes after a filing.
    ['en', 'I filed online, what happens next?', 'afterFiling'],
    ['en', 'what happens after I file my application?', 'afterFiling'],
    ['en', "I just mailed my I-130, what's next?", 'afterFiling'],
    ['es', 'ya envié mi solicitud, ¿qué sigue?', 'afterFiling'],
    ['fr', "j'ai envoyé mon dossier, et maintenant ?", 'afterFiling'],
    ['vi', 'tôi đã nộp đơn rồi, bước tiếp theo là gì?', 'afterFiling'],
    ['zh', '我已经递交了申请，接下来怎么办？', 'afterFiling'],
    ['ko', '신청서를 보냈는데 다음에 뭐 해요?', 'afterFiling'],
    ['tl', 'naipadala ko na ang application ko, ano ang susunod?', 'afterFiling'],
    ['ar', 'قدمت طلبي، ماذا بعد؟', 'afterFiling'],
    // The receipt notice come, and what next (before: "Sorry", how the account is used, which number is which, a status
    // check to confirm, or adding a case after signing in).
    ['en', "I got my receipt notice, what's next?", 'afterFiling'],
    ['en', 'I received the receipt, now what', 'afterFiling'],
    ['es', 'ya me llegó el recibo, qué sigue', 'afterFiling'],
    ['fr', "j'ai reçu mon avis de réception, et maintenant ?", 'afterFiling'],
    ['zh', '我收到收据了，下一步是什么？', 'afterFiling'],
    ['vi', 'tôi đã nhận được giấy biên nhận, bước tiếp theo là gì?', 'afterFiling'],
    ['ko', '접수증 받았어요. 다음은 뭐예요?', 'afterFiling'],
    ['tl', 'natanggap ko na ang receipt notice, ano ang susunod?', 'afterFiling'],
    ['ar', 'وصلني إشعار الاستلام، ما الخطوة التالية؟', 'afterFiling'],
    // A citizenship interview passed: the oath ceremony's notice comes next (before: what happens at an interview).
    ['en', 'I passed my citizenship interview, what now?', 'oathCeremony'],
    ['es', 'pasé la entrevista de ciudadanía, ¿y ahora qué?', 'oathCeremony'],
    ['fr', "j'ai réussi l'entretien de naturalisation, et maintenant ?", 'oathCeremony'],
    ['vi', 'tôi đậu phỏng vấn quốc tịch rồi, giờ sao?', 'oathCeremony'],
    ['zh', '入籍面试通过了，接下来呢？', 'oathCeremony'],
    ['ko', '시민권 인터뷰 통과했어요. 이제 뭐 해요?', 'oathCeremony'],
    ['tl', 'pumasa ako sa citizenship interview, ano na?', 'oathCeremony'],
    ['ar', 'نجحت في مقابلة الجنسية، ماذا بعد؟', 'oathCeremony'],
];

const STILL_THE_QUESTION: ReadonlyArray<readonly [language: string, said: string, key: string]> = [
    // How long citizenship takes is USCIS's usual times, not who can apply.
    ['en', 'how long is the wait for citizenship?', 'prompts.stepHelp.processingTime.general'],
    // Where a number is on a green card asks which number is which, not a card that never came ("where is my").
    ['en', 'where is my A number on my green card?', 'faq.answers.numbers.short'],
    ['en', 'where is the USCIS number on my work permit?', 'faq.answers.numbers.short'],
    // A card's replacement or renewal asked about by its time: USCIS's usual times (before, in these languages: the
    // replacement's steps; English and Spanish below, in NOT_A_MATTER).
    ['fr', 'combien de temps pour remplacer ma carte verte ?', 'prompts.stepHelp.processingTime.general'],
    ['vi', 'thay thẻ xanh mất bao lâu?', 'prompts.stepHelp.processingTime.general'],
    ['tl', 'gaano katagal ang renew ng green card?', 'prompts.stepHelp.processingTime.general'],
    ['zh', '补办绿卡要多久？', 'prompts.stepHelp.processingTime.general'],
    ['ko', '영주권 갱신은 얼마나 걸려요?', 'prompts.stepHelp.processingTime.general'],
    ['ar', 'كم يستغرق تجديد البطاقة الخضراء؟', 'prompts.stepHelp.processingTime.general'],
    // How long citizenship or a green card takes, in Arabic, with "كم يستغرق" or its feminine "كم تستغرق" (before: citizenship's answer, or the status check to
    // confirm).
    ['ar', 'كم يستغرق الحصول على الجنسية؟', 'prompts.stepHelp.processingTime.general'],
    ['ar', 'كم تستغرق البطاقة الخضراء؟', 'prompts.stepHelp.processingTime.general'],
    // How long a green card through a family member takes is USCIS's usual times, not whom one may bring (before: the
    // legal-advice answer).
    ['en', 'how long does it take to get a green card through marriage', 'prompts.stepHelp.processingTime.general'],
    ['es', '¿cuánto tarda la residencia por matrimonio?', 'prompts.stepHelp.processingTime.general'],
    ['zh', '给父母办绿卡要多久', 'prompts.stepHelp.processingTime.general'],
    ['en', 'when will I get my green card?', 'prompts.stepHelp.processingTime.general'],
    ['en', 'I lost my receipt', 'prompts.missing.receipt.answer'],
    // Misspelled as people do on a small keyboard (before: "Sorry, I can't help with that").
    ['en', 'i lost my recipt', 'prompts.missing.receipt.answer'],
    ['es', '¿cuándo me llega mi green card?', 'prompts.stepHelp.processingTime.general'],
    ['es', 'perdí mi recibo', 'prompts.missing.receipt.answer'],
    ['fr', 'quand est-ce que je vais recevoir ma carte verte ?', 'prompts.stepHelp.processingTime.general'],
    ['fr', "j'ai perdu mon reçu", 'prompts.missing.receipt.answer'],
    ['vi', 'khi nào tôi nhận được thẻ xanh?', 'prompts.stepHelp.processingTime.general'],
    ['vi', 'tôi làm mất biên nhận rồi', 'prompts.missing.receipt.answer'],
    ['tl', 'kailan ko makukuha ang green card ko?', 'prompts.stepHelp.processingTime.general'],
    ['tl', 'nawala ang receipt ko', 'prompts.missing.receipt.answer'],
    ['zh', '我什么时候能拿到绿卡？', 'prompts.stepHelp.processingTime.general'],
    ['zh', '我的收据丢了', 'prompts.missing.receipt.answer'],
    ['ko', '영주권은 언제 받을 수 있어요?', 'prompts.stepHelp.processingTime.general'],
    ['ko', '접수 번호 잃어버렸어요', 'prompts.missing.receipt.answer'],
    ['ar', 'متى سأحصل على البطاقة الخضراء؟', 'prompts.stepHelp.processingTime.general'],
    ['ar', 'فقدت رقم الإيصال', 'prompts.missing.receipt.answer'],
];

// Asked about something else, though they name a card or speeding a case up: paying someone (the scams question), a lost
// receipt or account number, the status of a renewal, a card that is not USCIS's.
const NOT_A_MATTER: ReadonlyArray<readonly [language: string, said: string]> = [
    // A tax return or a bank statement sent to USCIS as evidence, a food bank, a Korean tax return asked of with no
    // status named, and a USCIS account opened: not the ITIN (guard rows, passed before).
    ['en', 'can I send my tax returns as evidence?'],
    ['en', 'can I go to the food bank without papers?'],
    ['es', '¿sirven mis estados de cuenta del banco como evidencia?'],
    ['ko', '세금 신고는 어떻게 해요?'],
    ['zh', '怎么在移民局开户'],
    // A fee waiver is not an immigration waiver (guard rows, passed before).
    ['zh', '怎么申请费用豁免'],
    // Paid twice by an employer is not a fee paid to USCIS (guard rows, passed before).
    ['en', 'my boss paid me double'],
    ['es', 'mi patrón me pagó doble'],
    // This chat asked whether it reports anyone (the privacy question), and immigration called or told by someone for their
    // own case: no threat (guard rows, passed before).
    ['en', 'will you report me to ICE?'],
    ['es', '¿ustedes me van a reportar a la migra?'],
    ['zh', '你们会举报我给移民局吗'],
    ['ar', 'هل ستبلغون الهجرة عني؟'],
    ['en', 'he reported his new address to immigration'],
    ['en', 'my husband wants to call immigration about his case'],
    ['es', 'mi esposo va a llamar a inmigración para preguntar por su caso'],
    ['zh', '我老公打电话给移民局问进度'],
    ['ko', '주소를 이민국에 신고하면 되나요?'],
    // A card to bring on a trip is no card taken (a guard row, passed before).
    ['en', 'do I need to take my green card to the airport?'],
    // A fee an employer did not pay, and pay owed by someone not named as an employer (guard rows, passed before).
    ['en', "my company didn't pay the fee for my H-1B"],
    ['en', "he didn't pay me"],
    // A child's own deportation feared is not a parent's plan for the children (guard rows, passed before).
    ['en', 'what happens to my son if he is deported?'],
    ['es', '¿qué pasa con mi hijo si lo deportan?'],
    ['zh', '我儿子被遣返了怎么办'],
    // Rights asked of immigration's law, not of an officer nor of a green card (a guard row, passed before).
    ['en', 'what are my rights under immigration law?'],
    // Guard row: a permit asked for a relative again is no relative's petition (before this change's not-with list,
    // the petition's answer).
    ['es', 'mi hija perdió su permiso de trabajo, ¿lo puedo pedir otra vez?'],
    // Guard rows (passed before): an account to register for, and the A-Number by its long name.
    ['en', 'I want to register'],
    ['en', 'what is my alien registration number?'],
    // Guard rows (passed before): a ticket's weight on a case, a USCIS officer asking for papers, a victim's police report.
    ['en', 'I got a ticket when I was pulled over, does it affect my citizenship application?'],
    ['en', 'the USCIS officer asked for my papers at my interview'],
    // Guard rows (passed before): an arrest feared, not told, is no one held; immigration in a hurry is no arrest.
    ['en', 'will I be arrested by immigration at my interview?'],
    ['es', '¿me pueden arrestar en la cita de inmigración?'],
    ['zh', '移民局能不能抓紧处理我的案子'],
    // Guard row (passed before): studying for an interview is not studying with a green card.
    ['en', "I'm studying for my green card interview"],
    // Where to send a form is on its page ("Where to File"), not which office a receipt number names (a guard row).
    ['en', 'where do I send my I-130? which service center?'],
    // A new address alone, with no card mailed, is how to change an address (a guard row).
    ['en', 'I moved, how do I change my address?'],
    // A move inside the country, with a green card named, is still the address (a guard row).
    ['en', "I'm moving to Texas next month, do I need to update my green card address?"],
    // A copy of one's own green card for a job is no relative's green card.
    ['en', 'I need a copy of my green card for my job'],
    // Whether, or when, a relative's petition is approved is its status, or USCIS's usual times.
    ['en', 'is my I-130 approved?'],
    ['en', 'when will my I-130 be approved'],
    // A relative's visit is not their green card.
    ['en', 'my mom is visiting next month, what should she bring'],
    // A marriage license is not a driver's license.
    ['es', 'necesito sacar la licencia de matrimonio'],
    // USCIS out of reach is not a lawyer out of reach.
    ['en', "I can't reach USCIS, do I need a lawyer?"],
    // Opting in to updates is not OPT, a student's work.
    ['en', 'I want to opt in to updates'],
    // A form named with something else asked about it is that question.
    ['en', 'what is the fee for the I-485'],
    ['en', 'what is the processing time for I-130'],
    // The status of a re-parole request is the status check.
    ['en', 'what is the status of my re-parole application'],
    // A work petition's status is the status check; opting out of texts is the updates' question.
    ['en', 'what is the status of my I-129'],
    ['en', 'I want to opt out of text messages'],
    // No status at all is living without papers (the lawyer's answer, with its line first, read before the matters at
    // the menu), not proof of a status.
    ['zh', '我没有合法身份'],
    ['ko', '체류 신분이 없어요'],
    ['vi', 'tôi không có tình trạng di trú hợp pháp'],
    // A citizen named beside a better way to file is not how a green card differs from citizenship.
    ['en', 'my wife is a US citizen, is it better to file online or by mail?'],
    ['es', 'mi esposo es ciudadano, ¿es mejor enviar la solicitud por correo?'],
    ['zh', '我丈夫是公民，网上申请还是邮寄哪个好？'],
    // "Bring me" to the menu or to a person is not a relative's petition.
    ['en', 'bring me back to the menu'],
    ['en', 'can you bring me to a real person?'],
    // "Mất" is also what something takes: "how long does renewing a green card take" is the usual times.
    ['vi', 'gia hạn thẻ xanh mất bao lâu'],
    // A work permit's fee, status or online filing are those questions.
    ['en', 'where is the receipt number for my I-765'],
    ['en', 'I filed my N-400, how do I check my case'],
    ['en', 'how much is the work permit fee'],
    ['en', 'what is the status of my work permit'],
    ['en', 'can I file the I-765 online'],
    // Citizenship's fee, documents, time, status and interview are those questions, not how to become a citizen.
    ['en', 'how much is the N-400 fee'],
    ['en', 'what documents do I need for citizenship'],
    ['en', 'how long does naturalization take'],
    ['en', 'what is the status of my N-400'],
    ['en', 'my N-400 interview is tomorrow'],
    ['es', '¿cuánto tarda la naturalización?'],
    ['ar', 'كم تكلف استمارة N-400؟'],
    // ICE named without officers at hand: whether it sees this chat is the privacy question.
    ['en', 'will ICE see this chat?'],
    // A U visa's status or time is that question, not what the U visa is.
    ['en', 'what is the status of my U visa'],
    ['en', 'how long does the U visa take'],
    ['es', '¿cuánto tarda la visa U?'],
    ['en', 'it says access denied when I sign in'],
    ['en', 'my card payment was denied'],
    ['es', 'me sale acceso denegado al iniciar sesión'],
    // Rejected or sent back, but not a filing: a password, a code, a payment; "renvoyé" of a job (fired).
    ['en', 'my password was rejected'],
    ['en', 'my access code was rejected'],
    ['fr', "j'ai été renvoyé de mon travail, est-ce grave pour ma demande ?"],
    // Copies sent as evidence, or of a card, are not a copy of a notice or file to ask USCIS for.
    ['en', 'do I send copies of my birth certificate'],
    ['es', '¿mando copia del pasaporte?'],
    // A letter asking for evidence is the evidence question.
    ['en', 'I got a letter asking for more evidence'],
    // The letter with the Online Access Code is the access code's question; a confirmation email is the account's.
    ['en', 'I never got the letter with my access code'],
    ["en", "I didn't get the email to confirm my account"],
    ['en', 'I got a text with my sign-in code'],
    // "Is there a real person?" by phone is not a message doubted.
    ['vi', 'có người thật không, tôi muốn gọi điện thoại'],
    ['es', 'no me llega el código por mensaje de texto'],
    // An error that is not on a USCIS card or notice.
    ['en', 'I get an error when I pay with my credit card'],
    ['en', 'the website shows an error'],
    // Not yet approved is pending, not denied.
    ['en', 'my work permit is not approved yet'],
    ['zh', '我的工卡还没批准'],
    ['en', 'someone is asking me to pay to speed up my case'],
    ['en', 'I lost my green card receipt'],
    ['en', 'I lost my account number for my green card'],
    ["en", "what's the status of my green card renewal"],
    // A fee's amount is the fees answer; a refund asked of a caller is the scams question.
    ['en', 'how much is the fee for the I-90?'],
    ['en', 'someone called me and asked me to pay, can I get a refund?'],
    // A case's status, named with "immigration": the status check.
    ['en', 'what is the status of my immigration case'],
    ['en', 'check my immigration status, my receipt is EAC9999103403'],
    ['es', '¿cuál es el estatus de mi caso de inmigración?'],
    // A birth certificate lost is not a certificate of naturalization.
    ['en', 'I lost my birth certificate'],
    // A form printed to file by mail, or evidence to upload, is not a notice to print.
    ['en', 'can I print the form and file it by mail'],
    ['en', 'how do I download the form to file by mail'],
    ['es', 'puedo imprimir el formulario y mandarlo por correo'],
    ['fr', 'je veux télécharger mes preuves'],
    // An application or a case one cannot find is not a card to replace, even for a green card.
    ['en', "I can't find my green card application"],
    ['es', 'no encuentro mi caso de green card'],
    ['fr', 'je ne trouve pas ma demande de carte verte'],
    ['zh', '我找不到我的绿卡申请'],
    ['ko', '영주권 신청서를 못 찾겠어요'],
    ['tl', 'hindi ko mahanap ang kaso ng green card ko'],
    // A complaint about this chat is not one about USCIS.
    ['en', 'I want to complain about this chat'],
    // A wedding is not the oath ceremony.
    ['en', 'my wedding ceremony is next week, do I need to tell USCIS'],
    // Cancelling what is not a filing: updates are stopped, an account is deleted.
    ['en', 'cancel the email updates for my case'],
    ['en', 'I want to cancel my account application'],
    // An address changed before an interview is the address question, not moving the interview.
    ['en', 'I moved, do I need to change my address before my interview'],
    // A passport from one's own country's consulate is not a U.S. visa.
    ['en', 'I need a passport from my consulate'],
    // A court that is not the immigration court, or a hearing that is not a court's.
    ['en', 'do I need court records for citizenship'],
    ['en', 'I have a criminal court case'],
    ['en', 'can I bring my hearing aid to the interview'],
    // A TPS case's status or fee, and a TPS work permit, are those questions.
    ['en', 'what is the status of my TPS case'],
    ['en', 'how much is the TPS fee'],
    ['es', '¿cuánto cuesta el TPS?'],
    ['en', 'my DACA case'],
    ['en', 'how long does DACA renewal take'],
    // A Social Security number asked about for an account is the account's question; a call saying it is suspended is
    // the scams question.
    ['en', 'do I need a social security number to create an account?'],
    ['en', 'someone called saying my social security number is suspended'],
    ['es', 'me llamaron diciendo que mi seguro social está suspendido'],
    // An asylum case's status or time is that question.
    ['en', 'how long does asylum take'],
    ['es', '¿cuánto tarda mi caso de asilo?'],
    // A Request for Evidence about the medical exam is the evidence question.
    ['en', 'I got an RFE for my medical exam'],
    // A travel document's approval is its status.
    ['en', 'my advance parole was approved, what now'],
    // A card's renewal or replacement asked about by its status, time or fee is that question (before: the card's
    // replacement answer, for the time and fee).
    ['en', 'what is the status of my work permit renewal'],
    ['en', 'how long does the work permit renewal take'],
    ['en', 'how much does it cost to replace my green card'],
    ['es', '¿cuánto cuesta renovar el permiso de trabajo?'],
    ['es', '¿cuánto tarda en llegar la green card nueva si la perdí?'],
    // An address changed, or a form mailed, is not a visit to an office; nor is the E-Verify password an E-Verify
    // mismatch.
    ['en', 'how do I change my address with the uscis office'],
    ['es', '¿cómo hago el cambio de dirección en la oficina de inmigración?'],
    ['en', 'I forgot my E-Verify password'],
    // A driver's license asked about for an account is the account's question.
    ['en', "do I need a driver's license to create an account?"],
    // A green card's own status, time or loss is that question, not what a green card is.
    ['en', 'how long does it take to get a green card'],
    ['es', '¿cuánto tarda la residencia?'],
    // A lawyer added to one's online account is the account's question: each person has their own.
    ['en', 'how do I add my lawyer to my account'],
    ['es', '¿cómo agrego a mi abogado a mi cuenta?'],
    // A job interview is not USCIS's.
    ['en', 'how do I prepare for a job interview'],
    ['es', '¿qué me preguntan en una entrevista de trabajo?'],
    ['ko', '회사 면접 준비'],
    ['es', 'tengo un caso en la corte penal'],
    ['en', "I didn't get my credit card"],
    ['es', 'alguien me pide dinero para que aceleren mi caso'],
    ['es', 'un notario me quiere cobrar 500 dólares para que aceleren mi caso'],
    ['es', 'se me venció el recibo que extiende mi green card'],
    ['es', 'olvidé el número de cuenta para renovar mi green card'],
    ['es', 'ya mandé a renovar mi green card, ¿cuál es el estado?'],
    ['es', 'no me ha llegado la tarjeta de crédito'],
    ['fr', "quelqu'un me demande de payer pour faire accélérer mon dossier"],
    ['fr', "j'ai perdu le reçu de ma demande pour remplacer ma carte verte"],
    ['fr', "j'ai perdu mon numéro de compte pour renouveler ma carte verte"],
    ['fr', "on m'a volé ma carte bancaire"],
    ['vi', 'có người gọi cho tôi nói trả tiền thì được xét nhanh hồ sơ'],
    ['vi', 'biên nhận gia hạn thẻ xanh của tôi sắp hết hạn'],
    ['vi', 'tôi quên số tài khoản để xin gia hạn thẻ xanh'],
    ['tl', 'may tumawag sa akin, magbayad daw ako para ma-expedite ang kaso ko'],
    ['tl', 'nawala ang receipt ko ng pag-renew ng green card'],
    ['tl', 'nakalimutan ko ang account number para mag-renew ng green card'],
    ['tl', 'ano ang status ng pag-renew ng green card ko'],
    ['zh', '有人说交钱就能加急，是真的吗'],
    ['zh', '有人打电话给我说可以帮我加快处理，要付钱'],
    ['zh', '我的绿卡收据丢了'],
    ['zh', '绿卡的账号丢了'],
    ['zh', '我续绿卡的进度怎么样了'],
    ['zh', '我的卡丢了，要给银行打电话吗'],
    ['ko', '어떤 사람이 돈을 내면 빨리 처리해 준다고 했어요'],
    ['ko', '영주권 카드 영수증을 잃어버렸어요'],
    ['ko', '영주권 카드 번호를 잃어버렸어요'],
    ['ko', '영주권 갱신 상태 확인하고 싶어요'],
    ['ko', '소셜 카드를 잃어버렸어요'],
    ['ar', 'شخص ما طلب مني أن أدفع لتسريع ملفي'],
    ['ar', 'فقدت إيصال البطاقة الخضراء'],
    ['ar', 'فقدت رقم الحساب لتجديد البطاقة الخضراء'],
    ['ar', 'ما هي حالة تجديد البطاقة الخضراء؟'],
];

// Before: "Did you want to learn what the online account is for?", or the filing question to confirm.
const FEES: ReadonlyArray<readonly [language: string, said: string]> = [
    ['en', 'is it free to file online?'],
    ['en', 'how much is the filing fee?'],
    ['es', '¿es gratis presentar en línea?'],
    ['es', '¿cuánto cuesta presentar el formulario?'],
    ['fr', "c'est gratuit de déposer en ligne ?"],
    ['fr', 'combien sont les frais de dépôt ?'],
    ['vi', 'nộp đơn online có mất phí không?'],
    ['vi', 'lệ phí nộp đơn là bao nhiêu?'],
    ['tl', 'libre ba mag-file online?'],
    ['tl', 'magkano ang filing fee?'],
    ['zh', '网上申请要交申请费吗？'],
    ['zh', '在网上递交表格要多少钱？'],
    ['zh', '申请绿卡要多少钱？'],
    ['ko', '온라인으로 접수하면 무료예요?'],
    ['ko', '신청 수수료가 얼마예요?'],
    // Its price, asked with "얼마예요" beside the green card's own words (before: what a green card is).
    ['ko', '영주권 신청하려면 얼마예요?'],
    ['ar', 'هل التقديم على الإنترنت مجاني؟'],
    ['ar', 'كم رسوم التقديم؟'],
    // A fee one cannot pay, said without asking: the fees, with the fee waiver (before: "Did you want to learn which
    // forms you can file online?", or "Sorry, I can't help with that").
    ['en', 'I have no money to pay the application'],
    ['es', 'no tengo dinero para pagar la solicitud'],
    ['es', 'no me alcanza para la tarifa'],
    ['fr', "je n'ai pas d'argent pour la demande"],
    ['vi', 'tôi không có tiền nộp đơn'],
    ['tl', 'wala akong pera pambayad ng application'],
    ['zh', '我没钱交申请'],
    ['ko', '신청할 돈이 없어요'],
    ['ar', 'ما عندي فلوس للطلب'],
    // How to pay (before: which forms are filed online first, or "Sorry"): the fees, which say how one pays online.
    ['en', 'can I pay with a credit card?'],
    ['en', 'how do I pay the fee?'],
    ['es', '¿puedo pagar con tarjeta de crédito?'],
    ['fr', 'je peux payer par carte ?'],
    ['vi', 'tôi có thể trả bằng thẻ tín dụng không?'],
    ['tl', 'pwede bang magbayad gamit ang credit card?'],
    ['zh', '可以用信用卡付吗？'],
    ['ko', '신용카드로 내도 돼요?'],
    ['ar', 'هل يمكنني الدفع بالبطاقة؟'],
];

/** "Is this chat free?" stays about this chat (understanding.chatCost), checked before the fee's words. */
const CHAT_COST: ReadonlyArray<readonly [language: string, said: string]> = [
    ['en', 'is this chat free?'],
    ['es', '¿este chat es gratis?'],
    ['fr', 'ce chat est gratuit ?'],
    ['vi', 'chat này có miễn phí không?'],
    ['tl', 'libre ba ang chat na ito?'],
    // "This service" (before, in all of these but French: another answer, such as what the USCIS online account is for).
    ['es', '¿es gratis este servicio?'],
    ['fr', 'est-ce que ce service est gratuit ?'],
    ['vi', 'dịch vụ này miễn phí không?'],
    ['ko', '이 서비스는 무료인가요?'],
    ['tl', 'libre ba ang serbisyong ito?'],
    ['ar', 'هل هذه الخدمة مجانية؟'],
    ['en', 'is your service free?'],
];

// Matters whose answer the lawyer's follows where the classifier reads a lawyer's question, and the menu otherwise.
// How permanent residence can be lost, asked in one's own words (before: the replacement of a lost card, read from "lose
// my green card", the lawyer's answer alone, or "Sorry"); a false claim to be a citizen, or false papers used, told of
// oneself (before: "Sorry", the Social Security number's answer, "Did you want to learn how to send evidence?", or which
// forms can be filed online). A card misplaced, a trip abroad, a vote, food stamps and an employer's doubt keep theirs.
const BEFORE_LAWYER_OR_MENU: ReadonlyArray<readonly [language: string, said: string, matter: 'residenceLost' | 'falseClaim' | 'familyPetition']> = [
    ['en', 'can I lose my green card?', 'residenceLost'],
    ['en', 'can they take away my green card?', 'residenceLost'],
    ['en', 'can my green card be revoked?', 'residenceLost'],
    ['en', 'can I lose my permanent residency?', 'residenceLost'],
    ['es', '¿me pueden quitar la residencia?', 'residenceLost'],
    ['es', '¿puedo perder mi residencia?', 'residenceLost'],
    ['fr', 'je peux perdre ma carte verte ?', 'residenceLost'],
    ['vi', 'tôi có thể bị mất thẻ xanh không?', 'residenceLost'],
    ['zh', '绿卡会被取消吗', 'residenceLost'],
    ['ko', '영주권이 취소될 수 있나요?', 'residenceLost'],
    ['ar', 'هل يمكن أن أفقد البطاقة الخضراء؟', 'residenceLost'],
    ['tl', 'puwede ba akong mawalan ng green card?', 'residenceLost'],
    ['en', 'I said I was a citizen to get a job', 'falseClaim'],
    ['en', 'I used fake papers at my job, can I still get a green card?', 'falseClaim'],
    ['en', 'I bought fake papers to work', 'falseClaim'],
    ['en', 'I used a fake social security number to work', 'falseClaim'],
    ['es', 'trabajé con papeles falsos', 'falseClaim'],
    ['es', 'dije que era ciudadano en un formulario', 'falseClaim'],
    ['fr', "j'ai travaillé avec de faux papiers", 'falseClaim'],
    ['vi', 'tôi đã dùng giấy tờ giả để đi làm', 'falseClaim'],
    ['zh', '我以前用假证件打工', 'falseClaim'],
    ['ko', '가짜 서류로 일했어요', 'falseClaim'],
    ['ar', 'عملت بأوراق مزورة', 'falseClaim'],
    ['tl', 'nagtrabaho ako gamit ang pekeng papeles', 'falseClaim'],
    // A child asked to help a parent get papers: who may petition for whom (before: the help text, or "Sorry").
    ['en', 'my daughter was born here, can she help me get papers?', 'familyPetition'],
    ['en', 'my kids were born here, can they help me get a green card?', 'familyPetition'],
    ['es', 'mi hija nació aquí, ¿me puede ayudar a sacar papeles?', 'familyPetition'],
    ['fr', "ma fille est née ici, peut-elle m'aider à avoir des papiers ?", 'familyPetition'],
    ['tl', 'ipinanganak dito ang anak ko, puwede ba niya akong i-petition?', 'familyPetition'],
];

describe('residence lost, a false claim to be a citizen, a child asked to help, asked at the menu', () => {
    test.each(BEFORE_LAWYER_OR_MENU)('%s: "%s" gets its answer (%s), then the lawyer\'s answer or the menu', async (language, said, matter) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t(`understanding.uscisMatters.${matter}.answer`));
        const lawyer = ['full', 'short'].map((variant) => t(`faq.answers.legalAdvice.${variant}`, { orgName: TEST_ORGANIZATION.name }));
        expect(lawyer.includes(replies[1]) || replies[1].startsWith(t('menu.prompt'))).toBe(true);
    });

    test.each([
        ['en', 'what happens if I lose my green card?', 'replaceCard'],
        ['es', 'perdí mi green card', 'replaceCard'],
        ['zh', '我的绿卡丢了', 'replaceCard'],
        ['en', 'will I lose my green card if I stay abroad for 8 months?', 'timeAbroad'],
        // A vote's cost to a green card (before: the replacement of a lost card, read from "lose my green card").
        ['en', 'can I lose my green card for voting?', 'voting'],
        // An employer who calls one's papers fake is the employer's doubt, not one's own past (guard rows, passed before).
        ['en', 'my boss says my green card is fake', 'employerDoubtsCard'],
        ['es', 'mi patrón dice que mis papeles son falsos', 'employerDoubtsCard'],
    ])('%s: "%s" gets %s, its own answer', async (language, said, matter) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t(`understanding.uscisMatters.${matter}.answer`, { orgName: TEST_ORGANIZATION.name }));
    });

    test('en: "will I lose my green card if I use food stamps?" is public charge, not the ways residence is lost', async () => {
        const { t, replies } = await askAtMenu('en-US', 'hello', 'will I lose my green card if I use food stamps?');
        expect(replies[0]).toBe(t('understanding.publicCharge.answer'));
        expect(replies).not.toContain(t('understanding.uscisMatters.residenceLost.answer'));
    });
});

describe('requests only USCIS can act on, asked at the menu', () => {
    test.each(BACK_TO_MENU)('%s: "%s" gets what USCIS asks for (%s), then the menu', async (language, said, matter) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t(`understanding.uscisMatters.${matter}.answer`, { orgName: TEST_ORGANIZATION.name }));
        expect(replies[1].startsWith(t('menu.prompt'))).toBe(true);
    });

    test.each(BEFORE_STATUS_CHECK)('%s: "%s" gets where it shows (%s), then the receipt question', async (language, said, matter) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).toEqual([t(`understanding.uscisMatters.${matter}.answer`), t('caseStatus.ask.receipt')]);
    });

    test('en: a receipt number with the question checks that case at once', async () => {
        const { replies } = await askAtMenu('en-US', 'hello', 'when is my interview EAC9999103403');
        expect(replies.join('\n')).toContain('EAC9999103403');
        expect(replies.join('\n')).not.toContain(i18n.getFixedT('en')('understanding.uscisMatters.appointment.answer'));
    });

    // A 2-year card about to expire: the replacement names the form it takes (before: "another form").
    test.each([
        ['en', 'I lost my green card'],
        ['es', 'perdí mi green card'],
        ['zh', '我的绿卡丢了'],
    ])('%s: "%s" gets the replacement, which names Form I-751 for a 2-year card', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t('understanding.uscisMatters.replaceCard.answer', { orgName: TEST_ORGANIZATION.name }));
        expect(replies[0]).toContain('I-751');
    });

    test.each(STILL_THE_QUESTION)('%s: "%s" is still the question it was (%s)', async (language, said, key) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t(key));
        for (const matter of USCIS_MATTERS) expect(replies).not.toContain(t(`understanding.uscisMatters.${matter}.answer`, { orgName: TEST_ORGANIZATION.name }));
    });

    // Parole after a sentence is a record's question, not humanitarian parole.
    test.each([
        ['en', "I'm on parole for a DUI, can I apply for citizenship?"],
        ['en', 'my parole officer said I need to check my immigration status'],
    ])('%s: "%s" is not humanitarian parole', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).not.toContain(t('understanding.uscisMatters.parole.answer'));
    });

    // Words an arrest or a revocation shares with everyday errands: documents picked up, prints taken, an application one
    // cancelled oneself (before this change's not-with lists: where to find someone held, or a visa revoked).
    test.each([
        ['en', 'I picked up my documents at the immigration office', 'detention'],
        ['en', 'ICE took my fingerprints at the border', 'detention'],
        ['en', 'I cancelled my visa application', 'visaRevoked'],
        // A trip after an interview is the trip's question (the risk of leaving while a case waits), not what comes next.
        ['en', 'can I travel out of the country after my interview?', 'afterInterview'],
        ['es', '¿puedo viajar después de mi entrevista?', 'afterInterview'],
        ['zh', '面试之后可以出国吗', 'afterInterview'],
        // A sworn translator or a sworn statement is not a jury (guard rows, passed before).
        ['es', '¿necesito un traductor jurado para mi acta?', 'juryDuty'],
        ['fr', 'faut-il un traducteur juré pour mon acte de naissance ?', 'juryDuty'],
        ['es', 'firmé una declaración jurada', 'juryDuty'],
        // A driver's permit, or a trip, said with where one may go is not what a work permit allows (guard rows, passed before).
        ['en', 'can I drive anywhere with my permit?', 'workPermitUse'],
        ['en', 'can I travel anywhere with my permit?', 'workPermitUse'],
        ['es', '¿puedo manejar con el permiso de conducir en cualquier lugar?', 'workPermitUse'],
        ['fr', "je peux conduire n'importe où avec mon permis ?", 'workPermitUse'],
    ])('%s: "%s" is not %s', async (language, said, matter) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).not.toContain(t(`understanding.uscisMatters.${matter}.answer`));
    });

    test.each(NOT_A_MATTER)('%s: "%s" does not get the answer of a request only USCIS can act on', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        for (const matter of USCIS_MATTERS) expect(replies).not.toContain(t(`understanding.uscisMatters.${matter}.answer`, { orgName: TEST_ORGANIZATION.name }));
    });
});

// A language named to ask this chat for help or talk in it is still the chat's language, with forms or papers named
// beside it (filling out a form with no language named is still how to file one online: freeText.test.ts).
describe('a language asked of this chat, beside a form or a paper', () => {
    test.each([
        ['en', 'I need help in Spanish with my application', 'es', 'language.changed'],
        ['en', 'can we chat in Spanish about my documents', 'es', 'language.changed'],
        ['es', 'necesito ayuda en español con mis papeles', 'es', 'language.alreadyUsing'],
        ['fr', 'je veux parler en français de mon formulaire', 'fr', 'language.alreadyUsing'],
        ['zh', '请用中文回答我关于表格的问题', 'zh', 'language.alreadyUsing'],
        ['ko', '한국어로 서류 질문해도 돼요?', 'ko', 'language.alreadyUsing'],
    ])('%s: "%s" is answered in %s (%s), not with the translation', async (language, said, answeredIn, key) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(i18n.getFixedT(answeredIn)(key));
        expect(replies).not.toContain(t('understanding.uscisMatters.translation.answer'));
    });

    // Beside an interview or an appointment, it is still this chat's language (before: the interpreter's answer, in the
    // language the chat had). An interpreter asked for, or brought, is still the interpreter's answer.
    test.each([
        ['en', 'Can you help me in Spanish with my interview?', 'es', 'language.changed'],
        ['en', 'I need help in Spanish with my interview', 'es', 'language.changed'],
        ['en', 'Can we talk in Spanish about my appointment?', 'es', 'language.changed'],
        ['es', '¿Me puede ayudar en inglés con mi entrevista?', 'en', 'language.changed'],
        ['fr', "Pouvez-vous m'aider en anglais pour mon entretien ?", 'en', 'language.changed'],
    ])('%s: "%s" is answered in %s (%s), not with the interpreter', async (language, said, answeredIn, key) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(i18n.getFixedT(answeredIn)(key));
        expect(replies).not.toContain(t('understanding.uscisMatters.appointmentInterpreter.answer'));
    });

    test.each([
        ['en', 'Will there be a Spanish interpreter at my interview?'],
        ['en', 'I need help finding a Spanish interpreter for my interview'],
    ])('%s: "%s" is still the interpreter', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t('understanding.uscisMatters.appointmentInterpreter.answer'));
    });
});

// A language named as someone else's: a lawyer who speaks it is found where legal help is, after a line that many groups
// help in other languages; an officer who speaks it is the interpreter's answer (before: the chat switched to the language,
// or said "we are already speaking Spanish"). The chat's own language stays; help asked in a language is still a switch.
describe('a language someone else speaks, asked at the menu', () => {
    test.each([
        ['en', 'Can my lawyer speak Spanish?', 'understanding.legalHelp'],
        ['en', 'I need a lawyer who speaks Spanish', 'understanding.legalHelp'],
        ['en', 'does the officer speak Spanish?', 'understanding.uscisMatters.appointmentInterpreter.answer'],
        ['es', 'necesito un abogado que hable español', 'understanding.legalHelp'],
        ['es', '¿el oficial habla español?', 'understanding.uscisMatters.appointmentInterpreter.answer'],
        ['fr', "l'agent parle-t-il français à l'entretien ?", 'understanding.uscisMatters.appointmentInterpreter.answer'],
        ['vi', 'tôi cần luật sư nói tiếng Việt', 'understanding.legalHelp'],
        ['vi', 'viên chức phỏng vấn có nói tiếng Việt không?', 'understanding.uscisMatters.appointmentInterpreter.answer'],
        ['zh', '我需要会说中文的律师', 'understanding.legalHelp'],
        ['ko', '한국어 하는 변호사가 필요해요', 'understanding.legalHelp'],
        ['ko', '심사관이 한국어를 하나요?', 'understanding.uscisMatters.appointmentInterpreter.answer'],
        ['tl', 'marunong ba ang abogado ko ng Tagalog?', 'understanding.legalHelp'],
        ['ar', 'أحتاج محامي يتكلم العربية', 'understanding.legalHelp'],
    ])('%s: "%s" gets %s, in the same language', async (language, said, key) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        const lawyer = key === 'understanding.legalHelp';
        expect(replies.slice(0, lawyer ? 2 : 1)).toEqual(lawyer ? [t('understanding.legalHelpLanguage'), t(key)] : [t(key)]);
        expect(replies).not.toContain(t('language.alreadyUsing'));
    });

    test.each([
        ['en', 'I need help in Spanish'],
        ['en', 'can I talk to someone who speaks Spanish about my lawyer'],
    ])('%s: "%s" is still a question of the chat\'s language', async (language, said) => {
        const { replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).not.toContain(i18n.getFixedT(language)('understanding.legalHelpLanguage'));
        expect(replies).not.toContain(i18n.getFixedT(language)('understanding.legalHelp'));
    });
});

// Two forms compared: a line on what each is for, in the order named, then that some are filed together and which fit is
// a lawyer's to say (before: "Did you want to learn which number is which?", read from "difference"). Asked about
// anything else, the forms are that question.
describe('two forms compared, asked at the menu', () => {
    test.each([
        ['en', "what's the difference between I-130 and I-485", ['I-130', 'I-485']],
        ['en', 'I-130 vs I-485', ['I-130', 'I-485']],
        ['en', 'is the I-485 the same as the I-130?', ['I-485', 'I-130']],
        ['en', 'what is the difference between N-400 and N-600', ['N-400', 'N-600']],
        ['es', '¿cuál es la diferencia entre la I-130 y la I-485?', ['I-130', 'I-485']],
        ['fr', 'quelle est la différence entre le I-130 et le I-485 ?', ['I-130', 'I-485']],
        ['zh', 'I-130和I-485有什么区别？', ['I-130', 'I-485']],
        ['vi', 'I-130 và I-485 khác nhau thế nào?', ['I-130', 'I-485']],
        ['tl', 'ano ang pagkakaiba ng I-130 at I-485?', ['I-130', 'I-485']],
        ['ko', 'I-130과 I-485 차이가 뭐예요?', ['I-130', 'I-485']],
        ['ar', 'ما الفرق بين I-130 و I-485؟', ['I-130', 'I-485']],
        // Two forms filed together (before: which forms are filed online, or the lawyer's answer): what each is for, and
        // that some are sent together, which a lawyer says for one's case.
        ['en', 'Can I file the I-130 and I-485 together?', ['I-130', 'I-485']],
        ['en', 'can I send I-765 with I-485?', ['I-765', 'I-485']],
        ['es', '¿Puedo presentar el I-130 y el I-485 juntos?', ['I-130', 'I-485']],
        ['fr', 'puis-je déposer le I-130 et le I-485 ensemble ?', ['I-130', 'I-485']],
        ['vi', 'có thể nộp I-130 và I-485 cùng lúc không?', ['I-130', 'I-485']],
        ['zh', 'I-130和I-485可以一起交吗？', ['I-130', 'I-485']],
        ['ko', 'I-130이랑 I-485를 같이 내도 되나요?', ['I-130', 'I-485']],
        ['tl', 'pwede bang i-file nang sabay ang I-130 at I-485?', ['I-130', 'I-485']],
        ['ar', 'هل يمكنني تقديم I-130 و I-485 معًا؟', ['I-130', 'I-485']],
    ])('%s: "%s" says what each form is for', async (language, said, forms) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe([...forms.map((form) => t(`understanding.formPurposes.${form}`)), t('understanding.formsCompared')].join('\n'));
        expect(replies[1].startsWith(t('menu.prompt'))).toBe(true);
    });

    test.each([
        ['en', 'I filed the I-130 and the I-485, when will I get my card?'],
        ['en', 'what is form I-130?'],
        ['en', 'can I file I-130 and I-485 online?'],
        ['es', 'presenté el I-130 y el I-485 juntos, ¿cuánto tarda?'],
    ])('%s: "%s" is not a comparison', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).not.toContain(t('understanding.formsCompared'));
    });
});

// A long stay abroad needs where one went as well as how long: years with a green card, a card lost on a trip or a card
// that expires in months are not it.
describe('time with a green card, not abroad', () => {
    test.each([
        ['en', 'I lost my green card', 'replaceCard'],
        ['en', "I'm abroad and my work permit expired", 'workPermitRenewal'],
        ['en', 'I have had my green card for 5 years, can I apply for citizenship?', 'naturalization'],
        ['en', 'I lost my green card when I went to Mexico', 'replaceCard'],
        ['en', 'my green card expires in 6 months', 'replaceCard'],
        ['es', 'tengo la residencia hace 5 años, ¿puedo pedir la ciudadanía?', 'naturalization'],
        ['zh', '我拿绿卡5年了，可以入籍吗？', 'naturalization'],
    ])('%s: "%s" gets the %s answer, not the time abroad', async (language, said, matter) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).toContain(t(`understanding.uscisMatters.${matter}.answer`));
        expect(replies).not.toContain(t('understanding.uscisMatters.timeAbroad.answer'));
    });
});

// An adjustment of status named for its case's status is that case's status check (before: what a green card is, or
// "Sorry"). Named with no case, it is still the green card's answer (BACK_TO_MENU), and its time USCIS's usual times.
// A filing said done with a decision, an interview, its time or a passed interview is that question, not what comes
// after filing; "what now?" alone says nothing was filed.
describe('what comes after a filing, and what is not that', () => {
    test.each([
        ['en', 'I filed my I-130 and it was approved, what now?'],
        ['en', 'I filed my N-400, how long does it take?'],
        ['en', 'I passed my citizenship interview, what now?'],
        ['en', 'what happens after biometrics?'],
        ['en', 'what now?'],
        ['es', 'ya envié mi solicitud y me la negaron, ¿qué sigue?'],
    ])('%s: "%s" is not what comes after a filing', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).not.toContain(t('understanding.uscisMatters.afterFiling.answer'));
    });
});

// What a divorce changes for a green card, and what it does not (before: the legal-advice answer alone, the family
// petition's answer, or a card's replacement). A name, a decree, a new spouse or how to divorce are other questions.
describe('a divorce and one\'s green card', () => {
    test.each([
        ['en', 'I got divorced, what happens to my green card'],
        ['en', 'I was married to a citizen and we divorced, what happens to my green card'],
        ['en', 'will a divorce affect my citizenship application?'],
        ['en', "my ex-wife won't sign the I-751"],
        ['es', 'me divorcié, qué pasa con mi residencia'],
        ['es', 'mi esposo es ciudadano y nos estamos divorciando, qué pasa con mi green card'],
        ['fr', 'je suis divorcée, est-ce que je perds ma carte verte ?'],
        ['zh', '我离婚了，绿卡会怎么样？'],
        ['vi', 'tôi đã ly hôn, thẻ xanh của tôi sẽ ra sao?'],
        ['ko', '이혼했는데 영주권은 어떻게 되나요?'],
        ['tl', 'hiwalay na kami ng asawa ko, mawawala ba ang green card ko?'],
        ['ar', 'تطلقت، ماذا يحدث للجرين كارد؟'],
    ])('%s: "%s" gets what a divorce changes', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t('understanding.uscisMatters.divorce.answer'));
    });

    test.each([
        ['en', 'how do I change my name after my divorce', 'understanding.nameChange'],
        ['en', 'I divorced and remarried, can I petition for my new wife', 'understanding.uscisMatters.familyPetition.answer'],
    ])('%s: "%s" is still its own question (%s)', async (language, said, key) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t(key));
    });

    test.each([
        ['en', 'do I need to send my divorce decree with my green card application'],
        ['en', 'how do I get a divorce'],
        ['es', 'cómo me divorcio'],
        ['en', 'my parents are divorced, am I a citizen?'],
    ])('%s: "%s" is not what a divorce changes', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).not.toContain(t('understanding.uscisMatters.divorce.answer'));
    });
});

describe("an adjustment of status's case status, asked at the menu", () => {
    test.each([
        ['en', 'What is the status of my adjustment of status?'],
        ['en', 'any update on my adjustment of status?'],
        ['es', '¿cómo va mi ajuste de estatus?'],
        ['fr', 'Quel est le statut de mon ajustement de statut ?'],
        ['vi', 'Tình trạng hồ sơ điều chỉnh tình trạng của tôi thế nào?'],
        ['zh', '我的调整身份申请进度如何？'],
        ['ko', '신분 조정 진행 상황이 어떻게 되나요?'],
        ['tl', 'Ano ang status ng aking adjustment of status?'],
        ['ar', 'ما هي حالة طلب تعديل وضعي؟'],
    ])('%s: "%s" gets the receipt question', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).toEqual([t('caseStatus.ask.receipt')]);
    });

    test.each([
        ['en', 'what documents do I need for adjustment of status?'],
        ['es', '¿qué es el ajuste de estatus?'],
    ])('%s: "%s" does not ask for a receipt', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies).not.toContain(t('caseStatus.ask.receipt'));
    });
});

describe("the citizenship test's answer", () => {
    // Older people take the civics test in their own language; a disability may excuse one from the tests (Form N-648).
    test.each(Object.keys(LOCALE))('%s: names Form N-648', (language) => {
        expect(i18n.getFixedT(language)('understanding.uscisMatters.citizenshipTest.answer')).toContain('N-648');
    });
});

describe('the filing fee, asked at the menu', () => {
    test.each(FEES)('%s: "%s" gets the forms-and-fees answer, fees first, not what the account is for', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        const answers = ['full', 'short'].map((variant) => t(`faq.answers.formsOnline.feesFirst.${variant}`));
        expect(answers).toContain(replies[0]);
    });

    // Who may ask for a fee waiver, and with which form (before: only that some people can, and a person can say).
    test.each([
        ['en', 'Can I get a fee waiver?'],
        ['es', '¿puedo pedir una exención de tarifa?'],
        // A benefit named beside the waiver is the fees, not public charge.
        ['en', 'I get Medicaid, can I get a fee waiver?'],
        ['es', 'recibo Medicaid, ¿puedo pedir exención de tarifa?'],
        ['zh', '可以申请费用减免吗？'],
    ])('%s: "%s" names Form I-912 and its page', async (language, said) => {
        const { replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toContain('uscis.gov/i-912');
    });

    // On a channel with room for the whole answer, a fee one cannot pay or the waiver asked about opens with the waiver's
    // paragraph (before: the fees, with the waiver second); a fee asked about still opens with the fees.
    test.each([
        ['en', 'how do I get a fee waiver?', 'waiverFirst'],
        ['en', "I can't afford the fee", 'waiverFirst'],
        ['es', '¿cómo pido una exención de tarifa?', 'waiverFirst'],
        ['zh', '怎么申请费用减免？', 'waiverFirst'],
        ['en', 'how much is the fee?', 'feesFirst'],
    ])('%s (web chat): "%s" gets the %s answer', async (language, said, order) => {
        const { client } = await open({ locale: LOCALE[language], channelId: 'webchat' });
        await say(client, GREETING[language]);
        const replies = texts(await say(client, said));
        expect(replies[0]).toBe(i18n.getFixedT(language)(`faq.answers.formsOnline.${order}.full`));
    });

    // A card's replacement or renewal asked about by its fee: Form I-90's page, which has it (before: the replacement's
    // steps).
    test.each([
        ['en', 'how much does it cost to replace my green card'],
        ['fr', 'combien coûte le remplacement de la carte verte ?'],
        ['vi', 'thay thẻ xanh tốn bao nhiêu tiền?'],
        ['tl', 'magkano ang pag-renew ng green card?'],
        ['zh', '补办绿卡要多少钱？'],
        ['ko', '영주권 재발급 비용이 얼마예요?'],
        ['ar', 'كم تكلفة تجديد البطاقة الخضراء؟'],
    ])('%s: "%s" names Form I-90\'s page, and not the replacement\'s steps', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toContain('https://www.uscis.gov/i-90');
        expect(replies).not.toContain(t('understanding.uscisMatters.replaceCard.answer', { orgName: TEST_ORGANIZATION.name }));
    });

    test.each(CHAT_COST)('%s: "%s" is still about this chat', async (language, said) => {
        const { t, replies } = await askAtMenu(LOCALE[language], GREETING[language], said);
        expect(replies[0]).toBe(t('understanding.chatCost'));
    });
});

/*
 * Outside USCIS, said in the middle of a flow: before, "ICE detained my husband" at "What email address do you want to
 * use?" got "That doesn't look like an email address", and at the account-number guide's choices "Sorry, I didn't
 * understand". Where to look, then the same question.
 */
describe('someone detained, a court case or a visa abroad, said at a question of a flow', () => {
    test.each([
        ['en-US', ['hello', 'create an account', '2'], 'ICE detained my husband', 'detention', 'createAccount.email.prompt'],
        ['en-US', ['hello', 'create an account', '2'], 'ICE is knocking on my door right now', 'iceAtDoor', 'createAccount.email.prompt'],
        ['es-US', ['hola', 'encontrar mi número de cuenta'], 'la migra está afuera de mi casa', 'iceAtDoor', 'findAccountNumber.ask'],
        ['en-US', ['hello', 'create an account'], 'I have immigration court tomorrow', 'courtCase', 'chooseAccount.prompt'],
        ['es-US', ['hola', 'encontrar mi número de cuenta'], 'la migra se llevó a mi esposo', 'detention', 'findAccountNumber.ask'],
        ['en-US', ['hello', 'add a paper-filed case'], 'my case is at the NVC', 'visaAbroad', 'signIn.askEmail'],
        ['es-US', ['hola', 'crear una cuenta', '2'], '¿qué hago si me para la policía?', 'policeStop', 'createAccount.email.prompt'],
        ['en-US', ['hello', 'add a paper-filed case'], 'DHS emailed me that my parole was terminated', 'toldToLeave', 'signIn.askEmail'],
        ['es-US', ['hola', 'encontrar mi número de cuenta'], 'tengo miedo de que me deporten', 'deportationFeared', 'findAccountNumber.ask'],
        ['es-US', ['hola', 'encontrar mi número de cuenta'], 'mi patrón dice que me va a reportar a la migra', 'reportThreat', 'findAccountNumber.ask'],
        ['en-US', ['hello', 'add a paper-filed case'], 'they took my green card at the border', 'cardTakenAtBorder', 'signIn.askEmail'],
        ['es-US', ['hola', 'encontrar mi número de cuenta'], '¿qué pasa con mis hijos si me deportan?', 'childrenIfDeported', 'findAccountNumber.ask'],
        ['en-US', ['hello', 'create an account', '2'], 'can I go to the hospital without papers?', 'emergencyCare', 'createAccount.email.prompt'],
    ])('%s: after %j, "%s" gets where to look (%s), then the question again', async (locale, before, said, matter, question) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const { client } = await open({ locale });
        for (const text of before) await say(client, text);
        const replies = texts(await say(client, said));
        expect(replies[0]).toBe(t(`understanding.uscisMatters.${matter}.answer`));
        expect(replies[1]).toMatch(new RegExp(`^${t(question, { orgName: TEST_ORGANIZATION.name }).split('\n')[0].slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });

    test('en: an email address with such a word in it is the answer, not a question ("mike.judge@example.com")', async () => {
        const t = i18n.getFixedT('en');
        const { client } = await open({ locale: 'en-US' });
        for (const text of ['hello', 'create an account', '2']) await say(client, text);
        const replies = texts(await say(client, 'mike.judge@example.com'));
        expect(replies).not.toContain(t('understanding.uscisMatters.courtCase.answer'));
        expect(replies.join('\n')).toContain('mike.judge@example.com');
    });
});
