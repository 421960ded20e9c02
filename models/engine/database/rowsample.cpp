#include "rowsample.h"

#include "connection.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of scratch databases, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScratchDatabase)
};

// A chain of self-references (a tree of rows) loses a level per pass; deeper than this, the
// sample is given up rather than left with rows whose parents are gone.
constexpr int orphanPasses = 100;

bool named(const QList<SampledTable> &tables, const QString &sql)
{
    return std::any_of(tables.cbegin(), tables.cend(), [&](const SampledTable &t) { return t.sql == sql; });
}

} // namespace

qint64 RowSample::limitFor(qint64 width) const
{
    return std::max<qint64>(1, std::min(maxRows, maxBytes / std::max<qint64>(1, width)));
}

QList<SampledTable> tablesToSample(const QList<SampledTable> &tables, const QSet<QString> &words,
                                   const QList<SampleKey> &keys)
{
    QSet<QString> chosen;
    for (const SampledTable &t : tables) {
        if (words.contains(t.word))
            chosen.insert(t.sql);
    }
    for (qsizetype before = -1; before != chosen.size();) {
        before = chosen.size();
        for (const SampleKey &k : keys) {
            if (chosen.contains(k.child) && named(tables, k.parent))
                chosen.insert(k.parent);
        }
    }
    QList<SampledTable> waiting;
    for (const SampledTable &t : tables) {
        if (chosen.contains(t.sql))
            waiting << t;
    }
    QList<SampledTable> ordered;
    while (!waiting.isEmpty()) {
        const auto ready = std::find_if(waiting.cbegin(), waiting.cend(), [&](const SampledTable &t) {
            return std::none_of(keys.cbegin(), keys.cend(), [&](const SampleKey &k) {
                return k.child == t.sql && k.parent != t.sql && named(waiting, k.parent);
            });
        });
        ordered << (ready == waiting.cend() ? waiting.first() : *ready);
        waiting.removeAt(ready == waiting.cend() ? 0 : ready - waiting.cbegin());
    }
    return ordered;
}

bool deleteOrphans(QSqlQuery &copy, const QList<SampledTable> &sampled, const QList<SampleKey> &keys,
                   const OrphanStatement &statement, QString *error)
{
    for (int pass = 0; pass < orphanPasses; ++pass) {
        qint64 deleted = 0;
        for (const SampleKey &k : keys) {
            if (!named(sampled, k.child) || !named(sampled, k.parent))
                continue;
            QStringList on;
            QStringList notNull;
            for (qsizetype i = 0; i < k.childColumns.size(); ++i) {
                on << u"p."_s + k.parentColumns.at(i) + u" = c."_s + k.childColumns.at(i);
                notNull << u"c."_s + k.childColumns.at(i) + u" IS NOT NULL"_s;
            }
            if (!copy.exec(statement(k, notNull.join(u" AND "_s), on.join(u" AND "_s)))) {
                *error = queryError(copy);
                return false;
            }
            deleted += std::max(0, copy.numRowsAffected());
        }
        if (deleted == 0)
            return true;
    }
    *error = Text::tr("rows whose parent rows were not copied still turned up after %1 passes").arg(orphanPasses);
    return false;
}

} // namespace godwit
