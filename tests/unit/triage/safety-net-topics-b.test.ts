import { describe, expect, it } from 'vitest';
import { compiledQuestionnaire } from '../../../src/content/triage/all';
import { SAFETY_NET_WORDS } from '../../../src/content/triage/safety-net-words';
import { SOMETHING_ELSE, topicSuggestions } from '../../../src/content/triage/topic-words';
import { TOPIC_WORDS_EVERY_LANGUAGE } from '../../../src/content/triage/topic-words/every-language';
import { topicWordLanguages, topicWordsFor } from '../../../src/content/triage/topic-words/for-language';
import { TOPICS } from '../../../src/content/triage/all';
import { LANGUAGES } from '../../../src/platform/i18n/languages';
import { freeTextSafetyNet } from '../../../src/domain/triage/free-text-safety-net';
import type { Disposition } from '../../../src/domain/triage/dispositions';
import { triage } from '../../../src/domain/triage/triage';

/**
 * Words for the red flags of the newest topics (falls and head injury, fainting, palpitations,
 * numbness, babies, joints, skin), in every language the app ships. Each line is written as a
 * patient would type it; the words must call for the direct question, and a "yes" to it must
 * reach the outcome its NHS page gives.
 */
type Term = 'head-injury' | 'fall' | 'broken-bone' | 'fainted' | 'palpitations' | 'numbness' | 'weak-cry' | 'soft-spot' | 'not-feeding' | 'hot-joint' | 'leg-clot' | 'skin-spreading' | 'eczema';

/** The question each kind of words must lead to, the outcome of a "yes", and a patient it is asked of. */
const MEANS: Record<Term, { question: string; disposition: Disposition; ageYears: number }> = {
  'head-injury': { question: 'head-injury-999-signs', disposition: 'call-999', ageYears: 40 },
  'fall': { question: 'fallen-cannot-get-up', disposition: 'call-999', ageYears: 84 },
  'broken-bone': { question: 'broken-bone-signs', disposition: 'go-to-ae', ageYears: 30 },
  'fainted': { question: 'fainted-heart-signs', disposition: 'go-to-ae', ageYears: 17 },
  'palpitations': { question: 'palpitations-now-with-signs', disposition: 'call-999', ageYears: 55 },
  'numbness': { question: 'weakness-spreading-quickly', disposition: 'go-to-ae', ageYears: 45 },
  'weak-cry': { question: 'weak-high-pitched-cry', disposition: 'call-999', ageYears: 0 },
  'soft-spot': { question: 'bulging-soft-spot', disposition: 'go-to-ae', ageYears: 0 },
  'not-feeding': { question: 'not-feeding-no-wee', disposition: 'call-111', ageYears: 1 },
  'hot-joint': { question: 'hot-joint-fever', disposition: 'call-111', ageYears: 60 },
  'leg-clot': { question: 'leg-clot-signs', disposition: 'call-111', ageYears: 50 },
  'skin-spreading': { question: 'skin-hot-spreading-fever', disposition: 'call-111', ageYears: 55 },
  'eczema': { question: 'eczema-painful-blisters', disposition: 'call-111', ageYears: 4 },
};

