"""Write the tutorial notebooks from the cells below, without outputs (what git keeps).

Edit the cells here, then run ``.venv/bin/python notebooks/build_notebooks.py``; the tests execute
the written notebooks top to bottom (``tests/test_notebooks.py``) and check they carry no outputs.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

FIND_ROOT = '''from pathlib import Path

# the repository root: the notebooks read the shipped samples in data/fixtures
ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "data" / "fixtures").is_dir())
FIXTURES = ROOT / "data" / "fixtures"'''

QUICKSTART = [
    "# Quick start: what `mcu_nlp` says about an appeal\n\n"
    "One call gives the **topic** (a code from `data/taxonomy.csv`), the **urgency** (`critical` / `high` / "
    "`normal`, see `data/urgency.md`) and the **places** with their ОКТМО codes. The default models ship "
    "inside the package; nothing is downloaded.",
    "import mcu_nlp\n\n"
    'a = mcu_nlp.analyze("В Салехарде третий день нет отопления, дети мёрзнут", region="89")\n'
    "a.topic, round(a.topic_score, 2), a.urgency, round(a.urgency_score, 2)",
    "## Places\n`places` lists every place found, with character offsets into the text; `municipality` is the "
    "best municipality-level one. `region=\"89\"` (ЯНАО) only breaks ties between same-named places.",
    "for place in a.places:\n"
    "    print(place.kind, place.name, place.oktmo, repr(a.text[place.start:place.stop]))\n"
    "a.municipality.name, a.municipality.oktmo",
    "## Many texts at once\n`analyze_batch` keeps order and length; a bad row (missing, empty, not text) "
    "gets an `error` instead of raising.",
    "texts = [\n"
    '    "Яма на дороге в Надыме, машины бьют колёса",\n'
    '    "Во дворе на Ленина 5 не вывозят мусор неделю",\n'
    '    "Запах газа в подъезде!",\n'
    '    "",\n'
    "    None,\n"
    "]\n"
    'rows = mcu_nlp.analyze_batch(texts, region="89")\n'
    "assert len(rows) == len(texts)\n"
    "[(r.topic, r.urgency, r.municipality.name if r.municipality else None, r.error) for r in rows]",
    "## A table\n`analyze_frame` adds the columns `topic, topic_score, urgency, urgency_score, municipality, "
    "municipality_oktmo, places, error` to a copy of the frame. Here: the shipped sample of real appeals "
    "(St Petersburg portal and Kursk region); `date_column` lets the urgency model weigh heating complaints in "
    "the cold season, and `region_column` resolves each row's places in the region it came from (a subject code "
    "per row: 78 St Petersburg, 46 Kursk region; `region=` sets one for all rows).",
    "from importlib.resources import files\n\n"
    "import pandas as pd\n\n"
    'demo = pd.read_csv(files("mcu_nlp") / "data" / "demo_appeals.csv", dtype=str, keep_default_na=False)\n'
    'out = mcu_nlp.analyze_frame(demo, text_column="text", date_column="date", region_column="region")\n'
    "assert len(out) == len(demo) and out.index.equals(demo.index)\n"
    'out["text"] = [mcu_nlp.redact(t)[:70] for t in out["text"]]  # never show personal data in a notebook\n'
    'out[["topic", "topic_score", "urgency", "municipality", "text"]].head(10).round(2)',
    'print(out["urgency"].value_counts().to_dict())\n'
    'out["topic"].value_counts().head(8)',
    "## Personal data\n`redact` masks phones, e-mails, names, СНИЛС, passports and cards. The command line "
    "(`mcu-nlp analyze`) writes texts masked by default.",
    'mcu_nlp.redact("Иванова Анна Петровна, +7 (912) 345-67-89, anna@mail.ru: нет света в подъезде")',
    "## Next\n* `02_retrain_topic_model.ipynb`: train a topic model on your own labels and plug it in.\n"
    "* `03_trends.ipynb`: counts per topic, forecasts and spikes.\n"
    "* Command line: `mcu-nlp analyze appeals.csv -o analysed.parquet`, then "
    "`mcu-nlp report analysed.parquet -o report.html`.",
]

RETRAIN = [
    "# Retrain the topic model on your own labels\n\n"
    "Load labelled appeals, map their source labels onto the taxonomy, train a `TopicClassifier`, evaluate it on "
    "held-out appeals, save it with its manifest, load it back and use it in `mcu_nlp.analyze`.\n\n"
    "The data here are the shipped samples of real appeals (`data/fixtures`): 400 from the St Petersburg portal "
    "(labelled by the portal's *reason*) and 300 from the Kursk region platform (labelled by *theme*). A real "
    "retraining uses thousands of rows; the steps are the same.",
    FIND_ROOT + "\n\nimport pandas as pd\n\n"
    'spb = pd.read_csv(FIXTURES / "spb_sample.csv", dtype=str, keep_default_na=False)\n'
    'kursk = pd.read_csv(FIXTURES / "kursk_sample.csv", dtype=str, keep_default_na=False)\n'
    'spb[["reason", "text"]].head(3)',
    "## Map source labels onto the taxonomy\nEach source has its own label set; the project keeps reviewed "
    "mapping tables in `data/topic/` (`source_label → topic`). Your own labels would get a table like these.",
    'reason_to_topic = pd.read_csv(ROOT / "data" / "topic" / "reason_to_topic.csv")\n'
    'theme_to_topic = pd.read_csv(ROOT / "data" / "topic" / "theme_to_topic.csv")\n'
    'spb["label"] = spb["reason"].map(dict(zip(reason_to_topic.source_label, reason_to_topic.topic)))\n'
    'kursk["label"] = kursk["theme"].map(dict(zip(theme_to_topic.source_label, theme_to_topic.topic)))\n'
    'data = pd.concat([spb.assign(source="spb"), kursk.assign(source="kursk")], ignore_index=True)\n'
    'data = data[data["label"].notna() & (data["text"].str.strip() != "")][["source", "text", "label"]]\n'
    'print(len(data), "labelled appeals;", data["label"].nunique(), "topics")\n'
    'data["label"].value_counts().head(12)',
    "Topics with fewer than 5 examples cannot be learned or measured from a sample this small; they are left "
    "out here (the shipped default is trained on the full corpora). Then a stratified split: 70 % to train, "
    "30 % held out.",
    "from sklearn.model_selection import train_test_split\n\n"
    'counts = data["label"].value_counts()\n'
    'data = data[data["label"].isin(counts[counts >= 5].index)]\n'
    'train, test = train_test_split(data, test_size=0.3, stratify=data["label"], random_state=0)\n'
    "len(train), len(test)",
    "## Train\n`TopicClassifier` is a scikit-learn estimator: `clone`, `Pipeline`, `GridSearchCV` and pickling "
    "work as usual.",
    "import mcu_nlp\n\n"
    'clf = mcu_nlp.TopicClassifier().fit(train["text"].tolist(), train["label"].tolist())\n'
    "clf",
    "## Evaluate on the held-out appeals\nAgainst a baseline that always says the most frequent topic. Macro-F1 "
    "averages over the held-out topics, as `mcu-nlp evaluate` does: an abstention (`other`) is a miss of its own "
    "topic, not a further class of F1 0.",
    "from sklearn.metrics import accuracy_score, classification_report, f1_score\n\n"
    'predicted = clf.predict(test["text"].tolist())\n'
    'majority = [train["label"].mode()[0]] * len(test)\n'
    'topics = sorted(set(test["label"]))\n'
    'scores = {"accuracy": accuracy_score(test["label"], predicted),\n'
    '          "macro_f1": f1_score(test["label"], predicted, labels=topics, average="macro"),\n'
    '          "baseline_macro_f1": f1_score(test["label"], majority, labels=topics, average="macro"),\n'
    '          "n_test": len(test)}\n'
    'assert scores["macro_f1"] > scores["baseline_macro_f1"]\n'
    'print(classification_report(test["label"], predicted, zero_division=0))\n'
    "scores",
    "%matplotlib inline\n"
    "import matplotlib.pyplot as plt\n"
    "from sklearn.metrics import ConfusionMatrixDisplay\n\n"
    "fig, ax = plt.subplots(figsize=(8, 8))\n"
    'ConfusionMatrixDisplay.from_predictions(test["label"], predicted, normalize="true", values_format=".1f",\n'
    '                                        cmap="Blues", colorbar=False, ax=ax, xticks_rotation="vertical")\n'
    'ax.set_title("Held-out appeals: rows are true topics, each row sums to 1")\n'
    "plt.show()",
    "Which words pushed a decision (an appeal the model got right; `other` means it abstained):",
    'text = test["text"][predicted == test["label"]].iloc[0]\n'
    'print(mcu_nlp.redact(text)[:200], "->", clf.predict([text])[0])\n'
    "clf.explain(text, top=5)",
    "## Save and load\n`mcu_nlp.save` writes the model and a manifest beside it (library versions, sha256, label "
    "set, your metrics). `mcu_nlp.load` refuses a file whose hash does not match its manifest or that an "
    "incompatible version saved.",
    "import json\n"
    "import tempfile\n\n"
    "from mcu_nlp.persistence import read_manifest\n\n"
    'path = mcu_nlp.save(clf, Path(tempfile.mkdtemp()) / "topic_custom.joblib", metrics=scores)\n'
    "manifest = read_manifest(path)\n"
    'print(json.dumps({k: manifest[k] for k in ("estimator", "labels", "metrics", "sha256")}, ensure_ascii=False,'
    " indent=1)[:800])\n"
    "loaded = mcu_nlp.load(path)\n"
    'assert (loaded.predict(test["text"].tolist()) == predicted).all()',
    "## Use it in `analyze`\n`mcu_nlp.with_models(topic=...)` puts the retrained topic model beside the shipped "
    "urgency model (the gazetteer comes with them); pass the result as `models=`.",
    "mine = mcu_nlp.with_models(topic=loaded)\n"
    'a = mcu_nlp.analyze("Во дворе дома 5 по улице Ленина переполнены мусорные баки", models=mine)\n'
    "a.topic, round(a.topic_score, 2), a.urgency",
    'out = mcu_nlp.analyze_frame(test.head(8), text_column="text", models=mine)\n'
    'assert list(out["topic"]) == list(predicted[:8])\n'
    'out.assign(text=[mcu_nlp.redact(t)[:60] for t in out["text"]])[["label", "topic", "urgency", "text"]]',
    "From the command line the same is `mcu-nlp train topic labelled.csv --label-column topic -o topic.joblib` "
    "and `mcu-nlp evaluate topic.joblib test.csv --label-column topic`; `MCU_NLP_MODELS=folder` makes a folder "
    "with `topic.joblib` and `urgency.joblib` the default for every process.",
]

TRENDS = [
    "# Trends: counts per topic, forecasts and spikes\n\n"
    "Analyse dated appeals, count them per day and topic (`count_series`, zero-filled, with the total), forecast "
    "the next two weeks with intervals (`TrendForecaster`) and flag days with more appeals than expected "
    "(`detect_anomalies`). The data: the shipped sample of 400 real appeals to the St Petersburg portal, "
    "Oct 2020 – Apr 2021 (a sample, so the counts are small: a few appeals a day).",
    FIND_ROOT + "\n\nimport pandas as pd\n\nimport mcu_nlp\n\n"
    'spb = pd.read_csv(FIXTURES / "spb_sample.csv", dtype=str, keep_default_na=False)\n'
    'appeals = mcu_nlp.analyze_frame(spb[["id", "created_dt", "text"]], text_column="text", '
    'date_column="created_dt")\n'
    'appeals[["created_dt", "topic", "urgency"]].head()',
    "## Counts\nLong format with the column names of the forecasting ecosystem: `unique_id, ds, y`, plus the "
    "hierarchy level and key columns. `by=(\"topic\", \"municipality\")` would count topic × municipality, "
    "municipality and total; this sample is one city, so topics and the total.",
    'counts = mcu_nlp.count_series(appeals, by=("topic",), date_column="created_dt", freq="D")\n'
    'total = counts[counts["level"] == "total"]\n'
    'assert total["y"].sum() == appeals["created_dt"].ne("").sum()\n'
    'print(counts["unique_id"].nunique(), "series,", counts["ds"].nunique(), "days")\n'
    'counts.groupby("unique_id")["y"].sum().sort_values(ascending=False).head(8)',
    "## Forecast\nEach series picks its best model on rolling backtests (seasonal naive, same-weekday means, a "
    "global Poisson gradient-boosting model with the Russian production calendar); the hierarchy is reconciled "
    "so topics add up to the total; intervals are negative binomial.",
    "fc = mcu_nlp.TrendForecaster(season_length=7, levels=(80, 95)).fit(counts)\n"
    "forecast = fc.predict(h=14)\n"
    'forecast[forecast["unique_id"] == "__total__"].round({"mean": 1}).head(7)',
    "%matplotlib inline\n"
    'figure = fc.plot(counts, unique_ids=["__total__", "building", "waste"], h=14, history=90)\n'
    "figure",
    "## Anomalies\nEvery day is scored against its one-step-ahead forecast from the days before it, so a spike "
    "is flagged on its own day; `score` is `-log10 P(Y ≥ y)`. A day is flagged when `y` is above the upper bound "
    "of the widest interval and at least `min_alert` appeals (default 3): a control centre cares about real bursts.",
    "scored = fc.detect_anomalies(counts)\n"
    'flagged = scored[scored["is_anomaly"]]\n'
    'print(len(flagged), "anomalous series-days out of", len(scored))\n'
    'flagged.sort_values("ds").tail(6).round({"expected": 2, "score": 2})',
    "In a sparse series one or two appeals on a day that expected none are improbable (their scores are higher "
    "than the flagged days'), but below `min_alert` they are not alerts (the HTML report uses the same default). "
    "`TrendForecaster(min_alert=1)` flags them too.",
    'quiet = scored[~scored["is_anomaly"] & (scored["y"] < fc.min_alert)]\n'
    'quiet.nlargest(5, "score").round({"expected": 2, "score": 2})',
    "## How good are the forecasts?\n`backtest` refits at several origins and scores the next `h` days (MASE < 1 "
    "beats the seasonal naive forecast). On a sample this sparse, expect little skill per topic; the benchmarks "
    "in `benchmarks/RESULTS.md` use the full corpora.",
    "result = mcu_nlp.backtest(counts, h=14, n_windows=3)\n"
    "result.levels.round(2)",
    "Scores per series are in `result.series`, over all of them in `result.overall` (each level weighing the "
    "same), and `result.forecasts` keeps every forecast with its `cutoff`, the last training day.",
    "result.overall.round(2)",
    "## Weekly\nThe same with `freq=\"W\"` (weeks labelled by their Monday), useful when daily counts are too "
    "sparse. `TrendForecaster` takes the season from the counts: 7 days for daily ones, 1 (each week on its own) "
    "for weekly ones (`weekly_fc.season_length_`). The sample ends on a Friday: its last week would count five "
    "days as a whole week (`count_series` warns), so only the whole weeks before it are counted.",
    'whole_weeks = appeals[appeals["created_dt"] < "2021-04-19"]  # the Monday of the last, partial week\n'
    'weekly = mcu_nlp.count_series(whole_weeks, by=("topic",), date_column="created_dt", freq="W")\n'
    "weekly_fc = mcu_nlp.TrendForecaster(horizon=4).fit(weekly)\n"
    'weekly_fc.predict(h=4).query("unique_id == \'__total__\'").round({"mean": 1})',
    "From the command line: `mcu-nlp forecast counts.csv --horizon 14 -o forecast.csv --plot forecast.png`; "
    "the control-centre report (`mcu-nlp report analysed.csv -o report.html`) draws the same charts for the "
    "total and the busiest topics.",
]

NOTEBOOKS = {"01_quickstart.ipynb": QUICKSTART, "02_retrain_topic_model.ipynb": RETRAIN, "03_trends.ipynb": TRENDS}


def _cell(source: str) -> nbformat.NotebookNode:
    """Prose starts with a heading or a capital letter; code in these lists never does."""
    is_markdown = source.startswith(("# ", "## ")) or source[:1].isupper()
    return new_markdown_cell(source) if is_markdown else new_code_cell(source)


def build(folder: Path = HERE) -> list[Path]:
    """Write every notebook to ``folder``; return their paths."""
    written = []
    for name, cells in NOTEBOOKS.items():
        notebook = new_notebook(cells=[_cell(source) for source in cells], metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
        })
        for number, cell in enumerate(notebook.cells):
            cell.id = f"{Path(name).stem}-{number:02d}"  # stable ids: rebuilding changes nothing in git
        nbformat.validate(notebook)
        path = folder / name
        nbformat.write(notebook, path)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path)
