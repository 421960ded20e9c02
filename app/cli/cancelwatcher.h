#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

namespace godwit::cli {

/*! While it lives, Ctrl-C (the cancel flag) also stops the statement that is running, so a
    cancelled run does not wait for a long statement to end on its own. */
class CancelWatcher
{
public:
    CancelWatcher(const std::atomic_bool *cancel, std::function<void()> interrupt)
        : m_thread([this, cancel, interrupt = std::move(interrupt)] {
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
    }

private:
    std::atomic_bool m_finished{false};
    std::thread m_thread;
};

} // namespace godwit::cli
