#include "problemspanel.h"

#include "statuscolors.h"

#include "items/problemsmodel.h"

#include <QColor>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

class SeverityColors : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == ProblemsModel::Severity) {
            return godwit::readableText(
                godwit::severityColor(godwit::Severity(QIdentityProxyModel::data(index, ProblemsModel::SeverityRole).toInt())));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    auto *proxy = new SeverityColors(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::Message, QHeaderView::Stretch);
    m_view->setColumnWidth(ProblemsModel::Severity, 90);
    m_view->setColumnWidth(ProblemsModel::Rule, 230);
    m_view->setColumnWidth(ProblemsModel::Location, 300);
    m_view->setToolTip(tr("Double-click (or Enter) opens the migration at the line"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT locationActivated(index.data(ProblemsModel::FileRole).toString(), index.data(ProblemsModel::LineRole).toInt());
    });
    setFindings({});
}

void ProblemsPanel::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
    int counts[3] = {0, 0, 0};
    int suppressed = 0;
    for (const Finding &f : findings)
        f.suppressed ? ++suppressed : ++counts[int(f.severity)];
    m_summary->setText(tr("Errors: %1, warnings: %2, info: %3, suppressed: %4 — godwit-cli lint gives the same in CI")
                           .arg(counts[int(Severity::Error)])
                           .arg(counts[int(Severity::Warning)])
                           .arg(counts[int(Severity::Info)])
                           .arg(suppressed));
}

} // namespace godwit
