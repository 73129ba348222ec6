import { createTestDatabase, type TestDatabase } from '../../../tests/support/database.js';
import { createReadModelDataSource, runReadModelMigrations } from './read-model-data-source.js';
import { CreateTestReadModels1795305600001 } from './testing/test-projections.js';

describe('read-model migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('read_models');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('run once each when two processes start at the same time, and a second run does nothing', async () => {
    const open = async () => {
      const dataSource = createReadModelDataSource({ url: db.url, migrations: [CreateTestReadModels1795305600001] });
      return dataSource.initialize();
    };
    const [api, projector] = await Promise.all([open(), open()]);

    const [fromApi, fromProjector] = await Promise.all([runReadModelMigrations(api), runReadModelMigrations(projector)]);
    const again = await runReadModelMigrations(api);

    expect([...fromApi, ...fromProjector].sort()).toEqual(['CreateProjectionCheckpoints1795305600000', 'CreateTestReadModels1795305600001']);
    expect(again).toEqual([]);
    const tables = await api.query(
      `SELECT tablename FROM pg_tables WHERE tablename IN ('projection_checkpoints', 'test_stream_counts', 'read_model_migrations', 'test_type_counts') ORDER BY tablename`,
    );
    expect(tables.map((t: { tablename: string }) => t.tablename)).toEqual(['projection_checkpoints', 'read_model_migrations', 'test_stream_counts', 'test_type_counts']);
    const [{ n }] = await api.query('SELECT count(*) AS n FROM read_model_migrations');
    expect(n).toBe(2);
    await Promise.all([api.destroy(), projector.destroy()]);
  });
});
