#include "schemadiff.h"

#include "ddltext_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <dtl/dtl.hpp>
#include <pg_query.h>

#include <algorithm>
#include <sstream>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

using ddltext::identifierPattern;
using ddltext::splitTopLevel;
using ddltext::unquote;

// The strings of this file, for Qt Linguist and at run time.
struct Text
{
    GODWIT_DECLARE_TR_FUNCTIONS(SchemaDiff)
};

// ---------------------------------------------------------------------------------------
// Rename hints

// "a.b" → "b": hints carry unqualified names, like snapshots.
QString lastPart(const QString &qualified)
{
    static const QRegularExpression part(u"(%1)$"_s.arg(identifierPattern()));
    const auto m = part.match(qualified.trimmed());
    return m.hasMatch() ? unquote(m.captured(1)) : qualified.trimmed();
}

QList<RenameHint> textRenameHints(Dialect dialect, const QString &sql)
{
    QList<RenameHint> hints;
    const QString id = identifierPattern();
    const QString qualified = u"(%1(?:\\s*\\.\\s*%1)?)"_s.arg(id);
    const auto ci = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;
    const QRegularExpression alter(u"^\\s*ALTER\\s+(?:ONLINE\\s+|IGNORE\\s+)*TABLE\\s+(?:IF\\s+EXISTS\\s+)?%1\\s+(.*?)\\s*;?\\s*$"_s
                                       .arg(qualified), ci);
    const QRegularExpression renameTable(u"^RENAME\\s+(?:TO\\s+|AS\\s+)?%1$"_s.arg(qualified), ci);
    const QRegularExpression renameColumn(u"^RENAME\\s+(?:COLUMN\\s+)?(%1)\\s+TO\\s+(%1)$"_s.arg(id), ci);
    const QRegularExpression renameIndex(u"^RENAME\\s+(?:INDEX|KEY)\\s+(%1)\\s+TO\\s+(%1)$"_s.arg(id), ci);
    const QRegularExpression change(u"^CHANGE\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(%1)\\s+(%1)\\s"_s.arg(id), ci);
    const QRegularExpression renameTables(u"^\\s*RENAME\\s+TABLES?\\s+(.*?)\\s*;?\\s*$"_s, ci);
    const QRegularExpression pair(u"^%1\\s+TO\\s+%1$"_s.arg(qualified), ci);

    if (const auto m = alter.match(sql); m.hasMatch()) {
        const QString table = lastPart(m.captured(1));
        const QStringList clauses = dialect == Dialect::MySQL ? splitTopLevel(m.captured(2))
                                                              : QStringList{m.captured(2).trimmed()};
        for (const QString &clause : clauses) {
            if (auto c = renameIndex.match(clause); c.hasMatch() && dialect == Dialect::MySQL) {
                hints << RenameHint{RenameHint::Kind::Index, table, unquote(c.captured(1)), unquote(c.captured(2))};
            } else if (auto c = renameColumn.match(clause); c.hasMatch()
                                                          && c.captured(1).compare(u"TO"_s, Qt::CaseInsensitive) != 0) {
                hints << RenameHint{RenameHint::Kind::Column, table, unquote(c.captured(1)), unquote(c.captured(2))};
            } else if (auto c = renameTable.match(clause); c.hasMatch()) {
                hints << RenameHint{RenameHint::Kind::Table, {}, table, lastPart(c.captured(1))};
            } else if (auto c = change.match(clause); c.hasMatch() && dialect == Dialect::MySQL) {
                if (unquote(c.captured(1)) != unquote(c.captured(2)))
                    hints << RenameHint{RenameHint::Kind::Column, table, unquote(c.captured(1)), unquote(c.captured(2))};
            }
        }
        return hints;
    }
    if (dialect != Dialect::MySQL)
        return hints;
    if (const auto m = renameTables.match(sql); m.hasMatch()) {
        for (const QString &clause : splitTopLevel(m.captured(1))) {
            if (const auto p = pair.match(clause); p.hasMatch())
                hints << RenameHint{RenameHint::Kind::Table, {}, lastPart(p.captured(1)), lastPart(p.captured(2))};
        }
    }
    return hints;
}

QString nodeString(const QJsonValue &node)
{
    const QJsonObject s = node.toObject().value(u"String").toObject();
    return s.contains(u"sval") ? s.value(u"sval").toString() : s.value(u"str").toString();
}