const SAYS: Record<string, Record<Term, string>> = {
  en: {
    'head-injury': 'Mum banged her head on the cupboard this morning',
    'fall': 'Dad had a fall in the garden and we cant get him up',
    'broken-bone': 'I think I have broken my wrist, it looks a funny angle',
    'fainted': 'My son fainted at football practice',
    'palpitations': 'my heart is racing and I feel dizzy',
    'numbness': 'both my feet have gone numb and it is creeping up my legs',
    'weak-cry': 'my baby has a strange high pitched cry',
    'soft-spot': 'the soft spot on her head looks swollen',
    'not-feeding': 'my 1 year old is not feeding and has a dry nappy since this morning',
    'hot-joint': 'my knee is hot and swollen and I feel shivery',
    'leg-clot': 'my calf is swollen and sore after the long flight',
    'skin-spreading': 'the cut on my leg is red and hot and the redness is spreading',
    'eczema': 'her eczema has come up in painful blisters',
  },
  cy: {
    'head-injury': "Mae Mam wedi cael cnoc i'r pen bore 'ma",
    'fall': "Mae Dad wedi cwympo yn yr ardd ac mae'n methu codi",
    'broken-bone': "Dw i'n meddwl bod fy mraich wedi torri, mae hi ar ongl od",
    'fainted': "Wnaeth fy mab lewygu wrth chwarae pêl-droed",
    'palpitations': "Mae fy nghalon yn rasio ac rwy'n teimlo'n benysgafn",
    'numbness': "Mae fy nhraed yn ddiffrwyth ac mae'n codi i fyny fy nghoesau",
    'weak-cry': "Mae gan y babi gri gwan rhyfedd",
    'soft-spot': "Mae'r man meddal ar ei phen yn chwyddo allan",
    'not-feeding': "Dyw hi ddim yn bwydo ac mae ganddi gewyn sych ers y bore",
    'hot-joint': "Mae gen i gymal poeth ar fy mhen-glin ac rwy'n crynu",
    'leg-clot': "Mae croth y goes wedi chwyddo ar ôl yr awyren",
    'skin-spreading': "Mae'r toriad yn goch a phoeth ac mae'r cochni yn lledu",
    'eczema': "Mae ei hecsema wedi troi'n bothelli poenus",
  },
  ar: {
    'head-injury': 'أمي تعرضت لضربة على الرأس هذا الصباح',
    'fall': 'أبي وقع على الأرض في الحديقة ولا يستطيع النهوض',
    'broken-bone': 'أظن أن معصمي مكسور',
    'fainted': 'ابني أغمي عليه أثناء مباراة كرة القدم',
    'palpitations': 'عندي خفقان في القلب ودوخة',
    'numbness': 'عندي تنميل في القدمين يصعد إلى ساقي',
    'weak-cry': 'طفلي عنده بكاء ضعيف وغريب',
    'soft-spot': 'اليافوخ عند طفلتي منتفخ',
    'not-feeding': 'طفلي لا يرضع منذ الصباح والحفاض جاف',
    'hot-joint': 'عندي مفصل ساخن في الركبة وقشعريرة',
    'leg-clot': 'عندي تورم ربلة الساق بعد الرحلة الطويلة',
    'skin-spreading': 'الجرح عليه احمرار ينتشر',
    'eczema': 'الإكزيما عند ابنتي فيها بثور مؤلمة',
  },
  bn: {
    'head-injury': 'আজ সকালে মায়ের মাথায় আঘাত লেগেছে',
    'fall': 'বাবা বাগানে পড়ে গেছে, উঠতে পারছে না',
    'broken-bone': 'মনে হয় আমার হাতের হাড় ভেঙে গেছে',
    'fainted': 'আমার ছেলে খেলার সময় অজ্ঞান হয়ে পড়ে গিয়েছিল',
    'palpitations': 'আমার বুক ধড়ফড় করছে আর মাথা ঘুরছে',
    'numbness': 'আমার পা অবশ হয়ে যাচ্ছে, ওপরে উঠছে',
    'weak-cry': 'বাচ্চার কান্না দুর্বল আর অন্যরকম',
    'soft-spot': 'বাচ্চার মাথার তালু ফুলে উঠেছে',
    'not-feeding': 'আমার মেয়ে সকাল থেকে দুধ খাচ্ছে না',
    'hot-joint': 'আমার হাঁটু ফুলে গরম হয়ে আছে, কাঁপুনি আসছে',
    'leg-clot': 'লম্বা বিমান যাত্রার পর পায়ের ডিম ফুলে গেছে',
    'skin-spreading': 'কাটা জায়গাটা লাল আর গরম, লাল হয়ে ছড়িয়ে যাচ্ছে',
    'eczema': 'মেয়ের একজিমায় ব্যথাযুক্ত ফোসকা উঠেছে',
  },
  es: {
    'head-injury': 'Mi madre se dio un golpe en la cabeza con el armario',
    'fall': 'Mi padre se cayó en el jardín y no puede levantarse',
    'broken-bone': 'Creo que me he roto la muñeca, está deformada',
    'fainted': 'Mi hijo se desmayó jugando al fútbol',
    'palpitations': 'Tengo palpitaciones y estoy mareada',
    'numbness': 'Tengo hormigueo en los pies que me sube por las piernas',
    'weak-cry': 'Mi bebé tiene un llanto débil y raro',
    'soft-spot': 'La fontanela de mi hija está abultada',
    'not-feeding': 'Mi bebé no quiere mamar desde esta mañana',
    'hot-joint': 'Tengo la rodilla caliente e hinchada y escalofríos',
    'leg-clot': 'Tengo la pantorrilla hinchada después del vuelo',
    'skin-spreading': 'La herida está roja y caliente y se extiende',
    'eczema': 'El eccema de mi hija tiene ampollas que duelen',
  },
  pa: {
    'head-injury': 'ਅੱਜ ਸਵੇਰੇ ਮੰਮੀ ਦੇ ਸਿਰ ਵਿੱਚ ਸੱਟ ਲੱਗੀ',
    'fall': 'ਪਾਪਾ ਬਾਗ਼ ਵਿੱਚ ਡਿੱਗ ਪਏ ਅਤੇ ਉੱਠ ਨਹੀਂ ਸਕਦੇ',
    'broken-bone': 'ਮੈਨੂੰ ਲੱਗਦਾ ਹੈ ਮੇਰੀ ਬਾਂਹ ਟੁੱਟ ਗਈ ਹੈ',
    'fainted': 'ਮੇਰੇ ਪੁੱਤਰ ਨੂੰ ਖੇਡਦੇ ਹੋਏ ਗਸ਼ ਪੈ ਗਈ',
    'palpitations': 'ਮੇਰਾ ਦਿਲ ਤੇਜ਼ ਧੜਕ ਰਿਹਾ ਹੈ ਅਤੇ ਚੱਕਰ ਆ ਰਹੇ ਹਨ',
    'numbness': 'ਮੇਰੇ ਪੈਰ ਸੁੰਨ ਹੋ ਗਏ ਹਨ ਅਤੇ ਉੱਪਰ ਵੱਲ ਵਧ ਰਿਹਾ ਹੈ',
    'weak-cry': 'ਮੇਰਾ ਬੱਚਾ ਅਜੀਬ ਤਰ੍ਹਾਂ ਰੋ ਰਿਹਾ ਹੈ',
    'soft-spot': 'ਬੱਚੀ ਦਾ ਤਾਲੂ ਉੱਭਰ ਆਇਆ ਹੈ',
    'not-feeding': 'ਮੇਰੀ ਧੀ ਸਵੇਰ ਤੋਂ ਦੁੱਧ ਨਹੀਂ ਪੀ ਰਹੀ',
    'hot-joint': 'ਮੇਰਾ ਗੋਡਾ ਸੁੱਜ ਗਿਆ ਅਤੇ ਗਰਮ ਹੈ, ਕਾਂਬਾ ਛਿੜ ਰਿਹਾ ਹੈ',
    'leg-clot': 'ਲੰਮੇ ਸਫ਼ਰ ਤੋਂ ਬਾਅਦ ਪਿੰਨੀ ਸੁੱਜ ਗਈ ਹੈ',
    'skin-spreading': 'ਜ਼ਖ਼ਮ ਦੁਆਲੇ ਲਾਲੀ ਫੈਲ ਰਹੀ ਹੈ',
    'eczema': 'ਧੀ ਦੇ ਐਗਜ਼ੀਮਾ ਵਿੱਚ ਦਰਦ ਵਾਲੇ ਛਾਲੇ ਹਨ',
  },
  pl: {
    'head-injury': 'Mama uderzyła się w głowę o szafkę',
    'fall': 'Tata upadł w ogrodzie i nie może wstać',
    'broken-bone': 'Chyba złamałem nadgarstek',
    'fainted': 'Syn zemdlał na treningu piłki nożnej',
    'palpitations': 'Mam kołatanie serca i zawroty głowy',
    'numbness': 'Drętwieją mi stopy i to idzie w górę nóg',
    'weak-cry': 'Dziecko ma słaby, piskliwy płacz',
    'soft-spot': 'Ciemiączko córki jest uwypuklone',
    'not-feeding': 'Córka nie chce jeść od rana i ma suchą pieluchę',
    'hot-joint': 'Mam spuchnięte kolano, gorące, i dreszcze',
    'leg-clot': 'Po locie mam spuchniętą łydkę',
    'skin-spreading': 'Rana jest czerwona i gorąca, zaczerwienienie rośnie',
    'eczema': 'Egzema córki ma bolesne pęcherze',
  },
  pt: {
    'head-injury': 'A minha mãe bateu com a cabeça no armário',
    'fall': 'O meu pai caiu no jardim e não consegue levantar-se',
    'broken-bone': 'Acho que parti o braço, está torto',
    'fainted': 'O meu filho desmaiou no treino de futebol',
    'palpitations': 'Tenho o coração acelerado e tonturas',
    'numbness': 'Tenho dormência nos pés que está a subir pelas pernas',
    'weak-cry': 'O meu bebé tem um choro fraco e estranho',
    'soft-spot': 'A moleirinha da minha filha está inchada',
    'not-feeding': 'A minha bebé não mama desde manhã',
    'hot-joint': 'Tenho o joelho inchado e quente e arrepios',
    'leg-clot': 'Tenho a perna inchada depois do voo',
    'skin-spreading': 'A ferida está vermelha e quente e a vermelhidão está a alastrar',
    'eczema': 'O eczema da minha filha tem bolhas que doem',
  },
  ro: {
    'head-injury': 'Mama s-a lovit la cap de dulap',
    'fall': 'Tata a căzut în grădină și nu se poate ridica',
    'broken-bone': 'Cred că mi-am rupt mâna, are o fractură',
    'fainted': 'Fiul meu a leșinat la antrenament',
    'palpitations': 'Am palpitații și amețeli',
    'numbness': 'Am amorțeală în picioare care urcă',
    'weak-cry': 'Bebelușul are un plâns slab și ciudat',
    'soft-spot': 'Fontanela fetiței este bombată',
    'not-feeding': 'Fetița nu suge de azi dimineață',
    'hot-joint': 'Am genunchiul umflat și cald și frisoane',
    'leg-clot': 'Am gamba umflată după zbor',
    'skin-spreading': 'Rana e roșie și caldă și roșeața se extinde',
    'eczema': 'Eczema fetiței are bășici dureroase',
  },
  ur: {
    'head-injury': 'آج صبح امی کے سر پر چوٹ لگی',
    'fall': 'ابو باغ میں گر گئے اور اٹھ نہیں سکتے',
    'broken-bone': 'لگتا ہے میری کلائی ٹوٹ گئی ہے',
    'fainted': 'میرے بیٹے کو کھیلتے ہوئے غش آ گیا',
    'palpitations': 'میرے دل کی دھڑکن تیز ہے اور چکر آ رہے ہیں',
    'numbness': 'میرے پاؤں سن ہو گئے ہیں اور اوپر کی طرف بڑھ رہا ہے',
    'weak-cry': 'میرا بچہ کمزور آواز میں رو رہا ہے',
    'soft-spot': 'بچی کا تالو ابھرا ہوا ہے',
    'not-feeding': 'میری بیٹی صبح سے دودھ نہیں پی رہی',
    'hot-joint': 'میرا گھٹنا سوج گیا ہے اور گرم ہے، کپکپی ہے',
    'leg-clot': 'لمبے سفر کے بعد پنڈلی سوج گئی ہے',
    'skin-spreading': 'زخم کے گرد سرخی پھیل رہی ہے',
    'eczema': 'بیٹی کے ایگزیما میں دردناک چھالے ہیں',
  },
};

