#pragma once

#include "migration.h"

#include <QByteArray>

#include <optional>

namespace godwit {

/*! How a single file holds both directions. */
enum class SectionStyle { Dbmate, Goose, UpDownComments };

/*! The section style a file's annotations show, if any. */
std::optional<SectionStyle> detectSectionStyle(const QByteArray &bytes);

struct ScriptSections
{
    std::optional<Script> up;
    std::optional<Script> down;
};

/*! Cuts a file into its up and down scripts by its annotations; annotation lines are not
    part of either. A direction whose marker is absent is std::nullopt. */
ScriptSections parseSections(SectionStyle style, const QString &path, const QByteArray &bytes);

/*! A whole file as one script. */
Script wholeFileScript(const QString &path, const QByteArray &bytes);

} // namespace godwit
