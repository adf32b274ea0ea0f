/** A child for {@link el}: strings become text nodes, never markup. */
export type Child = Node | string | null | undefined | false;

/** Element properties set by code. `attrs` take constants only; data goes in through `text`. */
export interface ElementProps {
  readonly className?: string;
  readonly id?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** `createElement` + `textContent`: the only way the panel builds DOM. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child) node.append(child);
  }

  return node;
}

/** Text that screen readers read and sighted users don't see (e.g. separators between chips). */
export function srOnly(text: string): HTMLSpanElement {
  return el("span", { className: "cen-sr-only", text });
}

let nextId = 0;

/** A page-unique element id; never derived from data. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
