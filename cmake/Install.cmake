# Where an installed Unclutch keeps its files: the FHS/XDG layout under CMAKE_INSTALL_PREFIX.
# The binary has its own install rule in src/app; everything else a desktop expects is here.

# storage::Paths finds the routines at <binary>/../share/unclutch/routines first, which is what
# keeps a DESTDIR stage, a .deb and a moved prefix working; any other layout leaves it only the
# absolute path configured at build time.
if(NOT CMAKE_INSTALL_BINDIR STREQUAL "bin" OR NOT CMAKE_INSTALL_DATADIR STREQUAL "share")
    message(AUTHOR_WARNING
        "BINDIR '${CMAKE_INSTALL_BINDIR}' / DATADIR '${CMAKE_INSTALL_DATADIR}' are not bin/share: "
        "the installed app will find its routines only at ${CMAKE_INSTALL_FULL_DATADIR}.")
endif()

# Routine files, their schema (also the marker Paths looks for) and the images they refer to.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/routines/
    DESTINATION ${CMAKE_INSTALL_DATADIR}/unclutch/routines
    FILES_MATCHING
        PATTERN "*.json"
        PATTERN "*.png"
        PATTERN "*.jpg"
        PATTERN "*.jpeg"
        PATTERN "*.svg"
        PATTERN "*.webp")

install(FILES ${PROJECT_SOURCE_DIR}/resources/${UNCLUTCH_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${UNCLUTCH_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${UNCLUTCH_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Debian wants the licence as doc/<package>/copyright; it is as good a place as any elsewhere.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/unclutch
    RENAME copyright)
