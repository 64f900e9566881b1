const STEP = 10_000;

/**
 * Calls `report` at every 10,000th item of a loop that has more to do, so that a large build
 * (the benchmark's 100,000 documents) shows it is moving; a build of the real corpus stays quiet.
 */
export function every(done: number, total: number, report: (done: number) => void) {
  if (done > 0 && done % STEP === 0 && done < total) report(done);
}
