import { afterEach, describe, expect, it } from "vitest";
import { settle, suggestionsJson } from "../support/builders";
import { fakeForm, fakeXrm } from "../support/fakeXrm";
import { buttons, createPanel, items } from "../support/panelHarness";

/** Markup that would create elements, run script or fetch something if it were ever parsed. */
const payloads = [
  `<img src=x onerror="window.__xss=1">`,
  `<script>window.__xss=1</script>`,
  `"><svg onload=window.__xss=1>`,
  `</li></ul><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<a href="javascript:window.__xss=1">click</a>`,
  `&lt;b&gt;entity&lt;/b&gt; <style>*{display:none}</style>`,
];

/** Every element the panel itself creates; anything else came from data. */
const panelTags = new Set(["MAIN", "SECTION", "H2", "H3", "H4", "DIV", "P", "UL", "LI", "A", "SPAN", "BUTTON"]);

function expectInert(root: HTMLElement): void {
  const elements = [...root.querySelectorAll("*")];
  expect(elements.map((e) => e.tagName).filter((tag) => !panelTags.has(tag))).toEqual([]);
  const handlers = elements.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${e.tagName} ${a.name}`));
  expect(handlers).toEqual([]);
  const links = [...root.querySelectorAll("a")].map((a) => a.getAttribute("href"));
  expect(links.filter((href) => !href?.startsWith("https://content.example.com/"))).toEqual([]);
  expect((window as { __xss?: number }).__xss).toBeUndefined();
}

describe.each(payloads)("the payload %s", (payload) => {
  afterEach(() => {
    delete (window as { __xss?: number }).__xss;
  });

  it("stays text in title, kind, audience, roles, reasons and warnings", async () => {
    const harness = createPanel();
    const item = {
      rank: 1,
      contentId: `CNT-${payload}`,
      title: `Title ${payload}`,
      url: "https://content.example.com/safe",
      kind: `Kind ${payload}`,
      audience: `Audience ${payload}`,
      score: 1,
      forRoles: [`Role ${payload}`, `Other role ${payload}`],
      reasons: [
        { facet: `facet ${payload}`, value: `value ${payload}`, text: `Reason ${payload}` },
        { facet: "industry", value: `Value only ${payload}`, text: "" },
      ],
    };
    const unsafe = { ...item, rank: 2, contentId: "CNT-2", title: `Unsafe link ${payload}`, url: payload, forRoles: [] };
    const fake = fakeXrm({ answers: [suggestionsJson([item, unsafe], { phase: `Phase ${payload}`, warnings: [`Warning ${payload}`] })] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();

    const text = harness.root.textContent ?? "";
    for (const shown of [`Title ${payload}`, `Kind ${payload}`, `Audience ${payload}`, `Role ${payload}`, `Other role ${payload}`, `Reason ${payload}`, `Value only ${payload}`, `Warning ${payload}`, `Phase ${payload}`, `Unsafe link ${payload}`]) {
      expect(text).toContain(shown);
    }
    expect(items(harness.root)).toHaveLength(2);
    expectInert(harness.root);

    buttons(items(harness.root)[0] as HTMLElement, "Not for this deal")[0]?.click();
    await settle();
    expect(harness.root.querySelector(".cen-status")?.textContent).toBe(`Removed: Title ${payload}`);
    expectInert(harness.root);
    const bind = fake.createRecord.mock.calls[0]?.[1] as Record<string, string>;
    expect(bind["cen_ContentId@odata.bind"]).toBe(`/cen_enablementcontents(cen_externalid='CNT-${payload.replace(/'/g, "''")}')`);
  });

  it("stays text in every facet's German chip, composed from value, people and the refresher's title", async () => {
    const harness = createPanel();
    const facets = ["industry", "phase", "salesStage", "challenge", "freshness"];
    const source = { rank: 1, contentId: `CNT-${payload}`, title: `Source ${payload}`, url: "https://content.example.com/source", kind: "", audience: "", score: 1, forRoles: [], reasons: [] };
    const item = {
      ...source,
      rank: 2,
      contentId: "CNT-2",
      title: "Refresher",
      reasons: [
        ...facets.map((facet) => ({ facet, value: `${facet} ${payload}`, text: `Text ${payload}` })),
        { facet: "buyerRole", value: `Role ${payload}`, text: `For the Role ${payload}: People ${payload}` },
        { facet: "feedback", value: `Feedback ${payload}`, text: `Text ${payload}` },
        { facet: "training", value: `CNT-${payload}`, text: `Refresher for "${payload}"` },
        { facet: "training", value: `Gone ${payload}`, text: `Refresher for "${payload}"` },
        { facet: "pinned", value: payload, text: payload },
      ],
    };
    const fake = fakeXrm({ languageId: 1031, answers: [suggestionsJson([source, item])] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();

    const chips = [...harness.root.querySelectorAll(`[data-content-id="CNT-2"] .cen-chip`)].map((c) => c.textContent);
    expect(chips).toEqual([
      `Zugeschnitten auf industry ${payload}`,
      `Passend zur Phase phase ${payload}`,
      `Passend zur Vertriebsphase salesStage ${payload}`,
      `Geht auf die Kundenherausforderung challenge ${payload} ein`,
      `Neu: veröffentlicht am freshness ${payload}`,
      `Für Role ${payload}: People ${payload}`,
      `Feedback ${payload}`,
      `Auffrischung zu „Source ${payload}“`,
      `Auffrischung zu „${payload}“`,
      "Von Enablement angeheftet",
    ]);
    expectInert(harness.root);
  });

  it("stays text in the empty state's industry, roles and phase", async () => {
    const harness = createPanel();
    const fake = fakeXrm({ answers: [suggestionsJson([], { industry: `Industry ${payload}`, buyerRoles: [`Role ${payload}`], phase: `Phase ${payload}` })] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm({ roles: ["Champion"] }));
    await settle();
    expect(harness.root.querySelector(".cen-message")?.textContent).toBe(`Nothing tagged yet for Industry ${payload} · Role ${payload} · Phase ${payload}`);
    expectInert(harness.root);
  });
});
