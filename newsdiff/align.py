"""N articles' sentences → statement clusters (who carries which statement), and shared wire copy.

Owns the statement aligner and copy detection. The pieces:

* Similarity of two sentences: IDF-weighted content-word overlap (Dice and containment of the
  shorter sentence, and the best clause-to-clause Dice for sentences carrying two statements),
  with function words and reporting verbs dropped, figures and capitalised names weighted up,
  and a few paraphrase classes folded (fear/worry/concern, denied/rejected/dismissed...),
  blended with rapidfuzz's `fuzz.ratio` on the presorted content words (equal to
  `token_sort_ratio`, several times cheaper). IDF is taken over the articles being compared,
  so what is rare *in this story* counts most. Quotes count on their own: when the quoted
  words of one sentence (as word trigrams, function words kept: "there is no such fact") lie
  in the other's quote, the two carry one remark however differently they frame it.
* Candidates: an inverted index over all content terms; each sentence looks up only its few
  rarest terms and reads each posting list up to a cap, keeping its best few partners. Work
  per sentence is bounded, so the whole grows with the number of sentences, not their pairs.
* Clustering is best pairs first across all articles at once (no article is processed
  before another, so the input order does not matter): a lazy priority queue of scored
  pairs, where joining two groups needs their representatives to fit (best and mean
  similarity), and a group never holds two sentences of one article.
* One repair follows: the many-to-one case (one outlet's long sentence carries what another
  splits in two adjacent sentences) joins the second sentence when the two together cover
  the statement better than either alone.
* Shared copy (`copies`): each word's normal form becomes one character, so an article is a
  string and a run of shared words a shared substring. Hashed n-word shingles go into an
  inverted index; only article pairs that share shingles are looked at, each article's best
  few (the shingles of a passage hundreds of outlets carry pair each holder with a window
  of neighbours only), and their runs are read off the shared shingles' positions. The
  report keeps each article's best partners and each pair's longest passages, in the
  articles' own words.

Hand-written rather than a library: the available clusterers (scikit-learn, datasketch) cost
more to import than a whole comparison of a handful of articles, and none enforces the
"one sentence per article" constraint a statement needs.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsdiff.config import AlignConfig
from newsdiff.model import CopyPair, CopyPassage, Member, Sentence, Span, Statement
from newsdiff.normalize import match_form

# Word tokens on the normalised text: figures keep their separators ("1,100", "7.1").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['.-][^\W\d_]+)*")
# Word tokens on the original text for copy detection (offsets must index the article).
_TOKEN_OR_BREAK = re.compile(_TOKEN.pattern + r"|[,;:()\"]| - ")
# Words that open a new clause: a sentence often carries two statements joined by them.
_CLAUSE_WORDS = frozenset(["and", "but", "while", "whereas", "although", "though", "however"])
_RAW_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# A quoted passage on the match form (where every double quote mark is '"').
_QUOTED = re.compile(r'"([^"]+)"')
_CAPITAL = re.compile(r"(?<![.!?\"“] )\b[A-Z][\w'’.-]*")

# Function words, reporting verbs and attribution fillers: they say how a statement is
# carried, not what it states, so they never make two sentences the same statement.
_STOP = frozenset(
    """
    a about above across after again against all almost also although am among an and
    another any are around as at be because been before being below between both but by can
    cannot could did do does doing done down during each either else even ever every few for
    from further had has have having he her here hers herself him himself his how however i
    if in into is it its itself just least less like made make many may me might more most
    much must my myself near neither no nor not now of off on once one only or other others our
    ours ourselves out over own per percent rather same she should since so some such than
    that the their theirs them themselves then there these they this those though through
    thus to too under until up upon us very via was we were what when where whether which
    while who whom whose why will with within without would yet you your yours said says say
    saying told tells tell stated states state added adds adding according reported reports
    reportedly noted notes claimed claims declared announced announcing explained wrote
    concerning regarding
    writes write asked statement comments comment news conference briefing reporters press
    spokesperson spokesman spokeswoman official officials source sources also still already
    further new last next first mr mrs ms dr
    """.split()  # noqa: SIM905 - a word list reads better as text
)


# Paraphrase classes news copy swaps freely for one another: each word stands for the first
# of its class. Kept small and generic: only classes that raised recall on the development set
# without adding a false pair stay (leave-one-out on benchmarks/align_eval.py; deal/agreement,
# talks/negotiations, shares/stock, fell/dropped and a few more changed nothing there).
_CLASSES = (
    "fear worry worried worries concern concerned concerns unease uneasy anxious anxiety",
    "killed dead died death deaths",
    "deny denied denies reject rejected rejects dismiss dismissed dismisses refute refuted",
    "rise rose risen rises gain gained gains climb climbed climbs jump jumped increase increased",
    "staff employees workers workforce",
    # These two only together: "welcomed the ruling" / "praised the decision".
    "ruling decision verdict judgment judgement",
    "praise praised welcome welcomed hail hailed applaud applauded",
)


@dataclass(frozen=True, slots=True)
class _Feat:
    """One sentence as the aligner sees it."""

    pos: int  # index in the flat list of all sentences
    article: int  # position of its article in the input
    index: int  # sentence index within its article
    terms: frozenset[str]
    sorted_text: str  # content words, presorted: fuzz.ratio on it equals token_sort_ratio
    weight: float  # sum of its terms' weights
    clauses: tuple[frozenset[str], ...] = ()  # content terms of each clause, when more than one
    quote: frozenset[str] = frozenset()  # word trigrams of its quoted words, all words kept


def _stem(word: str) -> str:
    """A light suffix-stripped form, so that "demands"/"demand" and "issued"/"issue" meet."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) <= 3 or word[0].isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    # Demonyms meet their country: Japanese/Japan, Chinese/China, Russian/Russia, Korean/Korea.
    if word.endswith("es") and len(word) > 5:
        word = word[:-2]
    elif word.endswith(("ian", "ean", "can")) and len(word) > 5:
        word = word[:-1]
    if word.endswith("a") and len(word) > 4:
        word = word[:-1]
    return word


