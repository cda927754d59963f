#!/usr/bin/env python3
"""Generate Sources/BaogaoIngest/Resources/gazetteer.tsv from jionlp's dictionaries.

Source: the PyPI package jionlp (https://github.com/dongrixinyu/JioNLP),
files jionlp/dictionary/china_location.zip (administrative divisions of China,
province to village), jionlp/dictionary/world_location.txt (countries, their
capitals and main cities) and jionlp/dictionary/chinese_word_dictionary.zip
(only to leave out city names that are ordinary words).
Licence: Apache License 2.0 (see Sources/BaogaoIngest/Resources/GAZETTEER-LICENSE).

Usage:
  pip download --no-deps jionlp -d /tmp/jionlp      # or point at an installed copy
  Scripts/gen-gazetteer.py /tmp/jionlp/jionlp-*.whl > Sources/BaogaoIngest/Resources/gazetteer.tsv
  Scripts/gen-gazetteer.py path/to/site-packages/jionlp > ...

Output (UTF-8, LF, compact so that `Gazetteer` can load it in about a millisecond):
  lines starting with '#' are comments;
  head rows, one per province, prefecture, county-level unit, country or
  foreign city (a country's official name and its cities have the country's
  row as parent):
      name TAB short TAB type TAB parent TAB towns
    parent = 0-based index of the parent head row (empty at top level),
    towns  = "offset,length": the byte range of this county's town rows
             (empty when it has none);
  the line "#towns", then town rows grouped by county:
      name TAB short TAB type
Villages (650 000 rows, 6 MB even as stems) are left out of it to keep the
resource small; village names are recognised by their suffixes (村, 社区)
instead. With --villages the script writes villages.tsv instead: for each
county, the villages that suffix rule cannot find (a one-character stem such
as 许村, or a stem longer than three characters), 0.5 MB:
  Scripts/gen-gazetteer.py --villages /tmp/jionlp/jionlp-*.whl > Sources/BaogaoIngest/Resources/villages.tsv
    county-row TAB village village ...   (county-row: 0-based head row of gazetteer.tsv)
"""
import io
import os
import sys
import zipfile


def read_member(source, member):
    """Reads jionlp/dictionary/<member> from a wheel or a package directory."""
    if os.path.isdir(source):
        path = os.path.join(source, "dictionary", member)
        with open(path, "rb") as fh:
            return fh.read()
    with zipfile.ZipFile(source) as wheel:
        return wheel.read("jionlp/dictionary/" + member)


def location_text(source):
    raw = read_member(source, "china_location.zip")
    with zipfile.ZipFile(io.BytesIO(raw)) as inner:
        name = [n for n in inner.namelist() if n.endswith(".txt")][0]
        return inner.read(name).decode("utf-8")


# Suffixes that give a unit's type, longest first (the type is what
# `Place.type` shows). A prefecture and a county-level city are both 市.
PROVINCE_TYPES = [("特别行政区", "特别行政区"), ("自治区", "自治区"), ("省", "省"), ("市", "市")]
CITY_TYPES = [("自治州", "州"), ("地区", "地区"), ("盟", "盟"), ("市", "市")]
COUNTY_TYPES = [("自治县", "县"), ("自治旗", "旗"), ("林区", "林区"), ("特区", "特区"),
                ("新区", "区"), ("区", "区"), ("县", "县"), ("市", "市"), ("旗", "旗")]
# Words that mark a development zone administered like a county
# (保定高新技术产业开发区, short 高新区): not a place name of its own.
ZONE_WORDS = ["开发区", "高新", "新城", "产业", "经济", "工业园", "管理区", "示范区", "园区"]
TOWN_TYPES = [("街道办事处", "街道"), ("街道", "街道"), ("民族乡", "乡"), ("民族苏木", "苏木"),
              ("苏木", "苏木"), ("镇", "镇"), ("乡", "乡")]


def type_of(name, table, default):
    for suffix, kind in table:
        if name.endswith(suffix):
            return kind, suffix
    return default, ""


def town_short(name, suffix):
    """金塘镇 -> 金塘; a one-character stem keeps its suffix (城关镇 -> 城关, 东乡 -> 东乡)."""
    if suffix and len(name) - len(suffix) >= 2:
        return name[: -len(suffix)]
    return name


def village_kept(name):
    """Villages the suffix rule for 村 cannot find by itself: a one-character
    stem (许村) or a stem longer than the rule's three characters."""
    if not name.endswith("村"):
        return False  # 社区, 居委会, 嘎查: found by their suffix or not named in reports
    return len(name) == 2 or len(name) >= 5


