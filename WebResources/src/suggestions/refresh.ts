/** How long to wait for the async step to stamp the opportunity after a save. */
export interface RefreshPolicy {
  /** Reads after the first one (the baseline). */
  readonly tries: number;
  readonly firstDelayMs: number;
  readonly factor: number;
  readonly maxDelayMs: number;
}

/** Ten reads, 1 s, 1.5 s, 2.25 s … capped at 5 s: about 38 s in all before giving up. */
export const DefaultRefreshPolicy: RefreshPolicy = { tries: 10, firstDelayMs: 1000, factor: 1.5, maxDelayMs: 5000 };

/** Waits the given milliseconds; injected so tests run on fake timers. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The waits between reads, in order. */
export function refreshDelays(policy: RefreshPolicy): number[] {
  return Array.from({ length: policy.tries }, (_, i) => Math.min(policy.maxDelayMs, Math.round(policy.firstDelayMs * policy.factor ** i)));
}

export type StampOutcome = "changed" | "unchanged" | "cancelled";

/**
 * Reads the stamp now (the baseline), then again after each delay until it differs. A failed read
 * is skipped; when the baseline read failed, the first good read becomes the baseline.
 * "unchanged" after the last try: the caller reloads anyway and stops.
 */
export async function waitForStampChange(
  read: () => Promise<string | null>,
  sleep: Sleep,
  policy: RefreshPolicy,
  isCancelled: () => boolean,
): Promise<StampOutcome> {
  const attempt = async (): Promise<{ value: string | null } | undefined> => {
    try {
      return { value: await read() };
    } catch {
      return undefined;
    }
  };

  let baseline = await attempt();
  for (const delay of refreshDelays(policy)) {
    await sleep(delay);
    if (isCancelled()) return "cancelled";
    const current = await attempt();
    if (current === undefined) continue;
    if (baseline === undefined) baseline = current;
    else if (current.value !== baseline.value) return "changed";
  }

  return isCancelled() ? "cancelled" : "unchanged";
}