QList<RenameHint> postgresRenameHints(const QString &sql)
{
    QList<RenameHint> hints;
    const QByteArray text = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(text.constData());
    if (result.error) {
        pg_query_free_parse_result(result);
        return hints;
    }
    const QJsonArray stmts = QJsonDocument::fromJson(result.parse_tree).object().value(u"stmts").toArray();
    pg_query_free_parse_result(result);
    for (const QJsonValue &s : stmts) {
        const QJsonObject rename = s[u"stmt"][u"RenameStmt"].toObject();
        if (rename.isEmpty())
            continue;
        const QString type = rename.value(u"renameType").toString();
        const QString relation = rename[u"relation"][u"relname"].toString();
        const QString sub = rename.value(u"subname").toString();
        const QString newName = rename.value(u"newname").toString();
        if (type == u"OBJECT_TABLE" || type == u"OBJECT_FOREIGN_TABLE")
            hints << RenameHint{RenameHint::Kind::Table, {}, relation, newName};
        else if (type == u"OBJECT_COLUMN")
            hints << RenameHint{RenameHint::Kind::Column, relation, sub, newName};
        else if (type == u"OBJECT_INDEX")
            hints << RenameHint{RenameHint::Kind::Index, {}, relation, newName};
        else if (type == u"OBJECT_VIEW" || type == u"OBJECT_MATVIEW")
            hints << RenameHint{RenameHint::Kind::View, {}, relation, newName};
        else if (type == u"OBJECT_SEQUENCE")
            hints << RenameHint{RenameHint::Kind::Sequence, {}, relation, newName};
        else if (type == u"OBJECT_TABCONSTRAINT")
            hints << RenameHint{RenameHint::Kind::Constraint, relation, sub, newName};
        else if (type == u"OBJECT_TRIGGER")
            hints << RenameHint{RenameHint::Kind::Trigger, relation, sub, newName};
        else if (type == u"OBJECT_TYPE") {
            const QJsonArray names = rename[u"object"][u"List"][u"items"].toArray();
            if (!names.isEmpty())
                hints << RenameHint{RenameHint::Kind::Type, {}, nodeString(names.last()), newName};
        }
    }
    return hints;
}

// ---------------------------------------------------------------------------------------
// Structural diff

// What the hints say, with chains (a → b, b → c) followed to the end.
struct Renames
{
    QHash<RenameHint::Kind, QHash<QString, QString>> plain; ///< kind → old → new
    QHash<QString, QHash<QString, QString>> columns;        ///< final table → old → new

    static void chain(QHash<QString, QString> &map, const QString &from, const QString &to)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value() == from) {
                it.value() = to;
                return;
            }
        }
        map.insert(from, to);
    }

    explicit Renames(const QList<RenameHint> &hints)
    {
        QList<const RenameHint *> columnHints;
        for (const RenameHint &h : hints) {
            if (h.kind == RenameHint::Kind::Column)
                columnHints << &h;
            else
                chain(plain[h.kind], h.from, h.to);
        }
        for (const RenameHint *h : std::as_const(columnHints))
            chain(columns[finalTable(h->table)], h->from, h->to);
    }

    QString finalTable(const QString &name) const
    {
        return plain.value(RenameHint::Kind::Table).value(name, name);
    }
    QString renamed(RenameHint::Kind kind, const QString &name) const { return plain.value(kind).value(name); }
    QString column(const QString &table, const QString &name) const
    {
        return columns.value(finalTable(table)).value(name, name);
    }
};

struct Differ
{
    const Snapshot &before;
    const Snapshot &after;
    Renames renames;
    QList<SchemaChange> changes;

    void add(SchemaChange::Class c, SchemaChange::Action a, const QString &kind, const QString &table, const QString &name,
             const QString &beforeDdl, const QString &afterDdl, const QString &newName = {}, const Message &detail = {})
    {
        changes << SchemaChange{c, a, kind, table, name, newName, beforeDdl, afterDdl, detail};
    }

