#pragma once

#include "connection.h"

#include "drivers/enginedriver.h"

namespace godwit {

/*! Stops the statement a connection is running, from any thread, the engine's way
    (EngineDriver::interrupt). Construct it on the thread that owns the connection: it reads
    what it needs there. */
class Interrupter
{
public:
    explicit Interrupter(Connection &connection);

    void interrupt() const;

private:
    Connection &m_connection;
    InterruptTarget m_target;
};

} // namespace godwit
