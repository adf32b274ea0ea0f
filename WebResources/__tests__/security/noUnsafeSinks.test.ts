// @vitest-environment node
import { describe, expect, it } from "vitest";
import { bundle, sourceFiles } from "../support/bundles";

/** What no source file and no bundle may contain (security contract, dataverse-platform.md §7.4). */
const forbidden: [string, RegExp][] = [
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["createContextualFragment", /\bcreateContextualFragment\b/],
  ["DOMParser", /\bDOMParser\b/],
  ["document.write", /\bdocument\.write(ln)?\b/],
  ["eval", /\beval\s*\(/],
  ["new Function", /\bnew\s+Function\b/],
  ["string timer", /\bset(Timeout|Interval)\(\s*["'`]/],
  ["Xrm.Page", /\bXrm\.Page\b/],
  ["parent.Xrm", /\bparent\.Xrm\b/],
  ["window.top", /\b(window\.)?top\.(Xrm|location|document)\b|\bwindow\.top\b/],
  ["window.parent", /\bwindow\.parent\b/],
  ["javascript: URL", /javascript:/i],
];

function offences(text: string): string[] {
  return forbidden.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

describe("no unsafe sinks", () => {
  it("the checks themselves catch each pattern", () => {
    const samples = ["el.innerHTML = x", "el.outerHTML", "el.insertAdjacentHTML('beforeend', x)", "range.createContextualFragment(x)", "new DOMParser()", "document.write(x)", "eval(x)", "new Function('x')", "setTimeout('x()', 1)", "Xrm.Page.getAttribute", "parent.Xrm", "window.top", "window.parent", "href='javascript:void 0'"];
    expect(samples.map((sample) => offences(sample).length)).toEqual(samples.map(() => 1));
  });

  it.each(sourceFiles().map((file) => [file.path, file.text] as const))("%s has none", (_path, text) => {
    expect(offences(text)).toEqual([]);
  });

  it.each(["suggestions.js", "form.js"] as const)("the %s bundle has none", async (output) => {
    expect(offences(await bundle(output))).toEqual([]);
  });
});
