#!/usr/bin/env python3
"""Generate Sources/BaogaoIngest/Resources/divisions.tsv from jionlp's dictionaries.

The table a report's identity is resolved against (Sources/BaogaoIngest/Panel):
every province-, prefecture- and county-level division of China with its
6-digit code, level, parent and the toneless pinyin of its short name (so that
a file named `dinghai-2018.txt` can name 定海区 when the text names no place).

Source: the PyPI package jionlp (https://github.com/dongrixinyu/JioNLP), files
jionlp/dictionary/china_location.zip (divisions with codes) and
jionlp/dictionary/chinese_char_dictionary.zip (readings of characters).
Licence: Apache License 2.0 (see Sources/BaogaoIngest/Resources/GAZETTEER-LICENSE).

Usage:
  pip download --no-deps jionlp -d /tmp/jionlp
  Scripts/gen-divisions.py /tmp/jionlp/jionlp-*.whl > Sources/BaogaoIngest/Resources/divisions.tsv

Output (UTF-8, LF): '#' lines are comments; then one row per division:
    code TAB name TAB short TAB level TAB parent-code TAB pinyin
  level is a raw value of `AdminLevel` (Sources/BaogaoIngest/Panel/AdminLevel.swift);
  parent-code is empty for provinces; a municipality's districts have the
  municipality as parent; pinyin is the short name's, lower case, no tones,
  syllables joined ("dinghai"), empty when a character has no reading.
"""
import io
import os
import re
import sys
import unicodedata
import zipfile


def read_member(source, member):
    if os.path.isdir(source):
        with open(os.path.join(source, "dictionary", member), "rb") as fh:
            return fh.read()
    with zipfile.ZipFile(source) as wheel:
        return wheel.read("jionlp/dictionary/" + member)


def zipped_text(source, member):
    with zipfile.ZipFile(io.BytesIO(read_member(source, member))) as inner:
        name = [n for n in inner.namelist() if n.endswith(".txt")][0]
        return inner.read(name).decode("utf-8").replace("\r", "")


def toneless(reading):
    plain = "".join(c for c in unicodedata.normalize("NFD", reading)
                    if unicodedata.category(c) != "Mn")
    return plain.lower().replace("ü", "v")


def phrase_readings(source):
    """Word -> toneless pinyin from jionlp's phrase list (重庆 -> chongqing)."""
    table = {}
    for line in zipped_text(source, "pinyin_phrase.zip").split("\n"):
        fields = line.split("\t")
        if len(fields) == 2 and "<" not in fields[1]:
            table.setdefault(fields[0], "".join(toneless(s) for s in fields[1].split("/")))
    return table


def readings(source):
    """Character -> toneless pinyin of its first reading ([dìng] -> ding)."""
    table = {}
    for line in zipped_text(source, "chinese_char_dictionary.zip").split("\n"):
        fields = line.split("\t")
        if len(fields) < 8:
            continue
        match = re.match(r"\[([^\]]+)\]", fields[7])
        if not match:
            continue
        first = re.split(r"[ ,，、;；]", match.group(1).strip())[0]
        plain = toneless(first)
        if plain.isascii() and plain.isalpha():
            table.setdefault(fields[0], plain)
    return table


# Name suffix -> level, longest first, per tier of the code.
PROVINCE_LEVELS = [("特别行政区", "special administrative region"),
                   ("自治区", "autonomous region"), ("省", "province"), ("市", "municipality")]
PREFECTURE_LEVELS = [("自治州", "autonomous prefecture"), ("地区", "prefecture"),
                     ("盟", "league"), ("市", "prefecture-level city")]
COUNTY_LEVELS = [("自治县", "autonomous county"), ("自治旗", "autonomous banner"),
                 ("林区", "forest district"), ("特区", "special district"),
                 ("区", "district"), ("县", "county"), ("市", "county-level city"),
                 ("旗", "banner")]
# A development zone administered like a county has a code too.
ZONE_WORDS = ["开发区", "高新", "新城", "产业", "经济", "工业园", "管理区", "示范区", "园区"]


def level_of(name, table, default):
    for suffix, level in table:
        if name.endswith(suffix):
            return level
    return default


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source = argv[1]
    pinyin = readings(source)
    phrases = phrase_readings(source)
    rows = []
    seen = set()
    province = prefecture = None
    for line in zipped_text(source, "china_location.zip").split("\n"):
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth > 2 or len(fields) != 3 or not re.fullmatch(r"\d{6}", fields[1]):
            continue
        name, code, short = fields[0], fields[1], fields[2].split("/")[0]
        if depth == 0:
            level, parent = level_of(name, PROVINCE_LEVELS, "province"), ""
            province = prefecture = code
        elif depth == 1:
            if code == province:
                continue  # a municipality is its own prefecture
            level, parent = level_of(name, PREFECTURE_LEVELS, "prefecture-level city"), province
            prefecture = code
        else:
            level = level_of(name, COUNTY_LEVELS, "district")
            if any(word in name for word in ZONE_WORDS):
                level = "zone"
            parent = prefecture
        if code in seen:
            continue
        seen.add(code)
        # A place name's reading is the phrase list's where it has one (重庆:
        # chong, not the first reading zhong), else each character's first.
        spelled = phrases.get(short) or "".join(pinyin.get(c, "?") for c in short)
        rows.append((code, name, short, level, parent, "" if "?" in spelled else spelled))
    print("# divisions.tsv: China's province-, prefecture- and county-level divisions.")
    print("# Generated by Scripts/gen-divisions.py from jionlp (Apache-2.0, see GAZETTEER-LICENSE).")
    print("# code\tname\tshort\tlevel\tparent-code\tpinyin")
    for row in rows:
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
