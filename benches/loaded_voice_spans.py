#!/usr/bin/env python3
"""Outlet-voice loaded flags that sit inside what an attribution reports.

Reads articles (JSONL with `id` and `text`) and slant's scores of them
(`slant score ARTICLES --format json --no-frames`) and counts the loaded flags in
the outlet's voice that fall inside the content span (`quote_start..quote_end`) of
an indirect, partial or belief attribution, the ones on the attribution's cue verb
("accused", "slammed") and the ones elsewhere in an attribution (speaker, tag).
`--narrow` keeps only a named or anonymous source, a verb of saying or believing
before the span, and a flag within 12 words of the span's start with no clause
break ("but", ";", a dash or bracket, ", and") before it. `--sample N --seed S`
prints N of the counted flags with their context, to read by
docs/annotating-loaded-language.md: is the judgement the writer's or the source's?

    python3 benches/loaded_voice_spans.py /tmp/p2k.jsonl SCORES.json --sample 40 --seed 17
"""

import argparse
import collections
import json
import random
import re

REPORTED = ("indirect", "partial", "belief")

# Verbs of saying, believing and describing (the last word of `verb`), for --narrow.
SAYING = set(
    """said says say told tells argued argues argue claimed claims claim accused
    accuses believe believes believed think thinks thought insisted insists
    contended contends contend suggested suggests warned warns complained
    complains charged charges alleged alleges wrote writes added adds noted notes
    acknowledged acknowledges conceded concedes asserted asserts maintained
    maintains feel feels felt called calls described describes""".split()
)

BREAK = re.compile(r"[;()\u2014\u2013]|, (but|and|while|though|although|which|who)\b|\bbut\b")


def narrow_ok(text, a, start):
    """The --narrow conditions for a flag at byte `start` in attribution `a`."""
    if a["kind"] == "unattributed":
        return False
    verb = a["verb"].lower().split()
    if not verb or verb[-1] not in SAYING:
        return False
    tag = text[a["start"] : a["quote_start"]].decode(errors="replace").lower()
    if not re.search(r"\b" + re.escape(verb[-1]) + r"\b", tag):
        return False
    before = text[a["quote_start"] : start].decode(errors="replace")
    return len(before.split()) <= 12 and not BREAK.search(before)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("articles")
    p.add_argument("scores")
    p.add_argument("--narrow", action="store_true")
    p.add_argument("--sample", type=int, default=0)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()

    texts = {}
    with open(args.articles, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            texts[art["id"]] = art["text"].encode()

    voices = collections.Counter()
    inside, on_cue, in_tag = [], collections.Counter(), 0
    by_source = collections.Counter()
    with open(args.scores, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = texts.get(r["id"])
            if text is None:
                continue
            atts = r["sourcing"]["attributions"]
            for t in r["loaded_terms"]:
                voices[t["voice"]] += 1
                if t["voice"] != "outlet":
                    continue
                s, e = t["start"], t["end"]
                span = next(
                    (
                        a
                        for a in atts
                        if a["content_kind"] in REPORTED
                        and a["quote_start"] is not None
                        and a["quote_start"] <= s
                        and e <= a["quote_end"]
                    ),
                    None,
                )
                if span is not None:
                    if args.narrow and not narrow_ok(text, span, s):
                        continue
                    by_source[span["kind"]] += 1
                    inside.append((r["id"], t, span))
                    continue
                tag = next((a for a in atts if a["start"] <= s and e <= a["end"]), None)
                if tag is not None:
                    if t["text"].lower() in tag["verb"].lower().split():
                        on_cue[t["text"].lower()] += 1
                    else:
                        in_tag += 1

    print("flags by voice:", dict(voices))
    print("outlet flags inside a reported content span:", len(inside))
    print("  by content kind:", dict(collections.Counter(a["content_kind"] for _, _, a in inside)))
    print("  by source kind:", dict(by_source))
    print("  by category:", collections.Counter(t["category"] for _, t, _ in inside).most_common())
    print("outlet flags on the cue verb:", sum(on_cue.values()), on_cue.most_common(15))
    print("outlet flags elsewhere in an attribution:", in_tag)

    random.seed(args.seed)
    for n, (aid, t, a) in enumerate(random.sample(inside, min(args.sample, len(inside))), 1):
        text = texts[aid]
        cs, ce = max(a["start"], t["start"] - 220), min(len(text), t["end"] + 60)
        ctx = (
            text[cs : t["start"]].decode(errors="replace")
            + " [["
            + text[t["start"] : t["end"]].decode(errors="replace")
            + "]] "
            + text[t["end"] : ce].decode(errors="replace")
        )
        print(f"\n#{n} {aid} {t['category']} kind={a['content_kind']} verb={a['verb']!r} speaker={a['speaker']!r}")
        print("  " + ctx.replace("\n", " "))


if __name__ == "__main__":
    main()
