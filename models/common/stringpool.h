#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Interns the strings a long list repeats (actor names, roles, actions, results),
// so a row holds small indices instead of a dozen QStrings.
class StringPool
{
public:
    StringPool() { intern(QString()); } // index 0 is the empty string

    quint32 intern(const QString &text)
    {
        const auto found = m_index.constFind(text);
        if (found != m_index.cend())
            return *found;
        const auto index = quint32(m_strings.size());
        m_strings.append(text);
        m_index.insert(text, index);
        return index;
    }

    const QString &at(quint32 index) const { return m_strings.at(qsizetype(index)); }
    qsizetype size() const { return m_strings.size(); }
    void clear()
    {
        m_strings.clear();
        m_index.clear();
        intern(QString());
    }

private:
    QList<QString> m_strings;
    QHash<QString, quint32> m_index;
};
