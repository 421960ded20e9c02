"""Writes a random Alembic script folder: a graph of revisions with branches, merges,
branch labels and depends_on (by id or by label), in both the classic and the typed
template, with either quote, tuples and lists, on one line or several, and docstrings that
mention other revision ids. tst_alembic has Alembic and Godwit read each one and compares.
Usage: alembic_random_folder.py SEED FOLDER (FOLDER must not exist).
"""
import os
import random
import sys


def quoted(text, r):
    quote = r.choice(["'", '"'])
    return quote + text + quote


def sequence(items, r):
    opening, closing = r.choice([("(", ")"), ("[", "]")])
    parts = [quoted(x, r) for x in items]
    if r.random() < 0.3:
        return opening + "\n" + "".join("    %s,  # a comment\n" % p for p in parts) + closing
    # ("a") is a string, ("a",) a tuple; a trailing comma elsewhere changes nothing.
    trailing = "," if (len(items) == 1 and opening == "(") or r.random() < 0.3 else ""
    return opening + ", ".join(parts) + trailing + closing


def value(items, r):
    if not items:
        return r.choice(["None", "()", "[]"]) if r.random() < 0.3 else "None"
    if len(items) == 1 and r.random() < 0.6:
        return quoted(items[0], r)
    return sequence(items, r)


def revision_file(r, seed, i, ids, labels):
    rid = ids[i]
    parents = [] if i == 0 or r.random() < 0.15 else r.sample(ids[:i], min(i, r.choice([1, 1, 1, 2, 2, 3])))
    own_labels = ["lab%d_%d" % (seed, i)] if r.random() < 0.25 else []
    if r.random() < 0.1:
        own_labels.append("extra%d_%d" % (seed, i))
    for label in own_labels:
        labels[label] = rid
    depends = []
    if i > 0 and r.random() < 0.35:
        for d in r.sample(ids[:i], min(i, r.randint(1, 2))):
            its_labels = [label for label, owner in labels.items() if owner == d]
            depends.append(r.choice(its_labels) if its_labels and r.random() < 0.5 else d)
    typed = r.random() < 0.5
    sequence_type = ": Union[str, Sequence[str], None]" if typed else ""
    text = '"""message %d%s\n\nRevision ID: other\nRevises: %s\nrevision = "not_this"\n"""\n' % (
        i, " more" * r.randint(0, 2), ", ".join(parents))
    text += "from typing import Sequence, Union\n\nfrom alembic import op\n\n# revision identifiers, used by Alembic.\n"
    text += "revision%s = %s\n" % (": str" if typed else "", quoted(rid, r))
    text += "down_revision%s = %s\n" % (sequence_type, value(parents, r))
    if own_labels or r.random() < 0.5:
        text += "branch_labels%s = %s\n" % (sequence_type, value(own_labels, r))
    if depends or r.random() < 0.5:
        text += "depends_on%s = %s\n" % (sequence_type, value(depends, r))
    text += "\n\ndef upgrade():\n    revision = 'inner'\n    op.execute('SELECT 1')\n"
    return text


def generate(seed, folder):
    r = random.Random(seed)
    os.makedirs(os.path.join(folder, "versions"))
    with open(os.path.join(folder, "env.py"), "w") as f:
        f.write('"""Stub: only versions/ is read."""\n')
    ids = ["%012x" % r.getrandbits(48) for _ in range(r.randint(1, 14))]
    labels = {}
    for i, rid in enumerate(ids):
        with open(os.path.join(folder, "versions", "%s_m%d.py" % (rid, i)), "w") as f:
            f.write(revision_file(r, seed, i, ids, labels))


generate(int(sys.argv[1]), sys.argv[2])
