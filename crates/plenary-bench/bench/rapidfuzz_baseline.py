"""Baseline for `plenary-bench bench reuse`: rapidfuzz's process.extract with
fuzz.token_set_ratio over every substantive passage.

Input (argv[1]): JSON {"passages": [[id, document_id, text], ...],
"queries": [[text, document_id_to_leave_out], ...]}.
Output (stdout): JSON list, one per query: {"ids": [passage ids, best
first, at most 5, the query's own document left out], "seconds": time of
the extract call}.
"""

import json
import sys
import time

from rapidfuzz import fuzz, process


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    ids = [p[0] for p in data["passages"]]
    docs = {p[0]: p[1] for p in data["passages"]}
    texts = [p[2] for p in data["passages"]]
    answers = []
    for text, own_document in data["queries"]:
        started = time.perf_counter()
        found = process.extract(text, texts, scorer=fuzz.token_set_ratio, limit=10)
        seconds = time.perf_counter() - started
        best = [ids[index] for _, _, index in found if docs[ids[index]] != own_document][:5]
        answers.append({"ids": best, "seconds": seconds})
    json.dump(answers, sys.stdout)


if __name__ == "__main__":
    main()
