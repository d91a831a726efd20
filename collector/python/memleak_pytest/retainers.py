"""Finds what keeps a leaking site's objects alive: its retainer, the long-lived object that holds
them (a module global, a class attribute, a closure, the cache of an lru_cache, logging's manager).

Runs once, at the end of the confirm phase, while tracing is still on (the allocation traceback of
an object is only known then), for the few sites that grew most:

1. Samples: live objects allocated at the site. First the gc-tracked objects made during the
   phase's judged batches (everything older is frozen, so gc.get_objects() returns only these),
   newest first; then, for objects the collector does not track (str, bytes, int, tuples of them),
   the last items of every long list, dict and deque; then, for a site whose block count did not
   grow (one ever larger string), the large strings and bytes any object refers to.
2. Referrers: from the samples upwards with gc.get_referrers, one level at a time (breadth first,
   so the shortest chain wins), until a root: a module, a class, a function holding a closure
   cell, an lru_cache wrapper. Frames, generators and coroutines (a call in progress, not a
   holder), pytest's and this collector's own objects are passed over; when no root is reached,
   the outermost instance of a user class on the chains (a fixture's object) is the root.
3. The retainer is the collection nearest to the sample on that chain (the list, dict, set or
   deque that grows), named by its path from the root: `app.tasks._inflight` (set) held by
   `module app.tasks`. A chain through an lru_cache that is bounded and full is no retainer (it
   evicts as it adds); the site is then sampled at the ends of long collections.

Bounded by SAMPLES_PER_SITE, MAX_DEPTH, MAX_FRONTIER and a SECONDS deadline for all sites
together: gc.get_referrers scans the whole heap, ~5-30 ms for a pytest process (BENCHMARKS.md,
"Retainers").
Sources: CPython's gc module (get_referrers, get_objects and freeze: frozen objects are invisible
to both until gc.unfreeze()), tracemalloc.get_object_traceback.
"""
import collections
import functools
import gc
import linecache
import sys
import threading
import time
import tracemalloc
import types

from .attribution import USER, attribute

# Sites looked at per test, most growth first, and their least growth over the judged batches.
MAX_SITES = 3
MIN_SITE_GROWTH_BYTES = 256
SAMPLES_PER_SITE = 3
# Referrer levels above a sample, objects carried from one level to the next, wall-clock bound.
MAX_DEPTH = 12
MAX_FRONTIER = 12
MAX_PER_TYPE = 3
SECONDS = 2.0
# A collection shorter than this is not scanned for untracked samples: a leaking one holds at
# least one item per judged operation, and the phase runs many more.
MIN_COLLECTION_LENGTH = 8
# Items of a dict searched for the key or value an edge goes through, at most.
MAX_KEY_SEARCH = 100_000
_OBJECTS_PER_CHUNK = 4096

_COLLECTIONS = (list, dict, set, frozenset, collections.deque)
# Objects whose referents are never an instance's attribute dict.
_PLAIN = frozenset((list, dict, tuple, set, frozenset, collections.deque, types.FunctionType, types.CellType,
                    types.ModuleType, type, types.MethodType))
