"""What the shipped topic model's errors on the SPb test split are: pairs, label conflicts, a read sample.

Run: python benchmarks/topic_errors.py                          (pair table, per-class error shares, conflicts)
     python benchmarks/topic_errors.py --sample 200 --seed 16 --out /tmp/sample.csv   (a sample to read, with text)
     python benchmarks/topic_errors.py --judged /tmp/sample.csv  (the read sample's breakdown, with 95 % CIs)
     python benchmarks/topic_errors.py --plain [--judged ...]   (+ which errors a plain char+word LinearSVC shares)

The test split and the model are loaded as ``benchmarks/topic.py --calibration`` does (``load_topic_data``,
``load_default``). Each error carries the SPb portal category and reason of the corpus and, where the portal changed
the reason, the one the citizen first chose with its mapped code (``first_topic``). The sample is stratified by
(gold, predicted) pair: each pair gets its proportional share of ``--sample`` (largest remainders), drawn at random
with ``--seed`` inside the pair. The sample file holds texts: write it outside the repository. A reader fills its
``judgement`` column with a (model wrong), b (both defensible), c (gold wrong, model right), d (no readable topic) or
e (gold and model both wrong), and ``mapping_row`` with the source label behind a b or c;
``--judged`` then prints each kind's share of the errors (stratified estimate, Wilson 95 % CI) and the accuracy the
test split would read if the b and c errors counted as right. ``--plain`` fits a plain character (2-5, within word
boundaries) + word (1-2) TF-IDF LinearSVC on the SPb train split and counts the shipped model's errors it shares.
"""

from __future__ import annotations

import argparse
import importlib.util

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC
from topic import BUILD, answers, figures

from mcu_nlp.corpora import SPB_FILE, SPB_MAPPING, data_dir, load_spb, load_topic_data, text_key

KINDS = {"a": "model wrong, gold right", "b": "both defensible", "c": "gold wrong, model right", "d": "no topic",
         "e": "both wrong"}
Z = 1.96
#: A text that names a place inside the house (for the kinds below)
IN_HOUSE = r"парадн|подъезд|подьезд|лифт|этаж|лестни"
#: Kinds of text the project's rules give one code (MAPPING_NOTES.md) that the portal's forms split; (pattern, in house)
TEXT_KINDS = {"inscriptions/ads in the house": (r"надпис|граффит|реклам|объявлен|наклейк|исписан|изрисов", True),
              "lighting in the house": (r"освещ|лампоч|светильн|плафон|не горит свет|нет света", True),
              "hot water": (r"горяч|гвс", False),
              "radiators/heating pipes in the house": (r"батаре|радиатор|отоплен", True),
              "rubbish in the house": (r"мусор", True)}
#: Mapping rows whose texts were checked by keywords: {source label: {what: pattern}}
LABEL_CHECKS = {
    "Неудовлетворительное состояние парадной": {"inscriptions/ads": TEXT_KINDS["inscriptions/ads in the house"][0],
                                                "lighting/wires": r"освещ|ламп|свет|провод|плафон"},
    "Ненадлежащее состояние малых архитектурных форм, уличной мебели и хозяйственно-бытового оборудования, "
    "необходимого для благоустройства территории": {
        "inscriptions": r"надпис|граффит|реклам|объявл|наклейк|рисун|исписан|изрисов",
        "lighting": r"фонар|освещ|светильн|ламп",
        "house parts": r"фасад|крыльц|козыр|подъезд|парадн|пандус|перил"},
    "Неудовлетворительное состояние колодца, люка": {"manhole/well": r"люк|колод|крышк"},
    "Передача общего имущества собственников помещений  в пользование иным лицам": {
        "ads/plates/signs": r"реклам|объявл|таблич|вывеск|наклейк|стенд|листовк", "cameras": r"камер|видеонабл"},
    "Протечка труб в подвале, на чердаке, на лестничной площадке": {
        "hot/heating": r"горяч|гвс|отоплен|кипят|батаре|радиатор|пар\b|парит", "cold/sewer": r"холодн|хвс|канализ"},
    "Мусор на газонах (крупногабаритные объекты)": {"rubbish": r"мусор|хлам|покрыш|шин|мебел|диван|матрас",
                                                    "trees": r"дерев|ветк|ветв|ствол|пен[ёеь]|спил"},
    "Ненадлежащее состояние дорожных и газонных ограждений": {"lawn": r"газон",
                                                             "road": r"дорог|проезж|тротуар|пешеход"},
}


