/** The worrying-word groups; each language lists its own phrases for every one. */
export type SafetyNetTermId =
  | 'suicide'
  | 'chest-pain'
  | 'breathing'
  | 'stroke'
  | 'bleeding'
  | 'seizure'
  | 'allergy'
  | 'sepsis-rash'
  // --- Topics A (branch topics-a)
  | 'sight-loss'
  | 'chemical-eye'
  | 'vomit-blood-green'
  | 'testicle'
  | 'cold-limb'
  | 'face-swelling'
  | 'nosebleed'
  | 'burn'
  // --- end Topics A
  // --- triage-safety (branch triage-safety)
  | 'floppy'
  | 'cannot-swallow'
  | 'thunderclap'
  | 'stiff-neck'
  | 'skin-colour'
  | 'cauda-equina'
  | 'paracetamol'
  // --- end triage-safety
  // --- topics-b gaps (issue 12): falls and head injury, fainting, palpitations, numbness,
  // babies, joints and skin
  | 'head-injury'
  | 'fall'
  | 'broken-bone'
  | 'fainted'
  | 'palpitations'
  | 'numbness'
  | 'weak-cry'
  | 'soft-spot'
  | 'not-feeding'
  | 'hot-joint'
  | 'leg-clot'
  | 'skin-spreading'
  | 'eczema';
// --- end topics-b gaps

export type SafetyNetPhrases = Readonly<Record<SafetyNetTermId, readonly string[]>>;
