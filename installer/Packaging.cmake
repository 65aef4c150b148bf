# Installation rules and the Debian package (cpack -G DEB, run in the build directory).
# Included at the end of the top-level CMakeLists.txt.
include(GNUInstallDirs)

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
# The Qt SQL driver plugins are loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")

include(CPack)
