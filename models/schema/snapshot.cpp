#include "snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

const char *constraintKindId(Constraint::Kind kind)
{
    switch (kind) {
    case Constraint::Kind::PrimaryKey: return "primary-key";
    case Constraint::Kind::Unique: return "unique";
    case Constraint::Kind::Check: return "check";
    case Constraint::Kind::ForeignKey: return "foreign-key";
    case Constraint::Kind::Exclusion: return "exclusion";
    }
    return "";
}

std::optional<Constraint::Kind> constraintKindFromId(const QString &id)
{
    for (auto kind : {Constraint::Kind::PrimaryKey, Constraint::Kind::Unique, Constraint::Kind::Check,
                      Constraint::Kind::ForeignKey, Constraint::Kind::Exclusion}) {
        if (id == QLatin1String(constraintKindId(kind)))
            return kind;
    }
    return std::nullopt;
}

template<typename T>
void sortByName(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.name < b.name; });
}

QString identifiers(const QStringList &names, Dialect dialect)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &n : names)
        quoted << quoteIdentifier(n, dialect);
    return quoted.join(u", ");
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

// JSON field helpers: one place decides how each field is spelled, both ways.
struct Fields
{
    QJsonObject object;
    void text(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    }
    void flag(const char *key, bool value)
    {
        if (value)
            object.insert(QLatin1String(key), true);
    }
    void list(const char *key, const QStringList &value)
    {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), toArray(value));
    }
};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

QStringList list(const QJsonObject &o, const char *key)
{
    return toStringList(o.value(QLatin1String(key)));
}

template<typename T, typename F>
QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

template<typename T, typename F>
QList<T> listOf(const QJsonObject &json, const char *key, F fromJson)
{
    QList<T> items;
    for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
        items << fromJson(v.toObject());
    return items;
}

} // namespace

QString Constraint::key() const
{
    if (!name.isEmpty())
        return name;
    QString k = QLatin1String(constraintKindId(kind)) + u'(' + columns.join(u',') + u')';
    if (!expression.isEmpty())
        k += u' ' + expression;
    if (!refTable.isEmpty())
        k += u"->"_s + refTable + u'(' + refColumns.join(u',') + u')';
    return k;
}

