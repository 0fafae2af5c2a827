import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/open-database';
import { migrate, migrationFiles } from '../../server/db/migrate';
import { freshDatabase } from './database';

describe('migrations', () => {
  it('run once when several servers start together', async () => {
    const fresh = await freshDatabase();
    try {
      // Each "server" has its own connection (on PGlite: the one connection, taking turns).
      const others = await Promise.all([0, 1, 2].map(() => (fresh.url ? openDatabase({ url: fresh.url }) : Promise.resolve(fresh.db))));
      const applied = await Promise.all(others.map((db) => migrate(db)));
      expect(applied.flat()).toEqual([]); // freshDatabase() migrated already: nothing runs twice
      const rows = await fresh.db.query<{ version: string }>('select version from schema_migration order by version');
      expect(rows.map((r) => r.version)).toEqual(migrationFiles().map((m) => m.version));
      if (fresh.url) await Promise.all(others.map((db) => db.close()));
    } finally {
      await fresh.drop();
    }
  });
});

