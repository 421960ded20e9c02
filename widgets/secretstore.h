#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace godwit {

/*! Where profile passwords live: the OS keychain through QtKeychain; where no keychain
    service runs, this session's memory only. Never a file, never the log. */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);

    static QString keyFor(const QString &projectDirectory, const QString &profile);

    /*! Calls done with the secret (nullopt when there is none) once it is known. */
    void read(const QString &key, std::function<void(std::optional<QString>)> done);
    /*! Stores the secret; done says whether the keychain took it (false: kept in memory for
        this session, with the keychain's error). */
    void write(const QString &key, const QString &secret, std::function<void(bool keychain, const QString &error)> done);
    void remove(const QString &key);
    /*! Keeps a secret for this session only (asked once, not saved). */
    void remember(const QString &key, const QString &secret) { m_session.insert(key, secret); }

private:
    QHash<QString, QString> m_session;
};

} // namespace godwit
