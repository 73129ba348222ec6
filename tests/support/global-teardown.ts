import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __ALMI_TEST_DB__?: { folder: string; server: { stop(): Promise<void> } } }).__ALMI_TEST_DB__;
  if (!started) return;
  await started.server.stop();
  rmSync(started.folder, { recursive: true, force: true }); // the throw-away folder global-setup made
}
