#!/usr/bin/env python3
"""Development check of slant's loaded-language flags against annotated words and sentences.

Runs `slant score --format json` once over three sets and reports:
  (a) WNC pairs (../shared/corpora/bias-words/wnc_pairs.jsonl), development half only: word-level
      precision / recall / F1 of `loaded_terms` over the biased sentences, where the labelled words
      are the words of `biased` that the editor removed or replaced (see `biased_word_labels`).
      The same over the pairs whose edit touches 1-3 words (long rewrites are noisy word labels).
      Also the AUC of `loaded_density` separating the biased from the neutral side of the pairs.
  (b) Lim et al. 2020 news sentences (../shared/corpora/bias-words/lim2020_sentences.jsonl): AUC
      of `loaded_density` separating biased (bias_score >= 3) from the rest, each sentence scored
      as its own article. A text appears once per annotator, so the AUC is given per row and per
      unique text (biased when most of its rows score >= 3). Also per half, split by article (the
      id before its last "-": held-out half when the first hex digit of its sha256 is even, the
      same rule as the WNC split), and the agreement ceiling: the AUC with which the mean score
      of a sentence's other annotators predicts each annotator's label.
  (c) benches/data/loaded_gold.jsonl (sentences written and annotated for slant by the rules in
      docs/annotating-loaded-language.md): word P/R/F1, share of gold spans touched by a flag,
      share of flags inside a gold span, and sentence AUC (loaded = has an outlet-voice span).
      The same for benches/data/loaded_gold_news.jsonl: news-style sentences (both sides, praise,
      neutral reporting with literal conflict words, hedges, descriptive adjectives) annotated
      by the same guide before slant was run on them, a blind check of later changes; and for
      benches/data/loaded_gold_news2.jsonl, a third set written the same way (charged verbs with
      literal twins, figurative vs literal flood/tsunami/invasion/war, reported blame marked as
      the source's voice, praise); and benches/data/loaded_gold_news3.jsonl, a fourth (headline
      verbs, figurative "buried" / "hostage" / "to the brink" with literal twins, puffery,
      hyperbole, pejorative labels for people and groups); and benches/data/loaded_gold_news4.jsonl,
      a fifth (judging adjectives and adverbs, pejorative nouns for people, labels, praise, each
      loaded sentence beside a plain one reporting the same kind of fact); and
      benches/data/loaded_gold_news5.jsonl, a sixth (charged verbs, hyperbole and epithets beside
      literal or plain twins: bulldozed, meltdown, avalanche, toxic, poisoned; naming pairs,
      puffery and minimisers, praise in the outlet's and in a source's voice, wire-style reports);
      and benches/data/loaded_gold_news6.jsonl, a seventh (hyperpartisan columns left and right,
      tabloid, activist releases, state-media copy: name-calling, labels, sarcasm, scare quotes;
      wire-style sentences with literal attack, crisis, claims, war, radical); and
      benches/data/loaded_gold_news7.jsonl, an eighth (both sides' slips into evaluation on the
      contested US topics, one-word bias such as admitted / regime / scheme / so-called, and
      wire-style twins that use the same trap words literally); and
      benches/data/loaded_gold_news8.jsonl, a ninth (international, business and health news:
      state-media and tabloid labels, hyperbole and praise, reported verdicts, wire twins); and
      benches/data/loaded_gold_news9.jsonl, a tenth (crime, schools, culture, local and business
      news: epithets, charged verbs, labels, praise, scare quotes, euphemism; wire twins); and
      benches/data/loaded_gold_news10.jsonl, an eleventh (hyperpartisan name-calling and labels of
      the kind propaganda studies mark: Deep State, witch hunt, RINOs, snowflakes; wire twins); and
      benches/data/loaded_gold_news11.jsonl, a twelfth (economy, climate, tech and health policy
      coverage: both sides' framing words, praise, hyperbole; wire twins with movement verbs); and
      benches/data/loaded_gold_news12.jsonl, a thirteenth (religion and church coverage, culture-war
      copy, conspiracy sites, anti-Islam and anti-immigrant propaganda, media criticism such as
      "presstitutes" and "regime media", praise; wire twins and quoted-only sentences); and
      benches/data/loaded_gold_news13.jsonl, a fourteenth (foreign affairs beyond Russia/Ukraine:
      Israel/Gaza, Iran, China/Taiwan/Hong Kong/Xinjiang, Venezuela/Cuba, North Korea, Africa and
      the Gulf, the UN and foreign aid: epithets, marked naming, praise; wire twins with
      "regime", "militants", "genocide" and terrorist designations used plainly); and
      benches/data/loaded_gold_news14.jsonl, a fifteenth (courts and legal coverage, election and
      campaign copy, praise and puffery: obituaries, endorsements, campaign ads, press releases,
      state-media praise, hagiographic profiles; wire twins with "struck down", "alleged",
      "guilty", "landmark" and reported "attacked the ruling"); and
      benches/data/loaded_gold_news15.jsonl, a sixteenth (headlines, live blogs, briefings, photo
      captions and explainers on sports and entertainment politics, health and climate
      misinformation, immigration, the military and veterans, labor and strikes; wire twins with
      literal attack, strike, storm, raid, surge, invasion, headline verbs and naming pairs); and
      benches/data/loaded_gold_news16.jsonl, a seventeenth (paragraphs of propaganda-technique
      copy from hyperpartisan sites, state media and activist newsletters of both sides and
      several countries, mixed with the plain reporting sentences of the same articles); and
      benches/data/loaded_gold_news17.jsonl, an eighteenth (paragraphs in the register of the
      non-US English press: British and Irish tabloids and broadsheets, Australian, Canadian,
      Indian and South African copy, columns and editorials, obituaries and profiles, arts and
      film reviews, and plain markets and weather copy with "soared", "plunged", "battered",
      "slammed into", "crisis talks", "U-turn" and "row"); and
      benches/data/loaded_gold_news18.jsonl, a nineteenth news file, the twentieth set
      (science, health, medicine and technology reporting, local TV and radio news copy and
      press-release business and tech news: hype and judgement words beside technical traps
      such as "heart attack", "aggressive tumour", "invasive species", "hostile takeover",
      "killer T cells", "breakthrough therapy designation", "critical condition", "shot"); and
      benches/data/loaded_gold_news19.jsonl, the twenty-first set (cable-news and talk-radio
      transcripts with speaker labels, fact-check articles and their ratings, campaign
      fundraising emails and texts, letters to the editor, school-board and campus news, and
      immigration and crime briefs: hosts' and fundraisers' epithets, labels and hype beside
      plain "False" / "Four Pinocchios" ratings, "false alarm", "attack ad", "illegal parking",
      "radical prostatectomy"); and
      benches/data/loaded_gold_news20.jsonl, the twenty-second set (sports game recaps and sport
      beside politics, earnings and markets commentary, council and school-board meetings, travel
      and food features and reviews, the farm press, property listings and car and gadget reviews,
      video games, and international wire-desk copy: praise and puffery, epithets and hype beside
      plain "slammed a homer", "City's attack", "bear market", "poison pill", "storm-water fee",
      "Crusaders for Christ", "killer whales", "crushed peas", "aphids attacked", "raid mode"); and
      benches/data/loaded_gold_news21.jsonl, the twenty-third set (the religion press, science and
      health desks, technology reviews, obituaries and profiles, letters to the editor, the
      British, Irish, Australian, Indian, Nigerian, Kenyan and South African press, court
      reporting and education pages: epithets, verdicts, praise and euphemism beside plain
      "sacrifice a sheep", "free radicals", "killer T cells", "kill switch", "brute-force
      attacks", "suspected bandits", "load shedding", "admitted 11 counts", "dosing regime"); and
      benches/data/loaded_gold_news22.jsonl, the twenty-fourth set (English-language state media,
      celebrity and royal tabloids, fashion and beauty copy, weather and disaster coverage, labour
      disputes, campaign and corporate press releases, markets and crypto, sheriffs' posts and
      rights groups' reports: epithets, hype and puffery beside plain "visa-free regime", "Martyrs'
      Day", "a plunging gown", "distressed denim", "bomb cyclone", "a tornado ripped through",
      "wildcat strike", "Right-to-work laws", "Stocks plunged", "enforced disappearance"); and
      benches/data/loaded_gold_news23.jsonl, the twenty-fifth set (boxing, tennis, motor racing,
      cricket, cycling and chess reports and columns, theatre, ballet, jazz, music, architecture,
      podcast, book and restaurant reviews, astronomy, archaeology and drug hype, pets, hunting,
      angling and travel, money advice, property listings, council and school-board columns,
      games and gadgets, crime from both sides, immigration and guns, obituaries and faith:
      verdicts, praise and hype beside plain "rear-naked choke", "attacked on the final climb",
      "a blunder", "tyre blistering", "a brutalist library", "human sacrifice", "harvested 184,000
      deer", "kill the final boss", "killed the process", "permitless carry"); and
      benches/data/loaded_gold_news24.jsonl, the twenty-sixth set (energy and climate from both
      sides, tech and business news, the wars in Ukraine, Gaza, Sudan and the Red Sea as both
      sides' media write them, health and the pandemic, education and culture-war fights, local
      courts, religion, op-ed columns with praise; state media's and spokespeople's words credited
      without quotation marks are the source's voice; plain twins with "shares crashed", "toxic
      chemicals leaked", "a tsunami warning", "launched an attack", "sabotaged", "heart attack"); and
      benches/data/loaded_gold_news25.jsonl, the twenty-seventh set (immigration and the border as
      each side's media write it, policing and crime in the tabloid and the broadsheet, the gun
      debate, election-integrity claims from both sides, obituaries and tributes, campaign
      fundraising emails and press releases, AI and tech hype and doom; plain twins with "shot and
      killed", "constitutional carry" beside "permitless carry", "the attack exploited a flaw"); and
      benches/data/loaded_gold_news26.jsonl, the twenty-eighth set (war and foreign affairs as
      several sides' media write them, with their naming of places and fighters, labour disputes
      and strikes, vaccines and public-health fights, housing and homelessness, crypto and finance
      hype, environmental activism and its critics, culture-war school-board copy, royal and
      celebrity coverage; plain twins with "liberated the camp" in 1945, "students occupied the
      building", "a Ponzi scheme" in a fraud charge, "glued themselves to the road"); and
      benches/data/loaded_gold_news27.jsonl, the twenty-ninth set (non-US politics as partisan
      media write it: Britain, India, Argentina, Brazil, Mexico, El Salvador, South Africa, Kenya
      and Nigeria; agriculture and rural affairs, transport, consumer journalism, sports business,
      local crime and courts, science and space hype, religion and weather; plain twins with "a
      U-turn", "the new tax regime", "gunmen hijacked a bus", "a mob of kangaroos", "killed the
      ball", "a reckless challenge", "Florida's price-gouging law");
      benches/data/loaded_gold_news28.jsonl, the thirtieth set (Australian, New Zealand, Canadian
      and Irish politics, EU institutions and immigration in Europe, Chinese state media and Gulf
      copy, South-East Asia, military procurement, energy, diet and wellness copy, housing, labour
      disputes, entertainment and gaming, travel, local councils, gambling and pharma; plain twins
      with "the OPEC oil cartel", "the far-right Alternative for Germany", "a banking secrecy
      regime", "an invasion of feral pigs", "killer T cells", "lightning struck a signal box");
      benches/data/loaded_gold_news29.jsonl, the thirty-first set (US state and local politics:
      redistricting, property tax, zoning, school vouchers and boards, food stamps and Medicaid;
      both sides' news copy on guns, abortion, immigration, policing and taxes; business news:
      antitrust, bankruptcy, earnings, pay, unions; chips, data centers and AI, science and
      medicine, weather and disasters, obituaries, courts and wire copy on Haiti, Myanmar, Congo
      and Sudan; plain twins with "packed the zoning board meeting", "able-bodied adults without
      dependents", "a partisan gerrymander" in a ruling, "a tornado ripped through", "flames
      gutted a warehouse", "admitting that she embezzled", "California's sanctuary law");
      benches/data/loaded_gold_news30.jsonl, the thirty-second set (Pakistani and Indian press
      in English, Turkish and Gulf state media, Israel and Gaza from both sides, China, Taiwan
      and Hong Kong, Argentina, Venezuela and Mexico, gender and trans policy from both sides,
      crypto and fintech, pandemic retrospectives, congressional hearings, think-tank and NGO
      reports, farming and food prices, transport and aviation, college finance, celebrity
      tabloids, gadget reviews, energy and nuclear; plain twins with "the electoral bonds
      scheme", "a rug pull", "free radicals", "a late-spring blizzard", "toxic levels of
      nitrate", "a partial meltdown", "the revolt of the Zealots", "a circus owner");
      benches/data/loaded_gold_news31.jsonl, the thirty-third set (Nigerian, Kenyan, South
      African, Ugandan and Zimbabwean politics, Serbian, Slovak, Hungarian, Bosnian and Kosovo
      press, sports columns and sports business, science and medicine, courts and crime, zoning
      and housing, unions and strikes, religion, school culture wars, UK and EU immigration,
      Australian and Canadian politics, obituaries, earnings and chief executives, AI
      regulation, military procurement; plain twins with "a cartel that coordinated prices",
      "its export-control regime", "a bomb exploded", "Floodwater reached", "attack
      submarines", "a swarm of 50 small drones", "the Crusaders beat the Blues", "suspected
      bandits", "load shedding", "the far-right Our Homeland party"); and
      benches/data/loaded_gold_news32.jsonl, the thirty-fourth set (Brazilian politics,
      Colombian, Chilean, Peruvian and Ecuadorian politics, Bangladesh, Sri Lanka and Nepal,
      Japanese and South Korean politics, Egypt, Lebanon, Iraq and Iran, tech platforms and
      content moderation, film, music and celebrity, arts reviews, food safety scares, jobs
      reports, elections administration, weather and climate features, public transit and
      rail, tourism, wildlife and conservation; plain twins with "the far-right Sanseito
      party", "Heavy rain lashed Pakistan's Punjab province", "a ritual offering", "cattle
      lost to wolves", "Lebanon's parliament finally elected", the curly-quoted title
      “Comedian”); and
      benches/data/loaded_gold_news33.jsonl, the thirty-fifth set (Central Asia, the Caucasus,
      Southeast Asian politics, Pacific islands, Canadian provincial politics, Irish and
      Scottish politics, Central and Eastern European politics, sports doping and sports
      business, science and medicine research news, courts and legal affairs, education and
      universities, housing and property, agriculture and farming, energy and mining,
      aviation, local government; plain twins with "launched an attack on Armenian
      positions", "Floodwater from the Syr Darya", "staged the battle of Grunwald", "battling
      a wildfire", "Manchester City's attack", "admitted three counts of fraud", the word
      "Taoiseach" and the title "The Wind in the Willows"); and
      benches/data/loaded_gold_news34.jsonl, the thirty-sixth set (West African politics, the
      Gulf states, Nordic politics, North Africa, Central America and the Caribbean, Dutch,
      Belgian, Swiss and Austrian politics, shipping and ports, insurance and pensions,
      telecoms, the space industry, animal welfare, the music business, horse racing and
      motorsport, the drinks industry, fashion, beauty and luxury, charities and
      philanthropy; plain twins with "a counter-attack in the 88th minute", "Norris attacked
      Verstappen into the first chicane", "a ransomware attack", "battled blazes", "a slashed
      hem", "the evangelist's Harringay crusade", the words "fibre" and "Champagne" and the
      title "Greed in Orbit"); and
      benches/data/loaded_gold_news35.jsonl, the thirty-seventh set (Russian domestic news,
      Greek and Cypriot politics, Israeli domestic politics, Afghanistan under the Taliban,
      Italian, Spanish and Catalan, French and German politics, US Supreme Court opinions, US
      governors and state legislatures, rugby and golf, esports and games, lotteries and
      personal finance columns, TV reviews, parenting and pets, weather-disaster follow-ups,
      letters to the editor and editorials; plain twins with "Storm Daniel dumped more rain",
      "flooding villages", "battled a wildfire", "South Africa's blitz defence", "The All
      Blacks' attack", "Inter's attack", "a dragon that destroys the arena floor" in a raid,
      "a flooded city" on a game map, "a family feud" in a sitcom, "an influence-peddling
      investigation", "the flood barrier held during the storm surge", the standard "Kyiv",
      the word "annuity" and the title "The Betrayal"); and
      benches/data/loaded_gold_news36.jsonl, the thirty-eighth set (Indian, Pakistani and
      Bangladeshi politics, Brazil, Argentina and Mexico, Nigeria, Kenya and South Africa,
      Japan, Korea, Taiwan and the Philippines, Canada and Australia, Poland, Hungary,
      Romania, Slovakia and the Baltics, AI regulation, crypto, pharmaceuticals and clinical
      trials, farming and food prices, shipping, aviation, strikes, school boards, city
      councils and zoning, courts, obituaries, restaurant, music, book and film reviews,
      travel, religion, cricket, tennis, cycling, baseball, motorsport, weather, space
      launches, columns and letters to the editor; plain twins with "Bangladesh's attack, led
      by the fast bowler", "attacked on the final climb", "a ferry slammed into a pier",
      "toxic runoff", "liver toxicity", "her regime of physiotherapy", "the villain ... and the
      hero" of a film, the camera name "Hero13", "crushed garlic", "aggressive lymphoma",
      "battled dozens of blazes" and "a water main break flooded the gym"); and
      benches/data/loaded_gold_news37.jsonl, the thirty-ninth set (Gulf, Iranian, Iraqi,
      Lebanese, Egyptian, Jordanian and Israeli/Gaza politics, Nordic, Dutch and Belgian,
      Central Asian and Pacific politics, local news briefs and police blotters, business
      earnings, press releases, real estate, science and medicine, environment and wildlife,
      labour, transit, education, tech product reviews, food, music, film and book reviews,
      fashion, obituaries of ordinary people, football, basketball, hockey, athletics and
      boxing reports, op-eds from the left and the right, tabloid and partisan-blog registers
      and wire copy; plain twins with "a second heart attack", "an aggressive tumour", "an
      invasive species of crayfish", "a flood on the Murray River", "crushed garlic", "a
      plunging neckline", "distressed denim", "Ajax's attack", "blasted a shot into the top
      corner", "killed off two earlier penalties", "a drone attack on a base", "the
      far-right Party for Freedom", "slammed the door on an officer's hand", "garbage bins",
      "a sweetened offer", "the hostile takeover bid", "a shark attack", "replacement
      workers", "her training regime", "the tunnel caved in", "corrosive chemicals",
      "attacks on ships in the Red Sea", "attacked with 300 metres to go" and "fat-cat
      bosses", whose "bosses" is plain); and
      benches/data/loaded_gold_news38.jsonl, the fortieth set (Philippine, Indonesian, Thai,
      Vietnamese and Malaysian politics, Turkish, Polish, Hungarian and Balkan politics, Irish,
      Scottish, Welsh, New Zealand, Korean, Japanese and Caribbean politics, insurance,
      retail, the motor industry, mining, telecoms and energy markets, consumer and health
      advice columns, gardening, wine, architecture, theatre, dance, classical music, video
      games, horse racing, swimming, skiing, sailing, darts, snooker and chess, council
      budgets, libraries, public-health notices, sentencing reports, military procurement,
      UN and NGO reports, charity appeals and profiles, op-eds from the left and the right,
      tabloid and partisan-blog registers, quoted speakers and wire copy; plain twins with
      "armed men attacked a patrol", "a massive crane", "a flood of water from an old shaft",
      "a regime of gentle stretching", "grapes are crushed", "crushed cars", "the brutalist
      car park", "the villain is played by an understudy", "kill the final boss", "sacrificed
      a knight", "after admitting causing death by dangerous driving", "enforced
      disappearance", "Myanmar's military government", "power prices spiked", "a shark
      attack", "flood warnings", "the driver slammed the door", "the so-called Dreamers",
      "just 40 metres", "a knife attack" and "council bosses", whose "bosses" is plain); and
      benches/data/loaded_gold_news39.jsonl, the forty-first set (Mexican, Brazilian, Argentine
      and Chilean politics, Ukrainian and Baltic politics, Nigerian, Kenyan and South African
      politics, Chinese, Taiwanese and Hong Kong politics, Pakistani and Bangladeshi politics,
      Arctic and polar affairs, US city councils and mayors, immigration and state ballot
      measures, housing and rents, pensions, tech layoffs, streaming and podcasts, influencers,
      philanthropy, zoos and museums, archaeology, astronomy, American football, volleyball,
      marathons, surfing, climbing, rowing and equestrian sport, letters to the editor, campus
      newspapers, local TV scripts, press releases, Substack newsletters, fact-checks, live
      blogs, interview Q&A, tabloid and partisan-blog registers, quoted speakers and wire copy;
      plain twins with "a barrage of 48 drones", "Allied troops liberated the Dutch city", "a
      tsunami warning", "poisoned by carbon monoxide", "released 12 hostages", "arrested ... on
      suspicion of looting", "a puppet voiced by a Cantonese opera singer", "the ivy had
      strangled two young oak trees", "the prison's concrete cells", "the Salem witch trials",
      "the circus will perform under its big top", "water pouring across the low-water
      crossing", "fell asleep at the wheel", "the quarterback was sacked five times", "a shark
      attack", "rat sightings", "suspected bandits" and "stage 4 load shedding"); and
      benches/data/loaded_gold_news40.jsonl, the forty-second set (Guatemalan, Honduran,
      Salvadoran and Panamanian politics, Georgian, Armenian and Azerbaijani politics,
      Ghanaian, Senegalese, Malian and Nigerien politics, Portuguese, Maltese, Austrian and
      Swiss politics, Australian state and Canadian provincial politics, county sheriffs,
      state supreme courts, school lunch, water utilities, wildfire insurance, nursing homes,
      trucking, ports, semiconductors, batteries, fisheries, beekeeping, public libraries,
      broadband, handball, curling, lacrosse, softball, table tennis, triathlon, fencing and
      weightlifting, radio transcripts, editorials, corrections, explainers, sports columns,
      celebrity gossip, church newsletters, think-tank commentary, press releases, police
      statements, court filings, partisan blogs of the left and the right, quoted speakers
      and wire copy; plain twins with "a tractor-trailer slammed into a concrete barrier",
      "the crumbling concrete intake structure", "came under fire near the border", "gunmen
      attacked an army post", "a hero sandwich", "killer bees attacked a landscaper", "heavy
      rain flooded the container yard", "Homan's rink crushed Scotland" and "a lithium-ion
      battery exploded").
When flags carry a `voice` field, the figures are also given for `voice == "outlet"` flags only.

Split rule (shared with any training code: import `is_dev` from this file): a WNC pair is in the
development half when the first hex digit of sha256(id) is even; the training half is the rest.

Tokenisation (labels and flags alike): maximal runs of Unicode letters and digits
(regex `[^\\W_]+`), lowercased, so "far-right" is two words and "don't" is "don" + "t"; this
makes the raw and the pre-tokenised WNC rows agree. A word counts as flagged when any
`loaded_terms` span overlaps it.

Usage: python3 benches/loaded_dev.py [--slant BIN] [--json] [--wnc F] [--lim F] [--gold F]
                                    [--gold-news F] [--gold-news2 F] ... [--gold-news40 F]
                                    [--wnc-half dev|train] [--misses N [--miss-context]]
--misses N prints, for the 1-3 word edits of the chosen half (outlet flags), the N labelled words
missed most often and the N unlabelled words flagged most often, with counts, instead of the
figures: an error study; --miss-context also prints each missed word with six words either side. Read it on the training half only (`--wnc-half train`).
Standard library only.
"""

import argparse
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

WORD = re.compile(r"[^\W_]+")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "corpora", "bias-words")



# The own gold files, in the order they were written: (key, file under benches/data, name in
# the report). The key is also the option that points elsewhere (--gold, --gold-news,
# --gold-news2, ...) and the prefix of the figures in the JSON output.
GOLD_SETS = [("gold", "loaded_gold.jsonl", "gold")] + [
    (f"gold_news{n if n > 1 else ''}", f"loaded_gold_news{n if n > 1 else ''}.jsonl",
     f"gold news{' ' + str(n) if n > 1 else ''} (blind)")
    for n in range(1, 41)
]

def is_dev(pair_id: str) -> bool:
    """True when a WNC pair belongs to the development half (first hex digit of sha256 even)."""
    return int(hashlib.sha256(pair_id.encode("utf-8")).hexdigest()[0], 16) % 2 == 0


def lim_held_out(row_id: str) -> bool:
    """True when a Lim et al. sentence belongs to the held-out half: its article (the id before
    the last "-") hashes like a WNC development pair (`is_dev`)."""
    return is_dev(row_id.rsplit("-", 1)[0])


def lim_figures(rows, density):
    """AUC of `density` (by row id) per row and per unique text, and the annotators' own ceiling."""
    y = [1 if r["bias_score"] >= 3 else 0 for r in rows]
    out = {"rows": len(rows), "biased": sum(y), "auc": auc([density[r["id"]] for r in rows], y)}
    # The same text appears once per annotator; one vote per unique text, biased by majority.
    votes = {}
    for r, yy in zip(rows, y):
        votes.setdefault(r["text"], [r["id"], 0, 0, []])
        votes[r["text"]][1] += yy
        votes[r["text"]][2] += 1
        votes[r["text"]][3].append(r["bias_score"])
    yu = [1 if 2 * b > n else 0 for _, b, n, _ in votes.values()]
    out["unique_sentences"] = len(votes)
    out["unique_biased"] = sum(yu)
    out["unique_auc"] = auc([density[i] for i, _, _, _ in votes.values()], yu)
    # Leave one annotator out: the others' mean score as the predictor of that annotator's label.
    s, t = [], []
    for _, _, _, scores in votes.values():
        for k, v in enumerate(scores):
            rest = scores[:k] + scores[k + 1:]
            if rest:
                s.append(sum(rest) / len(rest))
                t.append(1 if v >= 3 else 0)
    out["annotator_ceiling_auc"] = auc(s, t)
    return out


def words(text: str):
    """The words of `text` as (start, end, lowercased word), character offsets."""
    return [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(text)]


def biased_word_labels(biased: str, neutral: str):
    """Indices of the words of `biased` that the edit removed or replaced (difflib opcodes on
    lowercased words; autojunk off so frequent words are aligned too)."""
    b = [w for _, _, w in words(biased)]
    n = [w for _, _, w in words(neutral)]
    out = set()
    sm = difflib.SequenceMatcher(None, b, n, autojunk=False)
    for tag, i1, i2, _, _ in sm.get_opcodes():
        if tag in ("replace", "delete"):
            out.update(range(i1, i2))
    return out


def char_spans(text: str, terms, voice=None):
    """`loaded_terms` byte offsets turned into character offsets; only `voice` flags when given."""
    b2c = {}
    pos = 0
    for i, ch in enumerate(text):
        b2c[pos] = i
        pos += len(ch.encode("utf-8"))
    b2c[pos] = len(text)
    out = []
    for t in terms:
        if voice is not None and t.get("voice") != voice:
            continue
        out.append((b2c[t["start"]], b2c[t["end"]], t))
    return out


def covered(ws, spans):
    """Indices of the words overlapped by any span."""
    return {i for i, (s, e, _) in enumerate(ws) if any(a < e and b > s for a, b, _ in spans)}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "flagged": tp + fp, "labelled": tp + fn}


