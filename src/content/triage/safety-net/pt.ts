import type { SafetyNetPhrases } from './types';

/**
 * European Portuguese phrases, with the Brazilian word order people also type ("me matar"
 * as well as "matar-me"). Accents are ignored when matching, so "nao" finds "não".
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['suicid', 'matar-me', 'me matar', 'quero morrer', 'acabar com a minha vida', 'acabar com tudo', 'não quero viver', 'tirar a minha vida', 'automutil', 'auto-mutil', 'autoles', 'magoar-me', 'cortar-me', 'me cortar', 'sobredos'],
  'chest-pain': ['dor no peito', 'dores no peito', 'dor de peito', 'dor forte no peito', 'dor torác', 'aperto no peito', 'peito apertado', 'pressão no peito', 'peso no peito', 'ataque cardíaco', 'ataque de coração', 'enfarte', 'enfarto', 'infarto'],
  'breathing': ['não consigo respirar', 'não consegue respirar', 'mal consigo respirar', 'não respira', 'falta de ar', 'falta-me o ar', 'dificuldade em respirar', 'dificuldade a respirar', 'dificuldade para respirar', 'custa-me respirar', 'sufoc', 'engasg', 'ofegante'],
  'stroke': ['avc', 'acidente vascular', 'trombose', 'derrame', 'boca torta', 'cara torta', 'cara descaída', 'face descaída', 'fala arrastada', 'boca está torta', 'cara está torta', 'não consigo falar', 'não consigo levantar o braço', 'braço fraco', 'braço dormente'],
  'bleeding': ['hemorrag', 'sangrar muito', 'sangra muito', 'sangrando muito', 'muito sangue', 'não para de sangrar', 'sangue não para', 'sangue a jorrar', 'a deitar sangue', 'vomitar sangue', 'vómito sangue', 'vómitos com sangue', 'vomitei sangue', 'tossir sangue', 'tosse com sangue'],
  'seizure': ['convuls', 'crise epilé', 'ataque epilé', 'ataque de epilep', 'desmai', 'inconscien', 'perdeu os sentidos', 'perdi os sentidos', 'perdeu a consciência', 'perdi a consciência', 'não acorda', 'não consigo acorda', 'colaps'],
  'allergy': ['anafila', 'lábios incha', 'língua incha', 'garganta incha', 'lábios estão inchados', 'lábios a inchar', 'língua a inchar', 'inchaço nos lábios', 'inchaço na língua', 'inchaço na garganta', 'garganta a fechar', 'garganta fechada', 'reação alérgica', 'choque alérgico', 'edema da glote'],
  'sepsis-rash': ['seps', 'septic', 'meningit', 'manchas que não desaparecem', 'manchas que não saem', 'erupção que não desaparece', 'erupção cutânea que não desaparece', 'teste do copo', 'manchas roxas', 'pintas roxas', 'petéquias'],
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
