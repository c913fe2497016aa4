"""Re-derive the dev/test split of the judgement suite and check it against the committed files.

Run from this folder: python3 split.py            (prints OK, or the ids that differ)
The split was made once, before any tuning, exactly like this: the conversations of each category, in id order,
are shuffled with random.Random(11) (categories in the order below, one generator for all), the first half goes
to dev and the rest to test; a category with an odd count gives its extra conversation to dev and test in turn,
starting with dev.
"""
import json
import random

CATEGORIES = ["clear_cut", "account", "emotional", "sensitive", "shape", "repair", "human_request",
              "outside_domain", "off_topic", "vague", "mixed"]
SEED = 11


def split(conversations):
    rng = random.Random(SEED)
    dev, test, extra_to_dev = [], [], True
    for category in CATEGORIES:
        members = sorted((c["id"] for c in conversations if c["category"] == category))
        rng.shuffle(members)
        half = len(members) // 2
        if len(members) % 2:
            half += 1 if extra_to_dev else 0
            extra_to_dev = not extra_to_dev
        dev += members[:half]
        test += members[half:]
    return set(dev), set(test)


def read(name):
    with open(name, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


if __name__ == "__main__":
    committed = {name: read(name + ".jsonl") for name in ("dev", "test")}
    dev, test = split(committed["dev"] + committed["test"])
    wrong = (dev ^ {c["id"] for c in committed["dev"]}) | (test ^ {c["id"] for c in committed["test"]})
    print("OK" if not wrong else "differs: " + ", ".join(sorted(wrong)))