def _canonical(word: str) -> str:
    """The stemmed word, or its paraphrase class."""
    stem = _stem(word)
    return _SAME.get(stem, stem)


def _classes() -> dict[str, str]:
    """Stemmed word -> the stemmed first word of its paraphrase class."""
    out: dict[str, str] = {}
    for line in _CLASSES:
        words = line.split()
        for w in words:
            out[_stem(w)] = _stem(words[0])
    return out


_SAME = _classes()


def _content(
    text: str, match: str, stems: dict[str, str]
) -> tuple[list[str], set[str], list[list[str]]]:
    """The sentence's content terms (stemmed, in order), the capitalised ones, and per clause."""
    names = {m.group().casefold().rstrip(".") for m in _CAPITAL.finditer(text) if m.start() > 0}
    terms: list[str] = []
    boosted: set[str] = set()
    clauses: list[list[str]] = [[]]
    for mt in _TOKEN_OR_BREAK.finditer(match):
        tok = mt.group()
        if not tok[0].isalnum():
            if clauses[-1]:
                clauses.append([])
            continue
        if tok in _CLAUSE_WORDS and clauses[-1]:
            clauses.append([])
        if tok[0].isdigit():
            term = tok.replace(",", "")
            boosted.add(term)
        else:
            if tok in _STOP or len(tok) < 2:
                continue
            term = stems.get(tok) or stems.setdefault(tok, _canonical(tok))
            if tok in names:
                boosted.add(term)
        terms.append(term)
        clauses[-1].append(term)
    return terms, boosted, [c for c in clauses if c]


@dataclass(frozen=True, slots=True)
class _Model:
    """Features of every sentence plus the term weights they were built with."""

    feats: tuple[_Feat, ...]
    weights: dict[str, float]
    sentences: tuple[Sentence, ...]
    df: dict[str, int]  # sentences holding each term


def _model(sentences: Sequence[Sequence[Sentence]], config: AlignConfig) -> _Model:
    """Features for every sentence, with IDF weights over all sentences being compared."""
    stems: dict[str, str] = {}
    raw: list[tuple[int, Sentence, list[str], set[str], list[list[str]]]] = []
    df: dict[str, int] = {}
    boosted_all: dict[str, float] = {}
    for a, group in enumerate(sentences):
        for s in group:
            terms, boosted, clauses = _content(s.text, s.match or match_form(s.text), stems)
            raw.append((a, s, terms, boosted, clauses))
            for t in set(terms):
                df[t] = df.get(t, 0) + 1
            for t in boosted:
                boost = config.number_boost if t[0].isdigit() else config.name_boost
                # Per term over the whole input (max), so the weights do not depend on order.
                boosted_all[t] = max(boosted_all.get(t, 1.0), boost)
    n = len(raw) + 1
    # Plain log(N/df): a word in most sentences of the story weighs next to nothing.
    weights = {t: _idf(n, c) * boosted_all.get(t, 1.0) for t, c in df.items()}
    feats = []
    for pos, (a, s, terms, _boosted, clauses) in enumerate(raw):
        uniq = frozenset(terms)
        match = s.match or match_form(s.text)
        parts = tuple(frozenset(c) for c in clauses if len(set(c)) >= 2)
        feats.append(
            _Feat(
                pos=pos,
                article=a,
                index=s.index,
                terms=uniq,
                sorted_text=" ".join(sorted(terms)),
                weight=sum(weights[t] for t in uniq),
                clauses=parts if len(parts) > 1 else (),
                quote=_trigrams(match) if '"' in match else frozenset(),
            )
        )
    return _Model(tuple(feats), weights, tuple(r[1] for r in raw), df)


