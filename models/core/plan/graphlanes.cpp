#include "graphlanes.h"

#include <QHash>

#include <algorithm>

namespace godwit {

QStringList laneDrawing(const QList<GraphNode> &nodes)
{
    QHash<QString, int> children;
    bool branched = false;
    for (const GraphNode &node : nodes) {
        branched = branched || node.parents.size() > 1;
        for (const QString &parent : node.parents)
            branched = ++children[parent] > 1 || branched;
    }
    QStringList drawing;
    if (!branched) {
        drawing.resize(nodes.size());
        return drawing;
    }
    // A lane holds a node whose children are still to come; an empty key is a free lane.
    QStringList lanes;
    for (const GraphNode &node : nodes) {
        int column = -1;
        QList<int> merged;
        for (const QString &parent : node.parents) {
            const int lane = int(lanes.indexOf(parent));
            if (lane < 0)
                continue;
            if (--children[parent] == 0) {
                lanes[lane].clear();
                merged.append(lane);
            }
        }
        // The leftmost lane that ends here carries the node on; the others merge into it.
        if (!merged.isEmpty()) {
            std::sort(merged.begin(), merged.end());
            column = merged.takeFirst();
        }
        if (column < 0) {
            column = int(lanes.indexOf(QString()));
            if (column < 0) {
                column = int(lanes.size());
                lanes.append(QString());
            }
        }
        QStringList cells;
        for (int c = 0; c < lanes.size(); ++c) {
            if (c == column)
                cells.append(QStringLiteral("●"));
            else if (merged.contains(c))
                cells.append(QStringLiteral("╯"));
            else
                cells.append(lanes.at(c).isEmpty() ? QStringLiteral(" ") : QStringLiteral("│"));
        }
        while (!cells.isEmpty() && cells.constLast() == u" ")
            cells.removeLast();
        drawing.append(cells.join(u' '));
        if (children.value(node.key) > 0)
            lanes[column] = node.key;
        while (!lanes.isEmpty() && lanes.constLast().isEmpty())
            lanes.removeLast();
    }
    return drawing;
}

} // namespace godwit
