#include "checklistpanel.h"

#include "acknowledgedialog.h"
#include "localtime.h"

#include "remedytext.h"
#include "statuscolors.h"

#include "deployment/checks.h"
#include "deployment/deploymentedits.h"
#include "deployment/deploymentreport.h"
#include "items/checklistmodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

class StateColors : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant state = QIdentityProxyModel::data(index, ChecklistModel::StateRole);
        if (state.isValid() && role == Qt::DecorationRole && index.column() == ChecklistModel::Item)
            return itemStateIcon(ItemState(state.toInt()));
        if (state.isValid() && role == Qt::ForegroundRole && index.column() == ChecklistModel::State)
            return readableText(itemStateColor(ItemState(state.toInt())));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ChecklistPanel::ChecklistPanel(DeploymentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ChecklistModel(this))
    , m_header(new QLabel(this))
    , m_gate(new QLabel(this))
    , m_history(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_start(new QPushButton(tr("&Start…"), this))
    , m_run(new QPushButton(tr("Run &checks"), this))
    , m_tick(new QPushButton(tr("&Tick…"), this))
    , m_acknowledge(new QPushButton(tr("Ac&knowledge…"), this))
    , m_note(new QPushButton(tr("Rollback &note…"), this))
    , m_override(new QPushButton(tr("O&verride…"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_report(new QPushButton(tr("&Report…"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setObjectName(u"checklistPanel"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gate->setWordWrap(true);
    m_history->setToolTip(tr("The deployment under way on this profile, or a past one (read-only)"));
    auto *proxy = new StateColors(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::Item, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ChecklistModel::Evidence, QHeaderView::Stretch);
    m_view->setColumnWidth(ChecklistModel::Item, 330);
    m_view->setColumnWidth(ChecklistModel::State, 60);
    m_view->header()->setSectionResizeMode(ChecklistModel::Signoff, QHeaderView::ResizeToContents);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an item to see its evidence."));

    const QList<std::pair<QPushButton *, QString>> tips = {
        {m_start, tr("Start a deployment of the pending migrations to this profile, with the project's checklist")},
        {m_run, tr("Run the automatic items not done yet: backup, staging dry run, reversibility, rollback, estimate, "
                   "destructive review (after the run: verify)")},
        {m_tick, tr("Tick the selected manual item, with an optional note")},
        {m_acknowledge, tr("Acknowledge a destructive change of the dry run by name")},
        {m_note, tr("Write the manual rollback of a step that has no down script")},
        {m_override, tr("Allow Apply on production without the required items; the reason is recorded")},
        {m_apply, tr("Apply the deployment's plan to the profile and record the outcome")},
        {m_report, tr("Export the deployment's report as Markdown or HTML")},
        {m_close, tr("Close the deployment: its record becomes read-only")},
    };
    for (const auto &[button, tip] : tips)
        button->setToolTip(tip);

    auto *buttons = new QGridLayout;
    const QList<QPushButton *> order = {m_start, m_run, m_tick, m_acknowledge, m_note, m_override, m_apply, m_report, m_close};
    for (int i = 0; i < order.size(); ++i)
        buttons->addWidget(order.at(i), i / 3, i % 3);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_history);
    layout->addWidget(m_header);
    layout->addWidget(m_gate);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_history, &QComboBox::activated, this, [this](int index) { showDeployment(m_history->itemData(index).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_start, &QPushButton::clicked, this, &ChecklistPanel::startRequested);
    connect(m_run, &QPushButton::clicked, this, [this] { Q_EMIT checksRequested({}); });
    connect(m_apply, &QPushButton::clicked, this, &ChecklistPanel::applyRequested);
    connect(m_tick, &QPushButton::clicked, this, &ChecklistPanel::askTick);
    connect(m_acknowledge, &QPushButton::clicked, this, &ChecklistPanel::askAcknowledge);
    connect(m_note, &QPushButton::clicked, this, &ChecklistPanel::askRollbackNote);
    connect(m_override, &QPushButton::clicked, this, &ChecklistPanel::askOverride);
    connect(m_report, &QPushButton::clicked, this, &ChecklistPanel::askReport);
    connect(m_close, &QPushButton::clicked, this, &ChecklistPanel::askClose);
    connect(m_session, &DeploymentSession::changed, this, &ChecklistPanel::sessionChanged);
    sessionChanged();
}

void ChecklistPanel::sessionChanged()
{
    const std::optional<Deployment> &d = current();
    const QString project = m_session->projectDir() + u'\n' + m_session->profile();
    const QString id = d ? d->id : QString();
    const bool moved = project != m_seenProject || id != m_seenId;
    if (project != m_seenProject || (d && id != m_seenId))
        m_past.reset();
    m_seenProject = project;
    m_seenId = id;
    if (moved)
        reloadHistory();
    if (!m_past)
        refreshView();
}

const std::optional<Deployment> &ChecklistPanel::shown() const
{
    return m_past ? m_past : current();
}

bool ChecklistPanel::isShowingPast() const
{
    return m_past.has_value();
}

void ChecklistPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ChecklistPanel::reloadHistory()
{
    const std::optional<Deployment> &under = current();
    m_history->clear();
    m_history->addItem(under ? tr("Under way: %1").arg(under->id) : tr("No deployment under way"), QString());
    if (m_session->projectDir().isEmpty())
        return;
    for (const Deployment &d : listDeployments(m_session->projectDir())) {
        if (under && d.id == under->id)
            continue;
        const QString state = d.outcome ? (d.outcome->ok ? tr("applied") : tr("failed"))
                              : d.isClosed() ? tr("closed")
                                             : tr("open");
        m_history->addItem(tr("%1 — %2 → %3, %4").arg(d.id, d.profile, d.targetVersion(), state), d.id);
    }
}

void ChecklistPanel::showDeployment(const QString &id)
{
    m_past.reset();
    if (!id.isEmpty()) {
        const DeploymentLoad load = m_session->loadPast(id);
        if (!load.deployment)
            Q_EMIT message(load.error);
        m_past = load.deployment;
    }
    const int index = m_history->findData(id);
    if (index >= 0)
        m_history->setCurrentIndex(index);
    refreshView();
}

void ChecklistPanel::refreshView()
{
    const QString selected = selectedId();
    const std::optional<Deployment> &d = shown();
    m_model->setDeployment(d);
    m_view->expandAll();
    if (!d) {
        m_header->setText(m_session->profile().isEmpty() ? tr("Open a project to start a deployment.")
                                              : tr("No deployment under way on %1. Start one to take a backup, "
                                                   "rehearse on staging and review the plan before Apply.")
                                                    .arg(m_session->profile()));
        m_gate->clear();
    } else {
        const QString state = d->outcome ? (d->outcome->ok ? tr("applied") : tr("failed: %1").arg(d->outcome->error))
                              : d->isClosed() ? tr("closed")
                                              : tr("open");
        const int steps = int(d->steps.size());
        m_header->setText(pluralText(tr("<b>%1</b><br>%2 (%3) · %4 → %5 · %n step(s) · plan %6 · %7%8", nullptr, steps), steps)
                              .arg(d->id, d->profile.toHtmlEscaped(), environmentId(d->environment),
                                   d->from.isEmpty() ? tr("none") : d->from, d->targetVersion())
                              .arg(d->plan, state.toHtmlEscaped(),
                                   isShowingPast() ? tr(" · <i>read-only</i>") : QString()));
        QString gate;
        QString color;
        if (d->outcome || d->isClosed() || isShowingPast()) {
            gate.clear();
        } else if (d->gateOverride && d->gateOverride->plan == d->plan && !d->missingForApply().isEmpty()) {
            gate = tr("Gate overridden by %1: %2").arg(d->gateOverride->signoff.by, d->gateOverride->signoff.note);
            color = itemStateColor(ItemState::Stale).name();
        } else if (d->isProduction() && !d->missingForApply().isEmpty()) {
            gate = tr("Apply is blocked on production until: %1").arg(d->missingForApply().join(u", "_s));
            color = itemStateColor(ItemState::Failed).name();
        } else {
            gate = d->isProduction() ? tr("Every required item is done: Apply is open")
                                     : tr("Apply is open (%1 is not production)").arg(d->profile);
            color = itemStateColor(ItemState::Done).name();
        }
        m_gate->setText(gate.isEmpty() ? QString() : u"<span style=\"color:%1\">%2</span>"_s.arg(color, gate.toHtmlEscaped()));
    }
    if (!selected.isEmpty())
        select(selected);
    showDetails();
    updateButtons();
}

void ChecklistPanel::select(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_view->setCurrentIndex(static_cast<QIdentityProxyModel *>(m_view->model())->mapFromSource(index));
}

QString ChecklistPanel::selectedId() const
{
    return m_view->currentIndex().data(ChecklistModel::IdRole).toString();
}

const ChecklistItem *ChecklistPanel::selectedItem() const
{
    const std::optional<Deployment> &d = shown();
    return d ? d->item(selectedId()) : nullptr;
}

void ChecklistPanel::updateButtons()
{
    const std::optional<Deployment> &d = current();
    const bool editable = d && !isShowingPast() && !d->isClosed() && !m_busy;
    const bool beforeRun = editable && !d->outcome;
    const ChecklistItem *item = selectedItem();
    m_start->setEnabled(!m_busy && !m_session->profile().isEmpty() && !isShowingPast() && (!d || d->outcome));
    m_run->setEnabled(editable);
    m_tick->setEnabled(editable && item && item->def.check == CheckKind::Manual && !item->isDone());
    m_acknowledge->setEnabled(beforeRun && !unacknowledgedChanges(*d).isEmpty());
    const bool withoutDown = d && std::any_of(d->steps.cbegin(), d->steps.cend(),
                                              [](const DeploymentStep &s) { return !s.hasDown && s.direction == u"up"; });
    m_note->setEnabled(beforeRun && withoutDown);
    m_override->setEnabled(beforeRun && d->isProduction() && !d->applyAllowed());
    m_apply->setEnabled(beforeRun && d->applyAllowed());
    m_report->setEnabled(shown().has_value());
    m_close->setEnabled(editable);
}

void ChecklistPanel::showDetails()
{
    const ChecklistItem *item = selectedItem();
    if (!item) {
        m_details->clear();
        return;
    }
    QString html = u"<b>%1</b> — %2%3"_s.arg(item->def.title.text().toHtmlEscaped(), itemStateText(item->state),
                                              item->def.required ? tr(", required") : QString());
    const auto line = [&html](const QString &label, const QString &text) {
        if (!text.isEmpty())
            html += u"<br><i>%1</i> %2"_s.arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    line(tr("Stale:"), item->staleReason.text());
    line(tr("Error:"), item->error.text());
    if (item->summary.text() != item->error.text()) // a failure's summary is its error: said once
        line(tr("Evidence:"), item->summary.text());
    for (const EvidenceLine &l : evidenceLines(item->evidence)) {
        if (l.code)
            html += u"<br><i>%1</i><pre>%2</pre>"_s.arg(tr("%1:").arg(l.label).toHtmlEscaped(), l.text.toHtmlEscaped());
        else
            line(tr("%1:").arg(l.label), l.text);
    }
    if (item->isSignedOff() || item->state == ItemState::Failed)
        line(item->isSignedOff() ? tr("Signed off:") : tr("Checked by:"), tr("%1 at %2%3")
                                    .arg(item->signoff.by, localDateTimeText(item->signoff.at),
                                         item->signoff.note.isEmpty() ? QString() : u" — "_s + item->signoff.note));
    m_details->setHtml(html);
}

QString ChecklistPanel::tick(const QString &id, const QString &note)
{
    return m_session->tick(id, note);
}

QString ChecklistPanel::acknowledge(const QStringList &changes, const QString &note)
{
    SuggestedRemedy remedy;
    const QString error = m_session->acknowledge(changes, note, &remedy);
    return withWindowRemedies(error, {remedy});
}

QString ChecklistPanel::writeRollbackNote(const QString &version, const QString &note)
{
    return m_session->writeRollbackNote(version, note);
}

QString ChecklistPanel::overrideGate(const QString &reason)
{
    return m_session->overrideGate(reason);
}

QString ChecklistPanel::closeDeployment(const QString &note)
{
    const QString id = current() ? current()->id : QString();
    const QString error = m_session->close(note);
    if (error.isEmpty())
        showDeployment(id);
    return error;
}

QString ChecklistPanel::exportReport(const QString &path)
{
    if (!shown())
        return tr("no deployment to report");
    const bool html = path.endsWith(u".html"_s, Qt::CaseInsensitive) || path.endsWith(u".htm"_s, Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(deploymentReport(*shown(), html ? ReportFormat::Html : ReportFormat::Markdown).toUtf8()) < 0
        || !file.commit())
        return tr("%1: %2").arg(path, file.errorString());
    Q_EMIT message(tr("report written to %1").arg(path));
    return {};
}

void ChecklistPanel::askTick()
{
    const ChecklistItem *item = selectedItem();
    if (!item)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Tick: %1").arg(item->def.title.text()),
                                               tr("Note (optional): what was done, where the proof is"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        if (const QString error = tick(item->def.id, note); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot tick"), error);
}

void ChecklistPanel::askAcknowledge()
{
    AcknowledgeDialog dialog(unacknowledgedChanges(*current()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = acknowledge(dialog.checkedChanges(), dialog.note()); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot acknowledge"), error);
}

void ChecklistPanel::askRollbackNote()
{
    QStringList versions;
    for (const DeploymentStep &s : current()->steps) {
        if (!s.hasDown && s.direction == u"up")
            versions << s.version;
    }
    bool ok = false;
    const QString version = QInputDialog::getItem(this, tr("Rollback note"), tr("Step without a down script:"), versions,
                                                  0, false, &ok);
    if (!ok)
        return;
    const QString note = QInputDialog::getMultiLineText(this, tr("Rollback note for %1").arg(version),
                                                        tr("How to undo this step by hand:"), {}, &ok);
    if (ok)
        if (const QString error = writeRollbackNote(version, note); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot write the note"), error);
}

void ChecklistPanel::askOverride()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Override the production gate"),
        tr("Apply on %1 without: %2.\nType the reason; it is recorded in the deployment and the audit log:")
            .arg(current()->profile, current()->missingForApply().join(u", "_s)),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        if (const QString error = overrideGate(reason); !error.isEmpty())
            QMessageBox::warning(this, tr("Not overridden"), error);
}

void ChecklistPanel::askReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the deployment report"),
                                                      deploymentsDirectory(m_session->projectDir()) + u'/' + shown()->id + u".md"_s,
                                                      tr("Markdown (*.md);;HTML (*.html)"));
    if (!path.isEmpty())
        if (const QString error = exportReport(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot write the report"), error);
}

void ChecklistPanel::askClose()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Close deployment %1").arg(current()->id),
                                               tr("Its record becomes read-only. Note (optional):"), QLineEdit::Normal,
                                               {}, &ok);
    if (ok)
        closeDeployment(note);
}

} // namespace godwit
