#pragma once

#include "i18n/message.h"
#include "migrations/projectfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace godwit {

enum class ChecklistSection { Before, During, After };

/*! What ticks an item: a person (Manual) or Godwit, which does the work and keeps the
    evidence. */
enum class CheckKind {
    Manual,
    Backup,            ///< a backup of the target, with its restore command
    StagingDryRun,     ///< the same plan dry-run on the staging profile
    Reversibility,     ///< up, down, compare, on the target (a dry run: nothing changes)
    Rollback,          ///< every step has a down script or a written rollback note
    Estimate,          ///< duration from the dry run's timings; the largest tables touched
    DestructiveReview, ///< each destructive change of the dry run acknowledged by name
    Apply,             ///< the deployment's run itself
    Verify,            ///< after: the target matches the schema its history implies
};

QString sectionId(ChecklistSection section);
std::optional<ChecklistSection> sectionFromId(const QString &id);
QString checkId(CheckKind check);
std::optional<CheckKind> checkFromId(const QString &id);

struct ChecklistItemTemplate
{
    QString id;
    ChecklistSection section = ChecklistSection::Before;
    CheckKind check = CheckKind::Manual;
    Message title; ///< a record keeps it in English (english()); people read text()
    bool required = false; ///< before-items that gate Apply on a production profile
};

/*! A project's checklist: the default one, or godwit.json's "checklist" key:
    {"stagingProfile": "staging", "items": [{"id", "section", "check", "title", "required"}]}.
    An item without "check" is manual. */
struct ChecklistTemplate
{
    QList<ChecklistItemTemplate> items;
    QString stagingProfile; ///< empty: the first profile whose environment is "staging"

    static ChecklistTemplate defaults();
};

struct ChecklistTemplateLoad
{
    std::optional<ChecklistTemplate> checklist;
    QString error; ///< names godwit.json and the key that is wrong
};

ChecklistTemplateLoad checklistTemplate(const Project &project);

/*! A title as godwit.json or a deployment record keeps it: the default items' are the
    catalog's English, and are translated where they are shown; others stay as written. */
Message checklistTitle(const QString &stored);

/*! The profile the staging dry run runs on, or empty with the reason in error. */
QString stagingProfileOf(const Project &project, const ChecklistTemplate &checklist, QString *error);

} // namespace godwit
