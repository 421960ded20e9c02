# godwit_add_translations(TARGET CATALOG): the German and French catalogs
# translations/CATALOG_de.ts and _fr.ts of one target's sources, compiled into it under
# :/i18n (qt_add_translations in its Qt 6.4 form). From Qt 6.7 lupdate reads every target of
# the project unless told which, so there the target is named as the one source target.
function(godwit_add_translations target catalog)
  set(sources)
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    set(sources SOURCE_TARGETS ${target})
  endif()
  qt_add_translations(${target}
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/${catalog}_de.ts ${PROJECT_SOURCE_DIR}/translations/${catalog}_fr.ts
    ${sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()
