#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace godwit {

/*! One node of a revision graph: its key and the keys it follows. */
struct GraphNode
{
    QString key;
    QStringList parents;
};

/*! A small lane drawing per node, for graph formats (sqitch's dependencies, Alembic's
    revisions), nodes given parents first: "●" is the node, "│" a lane passing by, "╯" a
    parent's lane that merges into the node. Branches open lanes to the right. Empty strings
    when no node has more than one parent or child (a line needs no drawing). */
QStringList laneDrawing(const QList<GraphNode> &nodes);

} // namespace godwit