const redFlagCheck = compiledQuestionnaire('red-flag-check');

describe('words for the newest topics\' red flags, in every language', () => {
  const rows = Object.entries(SAYS).flatMap(([language, byTerm]) => (Object.entries(byTerm) as [Term, string][]).map(([term, says]) => [language, term, says] as const));

  it.each(rows)('%s, %s: "%s" asks its question, and a yes reaches its outcome', (language, term, says) => {
    const { question, disposition, ageYears } = MEANS[term];
    const result = freeTextSafetyNet(says, language, SAFETY_NET_WORDS);
    // Found in the patient's own language, not only by the English words checked alongside.
    expect(result.matches.some((m) => m.termId === term && m.language === language)).toBe(true);
    expect(result.ask).toContain(question);
    const answers = Object.fromEntries(result.ask.map((linkId) => [linkId, linkId === question]));
    expect(triage(redFlagCheck, { ageYears, sex: 'female', answers }).disposition).toBe(disposition);
  });

  it('has a line for every new kind of words in every language', () => {
    for (const byTerm of Object.values(SAYS)) expect(Object.keys(byTerm).sort()).toEqual(Object.keys(MEANS).sort());
  });
});

describe('the other direct questions those words call for', () => {
  const asks = (text: string, language = 'en') => freeTextSafetyNet(text, language, SAFETY_NET_WORDS).ask;

  it('a knock to the head asks the 999 signs and the A&E signs of the head injury page', () => {
    expect(asks('my son banged his head on the slide')).toEqual(expect.arrayContaining(['head-injury-999-signs', 'head-injury-ae-signs']));
    expect(triage(redFlagCheck, { ageYears: 7, sex: 'male', answers: { 'head-injury-999-signs': false, 'head-injury-ae-signs': true } }).disposition).toBe('go-to-ae');
  });

  it('a bone through the skin is 999, as the broken arm and leg pages say', () => {
    expect(asks('the bone is sticking out of his leg')).toContain('bone-through-skin');
    expect(triage(redFlagCheck, { ageYears: 30, sex: 'male', answers: { 'bone-through-skin': true } }).disposition).toBe('call-999');
  });

  it('stroke words ask about signs now and signs that came and went (a TIA: A&E)', () => {
    expect(asks('I think I had a mini stroke yesterday, my arm went numb for ten minutes')).toEqual(expect.arrayContaining(['stroke-signs', 'stroke-signs-passed']));
    expect(asks('ella tuvo un AIT la semana pasada', 'es')).toContain('stroke-signs-passed');
    expect(triage(redFlagCheck, { ageYears: 70, sex: 'female', answers: { 'stroke-signs': false, 'stroke-signs-passed': true } }).disposition).toBe('go-to-ae');
  });

  it('a fit asks whether it was a first one or a long one (999)', () => {
    expect(asks('he had a seizure at school, it has stopped now')).toEqual(expect.arrayContaining(['seizure-or-unconscious', 'fit-first-or-long']));
    expect(triage(redFlagCheck, { ageYears: 25, sex: 'male', answers: { 'seizure-or-unconscious': false, 'fit-first-or-long': true } }).disposition).toBe('call-999');
  });

  it('a faint also asks about chest pain that feels like pressure (heart attack page)', () => {
    expect(asks('I fainted in the kitchen')).toEqual(expect.arrayContaining(['chest-pain-now', 'fainted-heart-signs']));
  });

  it('asks the baby questions only of a baby or young child', () => {
    expect(triage(redFlagCheck, { ageYears: 30, sex: 'female', answers: { 'weak-high-pitched-cry': true, 'bulging-soft-spot': true, 'not-feeding-no-wee': true } }).disposition).toBe('routine');
  });
});

