export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __onwardEmbedded?: { stop(): Promise<void> } }).__onwardEmbedded;
  await embedded?.stop();
}
