"""
Dumps a tagged PDF for the tests, as JSON on standard output:
  tree:      the structure tree: {type (role-mapped), scope, alt, actual, text, kids}, text being the
             marked content under the element (its own and its kids', in order)
  outline:   the bookmarks, nested: {title, kids}
  untagged:  text shown outside any marked content with an MCID and outside any Artifact, per page
  artifacts: text shown inside Artifacts, per page
  unmarked:  painting operators (text, paths, images, shadings) outside any marked content, per page
  xmp:       the XMP metadata's dc:title, dc:language and dc:creator (null when there is none)
Each tree node also has its /ID and /Headers (the IDs of the headers a table cell names) when it has them.
Text is decoded with each font's ToUnicode CMap (Chromium writes Type0 fonts with Identity-H).
Usage: python3 pdf_structure.py FILE.pdf
"""
import json
import re
import sys

import pikepdf


def parse_cmap(data):
    """bfchar and bfrange entries of a ToUnicode CMap -> {code (int): text}, and the code length in bytes."""
    table = {}
    text = data.decode("latin-1")
    nbytes = 2
    m = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", text)
    if m:
        nbytes = len(m.group(1)) // 2
    hexstr = lambda h: bytes.fromhex(h).decode("utf-16-be", "replace")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            table[int(src, 16)] = hexstr(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            lo, hi = int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                for i, h in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", dst)):
                    table[lo + i] = hexstr(h)
            else:
                base = bytes.fromhex(dst[1:-1])
                for i in range(hi - lo + 1):
                    b = bytearray(base)
                    b[-1] = (b[-1] + i) & 0xFF
                    table[lo + i] = bytes(b).decode("utf-16-be", "replace")
    return table, nbytes


def font_decoders(resources):
    decoders = {}
    fonts = resources.get("/Font") if resources is not None else None
    if fonts is None:
        return decoders
    for name, font in fonts.items():
        tu = font.get("/ToUnicode")
        if tu is not None:
            table, nbytes = parse_cmap(tu.read_bytes())
        else:
            table, nbytes = {}, 1
        def decode(raw, table=table, nbytes=nbytes):
            out = []
            for i in range(0, len(raw) - nbytes + 1, nbytes):
                code = int.from_bytes(raw[i : i + nbytes], "big")
                out.append(table.get(code, chr(code) if nbytes == 1 else ""))
            return "".join(out)
        decoders[str(name)] = decode
    return decoders


PAINT = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "Do", "BI", "Tj", "TJ", "'", '"'}


def page_text(page, pdf):
    """Walks a page's content (and its form XObjects): text by MCID, untagged text, artifact text."""
    by_mcid = {}
    untagged = []
    artifacts = []
    unmarked = []

    def walk(content_owner, resources, stack):
        decoders = font_decoders(resources)
        font = None
        for operands, op in pikepdf.parse_content_stream(content_owner):
            op = str(op)
            if op == "BDC" or op == "BMC":
                tag = str(operands[0])
                mcid = None
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1]["/MCID"])
                stack.append((tag, mcid))
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif not stack and op in PAINT:
                unmarked.append(op)
            if op == "Tf":
                font = decoders.get(str(operands[0]))
            elif op in ("Tj", "'", '"', "TJ"):
                if op == "TJ":
                    raw = b"".join(bytes(x) for x in operands[0] if isinstance(x, pikepdf.String))
                else:
                    raw = bytes(operands[-1])
                s = font(raw) if font else raw.decode("latin-1")
                if any(t == "/Artifact" for t, _ in stack):
                    artifacts.append(s)
                else:
                    mcids = [m for _, m in stack if m is not None]
                    if mcids:
                        by_mcid[mcids[-1]] = by_mcid.get(mcids[-1], "") + s
                    else:
                        untagged.append(s)
            elif op == "Do":
                xobj = resources.get("/XObject", {}).get(str(operands[0])) if resources is not None else None
                if xobj is not None and xobj.get("/Subtype") == "/Form":
                    walk(xobj, xobj.get("/Resources", resources), list(stack))

    walk(page, page.obj.get("/Resources"), [])
    return by_mcid, "".join(untagged), "".join(artifacts), unmarked


def main(path):
    pdf = pikepdf.open(path)
    pages = {}
    report_untagged = []
    report_artifacts = []
    report_unmarked = []
    for i, page in enumerate(pdf.pages):
        by_mcid, untagged, artifacts, unmarked = page_text(page, pdf)
        pages[page.obj.objgen] = by_mcid
        report_untagged.append(untagged)
        report_artifacts.append(artifacts)
        report_unmarked.append(unmarked)

    root = pdf.Root.get("/StructTreeRoot")
    role_map = root.get("/RoleMap", {}) if root is not None else {}

    def role(s):
        s = str(s)
        seen = set()
        while s in role_map and s not in seen:
            seen.add(s)
            s = str(role_map[s])
        return s.lstrip("/")

    def attrs(elem):
        a = elem.get("/A")
        if a is None:
            return []
        return list(a) if isinstance(a, pikepdf.Array) else [a]

    def node(elem, page):
        page = elem.get("/Pg", page)
        out = {"type": role(elem.get("/S", "/?")), "kids": []}
        for a in attrs(elem):
            if isinstance(a, pikepdf.Dictionary) and "/Scope" in a:
                out["scope"] = str(a["/Scope"]).lstrip("/")
            if isinstance(a, pikepdf.Dictionary) and "/Headers" in a:
                out["headers"] = [bytes(h).decode("latin-1") for h in a["/Headers"]]
        if "/ID" in elem:
            out["id"] = bytes(elem["/ID"]).decode("latin-1")
        for key, name in (("/Alt", "alt"), ("/ActualText", "actual")):
            if key in elem:
                out[name] = str(elem[key])
        texts = []
        kids = elem.get("/K")
        if kids is None:
            kids = []
        elif not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for k in kids:
            if isinstance(k, int) or (isinstance(k, pikepdf.Object) and k._type_code == pikepdf.ObjectType.integer):
                texts.append(pages.get(page.objgen if page is not None else None, {}).get(int(k), ""))
            elif isinstance(k, pikepdf.Dictionary):
                if k.get("/Type") == "/MCR":
                    pg = k.get("/Pg", page)
                    texts.append(pages.get(pg.objgen if pg is not None else None, {}).get(int(k["/MCID"]), ""))
                elif k.get("/Type") == "/OBJR":
                    continue
                else:
                    child = node(k, page)
                    out["kids"].append(child)
                    texts.append(child["text"])
        out["text"] = "".join(texts)
        return out

    tree = node(root, None) if root is not None else None

    def outline(items):
        return [{"title": str(i.title), "kids": outline(i.children)} for i in items]

    with pdf.open_outline() as o:
        bookmarks = outline(o.root)
    xmp = None
    if "/Metadata" in pdf.Root:
        with pdf.open_metadata() as meta:
            xmp = {k: meta.get(k) for k in ("dc:title", "dc:language", "dc:creator")}
            xmp = {k: (sorted(v) if isinstance(v, set) else v) for k, v in xmp.items()}
    json.dump(
        {
            "tree": tree,
            "outline": bookmarks,
            "untagged": report_untagged,
            "artifacts": report_artifacts,
            "unmarked": report_unmarked,
            "xmp": xmp,
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main(sys.argv[1])