def main(argv):
    villages_only = "--villages" in argv
    argv = [a for a in argv if a != "--villages"]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source = argv[1]
    head = []  # [name, short, type, parent, towns]
    towns = {}  # head index -> [(name, short, type)]
    villages = {}  # head index -> [name]
    province = city = county = None
    for line in location_text(source).replace("\r", "").split("\n"):
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth == 0 and len(fields) == 3:
            kind, _ = type_of(fields[0], PROVINCE_TYPES, "省")
            head.append([fields[0], fields[2], kind, None, None])
            province = city = len(head) - 1
            county = None
        elif depth == 1 and len(fields) == 3 and province is not None:
            if fields[0] == head[province][0]:
                city = province  # a municipality is its own prefecture
                continue
            kind, _ = type_of(fields[0], CITY_TYPES, "市")
            head.append([fields[0], fields[2].split("/")[0], kind, province, None])
            city = len(head) - 1
        elif depth == 2 and len(fields) == 3 and city is not None:
            kind, _ = type_of(fields[0], COUNTY_TYPES, "区")
            if any(word in fields[0] for word in ZONE_WORDS):
                kind = "开发区"  # its short name (高新区, 经开区) is generic
            head.append([fields[0], fields[2], kind, city, None])
            county = len(head) - 1
            towns[county] = []
        elif depth == 4 and county is not None:
            if village_kept(fields[0]) and fields[0] not in villages.setdefault(county, []):
                villages[county].append(fields[0])
        elif depth == 3 and county is not None:
            name = fields[0]
            kind, suffix = type_of(name, TOWN_TYPES, "")
            if not kind:
                continue  # 农场, 林场, 开发区 … are not towns
            row = (name, town_short(name, suffix), kind)
            if row not in towns[county]:
                towns[county].append(row)

    add_world(head, read_member(source, "world_location.txt").decode("utf-8"),
              read_words(source))

    if villages_only:
        out = [
            "# villages.tsv: villages of each county that no suffix rule finds (许村), from jionlp",
            "# (Apache-2.0, see GAZETTEER-LICENSE). Generated by Scripts/gen-gazetteer.py --villages.",
            "# county's row in gazetteer.tsv's head TAB its villages, separated by spaces",
        ]
        for index in sorted(villages):
            if villages[index]:
                out.append(f"{index}\t{' '.join(villages[index])}")
        sys.stdout.buffer.write(("\n".join(out) + "\n").encode("utf-8"))
        return 0

    header = [
        "# gazetteer.tsv: administrative divisions of China (province to town) and countries.",
        "# Generated by Scripts/gen-gazetteer.py from jionlp (Apache-2.0, see GAZETTEER-LICENSE).",
        "# head: name\tshort\ttype\tparent-row\ttown-bytes   then #towns: name\tshort\ttype",
    ]
    blocks = []
    for index in sorted(towns):
        text = "".join(f"{n}\t{s}\t{k}\n" for n, s, k in towns[index])
        blocks.append((index, text.encode("utf-8")))
    # Offsets depend on the head's length, which depends on the offsets' digits:
    # iterate until the layout is stable (two rounds in practice).
    width_guess = 0
    for _ in range(5):
        head_text = render_head(header, head, blocks, width_guess)
        start = len(head_text.encode("utf-8"))
        if start == width_guess:
            break
        width_guess = start
    sys.stdout.buffer.write(head_text.encode("utf-8"))
    for _, data in blocks:
        sys.stdout.buffer.write(data)
    return 0


def read_words(source):
    """The headwords of jionlp's dictionary of Chinese words."""
    raw = read_member(source, "chinese_word_dictionary.zip")
    with zipfile.ZipFile(io.BytesIO(raw)) as inner:
        name = [n for n in inner.namelist() if n.endswith(".txt")][0]
        text = inner.read(name).decode("utf-8")
    return {line.split("\t")[0] for line in text.split("\n") if line}


def add_world(head, text, words):
    """Countries (name: the usual form, short: the same; the official name is a
    second row pointing at it) and their capitals and cities (type 国外城市)."""
    countries = {}
    rows = []
    for line in text.split("\n"):
        fields = line.rstrip("\r").split("\t")
        if len(fields) < 2 or line.endswith(":") or fields[0] == "中国":
            continue
        rows.append(fields)
        countries[fields[0]] = len(head)
        head.append([fields[0], fields[0], "国家", None, None])
    for fields in rows:
        country = countries[fields[0]]
        # 蒙古国 beside 蒙古: the official name when it is short enough to be written.
        if fields[1] != fields[0] and len(fields[1]) <= 4 and fields[1] not in countries:
            head.append([fields[1], fields[0], "国家", country, None])
        cities = [fields[2]] if len(fields) > 2 else []
        if len(fields) > 3:
            cities += fields[3].split("/")
        for city in cities:
            # A two-character city that is also a Chinese word (万象, 金边, 河内)
            # would be found in ordinary prose; a city named like its country is that country.
            if not city or city in countries or (len(city) <= 2 and city in words):
                continue
            head.append([city, city, "国外城市", country, None])
    head.append(["中国", "中国", "国家", None, None])


def render_head(header, head, blocks, start):
    offset = start
    ranges = {}
    for index, data in blocks:
        if data:
            ranges[index] = f"{offset},{len(data)}"
        offset += len(data)
    rows = list(header)
    for i, (name, short, kind, parent, _) in enumerate(head):
        rows.append("\t".join([name, short, kind, "" if parent is None else str(parent),
                               ranges.get(i, "")]))
    rows.append("#towns")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
