/**
 * Romanian words that suggest each topic, offered on "Something else" (whole words; a trailing
 * `*` matches the start of a word). English (en.ts) is checked alongside. Written with the
 * translation; a translator should check them. Adding words is safe: a suggestion is only
 * offered, never forced.
 */
export const words: Readonly<Record<string, readonly string[]>> = {
  'chest-pain': ['piept', 'pieptul', 'inimă', 'inima', 'angină', 'angina', 'coastă', 'coaste', 'stern'],
  'breathing-cough': ['tuse', 'tușesc', 'tuseste', 'tușește', 'respir*', 'sufoc*', 'șuierat', 'astm', 'inhalator', 'spray', 'flegmă', 'flegma', 'spută', 'răceală', 'raceala', 'gripă', 'gripa'],
  headache: ['cap', 'durere de cap', 'dureri de cap', 'mă doare capul', 'ma doare capul', 'migren*'],
  'abdominal-pain': ['burtă', 'burta', 'burtica', 'stomac', 'abdomen', 'abdominal*', 'apendicit*', 'constipa*', 'balonare', 'balonat', 'indigestie', 'arsuri'],
  fever: ['febră', 'febra', 'temperatură', 'temperatura', 'frisoane', 'tremur', 'transpir*', 'fierbinte'],
  urinary: ['urină', 'urina', 'urinez', 'pipi', 'usturime la urinat', 'cistită', 'cistita', 'infecție urinară', 'infectie urinara', 'vezică', 'vezica', 'rinichi'],
  'sore-throat': ['gât', 'gat', 'gâtul', 'gatul', 'amigdal*', 'înghit', 'inghit', 'faringit*'],
  earache: ['ureche', 'urechea', 'urechi', 'urechile', 'otită', 'otita'],
  'rash-skin': ['erupție', 'eruptie', 'bubițe', 'bubite', 'mâncărime', 'mancarime', 'mă mănâncă', 'ma mananca', 'înțepătur*', 'intepatur*', 'mușcătur*', 'muscatur*', 'zona zoster', 'impetigo', 'bășic*', 'basic*', 'piele', 'pielea', 'urticarie'],
  'back-pain': ['spate', 'spatele', 'lombar*', 'sciatic*', 'coloan*', 'hernie de disc'],
  'mental-health': ['depresi*', 'anxietate', 'panică', 'panica', 'stres', 'dispoziție', 'sănătate mintală', 'sanatate mintala', 'sinucid*', 'nu mai pot'],
  pregnancy: ['gravidă', 'gravida', 'sarcină', 'sarcina', 'însărcinată', 'insarcinata', 'moașă', 'moasa', 'contracții', 'contractii', 'mi s-a rupt apa'],
  medication: ['pastil*', 'tablet*', 'medicament*', 'rețet*', 'retet*', 'doză', 'doza', 'efect secundar', 'efecte secundare', 'pilulă', 'pilula'],
  eyes: ['ochi', 'ochiul', 'ochii', 'vedere', 'conjunctivit*', 'pleoap*', 'urcior', 'lentile', 'încețoșat', 'incetosat'],
  'diarrhoea-vomiting': ['diaree', 'vărs*', 'vars*', 'vomit*', 'vomă', 'voma', 'gastroenterit*', 'toxiinfecție', 'toxiinfectie', 'deshidrat*'],
  limb: ['picior', 'piciorul', 'picioare', 'picioarele', 'braț', 'brat', 'brațul', 'mână', 'mana', 'mâna', 'genunchi*', 'gleznă', 'glezna', 'laba piciorului', 'deget*', 'încheietur*', 'incheietur*', 'cot', 'cotul', 'umăr', 'umar', 'umărul', 'șold', 'sold', 'gambă', 'gamba', 'coapsă', 'coapsa', 'entorsă', 'entorsa', 'fractur*', 'tromboz*'],
  'genital-sexual-health': ['vagin*', 'vulv*', 'secreți*', 'secretii', 'scurgeri', 'candidoz*', 'ciuperc*', 'penis', 'testicul*', 'genital*', 'părțile intime', 'partile intime', 'bts', 'chlamydia', 'gonoree', 'herpes', 'sexual*', 'sex', 'prezervativ', 'pilula de a doua zi', 'contracepți*', 'contraceptiv*', 'menstruați*', 'menstruatie', 'ciclu', 'menopauz*', 'hiv'],
  'mouth-teeth': ['dinte', 'dinți', 'dinti', 'dintele', 'măsea', 'masea', 'măseaua', 'dentist', 'gingi*', 'gură', 'gura', 'gura mea', 'afte', 'aftă', 'abces', 'maxilar', 'falcă', 'plombă', 'proteză', 'pe limbă', 'limba umflată'],
  'nose-sinuses': ['nas', 'nasul', 'sinuz*', 'rinit*', 'alergie la polen', 'febra fânului', 'strănut*', 'stranut*', 'nas înfundat', 'nas infundat', 'muci', 'sângerare din nas', 'sânge din nas', 'polen'],
  'wounds-bites-burns': ['tăietur*', 'taietur*', 'rană', 'rana', 'răni', 'zgârietur*', 'zgarietur*', 'mușcat', 'muscat', 'mușcătur*', 'câine', 'caine', 'pisică', 'pisica', 'înțepătur*', 'viespe', 'albină', 'albina', 'insect*', 'căpușă', 'capusa', 'arsur*', 'm-am ars', 's-a ars', 'opărit', 'oparit', 'copci', 'tetanos'],
  'falls-head-injury': ['am căzut', 'a căzut', 'am cazut', 'a cazut', 'căzătur*', 'cazatur*', 'alunecat', 'împiedicat', 'impiedicat', 'lovitură la cap', 'lovitura la cap', 'lovit la cap', 'comoție', 'comotie', 'cucui'],
  'dizziness-fainting': ['amețe*', 'amete*', 'amețit', 'ametit', 'leșin*', 'lesin*', 'vertij', 'se învârte', 'se invarte', 'echilibru'],
  palpitations: ['palpitați*', 'palpitatii', 'inima bate', 'bătăi*', 'batai*', 'puls', 'pulsul', 'tahicardie', 'aritmie'],
  'numbness-tingling': ['amorț*', 'amort*', 'furnicătur*', 'furnicatur*', 'furnică', 'slăbiciune', 'slabiciune', 'nu simt', 'tunel carpian'],
  baby: ['bebeluș*', 'bebelus*', 'bebe', 'nou-născut', 'nou nascut', 'sugar', 'scutec*', 'fontanel*', 'alăptez', 'alaptez', 'suge', 'biberon', 'lapte', 'săptămâni', 'saptamani', 'luni', 'dentiți*', 'dentitie', 'colici', 'icter'],
  'joint-muscle-pain': ['articulați*', 'articulatie', 'încheietur*', 'genunchi*', 'șold*', 'sold', 'gleznă', 'glezna', 'umăr*', 'umar*', 'cot', 'mușchi', 'muschi', 'mușchiul', 'entorsă', 'entorsa', 'întindere', 'gută', 'guta', 'artrit*', 'artroz*', 'reumatism', 'șchiopăt*', 'schiopat*', 'tendon*'],
  'skin-conditions': ['eczem*', 'psoriazis', 'acnee', 'coșuri', 'cosuri', 'urticarie', 'aluniț*', 'alunit*', 'negi', 'mâncărime', 'mancarime', 'piele uscată', 'piele uscata', 'dermatit*'],
};