def auc(scores, labels):
    """Rank-based AUC (Mann-Whitney U with mid-ranks for ties); None when a class is empty."""
    pairs = sorted(zip(scores, labels))
    n_pos = sum(1 for _, y in pairs if y)
    n_neg = len(pairs) - n_pos
    if not n_pos or not n_neg:
        return None
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mid = (i + 1 + j) / 2.0  # mean of ranks i+1 .. j
        rank_sum += mid * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_sets(args):
    """Articles to score, keyed by id, plus what each set needs to be evaluated."""
    arts = {}
    wnc, lim, gold = [], [], []  # gold: (file key, row)
    if args.wnc and os.path.exists(args.wnc):
        for r in read_jsonl(args.wnc):
            if is_dev(r["id"]) != (args.wnc_half == "dev"):
                continue
            arts["wnc-b:" + r["id"]] = r["biased"]
            arts["wnc-n:" + r["id"]] = r["neutral"]
            wnc.append(r)
    if args.lim and os.path.exists(args.lim):
        for r in read_jsonl(args.lim):
            arts["lim:" + r["id"]] = r["text"]
            lim.append(r)
    for key, _, _ in GOLD_SETS:
        path = getattr(args, key)
        if not path or not os.path.exists(path):
            continue
        for n, r in enumerate(read_jsonl(path), 1):
            for s in r["spans"]:
                if r["text"][s["start"]:s["end"]] != s["text"]:
                    sys.exit(f"{path}:{n}: span {s} does not match the text")
                if s["voice"] not in ("outlet", "quoted"):
                    sys.exit(f"{path}:{n}: voice must be outlet or quoted")
            arts[key + ":" + r["id"]] = r["text"]
            gold.append((key, r))
    return arts, wnc, lim, gold