describe('near misses that must not ask these questions', () => {
  const NEW_QUESTIONS = new Set(Object.values(MEANS).map((m) => m.question).concat(['head-injury-ae-signs', 'bone-through-skin', 'stroke-signs-passed', 'fit-first-or-long']));
  const newAsks = (text: string, language: string) => freeTextSafetyNet(text, language, SAFETY_NET_WORDS).ask.filter((q) => NEW_QUESTIONS.has(q));

  it.each([
    ['en', 'Please update my phone number and my NHS number on the letter'],
    ['en', 'I need a copy of my fibroid scan results'],
    ['en', 'I fell behind with my tablets while on holiday, can I have a review'],
    ['en', 'Could I have a fit note for work please'],
    ['en', 'I broke up with my partner and feel low'],
    ['en', 'My heartburn is bad after meals'],
    ['cy', 'Hoffwn i newid fy rhif ffôn os gwelwch yn dda'],
    ['cy', "Mae fy nghalon yn iach, dim ond eisiau prawf gwaed"],
    ['ar', 'وقعت على النموذج وأريد موعدًا لتجديد الوصفة'],
    ['ar', 'أريد نتيجة تحليل الدم'],
    ['bn', 'অ্যাপয়েন্টমেন্টটি হয়তো বুক হয়ে গেছে'],
    ['bn', 'আমি অবশ্যই সময়মতো আসব'],
    ['es', 'Me cae bien el médico, quiero otra cita'],
    ['es', 'Necesito gotas para los ojos'],
    ['pa', 'ਉਸ ਨੂੰ ਬਹੁਤ ਗੁੱਸਾ ਆ ਗਿਆ ਸੀ'],
    ['pa', 'ਮੈਨੂੰ ਦਵਾਈ ਦੀ ਪਰਚੀ ਚਾਹੀਦੀ ਹੈ'],
    ['pl', 'Nic nie jest ładowane, proszę o receptę'],
    ['pl', 'To nie jest pilne, proszę o wizytę'],
    ['pt', 'Preciso de uma caixa de comprimidos nova'],
    ['pt', 'Quero marcar uma consulta de rotina'],
    ['ro', 'Aș dori o programare pentru un control'],
    ['ur', 'میں نے فارم پر دستخط کر دیے ہیں'],
    ['ur', 'مجھے نسخہ دوبارہ چاہیے'],
  ])('%s: "%s"', (language, text) => {
    expect(newAsks(text, language)).toEqual([]);
  });
});