def _trigrams(match: str) -> frozenset[str]:
    """Word trigrams of the quoted words in a sentence (function words kept: "no such fact")."""
    out: set[str] = set()
    for q in _QUOTED.finditer(match):
        words = [m.group() for m in _TOKEN.finditer(q.group(1))]
        out.update(" ".join(words[i : i + 3]) for i in range(len(words) - 2))
    return frozenset(out)


def _idf(n: int, df: int) -> float:
    """Inverse document frequency over sentences, floored so no shared word counts for nothing."""
    return max(math.log(n / df), 0.1)


def _similarity(a: _Feat, b: _Feat, weights: dict[str, float], config: AlignConfig) -> float:
    """How likely two sentences state the same thing, 0..1."""
    # One outlet quoting the whole of a remark, another a part of it: the same statement
    # however differently the two sentences frame it.
    quoted = 0.0
    if a.quote and b.quote and min(len(a.quote), len(b.quote)) >= config.quote_min_trigrams:
        same = len(a.quote & b.quote)
        if same:
            quoted = config.quote_match * same / min(len(a.quote), len(b.quote))
    if not a.terms or not b.terms:
        return quoted
    shared = a.terms & b.terms
    if not shared:
        return quoted
    w = sum(map(weights.__getitem__, shared))
    dice = 2.0 * w / (a.weight + b.weight)
    contain = w / min(a.weight, b.weight)
    fz = fuzz.ratio(a.sorted_text, b.sorted_text) / 100.0
    part = _part(a, b, weights) if config.weight_part and (a.clauses or b.clauses) else dice
    total = config.weight_dice + config.weight_containment + config.weight_fuzz + config.weight_part
    if total <= 0:
        return quoted
    blend = (
        config.weight_dice * dice
        + config.weight_containment * contain
        + config.weight_fuzz * fz
        + config.weight_part * part
    ) / total
    return max(blend, quoted)


def _part(a: _Feat, b: _Feat, weights: dict[str, float]) -> float:
    """Best weighted Dice between a clause of one sentence and a clause (or all) of the other."""
    best = 0.0
    for ca in a.clauses or (a.terms,):
        wa = sum(weights[t] for t in ca)
        for cb in b.clauses or (b.terms,):
            shared = ca & cb
            if not shared:
                continue
            w = sum(weights[t] for t in shared)
            best = max(best, 2.0 * w / (wa + sum(weights[t] for t in cb)))
    return best


def _joined(a: _Feat, b: _Feat, weights: dict[str, float]) -> _Feat:
    """Two sentences of one article read as one (the many-to-one case)."""
    terms = a.terms | b.terms
    return _Feat(
        a.pos,
        a.article,
        a.index,
        terms,
        " ".join(sorted(a.sorted_text.split() + b.sorted_text.split())),
        sum(weights[t] for t in terms),
        (a.clauses or (a.terms,)) + (b.clauses or (b.terms,)),
    )


def _keys(terms: frozenset[str], m: _Model, k: int) -> list[str]:
    """The `k` rarest terms that some other sentence also holds (the ones worth looking up)."""
    shared = (t for t in terms if m.df[t] > 1)
    return sorted(shared, key=lambda t: (m.df[t], -m.weights[t], t))[:k]


def _candidate_pairs(m: _Model, config: AlignConfig) -> list[tuple[int, int]]:
    """Sentence pairs worth scoring: each sentence's best few by shared rare terms, both ways.

    Every term that two sentences share is indexed; a sentence looks up only its
    `index_terms` rarest ones, reads each posting list up to `posting_cap` entries and keeps
    the `candidates` best, so the work per sentence is bounded whatever the number of
    articles. A pair is found when a term they share is among the rarest of either sentence.
    Quotes get their own look-up by word trigram: a remark quoted in two differently framed
    sentences may share no rare content word at all.
    """
    index = _postings(m, lambda f: (t for t in f.terms if m.df[t] > 1))
    quotes = _postings(m, lambda f: f.quote)
    out: set[tuple[int, int]] = set()
    cap = config.posting_cap
    articles = [f.article for f in m.feats]
    for f in m.feats:
        a = f.article
        acc: dict[int, float] = {}
        for t in _keys(f.terms, m, config.index_terms):
            w = m.weights[t]
            for p in index[t][:cap]:
                if articles[p] != a:
                    acc[p] = acc.get(p, 0.0) + w
        _keep(acc, f.pos, config.candidates, out)
        if len(f.quote) >= config.quote_min_trigrams:
            shared: dict[int, float] = {}
            for g in sorted(f.quote):
                for p in quotes[g][:cap]:
                    if articles[p] != a:
                        shared[p] = shared.get(p, 0.0) + 1.0
            _keep(shared, f.pos, config.candidates, out)
    return sorted(out)


