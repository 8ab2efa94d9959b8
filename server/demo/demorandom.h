#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

// xoshiro256** seeded through splitmix64. The demo data must be the same for a
// seed on every machine and Qt version, which neither QRandomGenerator::global()
// nor the std:: distributions promise; the helpers below use integer maths only
// where it matters (Lemire's bounded integers).
class DemoRandom
{
public:
    // A stream is one generator part ("accounts", "organizations" …): each gets
    // its own sequence, so a change in one part leaves the others' data alone.
    DemoRandom(quint64 seed, const char *stream);

    quint64 next();
    // Uniform in [0, bound); bound > 0.
    quint64 below(quint64 bound);
    // Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    // Roughly exponential with the given mean; capped at 20 means.
    double exponential(double mean);

    template<class T, size_t Extent>
    const T &pick(std::span<T, Extent> items)
    {
        return items[size_t(below(items.size()))];
    }

    // The splitmix64 finaliser: a bijection on 64-bit values, so distinct inputs
    // give distinct outputs. Used to make identifiers unique by construction.
    static quint64 mix(quint64 value);
    static quint64 streamKey(const char *name);

private:
    quint64 m_state[4];
};

// Picks indices with probabilities proportional to fixed weights (frequency
// tables: surnames, mobile prefixes, statuses).
class WeightedPicker
{
public:
    WeightedPicker() = default;
    explicit WeightedPicker(std::span<const double> weights);
    template<class Item, size_t Extent>
    static WeightedPicker of(std::span<Item, Extent> items)
    {
        std::vector<double> weights;
        weights.reserve(items.size());
        for (const Item &item : items)
            weights.push_back(item.weight);
        return WeightedPicker(weights);
    }

    qsizetype pick(DemoRandom &random) const;
    qsizetype size() const { return qsizetype(m_cumulative.size()); }

private:
    std::vector<double> m_cumulative;
};

// A permutation of [0, size) that maps an index to a scattered one without a
// table: the bits of mix() are folded into the range with cycle walking.
class DemoScramble
{
public:
    DemoScramble(quint64 size, quint64 key);
    quint64 map(quint64 index) const;

private:
    quint64 round(quint64 value, int r) const;
    quint64 m_size;
    quint64 m_key;
    int m_halfBits;
    quint64 m_halfMask;
};
