/**
 * Spanish words that suggest each topic, offered on "Something else" (whole words; a trailing
 * `*` matches the start of a word). English (en.ts) is checked alongside. Written with the
 * translation; a translator should check them. Adding words is safe: a suggestion is only
 * offered, never forced.
 */
export const words: Readonly<Record<string, readonly string[]>> = {
  'chest-pain': ['pecho', 'corazon', 'corazón', 'angina', 'costilla*', 'esternon', 'esternón'],
  'breathing-cough': ['tos', 'toso', 'tosiendo', 'respirar', 'respiracion', 'respiración', 'ahogo', 'pitos', 'silbido*', 'asma', 'inhalador', 'flema*', 'mocos', 'resfriado', 'catarro', 'gripe'],
  headache: ['cabeza', 'dolor de cabeza', 'jaqueca', 'migraña*', 'cefalea'],
  'abdominal-pain': ['barriga', 'tripa', 'estomago', 'estómago', 'vientre', 'abdomen', 'abdominal', 'apendice', 'apéndice', 'estreñ*', 'gases', 'indigestion', 'indigestión', 'acidez', 'barriga hinchada', 'vientre hinchado'],
  fever: ['fiebre', 'temperatura', 'calentura', 'escalofrio*', 'escalofrío*', 'sudores', 'tiritando'],
  urinary: ['orina', 'orinar', 'pis', 'pipi', 'pipí', 'escozor al orinar', 'cistitis', 'infeccion de orina', 'infección de orina', 'vejiga', 'riñon*', 'riñón*'],
  'sore-throat': ['garganta', 'anginas', 'amigdala*', 'amígdala*', 'tragar', 'faringitis'],
  earache: ['oido', 'oído', 'oidos', 'oídos', 'oreja', 'orejas', 'otitis', 'dolor de oido', 'dolor de oído'],
  'rash-skin': ['sarpullido', 'erupcion', 'erupción', 'granos', 'ronchas', 'picor', 'picazon', 'picazón', 'pica', 'picadura', 'herpes zoster', 'herpes zóster', 'culebrilla', 'impetigo', 'impétigo', 'ampolla*', 'piel', 'urticaria'],
  'back-pain': ['espalda', 'lumbago', 'lumbar', 'ciatica', 'ciática', 'columna', 'hernia discal'],
  'mental-health': ['depresion', 'depresión', 'deprimid*', 'ansiedad', 'panico', 'pánico', 'estres', 'estrés', 'animo', 'ánimo', 'salud mental', 'suicid*', 'autolesion*', 'no puedo mas', 'no puedo más'],
  pregnancy: ['embarazada', 'embarazo', 'matrona', 'comadrona', 'contraccion*', 'contracción*', 'he roto aguas', 'rompi aguas', 'bebe se mueve', 'el bebé se mueve'],
  medication: ['pastilla*', 'medicina*', 'medicamento*', 'receta*', 'dosis', 'efecto secundario', 'efectos secundarios', 'comprimido*'],
  eyes: ['ojo', 'ojos', 'vision', 'visión', 'conjuntivitis', 'parpado*', 'párpado*', 'orzuelo', 'lentillas', 'borrosa', 'legañas', 'la vista', 'vista borrosa'],
  'diarrhoea-vomiting': ['diarrea', 'vomito*', 'vómito*', 'vomitando', 'vomitar', 'devolver', 'gastroenteritis', 'intoxicacion alimentaria', 'intoxicación alimentaria', 'deshidrat*', 'descompuesto'],
  limb: ['pierna', 'piernas', 'brazo', 'brazos', 'rodilla*', 'tobillo*', 'pie', 'pies', 'dedo', 'dedos', 'mano', 'manos', 'muñeca*', 'codo*', 'hombro*', 'cadera*', 'pantorrilla', 'gemelo', 'muslo', 'esguince*', 'torcedura', 'fractura*', 'trombosis'],
  'genital-sexual-health': ['vagina*', 'vulva', 'flujo', 'candidiasis', 'hongos', 'pene', 'testiculo*', 'testículo*', 'genital*', 'partes intimas', 'partes íntimas', 'its', 'ets', 'clamidia', 'gonorrea', 'herpes', 'sexual*', 'sexo', 'preservativo', 'condon', 'condón', 'pildora del dia despues', 'píldora del día después', 'anticonceptiv*', 'periodo', 'menopausia', 'vih', 'mi regla', 'la regla me', 'con la regla'],
  'mouth-teeth': ['diente', 'dientes', 'muela', 'muelas', 'dentista', 'dental', 'encia*', 'encía*', 'boca', 'llaga*', 'afta*', 'flemon', 'flemón', 'absceso', 'mandibula', 'mandíbula', 'empaste', 'dentadura', 'en la lengua', 'lengua hinchada'],
  'nose-sinuses': ['nariz', 'sinusitis', 'senos nasales', 'alergia al polen', 'fiebre del heno', 'estornud*', 'mocos', 'nariz tapada', 'sangrado de nariz', 'sangra la nariz', 'polen'],
  'wounds-bites-burns': ['corte', 'cortes', 'herida*', 'raspon*', 'rasguño*', 'mordedura', 'mordisco', 'me mordio', 'me mordió', 'perro', 'gato', 'picadura', 'avispa', 'abeja', 'insecto*', 'garrapata', 'quemadura*', 'quemado', 'quemé', 'escald*', 'puntos', 'tetanos', 'tétanos'],
  'falls-head-injury': ['caida', 'caída', 'me cai', 'me caí', 'se cayo', 'se cayó', 'tropece', 'tropecé', 'tropezo', 'tropezó', 'resbale', 'resbalé', 'golpe en la cabeza', 'se golpeo la cabeza', 'se golpeó la cabeza', 'me golpee la cabeza', 'me golpeé la cabeza', 'conmocion', 'conmoción', 'chichon', 'chichón'],
  'dizziness-fainting': ['mareo*', 'mareada', 'mareado', 'desmayo*', 'desmaye', 'desmayé', 'desmayó', 'vertigo*', 'vértigo*', 'da vueltas', 'inestable', 'perdi el equilibrio', 'perdí el equilibrio'],
  palpitations: ['palpitacion*', 'palpitación*', 'taquicardia', 'corazon acelerado', 'corazón acelerado', 'latidos', 'latido*', 'pulso', 'arritmia', 'el corazon se salta', 'el corazón se salta'],
  'numbness-tingling': ['entumec*', 'adormec*', 'hormigueo', 'hormigas', 'debilidad', 'sin fuerza', 'no siento', 'tunel carpiano', 'túnel carpiano', 'hormigue*', 'hormigueo en las manos', 'hormigueo en los pies', 'hormigueo en las piernas', 'brazo dormido', 'pierna dormida', 'mano dormida', 'se me duerme*'],
  baby: ['bebe', 'bebé', 'recien nacido', 'recién nacido', 'lactante', 'pañal', 'pañales', 'fontanela', 'mollera', 'teta', 'pecho', 'biberon', 'biberón', 'semanas', 'meses', 'toma', 'tomas', 'denticion', 'dentición', 'colico*', 'cólico*', 'ictericia'],
  'joint-muscle-pain': ['articulacion*', 'articulación*', 'rodilla*', 'cadera*', 'tobillo*', 'muñeca*', 'codo*', 'hombro*', 'esguince*', 'torcedura', 'tiron', 'tirón', 'musculo*', 'músculo*', 'gota', 'artritis', 'artrosis', 'cojea*', 'tendon*', 'tendón*'],
  'skin-conditions': ['eccema', 'eczema', 'psoriasis', 'acne', 'acné', 'granos', 'espinillas', 'urticaria', 'ronchas', 'lunar', 'lunares', 'picor', 'piel seca', 'dermatitis'],
};
