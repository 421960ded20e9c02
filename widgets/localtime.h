#pragma once

#include <QDateTime>
#include <QLocale>

namespace godwit {

/*! A time for people, as their locale writes it, to the second and without a time zone. */
inline QString localTimeText(const QTime &time)
{
    const QLocale locale;
    return locale.toString(time, locale.timeFormat(QLocale::LongFormat).remove(u't').trimmed());
}

/*! A moment for people: the locale's short date and localTimeText(), in local time. */
inline QString localDateTimeText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + localTimeText(local.time());
}

} // namespace godwit
