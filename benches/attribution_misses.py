#!/usr/bin/env python3
"""Dump PolNeAR contents slant misses, and found contents credited to the wrong speaker, for
study (train only): the annotated source, cue and content, the sentence around the content,
and the attributions slant found nearby.

Usage: attribution_misses.py SLANT SPLIT.jsonl [--sample N] [--seed S] [--errors | --false]
  --sample N  print N misses drawn at random (seed S, default 44); all when N is 0
  --errors    print source-accuracy errors (a found content whose named source shares no
              word with slant's speaker) instead of misses
  --false     print found quotes that overlap no annotated content (precision's false
              positives) instead of misses, with the annotated attributions nearby
Counting is benches/attribution_dev.py's (imported).
"""
import json
import random
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import attribution_dev as ad  # noqa: E402


def sentence_around(text, s, e):
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s))
    a = max(a - 200, 0) if s - a < 40 else a + 1
    b = e
    for stop in (". ", "\n"):
        k = text.find(stop, e)
        if k >= 0:
            b = min(b if b > e else 10**9, k + 1)
    if b == 10**9 or b <= e:
        b = min(len(text), e + 200)
    return text[a:b].replace("\n", " / ")


def main():
    args = sys.argv[1:]
    n, seed, errors = 150, 44, False
    if "--sample" in args:
        i = args.index("--sample")
        n = int(args[i + 1])
        del args[i : i + 2]
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i : i + 2]
    if "--errors" in args:
        errors = True
        args.remove("--errors")
    false = "--false" in args
    if false:
        args.remove("--false")
    slant, path = args
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    scored = ad.score_attributions(slant, docs)
    items = []
    for d in docs:
        text = d["text"]
        tb = text.encode("utf-8")
        b2c = ad.byte_to_char(text)
        found = []
        for a in scored.get(d["id"], []):
            s, e = ad.quote_span(a, tb)
            s, e = b2c[min(s, len(tb))], b2c[min(e, len(tb))]
            if e > s:
                found.append((s, e, a))
        if false:
            contents = [x for x in d["attributions"] if x.get("content")]
            for s, e, a in found:
                if not any(min(e, c["content"]["end"]) > max(s, c["content"]["start"]) for c in contents):
                    near = [c for c in contents if c["content"]["end"] > s - 300 and c["content"]["start"] < e + 300]
                    items.append((d, s, e, a, near))
            continue
        for c in d["attributions"]:
            if not c.get("content"):
                continue
            cs, ce = c["content"]["start"], c["content"]["end"]
            if ce <= cs:
                continue
            best, most = None, 0
            for s, e, a in found:
                cover = min(e, ce) - max(s, cs)
                most = max(most, cover)
                if cover * 2 >= ce - cs and (best is None or cover > best[0]):
                    best = (cover, a)
            near = [a for s, e, a in found if e > cs - 300 and s < ce + 300]
            if errors:
                src = c.get("source")
                if best is None or not src or not ad.is_name(src["text"]):
                    continue
                a = best[1]
                have = set()
                for f in ("speaker", "affiliation", "group"):
                    if a.get(f):
                        have |= ad.key_words(a[f])
                want = ad.key_words(src["text"])
                if have & want:
                    continue
                if a.get("source_kind") == "anonymous" and a.get("cue") and ad.key_words(a["cue"]) & want:
                    continue
                items.append((d, c, [a], most))
            elif best is None:
                items.append((d, c, near, most))
    random.seed(seed)
    pick = items if n == 0 else random.sample(items, min(n, len(items)))
    print(f"{len(items)} {'false positives' if false else 'errors' if errors else 'misses'}; {len(pick)} shown")
    if false:
        for k, (d, s, e, a, near) in enumerate(pick):
            text = d["text"]
            head = "HEADLINE " if s < text.find("\n") else ""
            print(f"\n#{k} {d['id']} @{s} {head}")
            print(f"  SLANT {a.get('speaker')!r} ({a.get('source_kind')}, {a.get('content_kind')}) {a.get('verb')!r}")
            print(f"  QUOTE {text[s:e][:300]!r}")
            print(f"  CONTEXT {sentence_around(text, s, e)[:700]!r}")
            for c in near[:4]:
                src = c.get("source", {}).get("text", "-")
                cue = c.get("cue", {}).get("text", "-")
                print(f"  GOLD [{src}] [{cue}] {c['content']['text'][:140]!r}")
        return
    for k, (d, c, near, most) in enumerate(pick):
        text = d["text"]
        src = c.get("source", {}).get("text", "-")
        cue = c.get("cue", {}).get("text", "-")
        cs, ce = c["content"]["start"], c["content"]["end"]
        head = "HEADLINE " if cs < text.find("\n") else ""
        print(f"\n#{k} {d['id']} @{cs} {head}cover={most}/{ce - cs}")
        print(f"  SRC [{src}]  CUE [{cue}]")
        print(f"  CONTENT {c['content']['text'][:300]!r}")
        lo = min([x["start"] for x in (c.get("source"), c.get("cue"), c["content"]) if x])
        hi = max([x["end"] for x in (c.get("source"), c.get("cue"), c["content"]) if x])
        print(f"  CONTEXT {sentence_around(text, lo, hi)[:700]!r}")
        for a in near[:4]:
            print(f"  SLANT {a.get('speaker')!r} ({a.get('source_kind')}) {a.get('verb')!r}: {str(a.get('quote'))[:140]!r}")


if __name__ == "__main__":
    main()
