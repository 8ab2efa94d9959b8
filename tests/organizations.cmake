# Organization trees: the server's routes, rules, access matrix, and the same
# end-to-end suite on PostgreSQL.
gatehouse_add_test(server_organizations LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_organizations_postgres POSTGRES
    SOURCES tst_server_organizations.cpp LIBRARIES gatehouse_server_test_support)
target_compile_definitions(tst_server_organizations_postgres PRIVATE GATEHOUSE_TEST_ON_POSTGRES)
