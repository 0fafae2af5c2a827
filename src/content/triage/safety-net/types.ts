/** The worrying-word groups; each language lists its own phrases for every one. */
export type SafetyNetTermId = 'suicide' | 'chest-pain' | 'breathing' | 'stroke' | 'bleeding' | 'seizure' | 'allergy' | 'sepsis-rash';

export type SafetyNetPhrases = Readonly<Record<SafetyNetTermId, readonly string[]>>;