    static Message columnDetail(const Column &b, const Column &a, bool *relaxOnly)
    {
        QList<Message> parts;
        *relaxOnly = true;
        const auto part = [&](const Message &text, bool relaxes = false) {
            parts << text;
            *relaxOnly = *relaxOnly && relaxes;
        };
        if (b.type != a.type)
            part(Text::msg("type %1 → %2").arg(b.type, a.type));
        if (b.notNull != a.notNull)
            part(a.notNull ? Text::msg("NOT NULL added") : Text::msg("NOT NULL dropped"), !a.notNull);
        if (b.defaultValue != a.defaultValue) {
            if (b.defaultValue.isEmpty())
                part(Text::msg("default %1 added").arg(a.defaultValue));
            else if (a.defaultValue.isEmpty())
                part(Text::msg("default %1 dropped").arg(b.defaultValue));
            else
                part(Text::msg("default %1 → %2").arg(b.defaultValue, a.defaultValue));
        }
        if (b.generated != a.generated || b.generatedKind != a.generatedKind)
            part(Text::msg("generated expression (%1) → (%2)").arg(b.generated, a.generated));
        if (b.collation != a.collation)
            part(Text::msg("collation %1 → %2").arg(b.collation.isEmpty() ? Text::msg("default") : Message(b.collation),
                                                    a.collation.isEmpty() ? Text::msg("default") : Message(a.collation)));
        if (b.extra != a.extra)
            part(Text::msg("%1 → %2").arg(b.extra.isEmpty() ? Text::msg("(none)") : Message(b.extra),
                                          a.extra.isEmpty() ? Text::msg("(none)") : Message(a.extra)));
        return Message::join(parts, u"; "_s);
    }

    void diffColumns(const Table &b, const Table &a)
    {
        const Dialect d = after.dialect;
        QSet<QString> matched;
        for (const Column &bc : b.columns) {
            // A hint counts only where it fits: the new name did not exist before.
            const QString newName = renames.column(b.name, bc.name);
            const Column *ac = newName != bc.name && !b.column(newName) ? a.column(newName) : nullptr;
            if (!ac)
                ac = a.column(bc.name);
            if (!ac) {
                add(SchemaChange::Class::Destructive, SchemaChange::Action::Drop, u"column"_s, a.name, bc.name,
                    columnDdl(bc, before.dialect), {});
                continue;
            }
            matched.insert(ac->name);
            Column renamed = bc;
            renamed.name = ac->name;
            if (ac->name != bc.name) {
                add(SchemaChange::Class::Rewriting, SchemaChange::Action::Rename, u"column"_s, a.name, bc.name,
                    columnDdl(bc, before.dialect), columnDdl(*ac, d), ac->name);
            }
            if (renamed != *ac) {
                bool relaxOnly = false;
                const Message detail = columnDetail(renamed, *ac, &relaxOnly);
                add(relaxOnly ? SchemaChange::Class::Additive : SchemaChange::Class::Rewriting,
                    SchemaChange::Action::Change, u"column"_s, a.name, ac->name, columnDdl(bc, before.dialect),
                    columnDdl(*ac, d), {}, detail);
            }
        }
        for (const Column &ac : a.columns) {
            if (!matched.contains(ac.name))
                add(SchemaChange::Class::Additive, SchemaChange::Action::Add, u"column"_s, a.name, ac.name, {},
                    columnDdl(ac, d));
        }
    }

    Constraint renamedColumns(Constraint c, const QString &table) const
    {
        for (QString &col : c.columns)
            col = renames.column(table, col);
        const QString refTable = renames.finalTable(c.refTable);
        if (!c.refTable.isEmpty()) {
            for (QString &col : c.refColumns)
                col = renames.column(c.refTable, col);
            c.refTable = refTable;
        }
        if (!c.name.isEmpty()) {
            const QString n = renames.renamed(RenameHint::Kind::Constraint, c.name);
            if (!n.isEmpty())
                c.name = n;
        }
        return c;
    }

