#include "secretstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {
const QString service = u"godwit"_s;
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::keyFor(const QString &projectDirectory, const QString &profile)
{
    return projectDirectory + u'|' + profile;
}

void SecretStore::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    if (m_session.contains(key)) {
        done(m_session.value(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain-text file
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else
            done(std::nullopt);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret,
                        std::function<void(bool keychain, const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done](QKeychain::Job *) {
        const bool stored = job->error() == QKeychain::NoError;
        if (stored)
            m_session.remove(key);
        else
            m_session.insert(key, secret);
        if (done)
            done(stored, stored ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(key);
    job->start();
}

} // namespace godwit
