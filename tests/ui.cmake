# Tests of the ui area: models, widgets, the composition root's pieces, translations.

gatehouse_add_test(auditlogmodel LIBRARIES gatehouse_models TIMEOUT 60)
gatehouse_add_test(apiauditpagesource SERVER LIBRARIES gatehouse_models TIMEOUT 120)

# The sign-in dialog against a real server, with a keyring; and once more with
# no D-Bus at all, where "remember me" must turn into a notice.
gatehouse_add_test(signindialog GUI SERVER KEYRING TIMEOUT 180
    LIBRARIES gatehouse_ui gatehouse_services_test_support)
gatehouse_add_test(signindialog_nokeychain NO_TARGET TARGET tst_signindialog GUI SERVER TIMEOUT 120
    WRAPPER env -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR -u DISPLAY
    ARGS rememberUnavailableIsANotice)

gatehouse_add_test(mainwindow GUI SERVER TIMEOUT 240 LIBRARIES gatehouse_ui)
gatehouse_add_test(demolauncher SERVER TIMEOUT 300 LIBRARIES gatehouse_app)
gatehouse_add_test(compositionroot GUI SERVER KEYRING TIMEOUT 300 LIBRARIES gatehouse_app)
gatehouse_add_test(commandline LIBRARIES gatehouse_app TIMEOUT 60)
gatehouse_add_test(languageswitcher GUI LIBRARIES gatehouse_ui TIMEOUT 60)

# A tr() without a translation, or a stale entry, breaks the build's tests.
add_test(NAME translations_complete
    COMMAND ${CMAKE_COMMAND}
        -DPROJECT=${GATEHOUSE_LUPDATE_PROJECT}
        -DGENERATOR=${_Qt6_LINGUIST_TOOLS_DIR}/GenerateLUpdateProject.cmake
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        "-DOPTIONS=${GATEHOUSE_LUPDATE_OPTIONS}"
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/translations_complete
        -P ${PROJECT_SOURCE_DIR}/translations/check-translations.cmake)
set_tests_properties(translations_complete PROPERTIES TIMEOUT 120 LABELS translations)
