#include "confirmdialog.h"

#include "statuscolors.h"

#include "database/dryrun.h"
#include "plan/plan.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace godwit {

ConfirmDialog::ConfirmDialog(const QString &action, const QString &profile, const QString &rule,
                             const Plan &plan, const DryRunReport &dryRun, const QList<Finding> &findings,
                             QWidget *parent)
    : QDialog(parent)
    , m_summary(nullptr)
    , m_name(new QLineEdit(this))
    , m_confirm(nullptr)
{
    setWindowTitle(tr("%1 on production").arg(action));
    auto *layout = new QVBoxLayout(this);
    auto *banner = new QLabel(tr("<b>%1</b> is a <b>production</b> profile.").arg(profile.toHtmlEscaped()), this);
    banner->setStyleSheet(u"color: white; padding: 6px; background: %1;"_s.arg(environmentColor(Environment::Production).name()));
    layout->addWidget(banner);

    QStringList lines;
    lines << rule.toHtmlEscaped();
    // What it runs, by name, from the plan: a dry run that stopped early lists fewer.
    for (const PlanStep &step : plan.steps) {
        const Migration &m = step.migration;
        lines << (step.direction == Direction::Down ? tr("Undoes %1 %2") : tr("Runs %1 %2"))
                     .arg(m.displayVersion(), m.description)
                     .toHtmlEscaped();
    }
    const int steps = int(plan.steps.size());
    lines << pluralText(tr("The dry run of this plan (%n step(s)) %1.", nullptr, steps), steps)
                 .arg(dryRun.ok() ? tr("passed") : tr("did <b>not</b> pass"));
    if (dryRun.up.size() < plan.steps.size())
        lines << pluralText(tr("It stopped after %n step(s): the steps after it were not rehearsed.", nullptr,
                               int(dryRun.up.size())),
                            int(dryRun.up.size()));
    for (const SchemaChange &c : dryRun.diff.changes) {
        if (c.changeClass == SchemaChange::Class::Additive)
            continue;
        lines << u"<span style=\"color:%1\">%2: %3</span>"_s.arg(readableOn(changeClassColor(c.changeClass), palette().color(QPalette::Window)).name(),
                                                                changeClassText(c.changeClass),
                                                                c.description().text().toHtmlEscaped());
    }
    if (dryRun.diff.count(SchemaChange::Class::Destructive) == 0)
        lines << tr("Nothing destructive.");
    if (!dryRun.estimate.isEmpty()) {
        lines << tr("<b>Time on the target's data:</b> %1").arg(dryRun.estimate.summary().text().toHtmlEscaped());
        for (const Message &m : dryRun.estimate.longest(3))
            lines << u"&nbsp;&nbsp;"_s + m.text().toHtmlEscaped();
    }
    int shown = 0;
    for (const Finding &f : findings) {
        if (f.suppressed || f.severity == Severity::Info)
            continue;
        if (shown++ == 0)
            lines << tr("<b>Lint findings of these scripts:</b>");
        lines << u"<span style=\"color:%1\">%2 [%3] %4 — %5:%6</span>"_s.arg(
            readableOn(severityColor(f.severity), palette().color(QPalette::Window)).name(), severityId(f.severity), f.rule,
            QString(f.message.text() + (f.data.isEmpty() ? QString() : u" — "_s + f.data.text())).toHtmlEscaped(),
            QFileInfo(f.location.file).fileName().toHtmlEscaped()).arg(f.location.line);
    }
    m_summary = new QLabel(lines.join(u"<br>"_s), this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Type the profile's name to %1:").arg(action.toLower()), this));
    m_name->setPlaceholderText(profile);
    layout->addWidget(m_name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_confirm->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, [this, profile](const QString &text) {
        m_confirm->setEnabled(text == profile);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ConfirmDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace godwit
