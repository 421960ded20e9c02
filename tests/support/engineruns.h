#pragma once

// What the engine suites (tests/models/tst_engines*.cpp) share: the engine's fixture folder
// copied, a migration file written, and godwit-cli run to its end. Uses GODWIT_TEST_DATA and
// GODWIT_CLI, which each test executable defines.

#include "support/testtargets.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace godwit::test {

/*! The engine's fixture folder (tests/data/engines/DIALECT), copied so that tests may add files. */
inline QString copyFolder(const QString &engine, const QTemporaryDir &dir)
{
    const QString from = QStringLiteral(GODWIT_TEST_DATA "/engines/") + dialectName(dialectOf(engine));
    const QString to = dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(to);
    for (const QString &file : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + file, to + u'/' + file);
    return to;
}

/*! Writes sql to folder/name; the file's path. */
inline QString writeMigration(const QString &folder, const QString &name, const QByteArray &sql)
{
    QFile file(folder + u'/' + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(sql);
    return file.fileName();
}

struct CliRun
{
    int exit = -1;
    QString output; ///< standard output, then standard error
    qint64 ms = 0;
};

/*! godwit-cli with args, waited for (a minute at most). */
inline CliRun cli(const QStringList &args)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(GODWIT_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()), timer.elapsed()};
}

/*! godwit-cli with args in count processes started at once, each waited for (a minute at
    most): their exit codes and outputs, in the order they were started. */
inline QList<CliRun> cliAtOnce(const QStringList &args, int count)
{
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < count; ++i) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->setProgram(QStringLiteral(GODWIT_CLI));
        runs.back()->setArguments(args);
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &p : runs)
        p->start();
    QList<CliRun> done;
    for (auto &p : runs) {
        const bool finished = p->waitForFinished(60000);
        done.append({finished ? p->exitCode() : -1,
                     QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError()), timer.elapsed()});
    }
    return done;
}

/*! godwit-cli up on folder at url, started in p and read until it says it began step 1,
    version's (20 seconds at most): what it printed until then. */
inline QString startUpUntilStep(QProcess &p, const QString &folder, const QString &url, const QString &version)
{
    p.start(QStringLiteral(GODWIT_CLI), {QStringLiteral("up"), QStringLiteral("--project"), folder, QStringLiteral("--url"), url});
    const QString started = QStringLiteral("[1/1] up ") + version;
    QString output;
    QDeadlineTimer deadline(20000);
    while (!output.contains(started) && !deadline.hasExpired()) {
        p.waitForReadyRead(100);
        output += QString::fromUtf8(p.readAllStandardOutput());
    }
    return output;
}

} // namespace godwit::test

/*! In a test function of an engine row: dir, a fresh target (the test skipped when the
    engine's server is missing), folder (the engine's fixture folder, copied into dir) and the
    target's url. */
#define GODWIT_ENGINE_FOLDER(engine)                                                               \
    QTemporaryDir dir;                                                                             \
    GODWIT_FRESH_TARGET(target, engine, dir.path());                                               \
    const QString folder = godwit::test::copyFolder(engine, dir);                                  \
    const QString url = target->display()
