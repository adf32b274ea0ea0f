import { describe, expect, it } from "vitest";
import { de, en, format, stringsFor } from "../../src/suggestions/strings";

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe("strings", () => {
  it("German defines exactly the English keys", () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it("every text is non-empty in both languages", () => {
    for (const strings of [en, de]) {
      for (const [key, value] of Object.entries(strings)) {
        expect(value.trim(), key).not.toBe("");
      }
    }
  });

  it("translations keep the placeholders of the English text", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("the action names are the accessible names the browser tests use", () => {
    expect([en.open, en.copyLink, en.helpful, en.notHelpful, en.notForThisDeal]).toEqual(["Open", "Copy link", "Helpful", "Not helpful", "Not for this deal"]);
    expect(en.panelTitle).toBe("Suggested content");
    expect(en.saveFirst).toBe("Save the opportunity to see suggestions");
  });

  it("picks German for 1031, English for 1033 and for anything unknown", () => {
    expect(stringsFor(1031)).toEqual({ strings: de, tag: "de" });
    expect(stringsFor(1033)).toEqual({ strings: en, tag: "en" });
    expect(stringsFor(1036).strings).toBe(en);
    expect(stringsFor(undefined).strings).toBe(en);
  });

  it("format fills placeholders and leaves unknown ones", () => {
    expect(format("Nothing tagged yet for {0}", "Insurance · Buying")).toBe("Nothing tagged yet for Insurance · Buying");
    expect(format("{1} {0} {2}", "a", "b")).toBe("b a {2}");
  });
});
