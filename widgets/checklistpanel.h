#pragma once

#include "deployment/deployment.h"

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
    acknowledgements) is done here and saved at once. */
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    /*! The project and profile the dock works on; lists the past deployments. */
    void setProject(const QString &projectDir, const QString &profile);
    /*! The profile's deployment under way (none: only Start is offered). */
    void setCurrent(const std::optional<Deployment> &deployment);
    const std::optional<Deployment> &current() const { return m_current; }
    /*! What the dock shows: the current deployment or a past one. */
    const std::optional<Deployment> &shown() const;
    bool isShowingPast() const;
    void setBusy(bool busy);
    void setSigner(const QString &name) { m_signer = name; }

    /*! Record edits, saved at once; each returns why it could not, or empty. */
    QString tick(const QString &id, const QString &note);
    QString acknowledge(const QString &change);
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
    /*! The current deployment changed and was saved (the window updates Apply's gate). */
    void currentChanged();
    void message(const QString &text);

private:
    QString save();
    QString edit(const std::function<QString(Deployment &)> &change);
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

    QString m_projectDir;
    QString m_profile;
    QString m_signer;
    bool m_busy = false;
    std::optional<Deployment> m_current;
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
