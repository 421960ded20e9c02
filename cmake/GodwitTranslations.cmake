# godwit_add_translations(TARGET CATALOG [SOURCE_TARGETS T…]): the German and French catalogs
# translations/CATALOG_de.ts and _fr.ts of the sources of TARGET (or of the SOURCE_TARGETS,
# for a catalog over several targets), compiled into TARGET under :/i18n. Qt 6.4 takes the
# sources as files (made absolute here), Qt 6.7 and later as targets: from 6.7 lupdate reads
# every target of the project unless told which.
function(godwit_add_translations target catalog)
  cmake_parse_arguments(ARG "" "" "SOURCE_TARGETS" ${ARGN})
  if(NOT ARG_SOURCE_TARGETS)
    set(ARG_SOURCE_TARGETS ${target})
  endif()
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    set(sources SOURCE_TARGETS ${ARG_SOURCE_TARGETS})
  else()
    set(files)
    set(includes)
    foreach(t IN LISTS ARG_SOURCE_TARGETS)
      get_target_property(dir ${t} SOURCE_DIR)
      get_target_property(list ${t} SOURCES)
      foreach(f IN LISTS list)
        if(NOT IS_ABSOLUTE "${f}")
          set(f "${dir}/${f}")
        endif()
        list(APPEND files "${f}")
      endforeach()
      list(APPEND includes "$<TARGET_PROPERTY:${t},INCLUDE_DIRECTORIES>")
    endforeach()
    set(sources SOURCES ${files} INCLUDE_DIRECTORIES ${includes})
  endif()
  qt_add_translations(${target}
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/${catalog}_de.ts ${PROJECT_SOURCE_DIR}/translations/${catalog}_fr.ts
    ${sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none
    # Text::msg() is tr() kept for later (models/core/i18n/message.h).
    -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=GODWIT_DECLARE_TR_FUNCTIONS,tr+=msg)
endfunction()
