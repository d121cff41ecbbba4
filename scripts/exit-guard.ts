/**
 * A command that ends without finishing says so and fails. When a helper
 * process dies without answering (Pagefind's backend panics on a full disk or
 * a read-only output directory), the promise waiting for it never settles,
 * Node runs out of work and would exit with 0, printing nothing: CI would
 * deploy a site that was never built. This turns that silence into exit
 * code 1 with a message naming the step that was running.
 */

let running = '';

/** Names the step now running, for the message should it never finish. */
export function stepStarted(name: string): void {
  running = name;
}

/** Runs `main`; if the process is about to exit before it settles, prints why and exits 1. */
export function guardedMain(command: string, main: () => Promise<void>, onError: (error: unknown) => void): void {
  let settled = false;
  const onBeforeExit = () => {
    if (settled) return;
    console.error(
      `\n${command}没有完成${running ? `：正在进行的步骤「${running}」` : ''}既没有完成也没有报告错误就停止了（例如磁盘已满、输出目录只读，或辅助程序意外退出）。已发布的网站保持不变；请检查磁盘空间和输出目录的写权限后重试。`,
    );
    process.exit(1);
  };
  process.on('beforeExit', onBeforeExit);
  main().then(
    () => {
      settled = true;
    },
    (error: unknown) => {
      settled = true;
      onError(error);
    },
  );
}
