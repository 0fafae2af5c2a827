import type { SafetyNetPhrases } from './types';

/**
 * Urdu phrases in Urdu script, and in the Roman (Latin-letter) spellings many people
 * type on phones. Word stems ("خودکش", "marna chaht") catch the endings verbs and
 * nouns take; "خود کش" with a space is listed too, as people write it both ways.
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['خودکش', 'خود کش', 'اپنی جان لے', 'اپنی جان لین', 'مرنا چاہت', 'مر جانا چاہت', 'خود کو مار', 'زندگی ختم کر', 'جینا نہیں چاہت', 'خود کو نقصان', 'اپنے آپ کو نقصان', 'خود کو کاٹ', 'khudkushi', 'khud kushi', 'marna chaht'],
  'chest-pain': ['سینے میں درد', 'سینے میں شدید', 'سینے میں تیز درد', 'سینے کا درد', 'سینے پر دباؤ', 'سینے میں دباؤ', 'سینے میں جکڑن', 'سینہ جکڑ', 'چھاتی میں درد', 'دل کا دورہ', 'ہارٹ اٹیک', 'seene mein dard', 'seene me dard', 'seene main dard', 'dil ka daura'],
  'breathing': ['سانس نہیں آ', 'سانس نہیں لے', 'سانس لینے میں', 'سانس پھول', 'سانس رک', 'سانس اکھڑ', 'دم گھٹ', 'saans nahi', 'sans nahi', 'saans lene', 'sans lene', 'saans phool', 'sans phool', 'dam ghut'],
  'stroke': ['فالج', 'سٹروک', 'اسٹروک', 'لقوہ', 'چہرہ ٹیڑھا', 'چہرہ لٹک', 'منہ ٹیڑھا', 'زبان لڑکھڑا', 'بازو نہیں اٹھ', 'بازو کمزور', 'falij', 'faalij', 'falaj', 'chehra tedha', 'zuban larkhara', 'چھوٹا فالج', 'معمولی فالج', 'منی سٹروک', 'ٹی آئی اے', 'chota falij'],
  'bleeding': ['بہت خون', 'بہت زیادہ خون', 'خون بند نہیں', 'خون نہیں رک', 'خون رک نہیں', 'خون کی الٹی', 'الٹی میں خون', 'کھانسی میں خون', 'bohat khoon', 'bahut khoon', 'bohot khoon', 'khoon band nahi', 'khoon nahi ruk', 'khoon ruk nahi', 'khoon ki ulti'],
  'seizure': ['دورہ پڑ', 'دورے پڑ', 'مرگی', 'جھٹکے لگ', 'بے ہوش', 'بےہوش', 'بیہوش', 'ہوش نہیں', 'ہوش میں نہیں', 'جاگ نہیں', 'behosh', 'be hosh', 'mirgi', 'daura par', 'jhatke'],
  'allergy': ['ہونٹ سوج', 'ہونٹوں پر سوجن', 'زبان سوج', 'گلا سوج', 'گلے میں سوجن', 'چہرہ سوج', 'گلا بند ہو', 'شدید الرجی', 'انافیلیکس', 'hont sooj', 'honth sooj', 'zuban sooj', 'zaban sooj', 'gala sooj', 'gala band'],
  'sepsis-rash': ['سیپسس', 'سیپسیس', 'خون میں زہر', 'گردن توڑ', 'میننجائٹس', 'مننجائٹس', 'دانے نہیں مٹ', 'دانے ہلکے نہیں', 'گلاس ٹیسٹ', 'gardan tor', 'gardan tod', 'daane nahi mit', 'dane nahi mit'],
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['نظر چلی گئی', 'بینائی چلی گئی', 'دکھائی نہیں دے رہا', 'اندھا', 'nazar chali'],
  'chemical-eye': ['آنکھ میں بلیچ', 'آنکھ میں کیمیکل', 'آنکھ میں تیزاب'],
  'vomit-blood-green': ['خون کی الٹی', 'الٹی میں خون', 'ہری الٹی', 'سبز الٹی', 'khoon ki ulti'],
  'testicle': ['خصیہ', 'خصیے', 'فوطے', 'ٹیسٹیکل'],
  'cold-limb': ['ٹانگ ٹھنڈی', 'پاؤں ٹھنڈا', 'ہاتھ ٹھنڈا', 'ٹھنڈا اور پیلا'],
  'face-swelling': ['چہرہ سوج', 'گال سوج', 'جبڑا سوج', 'پھوڑا'],
  'nosebleed': ['ناک سے خون', 'نکسیر', 'naak se khoon', 'naksir'],
  'burn': ['جل گیا', 'جل گئی', 'جھلس', 'کرنٹ لگ', 'بجلی کا جھٹکا', 'jal gaya'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['ڈھیلا پڑ', 'بے جان', 'جواب نہیں دے رہا', 'جواب نہیں دے رہی', 'جاگ نہیں پا'],
  'cannot-swallow': ['نگل نہیں سکتا', 'نگل نہیں سکتی', 'نگلنے میں مشکل', 'رال ٹپک', 'رالیں'],
  'thunderclap': ['سب سے برا سر درد', 'اچانک سر درد', 'اچانک شدید سر درد'],
  'stiff-neck': ['گردن اکڑ', 'گردن سخت', 'روشنی بری لگ', 'gardan akar'],
  'skin-colour': ['ہونٹ نیلے', 'نیلا پڑ', 'جلد سرمئی', 'بہت پیلا', 'hont neele'],
  'cauda-equina': ['ٹانگوں کے درمیان سن', 'پیشاب نہیں آ رہا', 'پیشاب نہیں کر سکتا', 'دونوں ٹانگیں', 'peshab nahi'],
  'paracetamol': ['پیراسیٹامول', 'پیناڈول', 'panadol', 'paracetamol'],
  // --- end triage-safety
  // --- topics-b gaps (issue 12): words for the red flags of falls and head injury, fainting,
  // palpitations, numbness, babies, joints and skin, to be checked by a translator.
  'head-injury': ['سر پر چوٹ', 'سر میں چوٹ', 'سر پہ چوٹ', 'سر ٹکرا', 'سر پھٹ', 'سر میں ضرب', 'سر پر ضرب', 'سر کی چوٹ', 'sar par chot', 'sir par chot', 'sar pe chot', 'sir pe chot', 'sar mein chot', 'sir mein chot'],
  'fall': ['گر گیا', 'گر گئی', 'گر گئے', 'گر پڑا', 'گر پڑی', 'گرنے سے', 'اٹھ نہیں سکتا', 'اٹھ نہیں سکتی', 'اٹھ نہیں پا', 'فرش پر پڑا', 'فرش پر پڑی', 'پھسل کر', 'gir gaya', 'gir gayi', 'gir gai', 'gir para', 'uth nahi', 'phisal'],
  'broken-bone': ['ہڈی ٹوٹ', 'ہڈی باہر', 'بازو ٹوٹ', 'ٹانگ ٹوٹ', 'کلائی ٹوٹ', 'فریکچر', 'وزن نہیں ڈال', 'ٹیڑھا ہو گیا', 'haddi toot', 'haddi tut'],
  'fainted': ['غش', 'چکر کھا کر گر', 'ہوش کھو', 'ghash', 'behosh ho'],
  'palpitations': ['دل کی دھڑکن تیز', 'دھڑکن تیز', 'دل تیز دھڑک', 'دل زور سے دھڑک', 'دل گھبرا', 'دھڑکن بے ترتیب', 'dil ki dhadkan', 'dhadkan tez', 'dil tez dhadak', 'dil ghabra'],
  'numbness': ['سن ہو گ', 'سن پڑ گ', 'جھنجھناہٹ', 'سوئیاں چبھ', 'کمزوری', 'ٹانگ کمزور', 'احساس نہیں', 'sun ho gay', 'sunn ho', 'jhunjhunahat', 'kamzori'],
  'weak-cry': ['کمزور رونا', 'کمزور آواز میں رو', 'باریک آواز میں رو', 'عجیب طرح رو', 'کراہ', 'kamzor rona', 'ajeeb tarah ro'],
  'soft-spot': ['تالو', 'سر کا نرم حصہ', 'سر کی نرم جگہ', 'talu'],
  'not-feeding': ['دودھ نہیں پی', 'فیڈ نہیں لے', 'بوتل نہیں لے', 'کچھ نہیں پی', 'پیشاب نہیں کیا', 'پیشاب نہیں آیا', 'ڈائپر خشک', 'پیمپر خشک', 'نیپی خشک', 'بار بار الٹی', 'doodh nahi pee', 'dudh nahi pi', 'peshab nahi kiya', 'bar bar ulti'],
  'hot-joint': ['جوڑ گرم', 'جوڑ سوج', 'جوڑ میں سوجن', 'گھٹنا سوج', 'گھٹنا گرم', 'گٹھیا', 'گاؤٹ', 'jor suj', 'jod suj', 'ghutna suj'],
  'leg-clot': ['خون کا لوتھڑا', 'خون جم', 'کلاٹ', 'پنڈلی سوج', 'پنڈلی میں درد', 'ٹانگ سوج', 'ایک ٹانگ سوج', 'khoon ka lothra', 'khoon jam', 'pindli', 'taang suj'],
  'skin-spreading': ['لالی پھیل', 'سرخی پھیل', 'سرخ اور گرم', 'لال اور گرم', 'گرم اور سرخ', 'جلد کا انفیکشن', 'جلد میں انفیکشن', 'سیلولائٹس', 'laali phail', 'surkhi phail'],
  'eczema': ['ایگزیما', 'ایکزیما', 'اگزیما', 'ekzima', 'egzima'],
  // --- end topics-b gaps
};
