/**
 * A small XML reader for the parts of an .xlsx (sheets, shared strings, styles, drawings): elements,
 * attributes and text, nothing else (no DTD, no entities beyond the five and character references,
 * so no entity expansion). One linear pass with an explicit stack: no recursion, so no depth limit to
 * hit. Namespace prefixes are dropped from names (`xdr:col` → `col`), as the parts use fixed ones.
 * No library in the project reads XML without a DOM or a dependency tree; this is the 60 lines needed.
 */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The text directly inside the element. */
  text: string;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const cp = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** One pass over the text, element by element (for large parts such as sheets, without a tree). */
export function scanXml(xml: string, on: XmlHandler): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    if (m[1] !== undefined) on.text(m[1]);
    else if (m[3] !== undefined) {
      const name = localName(m[3]);
      if (m[2] === '/') {
        on.close(name);
        continue;
      }
      const attrs: Record<string, string> = {};
      ATTR.lastIndex = 0;
      for (let a = ATTR.exec(m[4]); a !== null; a = ATTR.exec(m[4]))
        attrs[localName(a[1])] = decodeEntities(a[3] ?? a[4] ?? '');
      on.open(name, attrs, m[5] === '/');
    } else if (m[6] !== undefined) on.text(decodeEntities(m[6]));
  }
}

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      const node: XmlNode = { name, attrs, children: [], text: '' };
      stack[stack.length - 1].children.push(node);
      if (!selfClosing) stack.push(node);
    },
    close(name) {
      // Close the nearest open element of that name (a stray end tag closes nothing).
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i].name === name) {
          stack.length = i;
          break;
        }
      }
    },
    text(text) {
      stack[stack.length - 1].text += text;
    },
  });
  return root;
}

/** The first child of that name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** Every descendant of that name, in document order (iterative). */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const todo: XmlNode[] = [...node.children].reverse();
  while (todo.length > 0) {
    const n = todo.pop()!;
    if (n.name === name) out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]);
  }
  return out;
}

/** The text of every `t` element below the node, in order (a run's text, a shared string). */
export function textOf(node: XmlNode, textName = 't'): string {
  return descendants(node, textName)
    .map((t) => t.text)
    .join('');
}