def _postings(m: _Model, keys: Callable[[_Feat], Iterable[str]]) -> dict[str, list[int]]:
    """Key -> sentence positions holding it, with the articles taking turns."""
    # Each article's first sentence with the key, then each one's second...: a capped read
    # then reaches many articles, not just the first (long) one.
    turns: dict[str, list[tuple[int, int]]] = {}
    seen: dict[tuple[str, int], int] = {}
    for f in m.feats:
        for k in keys(f):
            n = seen.get((k, f.article), 0)
            seen[(k, f.article)] = n + 1
            turns.setdefault(k, []).append((n, f.pos))
    return {k: [p for _n, p in sorted(v)] for k, v in turns.items()}


def _keep(acc: dict[int, float], pos: int, n: int, out: set[tuple[int, int]]) -> None:
    """Add the `n` best-scored partners of sentence `pos` to `out` as ordered pairs."""
    # Ties keep the index order (input order of the articles), so the choice is stable.
    for p in heapq.nlargest(n, acc, key=acc.__getitem__):
        out.add((p, pos) if p < pos else (pos, p))


def _scored(
    m: _Model, config: AlignConfig, by_key: dict[tuple[int, int], int]
) -> dict[tuple[int, int], float]:
    """Similarity of every candidate pair, with the neighbour bonus for near misses."""
    scores = {
        (p, q): _similarity(m.feats[p], m.feats[q], m.weights, config)
        for p, q in _candidate_pairs(m, config)
    }
    if config.context_bonus <= 0:
        return scores
    # Outlets follow one another's order: a near miss whose neighbours on both sides of the
    # pair are clearly the same statement is likely one too. Read from the scores alone, so
    # the bonus does not depend on which pair was looked at first.
    out = dict(scores)
    for (p, q), s in scores.items():
        if not config.context_floor <= s < config.threshold:
            continue
        fp, fq = m.feats[p], m.feats[q]
        hits = 0
        for step in (-1, 1):
            a = by_key.get((fp.article, fp.index + step))
            b = by_key.get((fq.article, fq.index + step))
            if a is not None and b is not None:
                hits += scores.get((a, b) if a < b else (b, a), 0.0) >= config.threshold
        out[(p, q)] = s + config.context_bonus * hits
    return out


class _Clusters:
    """Union-find over sentences: members, articles and representatives of each root."""

    def __init__(self, m: _Model) -> None:
        n = len(m.feats)
        self.parent = list(range(n))
        self.members = [[i] for i in range(n)]
        self.articles = [{f.article} for f in m.feats]
        self.reps = [[i] for i in range(n)]  # first members in input order
        self.version = [0] * n  # changes on every merge, so stale heap entries show
        self.stamp = 0

    def find(self, p: int) -> int:
        root = p
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[p] != root:  # path compression
            self.parent[p], p = root, self.parent[p]
        return root

    def merge(self, a: int, b: int, *, representatives: int) -> None:
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members[b])
        self.articles[a] |= self.articles[b]
        self.reps[a] = sorted(self.reps[a] + self.reps[b])[:representatives]
        self.members[b], self.articles[b], self.reps[b] = [], set(), []
        self.stamp += 1
        self.version[a] = self.stamp


def _cluster(
    m: _Model, scores: dict[tuple[int, int], float], config: AlignConfig
) -> tuple[list[list[int]], dict[tuple[int, int], float]]:
    """Groups of sentence positions: best pairs first, clusters joined on average fit.

    A lazy priority queue of candidate pairs: the best pair is taken first; when either side
    already belongs to a larger group, the fit of the two groups (best and mean similarity
    of their representatives) is computed and, when lower, the pair goes back in the queue
    with that fit. So every merge is the best one available, across all articles at once,
    and no group ever holds two sentences of one article.
    """
    c = _Clusters(m)
    heap = [(-s, p, q, 0, 0) for (p, q), s in scores.items() if s >= config.threshold]
    heapq.heapify(heap)
    cache = dict(scores)  # every similarity computed, for the member scores later
    _drain(heap, c, m, config, cache)
    # Near-identical wordings can fill a sentence's few candidates with one another, so two
    # wordings of one statement never meet; the groups they form look each other up.
    heap = _group_pairs(c, m, config, cache)
    heapq.heapify(heap)
    _drain(heap, c, m, config, cache)
    return [sorted(ms) for ms in c.members if ms], cache


