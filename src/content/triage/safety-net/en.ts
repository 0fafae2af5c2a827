import type { SafetyNetPhrases } from './types';

/** English phrases: checked in every language, because people often mix the two. */
export const phrases: SafetyNetPhrases = {
  'suicide': ['suicid', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'end it all', 'want to die', 'better off dead', 'no reason to live', 'take my own life', 'self harm', 'self-harm', 'selfharm', 'harm myself', 'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'overdos', 'took too many'],
  'chest-pain': ['chest pain', 'pain in my chest', 'pain in chest', 'chest tight', 'tight chest', 'tightness in my chest', 'crushing', 'heart attack'],
  'breathing': ["can't breathe", 'cant breathe', 'cannot breathe', 'struggling to breathe', 'short of breath', 'breathless', 'choking', 'gasping'],
  'stroke': ['stroke', 'face drooping', 'face dropped', 'slurred', 'cannot lift my arm', "can't lift my arm", 'arm weak'],
  'bleeding': ['bleeding heavily', 'heavy bleeding', 'lots of blood', "won't stop bleeding", 'wont stop bleeding', 'pouring blood', 'vomiting blood', 'coughing up blood'],
  'seizure': ['seizure', 'fitting', 'having a fit', 'had a fit', 'convuls', 'unconscious', 'passed out', 'collapsed', "won't wake", 'wont wake'],
  'allergy': ['anaphyla', 'swollen lips', 'swollen tongue', 'swollen throat', 'throat closing', 'lips swelling', 'tongue swelling'],
  'sepsis-rash': ['sepsis', 'meningitis', 'rash that does not fade', "rash doesn't fade", 'glass test'],
};
