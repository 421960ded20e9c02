#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

namespace godwit::cli {

/*! How many watchers live. A signal that comes while none does ends the process at once:
    nothing runs then that would need stopping (see main.cpp). */
inline std::atomic_int activeCancelWatchers{0};

/*! While it lives, Ctrl-C, SIGTERM or SIGHUP (the cancel flag) also stops the statement that
    is running, so a cancelled run does not wait for a long statement to end on its own; the
    run then ends cleanly (rolled back or recorded as failed, the run lock released). */
class CancelWatcher
{
public:
    CancelWatcher(const std::atomic_bool *cancel, std::function<void()> interrupt)
        : m_registered((activeCancelWatchers.fetch_add(1), true))
        , m_thread([this, cancel, interrupt = std::move(interrupt)] {
            while (!m_finished.load()) {
                if (cancel && cancel->load()) {
                    interrupt();
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        })
    {
    }
    ~CancelWatcher()
    {
        m_finished.store(true);
        m_thread.join();
        activeCancelWatchers.fetch_sub(1);
    }

private:
    bool m_registered;
    std::atomic_bool m_finished{false};
    std::thread m_thread;
};

} // namespace godwit::cli
