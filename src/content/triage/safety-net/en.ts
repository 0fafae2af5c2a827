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
  // --- triage-safety: filled in below (howPatientsWrite).
  'floppy': [],
  'cannot-swallow': [],
  'thunderclap': [],
  'stiff-neck': [],
  'skin-colour': [],
  'cauda-equina': [],
  'paracetamol': [],
  // --- end triage-safety
  // --- topics-b gaps (issue 12): the red flags of falls and head injury, fainting, palpitations,
  // numbness, babies, joints and skin. Phrases are whole enough not to catch everyday words:
  // "numb" alone would catch "number", so it is "gone numb", "numb arm" and the like.
  'head-injury': ['hit my head', 'hit his head', 'hit her head', 'hit their head', 'hit the head', 'banged my head', 'banged his head', 'banged her head', 'banged their head', 'bumped my head', 'bumped his head', 'bumped her head', 'bumped their head', 'knocked my head', 'knocked his head', 'knocked her head', 'bang on the head', 'bang to the head', 'bang on his head', 'bang on her head', 'bang on my head', 'knock on the head', 'knock to the head', 'knock on his head', 'knock on her head', 'knock on my head', 'bump on the head', 'bump on his head', 'bump on her head', 'bump on my head', 'blow to the head', 'head injur', 'injured my head', 'injured his head', 'injured her head', 'fell on my head', 'fell on his head', 'fell on her head', 'landed on my head', 'landed on his head', 'landed on her head', 'concuss', 'cracked his head', 'cracked her head', 'cracked my head', 'split his head', 'split her head', 'split my head', 'lump on his head', 'lump on her head', 'lump on my head', 'egg on his head', 'egg on her head', 'knocked out', 'knocked unconscious'],
  'fall': ["can't get up", 'cant get up', 'cannot get up', 'unable to get up', "couldn't get up", 'couldnt get up', "can't get him up", "can't get her up", 'cant get him up', 'cant get her up', 'cannot get him up', 'cannot get her up', 'still on the floor', 'lying on the floor', 'stuck on the floor', 'on the floor for', 'had a fall', 'a bad fall', 'fallen over', 'fell over', 'fell down', 'fell off', 'fell from', 'fell out of', 'fallen down', 'fallen off', 'tripped and fell', 'slipped and fell', 'took a tumble'],
  'broken-bone': ['broken arm', 'broken leg', 'broken wrist', 'broken ankle', 'broken hip', 'broken bone', 'broken finger', 'broken toe', 'broken collar', 'broken my', 'broken his', 'broken her', 'broke my', 'broke his', 'broke her', 'fractur', 'bone sticking out', 'bone is sticking out', 'bone poking out', 'bone through', 'bone showing', 'heard a crack', 'heard a snap', 'heard it crack', 'heard it snap', 'odd angle', 'funny angle', 'wrong angle', 'strange angle', 'out of shape', 'deformed', 'dislocat', "can't put weight", 'cant put weight', 'cannot put weight', "can't put any weight", 'cant put any weight', "can't stand on", 'cant stand on', 'cannot stand on', "can't walk on", 'cant walk on', 'cannot walk on'],
  'fainted': ['faint', 'passed out', 'blacked out', 'black out', 'blackout', 'collapse', 'keeled over', 'lost consciousness', 'dropped to the floor'],
  'palpitations': ['palpitat', 'heart racing', 'heart is racing', 'heart was racing', 'heart keeps racing', 'racing heart', 'heart pounding', 'heart is pounding', 'heart was pounding', 'pounding heart', 'heart flutter', 'heart is fluttering', 'heart was fluttering', 'fluttering in my chest', 'flutter in my chest', 'heart skipping', 'skipping beats', 'skipped beats', 'skipped a beat', 'skips a beat', 'missed beats', 'missing beats', 'irregular heart', 'irregular pulse', 'heart beating fast', 'heart beating really fast', 'heart beating so fast', 'heart is beating fast', 'heartbeat is fast', 'fast heartbeat', 'fast heart beat', 'racing pulse', 'pulse is racing', 'heart thumping', 'thumping heart', 'atrial fib', 'afib', 'svt'],
  'numbness': ['numbness', 'gone numb', 'went numb', 'going numb', 'feels numb', 'feel numb', 'is numb', 'are numb', 'numb feeling', 'numb arm', 'numb leg', 'numb hand', 'numb foot', 'numb feet', 'numb face', 'numb finger', 'numb toe', 'numb down', 'tingl', 'pins and needles', 'pins & needles', 'weakness', 'weak arm', 'weak leg', 'arm is weak', 'leg is weak', 'legs went weak', 'legs are weak', 'lost feeling', 'no feeling in', "can't feel my", 'cant feel my', 'cannot feel my', 'dead arm', 'dead leg', 'guillain'],
  'weak-cry': ['high pitched', 'high-pitched', 'highpitched', 'weak cry', 'crying weakly', 'weak little cry', 'strange cry', 'odd cry', 'unusual cry', 'cry is different', 'crying is different', 'cry sounds different', 'whimper', 'moaning', 'screeching'],
  'soft-spot': ['soft spot', 'fontanel', 'bulging', 'bulge on his head', 'bulge on her head', 'bulge on the head'],
  'not-feeding': ['not feeding', 'not been feeding', 'isnt feeding', "isn't feeding", 'wont feed', "won't feed", 'off his feeds', 'off her feeds', 'off feeds', 'off his milk', 'off her milk', 'refusing feeds', 'refusing his feeds', 'refusing her feeds', 'refusing the bottle', 'refusing milk', 'not taking milk', 'not taking the bottle', 'not taking his bottle', 'not taking her bottle', 'not drinking', 'wont drink', "won't drink", 'dry nappy', 'dry nappies', 'no wet nappy', 'no wet nappies', 'not had a wet', 'not had a wee', 'hasnt had a wee', "hasn't had a wee", 'not weed', 'hasnt weed', "hasn't weed", 'keeps being sick', 'sick after every feed', 'vomiting everything'],
  'hot-joint': ['hot joint', 'joint is hot', 'joint is red', 'joint is swollen', 'joint has gone', 'swollen joint', 'hot swollen', 'hot and swollen', 'swollen and hot', 'hot red and swollen', 'red hot and swollen', 'knee is hot', 'knee is red', 'knee is swollen', 'knee has gone', 'knee has swollen', 'swollen knee', 'ankle is hot', 'ankle has gone', 'toe is hot', 'toe has gone', 'septic arthritis', 'infected joint', 'gout'],
  'leg-clot': ['dvt', 'blood clot', 'clot in my', 'clot in his', 'clot in her', 'deep vein', 'swollen calf', 'calf is swollen', 'calf pain', 'pain in my calf', 'pain in his calf', 'pain in her calf', 'calf hurts', 'calf is painful', 'swollen leg', 'leg is swollen', 'one leg is swollen', 'leg has swollen', 'leg swollen'],
  'skin-spreading': ['cellulit', 'red and hot', 'hot and red', 'red hot', 'hot red', 'red and swollen', 'swollen and red', 'swollen and spreading', 'red and spreading', 'hot and spreading', 'redness spreading', 'spreading redness', 'red area spreading', 'redness is spreading', 'red patch spreading', 'red patch is spreading', 'red line', 'red streak', 'red track', 'skin infection', 'infected skin'],
  'eczema': ['eczema', 'excema', 'exzema', 'ecxema', 'eczma', 'ekzema', 'dermatitis', 'herpeticum'],
  // --- end topics-b gaps
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