_TRANSIENT = (types.FrameType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
# Objects of these packages hold test state for the duration of a test (fixture values, call
# arguments), never the code under test's memory.
_FOREIGN_PACKAGES = ("_pytest", "pytest", "pluggy", "memleak_pytest", "tracemalloc", "pytest_asyncio", "anyio")
# Py_TPFLAGS_MANAGED_DICT (3.11's object.h), and whether this interpreter loses such instances.
_MANAGED_DICT = 1 << 4
_UNTRACEABLE_INSTANCES = sys.version_info[:2] == (3, 11)
_THREAD_LOCAL = threading.local
# CPython 3.12: gc.get_referrers never returned (3.12.1, on either thread) in the test after an
# asyncio one in collector/python/tests/test_retainers.py; not found on 3.11 or 3.13. A hang
# cannot be bounded from Python, so 3.12 gets no retainers.
SEARCHES = sys.version_info[:2] != (3, 12)
_LRU_WRAPPER = type(functools.lru_cache(maxsize=None)(len))


def leaking_sites(recorder):
    """The recorder's SiteSeries of the user's sites that grew most over its judged batches, at
    most MAX_SITES, each by MIN_SITE_GROWTH_BYTES or more."""
    first, last = recorder.first_judged, recorder.last_sampled()
    if last <= first or not recorder.sampled[first]:
        return []
    grown = [(site.sizes[last] - site.sizes[first], site) for site in recorder.sites.values() if site.kind == USER]
    grown = [item for item in grown if item[0] >= MIN_SITE_GROWTH_BYTES]
    grown.sort(key=lambda item: item[0], reverse=True)
    return [site for _, site in grown[:MAX_SITES]]


def find_retainers(recorder, classifier, clock=time.perf_counter):
    """{(filename, lineno): {"path", "type", "root"}} for the recorder's leaking sites whose
    objects could be traced to a holder. Call with tracing on and the phase's objects frozen
    (gc.freeze() after its warm-up); it unfreezes them, which the caller was about to do.
    Never raises: a site whose holder cannot be found is left out."""
    try:
        return _on_a_shallow_stack(_find, recorder, classifier, clock)
    except Exception:  # a hostile __eq__/__len__ in the user's objects: no retainers, a verdict still
        gc.unfreeze()
        return {}


def _on_a_shallow_stack(function, *args):
    """Runs function(*args) in a new thread and returns its result (or raises its exception).
    Everything allocated while tracing is traced with up to `traceback_depth` frames, and the
    cost of a trace grows with the frames walked: under pytest the caller sits ~50 frames deep,
    a new thread's stack is 3 frames, which makes the search 5-10x cheaper."""
    outcome = []

    def run():
        try:
            outcome.append((True, function(*args)))
        except Exception as exc:  # handed to the caller's thread
            outcome.append((False, exc))
    worker = threading.Thread(target=run, name="memleak-retainers", daemon=True)
    worker.start()
    worker.join()
    succeeded, value = outcome[0]
    if not succeeded:
        raise value
    return value


def _find(recorder, classifier, clock):
    sites = leaking_sites(recorder)
    if not SEARCHES or not sites or not tracemalloc.is_tracing():
        return {}
    deadline = clock() + SECONDS
    wanted = {site.frame: [] for site in sites}
    _sample_fresh(recorder, classifier, wanted, deadline, clock)
    gc.unfreeze()
    modules = {id(vars(module)): name for name, module in list(sys.modules.items())
               if isinstance(module, types.ModuleType) and getattr(module, "__dict__", None) is not None}
    found = {}
    # The sites sampled among the phase's own objects first (the cheap case, and the top site's
    # usually), then, time permitting, the whole heap for the others.
    _walk_sampled(wanted, {}, found, modules, classifier, deadline, clock)
    rest = {frame: samples for frame, samples in wanted.items() if frame not in found}
    if rest and clock() < deadline:
        via = _sample_collections(recorder, classifier, rest, deadline, clock)
        _walk_sampled(rest, via, found, modules, classifier, deadline, clock)
    return found


def _walk_sampled(wanted, via, found, modules, classifier, deadline, clock):
    """Walks up from each site's samples (most growth first) while time is left; records what it
    finds in `found` and lets go of the samples either way."""
    for frame, samples in wanted.items():
        if samples and frame not in found and clock() < deadline:
            retainer = _walk(samples, via, modules, classifier, deadline, clock,
                             ignored={id(wanted), id(samples), id(via)})
            if retainer is not None:
                found[frame] = retainer
        samples.clear()


def _sample_fresh(recorder, classifier, wanted, deadline, clock):
    """Objects made during the judged batches (the only unfrozen ones), newest first."""
    fresh = gc.get_objects()
    fresh.reverse()
    try:
        _sample_from(fresh, recorder, classifier, wanted, deadline, clock)
        if _UNTRACEABLE_INSTANCES and not _full(wanted):
            _sample_constructed(fresh, wanted, deadline, clock)
    finally:
        del fresh


def _sample_constructed(fresh, wanted, deadline, clock):
    """CPython 3.11 only: instances of classes whose attributes live in a managed dict have no
    traceback (get_object_traceback misses their pre-header). A site without samples whose source
    line calls `Name(` takes the untraceable new instances of a class called Name."""
    calls = {frame: linecache.getline(frame[0], frame[1]) for frame, samples in wanted.items() if not samples}
    for chunk in _chunks(fresh, deadline, clock):
        for obj in chunk:
            kind = type(obj)
            if not kind.__flags__ & _MANAGED_DICT or tracemalloc._get_object_traceback(obj) is not None:
                continue
            for frame, line in calls.items():
                samples = wanted[frame]
                if len(samples) < SAMPLES_PER_SITE and (kind.__name__ + "(") in line:
                    samples.append(obj)


def _sample_collections(recorder, classifier, wanted, deadline, clock):
    """Objects the cycle collector does not track, so gc.get_objects() misses them: str, bytes
    and numbers at the end of long lists, dicts and deques; dicts and tuples of such atoms that
    any object refers to; for a site that grew as one block (a string grown with +=), the strings
    and bytes at least half its size that any object refers to. Returns {id(sample): holder} for
    samples found in a dict the collector does not track (a dict of atoms): gc.get_referrers
    cannot see such a holder, so the walk starts there."""
    everything = gc.get_objects()
    holders = []
    try:
        for chunk in _chunks(everything, deadline, clock):
            for holder in chunk:
                kind = type(holder)
                if (kind is list or kind is dict or kind is collections.deque) and len(holder) >= MIN_COLLECTION_LENGTH:
                    holders.append(holder)
        _sample_tails(holders, recorder, classifier, wanted, deadline, clock)
        if _full(wanted) or all(wanted.values()):
            return {}
        # Dicts of atoms are untracked: found among what tracked objects refer to.
        del holders[:]
        untracked, attributes = [], []
        smallest = _single_block_size(recorder, wanted)
        # Characters: a str takes 1 to 4 bytes per character. len() is compared first because an
        # int above 256 is a new object, traced like any other allocation while this runs.
        shortest = smallest // 4 if smallest else None
        for chunk in _chunks(everything, deadline, clock):
            for item in gc.get_referents(*chunk):
                kind = type(item)
                if kind is dict or kind is tuple:
                    if not gc.is_tracked(item):
                        untracked.append(item)  # itself a leaked object ({"name": name}), or its holder
                elif shortest and (kind is str or kind is bytes) and len(item) >= shortest \
                        and sys.getsizeof(item) >= smallest:
                    untracked.append(item)
            if shortest:
                # A grown string held by an instance whose __dict__ holds only atoms (untracked):
                # the attribute dicts of the chunk's instances (plain containers are not owners).
                owners = [obj for obj in chunk if type(obj) not in _PLAIN]
                attributes.extend(item for item in gc.get_referents(*owners)
                                  if type(item) is dict and not gc.is_tracked(item))
                del owners
        _sample_from(untracked, recorder, classifier, wanted, deadline, clock)
        via = {}
        for holder in attributes:
            for value in holder.values():
                if (type(value) is str or type(value) is bytes) and len(value) >= shortest:
                    _sample_one(value, holder, recorder, classifier, wanted, via)
        holders.extend(item for item in untracked if type(item) is dict and len(item) >= MIN_COLLECTION_LENGTH)
        via.update(_sample_tails(holders, recorder, classifier, wanted, deadline, clock))
        return via
    finally:
        everything = holders = untracked = attributes = None


def _sample_tails(holders, recorder, classifier, wanted, deadline, clock):
    """Samples the last key and value of each dict, the last item of each list or deque, when
    untracked; returns {id(sample): holder} for those whose holder is an untracked dict."""
    via = {}
    for chunk in _chunks(holders, deadline, clock):
        for holder in chunk:
            if type(holder) is dict:
                key = next(reversed(holder))
                for item in (key, holder[key]):
                    if not gc.is_tracked(item):
                        _sample_one(item, holder, recorder, classifier, wanted, via)
            elif not gc.is_tracked(holder[-1]):
                _sample_one(holder[-1], holder, recorder, classifier, wanted, via)
    return via


def _sample_one(item, holder, recorder, classifier, wanted, via):
    """Adds item to its site's samples when it was allocated at one of `wanted`'s sites; via
    (when given) learns the untracked dict that holds it."""
    frames = tracemalloc._get_object_traceback(item)
    if frames is None:
        return
    site = (recorder.attribution_of(frames) or attribute(classifier, frames))[1]
    samples = wanted.get(site)
    if samples is None or len(samples) >= SAMPLES_PER_SITE or any(item is sample for sample in samples):
        return
    samples.append(item)
    if via is not None and type(holder) is dict and not gc.is_tracked(holder):
        via[id(item)] = holder


def _sample_from(candidates, recorder, classifier, wanted, deadline, clock):
    """Adds to `wanted` the candidates allocated at its sites, up to SAMPLES_PER_SITE each."""
    for chunk in _chunks(candidates, deadline, clock):
        if _full(wanted):
            return
        for obj in chunk:
            _sample_one(obj, None, recorder, classifier, wanted, None)


def _chunks(objects, deadline, clock):
    """Slices of _OBJECTS_PER_CHUNK objects until the deadline. Per-object bookkeeping (an index,
    a clock read) would allocate, and every allocation is traced while this runs."""
    for start in range(0, len(objects), _OBJECTS_PER_CHUNK):
        if clock() > deadline:
            return
        yield objects[start:start + _OBJECTS_PER_CHUNK]


def _full(wanted):
    return all(len(samples) >= SAMPLES_PER_SITE for samples in wanted.values())


def _single_block_size(recorder, wanted):
    """Half the size of the smallest block among the sites without samples that grew as one
    block (their block count did not grow); 0 when there is none."""
    first, last = recorder.first_judged, recorder.last_sampled()
    sizes = [site.sizes[last] // 2 for site in recorder.sites.values()
             if site.frame in wanted and not wanted[site.frame] and site.counts[last] > 0
             and site.counts[last] - site.counts[first] <= 0]
    return min(sizes) if sizes else 0


def _walk(samples, via, modules, classifier, deadline, clock, ignored):
    """Breadth first from the samples up their referrers to the nearest root; returns the
    retainer dict, or None when nothing but transient or foreign objects refers to them.
    via: {id(sample): the untracked dict holding it}, where the walk starts instead."""
    held = list(samples)              # every object reached; the only list that refers to them
    child = [-1] * len(held)          # index in `held` of the object each one refers to
    frontier = []
    for index, sample in enumerate(samples):
        holder = via.get(id(sample))
        if holder is None and isinstance(sample, types.TracebackType):
            holder = _exception_holding(sample)
        if holder is None:
            frontier.append(index)
        else:
            held.append(holder)
            child.append(index)
            frontier.append(len(held) - 1)
    seen = {id(obj) for obj in held}
    root = None
    for _ in range(MAX_DEPTH):
        if not frontier or clock() > deadline:
            break
        root, frontier = _climb(held, child, frontier, seen, modules, set(ignored) | {id(held)})
        if root is not None:
            break
    if root is None:
        root = _outermost_instance(held, child, len(samples), classifier)
    if root is None:
        return None
    chain = [root]
    while child[chain[-1]] >= 0:
        chain.append(child[chain[-1]])
    objects = [held[index] for index in chain]
    if any(_bounded_and_full(obj) for obj in objects):
        # The newest objects of a line sit in a bounded cache that evicts one entry per entry it
        # adds (a web framework's urlsplit cache): not what grows. The caller samples the line's
        # objects at the ends of long collections instead.
        return None
    return _describe(objects, modules)


def _bounded_and_full(obj):
    """Whether obj is an lru_cache with a maxsize that it has reached (functools' cache_info)."""
    if not isinstance(obj, _LRU_WRAPPER):
        return False
    info = obj.cache_info()
    return info.maxsize is not None and info.currsize >= info.maxsize


def _climb(held, child, frontier, seen, modules, ignored):
    """One level up: the referrers of the frontier's objects. Returns (index of the best root
    among them or None, the next frontier); the objects kept are appended to held and child.
    Which frontier object a referrer refers to is only looked up for the few kept: it takes a
    pass over the referrer's references."""
    # The only new container that refers to the frontier's objects (ignored below); pairs of
    # (index, object) would be tuples that gc.get_referrers finds like any holder.
    targets = [held[index] for index in frontier]
    referrers = gc.get_referrers(*targets)
    ignored |= {id(targets), id(referrers)}
    found = []
    for referrer in referrers:
        key = id(referrer)
        if key not in seen and key not in ignored and not _passed_over(referrer):
            found.append(referrer)
    del referrers
    roots = sorted((item for item in found if _root_rank(item, modules) is not None),
                   key=lambda item: _root_rank(item, modules))
    start = len(held)
    for root in roots:                  # the best root that refers to the frontier
        below = _child_among(root, frontier, targets)
        if below is not None:
            seen.add(id(root))
            held.append(root)
            child.append(below)
            return start, [start]
    for referrer in _diverse(found):
        below = _child_among(referrer, frontier, targets)
        if below is not None:
            seen.add(id(referrer))
            held.append(referrer)
            child.append(below)
    return None, list(range(start, len(held)))


def _exception_holding(traceback):
    """The exception whose __traceback__ chain contains `traceback` (an exception raised again
    and again grows that chain by every raise), or None."""
    for obj in gc.get_objects():
        if isinstance(obj, BaseException):
            entry, steps = obj.__traceback__, 0
            while entry is not None and steps < MAX_KEY_SEARCH:
                if entry is traceback:
                    return obj
                entry, steps = entry.tb_next, steps + 1
    return None


def _passed_over(obj):
    """Frames and the like (a call in progress), and test-harness objects."""
    if isinstance(obj, _TRANSIENT):
        return True
    if isinstance(obj, (types.FunctionType, type)):
        module = getattr(obj, "__module__", None) or ""
    else:
        module = getattr(type(obj), "__module__", "") or ""
    return module.split(".")[0] in _FOREIGN_PACKAGES


def _child_among(referrer, frontier, targets):
    """The index in held (frontier[i] for targets[i]) of the target the referrer refers to, or
    None. Compared by identity: an id() is a new int, and every allocation is traced here."""
    references = gc.get_referents(referrer)
    if isinstance(referrer, dict):  # a dict's untracked keys are not always among its referents
        references.extend(referrer)
    for obj in references:
        for position, target in enumerate(targets):
            if obj is target:
                return frontier[position]
    return None


def _root_rank(obj, modules):
    """Rank of a root (lower first), or None when obj is not one. A class or function made
    while the phase was traced is one of the objects that leak (a lambda per call), not a root."""
    if id(obj) in modules:
        return 0                        # a module's globals
    if isinstance(obj, type):
        rank = 1                        # a class attribute
    elif isinstance(obj, _LRU_WRAPPER):
        rank = 2                        # the cache of a decorated function
    elif isinstance(obj, types.FunctionType):
        rank = 3                        # a closure cell, a default argument
    else:
        return None
    return rank if tracemalloc._get_object_traceback(obj) is None else None


def _diverse(found):
    """At most MAX_FRONTIER of the referrers found, at most MAX_PER_TYPE of any one type (a
    thousand loggers refer to logging's manager; the class that holds it is the one that counts),
    dicts first (globals and attributes live in them), tuples and cells last."""
    def rank(item):
        return 0 if type(item) is dict else 2 if isinstance(item, (tuple, types.CellType)) else 1
    chosen, per_type = [], {}
    for item in sorted(found, key=rank):
        kind = type(item)
        if per_type.get(kind, 0) < MAX_PER_TYPE:
            per_type[kind] = per_type.get(kind, 0) + 1
            chosen.append(item)
            if len(chosen) >= MAX_FRONTIER:
                break
    return chosen


def _outermost_instance(held, child, first_reached, classifier):
    """The instance of a class of the user's code farthest from the samples (a fixture's object)."""
    best, best_depth = None, -1
    for index in range(first_reached, len(held)):
        obj = held[index]
        if not _user_class(type(obj), classifier):
            continue
        depth, cursor = 0, index
        while child[cursor] >= 0:
            depth, cursor = depth + 1, child[cursor]
        if depth > best_depth:
            best, best_depth = index, depth
    return best


def _user_class(kind, classifier):
    module = sys.modules.get(getattr(kind, "__module__", None) or "")
    filename = getattr(module, "__file__", None)
    return isinstance(filename, str) and classifier.kind(filename) == USER


def _describe(chain, modules):
    """{"path", "type", "root"} from a chain of objects, root first, sample last."""
    root = chain[0]
    if id(root) in modules:
        name = modules[id(root)]
        root_text = "module %s" % name
    elif isinstance(root, type):
        name = _qualified(root)
        root_text = "class %s" % name
    elif isinstance(root, types.FunctionType):
        name = _qualified(root)
        root_text = "closure of %s" % name
    elif isinstance(root, _LRU_WRAPPER):
        name = _qualified(root)
        owner = name.rsplit(".", 1)[0]
        root_text = "module %s" % root.__module__ if owner == root.__module__ else "class %s" % owner
    else:
        name = type(root).__qualname__
        root_text = "object %s" % _qualified(type(root))
    holder_at = _holder_index(chain, modules)
    path = name
    thread_local = False
    for index in range(holder_at):
        owner, holder, below = chain[index - 1] if index > 0 else None, chain[index], chain[index + 1]
        if isinstance(holder, _THREAD_LOCAL):
            thread_local = True         # its attributes sit in a dict per thread, reached through dicts
            continue
        if thread_local and type(holder) is dict:
            path += "" if type(below) is dict else _key_segment(holder, below, attribute=True)
            continue
        thread_local = False
        path += _segment(owner, holder, below, modules)
    holder = chain[holder_at]
    if not isinstance(holder, _COLLECTIONS):
        # No collection on the way: the sample itself is what grows (a string grown with +=, an
        # exception's traceback); name the attributes down to it, when they all have names.
        tail = "".join(_segment(chain[index - 1] if index else None, chain[index], chain[index + 1], modules)
                       for index in range(holder_at, len(chain) - 1))
        if tail.startswith(".") and "[" not in tail:
            path += tail
            holder = chain[-1]
    kind = "lru_cache" if isinstance(holder, _LRU_WRAPPER) else _qualified(type(holder))
    return {"path": path, "type": kind, "root": root_text}


def _holder_index(chain, modules):
    """Index of the retainer: the collection nearest the sample that is older than the phase
    (untraced: the leaked objects themselves, a dict per session, are traced), or the nearest
    collection. An lru_cache's internal dict counts as its wrapper; attribute dicts of modules,
    classes and instances do not count. The sample's direct holder when no collection is on it."""
    nearest = None
    for index in range(len(chain) - 2, 0, -1):
        obj = chain[index]
        if not isinstance(obj, _COLLECTIONS):
            continue
        owner = chain[index - 1]
        if isinstance(owner, _LRU_WRAPPER):
            return index - 1
        if isinstance(obj, dict) and _is_attribute_dict(owner, obj):
            continue
        if tracemalloc._get_object_traceback(obj) is None:
            return index
        if nearest is None:
            nearest = index
    if nearest is not None:
        return nearest
    if len(chain) >= 2 and id(chain[0]) in modules:
        return 1 if len(chain) > 2 else 0
    return max(0, len(chain) - 2)


def _is_attribute_dict(owner, mapping):
    """Whether `mapping` is the attribute dict of `owner` (an instance's __dict__, a class's)."""
    try:
        if isinstance(owner, type):
            attributes = vars(owner)
            return len(attributes) == len(mapping) and all(attributes.get(key) is value for key, value in mapping.items())
        return getattr(owner, "__dict__", None) is mapping
    except Exception:  # a hostile __getattr__ or __eq__: not an attribute dict we can name
        return False


def _segment(owner, holder, child, modules):
    """How `holder` (held by `owner`) refers to `child`, as a path segment ('' when nothing is
    worth naming: the holder's own segment already named it)."""
    if isinstance(holder, dict):
        attribute = id(holder) in modules or (owner is not None and _is_attribute_dict(owner, holder))
        return _key_segment(holder, child, attribute)
    if isinstance(child, dict) and _is_attribute_dict(holder, child):
        return ""                       # the dict's segment names the attribute
    if isinstance(holder, types.FunctionType):
        for name, cell in zip(holder.__code__.co_freevars, holder.__closure__ or ()):
            if cell is child:
                return ".<closure %s>" % name
        return ""
    if isinstance(holder, (list, collections.deque)):
        return "[…]"
    if isinstance(holder, (tuple, set, frozenset, _LRU_WRAPPER, types.CellType)):
        return ""
    return _attribute_segment(holder, child)


def _key_segment(mapping, child, attribute):
    for count, (key, value) in enumerate(mapping.items()):
        if count >= MAX_KEY_SEARCH:
            break
        if value is child or key is child:
            if attribute and isinstance(key, str):
                return "." + key
            if isinstance(key, (str, int)) and len(repr(key)) <= 40:
                return "[%r]" % (key,)
            return "[…]"
    return "[…]"


def _attribute_segment(owner, child):
    """The attribute of `owner` that is `child` (its __dict__, its __slots__, an exception's
    __traceback__), or ''."""
    if isinstance(owner, BaseException) and owner.__traceback__ is child:
        return ".__traceback__"
    try:
        attributes = getattr(owner, "__dict__", None)
        if isinstance(attributes, dict):
            if child is attributes:
                return ""
            for name, value in attributes.items():
                if value is child:
                    return "." + name
        for klass in type(owner).__mro__:
            for name in getattr(klass, "__slots__", ()):
                if isinstance(name, str) and getattr(owner, name, None) is child:
                    return "." + name
    except Exception:  # a hostile __getattr__: the path goes on without this segment
        return ""
    return ""


def _qualified(obj):
    module = getattr(obj, "__module__", None)
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", "?")
    return name if module in (None, "builtins") else "%s.%s" % (module, name)
