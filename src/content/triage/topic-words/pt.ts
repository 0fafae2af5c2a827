/**
 * Portuguese words that suggest each topic, offered on "Something else" (whole words; a
 * trailing `*` matches the start of a word). English (en.ts) is checked alongside. Written
 * with the translation; a translator should check them. Adding words is safe: a suggestion is
 * only offered, never forced.
 */
export const words: Readonly<Record<string, readonly string[]>> = {
  'chest-pain': ['peito', 'coração', 'coracao', 'angina', 'costela*', 'esterno'],
  'breathing-cough': ['tosse', 'tossir', 'respirar', 'respiração', 'respiracao', 'falta de ar', 'pieira', 'chiadeira', 'asma', 'bomba', 'inalador', 'expetoração', 'expectoracao', 'catarro', 'constipação', 'constipacao', 'gripe'],
  headache: ['cabeça', 'cabeca', 'dor de cabeça', 'dor de cabeca', 'enxaqueca*'],
  'abdominal-pain': ['barriga', 'estômago', 'estomago', 'abdómen', 'abdomen', 'apêndice', 'apendice', 'prisão de ventre', 'obstipação', 'gases', 'indigestão', 'azia', 'barriga inchada'],
  fever: ['febre', 'temperatura', 'arrepios', 'calafrios', 'suores', 'quente'],
  urinary: ['urina', 'urinar', 'chichi', 'xixi', 'ardor a urinar', 'cistite', 'infeção urinária', 'infecção urinária', 'infecao urinaria', 'bexiga', 'rim', 'rins'],
  'sore-throat': ['garganta', 'amígdala*', 'amigdala*', 'engolir', 'faringite'],
  earache: ['ouvido', 'ouvidos', 'orelha', 'orelhas', 'otite', 'dor de ouvido'],
  'rash-skin': ['erupção', 'erupcao', 'borbulhas', 'manchas', 'comichão', 'comichao', 'coceira', 'picada*', 'mordedura', 'impetigo', 'bolha*', 'pele', 'urticária', 'urticaria', 'herpes zoster'],
  'back-pain': ['costas', 'lombar', 'lombalgia', 'ciática', 'ciatica', 'coluna', 'hérnia discal', 'hernia discal'],
  'mental-health': ['depressão', 'depressao', 'deprimid*', 'ansiedade', 'pânico', 'panico', 'stress', 'estresse', 'humor', 'saúde mental', 'saude mental', 'suicíd*', 'suicid*', 'automutila*', 'não aguento', 'nao aguento'],
  pregnancy: ['grávida', 'gravida', 'gravidez', 'parteira', 'enfermeira obstetra', 'contração*', 'contraçõe*', 'contracoes', 'rebentaram as águas', 'bebé mexe'],
  medication: ['comprimido*', 'medicamento*', 'remédio*', 'remedio*', 'receita*', 'dose', 'efeito secundário', 'efeitos secundários', 'efeitos secundarios', 'pílula', 'pilula'],
  eyes: ['olho', 'olhos', 'visão', 'visao', 'conjuntivite', 'pálpebra*', 'palpebra*', 'terçolho', 'tercolho', 'lentes de contacto', 'turva', 'remela', 'vista turva', 'a vista'],
  'diarrhoea-vomiting': ['diarreia', 'vómito*', 'vomito*', 'vomitar', 'vomitando', 'a vomitar', 'gastroenterite', 'intoxicação alimentar', 'intoxicacao alimentar', 'desidrata*'],
  limb: ['perna', 'pernas', 'braço', 'braco', 'braços', 'joelho*', 'tornozelo*', 'pé', 'pe', 'pés', 'dedo', 'dedos', 'mão', 'mao', 'mãos', 'pulso', 'cotovelo*', 'ombro*', 'anca', 'gémeo', 'coxa', 'entorse', 'torção', 'fratura*', 'trombose'],
  'genital-sexual-health': ['vagina*', 'vulva', 'corrimento', 'candidíase', 'candidiase', 'fungos', 'pénis', 'penis', 'testículo*', 'testiculo*', 'genita*', 'partes íntimas', 'partes intimas', 'ist', 'dst', 'clamídia', 'gonorreia', 'herpes', 'sexual*', 'sexo', 'preservativo', 'pílula do dia seguinte', 'contracepção', 'contraceção', 'menstruação', 'período', 'menopausa', 'vih', 'hiv'],
  'mouth-teeth': ['dente', 'dentes', 'dentista', 'dentário', 'gengiva*', 'boca', 'afta*', 'abcesso', 'maxilar', 'queixo', 'chumbo', 'dentadura', 'na língua', 'língua inchada'],
  'nose-sinuses': ['nariz', 'sinusite', 'seios nasais', 'rinite', 'alergia ao pólen', 'febre dos fenos', 'espirr*', 'nariz entupido', 'ranho', 'hemorragia nasal', 'sangue do nariz', 'pólen', 'polen'],
  'wounds-bites-burns': ['corte', 'cortes', 'ferida*', 'arranhão', 'esfoladela', 'mordidela', 'mordedura', 'mordeu', 'cão', 'cao', 'gato', 'picada*', 'vespa', 'abelha', 'inseto*', 'carraça', 'queimadura*', 'queimei', 'queimou', 'escald*', 'pontos', 'tétano', 'tetano'],
  'falls-head-injury': ['caiu', 'caí', 'queda', 'tropecei', 'tropeçou', 'escorreguei', 'escorregou', 'pancada na cabeça', 'bateu com a cabeça', 'bati com a cabeça', 'concussão', 'galo na cabeça'],
  'dizziness-fainting': ['tontura*', 'tonto', 'tonta', 'desmai*', 'vertigem', 'vertigens', 'a andar à roda', 'anda tudo à roda', 'desequilíbrio', 'desequilibrio'],
  palpitations: ['palpitaç*', 'palpitac*', 'coração acelerado', 'coracao acelerado', 'batimentos', 'bater depressa', 'pulsação', 'pulsacao', 'taquicardia', 'arritmia'],
  'numbness-tingling': ['dormência', 'dormencia', 'dormente', 'formigueiro', 'formigamento', 'fraqueza', 'sem força', 'não sinto', 'túnel cárpico', 'tunel carpico'],
  baby: ['bebé', 'bebe', 'recém-nascido', 'recem nascido', 'fralda*', 'moleirinha', 'mamar', 'mama', 'biberão', 'biberao', 'leite', 'semanas', 'meses', 'dentição', 'denticao', 'cólica*', 'colica*', 'icterícia', 'ictericia'],
  'joint-muscle-pain': ['articulação', 'articulacao', 'articulações', 'joelho*', 'anca', 'tornozelo*', 'pulso', 'cotovelo*', 'ombro*', 'músculo*', 'musculo*', 'entorse', 'distensão', 'gota', 'artrite', 'artrose', 'reumatismo', 'coxeia', 'coxear', 'tendão', 'tendinite'],
  'skin-conditions': ['eczema', 'psoríase', 'psoriase', 'acne', 'borbulhas', 'espinhas', 'urticária', 'urticaria', 'verruga*', 'comichão', 'comichao', 'pele seca', 'dermatite', 'sinal na pele', 'sinal mudou'],
};