def run_slant(binary, arts):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sentences.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, t in arts.items():
                f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
        out = subprocess.run(
            [binary, "score", path, "--format", "json"],
            check=True, capture_output=True, text=True,
        ).stdout
    return {o["id"]: o for o in map(json.loads, out.splitlines())}


def word_figures(items, voice):
    """items: (text, labelled word indices, slant output). Word P/R/F1 of the flags."""
    tp = fp = fn = 0
    for text, labels, o in items:
        ws = words(text)
        flagged = covered(ws, char_spans(text, o["loaded_terms"], voice))
        tp += len(flagged & labels)
        fp += len(flagged - labels)
        fn += len(labels - flagged)
    return prf(tp, fp, fn)


def gold_figures(gold, out, voices):
    """Word P/R/F1, span touch and inside shares and sentence AUC of the flags on annotated
    sentences (`out`: slant's output by sentence id)."""
    g = {"sentences": len(gold), "loaded": sum(any(s["voice"] == "outlet" for s in r["spans"]) for r in gold)}
    for v in voices:
        items, touched, n_gold, inside, n_flags = [], 0, 0, 0, 0
        for r in gold:
            text = r["text"]
            spans = [(s["start"], s["end"], s) for s in r["spans"] if v is None or s["voice"] == v]
            flags = char_spans(text, out[r["id"]]["loaded_terms"], v)
            items.append((text, covered(words(text), spans), out[r["id"]]))
            n_gold += len(spans)
            touched += sum(any(a < e and b > s for a, b, _ in flags) for s, e, _ in spans)
            n_flags += len(flags)
            inside += sum(any(a < e and b > s for a, b, _ in spans) for s, e, _ in flags)
        key = v or "all"
        g["words_" + key] = word_figures(items, v)
        g["spans_touched_" + key] = touched / n_gold if n_gold else None
        g["flags_inside_" + key] = inside / n_flags if n_flags else None
    y = [1 if any(s["voice"] == "outlet" for s in r["spans"]) else 0 for r in gold]
    g["auc"] = auc([out[r["id"]]["loaded_density"] for r in gold], y)
    return g


