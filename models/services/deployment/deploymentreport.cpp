#include "deploymentreport.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentReport)
};

/*! The few shapes a report is made of, written in one format. */
class Writer
{
public:
    virtual ~Writer() = default;
    virtual void heading(int level, const QString &text) = 0;
    virtual void paragraph(const QString &text) = 0;
    virtual void bullets(const QStringList &items) = 0;
    virtual void table(const QStringList &header, const QList<QStringList> &rows) = 0;
    virtual void code(const QString &language, const QString &text) = 0;
    virtual QString finish() = 0;

protected:
    QString m_out;
};

class MarkdownWriter : public Writer
{
public:
    void heading(int level, const QString &text) override { m_out += QString(level, u'#') + u' ' + text + u"\n\n"_s; }
    void paragraph(const QString &text) override { m_out += text + u"\n\n"_s; }
    void bullets(const QStringList &items) override
    {
        for (const QString &item : items)
            m_out += u"- "_s + item + u'\n';
        m_out += u'\n';
    }
    void table(const QStringList &header, const QList<QStringList> &rows) override
    {
        const auto row = [](const QStringList &cells) -> QString {
            QStringList escaped;
            for (const QString &c : cells)
                escaped << QString(c).replace(u'|', u"\\|"_s).replace(u'\n', u' ');
            return u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
        };
        m_out += row(header);
        m_out += u"|"_s + QStringList(header.size(), u" --- "_s).join(u'|') + u"|\n"_s;
        for (const QStringList &r : rows)
            m_out += row(r);
        m_out += u'\n';
    }
    void code(const QString &language, const QString &text) override
    {
        QString fence = u"```"_s;
        while (text.contains(fence))
            fence += u'`';
        m_out += fence + language + u'\n' + text + (text.endsWith(u'\n') ? u""_s : u"\n"_s) + fence + u"\n\n"_s;
    }
    QString finish() override { return m_out.trimmed() + u'\n'; }
};

class HtmlWriter : public Writer
{
public:
    explicit HtmlWriter(const QString &title)
    {
        m_out = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
                + title.toHtmlEscaped()
                + u"</title>\n<style>\n"
                  "body { font-family: sans-serif; max-width: 70em; margin: 2em auto; color: #222; }\n"
                  "table { border-collapse: collapse; margin-bottom: 1em; }\n"
                  "th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }\n"
                  "pre { background: #f4f4f4; padding: 0.8em; overflow-x: auto; }\n"
                  "</style>\n</head>\n<body>\n"_s;
    }
    void heading(int level, const QString &text) override
    {
        m_out += u"<h%1>%2</h%1>\n"_s.arg(level).arg(text.toHtmlEscaped());
    }
    void paragraph(const QString &text) override { m_out += u"<p>"_s + text.toHtmlEscaped() + u"</p>\n"_s; }
    void bullets(const QStringList &items) override
    {
        m_out += u"<ul>\n"_s;
        for (const QString &item : items)
            m_out += u"<li>"_s + item.toHtmlEscaped() + u"</li>\n"_s;
        m_out += u"</ul>\n"_s;
    }
    void table(const QStringList &header, const QList<QStringList> &rows) override
    {
        m_out += u"<table>\n<tr>"_s;
        for (const QString &h : header)
            m_out += u"<th>"_s + h.toHtmlEscaped() + u"</th>"_s;
        m_out += u"</tr>\n"_s;
        for (const QStringList &r : rows) {
            m_out += u"<tr>"_s;
            for (const QString &c : r)
                m_out += u"<td>"_s + c.toHtmlEscaped() + u"</td>"_s;
            m_out += u"</tr>\n"_s;
        }
        m_out += u"</table>\n"_s;
    }
    void code(const QString &language, const QString &text) override
    {
        m_out += u"<pre><code class=\"language-%1\">"_s.arg(language) + text.toHtmlEscaped() + u"</code></pre>\n"_s;
    }
    QString finish() override { return m_out + u"</body>\n</html>\n"_s; }
};

// A paragraph's full stop, unless what it ends with has one ("approved by J.D.").
QString sentence(const QString &text)
{
    return text.endsWith(u'.') || text.endsWith(u'!') || text.endsWith(u'?') ? text : text + u'.';
}