_Entry = tuple[float, int, int, int, int]  # -score, two member positions, their groups' versions


def _drain(
    heap: list[_Entry],
    c: _Clusters,
    m: _Model,
    config: AlignConfig,
    cache: dict[tuple[int, int], float],
) -> None:
    """Merge groups from the queue, best first, re-queueing pairs whose groups grew since."""
    while heap:
        neg, p, q, va, vb = heapq.heappop(heap)
        a, b = c.find(p), c.find(q)
        if a == b or not c.articles[a].isdisjoint(c.articles[b]):
            continue
        if (va, vb) != (c.version[a], c.version[b]):
            fit = _group_fit(c.reps[a], c.reps[b], m, config, cache)
            if fit < config.threshold:
                continue
            if fit < -neg:
                heapq.heappush(heap, (-fit, p, q, c.version[a], c.version[b]))
                continue
        c.merge(a, b, representatives=config.representatives)


def _group_pairs(
    c: _Clusters, m: _Model, config: AlignConfig, cache: dict[tuple[int, int], float]
) -> list[_Entry]:
    """Queue entries for pairs of groups (two members or more) that share rare terms."""
    roots = sorted((r for r, ms in enumerate(c.members) if len(ms) > 1), key=lambda r: c.reps[r])
    terms = {r: frozenset().union(*(m.feats[p].terms for p in c.reps[r])) for r in roots}
    index: dict[str, list[int]] = {}
    for r in roots:
        for t in terms[r]:
            index.setdefault(t, []).append(r)
    out: list[_Entry] = []
    seen: set[tuple[int, int]] = set()
    for r in roots:
        acc: dict[int, float] = {}
        for t in _keys(terms[r], m, config.index_terms):
            w = m.weights[t]
            for g in index[t][: config.posting_cap]:
                if g != r:
                    acc[g] = acc.get(g, 0.0) + w
        for g in heapq.nlargest(config.candidates, acc, key=acc.__getitem__):
            pair = (r, g) if r < g else (g, r)
            if pair in seen or not c.articles[r].isdisjoint(c.articles[g]):
                continue
            seen.add(pair)
            fit = _group_fit(c.reps[r], c.reps[g], m, config, cache)
            if fit >= config.threshold:
                out.append((-fit, c.reps[r][0], c.reps[g][0], c.version[r], c.version[g]))
    return out


def _group_fit(
    xs: list[int],
    ys: list[int],
    m: _Model,
    config: AlignConfig,
    cache: dict[tuple[int, int], float],
) -> float:
    """Best and mean similarity between two groups' representatives, blended by `best_share`."""
    sims = [_cached(x, y, m, config, cache) for x in xs for y in ys]
    return config.best_share * max(sims) + (1.0 - config.best_share) * (sum(sims) / len(sims))


def _cached(
    x: int, y: int, m: _Model, config: AlignConfig, cache: dict[tuple[int, int], float]
) -> float:
    """Similarity of sentences `x` and `y`, computed once."""
    key = (x, y) if x < y else (y, x)
    s = cache.get(key)
    if s is None:
        s = cache[key] = _similarity(m.feats[x], m.feats[y], m.weights, config)
    return s


def _others(group: list[int], f: _Feat, m: _Model, n: int) -> list[_Feat]:
    """The first `n` members of `group` from articles other than `f`'s (bounded work)."""
    out: list[_Feat] = []
    for p in group:
        g = m.feats[p]
        if g.article != f.article:
            out.append(g)
            if len(out) == n:
                break
    return out


def align(sentences: Sequence[Sequence[Sentence]], *, config: AlignConfig) -> tuple[Statement, ...]:
    """Every sentence of every article in exactly one statement, with member and cohesion scores."""
    # Articles in id order: every tie-break follows it, so permuting the input changes nothing.
    order = sorted(
        range(len(sentences)),
        key=lambda a: (sentences[a][0].article, a) if sentences[a] else ("", a),
    )
    m = _model([sentences[a] for a in order], config)
    if not m.feats:
        return ()
    by_key = {(f.article, f.index): f.pos for f in m.feats}
    groups, cache = _cluster(m, _scored(m, config, by_key), config)
    groups = _many_to_one(groups, m, config, by_key)
    # Output follows the input order of the articles, as the rest of the report does.
    rank = {new: old for new, old in enumerate(order)}
    keyed = [sorted(g, key=lambda p: (rank[m.feats[p].article], m.feats[p].index)) for g in groups]
    keyed.sort(key=lambda g: (rank[m.feats[g[0]].article], m.feats[g[0]].index))
    return _statements(keyed, m, config, cache)


