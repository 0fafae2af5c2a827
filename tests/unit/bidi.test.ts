// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isolateInRightToLeft, keepRunsLeftToRight } from '../../src/platform/i18n/bidi';

const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

describe('right-to-left text', () => {
  afterEach(() => {
    document.documentElement.dir = 'ltr';
  });

  it('keeps web addresses and spaced numbers left-to-right inside Urdu text', () => {
    document.documentElement.dir = 'rtl';
    expect(keepRunsLeftToRight.process('111.nhs.uk پر جائیں یا 18001 111 پر کال کریں')).toBe(
      `${LRI}111.nhs.uk${PDI} پر جائیں یا ${LRI}18001 111${PDI} پر کال کریں`,
    );
  });

  it('isolates inserted values, so a phone number keeps its order', () => {
    document.documentElement.dir = 'rtl';
    expect(isolateInRightToLeft('01632 960000')).toBe(`${FSI}01632 960000${PDI}`);
  });

  it('leaves left-to-right pages untouched', () => {
    expect(keepRunsLeftToRight.process('Go to 111.nhs.uk or call 18001 111')).toBe('Go to 111.nhs.uk or call 18001 111');
    expect(isolateInRightToLeft('01632 960000')).toBe('01632 960000');
  });
});