const Column *Table::column(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

void Snapshot::normalize()
{
    sortByName(tables);
    for (Table &t : tables) {
        std::sort(t.constraints.begin(), t.constraints.end(), [](const Constraint &a, const Constraint &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return a.key() < b.key();
        });
    }
    sortByName(indexes);
    sortByName(views);
    sortByName(sequences);
    sortByName(enums);
    std::sort(triggers.begin(), triggers.end(), [](const Trigger &a, const Trigger &b) {
        return std::tie(a.table, a.name) < std::tie(b.table, b.name);
    });
    std::sort(routines.begin(), routines.end(), [](const Routine &a, const Routine &b) {
        return a.signature() < b.signature();
    });
}

const Table *Snapshot::table(const QString &name) const
{
    // Sorted by name after normalize(): a binary search, for 5,000-table diffs.
    auto it = std::lower_bound(tables.cbegin(), tables.cend(), name,
                               [](const Table &t, const QString &n) { return t.name < n; });
    if (it != tables.cend() && it->name == name)
        return &*it;
    for (const Table &t : tables) { // not normalized
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

qsizetype Snapshot::objectCount() const
{
    return tables.size() + indexes.size() + views.size() + sequences.size() + enums.size() + triggers.size()
           + routines.size();
}

bool Snapshot::sameObjects(const Snapshot &o) const
{
    return dialect == o.dialect && tables == o.tables && indexes == o.indexes && views == o.views
           && sequences == o.sequences && enums == o.enums && triggers == o.triggers && routines == o.routines;
}

QJsonObject Snapshot::toJson() const
{
    QJsonObject json;
    json.insert(u"godwitSnapshot"_s, 1);
    json.insert(u"dialect"_s, dialectName(dialect));
    json.insert(u"schema"_s, schema);
    json.insert(u"tables"_s, arrayOf(tables, [](const Table &t) {
        Fields f;
        f.text("name", t.name);
        f.object.insert(u"columns"_s, arrayOf(t.columns, [](const Column &c) {
            Fields cf;
            cf.text("name", c.name);
            cf.text("type", c.type);
            cf.flag("notNull", c.notNull);
            cf.text("default", c.defaultValue);
            cf.text("generated", c.generated);
            cf.text("generatedKind", c.generatedKind);
            cf.text("extra", c.extra);
            cf.text("collation", c.collation);
            return cf.object;
        }));
        f.object.insert(u"constraints"_s, arrayOf(t.constraints, [](const Constraint &c) {
            Fields cf;
            cf.text("kind", QLatin1String(constraintKindId(c.kind)));
            cf.text("name", c.name);
            cf.list("columns", c.columns);
            cf.text("expression", c.expression);
            cf.text("refTable", c.refTable);
            cf.list("refColumns", c.refColumns);
            cf.text("onUpdate", c.onUpdate);
            cf.text("onDelete", c.onDelete);
            return cf.object;
        }));
        return f.object;
    }));
    json.insert(u"indexes"_s, arrayOf(indexes, [](const Index &i) {
        Fields f;
        f.text("name", i.name);
        f.text("table", i.table);
        f.list("keys", i.keys);
        f.flag("unique", i.unique);
        f.text("predicate", i.predicate);
        f.text("method", i.method);
        f.flag("invalid", !i.valid);
        return f.object;
    }));
    json.insert(u"views"_s, arrayOf(views, [](const View &v) {
        Fields f;
        f.text("name", v.name);
        f.text("definition", v.definition);
        f.flag("materialized", v.materialized);
        return f.object;
    }));
    json.insert(u"sequences"_s, arrayOf(sequences, [](const Sequence &s) {
        Fields f;
        f.text("name", s.name);
        f.text("type", s.type);
        f.text("start", s.start);
        f.text("increment", s.increment);
        f.text("min", s.min);
        f.text("max", s.max);
        f.flag("cycle", s.cycle);
        f.text("ownedBy", s.ownedBy);
        return f.object;
    }));
    json.insert(u"enums"_s, arrayOf(enums, [](const EnumType &e) {
        Fields f;
        f.text("name", e.name);
        f.object.insert(u"labels"_s, toArray(e.labels));
        return f.object;
    }));
    json.insert(u"triggers"_s, arrayOf(triggers, [](const Trigger &t) {
        Fields f;
        f.text("name", t.name);
        f.text("table", t.table);
        f.text("definition", t.definition);
        return f.object;
    }));
    json.insert(u"routines"_s, arrayOf(routines, [](const Routine &r) {
        Fields f;
        f.text("name", r.name);
        f.text("kind", r.kind);
        f.text("arguments", r.arguments);
        f.text("returns", r.returns);
        f.text("language", r.language);
        f.text("bodyHash", r.bodyHash);
        return f.object;
    }));
    return json;
}

std::optional<Snapshot> Snapshot::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Snapshot> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(u"godwitSnapshot").toInt() != 1)
        return fail(QCoreApplication::translate("Snapshot", "not a Godwit snapshot (no \"godwitSnapshot\": 1)"));
    const auto dialect = dialectFromName(json.value(u"dialect").toString());
    if (!dialect)
        return fail(QCoreApplication::translate("Snapshot", "unknown dialect \"%1\"").arg(json.value(u"dialect").toString()));
    Snapshot s;
    s.dialect = *dialect;
    s.schema = json.value(u"schema").toString();
    bool badKind = false;
    s.tables = listOf<Table>(json, "tables", [&](const QJsonObject &o) {
        Table t;
        t.name = text(o, "name");
        t.columns = listOf<Column>(o, "columns", [](const QJsonObject &c) {
            return Column{text(c, "name"),      text(c, "type"),  flag(c, "notNull"),  text(c, "default"),
                          text(c, "generated"), text(c, "generatedKind"), text(c, "extra"), text(c, "collation")};
        });
        t.constraints = listOf<Constraint>(o, "constraints", [&](const QJsonObject &c) {
            const auto kind = constraintKindFromId(text(c, "kind"));
            badKind = badKind || !kind;
            return Constraint{kind.value_or(Constraint::Kind::Check), text(c, "name"), list(c, "columns"),
                              text(c, "expression"), text(c, "refTable"), list(c, "refColumns"),
                              text(c, "onUpdate"), text(c, "onDelete")};
        });
        return t;
    });
    if (badKind)
        return fail(QCoreApplication::translate("Snapshot", "a constraint of unknown kind"));
    s.indexes = listOf<Index>(json, "indexes", [](const QJsonObject &o) {
        return Index{text(o, "name"), text(o, "table"), list(o, "keys"), flag(o, "unique"),
                     text(o, "predicate"), text(o, "method"), !flag(o, "invalid")};
    });
    s.views = listOf<View>(json, "views", [](const QJsonObject &o) {
        return View{text(o, "name"), text(o, "definition"), flag(o, "materialized")};
    });
    s.sequences = listOf<Sequence>(json, "sequences", [](const QJsonObject &o) {
        return Sequence{text(o, "name"), text(o, "type"), text(o, "start"), text(o, "increment"),
                        text(o, "min"),  text(o, "max"),  flag(o, "cycle"), text(o, "ownedBy")};
    });
    s.enums = listOf<EnumType>(json, "enums", [](const QJsonObject &o) {
        return EnumType{text(o, "name"), list(o, "labels")};
    });
    s.triggers = listOf<Trigger>(json, "triggers", [](const QJsonObject &o) {
        return Trigger{text(o, "name"), text(o, "table"), text(o, "definition")};
    });
    s.routines = listOf<Routine>(json, "routines", [](const QJsonObject &o) {
        return Routine{text(o, "name"),     text(o, "kind"),     text(o, "arguments"),
                       text(o, "returns"), text(o, "language"), text(o, "bodyHash")};
    });
    s.normalize();
    return s;
}

QString collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    QChar quote;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        if (c == u'\'' || c == u'"' || c == u'`')
            quote = c;
        out += c;
    }
    return out;
}