describe('after "Something else", the words offer the newest topics in every language', () => {
  it.each([
    ['cy', "Mae Dad wedi cwympo a tharo ei ben", 80, 'falls-head-injury'],
    ['ar', 'أشعر بدوخة وكأن الغرفة تدور', 40, 'dizziness-fainting'],
    ['bn', 'আমার বুক ধড়ফড় করে মাঝে মাঝে', 35, 'palpitations'],
    ['es', 'Tengo hormigueo en las manos por las noches', 50, 'numbness-tingling'],
    ['pa', 'ਮੇਰਾ ਬੱਚਾ ਦੁੱਧ ਘੱਟ ਪੀ ਰਿਹਾ ਹੈ', 0, 'baby'],
    ['pl', 'Boli mnie kolano i jest sztywne', 70, 'joint-muscle-pain'],
    ['pt', 'O meu eczema voltou e faz muita comichão', 30, 'skin-conditions'],
    ['ro', 'Mi s-a schimbat culoarea unei alunițe', 45, 'skin-conditions'],
    ['ur', 'مجھے چکر آتے ہیں اور بے ہوش ہو گیا تھا', 60, 'dizziness-fainting'],
  ] as const)('%s: "%s" (age %i) offers %s first', (language, text, age, topic) => {
    expect(topicSuggestions(text, language, age, TOPIC_WORDS_EVERY_LANGUAGE)[0]).toBe(topic);
  });

  it('has words for every topic in every language the app ships', () => {
    const topics: string[] = TOPICS.map((t) => t.id).filter((id) => id !== SOMETHING_ELSE);
    for (const { code } of LANGUAGES) {
      const words = TOPIC_WORDS_EVERY_LANGUAGE[code] ?? {};
      expect(topics.filter((topic) => (words[topic]?.length ?? 0) === 0), code).toEqual([]);
      expect(Object.keys(words).filter((topic) => !topics.includes(topic)), code).toEqual([]);
    }
  });

  it('loads one language at a time, with English beside it', async () => {
    for (const { code } of LANGUAGES) expect(topicWordLanguages()).toContain(code);
    const welsh = await topicWordsFor('cy');
    expect(Object.keys(welsh).sort()).toEqual(['cy', 'en']);
    expect(topicSuggestions('mae gen i beswch ers wythnos', 'cy', 40, welsh)[0]).toBe('breathing-cough');
    expect(topicSuggestions('mae gen i beswch ers wythnos', 'cy', 40)).toEqual([]);
  });
});
