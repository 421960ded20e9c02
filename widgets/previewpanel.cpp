#include "previewpanel.h"

#include "appsettings.h"
#include "remedytext.h"
#include "statuscolors.h"

#include "database/dryrun.h"
#include "items/schemadiffmodel.h"
#include "items/statementresultsmodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// Unified diff lines: + green, - red, @@ blue.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

private:
    static bool dark() { return darkPalette(); }

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(u"+++"_s) || text.startsWith(u"---"_s)) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(u'+')) {
            format.setForeground(dark() ? QColor(0x81, 0xc7, 0x84) : changeClassColor(SchemaChange::Class::Additive));
            format.setBackground(dark() ? QColor(0x1b, 0x33, 0x1d) : QColor(0xe8, 0xf5, 0xe9));
        } else if (text.startsWith(u'-')) {
            format.setForeground(dark() ? QColor(0xef, 0x9a, 0x9a) : changeClassColor(SchemaChange::Class::Destructive));
            format.setBackground(dark() ? QColor(0x3b, 0x1c, 0x1c) : QColor(0xff, 0xeb, 0xee));
        } else if (text.startsWith(u"@@"_s)) {
            format.setForeground(dark() ? QColor(0x6a, 0xb0, 0xf3) : QColor(0x15, 0x65, 0xc0));
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

class ClassColors : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == 0)
            return readableText(changeClassColor(SchemaChange::Class(index.data(SchemaDiffModel::ClassRole).toInt())));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_diffModel(new SchemaDiffModel(this))
    , m_statementsModel(new StatementResultsModel(this))
    , m_tree(new QTreeView(this))
    , m_text(new QPlainTextEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    auto *colors = new ClassColors(this);
    colors->setSourceModel(m_diffModel);
    m_tree->setModel(colors);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(SchemaDiffModel::Change, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_diffModel, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto *changes = new QWidget(this);
    auto *layout = new QVBoxLayout(changes);
    layout->setContentsMargins(2, 2, 2, 2);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    addTab(changes, tr("Schema changes"));

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_text->document());
    addTab(m_text, tr("DDL diff"));

    m_table->setModel(m_statementsModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The SQL takes what is left; the short columns fit what they hold; the messages are
    // sized to theirs, up to a third of the table, after each run (fitStatementColumns).
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(StatementResultsModel::Sql, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(StatementResultsModel::FileRole).toString();
        if (!file.isEmpty())
            Q_EMIT locationActivated(file, index.data(StatementResultsModel::LineRole).toInt());
    });
    addTab(m_table, tr("Statements"));
    // Sized for the width it has once it is shown: a hidden table has none.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_table)
            fitStatementColumns();
    });
    clear();
}

void PreviewPanel::fitStatementColumns()
{
    for (int c = 0; c < StatementResultsModel::Sql; ++c)
        m_table->resizeColumnToContents(c);
    const int third = std::max(160, m_table->viewport()->width() / 3);
    m_table->setColumnWidth(StatementResultsModel::Messages,
                            std::min(m_table->columnWidth(StatementResultsModel::Messages), third));
}

void PreviewPanel::showFailingStatement()
{
    // The statement that failed is the one to read: selected and scrolled to.
    for (int row = 0; row < m_statementsModel->rowCount(); ++row) {
        const QModelIndex index = m_statementsModel->index(row, StatementResultsModel::Sql);
        if (index.data(StatementResultsModel::OutcomeRole).toInt() == int(StatementRun::Outcome::Failed)) {
            m_table->selectRow(row);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
            break;
        }
    }
}

void PreviewPanel::restyle()
{
    if (auto *highlighter = m_text->document()->findChild<QSyntaxHighlighter *>())
        highlighter->rehighlight();
}

void PreviewPanel::clear(const QString &empty)
{
    m_diffModel->setDiff({});
    m_statementsModel->setSteps({});
    m_text->clear();
    m_hasReport = false;
    m_origin = {};
    m_outOfDate.clear();
    m_body = empty.isEmpty() ? tr("No dry run yet: choose Dry run (F6) to see what the pending migrations would do.")
                             : empty.toHtmlEscaped();
    showSummary();
}

void PreviewPanel::markOutOfDate(const QString &why)
{
    if (!m_hasReport || isOutOfDate())
        return; // the first reason is the one that matters
    m_outOfDate = why;
    showSummary();
}

void PreviewPanel::showSummary()
{
    const bool stale = isOutOfDate();
    m_summary->setText(stale ? tr("<b>Out of date:</b> %1. Run the dry run again (F6) for a current result.")
                                       .arg(m_outOfDate.toHtmlEscaped())
                                   + u"<br>"_s + m_body
                             : m_body);
    // What is no longer current is still there to read, greyed.
    for (QWidget *w : std::initializer_list<QWidget *>{m_tree, m_text, m_table})
        w->setEnabled(!stale);
}