def evaluate(args):
    arts, wnc, lim, gold = load_sets(args)
    out = run_slant(args.slant, arts)
    has_voice = any("voice" in t for o in out.values() for t in o["loaded_terms"])
    voices = [None, "outlet"] if has_voice else [None]
    res = {"binary": args.slant, "voice_field": has_voice, "wnc_half": args.wnc_half}
    if wnc:
        items = [(r["biased"], biased_word_labels(r["biased"], r["neutral"]), out["wnc-b:" + r["id"]])
                 for r in wnc]
        res["wnc_dev"] = {"pairs": len(wnc)}
        short = [it for it in items if 1 <= len(it[1]) <= 3]
        res["wnc_dev"]["short_edits"] = len(short)
        for v in voices:
            res["wnc_dev"]["words_" + (v or "all")] = word_figures(items, v)
            res["wnc_dev"]["short_" + (v or "all")] = word_figures(short, v)
        dens = [out["wnc-b:" + r["id"]]["loaded_density"] for r in wnc]
        dens += [out["wnc-n:" + r["id"]]["loaded_density"] for r in wnc]
        res["wnc_dev"]["pair_auc"] = auc(dens, [1] * len(wnc) + [0] * len(wnc))
    if lim:
        density = {r["id"]: out["lim:" + r["id"]]["loaded_density"] for r in lim}
        res["lim2020"] = lim_figures(lim, density)
        res["lim2020"]["learn_half"] = lim_figures([r for r in lim if not lim_held_out(r["id"])], density)
        res["lim2020"]["held_out_half"] = lim_figures([r for r in lim if lim_held_out(r["id"])], density)
    for key, _, _ in GOLD_SETS:
        rows = [r for k, r in gold if k == key]
        if rows:
            res[key] = gold_figures(rows, {r["id"]: out[key + ":" + r["id"]] for r in rows}, voices)
    return res


