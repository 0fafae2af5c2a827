import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bundle } from 'fhir/r4';
import { openDatabase } from '../../server/db/open-database';
import { migrate } from '../../server/db/migrate';
import { buildApp } from '../../server/app';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { memoryPhotoStore } from '../../server/store/photos';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { referenceOf } from '../../src/platform/device/outbox-answers';
import { completeDraft, NOW } from '../unit/request/fixtures';

// PGlite only (vitest.server.config.ts): a PostgreSQL server outlives any restart of ours.
const idFor = (n: number) => `7a1b2c3d-4e5f-4a6b-8c7d-${String(n).padStart(12, '0')}`;

describe('a restart of the server on its PGlite folder', () => {
  it('keeps every request, and the next reference is new', { timeout: 240_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'front-door-restart-'));
    const photos = memoryPhotoStore();
    const start = async () => {
      const db = await openDatabase({ folder });
      await migrate(db);
      await setTestClock(db, NOW);
      await seedDemo(db, NOW);
      return { db, app: await buildApp({ db, photos, testApi: true }) };
    };
    const send = async (app: Awaited<ReturnType<typeof start>>['app'], n: number) => {
      const bundle = buildRequestBundle({ ...completeDraft(), id: idFor(n) }, null, [], NOW);
      const response = await app.inject({ method: 'POST', url: '/api/fhir', headers: { 'content-type': 'application/fhir+json' }, payload: bundle });
      return referenceOf(response.json() as Bundle, idFor(n));
    };
    try {
      let server = await start();
      const before = [await send(server.app, 1), await send(server.app, 2)];
      await server.app.close();
      await server.db.close();

      server = await start();
      const stored = await server.db.query<{ reference: string }>('select reference from request order by reference');
      expect(stored.map((r) => r.reference).sort()).toEqual([...before].sort());
      expect(await send(server.app, 1)).toBe(before[0]); // a resend after the restart: the same answer
      const after = await send(server.app, 3);
      expect(after).toMatch(/^FD-/);
      expect(before).not.toContain(after);
      await server.app.close();
      await server.db.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
