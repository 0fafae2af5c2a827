import type { SafetyNetPhrases } from './types';

/**
 * Romanian phrases, written without diacritics: matching ignores them, so "mă sinucid"
 * and "ma sinucid" (as many people type on phones) both match. Word stems catch endings
 * ("sinucid" finds "sinucidere"); "-" counts as a space ("să-mi" is "sa mi").
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['sinucid', 'sinucig', 'ma omor', 'vreau sa mor', 'nu mai vreau sa trai', 'iau viata', 'iau zilele', 'capat zilelor', 'ma tai pe', 'sa ma tai', 'ma ranesc', 'fac rau', 'automutil', 'supradoz', 'am luat prea multe'],
  'chest-pain': ['durere in piept', 'durerea in piept', 'dureri in piept', 'ma doare in piept', 'ma doare pieptul', 'apasare in piept', 'presiune in piept', 'ma strange in piept', 'ma strange pieptul', 'ma apasa in piept', 'ma apasa pieptul', 'junghi in piept', 'infarct', 'atac de cord', 'atac cardiac'],
  'breathing': ['nu pot respira', 'nu mai pot respira', 'nu pot sa respir', 'respir greu', 'respir cu greu', 'respira greu', 'nu am aer', 'n am aer', 'nu mai am aer', 'lipsa de aer', 'sufoc', 'ma inec', 'se ineaca', 'dificultati de respir', 'gafai'],
  'stroke': ['avc', 'accident vascular', 'atac cerebral', 'congestie cerebral', 'fata stramb', 'gura stramb', 'fata cazuta', 'vorbeste incurcat', 'vorbeste neclar', 'nu poate vorbi', 'nu pot ridica mana', 'nu pot ridica bratul', 'nu poate ridica', 'paraliz', 'slabiciune pe o parte'],
  'bleeding': ['sangerez mult', 'sangereaza mult', 'sangerare puternica', 'sangerare abundenta', 'hemorag', 'mult sange', 'nu se opreste sange', 'nu se opreste din sanger', 'tasneste', 'vars sange', 'varsat sange', 'varsa sange', 'vomit sange', 'tusesc cu sange', 'scuip sange'],
  'seizure': ['convulsi', 'epilep', 'inconstient', 'pierdut cunostinta', 'pierde cunostinta', 'fara cunostinta', 'lesin', 'leshin', 'a cazut lat', 'nu se trezeste', 'nu se mai trezeste', 'nu il pot trezi', 'nu o pot trezi', 'spume la gura'],
  'allergy': ['anafila', 'soc alergic', 'edem glotic', 'quincke', 'buze umflate', 'buzele umflate', 'limba umflata', 'gatul umflat', 'umflat buzele', 'umflat limba', 'umflat gatul', 'se umfla buzele', 'se umfla limba', 'se umfla gatul', 'se inchide gatul'],
  'sepsis-rash': ['sepsis', 'septic', 'meningit', 'eruptie care nu dispar', 'eruptia nu dispar', 'pete care nu dispar', 'petele nu dispar', 'nu dispar la apasare', 'nu dispare la apasare', 'nu dispar sub pahar', 'testul paharului', 'testul cu paharul', 'proba paharului'],
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
