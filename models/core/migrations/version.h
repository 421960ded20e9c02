#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace godwit {

/*! A migration version: digit groups separated by '.', '_' or '-'. Groups compare as
    numbers of any length ("1.10" > "1.9", "0002" == "2", Flyway "1_1" == "1.1", 14-digit
    timestamps), and trailing zero groups do not count ("1" == "1.0"). */
class Version
{
public:
    Version() = default;
    static std::optional<Version> parse(const QString &text);
    /*! A version that is a name, for runners that order files by their whole name
        (`"order": "name"`, a custom pattern whose version is not numeric) or by a plan (sqitch,
        Alembic: rank is the place in the plan). Names compare by rank when both have one,
        else as text, code point by code point; numeric versions come before names. */
    static Version named(const QString &text, qint64 rank = -1);
    /*! A history row's key read back: numeric when it parses, else a name. */
    static Version fromKey(const QString &key);

    /*! The text as written in the file name. */
    const QString &text() const { return m_text; }
    /*! One spelling per version ("0002" and "2" both give "2"); the history key. */
    const QString &canonical() const { return m_canonical; }
    bool isNull() const { return m_text.isEmpty(); }
    /*! True for date-time versions (a first group of 12 digits or more, or diesel's
        YYYY-MM-DD-HHMMSS). */
    bool isTimestamp() const { return m_timestamp; }
    int width() const { return m_firstWidth; }
    bool isNamed() const { return m_named; }

    int compare(const Version &other) const;
    friend bool operator==(const Version &a, const Version &b) { return a.compare(b) == 0; }
    friend bool operator<(const Version &a, const Version &b) { return a.compare(b) < 0; }
    friend bool operator>(const Version &a, const Version &b) { return a.compare(b) > 0; }
    friend bool operator<=(const Version &a, const Version &b) { return a.compare(b) <= 0; }

private:
    QString m_text;
    QStringList m_groups; // digit strings without leading zeros, trailing "0" groups dropped
    QString m_canonical;  // m_groups joined by '.': the history key, asked for often
    bool m_timestamp = false;
    int m_firstWidth = 0;
    bool m_named = false;
    qint64 m_rank = -1; // a named version's place in its plan, or -1
};

} // namespace godwit
