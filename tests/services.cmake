# Tests of the services area.

# Fakes and fixtures the services tests share: a network manager that records
# requests, a scriptable HTTP server (hung, 503, redirects), keychains that
# answer from memory or never, and throw-away TLS certificates.
qt_add_library(gatehouse_services_test_support STATIC
    support/countingnetworkaccessmanager.h support/countingnetworkaccessmanager.cpp
    support/fakesecretbackends.h support/fakesecretbackends.cpp
    support/faketokensource.h
    support/scriptedhttpserver.h support/scriptedhttpserver.cpp
    support/testcertificates.h support/testcertificates.cpp
    support/tlsprobeserver.h support/tlsprobeserver.cpp
)
target_include_directories(gatehouse_services_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(gatehouse_services_test_support PUBLIC gatehouse_compile_policy gatehouse_services
    Qt6::Core Qt6::Network Qt6::Test)

gatehouse_add_test(serveraddress LIBRARIES gatehouse_services TIMEOUT 60)
gatehouse_add_test(errortext LIBRARIES gatehouse_services TIMEOUT 60)
gatehouse_add_test(serverprofiles LIBRARIES gatehouse_services TIMEOUT 60)

# The keychain matrix (RELIABILITY test 1): one executable, three surroundings.
gatehouse_add_test(credentialstore KEYRING TIMEOUT 120
    LIBRARIES gatehouse_services gatehouse_services_test_support)
gatehouse_add_test(credentialstore_nobus NO_TARGET TARGET tst_credentialstore TIMEOUT 60
    WRAPPER env -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR -u DISPLAY
    ENVIRONMENT GATEHOUSE_KEYCHAIN_SCENARIO=nobus)
gatehouse_add_test(credentialstore_nosecrets NO_TARGET TARGET tst_credentialstore TIMEOUT 60
    WRAPPER dbus-run-session --config-file=${CMAKE_CURRENT_SOURCE_DIR}/support/dbus-session-without-services.conf --
    ENVIRONMENT GATEHOUSE_KEYCHAIN_SCENARIO=nosecrets)
# A bus whose Secret Service starts on demand but has no unlocked keyring (a
# fresh account, a headless session): the daemon runs, the login collection does not.
gatehouse_add_test(credentialstore_nokeyring NO_TARGET TARGET tst_credentialstore TIMEOUT 60
    WRAPPER dbus-run-session --
    ENVIRONMENT GATEHOUSE_KEYCHAIN_SCENARIO=nokeyring)

gatehouse_add_test(apiclient SERVER TIMEOUT 180
    LIBRARIES gatehouse_services gatehouse_services_test_support)

gatehouse_add_test(sessionservice SERVER KEYRING TIMEOUT 240
    LIBRARIES gatehouse_services gatehouse_services_test_support)
# "Remember me" with no D-Bus at all and the real QtKeychain: signed in for this
# session only, told so, and nothing written anywhere.
gatehouse_add_test(sessionservice_nokeychain NO_TARGET TARGET tst_sessionservice TIMEOUT 120
    WRAPPER env -u DBUS_SESSION_BUS_ADDRESS -u XDG_RUNTIME_DIR -u DISPLAY
    ENVIRONMENT GATEHOUSE_KEYCHAIN_SCENARIO=nobus
    ARGS rememberWithoutKeychainSignsInForThisSessionOnly)

gatehouse_add_test(cachestore TIMEOUT 120 LIBRARIES gatehouse_services)
gatehouse_add_test(idlewatch TIMEOUT 60 LIBRARIES gatehouse_services)

gatehouse_add_test(connectionmonitor SERVER TIMEOUT 120
    LIBRARIES gatehouse_services gatehouse_services_test_support)
