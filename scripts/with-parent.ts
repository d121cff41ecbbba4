/**
 * Loaded into the Astro child of a build (`node --import`): when the build
 * that started it dies, even by SIGKILL, the child is re-parented and this
 * notices within a second and ends it, so no orphan keeps rendering into a
 * staging folder or holding memory. Signals the build receives are passed
 * on by scripts/build.ts itself (killChildrenOnSignal).
 */
const startedBy = process.ppid;
setInterval(() => {
  if (process.ppid !== startedBy) process.exit(137);
}, 500).unref();

export {};
