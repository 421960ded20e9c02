#include "checklist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(Checklist)
};

const QList<std::pair<CheckKind, QString>> &checkIds()
{
    static const QList<std::pair<CheckKind, QString>> ids = {
        {CheckKind::Manual, u"manual"_s},
        {CheckKind::Backup, u"backup"_s},
        {CheckKind::StagingDryRun, u"staging-dry-run"_s},
        {CheckKind::Reversibility, u"reversibility"_s},
        {CheckKind::Rollback, u"rollback"_s},
        {CheckKind::Estimate, u"estimate"_s},
        {CheckKind::DestructiveReview, u"destructive-review"_s},
        {CheckKind::Apply, u"apply"_s},
        {CheckKind::Verify, u"verify"_s},
    };
    return ids;
}

} // namespace

QString sectionId(ChecklistSection section)
{
    switch (section) {
    case ChecklistSection::Before:
        return u"before"_s;
    case ChecklistSection::During:
        return u"during"_s;
    case ChecklistSection::After:
        return u"after"_s;
    }
    return {};
}

std::optional<ChecklistSection> sectionFromId(const QString &id)
{
    for (ChecklistSection s : {ChecklistSection::Before, ChecklistSection::During, ChecklistSection::After}) {
        if (sectionId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString checkId(CheckKind check)
{
    for (const auto &[kind, id] : checkIds()) {
        if (kind == check)
            return id;
    }
    return {};
}

std::optional<CheckKind> checkFromId(const QString &id)
{
    for (const auto &[kind, name] : checkIds()) {
        if (name == id)
            return kind;
    }
    return std::nullopt;
}

Message checklistTitle(const QString &stored)
{
    return Message("Checklist", stored.toUtf8());
}

ChecklistTemplate ChecklistTemplate::defaults()
{
    using S = ChecklistSection;
    using C = CheckKind;
    ChecklistTemplate t;
    // Common practice: a tested way back before anything runs, a rehearsal on staging, a
    // reviewed plan; someone watching while it runs; a verified result afterwards.
    t.items = {
        {u"backup"_s, S::Before, C::Backup, Text::msg("Backup taken, with its restore command"), true},
        {u"staging-dry-run"_s, S::Before, C::StagingDryRun, Text::msg("Dry run passed on staging for this plan"), true},
        {u"reversibility"_s, S::Before, C::Reversibility, Text::msg("Reversibility checked: up, down, compare"), true},
        {u"rollback"_s, S::Before, C::Rollback, Text::msg("Every step has a rollback"), true},
        {u"estimate"_s, S::Before, C::Estimate, Text::msg("Duration estimated; largest tables touched"), false},
        {u"destructive-review"_s, S::Before, C::DestructiveReview, Text::msg("Destructive changes reviewed"), true},
        {u"notify"_s, S::Before, C::Manual, Text::msg("Stakeholders notified of the change window"), false},
        {u"apply"_s, S::During, C::Apply, Text::msg("Migrations applied"), false},
        {u"monitor"_s, S::During, C::Manual, Text::msg("Locks, replication lag and errors watched during the run"), false},
        {u"verify"_s, S::After, C::Verify, Text::msg("Schema verified against the applied history"), false},
        {u"app-health"_s, S::After, C::Manual, Text::msg("Application checked: functionality and error rates"), false},
        {u"docs"_s, S::After, C::Manual, Text::msg("Documentation updated"), false},
    };
    return t;
}

ChecklistTemplateLoad checklistTemplate(const Project &project)
{
    ChecklistTemplateLoad load;
    ChecklistTemplate t = ChecklistTemplate::defaults();
    const QJsonObject &root = project.checklist;
    t.stagingProfile = root.value(u"stagingProfile").toString();
    const QString file = project.directory + u"/godwit.json"_s;
    auto invalid = [&](const QString &what) {
        load.error = Text::tr("%1: checklist: %2").arg(file, what);
        return load;
    };
    if (!t.stagingProfile.isEmpty() && !project.profiles.contains(t.stagingProfile))
        return invalid(Text::tr("stagingProfile \"%1\" is not among the profiles").arg(t.stagingProfile));
    if (root.contains(u"items")) {
        t.items.clear();
        const QJsonArray items = root.value(u"items").toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject o = items.at(i).toObject();
            const QString where = u"items[%1]"_s.arg(i);
            ChecklistItemTemplate item;
            item.id = o.value(u"id").toString();
            item.title = checklistTitle(o.value(u"title").toString());
            if (item.id.isEmpty() || item.title.isEmpty())
                return invalid(Text::tr("%1 needs an \"id\" and a \"title\"").arg(where));
            if (seen.contains(item.id))
                return invalid(Text::tr("%1: the id \"%2\" is used twice").arg(where, item.id));
            seen.insert(item.id);
            const auto section = sectionFromId(o.value(u"section").toString(u"before"_s));
            if (!section)
                return invalid(Text::tr("%1.section: \"%2\" is not before, during or after")
                                   .arg(where, o.value(u"section").toString()));
            const auto check = checkFromId(o.value(u"check").toString(u"manual"_s));
            if (!check) {
                QStringList known;
                for (const auto &pair : checkIds())
                    known << pair.second;
                return invalid(Text::tr("%1.check: unknown check \"%2\" (known: %3)")
                                   .arg(where, o.value(u"check").toString(), known.join(u", "_s)));
            }
            item.section = *section;
            item.check = *check;
            item.required = o.value(u"required").toBool(false);
            t.items << item;
        }
    }
    load.checklist = t;
    return load;
}

QString stagingProfileOf(const Project &project, const ChecklistTemplate &checklist, QString *error)
{
    if (!checklist.stagingProfile.isEmpty())
        return checklist.stagingProfile;
    for (const Profile &p : project.profiles) {
        if (p.environment == Environment::Staging)
            return p.name;
    }
    *error = Text::tr("no staging profile: tag a profile's environment \"staging\" or set checklist.stagingProfile in "
                "godwit.json");
    return {};
}

} // namespace godwit
