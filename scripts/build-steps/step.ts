/** A step of the build that runs on the rendered site before it is published (scripts/build.ts runs them in order). */
export interface BuildStep {
  /** Shown in the build log. */
  name: string;
  /** Works on the staging directory; throws to fail the build (the published site stays as it was). */
  run(outDir: string): Promise<void>;
}
