// Files are kebab-case ("check-page.tsx", "_care-card.scss" aside): one spelling, so a
// name found in a stack trace or an import is the name on disk. Components are
// PascalCase inside the file, not in its name.
import path from 'node:path';

const KEBAB = /^_?[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const fileNames = {
  meta: { type: 'suggestion', docs: { description: 'File names are kebab-case' }, schema: [] },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename);
        if (!KEBAB.test(name)) context.report({ node, message: `Name the file in kebab-case, e.g. "${kebab(name)}".` });
      },
    };
  },
};

function kebab(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
}