namespace {

int notReversible(const DryRunReport &report)
{
    return int(std::count_if(report.roundTrips.cbegin(), report.roundTrips.cend(),
                             [](const RoundTrip &t) { return !t.messages.isEmpty(); }));
}

// Rich text of a plain text: an excerpt with its caret keeps its lines and columns.
QString html(const QString &text)
{
    const QString escaped = text.toHtmlEscaped();
    return text.contains(u'\n') ? u"<pre style=\"margin: 0\">"_s + escaped + u"</pre>"_s : escaped;
}

} // namespace

void PreviewPanel::setFailure(const QString &error, const PreviewOrigin &origin)
{
    clear();
    m_origin = origin;
    m_hasReport = true;
    m_body = tr("<b>%1 could not run.</b> The target was not changed.").arg(origin.operation.toHtmlEscaped()) + u"<br>"_s
             + originLine(origin) + u"<br>"_s + html(error);
    showSummary();
}

QString PreviewPanel::originLine(const PreviewOrigin &origin)
{
    return tr("%1 on %2 (%3), %4")
        .arg(origin.operation, origin.profile, origin.target, QLocale().toString(origin.at, QLocale::ShortFormat))
        .toHtmlEscaped();
}

void PreviewPanel::setReport(const DryRunReport &report, const PreviewOrigin &origin)
{
    m_origin = origin;
    m_hasReport = true;
    m_outOfDate.clear();
    m_diffModel->setDiff(report.diff);
    m_statementsModel->setSteps(report.up + report.down, report.before ? report.before->dialect : Dialect::SQLite);
    fitStatementColumns();
    showFailingStatement();
    QString text;
    if (report.before && report.after)
        text = unifiedDiff(snapshotDdl(*report.before), snapshotDdl(*report.after), tr("before"), tr("after"));
    m_text->setPlainText(text.isEmpty() ? tr("No change to the schema's DDL.") : text);

    QStringList lines;
    lines << (report.cancelled ? tr("<b>Cancelled.</b>")
              : !report.notRehearsable.isEmpty()
                  ? pluralText(tr("<b>Dry run not passed:</b> %n statement(s) would reach outside the dry run's scratch "
                                  "and were not run. The target was not changed.",
                                  nullptr, int(report.notRehearsable.size())),
                               int(report.notRehearsable.size()))
              : report.ok()    ? pluralText(tr("<b>Dry run passed</b> (%n migration(s), method %1); the target was not changed.",
                                                  nullptr, int(report.up.size())),
                                               int(report.up.size()))
                                     .arg(dryRunMethodId(report.method))
              : report.error.isEmpty() && report.stepsOk() && !report.residueMessages.isEmpty()
                  ? pluralText(tr("<b>Not reversible</b> (%n migration(s)): the down does not bring back what was there "
                                  "before the up. The target was not changed.",
                                  nullptr, notReversible(report)),
                               notReversible(report))
                               : tr("<b>Dry run failed.</b> The target was not changed."));
    // What produced this result: the operation, the profile, when, and the plan's
    // fingerprint, as godwit-cli's plan and dry-run print it.
    lines << originLine(origin);
    if (!report.plan.isEmpty())
        lines << tr("Plan %1").arg(report.plan).toHtmlEscaped();
    if (!report.methodReason.isEmpty())
        lines << tr("Method %1: %2").arg(dryRunMethodId(report.method), dryRunReasonText(report.methodReason)).toHtmlEscaped();
    if (!report.error.isEmpty())
        lines << html(report.error);
    for (const NotRehearsable &n : report.notRehearsable)
        lines << n.toString().toHtmlEscaped();
    for (const Message &n : report.notes)
        lines << n.text().toHtmlEscaped();
    for (const SuggestedRemedy &r : report.remedies)
        lines << windowRemedyText(r).toHtmlEscaped();
    for (const StepRun &step : report.up + report.down) {
        if (!step.ok && !step.error.isEmpty())
            lines << html(step.error);
    }
    lines << tr("%1 additive, %2 rewriting, %3 destructive")
                 .arg(report.diff.count(SchemaChange::Class::Additive))
                 .arg(report.diff.count(SchemaChange::Class::Rewriting))
                 .arg(report.diff.count(SchemaChange::Class::Destructive));
    if (!report.roundTrips.isEmpty() && report.ok())
        lines << pluralText(tr("Reversible (%n migration(s)): each down restores the schema and rows from before its "
                               "up, and the up runs again after it.",
                               nullptr, int(report.roundTrips.size())),
                            int(report.roundTrips.size()));
    for (const Message &m : report.residueMessages)
        lines << m.text().toHtmlEscaped();
    if (!report.estimate.isEmpty()) {
        const QList<Message> longest = report.estimate.longest(1);
        lines << (longest.isEmpty() ? tr("Estimate: %1").arg(report.estimate.summary().text())
                                    : tr("Estimate: %1; longest: %2")
                                          .arg(report.estimate.summary().text(), longest.constFirst().text()))
                     .toHtmlEscaped();
    }
    m_body = lines.join(u"<br>"_s);
    showSummary();
}

} // namespace godwit
