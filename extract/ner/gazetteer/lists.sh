#!/usr/bin/env bash
# Makes the organization and person name lists the entity model uses as
# features from the name lists in ../names (see ../names/README.md for their
# sources and licences; names/gen.sh makes those from the shared data):
#   companies.txt  every name of ../names/companies.tsv (listed companies and
#                  their short forms: "Apple Inc.", "Apple")
#   clubs.txt      every name of ../names/clubs.tsv (football clubs and their
#                  aliases: "Tottenham Hotspur", "Spurs")
#   people.txt     every name of ../names/people.tsv (US Congress members,
#                  presidents and vice presidents)
# A copy, not a reference: the model is trained with these lists, so they
# change only with a retraining, while ../names may change without one.
# Names are split into tokens as prose's tokenizer splits them mid-sentence
# (a comma is a token of its own). agencies.txt is curated by hand.
# Usage: bash extract/ner/gazetteer/lists.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python3 - "$here" <<'PY'
import re, sys
here = sys.argv[1]
names = here + '/../names/'

def forms(tsv):
    out = set()
    for line in open(names + tsv, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        for f in line.rstrip('\n').split('\t')[2:]:
            f = re.sub(r'\s*\[[a-z]{2}\]$', '', f)   # openfootball's language marks
            f = re.sub(r',(\s)', r' ,\1', f)          # "Tesla, Inc." -> "Tesla , Inc."
            f = ' '.join(f.split())
            if len(f) > 1 and f[0].isupper() or f[:1].isdigit():
                out.add(f)
    return out

for tsv, txt, what in (('companies.tsv', 'companies.txt', 'Listed companies and their short forms'),
                       ('clubs.tsv', 'clubs.txt', 'Football clubs and their aliases'),
                       ('people.tsv', 'people.txt', 'US Congress members, presidents and vice presidents')):
    with open(here + '/' + txt, 'w', encoding='utf-8') as w:
        w.write('# %s: every name of ../names/%s (see ../names/README.md for source and licence). Made by lists.sh.\n' % (what, tsv))
        w.write('\n'.join(sorted(forms(tsv))) + '\n')
PY
