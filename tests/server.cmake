# Tests of the server area.

# A throw-away PostgreSQL cluster on loopback for the POSTGRES tests: started
# once before them (fixture "postgres"), stopped after. Each test makes its own
# database in it (tests/support/postgrestestdatabase.h).
set(GATEHOUSE_TEST_PG_PORT 55439 CACHE STRING "Port of the PostgreSQL cluster the server's tests start")
set(GATEHOUSE_TEST_PG_URL "postgresql://gatehouse@127.0.0.1:${GATEHOUSE_TEST_PG_PORT}/postgres"
    CACHE STRING "Maintenance database of the PostgreSQL test cluster")
add_test(NAME postgres_fixture_start
    COMMAND ${GATEHOUSE_TEST_SUPPORT_DIR}/postgres-fixture.sh start ${GATEHOUSE_TEST_PG_PORT})
set_tests_properties(postgres_fixture_start PROPERTIES FIXTURES_SETUP postgres LABELS postgres TIMEOUT 120)
add_test(NAME postgres_fixture_stop
    COMMAND ${GATEHOUSE_TEST_SUPPORT_DIR}/postgres-fixture.sh stop ${GATEHOUSE_TEST_PG_PORT})
set_tests_properties(postgres_fixture_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS postgres TIMEOUT 60)

# The guard is a plain state machine: built from its own source, without the server.
gatehouse_add_test(requestguard SOURCES tst_requestguard.cpp ${PROJECT_SOURCE_DIR}/server/http/requestguard.cpp)
target_include_directories(tst_requestguard PRIVATE ${PROJECT_SOURCE_DIR}/server)

gatehouse_add_test(server_signin LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_bootstrap SERVER LIBRARIES gatehouse_server_test_support TIMEOUT 120)
gatehouse_add_test(server_sessions LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_access LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_badinput SERVER)
gatehouse_add_test(server_limits SERVER)
gatehouse_add_test(server_tls SERVER)
gatehouse_add_test(server_audit LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_store LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_postgres POSTGRES SERVER LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_timeouts LIBRARIES gatehouse_server_test_support)
