#pragma once

#include "i18n/duration.h"

#include "checklist.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace godwit {

/*! Who did something, when, and what they said. */
struct Signoff
{
    QString by;
    QDateTime at; ///< UTC, to the second
    QString note;

    bool isEmpty() const { return by.isEmpty(); }
    QJsonObject toJson() const;
    static Signoff fromJson(const QJsonObject &o);
};

/*! One schema change a dry run made: its class id ("destructive", "lint"…) and its
    description in English. */
struct EvidenceChange
{
    QString changeClass;
    QString change;
};

/*! A backup taken, and how to restore it. */
struct BackupEvidence
{
    QString file; ///< relative to the project folder
    qint64 size = 0;
    QString sha256;
    qint64 durationMs = 0;
    QString tool;
    QString toolVersion;
    QStringList restoreCommand;
    std::optional<QString> restoreInput;       ///< absent in older records
    std::optional<QString> restoreCommandLine; ///< absent in older records
};

/*! The plan dry-run on the staging profile. */
struct StagingEvidence
{
    QString profile; ///< the staging target as shown
    QString plan;
    QString method; ///< dryRunMethodId()
    int steps = 0;
    qint64 durationMs = 0;
    QList<EvidenceChange> changes;
    /*! What each statement was measured to take (locks, the ALTER algorithm, rewrites), in
        English: "0002 statement 1 (file:1:1): AccessExclusiveLock on orders: blocks …". */
    QStringList locks;
};

/*! Up, then the downs, on a dry run of the target. */
struct ReversibilityEvidence
{
    QString method;
    QStringList residue; ///< what the downs did not restore, in English
    int downSteps = 0;
};

/*! The way back of each step. */
struct RollbackEvidence
{
    struct Step
    {
        QString version;
        QString way;      ///< "down-script", "up-again", "manual", "none"; empty in older records
        QString note;     ///< the rollback written by hand, when there is one
        QString rollback; ///< in English words (older records: as they were told)
    };
    QList<Step> steps;
};

/*! A step's way back in words: "down script", "manual: NOTE"… */
Message rollbackWay(const RollbackEvidence::Step &step);

/*! How long the plan took on the dry run, and the largest tables it touches. */
struct EstimateEvidence
{
    struct Step
    {
        QString version;
        qint64 durationMs = 0;
    };
    struct Table
    {
        QString table;
        qint64 rows = -1; ///< -1: not known
        QString source;   ///< where the figure comes from
    };
    qint64 durationMs = 0;
    QString basis;
    QList<Step> steps;
    QList<Table> tables;
    QStringList longest; ///< the longest statements' estimates, in English
};

/*! A destructive change (or lint error) acknowledged by name. */
struct Acknowledgement
{
    QString change;
    Signoff signoff;
};

/*! The dry run's destructive and rewriting changes, and the acknowledgements so far. */
struct ReviewEvidence
{
    QList<EvidenceChange> destructive;
    QList<EvidenceChange> rewriting;
    QList<Acknowledgement> acknowledged;

    QStringList destructiveNames() const;
    QStringList acknowledgedNames() const;
};

/*! The deployment's run, step by step. */
struct ApplyEvidence
{
    struct Step
    {
        QString version;
        QString outcome; ///< done, failed, cancelled, skipped
        qint64 durationMs = 0;
    };
    QList<Step> steps;
};

/*! After the run: the target against the schema its history implies. */
struct VerifyEvidence
{
    QList<EvidenceChange> drift;
    QString revision;
};

/*! What an item's check measured; a manual item, or a check that failed before measuring,
    has none (std::monostate). */
using Evidence = std::variant<std::monostate, BackupEvidence, StagingEvidence, ReversibilityEvidence, RollbackEvidence,
                              EstimateEvidence, ReviewEvidence, ApplyEvidence, VerifyEvidence>;

inline bool hasEvidence(const Evidence &evidence)
{
    return !std::holds_alternative<std::monostate>(evidence);
}

/*! The record's "evidence" object (the keys the record has always had; QJsonObject keeps
    them sorted). Empty without evidence. */
QJsonObject evidenceToJson(const Evidence &evidence);
/*! Reads a record's "evidence" of an item of this check, older records' shapes included. */
Evidence evidenceFromJson(CheckKind check, const QJsonObject &o);

/*! One line of evidence in words, for people: a label and its text; code is a command to
    be copied as it is. */
struct EvidenceLine
{
    QString label;
    QString text;
    bool code = false;
};

/*! The evidence in words, translated: the dock's details, the reports and `checklist show`. */
QList<EvidenceLine> evidenceLines(const Evidence &evidence);

/*! "acknowledged by NAME at 2026-12-01 22:37 UTC", with the note when there is one. */
QString acknowledgedText(const Signoff &by);

} // namespace godwit
