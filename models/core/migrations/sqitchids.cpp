#include "sqitchids.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QUrl>

namespace godwit {

namespace {

QString hashed(const char *kind, const QString &info)
{
    const QByteArray content = info.toUtf8();
    QCryptographicHash sha(QCryptographicHash::Sha1);
    QByteArray prefix(kind);
    prefix += ' ' + QByteArray::number(content.size());
    prefix += '\0';
    sha.addData(prefix);
    sha.addData(content);
    return QString::fromLatin1(sha.result().toHex());
}

// A note is written only when Perl finds it true: neither empty nor "0".
bool perlTrue(const QString &text)
{
    return !text.isEmpty() && text != u"0";
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QString planner(const QString &name, const QString &email)
{
    return name + u" <" + email + u'>';
}

// The lines every entry's description starts with: project, then %uri when there is one.
QStringList header(const SqitchProject &project)
{
    QStringList lines{u"project " + project.project};
    if (!project.uri.isEmpty())
        lines.append(u"uri " + sqitchCanonicalUri(project.uri));
    return lines;
}

} // namespace

QString sqitchCanonicalUri(const QString &uri)
{
    QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return uri;
    const QString scheme = url.scheme().toLower();
    url.setScheme(scheme);
    if (!url.host().isEmpty())
        url.setHost(url.host().toLower());
    static const QHash<QString, int> defaults{{QStringLiteral("http"), 80}, {QStringLiteral("https"), 443},
                                              {QStringLiteral("ftp"), 21}};
    if (defaults.contains(scheme) && url.port() == defaults.value(scheme))
        url.setPort(-1);
    if ((scheme == u"http" || scheme == u"https") && url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url.toString(QUrl::FullyEncoded);
}

QString sqitchDependencyName(const SqitchDependency &dep, const QString &project)
{
    QString key = dep.change;
    if (!dep.tag.isEmpty())
        key += u'@' + dep.tag;
    if (key.isEmpty())
        key = dep.id;
    return dep.project.isEmpty() || dep.project == project ? key : dep.project + u':' + key;
}

QStringList sqitchChangeIds(const SqitchProject &project)
{
    QStringList ids;
    ids.reserve(project.changes.size());
    for (const SqitchChange &change : project.changes) {
        QStringList lines = header(project);
        lines.append(u"change " + change.name);
        if (!ids.isEmpty())
            lines.append(u"parent " + ids.last());
        lines.append(u"planner " + planner(change.plannerName, change.plannerEmail));
        lines.append(u"date " + timestamp(change.planned));
        QStringList required, conflicts;
        for (const SqitchDependency &dep : change.requirements)
            required.append(sqitchDependencyName(dep, project.project));
        for (const SqitchDependency &dep : change.conflicts)
            conflicts.append(sqitchDependencyName(dep, project.project));
        if (!required.isEmpty())
            lines.append(u"requires\n  + " + required.join(u"\n  + "));
        if (!conflicts.isEmpty())
            lines.append(u"conflicts\n  - " + conflicts.join(u"\n  - "));
        if (perlTrue(change.note))
            lines << QString() << change.note;
        ids.append(hashed("change", lines.join(u'\n')));
    }
    return ids;
}

QString sqitchTagId(const SqitchProject &project, const SqitchTag &tag, const QString &changeId)
{
    QStringList lines = header(project);
    lines << u"tag @" + tag.name << u"change " + changeId << u"planner " + planner(tag.plannerName, tag.plannerEmail)
          << u"date " + timestamp(tag.planned);
    if (perlTrue(tag.note))
        lines << QString() << tag.note;
    return hashed("tag", lines.join(u'\n'));
}

QString sqitchScriptHash(const QString &deployPath)
{
    QFile file(deployPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash sha(QCryptographicHash::Sha1);
    sha.addData(&file);
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace godwit
