#include "interrupter.h"

namespace godwit {

Interrupter::Interrupter(Connection &connection)
    : m_connection(connection)
    , m_target(connection.driver().interruptTarget(connection))
{
}

void Interrupter::interrupt() const
{
    m_connection.driver().interrupt(m_connection, m_target);
}

} // namespace godwit
