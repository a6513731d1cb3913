#!/usr/bin/env python3
"""Named speakers of quotations on same-event articles: of the quotations in
benches/data/same_event.jsonl (three events, each told by three outlet-style articles
written for slant, every quotation's speaker annotated by hand), the share slant finds
with the right speaker.

Usage: same_event.py [SLANT] [DATA.jsonl] [--misses] [--json]
  SLANT      the slant binary (default ./target/release/slant)
  DATA       default benches/data/same_event.jsonl: {id, event, outlet, text,
             quotes: [{quote, speaker}]}, each quote written exactly once in its text

A quotation counts as found with the right speaker when an attribution's quote span
(`quote_start`..`quote_end`) covers at least half of it and the attribution's speaker
shares a word (not a title or a function word) with the annotated name.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attribution_dev import key_words, score_attributions  # noqa: E402


def main():
    args = sys.argv[1:]
    show = "--misses" in args
    as_json = "--json" in args
    args = [a for a in args if a not in ("--misses", "--json")]
    slant = args[0] if args else "./target/release/slant"
    path = args[1] if len(args) > 1 else "benches/data/same_event.jsonl"
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    scored = score_attributions(slant, docs)
    total = right = 0
    by_outlet = {}
    misses = []
    for d in docs:
        tb = d["text"].encode("utf-8")
        for q in d["quotes"]:
            qb = q["quote"].encode("utf-8")
            qs = tb.index(qb)
            qe = qs + len(qb)
            want = key_words(q["speaker"])
            ok = False
            got = None
            for a in scored.get(d["id"], []):
                s, e = a.get("quote_start"), a.get("quote_end")
                if s is None or e is None or (min(e, qe) - max(s, qs)) * 2 < qe - qs:
                    continue
                got = a.get("speaker")
                if key_words(got or "") & want:
                    ok = True
                    break
            total += 1
            right += ok
            o = by_outlet.setdefault(d["outlet"], [0, 0])
            o[0] += 1
            o[1] += ok
            if not ok:
                misses.append((d["id"], q["speaker"], got, q["quote"]))
    share = right / total if total else 0.0
    if as_json:
        print(json.dumps({
            "quotations": total,
            "right_speaker": right,
            "share": round(share, 4),
            "by_outlet": {k: round(v[1] / v[0], 4) for k, v in sorted(by_outlet.items())},
        }))
    else:
        print(f"{path}: {len(docs)} articles, {total} quotations with a named speaker")
        print(f"  found with the right speaker  {share:.3f}  ({right}/{total})")
        for k, v in sorted(by_outlet.items()):
            print(f"    {k:<6} {v[1]}/{v[0]}")
    if show:
        for i, want, got, quote in misses:
            print(f"MISS {i} want [{want}] got [{got}] {quote[:70]!r}")


if __name__ == "__main__":
    main()
