# Tests of the support desk: account search, detail, reveal, support actions,
# open-platform bindings, SMS quota and real-name levels (server side), and the
# shared recognition of what was typed into the search box.

gatehouse_add_test(identifierkind TIMEOUT 60)
gatehouse_add_test(smsquota TIMEOUT 60)

# Accounts made for a test beside the demo platform's.
qt_add_library(gatehouse_account_test_support STATIC
    support/accountfixture.h support/accountfixture.cpp
)
target_link_libraries(gatehouse_account_test_support PUBLIC gatehouse_server_test_support)

gatehouse_add_test(server_accounts_search LIBRARIES gatehouse_account_test_support)
gatehouse_add_test(server_accounts_reveal LIBRARIES gatehouse_account_test_support)
gatehouse_add_test(server_accounts_actions LIBRARIES gatehouse_account_test_support)
gatehouse_add_test(server_accounts_bindings LIBRARIES gatehouse_account_test_support)
gatehouse_add_test(server_accounts_access LIBRARIES gatehouse_account_test_support)
gatehouse_add_test(server_realname LIBRARIES gatehouse_account_test_support)
gatehouse_add_test(server_accounts_badinput LIBRARIES gatehouse_account_test_support)
gatehouse_add_test(server_accounts_migration LIBRARIES gatehouse_server_test_support TIMEOUT 60)

# The same tests once more on PostgreSQL (its own database in the fixture's cluster).
foreach(name server_accounts_search server_accounts_reveal server_accounts_actions
        server_accounts_bindings server_realname)
    gatehouse_add_test(${name}_postgres NO_TARGET TARGET tst_${name} POSTGRES
        ENVIRONMENT GATEHOUSE_TEST_ON_POSTGRES=1)
endforeach()
