#!/usr/bin/python3
# usage: recall.py GENERATED_DIR BYLINE_COMPARE_CSV [SUBSET_DIR]
# Recall of planted derived pairs among byline's candidate pairs / derived relations.
import json, csv, sys
gen, out = sys.argv[1], sys.argv[2]
truth = [json.loads(l) for l in open(gen + '/truth.jsonl')]
derived = {tuple(sorted((t['a'], t['b']))): t['relation'] for t in truth if t['type'] == 'relation' and t['relation'] != 'same-topic'}
role = {t['doc']: t for t in truth if t['type'] == 'doc'}
rows = list(csv.DictReader(open(out)))
if len(sys.argv) > 3:
    import glob, os
    idset = {os.path.basename(f)[:-4] for f in glob.glob(sys.argv[3] + '/*.txt')}
    derived = {k: v for k, v in derived.items() if k[0] in idset and k[1] in idset}
cand = {tuple(sorted((r['doc_a'], r['doc_b']))): r for r in rows}
found = [p for p in derived if p in cand]
print(f"{out}: {len(rows)} pairs; planted derived pairs among them {len(found)}/{len(derived)} = {len(found)/len(derived):.3f}")
if rows and 'relation' in rows[0]:
    lab = [p for p in derived if p in cand and cand[p]['relation'] in ('copy', 'rewrite')]
    def true_source(p):
        x, y = p
        return x if role[y]['source'] == x else y if role[x]['source'] == y else None
    src = [p for p in lab if cand[p]['source'] == true_source(p)]
    print(f"  labelled copy/rewrite: {len(lab)}/{len(derived)}; source right: {len(src)}/{len(lab)}")
    extra = sum(1 for k, r in cand.items() if k not in derived and r['relation'] in ('copy', 'rewrite'))
    print(f"  copy/rewrite labels on pairs not planted as derived (siblings of one original included): {extra}")
