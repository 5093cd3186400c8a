#!/usr/bin/env python3
"""Writes snn-stories.jsonl from labels.py and the SaudiNewsNet zips (see README.md).

Story ids come from labels.py (hand labels). Duplicate groups are computed here: two articles of
the same story are a near-duplicate pair when at least 80% of the shorter body's normalized words
occur, in order, in the longer one (difflib matching blocks); groups are the transitive closure.
Usage: python3 build_gold.py [SAUDINEWSNET_DIR]
"""
import difflib, json, re, sys, zipfile, os
import labels

CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../../shared/corpora/saudinewsnet')
CONTAINMENT = 0.8

def load(day):
    return json.loads(zipfile.ZipFile(os.path.join(CORPUS, day + '.zip')).read(day + '.json'))

def words(s):
    s = re.sub('[\u064B-\u065F\u0640]', '', s)
    s = re.sub('[أإآ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    return re.findall(r'[\u0621-\u064A0-9a-zA-Z]+', s)

def containment(a, b):
    m = sum(bl.size for bl in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return m / max(1, min(len(a), len(b)))

rows = []
for day, split in ((labels.DEV, 'dev'), (labels.TEST, 'test')):
    arr = load(day)
    parent = {}
    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x
    for sid, ids in labels.STORIES[day].items():
        w = {i: words(arr[i]['content']) for i in ids}
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                if containment(w[ids[x]], w[ids[y]]) >= CONTAINMENT:
                    parent[find(ids[y])] = find(ids[x])
    members = [(i, sid) for sid, ids in labels.STORIES[day].items() for i in ids]
    members += [(i, 'single-%s-%d' % (day, i)) for i in labels.SINGLETONS[day]]
    groups = {}
    for i, _ in members:
        groups.setdefault(find(i), []).append(i)
    for i, sid in sorted(members):
        a = arr[i]
        g = groups[find(i)]
        rows.append({
            'id': '%s#%d' % (day, i), 'zip': day + '.zip', 'index': i, 'url': a['url'],
            'source': a['source'], 'title': a['title'].strip(), 'story': sid, 'split': split,
            'dupGroup': ('%s#%d' % (day, min(g))) if len(g) > 1 else None,
        })
with open(os.path.join(os.path.dirname(__file__) or '.', 'snn-stories.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'articles,', len({r['story'] for r in rows}), 'stories,',
      sum(1 for r in rows if r['dupGroup']), 'in duplicate groups')
