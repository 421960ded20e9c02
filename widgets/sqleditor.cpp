#include "sqleditor.h"

#include <QShortcut>

#include "sql/sqlsplitter.h"

#include <QFontDatabase>
#include <QShortcut>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace godwit {

namespace {

// Keywords worth completing; the lexer colours far more.
const QStringList &keywords()
{
    static const QStringList list = {
        u"SELECT"_s,  u"FROM"_s,     u"WHERE"_s,    u"INSERT"_s,  u"INTO"_s,       u"VALUES"_s,   u"UPDATE"_s,
        u"SET"_s,     u"DELETE"_s,   u"CREATE"_s,   u"TABLE"_s,   u"INDEX"_s,      u"UNIQUE"_s,   u"VIEW"_s,
        u"TRIGGER"_s, u"ALTER"_s,    u"ADD"_s,      u"COLUMN"_s,  u"DROP"_s,       u"RENAME"_s,   u"CONSTRAINT"_s,
        u"PRIMARY"_s, u"KEY"_s,      u"FOREIGN"_s,  u"REFERENCES"_s, u"CHECK"_s,   u"DEFAULT"_s,  u"NOT"_s,
        u"NULL"_s,    u"CASCADE"_s,  u"RESTRICT"_s, u"BEGIN"_s,   u"COMMIT"_s,     u"ROLLBACK"_s, u"IF"_s,
        u"EXISTS"_s,  u"JOIN"_s,     u"ORDER"_s,    u"GROUP"_s,   u"BY"_s,         u"LIMIT"_s,    u"RETURNING"_s};
    return list;
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_highlighting(makeSqlHighlighting(this))
{
    setUtf8(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setLexer(m_highlighting->lexer());
    m_apis = new QsciAPIs(m_highlighting->lexer());

    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, u"00000"_s);
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 16);
    setMarginSensitivity(1, true);
    // Failures and lint findings each have a margin, so that neither hides the other.
    setMarginType(2, QsciScintilla::SymbolMargin);
    setMarginWidth(2, 12);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 3);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setCaretLineVisible(true);
    setAutoCompletionSource(QsciScintilla::AcsAll);
    setAutoCompletionThreshold(2);
    // The list on demand, as other editors offer it.
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space), this, this, [this] { autoCompleteFromAll(); }, Qt::WidgetShortcut);
    setAutoCompletionCaseSensitivity(false);
    setAnnotationDisplay(QsciScintilla::AnnotationIndented);

    m_failureMarker = markerDefine(QsciScintilla::Circle);
    setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), m_failureMarker);
    setMarkerForegroundColor(QColor(0x8b, 0x00, 0x00), m_failureMarker);

    const QColor findingColors[3] = {QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00), QColor(0xd3, 0x2f, 0x2f)};
    for (int s = 0; s < 3; ++s) {
        m_findingMarkers[s] = markerDefine(QsciScintilla::RightTriangle);
        setMarkerBackgroundColor(findingColors[s], m_findingMarkers[s]);
        setMarkerForegroundColor(findingColors[s].darker(150), m_findingMarkers[s]);
    }
    setMarginMarkerMask(1, 1 << m_failureMarker);
    setMarginMarkerMask(2, (1 << m_findingMarkers[0]) | (1 << m_findingMarkers[1]) | (1 << m_findingMarkers[2]));
    connect(this, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *, int, int linesAdded) { textEdited(position, type, linesAdded); });

    // Hovering a marked line's margin or text shows its message.
    SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &SqlEditor::showMarkerTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    setDialect(Dialect::SQLite);
    setAppearance(mono, false);
}

SqlEditor::~SqlEditor()
{
    // QsciAPIs prepares its word list on a thread of its own; deleting it waits for that
    // thread, before the lexer it reads goes with this editor.
    delete m_apis;
}

void SqlEditor::setDialect(Dialect dialect)
{
    m_dialect = dialect;
    m_highlighting->setDialect(dialect);
    setSchemaNames(m_schemaNames);
}

void SqlEditor::setAppearance(const QFont &font, bool dark)
{
    m_highlighting->setAppearance(font, dark);
    const QColor text = dark ? QColor(0xdc, 0xdc, 0xdc) : QColor(Qt::black);
    setMarginsBackgroundColor(dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xf0, 0xf0, 0xf0));
    setMarginsForegroundColor(dark ? QColor(0x85, 0x85, 0x85) : QColor(0x60, 0x60, 0x60));
    setFoldMarginColors(dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xf0, 0xf0, 0xf0),
                        dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xf0, 0xf0, 0xf0));
    setCaretLineBackgroundColor(dark ? QColor(0x2a, 0x2d, 0x2e) : QColor(0xf5, 0xf9, 0xff));
    setCaretForegroundColor(text);
    setMarginWidth(0, u"00000"_s);
}

