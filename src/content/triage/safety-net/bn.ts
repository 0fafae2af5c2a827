import type { SafetyNetPhrases } from './types';

/**
 * Bengali phrases, in Bengali script and in common romanised spellings, with a few
 * Sylheti forms. Matching drops vowel signs and hasanta, so "ব্যথা" and "ব্যাথা", or
 * "ফুলে" and "ফুলি", are found by the same phrase.
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['আত্মহত্যা', 'নিজেকে মেরে ফেল', 'মরতে চাই', 'মরে যেতে চাই', 'মরে যেতে ইচ্ছ', 'মরি যাইতাম', 'বাঁচতে চাই না', 'জীবন শেষ করে', 'নিজের ক্ষতি', 'নিজেকে কাট', 'ওভারডোজ', 'অনেকগুলো ওষুধ খেয়ে', 'attohotta', 'morte chai', 'more jete chai'],
  'chest-pain': ['বুকে ব্যথা', 'বুকে খুব ব্যথা', 'বুক ব্যথা', 'বুকের ব্যথা', 'বুকে চাপ', 'বুক চেপে', 'বুকে বিষ', 'হার্ট অ্যাটাক', 'হার্ট এটাক', 'buke betha', 'buke batha', 'buke bytha', 'buk betha', 'buko bish'],
  'breathing': ['শ্বাস নিতে পার', 'শ্বাস নিতে কষ্ট', 'শ্বাসকষ্ট', 'শ্বাস বন্ধ', 'নিঃশ্বাস নিতে পার', 'দম বন্ধ', 'দম আটকে', 'দম নিতে পার', 'দম লইতাম পার', 'shash nite parchi na', 'shas nite parchi na', 'shash koshto', 'shashkoshto', 'dom bondho'],
  'stroke': ['স্ট্রোক', 'মুখ বেঁকে', 'মুখ বাঁকা', 'মুখ ঝুলে', 'কথা জড়িয়ে', 'কথা জড়ায়', 'হাত তুলতে পার', 'এক পাশ অবশ', 'strok', 'sturok', 'mukh beke', 'kotha joriye'],
  'bleeding': ['অনেক রক্ত', 'বেশি রক্ত', 'রক্ত পড়ছে', 'রক্ত থামছে না', 'রক্ত বন্ধ হচ্ছে না', 'রক্ত বমি', 'বমিতে রক্ত', 'কাশির সাথে রক্ত', 'কাশিতে রক্ত', 'rokto porche', 'onek rokto', 'rokto bomi', 'rokto thamche na'],
  'seizure': ['খিঁচুনি', 'ফিট হচ্ছে', 'ফিট হয়েছে', 'মৃগী রোগ', 'অজ্ঞান', 'জ্ঞান হারিয়ে', 'জ্ঞান নেই', 'বেহুঁশ', 'জাগছে না', 'ঢলে পড়', 'khichuni', 'ogyan', 'oggan', 'behush'],
  'allergy': ['অ্যানাফাইল্যাক্সিস', 'ঠোঁট ফুলে', 'জিভ ফুলে', 'জিহ্বা ফুলে', 'গলা ফুলে', 'মুখ ফুলে', 'গলা বন্ধ হয়ে', 'thot fule', 'thont fule', 'jibh fule', 'gola fule', 'mukh fule'],
  'sepsis-rash': ['সেপসিস', 'মেনিনজাইটিস', 'মেনিঞ্জাইটিস', 'রক্তে ইনফেকশন', 'রক্তে সংক্রমণ', 'গ্লাস টেস্ট', 'গ্লাস চেপে', 'ফুসকুড়ি মিলিয়ে যায় না', 'ফুসকুড়ি যায় না', 'rokte infection', 'meningaitis'],
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['চোখে দেখতে পাচ্ছি না', 'দেখতে পাচ্ছি না', 'দৃষ্টি হারিয়ে', 'অন্ধ হয়ে'],
  'chemical-eye': ['চোখে ব্লিচ', 'চোখে কেমিক্যাল', 'চোখে রাসায়নিক', 'চোখে এসিড'],
  'vomit-blood-green': ['রক্ত বমি', 'বমিতে রক্ত', 'সবুজ বমি'],
  'testicle': ['অণ্ডকোষ', 'অন্ডকোষ', 'বিচি'],
  'cold-limb': ['পা ঠান্ডা', 'হাত ঠান্ডা', 'ঠান্ডা আর ফ্যাকাশে'],
  'face-swelling': ['মুখ ফুলে', 'গাল ফুলে', 'চোয়াল ফুলে', 'ফোড়া'],
  'nosebleed': ['নাক দিয়ে রক্ত', 'নাক থেকে রক্ত', 'নাকে রক্ত'],
  'burn': ['পুড়ে গেছে', 'পুড়ে গিয়েছে', 'পোড়া', 'ছ্যাঁকা', 'বিদ্যুতের শক', 'কারেন্টের শক'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['নেতিয়ে', 'নিস্তেজ', 'সাড়া দিচ্ছে না', 'জেগে থাকতে পারছে না'],
  'cannot-swallow': ['গিলতে পারছে না', 'গিলতে পারছি না', 'লালা পড়ছে', 'লালা ঝরছে'],
  'thunderclap': ['সবচেয়ে খারাপ মাথাব্যথা', 'হঠাৎ তীব্র মাথাব্যথা', 'হঠাৎ মাথাব্যথা'],
  'stiff-neck': ['ঘাড় শক্ত', 'আলোতে চোখে ব্যথা', 'আলো সহ্য করতে পারছে না'],
  'skin-colour': ['ঠোঁট নীল', 'নীল হয়ে গেছে', 'চামড়া ধূসর', 'খুব ফ্যাকাশে'],
  'cauda-equina': ['দুই পায়ের মাঝে অবশ', 'প্রস্রাব করতে পারছি না', 'প্রস্রাব হচ্ছে না', 'দুই পা দুর্বল', 'দুই পা অবশ'],
  'paracetamol': ['প্যারাসিটামল', 'নাপা', 'paracetamol'],
  // --- end triage-safety
};
