/*
 * Text made ready for a PDF font that has no shaping engine behind it: characters the
 * font cannot draw become a visible marker, and right-to-left lines are put in the order
 * they are read. Kept apart from the layout so each can be tested on its own.
 */

/** What stands in for a character the font has no glyph for (an emoji, say). */
export const MISSING_GLYPH = '[?]';

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/u;

/** Replaces what the font cannot draw; control characters other than line breaks go. */
export function drawable(text: string, hasGlyph: (codePoint: number) => boolean): { text: string; replaced: number } {
  let replaced = 0;
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    const code = char.codePointAt(0)!;
    if (char === '\n') out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0x200d) continue; // controls, variation selectors, joiners
    else if (hasGlyph(code)) out += char;
    else {
      out += MISSING_GLYPH;
      replaced++;
    }
  }
  return { text: out, replaced };
}

export const isRightToLeft = (line: string): boolean => {
  for (const char of line) {
    if (RTL.test(char)) return true;
    if (LTR.test(char)) return false;
  }
  return false;
};

type Direction = 'ltr' | 'rtl';

/** Each character's direction: strong letters their own, neutrals (spaces, punctuation) their neighbours' when both agree, else the line's. */
function directions(chars: string[], line: Direction): Direction[] {
  const strong = chars.map((c): Direction | undefined => (RTL.test(c) ? 'rtl' : LTR.test(c) ? 'ltr' : undefined));
  return strong.map((d, i) => {
    if (d) return d;
    const before = strong.slice(0, i).reverse().find(Boolean);
    const after = strong.slice(i + 1).find(Boolean);
    return before && before === after ? before : line;
  });
}

/**
 * A line as runs of one direction, in the order they are drawn left to right (a simple
 * form of the Unicode bidi algorithm: enough for words and numbers). Each run's text
 * stays in typed order: the font engine (fontkit) joins Arabic letters and lays a
 * right-to-left run out from the right by itself.
 */
export function visualRuns(line: string): { text: string; rtl: boolean }[] {
  const chars = Array.from(line);
  if (!chars.some((c) => RTL.test(c))) return [{ text: line, rtl: false }];
  const paragraph: Direction = isRightToLeft(line) ? 'rtl' : 'ltr';
  const dirs = directions(chars, paragraph);
  const runs: { dir: Direction; chars: string[] }[] = [];
  chars.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.dir === dirs[i]) last.chars.push(c);
    else runs.push({ dir: dirs[i]!, chars: [c] });
  });
  return (paragraph === 'rtl' ? runs.reverse() : runs).map((run) => ({ text: run.chars.join(''), rtl: run.dir === 'rtl' }));
}

/** Lines no wider than `width`, breaking at spaces, and inside a word only when it must. */
export function wrap(paragraph: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/ +/u)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = '';
    for (const char of word) {
      if (rest !== '' && measure(rest + char) > width) {
        lines.push(rest);
        rest = '';
      }
      rest += char;
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}
