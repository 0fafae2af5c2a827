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
  'stroke': ['فالج', 'سٹروک', 'اسٹروک', 'لقوہ', 'چہرہ ٹیڑھا', 'چہرہ لٹک', 'منہ ٹیڑھا', 'زبان لڑکھڑا', 'بازو نہیں اٹھ', 'بازو کمزور', 'falij', 'faalij', 'falaj', 'chehra tedha', 'zuban larkhara'],
  'bleeding': ['بہت خون', 'بہت زیادہ خون', 'خون بند نہیں', 'خون نہیں رک', 'خون رک نہیں', 'خون کی الٹی', 'الٹی میں خون', 'کھانسی میں خون', 'bohat khoon', 'bahut khoon', 'bohot khoon', 'khoon band nahi', 'khoon nahi ruk', 'khoon ruk nahi', 'khoon ki ulti'],
  'seizure': ['دورہ پڑ', 'دورے پڑ', 'مرگی', 'جھٹکے لگ', 'بے ہوش', 'بےہوش', 'بیہوش', 'ہوش نہیں', 'ہوش میں نہیں', 'جاگ نہیں', 'behosh', 'be hosh', 'mirgi', 'daura par', 'jhatke'],
  'allergy': ['ہونٹ سوج', 'ہونٹوں پر سوجن', 'زبان سوج', 'گلا سوج', 'گلے میں سوجن', 'چہرہ سوج', 'گلا بند ہو', 'شدید الرجی', 'انافیلیکس', 'hont sooj', 'honth sooj', 'zuban sooj', 'zaban sooj', 'gala sooj', 'gala band'],
  'sepsis-rash': ['سیپسس', 'سیپسیس', 'خون میں زہر', 'گردن توڑ', 'میننجائٹس', 'مننجائٹس', 'دانے نہیں مٹ', 'دانے ہلکے نہیں', 'گلاس ٹیسٹ', 'gardan tor', 'gardan tod', 'daane nahi mit', 'dane nahi mit'],
  // --- Topics A (branch topics-a): English words only so far; English is checked in every
  // language. Needs this language's own words from its translators.
  'sight-loss': [],
  'chemical-eye': [],
  'vomit-blood-green': [],
  'testicle': [],
  'cold-limb': [],
  'face-swelling': [],
  'nosebleed': [],
  'burn': [],
  // --- end Topics A
};
