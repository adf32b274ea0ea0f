import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "../../src/suggestions/safeUrl";

describe("safeHttpUrl", () => {
  it.each([
    "https://content.example.com/items/1",
    "http://intranet.contoso.com/playbook?x=1&y=2#part",
    "HTTPS://CONTENT.EXAMPLE.COM/A",
  ])("keeps %s", (url) => {
    expect(safeHttpUrl(url)).toBe(url);
  });

  it("trims surrounding white space", () => {
    expect(safeHttpUrl("  https://content.example.com/x \n")).toBe("https://content.example.com/x");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(document.domain)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://files.example.com/a",
    "/relative/path",
    "relative.html",
    "//evil.example.com/x",
    "https:evil.example.com",
    "http://",
    "https://",
    "",
    "   ",
    "not a url",
  ])("refuses %j", (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
});
