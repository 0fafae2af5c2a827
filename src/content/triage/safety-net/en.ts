import type { SafetyNetPhrases, SafetyNetTermId } from './types';

/** The first English phrases, written with the emergency screen and the first topics. */
const core: SafetyNetPhrases = {
  'suicide': ['suicid', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'end it all', 'want to die', 'better off dead', 'no reason to live', 'take my own life', 'self harm', 'self-harm', 'selfharm', 'harm myself', 'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'overdos', 'took too many'],
  'chest-pain': ['chest pain', 'pain in my chest', 'pain in chest', 'chest tight', 'tight chest', 'tightness in my chest', 'crushing', 'heart attack'],
  'breathing': ["can't breathe", 'cant breathe', 'cannot breathe', 'struggling to breathe', 'short of breath', 'breathless', 'choking', 'gasping'],
  'stroke': ['stroke', 'face drooping', 'face dropped', 'slurred', 'cannot lift my arm', "can't lift my arm", 'arm weak'],
  'bleeding': ['bleeding heavily', 'heavy bleeding', 'lots of blood', "won't stop bleeding", 'wont stop bleeding', 'pouring blood', 'vomiting blood', 'coughing up blood'],
  'seizure': ['seizure', 'fitting', 'having a fit', 'had a fit', 'convuls', 'unconscious', 'passed out', 'collapsed', "won't wake", 'wont wake'],
  'allergy': ['anaphyla', 'swollen lips', 'swollen tongue', 'swollen throat', 'throat closing', 'lips swelling', 'tongue swelling'],
  'sepsis-rash': ['sepsis', 'meningitis', 'rash that does not fade', "rash doesn't fade", 'glass test'],
  // --- Topics A (branch topics-a)
  'sight-loss': ['lost my sight', 'lost my vision', 'lost the sight', 'lost vision', 'loss of vision', 'vision loss', 'sight loss', 'lost sight', 'gone blind', 'going blind', 'went blind', 'suddenly blind', 'blind in one', "can't see out of", 'cant see out of', 'cannot see out of', 'curtain over', 'shadow over my'],
  'chemical-eye': ['bleach in', 'chemical in', 'chemicals in', 'oven cleaner', 'acid in my eye', 'acid in his eye', 'acid in her eye', 'cement in', 'caustic', 'splashed in my eye', 'splashed in his eye', 'splashed in her eye', 'splashed in their eye', 'splash in my eye'],
  'vomit-blood-green': ['vomiting blood', 'vomited blood', 'vomit blood', 'sicking up blood', 'sick with blood', 'blood in my sick', 'blood in his sick', 'blood in her sick', 'blood in vomit', 'blood in the vomit', 'blood in his vomit', 'blood in her vomit', 'coffee ground', 'green vomit', 'green sick', 'vomiting green', 'sick is green', 'being sick green', 'bile'],
  'testicle': ['testicle', 'testicular', 'testes', 'scrotum', 'my balls', 'his balls', 'ball hurts', 'balls hurt', 'balls are sore', 'ball is sore', 'pain in my balls', 'pain in his balls'],
  'cold-limb': ['leg is cold', 'foot is cold', 'arm is cold', 'hand is cold', 'leg has gone cold', 'foot has gone cold', 'hand has gone cold', 'leg went cold', 'foot went cold', 'cold and pale', 'pale and cold', 'cold and white', 'gone white', 'turned white', 'cold and blue', 'gone numb and cold'],
  'face-swelling': ['abscess', 'swollen face', 'face is swollen', 'face swollen', 'face has swollen', 'swollen jaw', 'jaw is swollen', 'swollen cheek', 'cheek is swollen', 'swelling in my face', 'swelling spreading', 'swollen neck', 'neck is swollen'],
  'nosebleed': ['nosebleed', 'nose bleed', 'nose bleeding', 'bleeding from my nose', 'bleeding from his nose', 'bleeding from her nose', 'bleeding nose', 'nose is bleeding', "nose won't stop", 'nose wont stop'],
  'burn': ['burnt', 'burned', 'scald', 'electric shock', 'electrocut', 'chemical burn', 'burn on my', 'burn on his', 'burn on her', 'burn from', 'burns from'],
  // --- end Topics A
};

// --- topics-b: words for the red flags of the new topics (falls and head injury, dizziness,
// palpitations, numbness, babies, joints, skin), leading to the same direct questions.
const topicsB: Partial<Record<SafetyNetTermId, readonly string[]>> = {
  'chest-pain': ['chest hurts', 'chest is tight', 'chest feels tight', 'pain across my chest'],
  'breathing': ["can't catch my breath", 'cant catch my breath', 'cannot catch my breath', 'grunting', 'breathing very fast', 'stopped breathing', 'stops breathing'],
  'stroke': ['face droop', 'droopy face', 'face has dropped', 'slurring', 'speech is slurred', 'mini stroke', 'mini-stroke', 'arm went weak', 'arm went numb', 'leg went weak', "can't move my arm", 'cannot move my arm', "can't move my leg", 'cannot move my leg', 'weak on one side', 'numb on one side', 'one side of my face'],
  'seizure': ['knocked out', 'knocked unconscious', 'blacked out', 'lost consciousness', 'hard to wake'],
  'allergy': ['face swelling', 'lips swollen', 'lips swelled', 'tongue swollen', 'throat swelling', 'throat is swelling'],
  'sepsis-rash': ["rash that won't fade", 'rash that doesnt fade', 'non blanching', 'purple rash'],
};
// --- end topics-b

/** Each term's phrases: the core list, then those added with later topics. */
function withAdded(base: SafetyNetPhrases, ...added: Partial<Record<SafetyNetTermId, readonly string[]>>[]): SafetyNetPhrases {
  const merged = { ...base };
  for (const more of added) for (const [term, list] of Object.entries(more) as [SafetyNetTermId, readonly string[]][]) merged[term] = [...merged[term], ...list];
  return merged;
}

/** English phrases: checked in every language, because people often mix the two. */
export const phrases: SafetyNetPhrases = withAdded(core, topicsB);
