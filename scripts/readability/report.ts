import { readabilityProblems } from './check';
import { patientText } from './patient-text';

/** `npm run readability`: what to rewrite, hardest first, with the long words to change. */
const problems = readabilityProblems(patientText());
for (const p of problems) console.log(`${p.age.toFixed(1)} > ${p.limit}  ${p.where}  [${p.longWords.join(', ')}]`);
console.log(problems.length === 0 ? 'Every patient-facing English string reads at the target age.' : `${problems.length} to rewrite.`);
process.exitCode = problems.length === 0 ? 0 : 1;
