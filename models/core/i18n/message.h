#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <type_traits>
#include <vector>

namespace godwit {

/*! Text for people inside a result that machines read too: a catalog's source text and its
    arguments, kept apart until someone reads it. Machine output (JSON, SARIF, the audit log,
    deployment records) carries english(), the same bytes whatever the locale; the window and
    the command line's text show text(), translated where it is shown. An argument is a
    Message too, so that a message built of messages translates whole; text from outside the
    catalogs (a path, a name, a server's error) is an argument as it is.

    Made by Text::msg() in a file whose `struct Text` says GODWIT_DECLARE_TR_FUNCTIONS(Ctx):
    lupdate reads msg() as tr() (cmake/GodwitTranslations.cmake), so the strings keep their
    context and their translations. */
class Message
{
public:
    Message() = default;
    /*! Text outside the catalogs: the same in every language. With arguments, a pattern
        that is the same in every language ("%1 (%2)"). */
    Message(const QString &verbatim) : m_verbatim(verbatim) {}
    /*! n >= 0 chooses the plural form and stands for %n. */
    Message(const char *context, QByteArray source, const char *disambiguation = nullptr, int n = -1)
        : m_context(context), m_source(std::move(source)), m_disambiguation(disambiguation), m_n(n)
    {
    }

    /*! The parts one after the other, separator between them. */
    static Message join(const QList<Message> &parts, const QString &separator);

    /*! Fills the lowest-numbered %1 … %99 left, as QString::arg() does. */
    Message arg(const Message &a) const;
    template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    Message arg(T a) const
    {
        return arg(Message(QString::number(a)));
    }
    template <typename... More>
    Message arg(const Message &a, const Message &b, const More &...more) const
    {
        return arg(a).arg(b, more...);
    }

    /*! In the language installed (installTranslations()). */
    QString text() const;
    /*! In the source's English, whatever the locale: for machine output. */
    QString english() const;
    bool isEmpty() const { return m_source.isEmpty() && (m_joined ? m_args.empty() : m_verbatim.isEmpty()); }

    /*! For a record that is read again later, in any language: a verbatim text as a
        string; else an object with its English "text" and what translates it (the
        catalog's context and source, the plural count, the arguments). */
    QJsonValue toJson() const;
    /*! Reads toJson()'s value; a plain string (older records) is verbatim. */
    static Message fromJson(const QJsonValue &value);

private:
    QString render(bool translated) const;
    QJsonValue structure() const;
    static Message fromStructure(const QJsonValue &value);

    QByteArray m_context;
    QByteArray m_source;
    QByteArray m_disambiguation; ///< null: none
    int m_n = -1;
    bool m_joined = false;
    QString m_verbatim; ///< the text outside the catalogs, or a join's separator
    std::vector<Message> m_args;
};

/*! A text for n things with English's "(s)" resolved: "1 step", "2 steps". The source
    texts say "%n step(s)"; a catalog with numerus forms leaves none to resolve. */
QString pluralText(QString text, int n);
/*! A count as the n of a plural form: rows and bytes past int's range are many. */
inline int pluralCount(qint64 n)
{
    return n > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(n);
}

/*! Each message in English, for machine output. */
QStringList englishTexts(const QList<Message> &messages);

} // namespace godwit

/*! In a file's `struct Text`: tr() as Q_DECLARE_TR_FUNCTIONS gives it, and msg(), the same
    string kept as a Message. */
#define GODWIT_DECLARE_TR_FUNCTIONS(context)                                                        \
    Q_DECLARE_TR_FUNCTIONS(context)                                                                \
public:                                                                                            \
    static godwit::Message msg(const char *source, const char *disambiguation = nullptr, int n = -1) \
    {                                                                                              \
        return godwit::Message(#context, source, disambiguation, n);                               \
    }                                                                                              \
                                                                                                   \
private:
