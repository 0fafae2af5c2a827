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
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['nu mai vad', 'am pierdut vederea', 'pierderea vederii', 'orb', 'oarba'],
  'chemical-eye': ['inalbitor in ochi', 'clor in ochi', 'substanta chimica', 'acid in ochi', 'chimicale in ochi'],
  'vomit-blood-green': ['vomit cu sange', 'vomita sange', 'vars sange', 'varsaturi cu sange', 'vomit verde', 'varsaturi verzi', 'zat de cafea'],
  'testicle': ['testicul', 'scrot', 'boase'],
  'cold-limb': ['piciorul rece', 'laba piciorului rece', 'mana rece', 'bratul rece', 'rece si palid', 'rece si alb'],
  'face-swelling': ['abces', 'fata umflata', 'obrazul umflat', 'falca umflata', 'maxilarul umflat'],
  'nosebleed': ['sangereaza nasul', 'sangerare din nas', 'sangerare nazala', 'curge sange din nas', 'epistaxis'],
  'burn': ['arsura', 'arsuri', 'm-am ars', 'oparit', 'electrocut', 'soc electric'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['moale ca o carpa', 'fara vlaga', 'nu reactioneaza', 'nu raspunde', 'nu poate sta treaz', 'foarte somnoros', 'foarte somnoroasa'],
  'cannot-swallow': ['nu poate inghiti', 'nu pot inghiti', 'saliveaza', 'ii curg balele'],
  'thunderclap': ['cea mai rea durere de cap', 'cea mai puternica durere de cap', 'durere de cap brusca', 'durere de cap subita'],
  'stiff-neck': ['ceafa intepenita', 'gat intepenit', 'redoare', 'il deranjeaza lumina', 'o deranjeaza lumina', 'ma deranjeaza lumina'],
  'skin-colour': ['buze albastre', 'buze vinete', 'piele gri', 'piele marmorata', 'foarte palid'],
  'cauda-equina': ['amortit intre picioare', 'amorteala intre picioare', 'nu pot urina', 'nu pot face pipi', 'ambele picioare', 'amandoua picioarele', 'coada de cal'],
  'paracetamol': ['paracetamol', 'panadol', 'calpol', 'efferalgan', 'perfalgan'],
  // --- end triage-safety
};