def misses(args, n):
    """The labelled words most often missed and the unlabelled words most often flagged
    (outlet flags, 1-3 word edits of the chosen WNC half), with the category of each flag."""
    arts, wnc, _, _ = load_sets(argparse.Namespace(**{**vars(args), "lim": None,
                                                       **{key: None for key, _, _ in GOLD_SETS}}))
    out = run_slant(args.slant, {k: v for k, v in arts.items() if k.startswith("wnc-b:")})
    missed, wrong, hit, ctx = {}, {}, {}, []
    for r in wnc:
        labels = biased_word_labels(r["biased"], r["neutral"])
        if not 1 <= len(labels) <= 3:
            continue
        ws = words(r["biased"])
        spans = char_spans(r["biased"], out["wnc-b:" + r["id"]]["loaded_terms"], "outlet")
        for i, (s, e, w) in enumerate(ws):
            cats = [t["category"] for a, b, t in spans if a < e and b > s]
            if i in labels and not cats:
                missed[w] = missed.get(w, 0) + 1
                if args.miss_context:
                    ctx.append((w, " ".join(x for _, _, x in ws[max(0, i - 6):i])
                                + " [" + w + "] " + " ".join(x for _, _, x in ws[i + 1:i + 7])))
            elif i in labels:
                hit[w] = hit.get(w, 0) + 1
            elif cats:
                key = w + " (" + cats[0] + ")"
                wrong[key] = wrong.get(key, 0) + 1
    lines = [f"missed labelled words (of {sum(missed.values()) + sum(hit.values())} labelled; "
             f"word: missed / caught):"]
    for w, c in sorted(missed.items(), key=lambda x: (-x[1], x[0]))[:n]:
        lines.append(f"  {w}: {c} / {hit.get(w, 0)}")
    lines.append(f"unlabelled words flagged ({sum(wrong.values())}):")
    for w, c in sorted(wrong.items(), key=lambda x: (-x[1], x[0]))[:n]:
        lines.append(f"  {w}: {c}")
    if args.miss_context:
        lines.append("missed words in context (6 words either side, sorted by word):")
        lines.extend("  " + c for _, c in sorted(ctx))
    return "\n".join(lines)


