"""Mine sentences of real news that name no event, for the event detector (``classify.load_detector``).

The detector tells a sentence that reports an ACLED event apart from one that does not,
where no trigger word speaks for either ('about 2,500 refugees from Ukraine arrived in
Slovakia' against 'the minister said the economy would recover'). Its positives are ACLED
notes; its negatives come from here: body sentences of ``../shared/corpus/ukraine-news``
with none of eventwire's event or interaction words (no lemma of ``lexicon.events.TRIGGERS``),
at least ``MIN_WORDS`` long. The 32 articles of the news-events dev gold are left out.
Sentences that carry no event word still now and then tell one; they are few among news
sentences, and the detector is trained to be sure before it speaks.

    python scripts/mine_non_events.py            # writes training/news_non_events.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from eventwire.clean import clean
from eventwire.ingest import read_inputs, read_manifest
from eventwire.lexicon.events import TRIGGERS
from eventwire.models import Article
from eventwire.parse import load_nlp, parse_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ukraine-news"
DEV_GOLD = ROOT.parent / "shared" / "eval" / "news-events" / "gold-dev.jsonl"
OUTPUT = ROOT / "training" / "news_non_events.jsonl"
MIN_WORDS = 6
MOST = 8000  # sentences kept, drawn at random (seed 2026)


def non_event_sentences(articles: list[Article]) -> list[dict]:
    """Body sentences without an event word, with the article they come from."""
    found = []
    for parsed in parse_articles(articles, load_nlp()):
        name = Path(parsed.article.path).name
        for paragraph in parsed.paragraphs:
            if paragraph.paragraph.kind != "body":
                continue
            for sentence in paragraph.doc.sents:
                words = [t for t in sentence if t.is_alpha]
                if len(words) >= MIN_WORDS and not any(t.lemma_.lower() in TRIGGERS for t in sentence):
                    found.append({"file": name, "sentence": " ".join(sentence.text.split())})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args()
    gold = {json.loads(line)["file"] for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    paths = sorted(p for p in args.corpus.glob("*.txt") if p.name not in gold)
    manifest = read_manifest(args.corpus / "manifest.csv")
    articles = [clean(item) for item in read_inputs(paths, manifest) if isinstance(item, Article)]
    sentences = non_event_sentences(articles)
    kept = random.Random(2026).sample(sentences, min(MOST, len(sentences)))
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in sorted(kept, key=lambda r: (r["file"], r["sentence"]))), encoding="utf-8")
    print(f"{len(sentences)} sentences without an event word in {len(articles)} articles; {len(kept)} written to {args.out}")


if __name__ == "__main__":
    main()
