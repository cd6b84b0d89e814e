"""Would a trained text classifier type events better than the rules on unseen text?

An experiment, not part of kgbuild: a multinomial logistic regression over the words and word
pairs of an article (title counted double, the first 700 characters once, the rest at 0.3,
log-scaled counts), trained on the gold event type of the dev articles that report one incident.
It prints

* its accuracy in 5-fold cross-validation on those dev articles (a fair estimate of how it does
  on text it was not trained on, since nothing of it was written against that text), and
* on the validation split (articles reporting one incident): how many the rules type right, how
  many the classifier does, and how the two do where they agree and where they differ.

It reads the dev and validation splits only, and prints counts, never text: run from the
repository root with ``python scripts/type_classifier_experiment.py`` (about two minutes).
Pure Python, deterministic (fixed seeds), no dependency beyond kgbuild's.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from kgbuild.extract import Extractor
from kgbuild.ingest import Article, read_article

ARTICLES, GOLD = Path("examples/articles"), Path("examples/gold")
TOKEN = re.compile(r"[a-z][a-z'-]+")
STOP = frozenset(
    "the a an of in on at to and or for by with from as is was were be been has have had that this it its "
    "their his her they he she said says after before into over than which who".split()
)


def features(article: Article, head: int = 700) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for text, weight in ((article.title or "", 2.0), (article.text[:head], 1.0), (article.text[head:], 0.3)):
        words = [w for w in TOKEN.findall(text.lower()) if w not in STOP]
        for w in words:
            counts[w] += weight
        for a, b in zip(words, words[1:], strict=False):
            counts[f"{a}_{b}"] += weight
    return {k: math.log1p(v) for k, v in counts.items()}


class LogisticRegression:
    """Multinomial, L2-regularised, fitted by stochastic gradient descent."""

    def __init__(self, l2: float = 0.001, epochs: int = 30, rate: float = 0.3, seed: int = 0) -> None:
        self.l2, self.epochs, self.rate, self.seed = l2, epochs, rate, seed
        self.weights: dict[str, defaultdict[str, float]] = {}
        self.bias: dict[str, float] = {}

    def fit(self, xs: list[dict[str, float]], ys: list[str]) -> LogisticRegression:
        self.weights = {c: defaultdict(float) for c in sorted(set(ys))}
        self.bias = dict.fromkeys(self.weights, 0.0)
        order = list(range(len(xs)))
        rng = random.Random(self.seed)
        for epoch in range(self.epochs):
            rng.shuffle(order)
            rate = self.rate / (1 + 0.1 * epoch)
            for i in order:
                for c, p in self.probabilities(xs[i]).items():
                    grad = p - (ys[i] == c)
                    w = self.weights[c]
                    for k, v in xs[i].items():
                        w[k] -= rate * (grad * v + self.l2 * w[k])
                    self.bias[c] -= rate * grad
        return self

    def probabilities(self, x: dict[str, float]) -> dict[str, float]:
        s = {c: self.bias[c] + sum(w.get(k, 0.0) * v for k, v in x.items()) for c, w in self.weights.items()}
        top = max(s.values())
        e = {c: math.exp(v - top) for c, v in s.items()}
        z = sum(e.values())
        return {c: v / z for c, v in e.items()}

    def predict(self, x: dict[str, float]) -> str:
        p = self.probabilities(x)
        return max(sorted(p), key=p.__getitem__)


def single_event(split: str) -> list[tuple[Article, str]]:
    out = []
    for path in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text())
        if gold.get("split", "dev") != split or len(gold.get("events") or []) != 1:
            continue
        out.append((read_article(ARTICLES / gold["article"]), gold["events"][0]["type"]))
    return out


def main() -> None:
    dev = single_event("dev")
    xs, ys = [features(a) for a, _t in dev], [t for _a, t in dev]
    order = list(range(len(xs)))
    random.Random(1).shuffle(order)
    right = 0
    for fold in range(5):
        test = set(order[fold::5])
        train = [i for i in order if i not in test]
        model = LogisticRegression().fit([xs[i] for i in train], [ys[i] for i in train])
        right += sum(model.predict(xs[i]) == ys[i] for i in test)
    print(f"classifier, 5-fold cross-validation on {len(xs)} dev articles: {right / len(xs):.3f}")
    model = LogisticRegression().fit(xs, ys)
    extractor = Extractor()
    rows = []
    for article, gold in single_event("validation"):
        events = extractor.extract(article).events
        rows.append((events[0].type if events else "other", model.predict(features(article)), gold))
    agree = [r for r in rows if r[0] == r[1]]
    differ = [r for r in rows if r[0] != r[1]]
    print(f"validation, {len(rows)} articles: rules {sum(r == g for r, _c, g in rows)}, "
          f"classifier {sum(c == g for _r, c, g in rows)}")
    print(f"  agree on {len(agree)} ({sum(r == g for r, _c, g in agree)} right); differ on {len(differ)} "
          f"(rules right {sum(r == g for r, _c, g in differ)}, classifier right {sum(c == g for _r, c, g in differ)})")


if __name__ == "__main__":
    main()
