import type { SafetyNetPhrases } from './types';

/**
 * European Portuguese phrases, with the Brazilian word order people also type ("me matar"
 * as well as "matar-me"). Accents are ignored when matching, so "nao" finds "não".
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['suicid', 'matar-me', 'me matar', 'quero morrer', 'acabar com a minha vida', 'acabar com tudo', 'não quero viver', 'tirar a minha vida', 'automutil', 'auto-mutil', 'autoles', 'magoar-me', 'cortar-me', 'me cortar', 'sobredos'],
  'chest-pain': ['dor no peito', 'dores no peito', 'dor de peito', 'dor forte no peito', 'dor torác', 'aperto no peito', 'peito apertado', 'pressão no peito', 'peso no peito', 'ataque cardíaco', 'ataque de coração', 'enfarte', 'enfarto', 'infarto'],
  'breathing': ['não consigo respirar', 'não consegue respirar', 'mal consigo respirar', 'não respira', 'falta de ar', 'falta-me o ar', 'dificuldade em respirar', 'dificuldade a respirar', 'dificuldade para respirar', 'custa-me respirar', 'sufoc', 'engasg', 'ofegante'],
  'stroke': ['avc', 'acidente vascular', 'trombose', 'derrame', 'boca torta', 'cara torta', 'cara descaída', 'face descaída', 'fala arrastada', 'boca está torta', 'cara está torta', 'não consigo falar', 'não consigo levantar o braço', 'braço fraco', 'braço dormente', 'ait', 'acidente isquémico transitório', 'acidente isquêmico transitório', 'mini avc', 'pequeno avc'],
  'bleeding': ['hemorrag', 'sangrar muito', 'sangra muito', 'sangrando muito', 'muito sangue', 'não para de sangrar', 'sangue não para', 'sangue a jorrar', 'a deitar sangue', 'vomitar sangue', 'vómito sangue', 'vómitos com sangue', 'vomitei sangue', 'tossir sangue', 'tosse com sangue'],
  'seizure': ['convuls', 'crise epilé', 'ataque epilé', 'ataque de epilep', 'desmai', 'inconscien', 'perdeu os sentidos', 'perdi os sentidos', 'perdeu a consciência', 'perdi a consciência', 'não acorda', 'não consigo acorda', 'colaps'],
  'allergy': ['anafila', 'lábios incha', 'língua incha', 'garganta incha', 'lábios estão inchados', 'lábios a inchar', 'língua a inchar', 'inchaço nos lábios', 'inchaço na língua', 'inchaço na garganta', 'garganta a fechar', 'garganta fechada', 'reação alérgica', 'choque alérgico', 'edema da glote'],
  'sepsis-rash': ['seps', 'septic', 'meningit', 'manchas que não desaparecem', 'manchas que não saem', 'erupção que não desaparece', 'erupção cutânea que não desaparece', 'teste do copo', 'manchas roxas', 'pintas roxas', 'petéquias'],
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['perdi a visão', 'perda de visão', 'não consigo ver', 'fiquei cego', 'fiquei cega', 'cegueira'],
  'chemical-eye': ['lixívia no olho', 'químico no olho', 'ácido no olho', 'água sanitária no olho', 'produto químico'],
  'vomit-blood-green': ['vomitar sangue', 'vomitando sangue', 'vómito com sangue', 'vômito com sangue', 'vómito verde', 'vômito verde', 'borra de café'],
  'testicle': ['testícul', 'escroto'],
  'cold-limb': ['perna fria', 'pé frio', 'braço frio', 'mão fria', 'fria e pálida', 'frio e pálido'],
  'face-swelling': ['abcesso', 'abscesso', 'cara inchada', 'rosto inchado', 'bochecha inchada', 'maxilar inchado', 'pescoço inchado'],
  'nosebleed': ['sangramento nasal', 'sangrar do nariz', 'sangue do nariz', 'hemorragia nasal', 'epistaxe', 'nariz a sangrar', 'nariz sangrando'],
  'burn': ['queimad', 'queimei', 'queimou', 'escald', 'choque eléctrico', 'choque elétrico', 'eletrocut', 'electrocut'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['molinho', 'flácid', 'não responde', 'não reage', 'não consegue ficar acordad', 'muito sonolent'],
  'cannot-swallow': ['não consigo engolir', 'não consegue engolir', 'a babar', 'babando'],
  'thunderclap': ['pior dor de cabeça', 'dor de cabeça súbita', 'dor de cabeça repentina'],
  'stiff-neck': ['pescoço rígido', 'rigidez no pescoço', 'nuca rígida', 'a luz incomoda', 'incomodado com a luz', 'incomodada com a luz'],
  'skin-colour': ['lábios azuis', 'lábios roxos', 'pele cinzent', 'pele azulad', 'pele manchada', 'muito pálid'],
  'cauda-equina': ['dormência entre as pernas', 'dormente entre as pernas', 'não consigo urinar', 'não consigo fazer xixi', 'as duas pernas', 'ambas as pernas', 'cauda equina'],
  'paracetamol': ['paracetamol', 'ben-u-ron', 'benuron', 'tylenol'],
  // --- end triage-safety
  // --- topics-b gaps (issue 12): words for the red flags of falls and head injury, fainting,
  // palpitations, numbness, babies, joints and skin, to be checked by a translator.
  'head-injury': ['pancada na cabeça', 'bateu com a cabeça', 'bati com a cabeça', 'bateu a cabeça', 'bati a cabeça', 'batida na cabeça', 'traumatismo craniano', 'ferimento na cabeça', 'lesão na cabeça', 'galo na cabeça', 'concussão', 'caiu de cabeça'],
  'fall': ['caiu', 'eu caí', 'caí no', 'caí da', 'caí de', 'uma queda', 'teve uma queda', 'tive uma queda', 'depois da queda', 'não consegue levantar', 'não se consegue levantar', 'não consigo levantar', 'não me consigo levantar', 'está no chão', 'continua no chão', 'tropeçou', 'tropecei', 'escorregou', 'escorreguei'],
  'broken-bone': ['fratur', 'partiu o braço', 'partiu a perna', 'partiu o pulso', 'parti o braço', 'parti a perna', 'osso partido', 'osso quebrado', 'quebrou o', 'quebrei o', 'quebrou a', 'quebrei a', 'osso à mostra', 'osso de fora', 'osso a sair', 'deslocou', 'luxação', 'não consegue pôr o pé', 'não consigo pôr o pé', 'não consegue apoiar', 'não consigo apoiar'],
  'fainted': ['desmai', 'perdeu os sentidos', 'perdi os sentidos', 'perdeu a consciência', 'síncope', 'colapsou'],
  'palpitations': ['palpitaç', 'coração acelerado', 'coração aos saltos', 'coração a bater muito depressa', 'coração a bater depressa', 'coração dispar', 'batimentos irregulares', 'batimento irregular', 'taquicardia', 'arritmia', 'fibrilhação', 'coração falha'],
  'numbness': ['dormência', 'dormente', 'formigueiro', 'formigamento', 'fraqueza', 'sem força no braço', 'sem força na perna', 'não sinto o', 'não sinto a', 'perdi a sensibilidade', 'sem sensibilidade', 'guillain'],
  'weak-cry': ['choro fraco', 'choro agudo', 'choro muito agudo', 'choro estranho', 'chora de forma estranha', 'gemer', 'gemido'],
  'soft-spot': ['moleirinha', 'moleira', 'fontanela', 'abaulad'],
  'not-feeding': ['não mama', 'não quer mamar', 'não come', 'não quer comer', 'não bebe', 'recusa o biberão', 'recusa a mama', 'não pega na mama', 'fralda seca', 'fraldas secas', 'não fez chichi', 'não faz chichi', 'não urinou', 'vomita tudo', 'não para de vomitar'],
  'hot-joint': ['articulação quente', 'articulação inchada', 'articulação vermelha', 'joelho inchado', 'joelho quente', 'tornozelo inchado', 'quente e inchad', 'inchado e quente', 'inchada e quente', 'ataque de gota', 'tenho gota', 'crise de gota', 'artrite séptica'],
  'leg-clot': ['trombose', 'coágulo', 'trombo', 'barriga da perna inchada', 'gémeo inchado', 'dor na barriga da perna', 'perna inchada', 'uma perna inchada', 'tvp'],
  'skin-spreading': ['celulite', 'vermelhidão a espalhar', 'vermelhidão que alastra', 'vermelhidão está a alastrar', 'vermelho e quente', 'vermelha e quente', 'quente e vermelh', 'infeção na pele', 'infecção na pele', 'linha vermelha'],
  'eczema': ['eczema', 'ezcema', 'dermatite'],
  // --- end topics-b gaps
};
