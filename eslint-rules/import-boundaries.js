// Imports flow one way, each layer a folder:
//   src/app → src/features → src/components → src/platform → src/domain
// with src/content (questionnaires and outcomes as data) beside platform, reading only
// domain types. A feature imports another feature only through its public index.ts
// (booking is shared by referral and practice appointments). Outside src: tests may
// import anything; scripts read src/domain, src/content and their own helpers; mocks
// and server share the backend rules in server/rules; src never imports mocks, server,
// scripts or tests, except the dev-only mock worker started from src/main.tsx.
// Component fixtures (`src/components/<name>.fixtures.tsx`, each state of a component as
// data) are read by tests and scripts only, so no patient downloads them.
// Written here because it is path logic over our own folder names; a plugin would
// bring its own resolver and config language for the same twenty lines.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Lower rank may not import higher rank inside src. */
const SRC_RANK = { embed: 5, domain: 1, content: 2, platform: 2, locales: 0, styles: 0, components: 3, features: 4, app: 5 };

export function placeOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep);
  if (rel[0] !== 'src') {
    if (rel[0] === 'server' && rel[1] === 'rules') return { area: 'server-rules' };
    return { area: rel.length > 1 ? rel[0] : 'root' };
  }
  if (rel[1] === 'main.tsx') return { area: 'src', layer: 'app' };
  const layer = rel[1];
  const place = { area: 'src', layer: layer in SRC_RANK ? layer : 'other' };
  if (layer === 'features') {
    place.feature = rel[2];
    // '../booking' and '../booking/index' both name the public index.
    place.isFeatureIndex = rel.length === 3 || (rel.length === 4 && /^index(\.tsx?)?$/.test(rel[3]));
  }
  return place;
}

/** The target of a relative import, as a file path without extension worries. */
function targetOf(filename, source) {
  return path.resolve(path.dirname(filename), source);
}

/** A component's fixtures file, named in an import (`./radios.fixtures`) or a glob pattern. */
const FIXTURES = /\.fixtures(\.tsx?)?$/;
const FIXTURES_GLOB = /\.fixtures\b/;

function fixtureProblem(from, importerFile) {
  const importerIsFixture = FIXTURES.test(importerFile.replace(/\.[jt]sx?$/, ''));
  if (from.area === 'tests' || from.area === 'scripts' || importerIsFixture) return null;
  return 'Component fixtures are for tests and scripts only: imported here they would be shipped to patients.';
}

function srcProblem(from, target, importerFile) {
  if (target.area === 'mocks') {
    const devWorker = path.relative(ROOT, importerFile) === path.join('src', 'main.tsx');
    return devWorker ? null : 'src must not import mocks: the app talks to the backend over HTTP only.';
  }
  if (target.area !== 'src') return `src must not import ${target.area}/: it is not shipped to patients.`;
  if (from.layer === 'content' && target.layer !== 'domain' && target.layer !== 'content')
    return 'content is data: it may import only domain types.';
  if (target.layer === 'features' && from.layer === 'features' && target.feature !== from.feature) {
    return target.isFeatureIndex
      ? null
      : `Feature "${from.feature}" may use feature "${target.feature}" only through its index.ts.`;
  }
  const fromRank = SRC_RANK[from.layer] ?? 0;
  const toRank = SRC_RANK[target.layer] ?? 0;
  if (from.layer === 'platform' && target.layer === 'content') return 'platform must not import content: pass it down from a feature.';
  if (toRank > fromRank) return `${from.layer} must not import ${target.layer}: imports flow app → features → components → platform → domain.`;
  return null;
}

function outsideProblem(from, target) {
  if (from.area === 'tests' || from.area === 'root') return null;
  if (from.area === 'scripts') {
    if (target.area === 'src' && !['domain', 'content', 'platform', 'locales'].includes(target.layer))
      return 'scripts may read src/domain, src/content, src/platform and src/locales only.';
    if (target.area === 'tests') return 'scripts must not import tests.';
    return null;
  }
  if (from.area === 'mocks' || from.area === 'server' || from.area === 'server-rules') {
    if (target.area === 'src' && !['domain', 'content', 'locales'].includes(target.layer))
      return 'The backend may share only src/domain and src/content with the app.';
    if (target.area === 'tests' || target.area === 'scripts') return 'The backend must not import tests or scripts.';
    if (from.area === 'server' && target.area === 'mocks') return 'server must not import mocks: the mock is for tests and dev.';
    if (from.area === 'server-rules' && (target.area === 'server' || target.area === 'mocks'))
      return 'server/rules is shared by the server and the mock: it imports neither.';
    if (from.area === 'mocks' && target.area === 'server') return 'mocks may use server/rules only.';
  }
  return null;
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports flowing app → features → components → platform → domain' },
    schema: [],
  },
  create(context) {
    const from = placeOf(context.filename);
    function check(node, source) {
      if (!source || !source.startsWith('.')) return;
      if (FIXTURES.test(source)) {
        // A fixture may be read from tests and scripts whatever layer its component is in.
        const problem = fixtureProblem(from, context.filename);
        if (problem) context.report({ node, message: problem });
        return;
      }
      const target = placeOf(targetOf(context.filename, source));
      const problem = from.area === 'src' ? srcProblem(from, target, context.filename) : outsideProblem(from, target);
      if (problem) context.report({ node, message: problem });
    }
    // import.meta.glob('./**/*.fixtures.tsx') pulls fixtures in as surely as an import does.
    function checkGlob(node) {
      const callee = node.callee;
      const isGlob =
        callee.type === 'MemberExpression' &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'glob' &&
        callee.object.type === 'MetaProperty' &&
        callee.object.property.name === 'meta';
      if (!isGlob || !node.arguments[0]) return;
      const argument = node.arguments[0];
      const patterns = argument.type === 'ArrayExpression' ? argument.elements : [argument];
      for (const pattern of patterns) {
        if (pattern?.type !== 'Literal' || typeof pattern.value !== 'string' || !FIXTURES_GLOB.test(pattern.value)) continue;
        const problem = fixtureProblem(from, context.filename);
        if (problem) context.report({ node: pattern, message: problem });
      }
    }
    return {
      CallExpression: checkGlob,
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
    };
  },
};
