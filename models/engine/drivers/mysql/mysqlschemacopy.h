#pragma once

#include "database/connection.h"

#include "sql/containment.h"

namespace godwit::drivers {

/*! Copies the target's tables, views, triggers and routines into copy (a scratch database
    named copyName on the same server), from SHOW CREATE; what would reach outside the
    scratch is not copied but added to notRehearsable. Empty on success, else why. */
QString copyMysqlSchema(Connection &target, Connection &copy, const QString &copyName,
                        QList<NotRehearsable> &notRehearsable);

} // namespace godwit::drivers
