import type { SafetyNetPhrases } from './types';

/**
 * Panjabi phrases in Gurmukhi, and in the Roman (Latin-letter) spellings many people
 * type on phones. Matching drops Gurmukhi vowel signs, nukta, tippi, bindi and addak
 * (they are combining marks), so "ਖ਼ੁਦਕੁਸ਼ੀ" and "ਖੁਦਕੁਸੀ" match alike; phrases are kept
 * long enough that the bare consonants do not catch everyday words ("ਦੌਰਾ" alone
 * would catch "ਦਰਦ", so it is "ਦੌਰਾ ਪ…", and "ਮੈਨਿੰਜ" alone would catch the name "ਮਨਜੀਤ").
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['ਖ਼ੁਦਕੁਸ਼ੀ', 'ਆਤਮ ਹੱਤਿਆ', 'ਆਤਮਹੱਤਿਆ', 'ਮਰਨਾ ਚਾਹੁੰਦ', 'ਮਰ ਜਾਣਾ ਚਾਹੁੰਦ', 'ਆਪਣੀ ਜਾਨ ਲੈ', 'ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ', 'ਖ਼ੁਦ ਨੂੰ ਮਾਰ', 'ਜ਼ਿੰਦਗੀ ਖ਼ਤਮ', 'ਜੀਉਣਾ ਨਹੀਂ', 'ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ', 'ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ', 'ਓਵਰਡੋਜ਼', 'khudkushi', 'marna chah'],
  'chest-pain': ['ਛਾਤੀ ਵਿੱਚ', "ਛਾਤੀ 'ਚ", 'ਛਾਤੀ ਚ ਦਰਦ', 'ਛਾਤੀ ਦਾ ਦਰਦ', 'ਛਾਤੀ ਤੇ ਦਬਾਅ', 'ਸੀਨੇ ਵਿੱਚ ਦਰਦ', 'ਦਿਲ ਦਾ ਦੌਰਾ', 'ਹਾਰਟ ਅਟੈਕ', 'chhati vich', 'chati vich', 'chhati ch', 'chati ch', 'dil da daura', 'dil da dora'],
  'breathing': ['ਸਾਹ ਨਹੀਂ', 'ਸਾਹ ਲੈਣ ਵਿੱਚ', "ਸਾਹ ਲੈਣ 'ਚ", 'ਸਾਹ ਲੈਣ ਚ', 'ਸਾਹ ਚੜ', 'ਸਾਹ ਫੁੱਲ', 'ਸਾਹ ਰੁਕ', 'ਦਮ ਘੁੱਟ', 'saah nahi', 'sah nahi', 'saah lain', 'sah lain', 'saah chad', 'sah chad', 'dam ghut'],
  'stroke': ['ਅਧਰੰਗ', 'ਲਕਵਾ', 'ਸਟ੍ਰੋਕ', 'ਚਿਹਰਾ ਲਟਕ', 'ਚਿਹਰਾ ਟੇਢਾ', 'ਮੂੰਹ ਟੇਢਾ', 'ਮੂੰਹ ਵਿੰਗਾ', 'ਜ਼ੁਬਾਨ ਲੜਖੜ', 'ਬਾਂਹ ਨਹੀਂ ਚੁੱਕ', 'ਬਾਂਹ ਕਮਜ਼ੋਰ', 'adhrang', 'lakwa', 'lakva', 'munh tedha', 'muh tedha', 'ਛੋਟਾ ਸਟ੍ਰੋਕ', 'ਮਿੰਨੀ ਸਟ੍ਰੋਕ', 'ਟੀਆਈਏ', 'chhota stroke'],
  'bleeding': ['ਬਹੁਤ ਖ਼ੂਨ', 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਖ਼ੂਨ', 'ਖ਼ੂਨ ਵਹਿ', 'ਖ਼ੂਨ ਵਗ', 'ਖ਼ੂਨ ਨਹੀਂ ਰੁਕ', 'ਖ਼ੂਨ ਦੀ ਉਲਟੀ', 'ਖ਼ੂਨ ਦੀਆਂ ਉਲਟੀ', 'ਉਲਟੀ ਵਿੱਚ ਖ਼ੂਨ', 'ਖੰਘ ਵਿੱਚ ਖ਼ੂਨ', 'bahut khoon', 'bohat khoon', 'khoon beh', 'khun beh', 'khoon nahi ruk', 'khoon di ulti'],
  'seizure': ['ਦੌਰਾ ਪ', 'ਦੌਰਾ ਆ', 'ਮਿਰਗੀ ਦਾ ਦੌਰਾ', 'ਕੜਵੱਲ', 'ਬੇਹੋਸ਼', 'ਬੇ ਹੋਸ਼', 'ਹੋਸ਼ ਨਹੀਂ', 'ਬੇਸੁਰਤ', 'ਜਾਗ ਨਹੀਂ ਰਹ', 'behosh', 'be hosh', 'daura pe', 'daura pai', 'dora pe', 'mirgi da daura'],
  'allergy': ['ਬੁੱਲ੍ਹ ਸੁੱਜ', 'ਬੁੱਲ ਸੁੱਜ', 'ਜੀਭ ਸੁੱਜ', 'ਗਲਾ ਸੁੱਜ', 'ਗਲਾ ਬੰਦ ਹੋ', 'ਮੂੰਹ ਸੁੱਜ', 'ਚਿਹਰਾ ਸੁੱਜ', 'ਗੰਭੀਰ ਐਲਰਜੀ', 'ਐਨਾਫ਼ਿਲ', 'bull suj', 'jeebh suj', 'jibh suj', 'gala suj', 'gala band', 'munh suj'],
  'sepsis-rash': ['ਸੈਪਸਿਸ', 'ਮੈਨਿਨਜ', 'ਮੈਨਿੰਜਾਈ', 'ਦਿਮਾਗ਼ੀ ਬੁਖ਼ਾਰ', 'ਗਰਦਨ ਤੋੜ', 'ਧੱਫੜ ਫਿੱਕੇ ਨਹੀਂ', 'ਗਲਾਸ ਟੈਸਟ', 'ਗਲਾਸ ਦਬਾ', 'dimagi bukhar', 'dimaagi bukhar', 'gardan tod', 'gardan tor'],
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['ਨਜ਼ਰ ਚਲੀ ਗਈ', 'ਨਜ਼ਰ ਖਤਮ', 'ਦਿਖਾਈ ਨਹੀਂ ਦੇ ਰਿਹਾ', 'ਦਿਖਣਾ ਬੰਦ', 'ਅੰਨ੍ਹਾ'],
  'chemical-eye': ['ਅੱਖ ਵਿੱਚ ਬਲੀਚ', 'ਅੱਖ ਵਿੱਚ ਕੈਮੀਕਲ', 'ਅੱਖ ਵਿੱਚ ਤੇਜ਼ਾਬ'],
  'vomit-blood-green': ['ਖੂਨ ਦੀ ਉਲਟੀ', 'ਉਲਟੀ ਵਿੱਚ ਖੂਨ', 'ਹਰੀ ਉਲਟੀ'],
  'testicle': ['ਅੰਡਕੋਸ਼', 'ਪਤਾਲੂ', 'ਟੈਸਟੀਕਲ'],
  'cold-limb': ['ਲੱਤ ਠੰਢੀ', 'ਪੈਰ ਠੰਢਾ', 'ਹੱਥ ਠੰਢਾ', 'ਠੰਢਾ ਤੇ ਪੀਲਾ'],
  'face-swelling': ['ਚਿਹਰਾ ਸੁੱਜ', 'ਗੱਲ੍ਹ ਸੁੱਜ', 'ਜਬਾੜਾ ਸੁੱਜ', 'ਫੋੜਾ'],
  'nosebleed': ['ਨੱਕ ਵਿੱਚੋਂ ਖੂਨ', 'ਨੱਕ ਚੋਂ ਖੂਨ', 'ਨਕਸੀਰ'],
  'burn': ['ਸੜ ਗਿਆ', 'ਸੜ ਗਈ', 'ਜਲ ਗਿਆ', 'ਜਲ ਗਈ', 'ਕਰੰਟ ਲੱਗ', 'ਬਿਜਲੀ ਦਾ ਝਟਕਾ'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['ਢਿੱਲਾ ਪੈ', 'ਢਿੱਲੀ ਪੈ', 'ਜਵਾਬ ਨਹੀਂ ਦੇ ਰਿਹਾ', 'ਜਵਾਬ ਨਹੀਂ ਦੇ ਰਹੀ', 'ਜਾਗ ਨਹੀਂ ਸਕਦਾ'],
  'cannot-swallow': ['ਨਿਗਲ ਨਹੀਂ ਸਕਦਾ', 'ਨਿਗਲ ਨਹੀਂ ਸਕਦੀ', 'ਨਿਗਲ ਨਹੀਂ ਹੁੰਦਾ', 'ਲਾਰ ਡਿੱਗ', 'ਰਾਲਾਂ'],
  'thunderclap': ['ਸਭ ਤੋਂ ਬੁਰਾ ਸਿਰ ਦਰਦ', 'ਅਚਾਨਕ ਸਿਰ ਦਰਦ', 'ਅਚਾਨਕ ਤੇਜ਼ ਸਿਰ ਦਰਦ'],
  'stiff-neck': ['ਗਰਦਨ ਅਕੜ', 'ਧੌਣ ਅਕੜ', 'ਗਰਦਨ ਸਖ਼ਤ', 'ਰੋਸ਼ਨੀ ਚੁਭ'],
  'skin-colour': ['ਬੁੱਲ੍ਹ ਨੀਲੇ', 'ਨੀਲਾ ਪੈ', 'ਚਮੜੀ ਸਲੇਟੀ', 'ਬਹੁਤ ਪੀਲਾ'],
  'cauda-equina': ['ਲੱਤਾਂ ਵਿਚਕਾਰ ਸੁੰਨ', 'ਪਿਸ਼ਾਬ ਨਹੀਂ ਆ ਰਿਹਾ', 'ਪਿਸ਼ਾਬ ਨਹੀਂ ਕਰ ਸਕਦਾ', 'ਦੋਵੇਂ ਲੱਤਾਂ'],
  'paracetamol': ['ਪੈਰਾਸੀਟਾਮੋਲ', 'paracetamol'],
  // --- end triage-safety
  // --- topics-b gaps (issue 12): words for the red flags of falls and head injury, fainting,
  // palpitations, numbness, babies, joints and skin, to be checked by a translator.
  'head-injury': ['ਸਿਰ ਵਿੱਚ ਸੱਟ', 'ਸਿਰ ਤੇ ਸੱਟ', "ਸਿਰ 'ਤੇ ਸੱਟ", "ਸਿਰ 'ਚ ਸੱਟ", 'ਸਿਰ ਚ ਸੱਟ', 'ਸਿਰ ਵੱਜ', 'ਸਿਰ ਟਕਰਾ', 'ਸਿਰ ਫੱਟ', 'sir te satt', 'sir vich satt', 'sir vajj', 'sir te sat', 'sir ch satt'],
  'fall': ['ਡਿੱਗ ਪਏ', 'ਡਿੱਗ ਪਿਆ', 'ਡਿੱਗ ਪਈ', 'ਡਿੱਗ ਗਏ', 'ਡਿੱਗ ਗਿਆ', 'ਡਿੱਗ ਗਈ', 'ਉੱਠ ਨਹੀਂ ਸਕਦ', 'ਉੱਠ ਨਹੀਂ ਹੋ', 'ਫ਼ਰਸ਼ ਤੇ ਪਿਆ', 'ਫ਼ਰਸ਼ ਤੇ ਪਈ', 'ਤਿਲਕ ਕੇ ਡਿੱਗ', 'digg pe', 'dig pe', 'digg gaye', 'dig gaye', 'digg gya', 'uth nahi sakd'],
  'broken-bone': ['ਹੱਡੀ ਟੁੱਟ', 'ਹੱਡੀ ਬਾਹਰ', 'ਬਾਂਹ ਟੁੱਟ', 'ਲੱਤ ਟੁੱਟ', 'ਗੁੱਟ ਟੁੱਟ', 'ਫਰੈਕਚਰ', 'ਭਾਰ ਨਹੀਂ ਪਾ ਸਕਦ', 'haddi tutt', 'haddi tut'],
  'fainted': ['ਗਸ਼ ਪੈ ਗ', 'ਚੱਕਰ ਖਾ ਕੇ ਡਿੱਗ', 'ghash pai', 'gash pe', 'behosh ho'],
  'palpitations': ['ਦਿਲ ਤੇਜ਼ ਧੜਕ', 'ਦਿਲ ਦੀ ਧੜਕਣ ਤੇਜ਼', 'ਧੜਕਣ ਤੇਜ਼', 'ਦਿਲ ਜ਼ੋਰ ਨਾਲ ਧੜਕ', 'ਦਿਲ ਘਬਰਾ', 'ਧੜਕਣ ਬੇਤਰਤੀਬ', 'dil tez dhadak', 'dhadkan tez', 'dil ghabra'],
  'numbness': ['ਸੁੰਨ ਹੋ ਗ', 'ਸੁੰਨ ਪੈ ਗ', 'ਸੁੰਨਤਾ', 'ਝਰਨਾਹਟ', 'ਝੁਣਝੁਣੀ', 'ਕੀੜੀਆਂ ਤੁਰ', 'ਲੱਤ ਕਮਜ਼ੋਰ', 'ਕਮਜ਼ੋਰੀ', 'sunn ho', 'sun ho gay', 'jhunjhuni', 'kamzori'],
  'weak-cry': ['ਕਮਜ਼ੋਰ ਆਵਾਜ਼ ਵਿੱਚ ਰੋ', 'ਰੋਣਾ ਕਮਜ਼ੋਰ', 'ਪਤਲੀ ਤਿੱਖੀ ਆਵਾਜ਼', 'ਅਜੀਬ ਤਰ੍ਹਾਂ ਰੋ', 'kamzor rona', 'ajeeb rona'],
  'soft-spot': ['ਸਿਰ ਦੀ ਨਰਮ ਥਾਂ', 'ਤਾਲੂ ਉੱਭਰ', 'ਤਾਲੂ ਉੱਚਾ', 'ਨਰਮ ਥਾਂ ਉੱਭਰ', 'ਤਾਲੂ ਫੁੱਲ'],
  'not-feeding': ['ਦੁੱਧ ਨਹੀਂ ਪੀ', 'ਦੁੱਧ ਨਹੀਂ ਚੁੰਘ', 'ਫੀਡ ਨਹੀਂ ਲੈ', 'ਬੋਤਲ ਨਹੀਂ ਲੈ', 'ਕੁਝ ਨਹੀਂ ਪੀ', 'ਪਿਸ਼ਾਬ ਨਹੀਂ ਕੀਤਾ', 'ਪੇਸ਼ਾਬ ਨਹੀਂ', 'ਨੈਪੀ ਸੁੱਕੀ', 'ਡਾਇਪਰ ਸੁੱਕਾ', 'ਵਾਰ ਵਾਰ ਉਲਟੀ', 'doodh nahi pee', 'dudh nahi pi', 'peshab nahi'],
  'hot-joint': ['ਜੋੜ ਗਰਮ', 'ਜੋੜ ਸੁੱਜ', 'ਗੋਡਾ ਸੁੱਜ', 'ਗੋਡਾ ਗਰਮ', 'ਗਠੀਆ', 'ਗਾਊਟ', 'jod suj', 'goda suj'],
  'leg-clot': ['ਖੂਨ ਦਾ ਗਤਲਾ', 'ਖ਼ੂਨ ਦਾ ਗਤਲਾ', 'ਗਤਲਾ', 'ਪਿੰਨੀ ਸੁੱਜ', 'ਲੱਤ ਸੁੱਜ', 'ਪਿੰਨੀ ਵਿੱਚ ਦਰਦ', 'ਇੱਕ ਲੱਤ ਸੁੱਜੀ', 'khoon da gatla', 'latt suj', 'pinni suj'],
  'skin-spreading': ['ਲਾਲੀ ਫੈਲ', 'ਲਾਲ ਤੇ ਗਰਮ', 'ਲਾਲ ਅਤੇ ਗਰਮ', 'ਗਰਮ ਤੇ ਲਾਲ', 'ਚਮੜੀ ਦੀ ਲਾਗ', 'ਸੈਲੂਲਾਈਟਿਸ', 'laali fail'],
  'eczema': ['ਐਗਜ਼ੀਮਾ', 'ਐਕਜ਼ੀਮਾ', 'ਚੰਬਲ', 'chambal'],
  // --- end topics-b gaps
};
