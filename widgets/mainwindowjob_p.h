#pragma once

// MainWindow::startJob, for the files of MainWindow that start jobs (mainwindowproject.cpp,
// mainwindowrun.cpp and mainwindowdeployment.cpp).

#include "logpanel.h"
#include "mainwindow.h"

#include <QFutureWatcher>
#include <QProgressBar>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace godwit {

template<typename Job, typename Work, typename Done>
void MainWindow::startJob(const QString &what, Work work, Done done)
{
    if (!m_workspace)
        return;
    if (m_cancel) {
        if (m_startWhenIdle) { // one waits already: the person is told rather than left guessing
            tell(tr("%1: not started, another job is waiting for the one that runs").arg(what));
            return;
        }
        m_log->log(tr("%1: waits for the job that runs").arg(what));
        m_waitingJob = what;
        m_startWhenIdle = [this, what, work, done] { startJob<Job>(what, work, done); };
        return;
    }
    auto token = std::make_shared<CancelToken>();
    m_cancel = token;
    setBusy(what);
    m_log->log(what);
    auto *watcher = new QFutureWatcher<Job>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        const Job job = watcher->result();
        watcher->deleteLater();
        m_running = {};
        m_cancel.reset();
        setIdle();
        done(job);
        Q_EMIT jobFinished();
        if (m_startWhenIdle && !m_cancel)
        {
            m_waitingJob.clear();
            std::exchange(m_startWhenIdle, {})();
        }
        if (m_refreshWhenIdle && !m_cancel) {
            m_refreshWhenIdle = false;
            refresh();
        }
    });
    // Texts are queued to the window one by one: QFuture's progress is throttled and may
    // drop the step that is running now. The destructor waits for the job, so the window
    // outlives every text posted to it.
    const auto say = [this](const QString &text) {
        QMetaObject::invokeMethod(this, [this, text] { tell(text); }, Qt::QueuedConnection);
    };
    const QFuture<Job> future = QtConcurrent::run([work, token, say](QPromise<Job> &promise) {
        promise.addResult(work(*token, [&promise, &say](int done, int total, const QString &text) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            say(text);
        }));
    });
    m_running = QFuture<void>(future);
    watcher->setFuture(future);
}

} // namespace godwit
