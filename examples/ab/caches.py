"""Two implementations of the same memoising lookup: A keeps every answer, B keeps the 256 most
recently used (an LRU). Same interface, same answers."""
import collections


class UnboundedCache:
    def __init__(self, compute):
        self.compute, self.answers = compute, {}

    def get(self, key):
        if key not in self.answers:
            self.answers[key] = self.compute(key)  # every distinct key stays forever
        return self.answers[key]


class LruCache:
    def __init__(self, compute, size=256):
        self.compute, self.size, self.answers = compute, size, collections.OrderedDict()

    def get(self, key):
        if key in self.answers:
            self.answers.move_to_end(key)
            return self.answers[key]
        answer = self.answers[key] = self.compute(key)
        if len(self.answers) > self.size:
            self.answers.popitem(last=False)
        return answer
