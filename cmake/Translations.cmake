# The translation pipeline.
#   cmake --build --preset dev --target update_translations   (make translations): lupdate
#       scans the sources of the given targets and updates translations/*.ts
#   every build: lrelease turns the .ts files into .qm files, embedded at :/i18n/ in
#       EMBED_IN, where app::TranslationLoader finds them.
#
# PLURALS_TS is the English file that holds only plural forms ("%n minute(s)" → "1 minute",
# "5 minutes"), Qt's way of getting English plurals right; it is loaded when no file matches
# the user's language.
#
# EXTRA_SOURCES are files lupdate reads besides the targets' sources, such as the bundled
# routines' texts that cmake/RoutineStrings.cmake writes.
#
# The ctest `translations_complete` runs lupdate into a copy of each .ts and fails,
# naming them, when a string of the sources is missing from a .ts or not translated there.
#
# unclutch_add_translations(LUPDATE_TARGET <t> EMBED_IN <t> PLURALS_TS <en.ts>
#                           TS_FILES … SOURCE_TARGETS … [EXTRA_SOURCES …])
function(unclutch_add_translations)
    cmake_parse_arguments(arg "" "LUPDATE_TARGET;EMBED_IN;PLURALS_TS"
        "TS_FILES;SOURCE_TARGETS;EXTRA_SOURCES" ${ARGN})

    # lupdate in Qt 6.4 reads one target's sources; the app's strings live in several targets
    # and directories, so their sources are collected here, made absolute.
    set(sources "")
    foreach(source_target IN LISTS arg_SOURCE_TARGETS)
        get_target_property(dir ${source_target} SOURCE_DIR)
        get_target_property(target_sources ${source_target} SOURCES)
        foreach(source IN LISTS target_sources)
            if(source MATCHES "^\\$<")
                continue()
            endif()
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${dir}")
            list(APPEND sources "${source}")
        endforeach()
    endforeach()
    list(APPEND sources ${arg_EXTRA_SOURCES})

    # No line numbers and no obsolete entries: .ts diffs stay about words, not about edits
    # elsewhere in a file.
    qt_add_lupdate(${arg_LUPDATE_TARGET}
        TS_FILES ${arg_TS_FILES}
        SOURCES ${sources}
        OPTIONS -locations none -no-obsolete)
    # One lupdate target per option set, so the plurals file is updated under the other target.
    qt_add_lupdate(${arg_EMBED_IN}
        TS_FILES ${arg_PLURALS_TS}
        SOURCES ${sources}
        OPTIONS -locations none -no-obsolete -pluralonly)
    qt_add_lrelease(${arg_EMBED_IN}
        TS_FILES ${arg_TS_FILES} ${arg_PLURALS_TS}
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${arg_EMBED_IN} "${arg_EMBED_IN}_translations"
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files})

    # The command of the ctest `translations_complete`, which tests/desktop declares (tests can
    # only be added once enable_testing() has run). It uses the lupdate project file of the
    # update target, so the check sees what `make translations` would.
    set_property(GLOBAL PROPERTY UNCLUTCH_TRANSLATIONS_CHECK
        python3 ${PROJECT_SOURCE_DIR}/scripts/check-translations.py
            --lupdate $<TARGET_FILE:Qt6::lupdate>
            --project-generator ${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake
            --project ${CMAKE_CURRENT_BINARY_DIR}/.lupdate/${arg_LUPDATE_TARGET}_project.cmake
            --work-dir ${CMAKE_CURRENT_BINARY_DIR}/translations_check
            --plurals-ts ${arg_PLURALS_TS}
            ${arg_TS_FILES})
endfunction()