QString quoteIdentifier(const QString &name, Dialect dialect)
{
    bool plain = !name.isEmpty() && !name.front().isDigit();
    for (const QChar c : name) {
        const bool lower = (c >= u'a' && c <= u'z') || c == u'_' || (c >= u'0' && c <= u'9');
        const bool upper = c >= u'A' && c <= u'Z';
        // PostgreSQL folds unquoted names to lower case: an upper-case letter needs quotes.
        if (!lower && !(upper && dialect != Dialect::PostgreSQL)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return name;
    if (dialect == Dialect::MySQL)
        return u'`' + QString(name).replace(u'`', u"``"_s) + u'`';
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QString columnDdl(const Column &c, Dialect dialect)
{
    QString ddl = quoteIdentifier(c.name, dialect) + u' ' + c.type;
    if (!c.collation.isEmpty())
        ddl += u" COLLATE "_s + quoteIdentifier(c.collation, dialect);
    if (!c.generated.isEmpty()) {
        ddl += u" GENERATED ALWAYS AS ("_s + c.generated + u')';
        if (!c.generatedKind.isEmpty())
            ddl += u' ' + c.generatedKind;
    }
    if (c.notNull)
        ddl += u" NOT NULL"_s;
    if (!c.defaultValue.isEmpty())
        ddl += u" DEFAULT "_s + c.defaultValue;
    if (!c.extra.isEmpty())
        ddl += u' ' + c.extra;
    return ddl;
}

QString constraintDdl(const Constraint &c, Dialect dialect)
{
    QString ddl;
    if (!c.name.isEmpty())
        ddl = u"CONSTRAINT "_s + quoteIdentifier(c.name, dialect) + u' ';
    switch (c.kind) {
    case Constraint::Kind::PrimaryKey:
        return ddl + u"PRIMARY KEY ("_s + identifiers(c.columns, dialect) + u')';
    case Constraint::Kind::Unique:
        return ddl + u"UNIQUE ("_s + identifiers(c.columns, dialect) + u')';
    case Constraint::Kind::Check:
    case Constraint::Kind::Exclusion:
        return ddl + c.expression;
    case Constraint::Kind::ForeignKey:
        ddl += u"FOREIGN KEY ("_s + identifiers(c.columns, dialect) + u") REFERENCES "_s
               + quoteIdentifier(c.refTable, dialect);
        if (!c.refColumns.isEmpty())
            ddl += u" (" + identifiers(c.refColumns, dialect) + u')';
        if (!c.onUpdate.isEmpty() && c.onUpdate != u"NO ACTION")
            ddl += u" ON UPDATE "_s + c.onUpdate;
        if (!c.onDelete.isEmpty() && c.onDelete != u"NO ACTION")
            ddl += u" ON DELETE "_s + c.onDelete;
        return ddl;
    }
    return ddl;
}

QString tableDdl(const Table &table, Dialect dialect)
{
    QStringList lines;
    for (const Column &c : table.columns)
        lines << u"    "_s + columnDdl(c, dialect);
    for (const Constraint &c : table.constraints)
        lines << u"    "_s + constraintDdl(c, dialect);
    return u"CREATE TABLE "_s + quoteIdentifier(table.name, dialect) + u" (\n" + lines.join(u",\n") + u"\n);";
}

QString indexDdl(const Index &i, Dialect dialect)
{
    QString ddl = i.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s;
    ddl += quoteIdentifier(i.name, dialect) + u" ON "_s + quoteIdentifier(i.table, dialect);
    if (!i.method.isEmpty() && i.method.compare(u"btree", Qt::CaseInsensitive) != 0)
        ddl += u" USING "_s + i.method;
    ddl += u" (" + i.keys.join(u", ") + u')';
    if (!i.predicate.isEmpty())
        ddl += u" WHERE "_s + i.predicate;
    ddl += u';';
    if (!i.valid)
        ddl += u" -- INVALID"_s;
    return ddl;
}

QString viewDdl(const View &v, Dialect dialect)
{
    return (v.materialized ? u"CREATE MATERIALIZED VIEW "_s : u"CREATE VIEW "_s) + quoteIdentifier(v.name, dialect)
           + u" AS "_s + v.definition + (v.definition.endsWith(u';') ? QString() : u";"_s);
}

QString sequenceDdl(const Sequence &s, Dialect dialect)
{
    QString ddl = u"CREATE SEQUENCE "_s + quoteIdentifier(s.name, dialect);
    if (!s.type.isEmpty())
        ddl += u" AS "_s + s.type;
    ddl += u" START WITH "_s + s.start + u" INCREMENT BY "_s + s.increment + u" MINVALUE "_s + s.min
           + u" MAXVALUE "_s + s.max + (s.cycle ? u" CYCLE"_s : u" NO CYCLE"_s);
    if (!s.ownedBy.isEmpty())
        ddl += u" OWNED BY "_s + s.ownedBy;
    return ddl + u';';
}

QString enumDdl(const EnumType &e, Dialect dialect)
{
    QStringList labels;
    for (const QString &l : e.labels)
        labels << u'\'' + QString(l).replace(u'\'', u"''"_s) + u'\'';
    return u"CREATE TYPE "_s + quoteIdentifier(e.name, dialect) + u" AS ENUM (" + labels.join(u", ") + u");";
}

QString triggerDdl(const Trigger &t, Dialect dialect)
{
    if (t.definition.startsWith(u"CREATE"_s, Qt::CaseInsensitive))
        return t.definition + (t.definition.endsWith(u';') ? QString() : u";"_s);
    return u"CREATE TRIGGER "_s + quoteIdentifier(t.name, dialect) + u' ' + t.definition + u';';
}

QString routineDdl(const Routine &r, Dialect dialect)
{
    QString ddl = u"CREATE "_s + r.kind + u' ' + quoteIdentifier(r.name, dialect) + u'(' + r.arguments + u')';
    if (!r.returns.isEmpty())
        ddl += u" RETURNS "_s + r.returns;
    if (!r.language.isEmpty())
        ddl += u" LANGUAGE "_s + r.language;
    return ddl + u" -- body "_s + r.bodyHash;
}

QString snapshotDdl(const Snapshot &s)
{
    QStringList objects;
    for (const EnumType &e : s.enums)
        objects << enumDdl(e, s.dialect);
    for (const Sequence &q : s.sequences)
        objects << sequenceDdl(q, s.dialect);
    for (const Table &t : s.tables)
        objects << tableDdl(t, s.dialect);
    for (const Index &i : s.indexes)
        objects << indexDdl(i, s.dialect);
    for (const View &v : s.views)
        objects << viewDdl(v, s.dialect);
    for (const Routine &r : s.routines)
        objects << routineDdl(r, s.dialect);
    for (const Trigger &t : s.triggers)
        objects << triggerDdl(t, s.dialect);
    return objects.isEmpty() ? QString() : objects.join(u"\n\n") + u'\n';
}

} // namespace godwit
