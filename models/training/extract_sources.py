"""Extract raw Arabic–English pairs from the Debian packages unpacked by build_data.sh.

Each extractor writes <out>/<source>.tsv: one pair a line, "arabic<TAB>english<TAB>origin", no
cleaning beyond whitespace (clean_corpus.py cleans, deduplicates and removes test-set overlap).

  gettext   .mo catalogues (usr/share/locale/ar/LC_MESSAGES/*.mo, LibreOffice resource/ar/*.mo):
            msgid (English source) ↔ msgstr (Arabic); plural entries pair msgid with the Arabic
            singular form (index 1 in Arabic's six-form rule) and msgid_plural with form 5.
  mozilla   Fluent .ftl, .properties and .dtd files of the Arabic langpacks, paired by file path and
            message id (+ attribute) with the en-US originals inside the application's omni.ja.
  freedict  FreeDict ara-eng (dictd format): headword ↔ each numbered English sense.
  cldr      country, language, script, month, weekday and city names from ICU (PyICU).

Run with /usr/bin/python3: extract_sources.py <kind> <unpacked-root> <out.tsv>
"""

import base64
import glob
import gzip
import os
import re
import struct
import sys
import zipfile


def read_mo(path):
    """Parse a GNU .mo file: yields (context, msgid, msgid_plural, [msgstr...])."""
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic == 0x950412DE else ">"
    _, n, o_off, t_off = struct.unpack(endian + "4I", data[4:20])
    for i in range(n):
        olen, opos = struct.unpack(endian + "2I", data[o_off + 8 * i: o_off + 8 * i + 8])
        tlen, tpos = struct.unpack(endian + "2I", data[t_off + 8 * i: t_off + 8 * i + 8])
        orig = data[opos: opos + olen]
        trans = data[tpos: tpos + tlen]
        if not orig:
            continue  # header
        try:
            orig_s = orig.decode("utf-8")
            trans_s = trans.decode("utf-8")
        except UnicodeDecodeError:
            continue
        ctx = None
        if "\x04" in orig_s:
            ctx, orig_s = orig_s.split("\x04", 1)
        ids = orig_s.split("\x00")
        strs = trans_s.split("\x00")
        yield ctx, ids[0], ids[1] if len(ids) > 1 else None, strs


def gettext_pairs(root):
    pats = ["**/locale/ar/LC_MESSAGES/*.mo", "**/resource/ar/LC_MESSAGES/*.mo"]
    files = sorted({p for pat in pats for p in glob.glob(os.path.join(root, pat), recursive=True)})
    for path in files:
        name = os.path.basename(path)[:-3]
        for _, msgid, plural, strs in read_mo(path):
            if plural is None:
                if strs and strs[0]:
                    yield strs[0], msgid, "gettext:" + name
            elif len(strs) == 6:
                yield strs[1], msgid, "gettext:" + name
                yield strs[5], plural, "gettext:" + name


FTL_MSG = re.compile(r"^(-?[A-Za-z][\w-]*)\s*=\s*(.*)$")
FTL_ATTR = re.compile(r"^\s+\.([A-Za-z][\w-]*)\s*=\s*(.*)$")


def parse_ftl(text):
    """Fluent messages → {id or id.attr: value}; multi-line values joined with spaces."""
    out, key, msg = {}, None, None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            key = None if not line.strip() else key
            continue
        m = FTL_MSG.match(line)
        if m:
            msg = m.group(1)
            key = msg
            out[key] = m.group(2).strip()
            continue
        a = FTL_ATTR.match(line)
        if a and msg:
            key = msg + "." + a.group(1)
            out[key] = a.group(2).strip()
            continue
        if key and line.startswith((" ", "\t")):
            out[key] = (out[key] + " " + line.strip()).strip()
    return out


def parse_properties(text):
    out = {}
    for line in text.splitlines():
        s = line.strip()
        if not s or s[0] in "#!" or "=" not in s:
            continue
        k, v = s.split("=", 1)
        out[k.strip()] = v.strip()
    return out


DTD_ENT = re.compile(r'<!ENTITY\s+([\w.\-]+)\s+"([^"]*)"\s*>')


def parse_dtd(text):
    return {m.group(1): m.group(2) for m in DTD_ENT.finditer(text)}


PARSERS = {".ftl": parse_ftl, ".properties": parse_properties, ".dtd": parse_dtd}


