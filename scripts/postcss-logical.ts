import { list, type Declaration, type Plugin } from 'postcss';

const SIDE = { left: 'start', right: 'end' } as const;
type Side = keyof typeof SIDE;

function logicalName(prop: string): string | null {
  let m = /^(margin|padding)-(left|right)$/.exec(prop);
  if (m) return `${m[1]}-inline-${SIDE[m[2] as Side]}`;
  m = /^border-(left|right)(-width|-style|-color)?$/.exec(prop);
  if (m) return `border-inline-${SIDE[m[1] as Side]}${m[2] ?? ''}`;
  m = /^(left|right)$/.exec(prop);
  if (m) return `inset-inline-${SIDE[m[1] as Side]}`;
  m = /^border-(top|bottom)-(left|right)-radius$/.exec(prop);
  if (m) return `border-${m[1] === 'top' ? 'start' : 'end'}-${SIDE[m[2] as Side]}-radius`;
  return null;
}

/** `margin: 0 0 0 8px` (left ≠ right) becomes block and inline halves. */
function splitFourSides(decl: Declaration) {
  const values = list.space(decl.value);
  if (values.length !== 4 || values[1] === values[3]) return;
  const [top, right, bottom, left] = values as [string, string, string, string];
  const important = decl.important;
  decl.cloneBefore({ prop: `${decl.prop}-block`, value: top === bottom ? top : `${top} ${bottom}`, important });
  decl.cloneBefore({ prop: `${decl.prop}-inline`, value: `${left} ${right}`, important });
  decl.remove();
}

/**
 * Rewrites left/right CSS (ours and NHS.UK frontend's) into logical properties, so every
 * page mirrors itself when `<html dir="rtl">` (Urdu, Arabic) without a second stylesheet:
 * margin-left becomes margin-inline-start, `left: 0` becomes inset-inline-start, and so on.
 * Top/bottom stay as they are: Front Door only writes horizontal scripts. Floats stay
 * physical (`float: inline-start` needs Chrome 118); the RTL grid is in src/styles/_rtl.scss.
 */
export function logicalProperties(): Plugin {
  return {
    postcssPlugin: 'front-door-logical-properties',
    Declaration(decl) {
      const renamed = logicalName(decl.prop);
      if (renamed) decl.prop = renamed;
      else if (decl.prop === 'text-align' && (decl.value === 'left' || decl.value === 'right')) decl.value = SIDE[decl.value];
      else if (decl.prop === 'margin' || decl.prop === 'padding' || decl.prop === 'inset') splitFourSides(decl);
    },
  };
}
