import { describe, expect, it } from 'vitest';
import { countSms, isGsm7 } from '../../../src/domain/sms/segments';

describe('SMS segment counting', () => {
  it('an empty text sends nothing', () => {
    expect(countSms('')).toMatchObject({ encoding: 'GSM-7', units: 0, segments: 0, remaining: 160 });
  });

  it('plain English fits 160 GSM-7 characters in one text', () => {
    expect(countSms('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1, perSegment: 160, remaining: 0 });
  });

  it('161 GSM-7 characters need two texts of up to 153', () => {
    expect(countSms('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153, remaining: 153 * 2 - 161 });
    expect(countSms('a'.repeat(306)).segments).toBe(2);
    expect(countSms('a'.repeat(307)).segments).toBe(3);
  });

  it('GSM-7 basic set includes £, accented letters, Greek capitals and new lines at one septet each', () => {
    const text = '£@$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¡¿ÄÖÑÜ§äöñüà\n\r';
    expect(isGsm7(text)).toBe(true);
    expect(countSms(text).units).toBe([...text].length);
  });

  it('extension characters (€ [ ] { } ^ ~ | \\) count two septets each', () => {
    for (const char of ['€', '[', ']', '{', '}', '^', '~', '|', '\\']) {
      expect(countSms(char), char).toMatchObject({ encoding: 'GSM-7', units: 2, characters: 1 });
    }
    // 159 + one € is 161 septets: past one text.
    expect(countSms('a'.repeat(158) + '€').segments).toBe(1);
    expect(countSms('a'.repeat(159) + '€').segments).toBe(2);
  });

  it('an extension character is never split across two parts', () => {
    // 152 septets then € (2) would straddle the 153 boundary: it moves to part two.
    const count = countSms('a'.repeat(152) + '€' + 'a'.repeat(10));
    expect(count.units).toBe(164);
    expect(count.segments).toBe(2);
    expect(count.remaining).toBe(153 - 12);
  });

  it('one character outside GSM-7 sends the whole text as UCS-2: 70 in one, 67 per part', () => {
    expect(countSms('ŵ')).toMatchObject({ encoding: 'UCS-2', units: 1, segments: 1, perSegment: 70 });
    expect(countSms('ŵ' + 'a'.repeat(69))).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1, remaining: 0 });
    expect(countSms('ŵ' + 'a'.repeat(70))).toMatchObject({ segments: 2, perSegment: 67 });
    expect(countSms('ŵ' + 'a'.repeat(133)).segments).toBe(2); // 134 = 2 × 67
    expect(countSms('ŵ' + 'a'.repeat(134)).segments).toBe(3);
  });

  it('curly quotes, Welsh letters and Polish letters are not GSM-7', () => {
    for (const text of ['’', '“quoted”', 'Croeso i’r feddygfa', 'ŵ ŷ â', 'zażółć']) expect(isGsm7(text), text).toBe(false);
    // ç is not in the basic set (only capital Ç is).
    expect(isGsm7('ç')).toBe(false);
  });

  it('an emoji is one character but two UCS-2 units, and is never split', () => {
    expect(countSms('👍')).toMatchObject({ encoding: 'UCS-2', characters: 1, units: 2, segments: 1 });
    expect(countSms('😀'.repeat(35))).toMatchObject({ units: 70, segments: 1 });
    expect(countSms('😀'.repeat(35) + 'a').segments).toBe(2);
    // 66 units then an emoji straddles 67: it goes whole into part two.
    const count = countSms('ŵ' + 'a'.repeat(65) + '😀' + 'a'.repeat(10));
    expect(count.units).toBe(78);
    expect(count.segments).toBe(2);
    expect(count.remaining).toBe(67 - 12);
  });
});
