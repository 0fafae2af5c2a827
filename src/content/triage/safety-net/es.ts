import type { SafetyNetPhrases } from './types';

/**
 * Spanish phrases. Accents and ñ are folded before matching, so "corazón" also finds
 * "corazon" and "daño" finds "dano". A phrase can sit anywhere in a sentence, so
 * "hinchan los labios" also finds "se me hinchan los labios"; word stems ("desmay",
 * "convuls") catch every ending.
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['suicid', 'matarme', 'me quiero matar', 'quitarme la vida', 'acabar con mi vida', 'quiero morir', 'ganas de morir', 'no quiero vivir', 'mejor muert', 'autolesi', 'hacerme daño', 'cortarme', 'me corto', 'sobredosis', 'demasiadas pastillas'],
  'chest-pain': ['dolor de pecho', 'dolor en el pecho', 'duele el pecho', 'dolor pecho', 'presión en el pecho', 'opresión en el pecho', 'pecho apretado', 'aprieta el pecho', 'infarto', 'ataque al corazón', 'ataque cardiaco', 'dolor torácico'],
  'breathing': ['no puedo respirar', 'no puede respirar', 'no respira', 'cuesta respirar', 'dificultad para respirar', 'falta de aire', 'falta el aire', 'me ahogo', 'se ahoga', 'ahogand', 'asfixi', 'atragant'],
  'stroke': ['ictus', 'derrame cerebral', 'embolia', 'infarto cerebral', 'accidente cerebrovascular', 'cara caída', 'boca torcida', 'se le cae la cara', 'no puedo levantar el brazo', 'no puede levantar el brazo', 'brazo débil', 'arrastra las palabras', 'arrastrando las palabras', 'no puede hablar', 'ait', 'accidente isquémico transitorio', 'ataque isquémico transitorio', 'mini ictus', 'miniictus', 'pequeño ictus'],
  'bleeding': ['sangra mucho', 'sangro mucho', 'sangrando mucho', 'mucha sangre', 'hemorragia', 'no para de sangrar', 'no deja de sangrar', 'desangr', 'sangre a chorro', 'vomito sangre', 'vomitando sangre', 'vómitos con sangre', 'toso sangre', 'tosiendo sangre', 'escupo sangre'],
  'seizure': ['convuls', 'ataque epil', 'crisis epil', 'desmay', 'inconscient', 'perdió el conocimiento', 'perdí el conocimiento', 'pérdida de conocimiento', 'sin conocimiento', 'no despierta', 'no se despierta', 'no reacciona', 'desplom', 'colaps'],
  'allergy': ['anafila', 'labios hinchados', 'lengua hinchada', 'garganta hinchada', 'boca hinchada', 'hinchan los labios', 'hincha la lengua', 'hincha la boca', 'hincha la garganta', 'cierra la garganta', 'shock alérgico', 'choque alérgico', 'edema de glotis', 'reacción alérgica grave'],
  'sepsis-rash': ['sepsis', 'septic', 'meningitis', 'sarpullido que no desaparece', 'erupción que no desaparece', 'manchas que no desaparecen', 'ronchas que no desaparecen', 'no desaparece con el vaso', 'no desaparecen con el vaso', 'no desaparece al apretar', 'prueba del vaso', 'prueba del vidrio', 'manchas moradas', 'petequias'],
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['perdí la vista', 'perdió la vista', 'pérdida de visión', 'no puedo ver', 'me quedé ciego', 'me quedé ciega', 'ceguera'],
  'chemical-eye': ['lejía en el ojo', 'químico en el ojo', 'producto químico en', 'ácido en el ojo', 'salpicó en el ojo', 'me salpicó'],
  'vomit-blood-green': ['vómito con sangre', 'vomito sangre', 'vomitando sangre', 'vómito verde', 'vomita verde', 'posos de café'],
  'testicle': ['testícul', 'escroto', 'me duelen los huevos', 'dolor en los huevos'],
  'cold-limb': ['pierna fría', 'pie frío', 'brazo frío', 'mano fría', 'frío y pálido', 'fría y pálida'],
  'face-swelling': ['absceso', 'flemón', 'cara hinchada', 'mejilla hinchada', 'mandíbula hinchada', 'cuello hinchado', 'se me hincha la cara'],
  'nosebleed': ['sangra la nariz', 'sangrado de nariz', 'sangrado nasal', 'hemorragia nasal', 'epistaxis', 'sangre por la nariz'],
  'burn': ['quemad', 'me quemé', 'escald', 'descarga eléctrica', 'electrocut'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['flácid', 'no responde', 'no reacciona', 'no puede mantenerse despiert', 'muy adormilad', 'muy somnolient'],
  'cannot-swallow': ['no puedo tragar', 'no puede tragar', 'babea', 'babeando', 'no traga ni la saliva'],
  'thunderclap': ['peor dolor de cabeza', 'dolor de cabeza repentino', 'dolor de cabeza súbito', 'el peor dolor'],
  'stiff-neck': ['cuello rígido', 'rigidez de cuello', 'rigidez en el cuello', 'nuca rígida', 'le molesta la luz', 'me molesta la luz'],
  'skin-colour': ['labios azules', 'labios morados', 'piel gris', 'piel azulada', 'piel moteada', 'muy pálid'],
  'cauda-equina': ['no siento entre las piernas', 'dormido entre las piernas', 'no puedo orinar', 'no puede orinar', 'no controlo la orina', 'las dos piernas', 'ambas piernas', 'cola de caballo'],
  'paracetamol': ['paracetamol', 'gelocatil', 'termalgin', 'apiretal'],
  // --- end triage-safety
  // --- topics-b gaps (issue 12): words for the red flags of falls and head injury, fainting,
  // palpitations, numbness, babies, joints and skin, to be checked by a translator.
  'head-injury': ['golpe en la cabeza', 'golpe a la cabeza', 'golpe fuerte en la cabeza', 'se golpeó la cabeza', 'me golpeé la cabeza', 'se dio en la cabeza', 'me di en la cabeza', 'se pegó en la cabeza', 'herida en la cabeza', 'traumatismo craneal', 'conmoción cerebral', 'se cayó de cabeza', 'chichón'],
  'fall': ['no puede levantarse', 'no se puede levantar', 'no puedo levantarme', 'no me puedo levantar', 'sigue en el suelo', 'tirado en el suelo', 'tirada en el suelo', 'se cayó', 'me caí', 'se ha caído', 'me he caído', 'una caída', 'tropezó', 'tropecé', 'resbaló', 'resbalé'],
  'broken-bone': ['fractura', 'roto el brazo', 'roto la pierna', 'roto la muñeca', 'roto el tobillo', 'roto la cadera', 'hueso roto', 'se rompió', 'me rompí', 'me he roto', 'se ha roto', 'hueso sale', 'hueso se ve', 'hueso fuera', 'deformad', 'dislocad', 'luxación', 'no puede apoyar', 'no puedo apoyar', 'no puedo pisar', 'no puede pisar', 'crujido'],
  'fainted': ['desmay', 'perdió el conocimiento', 'perdí el conocimiento', 'perdió la conciencia', 'se desplomó', 'síncope'],
  'palpitations': ['palpitac', 'corazón acelerado', 'corazón a mil', 'el corazón me late muy rápido', 'late muy rápido', 'latidos rápidos', 'latidos irregulares', 'taquicardia', 'arritmia', 'fibrilación', 'el corazón se salta', 'vuelco el corazón'],
  'numbness': ['entumec', 'adormec', 'hormigueo', 'hormigas en', 'brazo dormido', 'pierna dormida', 'mano dormida', 'debilidad', 'sin fuerza en', 'no siento el', 'no siento la', 'perdí la sensibilidad', 'sin sensibilidad', 'guillain'],
  'weak-cry': ['llanto débil', 'llora débil', 'llanto agudo', 'llanto muy agudo', 'grito agudo', 'llora raro', 'llanto raro', 'llanto extraño', 'gime', 'quejido'],
  'soft-spot': ['fontanela', 'mollera', 'abultad', 'bulto en la cabeza'],
  'not-feeding': ['no come', 'no quiere comer', 'no quiere mamar', 'no mama', 'no toma el pecho', 'no toma el biberón', 'no toma leche', 'rechaza el biberón', 'rechaza el pecho', 'no bebe', 'pañal seco', 'pañales secos', 'no ha hecho pis', 'no ha orinado', 'no moja el pañal', 'vomita todo', 'no para de vomitar'],
  'hot-joint': ['articulación caliente', 'articulación hinchada', 'articulación roja', 'rodilla caliente', 'rodilla hinchada', 'tobillo hinchado', 'caliente e hinchad', 'hinchada y caliente', 'hinchado y caliente', 'ataque de gota', 'tengo gota', 'crisis de gota', 'artritis séptica'],
  'leg-clot': ['trombo', 'coágulo', 'pantorrilla hinchada', 'gemelo hinchado', 'dolor en la pantorrilla', 'dolor en el gemelo', 'pierna hinchada', 'una pierna hinchada', 'tvp'],
  'skin-spreading': ['celulitis', 'enrojecimiento que se extiende', 'rojo y caliente', 'roja y caliente', 'caliente y roja', 'caliente y rojo', 'la rojez se extiende', 'infección de piel', 'infección en la piel', 'línea roja'],
  'eczema': ['eccema', 'eczema', 'ezcema', 'dermatitis'],
  // --- end topics-b gaps
};