def mozilla_pairs(root):
    apps = [
        ("firefox", "usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi",
         {"browser/": "usr/lib/firefox-esr/browser/omni.ja", "": "usr/lib/firefox-esr/omni.ja"}),
        ("thunderbird", "usr/lib/thunderbird/extensions/langpack-ar@thunderbird.mozilla.org.xpi",
         {"": "usr/share/thunderbird/omni.ja"}),
    ]
    for app, xpi, omnis in apps:
        xpi_path = os.path.join(root, xpi)
        if not os.path.exists(xpi_path):
            continue
        jars = {pre: zipfile.ZipFile(os.path.join(root, p)) for pre, p in omnis.items()}
        names = {pre: set(j.namelist()) for pre, j in jars.items()}
        with zipfile.ZipFile(xpi_path) as lp:
            for name in sorted(lp.namelist()):
                ext = os.path.splitext(name)[1]
                if ext not in PARSERS:
                    continue
                en_name = "/".join("en-US" if part == "ar" else part for part in name.split("/"))
                found = None
                for pre in sorted(jars, key=len, reverse=True):
                    cand = en_name[len(pre):] if en_name.startswith(pre) else None
                    if cand and cand in names[pre]:
                        found = (pre, cand)
                        break
                    if pre == "" and en_name in names[pre]:
                        found = (pre, en_name)
                if not found:
                    continue
                ar = PARSERS[ext](lp.read(name).decode("utf-8", "replace"))
                en = PARSERS[ext](jars[found[0]].read(found[1]).decode("utf-8", "replace"))
                for k in sorted(ar.keys() & en.keys()):
                    yield ar[k], en[k], "mozilla:" + app


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64num(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def freedict_pairs(root):
    base = os.path.join(root, "usr/share/dictd/freedict-ara-eng")
    with gzip.open(base + ".dict.dz") as f:
        data = f.read()
    with open(base + ".index", encoding="utf-8") as f:
        for line in f:
            head, off, size = line.rstrip("\n").split("\t")
            if head.startswith("00database"):
                continue
            body = data[b64num(off): b64num(off) + b64num(size)].decode("utf-8").splitlines()
            word = re.sub(r"\s*/[^/]*/\s*$", "", body[0]).strip() if body else head
            for sense in body[1:]:
                m = re.match(r"^\s*(?:\d+\.\s*)?(.+?)\s*$", sense)
                if m and m.group(1):
                    yield word, m.group(1), "freedict"


def cldr_pairs(_root):
    import icu

    ar, en = icu.Locale("ar"), icu.Locale("en")
    countries = sorted(set(icu.Locale.getISOCountries()))
    for cc in countries:
        loc = icu.Locale("", cc)
        a, e = loc.getDisplayCountry(ar), loc.getDisplayCountry(en)
        if a and e and a != cc:
            yield a, e, "cldr:country"
    for lang in sorted(set(icu.Locale.getISOLanguages())):
        loc = icu.Locale(lang)
        a, e = loc.getDisplayLanguage(ar), loc.getDisplayLanguage(en)
        if a and e and a != lang and e != lang:
            yield a, e, "cldr:language"
    for dl in ("ar", "ar_EG", "ar_SA", "ar_LB", "ar_MA"):
        sa, se = icu.DateFormatSymbols(icu.Locale(dl)), icu.DateFormatSymbols(en)
        for a, e in zip(sa.getMonths(), se.getMonths()):
            yield a, e, "cldr:month"
        for a, e in zip(sa.getWeekdays(), se.getWeekdays()):
            if a and e:
                yield a, e, "cldr:weekday"
    fmt_ar, fmt_en = icu.SimpleDateFormat("VVV", ar), icu.SimpleDateFormat("VVV", en)
    seen = set()
    for tz in icu.TimeZone.createEnumeration():
        if "/" not in tz or tz.startswith(("Etc/", "SystemV/")) or tz in seen:
            continue
        seen.add(tz)
        zone = icu.TimeZone.createTimeZone(tz)
        fmt_ar.setTimeZone(zone)
        fmt_en.setTimeZone(zone)
        a, e = fmt_ar.format(0.0), fmt_en.format(0.0)
        if a and e and a != e:
            yield a, e, "cldr:city"


KINDS = {"gettext": gettext_pairs, "mozilla": mozilla_pairs, "freedict": freedict_pairs, "cldr": cldr_pairs}


def main():
    kind, root, out = sys.argv[1:4]
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for a, e, origin in KINDS[kind](root):
            a = " ".join(a.replace("\t", " ").split())
            e = " ".join(e.replace("\t", " ").split())
            if a and e:
                f.write(f"{a}\t{e}\t{origin}\n")
                n += 1
    print(f"{kind}: {n} raw pairs -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