def _pair_gain(g: _Feat, f: _Feat, others: list[_Feat], m: _Model, config: AlignConfig) -> bool:
    """True when `g`+`f` fit `others` above threshold and by `pair_gain` over the better one."""
    if not others:
        return False
    pair = _joined(g, f, m.weights)
    alone = sum(_similarity(g, o, m.weights, config) for o in others) / len(others)
    single = sum(_similarity(f, o, m.weights, config) for o in others) / len(others)
    both = sum(_similarity(pair, o, m.weights, config) for o in others) / len(others)
    return both >= config.threshold and both >= max(alone, single) + config.pair_gain


def _many_to_one(
    groups: list[list[int]],
    m: _Model,
    config: AlignConfig,
    by_key: dict[tuple[int, int], int],
) -> list[list[int]]:
    """Join a lone adjacent sentence to a statement when the pair covers it better than one does."""
    of = {p: i for i, g in enumerate(groups) for p in g}
    for i, group in enumerate(groups):
        if len(group) < 2:
            continue
        for p in list(group):
            f = m.feats[p]
            others = _others(group, f, m, config.representatives)
            for step in (-1, 1):
                q = by_key.get((f.article, f.index + step))
                if q is None or len(groups[of[q]]) != 1:
                    continue
                g = m.feats[q]
                # Cheap test first: most neighbours share nothing with the statement.
                if not any(g.terms & o.terms for o in others):
                    continue
                if _pair_gain(f, g, others, m, config):
                    groups[of[q]] = []
                    of[q] = i
                    group.append(q)
        group.sort()
    return [g for g in groups if g]


def _statements(
    groups: list[list[int]], m: _Model, config: AlignConfig, cache: dict[tuple[int, int], float]
) -> tuple[Statement, ...]:
    """Final records for groups already in output order, with ids s1, s2, ..."""
    out: list[Statement] = []
    for n, group in enumerate(groups, start=1):
        members: list[Member] = []
        for p in group:
            f = m.feats[p]
            # Against the first few members of other articles: bounded work on huge statements.
            others = _others(group, f, m, config.representatives)
            score = max(_cached(p, o.pos, m, config, cache) for o in others) if others else 1.0
            s = m.sentences[p]
            members.append(Member(s.article, s.index, s.text, round(score, 4)))
        cohesion = sum(x.score for x in members) / len(members)
        out.append(Statement(f"s{n}", tuple(members), round(cohesion, 4)))
    return tuple(out)


# ---------------------------------------------------------------- copy detection


def _char(n: int) -> str:
    """The character standing for the `n`-th distinct word form (surrogates skipped)."""
    # Past the last code point (over a million distinct forms) the rarest forms share one
    # character; a false run would need eight such words in a row in two articles.
    return chr(n + 1 if n + 1 < 0xD800 else min(n + 0x801, 0x10FFFF))


def _encode(
    group: Sequence[Sentence], raw: dict[str, str], forms: dict[str, str]
) -> tuple[str, list[int]]:
    """An article's words as one character each, and the index of each sentence's first word."""
    parts: list[str] = []
    starts: list[int] = []
    count = 0
    for s in group:
        starts.append(count)
        chars = [raw.get(w) or _letter(w, raw, forms) for w in _RAW_WORD.findall(s.text)]
        count += len(chars)
        parts.append("".join(chars))
    return "".join(parts), starts


def _letter(word: str, raw: dict[str, str], forms: dict[str, str]) -> str:
    """The character of `word`'s normal form, assigned on the form's first sight."""
    form = match_form(word)
    char = forms.get(form)
    if char is None:
        char = forms[form] = _char(len(forms))
    raw[word] = char
    return char


def _shingles(texts: Sequence[str], n: int) -> list[dict[int, list[int]]]:
    """Per article: hash of each `n`-word shingle another article also holds -> its positions."""
    hashed = [[hash(t[i : i + n]) for i in range(len(t) - n + 1)] for t in texts]
    held: Counter[int] = Counter()
    for hs in hashed:
        held.update(set(hs))
    shared = {h for h, count in held.items() if count > 1}
    out: list[dict[int, list[int]]] = []
    for hs in hashed:
        places: dict[int, list[int]] = {}
        for i in [i for i, h in enumerate(hs) if h in shared]:
            places.setdefault(hs[i], []).append(i)
        out.append(places)
    return out