    void diffConstraints(const Table &b, const Table &a, bool newTable)
    {
        QHash<QString, const Constraint *> afterByKey;
        for (const Constraint &c : a.constraints)
            afterByKey.insert(c.key(), &c);
        QSet<QString> seen;
        for (const Constraint &original : b.constraints) {
            const Constraint c = renamedColumns(original, b.name);
            const Constraint *match = afterByKey.value(c.key());
            const QString beforeDdl = constraintDdl(original, before.dialect);
            if (!match) {
                add(SchemaChange::Class::Destructive, SchemaChange::Action::Drop, u"constraint"_s, a.name,
                    original.key(), beforeDdl, {});
                continue;
            }
            seen.insert(match->key());
            if (c.name != original.name)
                add(SchemaChange::Class::Rewriting, SchemaChange::Action::Rename, u"constraint"_s, a.name,
                    original.name, beforeDdl, constraintDdl(*match, after.dialect), c.name);
            if (c != *match)
                add(SchemaChange::Class::Rewriting, SchemaChange::Action::Change, u"constraint"_s, a.name, match->key(),
                    beforeDdl, constraintDdl(*match, after.dialect));
        }
        for (const Constraint &c : a.constraints) {
            if (!seen.contains(c.key()) && !newTable)
                add(SchemaChange::Class::Rewriting, SchemaChange::Action::Add, u"constraint"_s, a.name, c.key(), {},
                    constraintDdl(c, after.dialect));
        }
    }

    void diffTables()
    {
        QSet<QString> matched;
        for (const Table &b : before.tables) {
            const Table *a = after.table(b.name);
            QString newName = renames.renamed(RenameHint::Kind::Table, b.name);
            if (!a && !newName.isEmpty() && !before.table(newName))
                a = after.table(newName);
            if (!a) {
                add(SchemaChange::Class::Destructive, SchemaChange::Action::Drop, u"table"_s, b.name, b.name,
                    tableDdl(b, before.dialect), {});
                continue;
            }
            matched.insert(a->name);
            if (a->name != b.name)
                add(SchemaChange::Class::Rewriting, SchemaChange::Action::Rename, u"table"_s, b.name, b.name,
                    tableDdl(b, before.dialect), tableDdl(*a, after.dialect), a->name);
            if (b.columns != a->columns || a->name != b.name)
                diffColumns(b, *a);
            if (b.constraints != a->constraints || a->name != b.name)
                diffConstraints(b, *a, false);
        }
        for (const Table &a : after.tables) {
            if (!matched.contains(a.name))
                add(SchemaChange::Class::Additive, SchemaChange::Action::Add, u"table"_s, a.name, a.name, {},
                    tableDdl(a, after.dialect));
        }
    }

    /*! Objects matched by key; a changed one is rewriting unless classify says otherwise. */
    template<typename T, typename Key, typename Ddl, typename TableOf, typename Kind>
    void diffObjects(const QList<T> &b, const QList<T> &a, std::optional<RenameHint::Kind> renameKind, Kind kindOf,
                     Key key, Ddl ddl, TableOf tableOf, std::function<SchemaChange::Class(const T &, const T &)> classify = {},
                     std::function<Message(const T &, const T &)> detailOf = {})
    {
        QHash<QString, const T *> afterByKey;
        QHash<QString, const T *> beforeByKey;
        for (const T &o : a)
            afterByKey.insert(key(o), &o);
        for (const T &o : b)
            beforeByKey.insert(key(o), &o);
        QSet<QString> matched;
        for (const T &o : b) {
            const QString k = key(o);
            const T *match = afterByKey.value(k);
            const QString newName = renameKind ? renames.renamed(*renameKind, k) : QString();
            if (!match && !newName.isEmpty() && !beforeByKey.contains(newName))
                match = afterByKey.value(newName);
            const QString table = renames.finalTable(tableOf(o));
            if (!match) {
                add(SchemaChange::Class::Destructive, SchemaChange::Action::Drop, kindOf(o), table, k, ddl(o, before.dialect), {});
                continue;
            }
            matched.insert(key(*match));
            if (key(*match) != k)
                add(SchemaChange::Class::Rewriting, SchemaChange::Action::Rename, kindOf(o), table, k,
                    ddl(o, before.dialect), ddl(*match, after.dialect), key(*match));
            T renamed = o;
            renamed.name = match->name;
            if (!(renamed == *match))
                add(classify ? classify(o, *match) : SchemaChange::Class::Rewriting, SchemaChange::Action::Change,
                    kindOf(o), table, key(*match), ddl(o, before.dialect), ddl(*match, after.dialect), {},
                    detailOf ? detailOf(o, *match) : Message());
        }
        for (const T &o : a) {
            if (!matched.contains(key(o)))
                add(SchemaChange::Class::Additive, SchemaChange::Action::Add, kindOf(o), tableOf(o), key(o), {},
                    ddl(o, after.dialect));
        }
    }