void SqlEditor::setSchemaNames(const QStringList &names)
{
    m_schemaNames = names;
    // A fresh word list: prepare() ignores a call while a preparation runs, and cancelling
    // one leaves its "finished" event queued for a worker that is gone (QScintilla 2.13).
    // Deleting waits for the thread, and Qt drops the events queued for the deleted object.
    delete m_apis;
    m_apis = new QsciAPIs(m_highlighting->lexer());
    for (const QString &k : keywords())
        m_apis->add(k);
    for (const QString &n : names)
        m_apis->add(n);
    m_apis->prepare();
}

void SqlEditor::markFailure(int line, const QString &message)
{
    if (line < 1 || line > lines())
        return;
    static const QsciStyle failure(-1, u"failure"_s, QColor(0x8b, 0x00, 0x00), QColor(0xff, 0xeb, 0xee),
                                   QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (qsizetype i = m_failures.size() - 1; i >= 0; --i) {
        if (markerLine(m_failures.at(i).handle) == line - 1)
            dropFailure(i); // a newer message for the same statement
    }
    m_failures.append({markerAdd(line - 1, m_failureMarker), statementLines(line), message});
    annotate(line - 1, message, failure);
}

int SqlEditor::statementLines(int line) const
{
    const SplitResult split = splitStatements(m_dialect, SourceText(QString(), text().toUtf8()));
    for (const Statement &statement : split.statements) {
        if (statement.location.line == line)
            return int(statement.sql.count(u'\n')) + 1;
    }
    return 1;
}

void SqlEditor::textEdited(int position, int type, int linesAdded)
{
    if (!(type & (SC_MOD_INSERTTEXT | SC_MOD_DELETETEXT)) || m_failures.isEmpty())
        return;
    const int first = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
    const int last = first + std::max(linesAdded, 0);
    for (qsizetype i = m_failures.size() - 1; i >= 0; --i) {
        const Failure &f = m_failures.at(i);
        const int line = markerLine(f.handle);
        if (line < 0 || (line <= last && first <= line + f.lines - 1))
            dropFailure(i);
    }
}

void SqlEditor::dropFailure(qsizetype index)
{
    const Failure f = m_failures.takeAt(index);
    const int line = markerLine(f.handle);
    markerDeleteHandle(f.handle);
    if (line >= 0)
        clearAnnotations(line);
}

void SqlEditor::clearMarkers()
{
    markerDeleteAll(m_failureMarker);
    clearAnnotations();
    m_failures.clear();
}

QList<int> SqlEditor::failureLines() const
{
    QList<int> lines;
    for (const Failure &f : m_failures)
        lines << markerLine(f.handle) + 1;
    std::sort(lines.begin(), lines.end());
    return lines;
}

void SqlEditor::setFindings(const QList<Finding> &findings)
{
    for (int marker : m_findingMarkers)
        markerDeleteAll(marker);
    m_findingTips.clear();
    for (const Finding &f : findings) {
        if (f.suppressed || f.location.line < 1)
            continue;
        markerAdd(f.location.line - 1, m_findingMarkers[int(f.severity)]);
        QString &tip = m_findingTips[f.location.line];
        if (!tip.isEmpty())
            tip += u"\n\n"_s;
        tip += tr("%1 [%2] %3\nWhy: %4\nInstead: %5").arg(severityId(f.severity), f.rule, f.message.text(), f.why.text(), f.recipe.text());
        if (!f.data.isEmpty())
            tip += u"\n"_s + f.data.text();
    }
}

QList<int> SqlEditor::findingLines() const
{
    QList<int> lines = m_findingTips.keys();
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString SqlEditor::markerMessage(int line) const
{
    for (const Failure &f : m_failures) {
        if (markerLine(f.handle) == line - 1)
            return f.message;
    }
    return {};
}

void SqlEditor::showMarkerTip(int position, int x, int y)
{
    // Over the margins Scintilla gives no position: take the line's first character.
    if (position < 0) {
        const int margins = marginWidth(0) + marginWidth(1) + marginWidth(2);
        position = int(SendScintilla(SCI_POSITIONFROMPOINT, static_cast<unsigned long>(margins + 1), static_cast<long>(y)));
    }
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position))) + 1;
    QStringList parts{markerMessage(line), m_findingTips.value(line)};
    parts.removeAll(QString());
    const QString message = parts.join(u"\n\n"_s);
    if (!message.isEmpty())
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), message, this);
}

} // namespace godwit
