"""``benchmarks/topic.py --speed``'s third line, the stream (session 25): after the cold and the warm pass over 5,000
SPb test texts, one pass over every other corpus text, each once and none predicted before in the process."""

from __future__ import annotations

import pandas as pd


class CountingModel:
    """Stands in for the shipped model: records every list of texts it is asked to predict."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def predict(self, texts: list[str]) -> list[str]:
        self.calls.append(list(texts))
        return ["roads"] * len(texts)


def test_stream_texts_skip_the_seen_and_repeated_ones(script) -> None:
    bench = script("benchmarks/topic.py")
    spb = pd.DataFrame({"text": ["Яма во дворе", "Нет света", "Течёт крыша", "Нет света"]})
    kursk = pd.DataFrame({"text": ["Не вывозят мусор", "Яма во дворе", "Холодно в квартире", "Не вывозят мусор"]})
    assert bench.stream_texts(spb, kursk, ["Течёт крыша", "Холодно в квартире"]) == [
        "Яма во дворе",
        "Нет света",
        "Не вывозят мусор",
    ]


def test_speed_prints_cold_warm_and_a_stream_of_unseen_texts(script, monkeypatch, capsys) -> None:
    import mcu_nlp.topic

    bench = script("benchmarks/topic.py")
    model = CountingModel()
    monkeypatch.setattr(mcu_nlp.topic, "load_default", lambda: model)
    spb = pd.DataFrame({"text": [f"Яма у дома {i}" for i in range(5010)], "split": ["train"] * 5 + ["test"] * 5005})
    kursk = pd.DataFrame({"text": ["Яма у дома 7", "Нет воды", "Нет воды", "Яма у дома 3"]})
    bench.speed(spb, kursk)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["cold", "warm", "stream"]
    warm_up, cold, warm, stream = model.calls
    assert cold == warm == spb["text"].tolist()[-5000:]
    assert stream == [f"Яма у дома {i}" for i in range(10)] + ["Нет воды"]
    assert not set(stream) & set(cold + warm_up)
    assert "11 texts never predicted before" in lines[2]