def table(res):
    f = lambda x: "  n/a" if x is None else f"{x:5.3f}"
    lines = [f"slant: {res['binary']}  (voice field: {'yes' if res['voice_field'] else 'no'})",
             f"{'set':<46} {'P':>5} {'R':>5} {'F1':>5} {'flagged':>8} {'labelled':>8}"]
    half = res.get("wnc_half", "dev")
    rows = (("wnc_dev", "words", f"WNC {half} half, words"), ("wnc_dev", "short", f"WNC {half}, 1-3 word edits"),
            ("gold", "words", "own gold sentences, words"),
            *((key, "words", f"own {name}, words") for key, _, name in GOLD_SETS[1:]))
    for name, pre, key in rows:
        if name not in res:
            continue
        for v in ("all", "outlet"):
            w = res[name].get(pre + "_" + v)
            if w:
                lines.append(f"{key + ' (' + v + ' flags)':<46} {f(w['precision'])} {f(w['recall'])} "
                             f"{f(w['f1'])} {w['flagged']:>8} {w['labelled']:>8}")
    if "wnc_dev" in res:
        lines.append(f"WNC {res['wnc_half']} half: {res['wnc_dev']['pairs']} pairs; AUC of loaded_density, "
                     f"biased vs neutral side: {f(res['wnc_dev']['pair_auc'])}")
    if "lim2020" in res:
        l = res["lim2020"]
        lines.append(f"lim2020: {l['rows']} rows, {l['biased']} biased (score >= 3); "
                     f"AUC of loaded_density: {f(l['auc'])}")
        lines.append(f"lim2020: {l['unique_sentences']} unique sentences, {l['unique_biased']} biased by "
                     f"majority of annotators; AUC of loaded_density: {f(l['unique_auc'])}")
        for key, name in (("learn_half", "learn half"), ("held_out_half", "held-out half")):
            h = l[key]
            lines.append(f"lim2020 {name}: {h['rows']} rows, AUC {f(h['auc'])}; {h['unique_sentences']} "
                         f"sentences, AUC {f(h['unique_auc'])}; annotators' own ceiling (others' mean "
                         f"score predicting each row) {f(h['annotator_ceiling_auc'])}")
    for key, _, name in GOLD_SETS:
        if key not in res:
            continue
        g = res[key]
        lines.append(f"{name}: {g['sentences']} sentences, {g['loaded']} loaded; AUC of loaded_density: {f(g['auc'])}")
        for v in ("all", "outlet"):
            if "spans_touched_" + v in g:
                lines.append(f"{name} ({v}): spans touched by a flag {f(g['spans_touched_' + v])}, "
                             f"flags inside a gold span {f(g['flags_inside_' + v])}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--slant", default=os.environ.get("SLANT", os.path.join(ROOT, "target", "release", "slant")))
    ap.add_argument("--wnc", default=os.path.join(SHARED, "wnc_pairs.jsonl"))
    ap.add_argument("--lim", default=os.path.join(SHARED, "lim2020_sentences.jsonl"))
    for n, (key, file, _) in enumerate(GOLD_SETS):
        ap.add_argument("--" + key.replace("_", "-"), default=os.path.join(ROOT, "benches", "data", file),
                        help="own gold sentences" if n == 0 else
                        "own gold news-style sentences, annotated before slant was run on them")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--wnc-half", choices=("dev", "train"), default="dev",
                    help="which half of the WNC pairs to check (train: the half the word model learns from)")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print the N most often missed labelled words and wrongly flagged words instead")
    ap.add_argument("--miss-context", action="store_true",
                    help="with --misses, also print each missed labelled word in its context")
    args = ap.parse_args()
    if args.misses:
        print(misses(args, args.misses))
        return
    for name in ("wnc", "lim"):
        if not os.path.exists(getattr(args, name)):
            print(f"skipped ({name}): {getattr(args, name)} not found", file=sys.stderr)
    res = evaluate(args)
    print(json.dumps(res, indent=2) if args.json else table(res))


if __name__ == "__main__":
    main()