def _copy_candidates(
    shingles: Sequence[dict[int, list[int]]], sizes: Sequence[int], config: AlignConfig
) -> list[tuple[int, int]]:
    """Article pairs worth measuring: each article's best few by shingles shared, both ways.

    Shingles are grouped by the articles holding them (the shingles of one shared passage
    all have the same holders). Few holders: every pair of them counts the shingles. Many
    (wire copy, boilerplate): each holder is paired only with its `copy_window` neighbours
    among them, and those shingles rank a pair only after the ones few articles share, as
    they say nothing about which of the many is the closer copy. A passage that a thousand
    outlets carry costs a thousand times the window, not half a million pairs.
    """
    postings: dict[int, list[int]] = {}
    for a, places in enumerate(shingles):
        for h in places:
            postings.setdefault(h, []).append(a)
    holders: Counter[tuple[int, ...]] = Counter(tuple(p) for p in postings.values())
    n = len(sizes)
    window = max(1, config.copy_window)
    specific: dict[int, int] = {}  # a * n + b -> shingles only few articles share
    common: dict[int, int] = {}  # a * n + b -> shingles many articles share
    for arts, count in holders.items():
        weight = specific if len(arts) <= window + 1 else common
        for x, a in enumerate(arts):
            for key in [a * n + b for b in arts[x + 1 : x + 1 + window]]:
                weight[key] = weight.get(key, 0) + count
    partners: list[list[tuple[float, float, int]]] = [[] for _ in sizes]
    for key in specific.keys() | common.keys():
        a, b = divmod(key, n)
        size = max(1, min(sizes[a], sizes[b]))
        few, many = specific.get(key, 0) / size, common.get(key, 0) / size
        partners[a].append((few, many, b))
        partners[b].append((few, many, a))
    # Each article's best by all shingles shared, and its best by the few-holder ones (which
    # the windows of many-holder shingles cannot crowd out); ties keep the input order.
    out: set[tuple[int, int]] = set()
    k = config.copy_candidates
    for a, found in enumerate(partners):
        by_all = heapq.nsmallest(k, found, key=lambda p: (-p[0] - p[1], p[2]))
        by_few = heapq.nsmallest(k, (p for p in found if p[0]), key=lambda p: (-p[0], -p[1], p[2]))
        for _few, _many, b in by_all + by_few:
            out.add((a, b) if a < b else (b, a))
    return sorted(out)


def _runs(pairs: Iterable[tuple[int, int]], n: int) -> list[tuple[int, int, int]]:
    """Maximal diagonal runs (a_start, b_start, length in words) from matching shingle starts."""
    runs: list[tuple[int, int, int]] = []
    for i, j in sorted(pairs, key=lambda p: (p[0] - p[1], p[0])):
        if runs:
            ai, bj, ln = runs[-1]
            if i - j == ai - bj and i <= ai + ln - n + 1:
                runs[-1] = (ai, bj, max(ln, i - ai + n))
                continue
        runs.append((i, j, n))
    return sorted(runs)


# A shingle both articles repeat (a refrain, a chant) pairs every place with every place
# only while that makes at most this many pairs; past it, places pair in order of occurrence.
_REPEATS = 64


