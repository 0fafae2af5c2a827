// Imports flow one way: app → features → components/lib. A feature never imports
// another feature, and src never imports mocks. Written here because the rule is
// five lines of path logic; a plugin would bring its own resolver and config language.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep);
  if (rel[0] === 'mocks') return { layer: 'mocks' };
  if (rel[0] !== 'src') return { layer: 'outside' };
  if (rel[1] === 'features') return { layer: 'feature', feature: rel[2] };
  if (rel[1] === 'app') return { layer: 'app' };
  if (rel[1] === 'main.tsx') return { layer: 'app' };
  return { layer: 'shared', area: rel[1] }; // components, lib, locales, content, styles
}

export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports flowing app → features → components/lib' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (from.layer === 'outside' || from.layer === 'mocks') return {};
    function check(node, source) {
      if (!source || !source.startsWith('.')) return;
      const target = layerOf(path.resolve(path.dirname(context.filename), source));
      let problem = null;
      if (target.layer === 'mocks') problem = 'src must not import mocks: the app talks to the backend over HTTP only.';
      else if (target.layer === 'app' && from.layer !== 'app') problem = 'Only src/app may import src/app.';
      else if (target.layer === 'feature' && from.layer === 'shared')
        problem = 'components and lib are shared: they must not import a feature.';
      else if (target.layer === 'feature' && from.layer === 'feature' && target.feature !== from.feature)
        problem = `Feature "${from.feature}" must not import feature "${target.feature}": move what they share to src/lib or src/components.`;
      if (problem) context.report({ node, message: problem });
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
    };
  },
};
