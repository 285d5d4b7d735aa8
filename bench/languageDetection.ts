/**
 * CPU per first-message language detection (conversation/languageDetection.ts), the check every conversation's first
 * message (and, in the widget and Teams, the first answer typed at the welcome's menu) goes through: a few first
 * messages per supported language, detected in a loop after a warm-up, with the vocabularies as the app builds them.
 *
 *   npm run bench:detect [-- --rounds 5000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { detectLanguage, localeVocabularies } from '../conversation/languageDetection';
import { localePhrases } from '../conversation/turnLanguage';
import { createI18n } from '../locales';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5000' } } });
const rounds = Number(values.rounds);

const FIRST_MESSAGES = [
    'help',
    'talk to a person',
    'I want to check my case status',
    'hola, quiero ver mi caso',
    'bonjour, je voudrais savoir où en est mon dossier',
    'tôi muốn kiểm tra tình trạng hồ sơ',
    'kumusta, gusto kong malaman ang status ng kaso ko',
    '我想查一下我的案件状态',
    '제 케이스 상태를 알고 싶어요',
    'أريد أن أعرف حالة قضيتي',
    'EAC9999103403',
];

const phrases = localePhrases(createI18n('en'), 'en');
const options = { supported: phrases.supported, vocabularies: localeVocabularies(phrases) };

console.log(`| first message | detected | µs per detection (${rounds} rounds) |`);
console.log('| --- | --- | ---: |');
let total = 0;
for (const text of FIRST_MESSAGES) {
    for (let i = 0; i < Math.min(rounds, 500); i++) detectLanguage(text, options);
    const started = performance.now();
    for (let i = 0; i < rounds; i++) detectLanguage(text, options);
    const micros = ((performance.now() - started) * 1000) / rounds;
    total += micros;
    console.log(`| ${text} | ${detectLanguage(text, options)?.language ?? '-'} | ${micros.toFixed(1)} |`);
}
console.log(`| mean | | ${(total / FIRST_MESSAGES.length).toFixed(1)} |`);
