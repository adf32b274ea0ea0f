import { afterEach, describe, expect, it, vi } from "vitest";
import { DefaultRefreshPolicy, realSleep, refreshDelays, waitForStampChange } from "../../src/suggestions/refresh";

const noWait = async () => undefined;
const never = () => false;

function reader(values: (string | null | Error)[]) {
  return vi.fn(async () => {
    const value = values.length > 1 ? values.shift() : values[0];
    if (value instanceof Error) throw value;
    return value ?? null;
  });
}

describe("refreshDelays", () => {
  it("backs off from 1 s by half again, capped at 5 s, ten times", () => {
    expect(refreshDelays(DefaultRefreshPolicy)).toEqual([1000, 1500, 2250, 3375, 5000, 5000, 5000, 5000, 5000, 5000]);
  });
});

describe("waitForStampChange", () => {
  it("stops as soon as the stamp differs from the one read first", async () => {
    const read = reader(["t0", "t0", "t1", "t2"]);
    await expect(waitForStampChange(read, noWait, DefaultRefreshPolicy, never)).resolves.toBe("changed");
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("a first stamp appearing (null before) is a change", async () => {
    await expect(waitForStampChange(reader([null, "t1"]), noWait, DefaultRefreshPolicy, never)).resolves.toBe("changed");
  });

  it("gives up after the bounded number of reads", async () => {
    const read = reader(["t0"]);
    await expect(waitForStampChange(read, noWait, DefaultRefreshPolicy, never)).resolves.toBe("unchanged");
    expect(read).toHaveBeenCalledTimes(1 + DefaultRefreshPolicy.tries);
  });

  it("skips failed reads and takes the first good one as baseline when the first read failed", async () => {
    const read = reader([new Error("offline"), "t0", new Error("again"), "t0", "t1"]);
    await expect(waitForStampChange(read, noWait, DefaultRefreshPolicy, never)).resolves.toBe("changed");
    expect(read).toHaveBeenCalledTimes(5);
  });

  it("stops when cancelled", async () => {
    let cancelled = false;
    const read = reader(["t0"]);
    const sleep = vi.fn(async () => {
      cancelled = true;
    });
    await expect(waitForStampChange(read, sleep, DefaultRefreshPolicy, () => cancelled)).resolves.toBe("cancelled");
    expect(read).toHaveBeenCalledTimes(1);
  });

  describe("on real timers (faked)", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("waits 1 s before the first re-read", async () => {
      vi.useFakeTimers();
      const read = reader(["t0", "t1"]);
      const outcome = waitForStampChange(read, realSleep, DefaultRefreshPolicy, never);
      await vi.advanceTimersByTimeAsync(999);
      expect(read).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(outcome).resolves.toBe("changed");
      expect(read).toHaveBeenCalledTimes(2);
    });

    it("gives up after about 38 s", async () => {
      vi.useFakeTimers();
      const read = reader(["t0"]);
      let done = false;
      void waitForStampChange(read, realSleep, DefaultRefreshPolicy, never).then(() => {
        done = true;
      });
      const total = refreshDelays(DefaultRefreshPolicy).reduce((a, b) => a + b, 0);
      await vi.advanceTimersByTimeAsync(total - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      expect(total).toBe(38125);
    });
  });
});
