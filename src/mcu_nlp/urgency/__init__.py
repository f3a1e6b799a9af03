"""How urgent an appeal is: :class:`UrgencyClassifier` and its parts, one module each.

- :mod:`mcu_nlp.urgency.classifier`: the classifier (lexicon signals + TF-IDF in a calibrated logistic regression);
- :mod:`mcu_nlp.urgency.inputs`: what the classifier accepts (texts, level labels, a lexicon file);
- :mod:`mcu_nlp.urgency.features`: what the model reads (word and character TF-IDF of lemmas, the lexicon);
- :mod:`mcu_nlp.urgency.decision`: how probabilities become a level (the recall-tuned ``critical`` threshold);
- :mod:`mcu_nlp.urgency.guideline`: what urgency.md says by rule: the lexicon's own level (``lexicon_predict``),
  and the season and rare-signal rules over the model's probabilities;
- :mod:`mcu_nlp.urgency.trust`: which lexicon signals those rules trust over the learned model;
- :mod:`mcu_nlp.urgency.saved_state`: how a fitted model is pickled and how older model files load;
- :mod:`mcu_nlp.urgency.training`: the shipped model (annotated appeals, hold-out scores, ``train_default``).
"""

# Pickles name classes and functions by module: the shipped urgency.joblib, saved when this package was one module,
# reads mcu_nlp.urgency.UrgencyClassifier and its vectorisers' analyzers mcu_nlp.urgency.lemma_char_grams and
# mcu_nlp.urgency._unigrams_and_bigrams, and its manifest names mcu_nlp.urgency.UrgencyClassifier; all must stay
# importable from here for that file to load.
from mcu_nlp.lexicon import LEVELS
from mcu_nlp.urgency.classifier import UrgencyClassifier
from mcu_nlp.urgency.decision import HIGH_WEIGHTS
from mcu_nlp.urgency.features import CHAR_MAX_FEATURES, CHAR_MIN_DF, CHAR_NGRAMS, char_matrix, lemma_char_grams
from mcu_nlp.urgency.features import unigrams_and_bigrams as _unigrams_and_bigrams
from mcu_nlp.urgency.guideline import GUIDELINE_PRIOR, RANK, THIN_EVIDENCE, lexicon_predict, signal_level
from mcu_nlp.urgency.training import (
    ANNOTATIONS,
    DEFAULT_MODEL,
    holdout_split,
    level_scores,
    read_annotations,
    train_default,
)

__all__ = [
    "ANNOTATIONS", "CHAR_MAX_FEATURES", "CHAR_MIN_DF", "CHAR_NGRAMS", "DEFAULT_MODEL", "GUIDELINE_PRIOR",
    "HIGH_WEIGHTS", "LEVELS", "RANK", "THIN_EVIDENCE", "UrgencyClassifier", "_unigrams_and_bigrams", "char_matrix",
    "holdout_split", "lemma_char_grams", "level_scores", "lexicon_predict", "read_annotations", "signal_level",
    "train_default",
]
