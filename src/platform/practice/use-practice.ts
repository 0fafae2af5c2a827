import { useContext } from 'react';
import { isOdsCode } from '../../domain/practice/ods-code';
import { PracticeCode } from './practice-code';
import { usePracticeSettings } from './practice-query';

/**
 * The practice a page is for, from the one place that reads it: its ODS code (upper case;
 * `isOdsCode` false when the URL holds no code at all) and its settings (a query, kept on
 * the device for offline use).
 */
export function usePractice() {
  const ods = useContext(PracticeCode);
  return { ods, isOdsCode: isOdsCode(ods), settings: usePracticeSettings(ods) };
}
