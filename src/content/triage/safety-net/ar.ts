import type { SafetyNetPhrases } from './types';

/**
 * Arabic phrases: Modern Standard Arabic and the everyday dialect spellings people type.
 * Hamza, madda and short vowels are dropped when matching, so "ألم" and "الم" are the same.
 * A phrase only matches at the start of a word, and Arabic joins "ال", "و" and "ب" to the
 * word, so common forms with and without them are listed. Stems like "نوبة قلب" catch
 * "نوبة قلبية", and both "ة" and "ه" spellings are given where people type either.
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['انتحار', 'الانتحار', 'انتحر', 'اقتل نفسي', 'قتل نفسي', 'انهي حياتي', 'انهاء حياتي', 'اريد ان اموت', 'بدي موت', 'اؤذي نفسي', 'اذيت نفسي', 'ايذاء النفس', 'اجرح نفسي', 'جرعة زائدة', 'intihar'],
  'chest-pain': ['الم في الصدر', 'الم في صدر', 'الم بالصدر', 'الم الصدر', 'وجع في الصدر', 'وجع في صدر', 'وجع بصدر', 'وجع صدر', 'ضيق في الصدر', 'sadr', 'صدري يوجع', 'نوبة قلب', 'نوبه قلب', 'جلطة قلب', 'ذبحة صدري'],
  'breathing': ['لا استطيع التنفس', 'لا اقدر اتنفس', 'ما اقدر اتنفس', 'مش قادر اتنفس', 'صعوبة في التنفس', 'صعوبة التنفس', 'صعوبه في التنفس', 'ضيق تنفس', 'ضيق في التنفس', 'ضيق نفس', 'ضيق النفس', 'اختن', 'يختنق', 'تختنق', 'atnafas'],
  'stroke': ['جلطة دماغ', 'جلطه دماغ', 'جلطة في الدماغ', 'سكتة دماغ', 'سكته دماغ', 'وجهه مايل', 'وجهي مايل', 'فمه مايل', 'تدلي الوجه', 'كلامه ثقيل', 'لسانه ثقيل', 'تلعثم', 'شلل', 'لا يستطيع رفع ذراع', 'ما يقدر يرفع يد'],
  'bleeding': ['نزيف شديد', 'نزيف حاد', 'نزيف غزير', 'نزيف كثير', 'ينزف كثير', 'ينزف بشدة', 'دم كثير', 'الدم لا يتوقف', 'الدم ما يوقف', 'استفراغ دم', 'تقيؤ دم', 'يتقيأ دم', 'اتقيأ دم', 'سعال دم', 'كحة دم'],
  'seizure': ['صرع', 'تشنج', 'كريزة', 'الوعي', 'وعي', 'اغمي علي', 'اغمى علي', 'مغمى علي', 'انهار', 'اغماء', 'غيبوب', 'لا يستيقظ', 'ما يصحى', 'ما يفيق', 'لا يستجيب'],
  'allergy': ['حساسية مفرط', 'حساسيه مفرط', 'صدمة تحسس', 'صدمه تحسس', 'تورم الشف', 'تورم في الشف', 'انتفاخ الشف', 'تورم اللسان', 'انتفاخ اللسان', 'تورم الحلق', 'لساني متورم', 'لساني منتفخ', 'شفايفي منفخ', 'شفتي متورم', 'حلقي مسك'],
  'sepsis-rash': ['تعفن الدم', 'تسمم الدم', 'انتان', 'الانتان', 'سيبسس', 'السحايا', 'سحايا', 'حمى شوكي', 'حمي شوكي', 'الحمى الشوكي', 'طفح لا يختفي', 'طفح جلدي لا يختفي', 'طفح ما يختفي', 'طفح ما يروح', 'اختبار الكاس'],
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
