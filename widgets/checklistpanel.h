#pragma once

#include "deployment/deploymentsession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace godwit {

class ChecklistModel;

/*! The Checklist dock: the profile's deployment under way (or a past one, read-only), its
    sections and items with their state and evidence, and the buttons that run the automatic
    items, tick the manual ones, acknowledge destructive changes, write rollback notes,
    override the production gate, apply and export the report. Work that touches a database
    is asked of the window through signals; what only changes the record (ticks, notes,
    acknowledgements) is asked of the session, which saves it. The dock observes the
    window's DeploymentSession: it owns no deployment but the past one it shows. */
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(DeploymentSession *session, QWidget *parent = nullptr);

    /*! The session's deployment under way (none: only Start is offered). */
    const std::optional<Deployment> &current() const { return m_session->current(); }
    /*! What the dock shows: the current deployment or a past one. */
    const std::optional<Deployment> &shown() const;
    bool isShowingPast() const;
    void setBusy(bool busy);

    /*! Record edits, asked of the session; each returns why it could not, or empty. */
    QString tick(const QString &id, const QString &note);
    QString acknowledge(const QStringList &changes, const QString &note = {});
    QString writeRollbackNote(const QString &version, const QString &note);
    QString overrideGate(const QString &reason);
    QString closeDeployment(const QString &note);
    /*! Writes the report: HTML for a .html/.htm path, Markdown otherwise. */
    QString exportReport(const QString &path);
    /*! Selects an item by id, showing its evidence. */
    void select(const QString &id);
    /*! Shows a past deployment by id (empty: the current one). */
    void showDeployment(const QString &id);

    ChecklistModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    QComboBox *history() const { return m_history; }
    QLabel *header() const { return m_header; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *tickButton() const { return m_tick; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *noteButton() const { return m_note; }
    QPushButton *overrideButton() const { return m_override; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *reportButton() const { return m_report; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void startRequested();
    /*! Run these automatic items (empty: every automatic item of the phase not done). */
    void checksRequested(const QStringList &ids);
    void applyRequested();
    void message(const QString &text);

private:
    /*! The session changed: a deployment that starts is what the dock shows. */
    void sessionChanged();
    void reloadHistory();
    void refreshView();
    void updateButtons();
    void showDetails();
    QString selectedId() const;
    const ChecklistItem *selectedItem() const;
    void askTick();
    void askAcknowledge();
    void askRollbackNote();
    void askOverride();
    void askReport();
    void askClose();

    DeploymentSession *m_session;
    QString m_seenProject; ///< the session's project and profile when last seen
    QString m_seenId;      ///< and its deployment's id
    bool m_busy = false;
    std::optional<Deployment> m_past;
    ChecklistModel *m_model;
    QLabel *m_header;
    QLabel *m_gate;
    QComboBox *m_history;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_start;
    QPushButton *m_run;
    QPushButton *m_tick;
    QPushButton *m_acknowledge;
    QPushButton *m_note;
    QPushButton *m_override;
    QPushButton *m_apply;
    QPushButton *m_report;
    QPushButton *m_close;
};

} // namespace godwit
