# Installation rules and the Debian package (cpack -G DEB, run in the build directory).
# Included at the end of the top-level CMakeLists.txt.
include(GNUInstallDirs)

# The translations are compiled into both programs (resources under :/i18n): the package holds
# no .qm files.

foreach(paydesk_target IN ITEMS paydesk paydesk-cli)
    if(TARGET ${paydesk_target})
        install(TARGETS ${paydesk_target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

set(PAYDESK_RESOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}/../resources")
install(FILES "${PAYDESK_RESOURCES_DIR}/paydesk.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${PAYDESK_RESOURCES_DIR}/icons/paydesk.png"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)
install(FILES "${PAYDESK_RESOURCES_DIR}/icons/paydesk-64.png"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/64x64/apps RENAME paydesk.png)
install(FILES "${PAYDESK_RESOURCES_DIR}/icons/paydesk-32.png"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/32x32/apps RENAME paydesk.png)

# The rest of the package: metainfo, copyright and changelog, man pages, the systemd units and
# the shared installation's settings file and maintainer scripts (installer/debian/).
set(PAYDESK_DEBIAN_DIR "${CMAKE_CURRENT_LIST_DIR}/debian")
set(PAYDESK_PACKAGE_BUILD_DIR "${CMAKE_BINARY_DIR}/package")
set(PAYDESK_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/paydesk)
# The units live in /usr/lib/systemd/system whatever the install prefix.
set(PAYDESK_UNIT_DIR lib/systemd/system)

configure_file("${PAYDESK_DEBIAN_DIR}/paydesk.metainfo.xml"
               "${PAYDESK_PACKAGE_BUILD_DIR}/invalid.paydesk.PayDesk.metainfo.xml" @ONLY)
install(FILES "${PAYDESK_PACKAGE_BUILD_DIR}/invalid.paydesk.PayDesk.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PAYDESK_DEBIAN_DIR}/copyright" DESTINATION ${PAYDESK_DOC_DIR})

# Both services share one set of hardening lines.
file(READ "${PAYDESK_DEBIAN_DIR}/hardening.conf" PAYDESK_UNIT_HARDENING)
string(STRIP "${PAYDESK_UNIT_HARDENING}" PAYDESK_UNIT_HARDENING)
foreach(unit IN ITEMS paydesk-daily.service paydesk-daily.timer paydesk-nightly.service paydesk-nightly.timer)
    configure_file("${PAYDESK_DEBIAN_DIR}/${unit}" "${PAYDESK_PACKAGE_BUILD_DIR}/units/${unit}" @ONLY)
    install(FILES "${PAYDESK_PACKAGE_BUILD_DIR}/units/${unit}" DESTINATION ${PAYDESK_UNIT_DIR})
endforeach()
# Absolute: /etc even when the prefix is /usr.
install(FILES "${PAYDESK_DEBIAN_DIR}/paydesk.conf" DESTINATION /etc/paydesk)

# gzip -9n: the best compression and no time stamp, as Debian asks; the same input gives
# the same bytes.
function(paydesk_gzip input output)
    add_custom_command(OUTPUT "${output}" COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh "${input}" "${output}"
                       DEPENDS "${input}" VERBATIM)
endfunction()

configure_file("${PAYDESK_DEBIAN_DIR}/changelog" "${PAYDESK_PACKAGE_BUILD_DIR}/changelog" @ONLY)
paydesk_gzip("${PAYDESK_PACKAGE_BUILD_DIR}/changelog" "${PAYDESK_PACKAGE_BUILD_DIR}/changelog.gz")
set(PAYDESK_PACKAGE_OUTPUTS "${PAYDESK_PACKAGE_BUILD_DIR}/changelog.gz")

# The man pages are the programs' own --help and --version, read by help2man when the
# programs are built: they cannot drift from the help. The desk answers --help without a
# display (app/gui/main.cpp). HOME=~ and no PAYDESK_CONFIG: the defaults the help names are
# any user's, not the build machine's.
find_program(PAYDESK_HELP2MAN help2man REQUIRED)
foreach(paydesk_target IN ITEMS paydesk paydesk-cli)
    if(TARGET ${paydesk_target})
        set(page "${PAYDESK_PACKAGE_BUILD_DIR}/man/${paydesk_target}.1")
        add_custom_command(OUTPUT "${page}"
                           COMMAND ${CMAKE_COMMAND} -E make_directory "${PAYDESK_PACKAGE_BUILD_DIR}/man"
                           COMMAND ${CMAKE_COMMAND} -E env --unset=PAYDESK_CONFIG LC_ALL=C.UTF-8 LANGUAGE= HOME=~
                                   "${PAYDESK_HELP2MAN}" --no-info
                                   --section=1 --output=${page}
                                   "--name=${PROJECT_DESCRIPTION}" "$<TARGET_FILE:${paydesk_target}>"
                           DEPENDS ${paydesk_target} VERBATIM)
        paydesk_gzip("${page}" "${page}.gz")
        list(APPEND PAYDESK_PACKAGE_OUTPUTS "${page}.gz")
        install(FILES "${page}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()
add_custom_target(paydesk_package_files ALL DEPENDS ${PAYDESK_PACKAGE_OUTPUTS})
install(FILES "${PAYDESK_PACKAGE_BUILD_DIR}/changelog.gz" DESTINATION ${PAYDESK_DOC_DIR})

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "paydesk")
set(CPACK_PACKAGE_VENDOR "PayDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "PayDesk engineers <engineering@paydesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "paydesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "PayDesk engineers <engineering@paydesk.invalid>")
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PayDesk is the front-office desk for patient payments at medical and dental
clinics: it posts copays and other patient payments, allocates every dollar to
the charge it paid, balances family accounts after a conversion, and reports
deposits and aging, on a local SQLite database or a shared PostgreSQL server.")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, since Qt loads it at run time: the SQL drivers (QSQLITE,
# QPSQL) and the platform plugins (xcb for the desk, offscreen for PDFs from the CLI). The
# maintainer scripts need adduser.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, adduser")
# Qt's own messages (dialog buttons) in the desk's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PAYDESK_DEBIAN_DIR}/postinst;${PAYDESK_DEBIAN_DIR}/prerm;${PAYDESK_DEBIAN_DIR}/postrm;${PAYDESK_DEBIAN_DIR}/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
