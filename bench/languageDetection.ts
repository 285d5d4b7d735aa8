/**
 * CPU per first-message language detection (conversation/languageDetection.ts), the check every conversation's first
 * message (and, in the widget and Teams, the first answer typed at the welcome's menu) goes through: a few first
 * messages per supported language, detected in a loop after a warm-up, with the vocabularies as the app builds them.
 *
 * Then how often it is right: every held-out example of the intent classifier (locales/<lng>/nlu/heldout.json, which
 * the detector never reads) detected alone, as written, and, for the languages people often type without their
 * accents, with the accents removed.
 *
 *   npm run bench:detect [-- --rounds 5000]
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { detectLanguage, localeVocabularies } from '../conversation/languageDetection';
import { localePhrases } from '../conversation/turnLanguage';
import { createI18n, localesDirectory } from '../locales';

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

/** Languages whose speakers often type without accents (phone keyboards, habit). */
const ALSO_UNACCENTED = ['vi', 'es', 'fr'];

const stringsIn = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];
const unaccented = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

console.log('\n| held-out examples | as | right | not detected | another language |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const language of phrases.supported) {
    const file = path.join(localesDirectory(), language, 'nlu', 'heldout.json');
    if (!fs.existsSync(file)) continue;
    const examples = stringsIn(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
    for (const form of ALSO_UNACCENTED.includes(language) ? ['written', 'unaccented'] : ['written']) {
        const detected = examples.map((text) => detectLanguage(form === 'written' ? text : unaccented(text), options)?.language);
        const right = detected.filter((found) => found === language).length;
        const none = detected.filter((found) => found === undefined).length;
        const percent = (count: number) => `${((100 * count) / examples.length).toFixed(1)}%`;
        console.log(`| ${language} (${examples.length}) | ${form} | ${percent(right)} | ${percent(none)} | ${percent(examples.length - right - none)} |`);
    }
}