    void run()
    {
        const auto byName = [](const auto &o) { return o.name; };
        const auto noTable = [](const auto &) { return QString(); };
        const auto kind = [](const char *k) { return [k](const auto &) { return QString::fromLatin1(k); }; };
        diffObjects<EnumType>(before.enums, after.enums, RenameHint::Kind::Type, kind("enum"), byName, enumDdl, noTable,
                              [](const EnumType &b, const EnumType &a) {
                                  // Labels only appended: additive; any removed: destructive.
                                  for (const QString &l : b.labels) {
                                      if (!a.labels.contains(l))
                                          return SchemaChange::Class::Destructive;
                                  }
                                  return a.labels.mid(0, b.labels.size()) == b.labels ? SchemaChange::Class::Additive
                                                                                       : SchemaChange::Class::Rewriting;
                              },
                              [](const EnumType &b, const EnumType &a) {
                                  QList<Message> parts;
                                  for (const QString &l : a.labels) {
                                      if (!b.labels.contains(l))
                                          parts << Text::msg("label '%1' added").arg(l);
                                  }
                                  for (const QString &l : b.labels) {
                                      if (!a.labels.contains(l))
                                          parts << Text::msg("label '%1' removed").arg(l);
                                  }
                                  return parts.isEmpty() ? Text::msg("labels reordered") : Message::join(parts, u"; "_s);
                              });
        diffObjects<Sequence>(before.sequences, after.sequences, RenameHint::Kind::Sequence, kind("sequence"), byName,
                              sequenceDdl, noTable);
        diffTables();
        // Index keys name columns: a renamed column is not a changed index.
        Snapshot mapped = before;
        for (Index &i : mapped.indexes) {
            for (QString &k : i.keys) {
                // The column a key starts with: "note", "note(20)", "note DESC".
                qsizetype end = 0;
                while (end < k.size() && (k.at(end).isLetterOrNumber() || k.at(end) == u'_'))
                    ++end;
                if (end > 0 && (end == k.size() || k.at(end) == u'(' || k.at(end) == u' '))
                    k = renames.column(i.table, k.left(end)) + k.mid(end);
            }
            i.table = renames.finalTable(i.table);
        }
        for (Trigger &t : mapped.triggers)
            t.table = renames.finalTable(t.table);
        diffObjects<Index>(mapped.indexes, after.indexes, RenameHint::Kind::Index, kind("index"), byName, indexDdl,
                           [](const Index &i) { return i.table; });
        diffObjects<View>(before.views, after.views, RenameHint::Kind::View, kind("view"), byName, viewDdl, noTable);
        diffObjects<Routine>(before.routines, after.routines, std::nullopt,
                             [](const Routine &r) { return r.kind.toLower(); },
                             [](const Routine &r) { return r.signature(); }, routineDdl, noTable);
        diffObjects<Trigger>(mapped.triggers, after.triggers, RenameHint::Kind::Trigger, kind("trigger"), byName,
                             triggerDdl, [](const Trigger &t) { return t.table; });
    }
};

} // namespace

QList<RenameHint> renameHints(Dialect dialect, const QString &sql)
{
    return dialect == Dialect::PostgreSQL ? postgresRenameHints(sql) : textRenameHints(dialect, sql);
}

QString changeClassId(SchemaChange::Class c)
{
    switch (c) {
    case SchemaChange::Class::Additive: return QStringLiteral("additive");
    case SchemaChange::Class::Rewriting: return QStringLiteral("rewriting");
    case SchemaChange::Class::Destructive: return QStringLiteral("destructive");
    }
    return {};
}

QString changeActionId(SchemaChange::Action a)
{
    switch (a) {
    case SchemaChange::Action::Add: return QStringLiteral("add");
    case SchemaChange::Action::Drop: return QStringLiteral("drop");
    case SchemaChange::Action::Change: return QStringLiteral("change");
    case SchemaChange::Action::Rename: return QStringLiteral("rename");
    }
    return {};
}

QString changeClassText(SchemaChange::Class c)
{
    switch (c) {
    case SchemaChange::Class::Additive: return Text::tr("additive");
    case SchemaChange::Class::Rewriting: return Text::tr("rewriting");
    case SchemaChange::Class::Destructive: return Text::tr("destructive");
    }
    return {};
}