QString signed_(const Signoff &s)
{
    if (s.isEmpty())
        return {};
    QString text = Text::tr("%1, %2").arg(s.by, s.at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    if (!s.note.isEmpty())
        text += Text::tr(": %1").arg(s.note);
    return text;
}

QString stateOf(const Deployment &d)
{
    if (d.outcome)
        return d.outcome->ok ? Text::tr("applied") : Text::tr("failed");
    return d.isClosed() ? Text::tr("closed without running") : Text::tr("open");
}

QStringList changeLines(const QList<EvidenceChange> &changes)
{
    QStringList lines;
    for (const EvidenceChange &c : changes)
        lines << u"%1: %2"_s.arg(c.changeClass, c.change);
    return lines;
}

// The plan: each step, its script, checksum and how it is rolled back.
void writePlanSteps(Writer &w, const Deployment &d)
{
    w.heading(2, Text::tr("Plan"));
    QList<QStringList> steps;
    int n = 0;
    for (const DeploymentStep &s : d.steps) {
        const QString rollback = s.direction == u"down" ? Text::tr("the up script")
                                 : s.hasDown            ? Text::tr("down script")
                                 : s.rollbackNote.isEmpty() ? Text::tr("none")
                                                            : Text::tr("manual: %1").arg(s.rollbackNote);
        steps << QStringList{QString::number(++n), s.version, s.description, s.direction, s.script,
                             s.checksum.left(12), rollback};
    }
    w.table({u"#"_s, Text::tr("Version"), Text::tr("Description"), Text::tr("Direction"), Text::tr("Script"), Text::tr("Checksum"), Text::tr("Rollback")},
            steps);
}

// The checklist by section, and a gate override.
void writeChecklist(Writer &w, const Deployment &d)
{
    w.heading(2, Text::tr("Checklist"));
    for (ChecklistSection section : {ChecklistSection::Before, ChecklistSection::During, ChecklistSection::After}) {
        QList<QStringList> rows;
        for (const ChecklistItem &i : d.items) {
            if (i.def.section != section)
                continue;
            QString evidence = i.summary.text();
            if (i.state == ItemState::Stale)
                evidence = Text::tr("stale: %1 (was: %2)").arg(i.staleReason.text(), i.summary.text());
            rows << QStringList{i.def.title.text() + (i.def.required ? Text::tr(" (required)") : QString()), itemStateText(i.state),
                                evidence, i.isSignedOff() ? signed_(i.signoff) : QString()};
        }
        if (rows.isEmpty())
            continue;
        w.heading(3, section == ChecklistSection::Before   ? Text::tr("Before")
                     : section == ChecklistSection::During ? Text::tr("During")
                                                           : Text::tr("After"));
        w.table({Text::tr("Item"), Text::tr("State"), Text::tr("Evidence"), Text::tr("Signed off")}, rows);
    }
    if (d.gateOverride) {
        w.paragraph(sentence(Text::tr("Gate overridden at plan %1 without %2 — %3")
                                 .arg(d.gateOverride->plan, d.gateOverride->missing.join(u", "_s),
                                      signed_(d.gateOverride->signoff))));
    }
}

// What each check measured, in words.
void writeEvidence(Writer &w, const Deployment &d)
{
    w.heading(2, Text::tr("Evidence"));
    bool any = false;
    for (const ChecklistItem &i : d.items) {
        const QList<EvidenceLine> lines = evidenceLines(i.evidence);
        if (lines.isEmpty())
            continue;
        any = true;
        w.heading(3, i.def.title.text());
        QStringList bullets;
        for (const EvidenceLine &l : lines)
            bullets << Text::tr("%1: %2").arg(l.label, l.text);
        w.bullets(bullets);
    }
    if (!any)
        w.paragraph(Text::tr("No check has run yet."));
}

// The schema changes the dry runs recorded.
void writeChanges(Writer &w, const Deployment &d)
{
    w.heading(2, Text::tr("Schema changes of the dry run"));
    const ChecklistItem *staging = d.itemOf(CheckKind::StagingDryRun);
    const ChecklistItem *review = d.itemOf(CheckKind::DestructiveReview);
    const auto *rehearsal = staging ? std::get_if<StagingEvidence>(&staging->evidence) : nullptr;
    const auto *reviewed = review ? std::get_if<ReviewEvidence>(&review->evidence) : nullptr;
    QStringList changes = rehearsal ? changeLines(rehearsal->changes) : QStringList();
    if (changes.isEmpty() && reviewed)
        changes = changeLines(reviewed->destructive) + changeLines(reviewed->rewriting);
    if (changes.isEmpty())
        w.paragraph(Text::tr("No dry run recorded, or it changed nothing."));
    else
        w.bullets(changes);
}

// Destructive changes and their acknowledgements, reversibility residue, failed items.
void writeFindings(Writer &w, const Deployment &d)
{
    w.heading(2, Text::tr("Findings"));
    const ChecklistItem *review = d.itemOf(CheckKind::DestructiveReview);
    QStringList findings;
    if (const auto *e = review ? std::get_if<ReviewEvidence>(&review->evidence) : nullptr) {
        QHash<QString, QString> acks;
        for (const Acknowledgement &a : e->acknowledged)
            acks.insert(a.change, acknowledgedText(a.signoff));
        for (const EvidenceChange &c : e->destructive) {
            findings << (acks.contains(c.change) ? Text::tr("destructive: %1 — %2").arg(c.change, acks.value(c.change))
                                                 : Text::tr("destructive: %1 — not acknowledged").arg(c.change));
        }
    }
    const ChecklistItem *rev = d.itemOf(CheckKind::Reversibility);
    if (const auto *e = rev ? std::get_if<ReversibilityEvidence>(&rev->evidence) : nullptr) {
        for (const QString &residue : e->residue)
            findings << Text::tr("reversibility: %1").arg(residue);
    }
    for (const ChecklistItem &i : d.items) {
        const bool told = std::any_of(findings.cbegin(), findings.cend(),
                                      [&](const QString &f) { return f.endsWith(i.error.text()); });
        if (i.state == ItemState::Failed && !told)
            findings << Text::tr("%1 failed: %2").arg(i.def.title.text(), i.error.text());
    }
    if (findings.isEmpty())
        w.paragraph(Text::tr("None."));
    else
        w.bullets(findings);
}

// How the apply went, step by step.
void writeOutcome(Writer &w, const Deployment &d)
{
    w.heading(2, Text::tr("Outcome"));
    if (!d.outcome) {
        w.paragraph(Text::tr("Not run."));
    } else {
        w.paragraph(sentence(Text::tr("%1 → %2: %3")
                                 .arg(d.outcome->started.toUTC().toString(Qt::ISODate),
                                      d.outcome->finished.toUTC().toString(Qt::ISODate),
                                      d.outcome->ok ? Text::tr("applied") : Text::tr("failed: %1").arg(d.outcome->error))));
        QList<QStringList> rows;
        for (const StepOutcome &s : d.outcome->steps)
            rows << QStringList{s.version, s.direction, s.outcome, durationText(s.durationMs),
                                s.location.isEmpty() ? s.message : s.location + u": "_s + s.message};
        w.table({Text::tr("Version"), Text::tr("Direction"), Text::tr("Outcome"), Text::tr("Took"), Text::tr("Message")}, rows);
    }
}

// The SQL of each step.
void writeSql(Writer &w, const Deployment &d)
{
    w.heading(2, Text::tr("SQL"));
    for (const DeploymentStep &s : d.steps) {
        w.heading(3, Text::tr("%1 %2 (%3) — %4").arg(s.version, s.description, s.direction, s.script));
        w.code(u"sql"_s, s.sql);
    }
}

void write(Writer &w, const Deployment &d)
{
    w.heading(1, Text::tr("Deployment %1").arg(d.id));
    w.table({Text::tr("Profile"), Text::tr("Environment"), Text::tr("Target"), Text::tr("Revision"), Text::tr("Plan"), Text::tr("State")},
            {{d.profile, environmentId(d.environment), d.target,
              Text::tr("%1 → %2").arg(d.from.isEmpty() ? Text::tr("none") : d.from, d.targetVersion()), d.plan, stateOf(d)}});
    w.paragraph(sentence(Text::tr("Started by %1").arg(signed_(d.created))));
    writePlanSteps(w, d);
    writeChecklist(w, d);
    writeEvidence(w, d);
    writeChanges(w, d);
    writeFindings(w, d);
    writeOutcome(w, d);
    writeSql(w, d);
}

} // namespace

QString deploymentReport(const Deployment &deployment, ReportFormat format)
{
    std::unique_ptr<Writer> w;
    if (format == ReportFormat::Html)
        w = std::make_unique<HtmlWriter>(Text::tr("Deployment %1").arg(deployment.id));
    else
        w = std::make_unique<MarkdownWriter>();
    write(*w, deployment);
    return w->finish();
}

} // namespace godwit
