export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __ALMI_TEST_DB__?: { stop(): Promise<void> } }).__ALMI_TEST_DB__;
  await server?.stop();
}
