// @vitest-environment node
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { staticFile } from "../support/bundles";

const shell = () => new JSDOM(staticFile("suggestions.html")).window.document;

describe("suggestions.html", () => {
  it("declares its language and a container for the script to fill", () => {
    const doc = shell();
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("main#cen-suggestions")).not.toBeNull();
  });

  it("loads exactly suggestions.js and suggestions.css, by relative URL", () => {
    const doc = shell();
    const scripts = [...doc.querySelectorAll("script")];
    expect(scripts.map((s) => s.getAttribute("src"))).toEqual(["suggestions.js"]);
    expect([...doc.querySelectorAll("link[rel=stylesheet]")].map((l) => l.getAttribute("href"))).toEqual(["suggestions.css"]);
  });

  it("has no inline script, style or event handler", () => {
    const doc = shell();
    expect([...doc.querySelectorAll("script")].map((s) => s.textContent?.trim())).toEqual([""]);
    expect(doc.querySelectorAll("style")).toHaveLength(0);
    const inline = [...doc.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => a.name === "style" || a.name.startsWith("on")).map((a) => a.name));
    expect(inline).toEqual([]);
  });

  it("pins a content security policy that allows only its own files", () => {
    const policy = shell().querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });
});
