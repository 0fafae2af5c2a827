import { describe, expect, it } from 'vitest';
import { normalisePath, problemAt, problemsFromOutcome, problemsInSettings, firstProblemPerField } from '../../../src/features/practice-area/model/settings-problems';
import { draftFromSettings, isoFromLocal, localFromIso, settingsFromDraft } from '../../../src/features/practice-area/model/settings-draft';
import { safeReturnPath, signInHref } from '../../../src/features/practice-area/model/sign-in-return';
import { newReferences } from '../../../src/features/practice-area/model/new-requests';
import { actionProblem } from '../../../src/features/practice-area/model/action-problem';
import { ApiError, isStaffApiPath, NetworkError } from '../../../src/platform/api/client';
import { seedPractices } from '../../../server/rules/seed/practices';

const practice = () => structuredClone(seedPractices(new Date('2026-11-23T10:00:00Z')).find((p) => p.ods === 'Y99001')!);

describe('settings problems → fields', () => {
  it('reads FHIRPath, JSON pointer and dot paths alike', () => {
    expect(normalisePath('settings.closures[0].reason')).toBe('closures.0.reason');
    expect(normalisePath('/closures/0/reason')).toBe('closures.0.reason');
    expect(normalisePath('PracticeSettings.embed.allowedOrigins[2]')).toBe('embed.allowedOrigins.2');
    expect(normalisePath('closures.0.reason')).toBe('closures.0.reason');
  });

  it('places each path at the field to fix', () => {
    expect(problemAt('closures[1].reason')).toEqual({ field: 'closure-1-reason', kind: 'closureReason' });
    expect(problemAt('closures[1].from')).toEqual({ field: 'closure-1-from', kind: 'closureTime' });
    expect(problemAt('closures[1]')).toEqual({ field: 'closure-1-to', kind: 'closureOrder' });
    expect(problemAt('openingHours.tue[0].open')).toEqual({ field: 'hours-tue-0-open', kind: 'time' });
    expect(problemAt('openingHours.tue[0]')).toEqual({ field: 'hours-tue-0-close', kind: 'hoursOrder' });
    expect(problemAt('onlineRequests.admin.enabled')).toEqual({ field: 'requestTypes', kind: 'requestTypes' });
    expect(problemAt('replyWithinWorkingDays')).toEqual({ field: 'replyWithinWorkingDays', kind: 'replyDays' });
    expect(problemAt('embed.allowedOrigins[0]')).toEqual({ field: 'allowedOrigins', kind: 'origins' });
    expect(problemAt('')).toEqual({ field: 'settings-form', kind: 'other' });
  });

  it("keeps the server's words and places an issue with no path on the whole form", () => {
    expect(problemsFromOutcome([{ expression: ['closures[0].reason'], details: { text: 'Give a reason.' } }, { diagnostics: 'Core hours.' }])).toEqual([
      { field: 'closure-0-reason', kind: 'closureReason', text: 'Give a reason.' },
      { field: 'settings-form', kind: 'other', text: 'Core hours.' },
    ]);
  });

  it('checks a draft with the settings schema: good settings pass, each bad field is named once', () => {
    const settings = practice();
    expect(problemsInSettings(settingsFromDraft(draftFromSettings(settings), settings))).toEqual([]);
    const draft = { ...draftFromSettings(settings), replyWithinWorkingDays: 'three', closures: [{ from: '2026-12-10T13:00', to: '2026-12-10T12:00', reason: ' ' }] };
    const fields = firstProblemPerField(problemsInSettings(settingsFromDraft(draft, settings))).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['replyWithinWorkingDays', 'closure-0-reason', 'closure-0-to']));
  });
});

describe('closure times in UK time', () => {
  it('turns a datetime-local value into the instant in London, summer or winter, and back', () => {
    expect(isoFromLocal('2026-12-10T13:00')).toBe('2026-12-10T13:00:00.000Z');
    expect(isoFromLocal('2026-07-10T13:00')).toBe('2026-07-10T12:00:00.000Z');
    expect(localFromIso('2026-07-10T12:00:00.000Z')).toBe('2026-07-10T13:00');
    expect(isoFromLocal('not a time')).toBe('not a time');
  });
});

describe('sign-in return', () => {
  it('goes back only to a practice-area page', () => {
    expect(safeReturnPath('/practice/requests/FD-1')).toBe('/practice/requests/FD-1');
    expect(safeReturnPath('https://evil.example/')).toBe('/practice/inbox');
    expect(safeReturnPath('//evil.example/practice/')).toBe('/practice/inbox');
    expect(safeReturnPath('/Y99001')).toBe('/practice/inbox');
    expect(safeReturnPath(null)).toBe('/practice/inbox');
    expect(signInHref('/practice/inbox?kind=admin', 'expired')).toBe('/practice?next=%2Fpractice%2Finbox%3Fkind%3Dadmin&reason=expired');
  });
});

describe('new requests to announce', () => {
  it('none on the first load, then the references not seen before', () => {
    expect(newReferences(null, ['A', 'B'])).toEqual([]);
    expect(newReferences(new Set(['A', 'B']), ['C', 'A', 'B'])).toEqual(['C']);
  });
});

describe('action problems', () => {
  it('says 409 is a completed request, keeps the server text of a 400, and tells offline apart', () => {
    expect(actionProblem(new ApiError(409))).toEqual({ problem: 'completed' });
    expect(actionProblem(new ApiError(400, [{ severity: 'error', code: 'invalid', details: { text: 'Too long.' } }]))).toEqual({ problem: 'invalid', detail: 'Too long.' });
    expect(actionProblem(new NetworkError('offline'))).toEqual({ problem: 'offline' });
    expect(actionProblem(new ApiError(503))).toEqual({ problem: 'unavailable' });
  });
});

describe('which calls carry the staff cookie', () => {
  it('only /api/practice/..., never the patient calls such as /api/practices/:ods', () => {
    expect(isStaffApiPath('practice/session')).toBe(true);
    expect(isStaffApiPath('/practice/requests?kind=admin')).toBe(true);
    expect(isStaffApiPath('practices/Y99001')).toBe(false);
    expect(isStaffApiPath('fhir')).toBe(false);
    expect(isStaffApiPath('requests/status')).toBe(false);
  });
});