// --- topics-b gaps: a TIA is stroke signs that came and went.
const topicsBGaps: Partial<Record<SafetyNetTermId, readonly string[]>> = {
  'stroke': ['tia', 'transient isch', 'ministroke'],
};
// --- end topics-b gaps

// --- triage-safety: how patients really write. Phrases match at the start of a word, so a
// stem ("breath", "swell") also finds its endings ("breathe", "swelling"); apostrophes are
// often left out ("cant", "dont"), and common misspellings are listed as typed.
const howPatientsWrite: Partial<Record<SafetyNetTermId, readonly string[]>> = {
  'sight-loss': ['went dark', 'gone dark', 'went black', 'gone black'],
  'suicide': ['on purpose', 'want to die', 'wants to die', 'wanting to die', "don't want to be here", 'dont want to be here', 'dont want to live', "don't want to live", 'end it all', 'to end it', 'took a load of', 'took a whole packet', 'took all my', 'pills in front of me', 'going to take them', 'plan to do it', 'not be here anymore'],
  'chest-pain': ['chest feels heavy', 'chest is heavy', 'heavy chest', 'weight on my chest', 'weight on his chest', 'weight on her chest', 'pressure in my chest', 'pressure on my chest', 'heavy pressure', 'squeezing in my chest', 'burning in my chest', 'pain in his chest', 'pain in her chest', 'pain in the chest', 'chest pains', 'chestpain', 'chest ache', 'seene mein', 'seene me dard', 'sine mein dard'],
  'breathing': ['catch his breath', 'catch her breath', 'catch their breath', 'cant breath', "can't breath", 'cannot breath', 'cant breth', 'struggling to breath', 'struggling for breath', 'hard to breath', 'difficulty breathing', 'trouble breathing', 'out of breath', 'fighting for breath', 'barely talk', 'cant talk', "can't talk", 'only say a few words', 'one or two words', 'breathing really fast', 'breathing fast', 'ribs are sucking', 'sucking in under', 'tummy is sucking', 'lips have gone blue', 'lips are blue'],
  'stroke': ['droop', 'face has gone', 'face went', 'face gone', 'cant lift', "can't lift", 'cannot lift', 'words are coming out', 'words coming out', 'cant get his words', 'cant get her words', 'cant get my words', "can't get his words", "can't get her words", "can't get my words", 'get his words out', 'get her words out', 'gibberish', 'talking funny', 'slurr', 'face ek side', 'ek side se gir'],
  'bleeding': ['bleeding heav', 'bleeding really heav', 'bleeding very heav', 'bleeding so heav', 'blood is pouring', 'pouring out', 'pouring with blood', 'bleeding a lot', 'bleeding loads', 'blood everywhere', 'wont stop bleeding', 'bleeding wont stop', "bleeding won't stop", 'throwing up blood', 'bringing up blood', 'bright red blood', 'spurting'],
  'seizure': ['fit on the floor', 'having a seizure', 'had a seizure', 'shaking all over', 'eyes rolling', 'eyes are rolling', 'not answering me', 'cant wake', "can't wake", 'cannot wake', 'wont wake up', 'fitting', 'seizing'],
  'allergy': ['lips swell', 'lips are swell', 'lip is swell', 'tongue swell', 'tongue is swell', 'tongue are swell', 'throat swell', 'throat is swell', 'throat are swell', 'throat feels tight', 'throat is tight', 'throat tight', 'face and lips', 'lips and face', 'swelling up really fast', 'swelling up fast', 'face is swell', 'face and throat', 'epipen', 'epi pen'],
  'sepsis-rash': ['purple spots', 'purple dots', 'purple rash', 'red purple spots', 'spots that dont fade', "spots that don't fade", 'dont fade', "don't fade", 'doesnt fade', 'dont go away when i press', "don't go away when i press", 'dont go when i press', "don't go when i press", 'press a glass', 'press the glass', 'under a glass', 'tumbler'],
  'floppy': ['floppy', 'limp', 'not responding', 'not really responding', 'unresponsive', 'not reacting', 'cant stay awake', "can't stay awake", 'cannot stay awake', 'wont stay awake', 'keeps dropping off', 'so drowsy', 'really drowsy', 'very drowsy'],
  'cannot-swallow': ['drool', 'dribbling', 'cant swallow', "can't swallow", 'cannot swallow', 'unable to swallow', 'hard to swallow', 'struggling to swallow', 'own spit', 'stridor', 'noisy breathing', 'breathing sounds noisy', 'muffled voice', 'voice sounds muffled'],
  'thunderclap': ['thunderclap', 'worst headache', 'worst ever headache', 'worst pain ever', 'worst pain of my life', 'explosive headache', 'hit on the back of the head', 'hit on the head with', 'came on in seconds', 'sudden headache', 'sudden severe headache', 'sudden bad headache', 'splitting headache'],
  'stiff-neck': ['stiff neck', 'neck is stiff', 'neck is really stiff', 'neck is so stiff', 'neck hurts to bend', 'cant bend his neck', 'cant bend her neck', 'cant bend my neck', "can't bend", 'light hurts', 'cant look at the light', "can't look at the light", 'hates the light', 'meningitis'],
  'skin-colour': ['blotchy', 'mottled', 'gone grey', 'looks grey', 'grey and clammy', 'turned grey', 'gone blue', 'turned blue', 'blue lips', 'lips have gone blue', 'lips gone blue', 'lips are blue', 'lips have gone a blue', 'gone a blue', 'deathly pale', 'very pale'],
  'cauda-equina': ['numb between my legs', 'numb between his legs', 'numb between her legs', 'numb down below', 'numb around my bum', 'numb bum', 'numb bottom', 'saddle', 'cant feel my bum', "can't feel my bum", 'cant feel anything around', "can't feel anything around", 'around my bum', 'pooed myself', 'pooped myself', 'wet myself', 'cant pee', "can't pee", 'cannot pee', 'cant wee', "can't wee", 'cannot wee', 'both legs', 'both my legs', 'cauda equina'],
  'paracetamol': ['paracetamol', 'paracetemol', 'paracetomol', 'calpol', 'lemsip', 'co-codamol', 'cocodamol', 'co codamol', 'panadol', 'beechams', 'medised', 'night nurse'],
};
// --- end triage-safety

/** Each term's phrases: the core list, then those added with later topics. */
function withAdded(base: SafetyNetPhrases, ...added: Partial<Record<SafetyNetTermId, readonly string[]>>[]): SafetyNetPhrases {
  const merged = { ...base };
  for (const more of added) for (const [term, list] of Object.entries(more) as [SafetyNetTermId, readonly string[]][]) merged[term] = [...merged[term], ...list];
  return merged;
}

/** English phrases: checked in every language, because people often mix the two. */
export const phrases: SafetyNetPhrases = withAdded(core, topicsB, topicsBGaps, howPatientsWrite);
