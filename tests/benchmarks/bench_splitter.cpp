// Splitter throughput on a generated 50 MB script per dialect. Prints MB/s (best of three
// runs) and statements per second. Target: >= 100 MB/s for SQLite and MySQL.
#include "sql/sqlsplitter.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace godwit;

namespace {

// A realistic mix: DDL, inserts with quoted text holding semicolons, comments.
QByteArray generate(Dialect dialect, qsizetype bytes)
{
    const QByteArray quote = dialect == Dialect::MySQL ? "`" : "\"";
    QList<QByteArray> pieces = {
        "-- customers and their orders; generated\n",
        "CREATE TABLE IF NOT EXISTS " + quote + "order_lines" + quote
            + " (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, note TEXT, amount NUMERIC(12, 2));\n",
        "INSERT INTO order_lines (id, order_id, note, amount) VALUES (1, 7, 'first; with a semicolon', 12.50),"
        " (2, 7, 'it''s quoted', 3.10), (3, 8, 'plain', 99.99);\n",
        "/* a block comment; it spans\n   two lines */\nUPDATE order_lines SET amount = amount * 1.2 WHERE order_id = 7;\n",
        "CREATE INDEX idx_order_lines_order ON order_lines (order_id);\n",
        "DELETE FROM order_lines WHERE note = 'obsolete; remove' AND amount < 0;\n",
    };
    QByteArray out;
    out.reserve(bytes + 1024);
    for (qsizetype i = 0; out.size() < bytes; ++i)
        out += pieces.at(i % pieces.size());
    return out;
}

} // namespace

int main()
{
    QTextStream out(stdout);
    constexpr qsizetype size = 50 * 1024 * 1024;
    out << "splitter throughput, 50 MB generated script, best of 3\n";
    for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL}) {
        const SourceText source(QStringLiteral("bench.sql"), generate(dialect, size));
        qint64 best = std::numeric_limits<qint64>::max();
        qsizetype statements = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const SplitResult result = splitStatements(dialect, source);
            best = std::min(best, timer.nsecsElapsed());
            if (!result.ok()) {
                out << "error: " << result.error->toString() << "\n";
                return 1;
            }
            statements = result.statements.size();
        }
        const double seconds = double(best) / 1e9;
        const double mb = double(source.bytes().size()) / (1024.0 * 1024.0);
        out << QStringLiteral("  %1  %2 MB/s  (%3 statements in %4 ms)\n")
                   .arg(dialectName(dialect), -10)
                   .arg(mb / seconds, 7, 'f', 1)
                   .arg(statements)
                   .arg(seconds * 1000.0, 0, 'f', 0);
        out.flush();
    }
    return 0;
}
