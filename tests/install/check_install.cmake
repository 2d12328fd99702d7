# Installs the build into a DESTDIR stage as a package would, then checks that the layout is the
# one storage::Paths expects and that the desktop and AppStream files pass their validators.
# Run by ctest: cmake -DBUILD_DIR=… -DSTAGE=… -DAPP_ID=… -DBINDIR=… -DMODULE_DIR_FROM_PROGRAM=…
#     -P check_install.cmake
set(prefix /usr)
file(REMOVE_RECURSE "${STAGE}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE}
            ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix ${prefix}
    OUTPUT_QUIET
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

set(root "${STAGE}${prefix}")
set(expected
    bin/unclutch
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/doc/unclutch/copyright
    # Paths looks for <binary>/../share/unclutch/routines and knows it by its schema.
    share/unclutch/routines/routine.schema.json)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${root}/${file}")
        message(FATAL_ERROR "not installed: ${prefix}/${file}")
    endif()
endforeach()

# The modules are where the program looks first (src/app/module_loader.h), relative to it, and
# nothing installed points back into the build tree.
get_filename_component(modules "${root}/${BINDIR}/${MODULE_DIR_FROM_PROGRAM}" ABSOLUTE)
foreach(module history audio)
    set(file "${modules}/libunclutch_${module}.so")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "not installed where the program finds it: ${file}")
    endif()
    list(APPEND installed_binaries "${file}")
endforeach()
list(APPEND installed_binaries "${root}/${BINDIR}/unclutch")
foreach(binary IN LISTS installed_binaries)
    execute_process(COMMAND readelf -d "${binary}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
    if(result OR dynamic MATCHES "RPATH|RUNPATH")
        message(FATAL_ERROR "${binary}: unreadable, or has a run path: ${dynamic}")
    endif()
    file(STRINGS "${binary}" build_paths REGEX "${BUILD_DIR}/src/lib")
    if(build_paths)
        message(FATAL_ERROR "${binary} names the build tree: ${build_paths}")
    endif()
endforeach()

# The installed program loads its history module from there: --export-history needs it.
execute_process(
    COMMAND "${root}/${BINDIR}/unclutch" --data-dir "${STAGE}/data"
            --export-history "${STAGE}/history.csv"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
if(result OR NOT EXISTS "${STAGE}/history.csv")
    message(FATAL_ERROR "the installed program could not export its history (${result}): ${err}")
endif()

execute_process(COMMAND desktop-file-validate "${root}/share/applications/${APP_ID}.desktop"
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "desktop-file-validate failed: ${result}")
endif()
# A routine file opened from the file manager reaches the app as its argument (unclutch FILE).
file(READ "${root}/share/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "\nExec=unclutch %f\n" OR NOT desktop MATCHES "\nMimeType=[^\n]*application/json;")
    message(FATAL_ERROR "the desktop file does not open JSON routine files with Exec=unclutch %f")
endif()
execute_process(COMMAND appstreamcli validate --no-net "${root}/share/metainfo/${APP_ID}.metainfo.xml"
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "appstreamcli validate failed: ${result}")
endif()
message(STATUS "install layout and desktop files OK in ${STAGE}")
