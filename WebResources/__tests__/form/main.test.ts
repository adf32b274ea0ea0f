import { describe, expect, it, vi } from "vitest";

type Namespace = { CrmEnablement?: { Opportunity?: { onLoad?: unknown; onSave?: unknown }; Other?: unknown } };

describe("form library entry", () => {
  it("registers CrmEnablement.Opportunity.onLoad and onSave and keeps other members", async () => {
    const global = globalThis as Namespace;
    global.CrmEnablement = { Other: "kept" };
    vi.resetModules();
    await import("../../src/form/main");
    expect(typeof global.CrmEnablement?.Opportunity?.onLoad).toBe("function");
    expect(typeof global.CrmEnablement?.Opportunity?.onSave).toBe("function");
    expect(global.CrmEnablement?.Other).toBe("kept");
    delete global.CrmEnablement;
  });
});
