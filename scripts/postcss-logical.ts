import type { Declaration, Plugin } from 'postcss';

/**
 * Rewrites left/right CSS (ours and NHS.UK frontend's) into logical properties, so every
 * page mirrors itself when `<html dir="rtl">` (Urdu, Arabic) without a second stylesheet:
 * margin-left becomes margin-inline-start, `left: 0` becomes inset-inline-start, and so on.
 * Top/bottom stay as they are: Front Door only writes horizontal scripts. Floats stay
 * physical (`float: inline-start` needs Chrome 118); the RTL grid is in _rtl.scss.
 */
const SIDE = { left: 'start', right: 'end' } as const;

const VALUE_PROPS: Record<string, Record<string, string>> = {
  'text-align': { left: 'start', right: 'end' },
};

function logicalName(prop: string): string | null {
  let m = /^(margin|padding)-(left|right)$/.exec(prop);
  if (m) return `${m[1]}-inline-${SIDE[m[2] as 'left' | 'right']}`;
  m = /^border-(left|right)(-width|-style|-color)?$/.exec(prop);
  if (m) return `border-inline-${SIDE[m[1] as 'left' | 'right']}${m[2] ?? ''}`;
  m = /^(left|right)$/.exec(prop);
  if (m) return `inset-inline-${SIDE[m[1] as 'left' | 'right']}`;
  m = /^border-(top|bottom)-(left|right)-radius$/.exec(prop);
  if (m) return `border-${m[1] === 'top' ? 'start' : 'end'}-${SIDE[m[2] as 'left' | 'right']}-radius`;
  return null;
}

/** Splits a CSS value on top-level spaces (not inside calc() or var()). */
function splitValues(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** `margin: 0 0 0 8px` (left ≠ right) becomes block and inline halves. */
function splitFourSides(decl: Declaration) {
  const values = splitValues(decl.value.replace(/\s*!important\s*$/, ''));
  if (values.length !== 4 || values[1] === values[3] || values.some((v) => v.includes(','))) return;
  const [top, right, bottom, left] = values as [string, string, string, string];
  const important = decl.important;
  decl.cloneBefore({ prop: `${decl.prop}-block`, value: top === bottom ? top : `${top} ${bottom}`, important });
  decl.cloneBefore({ prop: `${decl.prop}-inline`, value: `${left} ${right}`, important });
  decl.remove();
}

export function logicalProperties(): Plugin {
  return {
    postcssPlugin: 'front-door-logical-properties',
    Declaration(decl) {
      const renamed = logicalName(decl.prop);
      if (renamed) {
        decl.prop = renamed;
        return;
      }
      const values = VALUE_PROPS[decl.prop];
      if (values && values[decl.value.trim()]) {
        decl.value = values[decl.value.trim()]!;
        return;
      }
      if (decl.prop === 'margin' || decl.prop === 'padding' || decl.prop === 'inset') splitFourSides(decl);
    },
  };
}
