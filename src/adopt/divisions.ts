/**
 * 担当課 as offices print them: 部 and 課 on two lines of one cell, or run together (総務部人事課),
 * several blocks headed <取組項目> when items have different 課, and in 別表2 often the 課 alone.
 * They are resolved against the departments collected from every cell (written into report.yaml).
 * Pure.
 */
export interface DivisionRef {
  department: string;
  division?: string;
}

export interface DivisionBlock {
  heading?: string;
  refs: DivisionRef[];
  /** The lines as written, for messages. */
  text: string;
}

const DEPARTMENT_END = /^(.+?(?:本部|事務局|委員会|部|局|庁))(.+)$/u;
const HEADING = /^[<＜](.+)[>＞]$/u;

export class Departments {
  /** 部 → its 課, in the order first seen. */
  readonly map = new Map<string, string[]>();

  add(ref: DivisionRef): void {
    const list = this.map.get(ref.department) ?? [];
    if (!this.map.has(ref.department)) this.map.set(ref.department, list);
    if (ref.division && !list.includes(ref.division)) list.push(ref.division);
  }

  /** The 部 of a 課 named alone, when exactly one 部 has it. */
  departmentOf(division: string): string | undefined {
    const found = [...this.map].filter(([, divs]) => divs.includes(division)).map(([d]) => d);
    return found.length === 1 ? found[0] : undefined;
  }

  /** 総務部人事課 → 総務部 / 人事課, by a known 部 first, then by where a 部 name ends. */
  split(line: string): DivisionRef | undefined {
    const known = [...this.map.keys()].filter((d) => line.startsWith(d) && line.length > d.length);
    if (known.length > 0) {
      const d = known.sort((a, b) => b.length - a.length)[0];
      return { department: d, division: line.slice(d.length) };
    }
    if (this.map.has(line)) return { department: line };
    const dept = this.departmentOf(line);
    if (dept) return { department: dept, division: line };
    const m = DEPARTMENT_END.exec(line);
    if (m) return { department: m[1], division: m[2] };
    if (/(部|局|庁|本部|事務局|委員会)$/u.test(line)) return { department: line };
    return undefined;
  }
}

/** Names as the schema allows them: no slash, no spaces. */
export function cleanName(text: string): string {
  return text.replace(/[\s\u3000/]+/gu, '');
}

/**
 * The blocks of a 担当課 cell. Two lines without a heading between them are 部 and 課 when the first
 * names a 部 and the second does not; otherwise each line is one 部課.
 */
export function parseDivisionCell(
  text: string,
  departments: Departments,
): { blocks: DivisionBlock[]; unsure: string[] } {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const groups: { heading?: string; lines: string[] }[] = [];
  for (const line of lines) {
    const h = HEADING.exec(line);
    if (h) groups.push({ heading: h[1].trim(), lines: [] });
    else {
      if (groups.length === 0) groups.push({ lines: [] });
      groups[groups.length - 1].lines.push(line);
    }
  }
  const unsure: string[] = [];
  const blocks = groups.map((g) => {
    const refs: DivisionRef[] = [];
    const names = g.lines.map(cleanName);
    for (let i = 0; i < names.length; i++) {
      const line = names[i];
      const next = names[i + 1];
      const isDept = /(部|局|庁|本部|事務局|委員会)$/u.test(line) && !/(課|室|班|係|所|センター)$/u.test(line);
      if (isDept && next !== undefined && !/(部|局|庁)$/u.test(next)) {
        refs.push({ department: line, division: next });
        i++;
        continue;
      }
      const ref = departments.split(line);
      if (ref) refs.push(ref);
      else unsure.push(line);
    }
    return { ...(g.heading ? { heading: g.heading } : {}), refs, text: g.lines.join('\n') };
  });
  return { blocks, unsure };
}

export function refString(ref: DivisionRef): string {
  return ref.division ? `${ref.department}/${ref.division}` : ref.department;
}
