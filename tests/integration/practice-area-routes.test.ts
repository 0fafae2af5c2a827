import { describe, expect, it } from 'vitest';
import { matchRoutes } from 'react-router';
import { routes } from '../../src/app/routes';

const matchedPath = (pathname: string) => matchRoutes(routes, pathname)?.at(-1)?.route.path;

describe('the practice area in the app route table', () => {
  it('wins over a practice code for every staff address', () => {
    expect(matchedPath('/practice')).toBe('/practice');
    expect(matchedPath('/practice/inbox')).toBe('/practice/inbox');
    expect(matchedPath('/practice/requests/FD-1001')).toBe('/practice/requests/:reference');
    expect(matchedPath('/practice/settings')).toBe('/practice/settings');
    expect(matchedPath('/practice/staff')).toBe('/practice/staff');
  });

  it("leaves the patients' practice pages as they were", () => {
    expect(matchedPath('/Y99001/staff')).toBe('/:ods/staff');
    expect(matchedPath('/settings')).toBe('/settings');
  });
});