namespace {

Message objectKindMessage(const QString &kind)
{
    static const char *const kinds[] = {
        QT_TRANSLATE_NOOP("SchemaDiff", "table"),    QT_TRANSLATE_NOOP("SchemaDiff", "column"),
        QT_TRANSLATE_NOOP("SchemaDiff", "constraint"), QT_TRANSLATE_NOOP("SchemaDiff", "index"),
        QT_TRANSLATE_NOOP("SchemaDiff", "view"),     QT_TRANSLATE_NOOP("SchemaDiff", "sequence"),
        QT_TRANSLATE_NOOP("SchemaDiff", "enum"),     QT_TRANSLATE_NOOP("SchemaDiff", "trigger"),
        QT_TRANSLATE_NOOP("SchemaDiff", "function"), QT_TRANSLATE_NOOP("SchemaDiff", "procedure")};
    for (const char *k : kinds) {
        if (kind == QLatin1StringView(k))
            return Message("SchemaDiff", k);
    }
    return kind;
}

} // namespace

QString objectKindText(const QString &kind)
{
    return objectKindMessage(kind).text();
}

Message SchemaChange::description() const
{
    const bool owned = objectKind == u"column";
    const QString subject = owned ? table + u'.' + name : name;
    const Message on = (!owned && !table.isEmpty() && table != name) ? Text::msg(" on %1").arg(table) : Message();
    const Message kind = objectKindMessage(objectKind);
    switch (action) {
    case Action::Add: return Text::msg("add %1 %2%3").arg(kind, subject, on);
    case Action::Drop: return Text::msg("drop %1 %2%3").arg(kind, subject, on);
    case Action::Rename: return Text::msg("rename %1 %2 → %3%4").arg(kind, subject, newName, on);
    case Action::Change:
        return detail.isEmpty() ? Text::msg("change %1 %2%3").arg(kind, subject, on)
                                : Text::msg("change %1 %2%3: %4").arg(kind, subject, on, detail);
    }
    return {};
}

QJsonObject SchemaChange::toJson() const
{
    QJsonObject o{{u"class"_s, changeClassId(changeClass)},
                  {u"action"_s, changeActionId(action)},
                  {u"kind"_s, objectKind},
                  {u"name"_s, name},
                  {u"description"_s, description().english()}};
    if (!table.isEmpty())
        o.insert(u"table"_s, table);
    if (!newName.isEmpty())
        o.insert(u"newName"_s, newName);
    if (!before.isEmpty())
        o.insert(u"before"_s, before);
    if (!after.isEmpty())
        o.insert(u"after"_s, after);
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail.english());
    return o;
}

int SchemaDiff::count(SchemaChange::Class c) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [c](const SchemaChange &s) { return s.changeClass == c; }));
}

QJsonObject SchemaDiff::toJson() const
{
    QJsonArray list;
    for (const SchemaChange &c : changes)
        list.append(c.toJson());
    return {{u"additive"_s, count(SchemaChange::Class::Additive)},
            {u"rewriting"_s, count(SchemaChange::Class::Rewriting)},
            {u"destructive"_s, count(SchemaChange::Class::Destructive)},
            {u"changes"_s, list}};
}

SchemaDiff diffSnapshots(const Snapshot &before, const Snapshot &after, const QList<RenameHint> &renames)
{
    Differ differ{before, after, Renames(renames), {}};
    differ.run();
    return SchemaDiff{std::move(differ.changes)};
}

QString unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel, const QString &afterLabel)
{
    if (before == after)
        return {};
    const auto lines = [](const QString &text) {
        std::vector<std::string> out;
        for (const QString &line : text.split(u'\n'))
            out.push_back(line.toStdString());
        if (!out.empty() && out.back().empty())
            out.pop_back();
        return out;
    };
    const std::vector<std::string> a = lines(before);
    const std::vector<std::string> b = lines(after);
    dtl::Diff<std::string> diff(a, b);
    diff.onHuge();
    diff.compose();
    diff.composeUnifiedHunks();
    std::ostringstream out;
    diff.printUnifiedFormat(out);
    return u"--- "_s + beforeLabel + u"\n+++ "_s + afterLabel + u'\n' + QString::fromStdString(out.str());
}

} // namespace godwit
