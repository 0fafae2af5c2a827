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
  'stroke': ['avc', 'accident vascular', 'atac cerebral', 'congestie cerebral', 'fata stramb', 'gura stramb', 'fata cazuta', 'vorbeste incurcat', 'vorbeste neclar', 'nu poate vorbi', 'nu pot ridica mana', 'nu pot ridica bratul', 'nu poate ridica', 'paraliz', 'slabiciune pe o parte', 'accident ischemic tranzitoriu', 'atac ischemic tranzitoriu', 'ait', 'mini avc', 'mini-avc'],
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
  // --- topics-b gaps (issue 12): words for the red flags of falls and head injury, fainting,
  // palpitations, numbness, babies, joints and skin, to be checked by a translator.
  'head-injury': ['lovitură la cap', 'lovit la cap', 'lovit cu capul', 'traumatism cranian', 'rană la cap', 'comoți', 'cucui', 'căzut în cap'],
  'fall': ['a căzut', 'am căzut', 'căzătur', 'nu se poate ridica', 'nu mă pot ridica', 'nu poate să se ridice', 'e pe jos', 'este pe jos', 'zace pe jos', 'a alunecat', 'am alunecat', 'împiedicat'],
  'broken-bone': ['fractur', 'rupt mâna', 'rupt piciorul', 'mâna ruptă', 'piciorul rupt', 'os rupt', 'și-a rupt', 'mi-am rupt', 'osul iese', 'os ieșit', 'luxat', 'deformat', 'nu poate călca', 'nu pot călca', 'nu se poate sprijini', 'nu pot pune greutate'],
  'fainted': ['leșin', 'pierdut cunoștința', 'sincop', 'prăbușit'],
  'palpitations': ['palpitați', 'inima bate repede', 'inima îmi bate repede', 'inima o ia razna', 'inima bate neregulat', 'bătăi neregulate', 'tahicardi', 'aritmi', 'fibrilați', 'inima sare', 'inima bubuie'],
  'numbness': ['amorț', 'furnicătur', 'furnică', 'slăbiciune', 'nu îmi simt', 'nu-mi simt', 'nu mai simt', 'fără sensibilitate', 'guillain'],
  'weak-cry': ['plâns slab', 'plânset slab', 'plâns ascuțit', 'plânset ascuțit', 'plânge ciudat', 'scâncește', 'gemete', 'tot geme'],
  'soft-spot': ['fontanel', 'moalele capului', 'bombat', 'umflat în creștet'],
  'not-feeding': ['nu mănâncă', 'nu suge', 'nu vrea să sugă', 'refuză biberonul', 'refuză sânul', 'nu bea', 'scutec uscat', 'scutecul uscat', 'scutece uscate', 'nu a făcut pipi', 'nu a urinat', 'vomită tot', 'varsă tot'],
  'hot-joint': ['articulație caldă', 'articulație umflată', 'genunchi umflat', 'genunchiul umflat', 'genunchi cald', 'umflat și cald', 'caldă și umflată', 'gută', 'artrită septică'],
  'leg-clot': ['tromboz', 'cheag', 'gambă umflată', 'pulpa umflată', 'durere în gambă', 'picior umflat', 'piciorul umflat'],
  'skin-spreading': ['celulit', 'roșeață care se întinde', 'roșeața se extinde', 'roșu și cald', 'roșie și caldă', 'cald și roșu', 'infecție a pielii', 'infecție la piele', 'dungă roșie'],
  'eczema': ['eczem', 'dermatit'],
  // --- end topics-b gaps
};
