#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace {

__extension__ typedef unsigned __int128 Wide; // -Wpedantic: a GCC/Clang extension

quint64 splitmix(quint64 &state)
{
    state += 0x9e3779b97f4a7c15ULL;
    return DemoRandom::mix(state);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

quint64 DemoRandom::mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 DemoRandom::streamKey(const char *name)
{
    // FNV-1a: stable across compilers, unlike std::hash.
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char *p = name; *p; ++p) {
        h ^= quint8(*p);
        h *= 0x100000001b3ULL;
    }
    return h;
}

DemoRandom::DemoRandom(quint64 seed, const char *stream)
{
    quint64 s = seed ^ streamKey(stream);
    for (quint64 &word : m_state)
        word = splitmix(s);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    // Lemire's nearly divisionless method: unbiased, and the same on every platform.
    Wide m = Wide(next()) * bound;
    quint64 low = quint64(m);
    if (low < bound) {
        const quint64 threshold = (0 - bound) % bound;
        while (low < threshold) {
            m = Wide(next()) * bound;
            low = quint64(m);
        }
    }
    return quint64(m >> 64);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    return low + qint64(below(quint64(high - low) + 1));
}

double DemoRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::exponential(double mean)
{
    return std::min(-std::log1p(-unit()) * mean, 20 * mean);
}

WeightedPicker::WeightedPicker(std::span<const double> weights)
{
    m_cumulative.reserve(weights.size());
    double total = 0;
    for (double w : weights) {
        total += w;
        m_cumulative.push_back(total);
    }
}

qsizetype WeightedPicker::pick(DemoRandom &random) const
{
    const double x = random.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
    return std::min(qsizetype(it - m_cumulative.begin()), qsizetype(m_cumulative.size()) - 1);
}

DemoScramble::DemoScramble(quint64 size, quint64 key)
    : m_size(std::max<quint64>(size, 1)), m_key(key)
{
    int bits = 2;
    while ((quint64(1) << bits) < m_size)
        ++bits;
    bits += bits % 2;
    m_halfBits = bits / 2;
    m_halfMask = (quint64(1) << m_halfBits) - 1;
}

quint64 DemoScramble::round(quint64 value, int r) const
{
    return DemoRandom::mix(value ^ m_key ^ (quint64(r) << 56)) & m_halfMask;
}

quint64 DemoScramble::map(quint64 index) const
{
    // A balanced Feistel network over the smallest even bit width that covers
    // the range is a permutation; walking the cycle keeps it inside [0, size).
    quint64 x = index;
    do {
        quint64 left = x >> m_halfBits;
        quint64 right = x & m_halfMask;
        for (int r = 0; r < 4; ++r) {
            const quint64 next = left ^ round(right, r);
            left = right;
            right = next;
        }
        x = (left << m_halfBits) | right;
    } while (x >= m_size);
    return x;
}
