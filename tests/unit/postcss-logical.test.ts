import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { logicalProperties } from '../../scripts/postcss-logical';

const run = (css: string) => postcss([logicalProperties()]).process(css, { from: undefined }).css;

describe('left/right CSS made logical, so right-to-left pages mirror', () => {
  it('renames side properties and positions', () => {
    expect(run('a{margin-left:8px;padding-right:4px;border-left:4px solid;left:0;right:auto}')).toBe(
      'a{margin-inline-start:8px;padding-inline-end:4px;border-inline-start:4px solid;inset-inline-start:0;inset-inline-end:auto}',
    );
    expect(run('a{border-top-left-radius:2px;text-align:right}')).toBe('a{border-start-start-radius:2px;text-align:end}');
  });

  it('splits a four-sided shorthand only when left and right differ', () => {
    expect(run('a{margin:0 0 0 calc(1px + 2px) !important}')).toBe('a{margin-block:0 !important;margin-inline:calc(1px + 2px) 0 !important}');
    expect(run('a{padding:1px 2px 3px 2px}')).toBe('a{padding:1px 2px 3px 2px}');
  });

  it('leaves top, bottom and floats alone', () => {
    expect(run('a{margin-top:1px;top:0;float:left}')).toBe('a{margin-top:1px;top:0;float:left}');
  });
});