def test_errors() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The SPb test split with the shipped model's ``predicted`` / ``confidence`` and the corpus's ``category`` and
    ``first_topic``; and its errors."""
    from mcu_nlp.topic import load_default

    spb, _ = load_topic_data()
    test = spb[spb["split"] == "test"].copy()
    test["predicted"], test["confidence"] = answers(load_default(), test["text"].tolist())
    where = data_dir()
    corpus = pd.read_csv(where / SPB_FILE, dtype={"id": str}, usecols=["id", "category", "original_reason_path"])
    mapping = pd.read_csv(where / SPB_MAPPING)
    first = corpus["original_reason_path"].str.rsplit("/", n=1).str[-1]
    corpus["first_topic"] = first.map(dict(zip(mapping["source_label"], mapping["topic"])))
    corpus["changed"] = corpus["original_reason_path"].notna()
    test = test.merge(corpus[["id", "category", "first_topic", "changed"]], on="id", how="left")
    return test, test[test["topic"] != test["predicted"]]


def pair_table(test: pd.DataFrame, errors: pd.DataFrame) -> None:
    pairs = errors.groupby(["topic", "predicted"]).size().sort_values(ascending=False).rename("errors")
    first = errors.assign(hit=errors["first_topic"] == errors["predicted"]).groupby(["topic", "predicted"])["hit"].sum()
    frame = pd.DataFrame({"errors": pairs, "share": (pairs / len(errors)).round(3),
                          "first_reason_says_predicted": first[pairs.index]})
    print(f"test texts {len(test)}, errors {len(errors)}, accuracy {1 - len(errors) / len(test):.4f}\n")
    print(frame.to_string())
    per_class = pd.DataFrame({"test": test["topic"].value_counts(), "errors_as_gold": errors["topic"].value_counts(),
                              "errors_as_predicted": errors["predicted"].value_counts()}).fillna(0).astype(int)
    per_class["gold_error_rate"] = (per_class["errors_as_gold"] / per_class["test"]).round(3)
    per_class["share_of_errors"] = (per_class["errors_as_gold"] / len(errors)).round(3)
    print("\n" + per_class.sort_values("errors_as_gold", ascending=False).to_string())
    wrong, changed = test["topic"] != test["predicted"], test["changed"].fillna(False).astype(bool)
    print(f"\nreason changed by the portal: {int(changed.sum())} test texts, error rate {wrong[changed].mean():.3f} vs "
          f"{wrong[~changed].mean():.3f}; errors whose first-chosen reason maps to the answer: "
          f"{int((errors['first_topic'] == errors['predicted']).sum())}")


def kind_checks(test: pd.DataFrame) -> None:
    """Per text kind of ``TEXT_KINDS``: its code shares in all SPb data, and on the test split the texts off each
    kind's majority code vs the model's errors; then the keyword shares of the ``LABEL_CHECKS`` rows."""
    spb, _ = load_topic_data()
    print("\n| kind | SPb texts | codes | test texts | off the majority | model errors | majority-coded answered so |"
          "\n|---|---|---|---|---|---|---|")
    taken = pd.Series(False, index=test.index)
    for kind, (pattern, in_house) in TEXT_KINDS.items():
        def named(frame: pd.DataFrame, pattern: str = pattern, in_house: bool = in_house) -> pd.Series:
            lower = frame["text"].str.lower()
            return lower.str.contains(pattern) & (lower.str.contains(IN_HOUSE) if in_house else True)
        shares = spb.loc[named(spb), "topic"].value_counts(normalize=True).head(3)
        chosen = named(test) & ~taken  # each test text counted under its first kind
        taken |= chosen
        codes = test.loc[chosen, "topic"].value_counts()
        wrong = int((test.loc[chosen, "topic"] != test.loc[chosen, "predicted"]).sum())
        major = chosen & (test["topic"] == codes.index[0])
        kept = int((test.loc[major, "predicted"] == codes.index[0]).sum())
        print(f"| {kind} | {int(named(spb).sum())} | " + ", ".join(f"{c} {s:.2f}" for c, s in shares.items()) +
              f" | {int(chosen.sum())} | {int(codes.sum() - codes.max())} | {wrong} | {kept} of {int(major.sum())} |")
    for label, checks in LABEL_CHECKS.items():
        lower = spb.loc[spb["source_label"] == label, "text"].str.lower()
        answered = test.loc[test["source_label"] == label, "predicted"].value_counts().head(3).to_dict()
        print(f"{label[:60]}: {len(lower)} SPb rows; " +
              ", ".join(f"{what} {lower.str.contains(pattern).mean():.2f}" for what, pattern in checks.items()) +
              f"; test answers {answered}")


def majority_floor(keys: pd.Series, topics: pd.Series) -> tuple[int, int, int]:
    """Groups of ``keys`` holding more than one topic, their rows, and the rows off their group's majority label
    (the errors any one-answer-per-key model must make)."""
    counts = pd.crosstab(keys, topics)
    mixed = counts[(counts > 0).sum(axis=1) > 1]
    return len(mixed), int(mixed.to_numpy().sum()), int((mixed.sum(axis=1) - mixed.max(axis=1)).sum())


def conflicts() -> None:
    """Exact duplicates in the corpus (before the majority collapse) and normalised-text duplicates in the built
    train+test data (one split side each) that carry more than one topic."""
    raw = load_spb()
    groups, rows, floor = majority_floor(raw["text"].map(text_key), raw["topic"])
    print(f"\ncorpus exact duplicates (text_key) with >1 topic: {groups} texts, {rows} rows, {floor} rows off the "
          f"majority (collapsed to the majority by data/topic/build.py)")
    spec = importlib.util.spec_from_file_location("topic_data_build", BUILD)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    spb, _ = load_topic_data()
    spb["group"] = build.group_keys(spb["text"]).to_numpy()
    for side in ("train", "test"):
        part = spb[spb["split"] == side]
        groups, rows, floor = majority_floor(part["group"], part["topic"])
        print(f"{side}: normalised-text groups with >1 topic: {groups} groups, {rows} rows, {floor} rows off the "
              f"group majority ({floor / len(part):.4f} of {len(part)})")


def stratified_sample(errors: pd.DataFrame, size: int, seed: int) -> pd.DataFrame:
    """``size`` errors, each (gold, predicted) pair its proportional share (largest remainders), random inside."""
    pairs = errors.groupby(["topic", "predicted"]).size()
    exact = pairs * size / len(errors)
    quota = np.floor(exact).astype(int)
    quota[(exact - quota).sort_values(ascending=False, kind="stable").index[: size - quota.sum()]] += 1
    rng = np.random.default_rng(seed)
    picked = [group.iloc[rng.choice(len(group), quota[key], replace=False)]
              for key, group in errors.groupby(["topic", "predicted"]) if quota[key]]
    return pd.concat(picked).assign(judgement="", mapping_row="", note="")


def wilson(hits: float, n: float) -> tuple[float, float]:
    if not n:
        return 0.0, 0.0
    p = hits / n
    centre, half = p + Z * Z / (2 * n), Z * np.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return (centre - half) / (1 + Z * Z / n), (centre + half) / (1 + Z * Z / n)


def judged(path: str, test: pd.DataFrame, errors: pd.DataFrame, plain: pd.Series | None = None) -> None:
    """Each kind's share of all errors, weighted by pair (stratum) size, with a Wilson CI on the sample's effective
    size; the accuracy if b + c counted as right; with ``plain`` (a plain model's answers by id), the read errors
    per kind that it answers right / alike / otherwise wrong."""
    sample = pd.read_csv(path, dtype={"id": str}, keep_default_na=False)
    sizes = errors.groupby(["topic", "predicted"]).size()
    drawn = sample.groupby(["topic", "predicted"]).size()
    sample["weight"] = [sizes[key] / drawn[key] for key in zip(sample["topic"], sample["predicted"])]
    weights = sample["weight"] / sample["weight"].sum()
    n_eff = 1 / float((weights**2).sum())
    print(f"read {len(sample)} of {len(errors)} errors (effective n {n_eff:.1f})\n")
    per_pair = pd.concat([sizes.rename("errors"), pd.crosstab([sample["topic"], sample["predicted"]],
                                                            sample["judgement"])], axis=1).fillna(0).astype(int)
    print(per_pair.sort_values("errors", ascending=False, kind="stable").to_string() + "\n")
    print("| kind | read | share of errors (95 % CI) | errors in the split (CI) |\n|---|---|---|---|")
    for kind, name in KINDS.items():
        share = float(weights[sample["judgement"] == kind].sum())
        low, high = wilson(share * n_eff, n_eff)
        print(f"| {kind}: {name} | {(sample['judgement'] == kind).sum()} | {share:.3f} ({low:.3f}-{high:.3f}) | "
              f"{share * len(errors):.0f} ({low * len(errors):.0f}-{high * len(errors):.0f}) |")
    share = float(weights[sample["judgement"].isin(["b", "c"])].sum())
    low, high = wilson(share * n_eff, n_eff)
    right = len(test) - len(errors)
    print(f"\naccuracy as measured {right / len(test):.4f}; counting b + c as right "
          f"{(right + share * len(errors)) / len(test):.4f} ({(right + low * len(errors)) / len(test):.4f}-"
          f"{(right + high * len(errors)) / len(test):.4f}); counting c only as right: "
          f"{(right + weights[sample['judgement'] == 'c'].sum() * len(errors)) / len(test):.4f}")
    blamed = sample[sample["judgement"].isin(["b", "c"]) & (sample["mapping_row"] != "")]
    print("\nmapping rows behind b / c (read sample): b, c, row")
    counts = blamed.groupby(["mapping_row", "judgement"]).size().unstack(fill_value=0)
    for row, got in counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index].iterrows():
        print(f"{got.get('b', 0):3d} {got.get('c', 0):3d}  {row}")
    if plain is not None:
        answer = sample["id"].map(plain)
        state = np.where(answer == sample["topic"], "plain right",
                         np.where(answer == sample["predicted"], "plain same answer", "plain other wrong"))
        print("\n" + pd.crosstab(sample["judgement"], state, margins=True).to_string())


def plain_overlap(test: pd.DataFrame, errors: pd.DataFrame) -> pd.Series:
    """A plain char+word TF-IDF LinearSVC's answers on the test split (trained on SPb train only); prints its
    figures and how many of the shipped model's errors it shares."""
    spb, _ = load_topic_data()
    train = spb[spb["split"] == "train"]
    views = make_union(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
                       TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True))
    plain = make_pipeline(views, LinearSVC()).fit(train["text"].tolist(), train["topic"].tolist())
    answered = pd.Series(plain.predict(test["text"].tolist()), index=test["id"].to_numpy())
    scored = figures(test["topic"], answered.to_numpy(), np.ones(len(test)))
    both = errors["id"].map(answered) != errors["topic"]
    same = errors["id"].map(answered) == errors["predicted"]
    either = len(test) - int(both.sum())
    print(f"plain char+word LinearSVC: accuracy {scored['accuracy']}, macro-F1 (>= 20) {scored['macro_f1_support20']};"
          f" of the shipped model's {len(errors)} errors it also makes {int(both.sum())} ({int(same.sum())} with the "
          f"same answer); right by either model: {either / len(test):.4f}")
    return answered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, help="write a stratified sample of this many errors to --out")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", help="the sample's CSV (texts: keep it outside the repository)")
    parser.add_argument("--judged", help="a sample CSV with its judgement column filled in")
    parser.add_argument("--plain", action="store_true", help="also fit a plain char+word LinearSVC (a few minutes)")
    args = parser.parse_args()
    test, errors = test_errors()
    plain = plain_overlap(test, errors) if args.plain else None
    if args.judged:
        judged(args.judged, test, errors, plain)
        return
    if plain is not None:
        return
    if args.sample:
        stratified_sample(errors, args.sample, args.seed).to_csv(args.out, index=False)
        print(f"wrote {args.sample} errors to {args.out}")
        return
    pair_table(test, errors)
    conflicts()
    kind_checks(test)


if __name__ == "__main__":
    main()
