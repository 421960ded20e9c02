#include "snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>

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

// How each value type is spelled in a snapshot file: one table per type, read by both
// directions, so that writing and reading cannot drift apart. Empty texts, false flags and
// empty lists are left out of the file.
template<typename T>
struct Schema
{
    QList<std::pair<const char *, QString T::*>> texts;
    QList<std::pair<const char *, bool T::*>> flags;
    QList<std::pair<const char *, QStringList T::*>> lists;
};

template<typename T>
QJsonObject toObject(const T &value, const Schema<T> &schema)
{
    QJsonObject o;
    for (const auto &[key, member] : schema.texts) {
        if (!(value.*member).isEmpty())
            o.insert(QLatin1String(key), value.*member);
    }
    for (const auto &[key, member] : schema.flags) {
        if (value.*member)
            o.insert(QLatin1String(key), true);
    }
    for (const auto &[key, member] : schema.lists) {
        if (!(value.*member).isEmpty())
            o.insert(QLatin1String(key), QJsonArray::fromStringList(value.*member));
    }
    return o;
}

template<typename T>
T fromObject(const QJsonObject &o, const Schema<T> &schema, T value = {})
{
    for (const auto &[key, member] : schema.texts)
        value.*member = o.value(QLatin1String(key)).toString();
    for (const auto &[key, member] : schema.flags)
        value.*member = o.value(QLatin1String(key)).toBool();
    for (const auto &[key, member] : schema.lists) {
        QStringList list;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            list << v.toString();
        value.*member = list;
    }
    return value;
}

template<typename T>
QJsonArray arrayOf(const QList<T> &items, const Schema<T> &schema)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toObject(item, schema));
    return array;
}

template<typename T>
QList<T> listOf(const QJsonObject &json, const char *key, const Schema<T> &schema)
{
    QList<T> items;
    for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
        items << fromObject(v.toObject(), schema);
    return items;
}

const Schema<Column> columnSchema{{{"name", &Column::name},
                                   {"type", &Column::type},
                                   {"default", &Column::defaultValue},
                                   {"generated", &Column::generated},
                                   {"generatedKind", &Column::generatedKind},
                                   {"extra", &Column::extra},
                                   {"collation", &Column::collation}},
                                  {{"notNull", &Column::notNull}},
                                  {}};
const Schema<Constraint> constraintSchema{{{"name", &Constraint::name},
                                           {"expression", &Constraint::expression},
                                           {"refTable", &Constraint::refTable},
                                           {"onUpdate", &Constraint::onUpdate},
                                           {"onDelete", &Constraint::onDelete}},
                                          {},
                                          {{"columns", &Constraint::columns}, {"refColumns", &Constraint::refColumns}}};
const Schema<Table> tableSchema{{{"name", &Table::name}}, {}, {}};
const Schema<Index> indexSchema{{{"name", &Index::name}, {"table", &Index::table}, {"predicate", &Index::predicate},
                                 {"method", &Index::method}},
                                {{"unique", &Index::unique}},
                                {{"keys", &Index::keys}}};
const Schema<View> viewSchema{{{"name", &View::name}, {"definition", &View::definition}},
                              {{"materialized", &View::materialized}},
                              {}};
const Schema<Sequence> sequenceSchema{{{"name", &Sequence::name},
                                       {"type", &Sequence::type},
                                       {"start", &Sequence::start},
                                       {"increment", &Sequence::increment},
                                       {"min", &Sequence::min},
                                       {"max", &Sequence::max},
                                       {"ownedBy", &Sequence::ownedBy}},
                                      {{"cycle", &Sequence::cycle}},
                                      {}};
const Schema<EnumType> enumSchema{{{"name", &EnumType::name}}, {}, {{"labels", &EnumType::labels}}};
const Schema<Trigger> triggerSchema{{{"name", &Trigger::name}, {"table", &Trigger::table}, {"definition", &Trigger::definition}},
                                    {},
                                    {}};
const Schema<Routine> routineSchema{{{"name", &Routine::name},
                                     {"kind", &Routine::kind},
                                     {"arguments", &Routine::arguments},
                                     {"returns", &Routine::returns},
                                     {"language", &Routine::language},
                                     {"bodyHash", &Routine::bodyHash}},
                                    {},
                                    {}};

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
    auto it = std::lower_bound(tables.cbegin(), tables.cend(), name,
                               [](const Table &t, const QString &n) { return t.name < n; });
    return it != tables.cend() && it->name == name ? &*it : nullptr;
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
    QJsonArray tableArray;
    for (const Table &t : tables) {
        QJsonObject o = toObject(t, tableSchema);
        o.insert(u"columns"_s, arrayOf(t.columns, columnSchema));
        QJsonArray constraintArray;
        for (const Constraint &c : t.constraints) {
            QJsonObject co = toObject(c, constraintSchema);
            co.insert(u"kind"_s, QLatin1String(constraintKindId(c.kind)));
            constraintArray.append(co);
        }
        o.insert(u"constraints"_s, constraintArray);
        tableArray.append(o);
    }
    json.insert(u"tables"_s, tableArray);
    QJsonArray indexArray;
    for (const Index &i : indexes) {
        QJsonObject o = toObject(i, indexSchema);
        if (!i.valid)
            o.insert(u"invalid"_s, true);
        indexArray.append(o);
    }
    json.insert(u"indexes"_s, indexArray);
    json.insert(u"views"_s, arrayOf(views, viewSchema));
    json.insert(u"sequences"_s, arrayOf(sequences, sequenceSchema));
    json.insert(u"enums"_s, arrayOf(enums, enumSchema));
    json.insert(u"triggers"_s, arrayOf(triggers, triggerSchema));
    json.insert(u"routines"_s, arrayOf(routines, routineSchema));
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
    for (const QJsonValue &tv : json.value(u"tables").toArray()) {
        const QJsonObject o = tv.toObject();
        Table t = fromObject(o, tableSchema);
        t.columns = listOf(o, "columns", columnSchema);
        for (const QJsonValue &cv : o.value(u"constraints").toArray()) {
            const auto kind = constraintKindFromId(cv[u"kind"].toString());
            if (!kind)
                return fail(QCoreApplication::translate("Snapshot", "table %1: a constraint of unknown kind \"%2\"")
                                .arg(t.name, cv[u"kind"].toString()));
            Constraint c = fromObject(cv.toObject(), constraintSchema);
            c.kind = *kind;
            t.constraints << c;
        }
        s.tables << t;
    }
    for (const QJsonValue &iv : json.value(u"indexes").toArray()) {
        Index i = fromObject(iv.toObject(), indexSchema);
        i.valid = !iv[u"invalid"].toBool();
        s.indexes << i;
    }
    s.views = listOf(json, "views", viewSchema);
    s.sequences = listOf(json, "sequences", sequenceSchema);
    s.enums = listOf(json, "enums", enumSchema);
    s.triggers = listOf(json, "triggers", triggerSchema);
    s.routines = listOf(json, "routines", routineSchema);
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
    return plain ? name : quotedIdentifier(dialect, name);
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
