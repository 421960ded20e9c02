"""Prints, as JSON, how Alembic itself reads a script folder's versions/: every revision's
down revisions, declared branch labels, depends_on as written and as resolved, and its
message; the heads, bases, branch points and merges. tst_alembic compares Godwit's reading
of the same folder with this. Usage: alembic_graph.py SCRIPT_FOLDER
"""
import json
import sys

from alembic import util
from alembic.script import ScriptDirectory

scripts = ScriptDirectory(sys.argv[1])
revision_map = scripts.revision_map
revisions = {}
for key, rev in revision_map._revision_map.items():
    # The map also holds None, () and every branch label: keep each revision once.
    if rev is None or key != rev.revision:
        continue
    revisions[rev.revision] = {
        "down_revisions": list(util.to_tuple(rev.down_revision, default=())),
        # The labels the file declares; Alembic also lends them to the whole branch.
        "branch_labels": sorted(rev._orig_branch_labels),
        "depends_on": list(util.to_tuple(rev.dependencies, default=())),
        "dependencies": sorted(rev._resolved_dependencies),
        "message": rev.doc,
    }

print(json.dumps({
    "revisions": revisions,
    "heads": sorted(scripts.get_heads()),
    "bases": sorted(scripts.get_bases()),
    "branch_points": sorted(r for r, s in revisions.items() if scripts.get_revision(r).is_branch_point),
    "merges": sorted(r for r, s in revisions.items() if scripts.get_revision(r).is_merge_point),
}, indent=1, sort_keys=True))
