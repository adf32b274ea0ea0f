// @vitest-environment node
import { describe, expect, it } from "vitest";
import { staticFile } from "../support/bundles";

const css = staticFile("suggestions.css");
const colour = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i;

/** The custom properties of the first block whose selector text matches. */
function variables(blockStart: RegExp): Record<string, string> {
  const start = css.search(blockStart);
  const body = css.slice(css.indexOf("{", css.indexOf(":root", start)) + 1, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/(--cen-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

function luminance(hex: string): number {
  const value = hex.replace("#", "");
  const channels = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (channels[0] as number) + 0.7152 * (channels[1] as number) + 0.0722 * (channels[2] as number);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colour on background colour, by variable name. */
const pairs: [string, string][] = [
  ["--cen-fg", "--cen-bg"],
  ["--cen-muted", "--cen-bg"],
  ["--cen-accent", "--cen-bg"],
  ["--cen-accent-fg", "--cen-accent"],
  ["--cen-accent-fg", "--cen-accent-hover"],
  ["--cen-chip-fg", "--cen-chip-bg"],
  ["--cen-pressed-fg", "--cen-pressed-bg"],
  ["--cen-error", "--cen-bg"],
  ["--cen-warning-fg", "--cen-bg"],
];

describe("suggestions.css", () => {
  it("uses colours only through custom properties the host may override", () => {
    const declarations = [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].filter((m) => !(m[1] as string).startsWith("--") && colour.test(m[2] as string));
    expect(declarations.map((m) => m[0])).toEqual([]);
  });

  it("uses the system font stack", () => {
    expect(variables(/:root\s*\{/)["--cen-font"]).toMatch(/system-ui/);
  });

  it.each([
    ["light", /:root\s*\{/],
    ["dark", /prefers-color-scheme:\s*dark/],
  ])("keeps text contrast at 4.5:1 or more in the %s theme", (_theme, block) => {
    const light = variables(/:root\s*\{/);
    const theme = { ...light, ...variables(block) };
    const low = pairs.filter(([fg, bg]) => contrast(theme[fg] as string, theme[bg] as string) < 4.5).map(([fg, bg]) => `${fg} on ${bg}: ${contrast(theme[fg] as string, theme[bg] as string).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it("shows focus visibly", () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*2px solid var\(--cen-focus\)/);
  });
});