def _places(xs: Sequence[int], ys: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Places of one shingle in two articles to pair up: all pairs while few, else in order."""
    if len(xs) * len(ys) <= _REPEATS:
        yield from ((i, j) for i in xs for j in ys)
        return
    for k, i in enumerate(xs):
        near = k * len(ys) // len(xs)  # the same share of the way through the other article
        yield from ((i, j) for j in ys[max(0, near - 2) : near + 3])


@dataclass(frozen=True, slots=True)
class _Shared:
    """Two articles' shared word runs (a_start, b_start, words) and the share they cover."""

    a: int
    b: int
    runs: tuple[tuple[int, int, int], ...]
    share: float


def _shared(
    a: int, b: int, texts: Sequence[str], shingles: Sequence[dict[int, list[int]]], n: int
) -> _Shared | None:
    """The runs two articles share, or None when a common hash hid no common words."""
    ta, tb, pa, pb = texts[a], texts[b], shingles[a], shingles[b]
    matches: list[tuple[int, int]] = []
    for h in pa.keys() & pb.keys():
        xs, ys = pa[h], pb[h]
        if len(xs) == 1 == len(ys):  # most shingles: once in each article
            matches.append((xs[0], ys[0]))
        else:
            matches.extend(_places(xs, ys))
    # Equal hashes of unequal words (vanishingly rare) must not make a run.
    matches = [(i, j) for i, j in matches if ta[i : i + n] == tb[j : j + n]]
    if not matches:
        return None
    runs = _runs(matches, n)
    shorter = min(len(ta), len(tb))
    if len(ta) <= len(tb):
        covered = _covered((i, i + ln) for i, _j, ln in runs)
    else:
        covered = _covered((j, j + ln) for _i, j, ln in runs)
    return _Shared(a, b, tuple(runs), covered / shorter if shorter else 0.0)


def _covered(ranges: Iterable[tuple[int, int]]) -> int:
    """How many words the half-open word ranges cover together (overlaps counted once)."""
    total = 0
    reach = 0
    for lo, hi in sorted(ranges):
        if hi > reach:
            total += hi - max(lo, reach)
            reach = hi
    return total


def _best(found: Sequence[_Shared], articles: int, k: int) -> list[_Shared]:
    """The pairs among `found` that are one of their articles' `k` best by share."""
    by_article: list[list[tuple[float, int, int]]] = [[] for _ in range(articles)]
    for x, s in enumerate(found):
        by_article[s.a].append((-s.share, s.b, x))
        by_article[s.b].append((-s.share, s.a, x))
    keep = {x for ranked in by_article for _n, _p, x in heapq.nsmallest(k, ranked)}
    return [found[x] for x in sorted(keep)]


class _Places:
    """Character spans of words, worked out per sentence when a passage needs them."""

    def __init__(self, group: Sequence[Sentence], starts: list[int]) -> None:
        self.group = group
        self.starts = starts
        self.spans: dict[int, list[tuple[int, int]]] = {}

    def sentence(self, word: int) -> int:
        """Index (in the article's list) of the sentence holding word `word`."""
        return bisect.bisect_right(self.starts, word) - 1

    def span(self, word: int) -> tuple[int, int]:
        """The article-text span of word `word`."""
        k = self.sentence(word)
        spans = self.spans.get(k)
        if spans is None:
            s = self.group[k]
            base = s.span.start
            spans = [(base + m.start(), base + m.end()) for m in _RAW_WORD.finditer(s.text)]
            self.spans[k] = spans
        return spans[word - self.starts[k]]

    def text(self, first: int, last: int) -> str:
        """The original text from word `first` to word `last`, sentences joined by a space."""
        start, end = self.span(first)[0], self.span(last)[1]
        pieces = []
        for s in self.group[self.sentence(first) : self.sentence(last) + 1]:
            lo, hi = max(start, s.span.start), min(end, s.span.end)
            pieces.append(s.text[lo - s.span.start : hi - s.span.start])
        return " ".join(pieces)


def _passages(
    runs: Sequence[tuple[int, int, int]], pa: _Places, pb: _Places, limit: int
) -> tuple[CopyPassage, ...]:
    """The `limit` longest runs as passages in text order, in the first article's own words."""
    if len(runs) > limit:
        runs = sorted(sorted(runs, key=lambda r: (-r[2], r[0], r[1]))[:limit])
    out = []
    for i, j, ln in runs:
        a_span = Span(pa.span(i)[0], pa.span(i + ln - 1)[1])
        b_span = Span(pb.span(j)[0], pb.span(j + ln - 1)[1])
        out.append(CopyPassage(pa.text(i, i + ln - 1), a_span, b_span))
    return tuple(out)


def copies(sentences: Sequence[Sequence[Sentence]], *, config: AlignConfig) -> tuple[CopyPair, ...]:
    """Pairs of articles sharing long verbatim word runs, with the share and the passages.

    Each article keeps its `copy_partners` best partners by share (a pair is reported when
    it is among the best of either article) and each pair its `copy_passages` longest runs.
    """
    n = max(2, config.copy_min_words)
    raw: dict[str, str] = {}
    forms: dict[str, str] = {}
    encoded = [_encode(g, raw, forms) for g in sentences]
    texts = [t for t, _starts in encoded]
    shingles = _shingles(texts, n)
    sizes = [max(0, len(t) - n + 1) for t in texts]
    found = [
        s
        for a, b in _copy_candidates(shingles, sizes, config)
        if (s := _shared(a, b, texts, shingles, n)) is not None
    ]
    ids = [g[0].article if g else "" for g in sentences]
    places: dict[int, _Places] = {}
    out: list[CopyPair] = []
    for s in _best(found, len(sentences), max(1, config.copy_partners)):
        pa = places.setdefault(s.a, _Places(sentences[s.a], encoded[s.a][1]))
        pb = places.setdefault(s.b, _Places(sentences[s.b], encoded[s.b][1]))
        out.append(
            CopyPair(
                a=ids[s.a],
                b=ids[s.b],
                share=round(s.share, 4),
                passages=_passages(s.runs, pa, pb, max(1, config.copy_passages)),
                likely_wire=s.share >= config.wire_share,
            )
        )
    return tuple(out)
