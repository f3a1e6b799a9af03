"""Choose the real appeals to be labelled for urgency (fixed seed).

Round 1 (candidates.csv, 1,600 texts), round 2 (candidates_2.csv, 700 more texts not in round 1, weighted
towards Kursk, whose regional letters are most unlike SPb's short portal forms), round 3 (candidates_3.csv,
700 more texts in neither: every Kursk text the critical search still finds, 61, and the rest of Kursk's share
from the high search and at random) and round 4 (candidates_4.csv, 700 more in none of them: every Kursk text the
high search still finds, the rest of Kursk's share at random; SPb by both searches and at random) and round 5
(candidates_5.csv: every Kursk text left, so all of Kursk is annotated; SPb 350 by both searches and at random)
and round 6 (candidates_6.csv: SPb only, 700 by both searches and at random; Kursk has no text left).

Critical and high appeals are rare in a random sample, so candidates are found by searching for
danger signals, then mixed with a random sample; every text is then judged by reading it against
data/urgency.md, whatever pattern found it.
Run: python data/urgency/select_candidates.py [--round2 | --round3 | ... | --round6]
"""

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
CORPORA = HERE.parent / "corpora"
SEED = 4
CRITICAL = (
    r"газ\w* пахн|пахнет газ|запах\w* газ|утечк|пожар|гори[тм]|задым|дым |взрыв|обрушен|обвал|трещин|провал|"
    r"затоп|залива|прорыв|кипят|нет (?:отоплени|тепла|воды|света|газа|электричеств)|"
    r"без (?:света|воды|отоплени|тепла|газа)|"
    r"холодн\w* батаре|оголен|оборван|висит провод|провод\w* (?:висят|висит|лежит|лежат)|открыт\w* люк|люк\w* открыт|"
    r"нет люка|без крышки|сосульк|глыб|аварийн\w* дерев|упал|падает|угроз|опасн|ребен|дет[иья]|"
    r"собак\w* (?:напал|кида|покус)|"
    r"укус|скор[ао]й|лекарств|отрезан|переправ|паром|зимник|не проехать|не может проехать"
)
HIGH = (
    r"яма|ямы|выбоин|светофор|не гор[ия]т|темно|освещени|лифт|протека|теч[её]т|кровл|крыш|засор|канализац|"
    r"не вывоз|снег|гололед|налед|скольз|автобус|маршрут|запис\w* к врач|холодно|слабо гре|еле т[её]пл"
)
PLAN = {  # (source, pattern or None for random): how many
    ("spb", "critical"): 450, ("spb", "high"): 300, ("spb", "random"): 300,
    ("kursk", "critical"): 250, ("kursk", "high"): 150, ("kursk", "random"): 150,
}
PLAN_2 = {
    ("spb", "critical"): 200, ("spb", "random"): 150,
    ("kursk", "critical"): 150, ("kursk", "high"): 100, ("kursk", "random"): 100,
}

PLAN_3 = {
    ("spb", "critical"): 200, ("spb", "random"): 150,
    ("kursk", "critical"): 61, ("kursk", "high"): 100, ("kursk", "random"): 189,
}

PLAN_4 = {
    ("spb", "critical"): 150, ("spb", "high"): 100, ("spb", "random"): 100,
    ("kursk", "high"): 51, ("kursk", "random"): 299,
}
PLAN_5 = {
    ("spb", "critical"): 250, ("spb", "high"): 50, ("spb", "random"): 50,
    ("kursk", "random"): 400,
}
PLAN_6 = {("spb", "critical"): 300, ("spb", "high"): 150, ("spb", "random"): 250}
ROUNDS = {
    "--round3": ("candidates_3.csv", PLAN_3, 20),
    "--round4": ("candidates_4.csv", PLAN_4, 30),
    "--round5": ("candidates_5.csv", PLAN_5, 40),
    "--round6": ("candidates_6.csv", PLAN_6, 50),
}


def load() -> dict[str, pd.DataFrame]:
    spb = pd.read_csv(CORPORA / "spb" / "spb_appeals.csv.gz", usecols=["id", "created_dt", "text"], dtype={"id": str})
    kursk = pd.read_csv(CORPORA / "kursk" / "kursk_train_clean.csv.gz", usecols=["id", "text_clean"], dtype={"id": str})
    kursk = kursk.rename(columns={"text_clean": "text"}).assign(created_dt="")
    frames = {"spb": spb, "kursk": kursk}
    for name, frame in frames.items():
        frame["text"] = frame["text"].astype(str).str.strip()
        frames[name] = frame[frame["text"].str.len() >= 8].drop_duplicates("text").assign(source=name)
    return frames


def select(plan: dict = PLAN, seed: int = SEED, exclude: frozenset = frozenset()) -> pd.DataFrame:
    frames, chosen = load(), []
    for (source, kind), n in plan.items():
        frame = frames[source]
        taken = {f"{c['source'].iloc[0]}:{i}" for c in chosen for i in c["id"]} | exclude
        frame = frame[~(frame["source"] + ":" + frame["id"]).isin(taken)]
        lower = frame["text"].str.lower()
        if kind == "critical":
            frame = frame[lower.str.contains(CRITICAL, regex=True)]
        elif kind == "high":
            frame = frame[lower.str.contains(HIGH, regex=True) & ~lower.str.contains(CRITICAL, regex=True)]
        chosen.append(frame.sample(min(n, len(frame)), random_state=seed).assign(found_by=kind))
    out = pd.concat(chosen).sample(frac=1.0, random_state=seed).reset_index(drop=True)
    out["uid"] = out["source"] + ":" + out["id"]
    return out[["uid", "source", "id", "created_dt", "found_by", "text"]]


if __name__ == "__main__":
    if "--round2" in sys.argv:
        first = frozenset(pd.read_csv(HERE / "candidates.csv", dtype=str)["uid"])
        candidates = select(PLAN_2, SEED + 10, first)
        candidates.to_csv(HERE / "candidates_2.csv", index=False)
        print(candidates.groupby(["source", "found_by"]).size())
        sys.exit()
    for flag, (name, plan, offset) in ROUNDS.items():
        if flag in sys.argv:
            later = [file for file, _, _ in ROUNDS.values()][: list(ROUNDS).index(flag)]
            files = ["candidates.csv", "candidates_2.csv", *later]
            earlier = frozenset(pd.concat([pd.read_csv(HERE / f, dtype=str)["uid"] for f in files]))
            candidates = select(plan, SEED + offset, earlier)
            candidates.to_csv(HERE / name, index=False)
            blind = candidates.sample(150, random_state=SEED + offset + 1)[["uid", "source", "created_dt", "text"]]
            blind.to_csv(HERE / name.replace("candidates", "blind_subset"), index=False)
            print(candidates.groupby(["source", "found_by"]).size())
            sys.exit()
    candidates = select()
    candidates.to_csv(HERE / "candidates.csv", index=False)
    blind = candidates.sample(300, random_state=SEED + 1)[["uid", "source", "created_dt", "text"]]
    blind.to_csv(HERE / "blind_subset.csv", index=False)
    print(candidates.groupby(["source", "found_by"]).size())
