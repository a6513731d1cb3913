#!/usr/bin/env python3
"""A blind random draw of quoted-voice loaded flags, to judge by the annotation guide.

Reads articles (JSONL with `id` and `text`) and slant's scores of them (`slant score
ARTICLES --format json --no-frames`), draws N flags with `voice == "quoted"` at random
(fixed seed) and prints each with 200 characters of context either side, the flag in
[[ ]]. Judge each by docs/annotating-loaded-language.md: the speaker's words (right) or the
outlet's (wrong). `--outside` draws only flags outside quotation marks in their paragraph
(a heuristic: an unclosed “, an odd count of ", or an unclosed ‘ before the flag), the ones
the reported-clause rules gave a source rather than a quotation.

    python3 benches/loaded_quoted_draw.py /tmp/p2k.jsonl SCORES.json --n 60 --seed 4242
    python3 benches/loaded_quoted_draw.py /tmp/p2k.jsonl SCORES.json --n 60 --seed 4243 --outside
"""

import argparse
import json
import random
import re

OPEN_SINGLE = re.compile(r"(^|[\s(\[\u2014\u2013-])[\u2018']")
CLOSE_SINGLE = re.compile(r"[\u2019'](?=[\s.,;:!?)\]\u2014\u2013-]|$)")


def inside_quotes(text, at):
    """True when character `at` of `text` seems to stand inside quotation marks."""
    seg = text[text.rfind("\n", 0, at) + 1 : at]
    if seg.count("\u201c") > seg.count("\u201d") or seg.count('"') % 2 == 1:
        return True
    return len(OPEN_SINGLE.findall(seg)) > len(CLOSE_SINGLE.findall(seg))


def char_offset(text, t):
    """The flag's start as a character offset (scores may give bytes)."""
    a = t["start"]
    if text[a : t["end"]] == t["text"]:
        return a
    return len(text.encode()[:a].decode(errors="ignore"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("scores")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--outside", action="store_true", help="only flags outside quotation marks")
    args = ap.parse_args()

    texts = {}
    with open(args.articles, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    flags, total = [], 0
    with open(args.scores, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            text = texts[row["id"]]
            for t in row.get("loaded_terms", []):
                if t.get("voice") != "quoted":
                    continue
                total += 1
                a = char_offset(text, t)
                if not (args.outside and inside_quotes(text, a)):
                    flags.append((row["id"], t, a))
    print(f"quoted flags {total}, drawn from {len(flags)}")
    random.seed(args.seed)
    for n, (i, t, a) in enumerate(random.sample(flags, min(args.n, len(flags)))):
        text, b = texts[i], a + len(t["text"])
        ctx = text[max(0, a - 200) : a] + "[[" + text[a:b] + "]]" + text[b : b + 200]
        print(f"--- {n} {i} {t['category']} {t['text']!r}\n{ctx.replace(chr(10), ' / ')}\n")


if __name__ == "__main__":
    main()
