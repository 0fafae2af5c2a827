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
