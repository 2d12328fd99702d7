# `cpack -G DEB` (run in the build directory) makes a Debian package of what `cmake --install`
# puts down. Include this last, after every install rule.

set(UNCLUTCH_DEB_MAINTAINER "The Unclutch developers <unclutch@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the .deb: name <email>")
# Build folders configured before the address existed still hold the old placeholder.
if(UNCLUTCH_DEB_MAINTAINER MATCHES "@unclutch\\.invalid>")
    set(UNCLUTCH_DEB_MAINTAINER "The Unclutch developers <unclutch@users.noreply.github.com>"
        CACHE STRING "Maintainer field of the .deb: name <email>" FORCE)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME unclutch)
set(CPACK_PACKAGE_VENDOR "The Unclutch developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Slow, timed routines to ease back pain")
set(CPACK_PACKAGE_DESCRIPTION
"Unclutch guides you through gentle routines for the back - constructive rest,
slow cat-cow, hamstring stretches - one step at a time, with a calm countdown,
a pacer for slow movement cycles and spoken cues. Routines are plain JSON
files you can write yourself; sessions are kept in a private local history,
and optional reminders suggest a break after long computer use.

Unclutch is not medical advice. If pain is severe or lasts more than two
weeks, see a health professional.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${UNCLUTCH_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the libraries the binary and its modules link (libespeak-ng1 among them);
# the plugins Qt loads at run time, the flite libraries the English voice opens and eSpeak NG's
# voices and dictionaries (espeak-ng-data, read at run time) are invisible to it, and without
# them the app has no window (qpa), no history (sqlite driver), no SVG icons or pose pictures, no
# voice. Other speech engines are a choice: recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
if(UNCLUTCH_BUILTIN_VOICE)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libflite1, espeak-ng-data")
else()
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-speech-speechd-plugin")
endif()
# Qt's own German strings, Wayland without XWayland, and WebP/other routine images.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-wayland, qt6-image-formats-plugins, qt6-speech-speechd-plugin")

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git" "/build/" "/\\\\.cache/")

include(CPack)
