#pragma once

#include "demo/demorandom.h"

#include <QString>

// A person's name, kept as indices into the pools so a million of them cost a
// few bytes each; rendered to text when a row is written.
struct PersonName
{
    bool english = false;
    bool male = false;
    quint16 surname = 0; // into the Chinese or English surname pool
    quint16 given = 0;   // Chinese: first given character; English: first name
    qint32 given2 = -1;  // Chinese: second given character, -1 for a one-character name

    // Chinese: surname first, no space (张伟). English: as written (Emily Chen).
    QString displayName() const;
    // Pinyin for Chinese names, surname first (Zhang Wei, Ouyang Xiaoming), so a
    // prefix search on the Latin name finds the surname; English names as they are.
    QString latinName() const;
    // Lower-case ASCII pieces for usernames and mailbox names.
    QString surnameAscii() const;
    QString givenAscii() const;
    // The Chinese surname index this English name shares (Chen → 陈), or -1.
    int chineseSurname() const;
};

// Draws names with realistic frequencies: Chinese surnames by their share of
// the population (王, 李, 张 … about 7% each, a long tail, a few compound
// surnames), given names of one or two characters by gender; English names
// from common first names and surnames, including romanised Chinese ones.
class NamePools
{
public:
    NamePools();

    PersonName chinese(DemoRandom &random) const;
    PersonName chineseWithSurname(DemoRandom &random, int surname, bool male) const;
    PersonName english(DemoRandom &random) const;

private:
    WeightedPicker m_surnames;
    WeightedPicker m_maleGiven;
    WeightedPicker m_femaleGiven;
    WeightedPicker m_englishSurnames;
};
